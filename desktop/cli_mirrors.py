"""Command line of mirrors: `publish --mirror DIR` (editors), `check-updates` and `fetch-update`
(field offices). Thin layers over desktop/core/mirrors; a refusal is one sentence, exit code 2.
A fetched bundle is imported by exactly the `import` command's code: same checks, same preview."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path


def add_commands(commands) -> None:
    """Add `check-updates` and `fetch-update` to the CLI's subparsers."""
    for name, text in (("check-updates", "ask mirrors whether a newer catalogue is available (downloads only "
                                         "their small signed index)"),
                       ("fetch-update", "download the newest catalogue from a mirror (resumable), then import "
                                        "it with a preview like 'import'")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--mirror", action="append", default=[], metavar="URL",
                             help="web address of a mirror folder (HTTPS; repeat to try several in turn)")
        command.add_argument("--local-mirror", action="append", default=[], metavar="URL",
                             help="a mirror on this office's own network: plain HTTP is allowed for it")
        command.add_argument("--ca-file", help=argparse.SUPPRESS)  # tests: trust a test server's certificate
        if name == "fetch-update":
            command.add_argument("--yes", action="store_true", help="apply without asking")


def add_publish_options(publish) -> None:
    """`publish --mirror DIR` and its options (the `publish` parser is cli_updates')."""
    publish.add_argument("--mirror", metavar="DIR", help="a mirror folder: write the bundle, deltas from recent "
                         "versions and a signed index.json there, to be served by any static web host")
    publish.add_argument("--expires-in", type=int, default=30, metavar="DAYS",
                         help="with --mirror: days until offices refuse the index as stale (default 30)")
    publish.add_argument("--refresh-index", action="store_true",
                         help="with --mirror: only sign the index again with a new expiry (no new version)")


def cmd_publish_mirror(args, layout) -> int:
    """`publish --mirror DIR`: publish into a mirror folder, or only refresh its index."""
    from .core.mirrors.download import kilobytes
    from .core.mirrors.publishing import publish_to_mirror, refresh_index
    folder = Path(args.mirror)
    if args.refresh_index:
        report = refresh_index(layout, Path(args.key), folder, args.expires_in)
    else:
        report = publish_to_mirror(layout, Path(args.key), folder, args.expires_in)
        publish = report.publish
        if publish.note:
            print(publish.note)
        print(f"Published version {publish.version} ({publish.practice_count} practices) to {folder}, signed by "
              f"{publish.signer.label}.")
        print(f"resources/catalogue.yaml now says version {publish.version}; commit it with the sources.")
    index = report.index
    print(f"index.json offers version {index.version}: the full bundle ({kilobytes(index.full.size)})"
          + "".join(f", a delta from version {d.base_version} ({kilobytes(d.size)})" for d in index.deltas) + ".")
    for sentence in report.skipped:
        print(f"Note: {sentence}")
    print(f"The index expires on {index.expires.isoformat()[:16].replace('T', ' ')} UTC: publish again or run "
          "'publish --mirror DIR --refresh-index' before then. Copy the whole folder to the web host, index.json last.")
    return 0


def _addresses(args) -> list:
    from .core.mirrors import parse_address
    return [parse_address(url) for url in args.mirror] + [parse_address(url, local=True) for url in args.local_mirror]


def _ssl_context(args):
    import ssl
    return ssl.create_default_context(cafile=args.ca_file) if args.ca_file else None


def cmd_check_updates(args, layout) -> int:
    """`check-updates`: say whether a mirror offers a newer catalogue, and how big the download is."""
    from .core.mirrors import check_mirrors
    result = check_mirrors(layout, _addresses(args), ssl_context=_ssl_context(args))
    for sentence in result.passed_over:
        print(f"Passed over: {sentence}", file=sys.stderr)
    print(result.sentence)
    if result.offer is not None:
        kind = "a delta from the installed version" if result.offer.entry.kind == "delta" else "the full bundle"
        print(f"It would download {kind} from {result.offer.address.url}; run 'fetch-update' to get it.")
    return 0


def _progress_printer():
    from .core.mirrors.download import kilobytes
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{kilobytes(done)} of {kilobytes(total)}, {kilobytes(max(0, total - done))} to go   ",
              end="", file=sys.stderr, flush=True)
    return show


def cmd_fetch_update(args, layout) -> int:
    """`fetch-update`: check, download the smallest path (resuming), then import it as `import` does."""
    from .cli_updates import cmd_import
    from .core.mirrors import check_mirrors, download_offer
    context = _ssl_context(args)
    result = check_mirrors(layout, _addresses(args), ssl_context=context)
    for sentence in result.passed_over:
        print(f"Passed over: {sentence}", file=sys.stderr)
    print(result.sentence)
    if result.offer is None:
        return 0
    progress = _progress_printer()
    try:
        path = download_offer(layout, result.offer, progress, threading.Event(), ssl_context=context)
    finally:
        if progress is not None:
            print(file=sys.stderr)
    print(f"Downloaded {path.name}; its size and SHA-256 match the mirror's signed index.")
    code = cmd_import(argparse.Namespace(file=str(path), yes=args.yes, allow_downgrade=False), layout)
    from .core.installed import installed
    if installed(layout).version == result.offer.version:
        path.unlink(missing_ok=True)  # imported: the download is no longer needed
    return code


COMMANDS = {"check-updates": cmd_check_updates, "fetch-update": cmd_fetch_update}
