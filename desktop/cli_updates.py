"""Command line of catalogue updates: keys, publish, verify, import, rollback, contributions.

Editors use `keys new`, `publish` and `contributions import`; field offices use `import`,
`rollback` and `keys trust`. Like the rest of the CLI, every command is a thin layer over the
core (desktop/core/keys.py, publish.py, bundles.py, updates.py, contributions.py) and reports a
refusal as one sentence with exit code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .core.errors import CatalogueError


class NotConfirmed(CatalogueError):
    """The user did not (or could not) confirm a change."""


def add_commands(commands) -> None:
    """Add the update commands to the CLI's subparsers."""
    keys = commands.add_parser("keys", help="editor keys: make a key pair, trust a key, list trusted keys")
    key_commands = keys.add_subparsers(dest="keys_command", metavar="{new,trust,list}")
    key_commands.required = True
    new = key_commands.add_parser("new", help="make an Ed25519 key pair for signing catalogue updates")
    new.add_argument("--out", required=True, help="folder for NAME.key (private) and NAME.pub")
    new.add_argument("--name", default="editor", help="file name of the pair (default: editor)")
    trust = key_commands.add_parser("trust", help="trust an editor's public key for updates (shows its fingerprint)")
    trust.add_argument("public_key", help="the editor's .pub file")
    trust.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    key_commands.add_parser("list", help="list the keys whose updates are accepted")

    publish = commands.add_parser("publish", help="editors: build a signed update bundle from resources/")
    publish.add_argument("--key", required=True, help="the editor's private key (NAME.key)")
    publish.add_argument("--out", help="the bundle file to write (e.g. catalogue-v5.pcbundle)")
    publish.add_argument("--delta-from", help="an older bundle: publish only the practices changed since it")
    from .cli_mirrors import add_publish_options
    add_publish_options(publish)

    verify = commands.add_parser("verify", help="check a bundle's signature, checksums, format and practices")
    verify.add_argument("file")

    import_ = commands.add_parser("import", help="import a catalogue update bundle (shows what changes first)")
    import_.add_argument("file")
    import_.add_argument("--yes", action="store_true", help="apply without asking")
    import_.add_argument("--allow-downgrade", action="store_true",
                         help="accept a bundle that is not newer than the installed catalogue")

    commands.add_parser("rollback", help="restore the catalogue version installed before the last import")

    contributions = commands.add_parser("contributions", help="editors: take in practices suggested by the field")
    contribution_commands = contributions.add_subparsers(dest="contributions_command", metavar="{import}")
    contribution_commands.required = True
    take = contribution_commands.add_parser("import", help="add a contribution file to resources/practices/ "
                                                           "as a draft")
    take.add_argument("file")


def _confirm(question: str, yes: bool, what: str) -> bool:
    if yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        raise NotConfirmed(f"Nothing was {what}: there is no terminal to confirm on, so run again with --yes.")
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes")


def _print_problems(error) -> None:
    for problem in getattr(error, "problems", None) or []:
        print(problem, file=sys.stderr)


def cmd_keys(args, layout) -> int:
    """`keys new|trust|list`: make a key pair, trust a public key after showing it, list trusted keys."""
    from .core import keys
    if args.keys_command == "new":
        pair = keys.generate_key_pair(Path(args.out), args.name)
        print(f"Wrote the private key {pair.private_path} (keep it secret, never in the repository)")
        print(f"and the public key {pair.public_path} (copy it to resources/keys/ to publish with it).")
        print(f"Fingerprint: {pair.public.fingerprint}")
        return 0
    if args.keys_command == "trust":
        key = keys.load_public_key(Path(args.public_key))
        known = keys.trusted_keys(layout)
        if key.key_id in known:
            print(f"The key {known[key.key_id].name} is already trusted.\nFingerprint: {key.fingerprint}")
            return 0
        print(f"Key: {key.name}\nFingerprint: {key.fingerprint}")
        print("Compare this fingerprint with the one your editors give you (by telephone, say) before trusting it.")
        from .core.diskspace import check_writable
        check_writable(keys.user_keys_dir(layout), "trust the key")  # said before the question
        if not _confirm("Trust this key for catalogue updates?", args.yes, "trusted"):
            print("The key was not trusted.")
            return 0
        trusted = keys.trust_key(layout, Path(args.public_key))
        print(f"Trusted {trusted.label}; updates it signs will be accepted.")
        return 0
    found = keys.trusted_keys(layout)
    if not found:
        print("No key is trusted: no update can be imported.")
    for key in found.values():
        print(f"{key.name:<24} {key.origin:<8} {key.fingerprint}")
    return 0


def cmd_publish(args, layout) -> int:
    """`publish`: build, sign and check a bundle of resources/ (full, or a delta with --delta-from)."""
    from .core.errors import ValidationFailed
    from .core.publish import PublishRefused, publish
    if bool(args.out) == bool(args.mirror):
        raise PublishRefused("Give either --out FILE (one bundle) or --mirror DIR (a mirror folder), not both "
                             "nor neither.")
    if args.mirror:
        if args.delta_from:
            raise PublishRefused("--delta-from is for --out; with --mirror the deltas are made from the bundles "
                                 "already in the folder.")
        from .cli_mirrors import cmd_publish_mirror
        try:
            return cmd_publish_mirror(args, layout)
        except (ValidationFailed, PublishRefused) as error:
            _print_problems(error)
            raise
    try:
        report = publish(layout, Path(args.key), Path(args.out), Path(args.delta_from) if args.delta_from else None)
    except (ValidationFailed, PublishRefused) as error:
        _print_problems(error)
        raise
    if report.note:
        print(report.note)
    what = (f"a delta on version {report.base_version}: {len(report.added)} added, {len(report.changed)} changed, "
            f"{len(report.removed)} removed" if report.kind == "delta" else "a full bundle")
    print(f"Published version {report.version} ({what}; {report.practice_count} practices) to {report.path}, "
          f"signed by {report.signer.label}.")
    print(f"resources/catalogue.yaml now says version {report.version}; commit it with the sources.")
    return 0


def cmd_verify(args, layout) -> int:
    """`verify FILE`: say what a bundle holds and whether every check passes (exit 0 or 2)."""
    from .core.bundle_contents import verify_contents
    from .core.bundles import BundleRefused, read_bundle
    from .core.keys import trusted_keys
    try:
        report = verify_contents(read_bundle(Path(args.file), trusted_keys(layout)))
    except BundleRefused as refused:
        _print_problems(refused)
        raise
    manifest = report.manifest
    print(f"Signature: good, by {report.signer.label}, a trusted key ({report.signer.origin}).")
    print(f"Checksums: all {report.member_count} files match the signed manifest.")
    print(f"Format: version {manifest.format}.")
    if manifest.is_delta:
        print(f"Contents: a delta from version {manifest.base_version} to {manifest.catalogue_version} of catalogue "
              f"{manifest.catalogue_id}: {report.practices_checked} practices carried and valid, "
              f"{len(manifest.removed)} removed, {manifest.practice_count} in all after import.")
    else:
        print(f"Contents: version {manifest.catalogue_version} of catalogue {manifest.catalogue_id}, "
              f"{report.practices_checked} valid practices.")
    print(f"Published: {manifest.date}.")
    return 0


def format_preview(preview, limit: int = 40) -> list:
    """The lines `import` prints before asking (at most `limit` practices per list)."""
    kind = f"delta on version {preview.base_version}" if preview.kind == "delta" else "full"
    lines = [f"Update for catalogue {preview.catalogue_id}: version {preview.old_version} -> {preview.new_version} "
             f"({kind}), published {preview.date}, signed by {preview.signer}."]
    if preview.downgrade:
        lines.append(f"Warning: this goes back to an older version than the installed {preview.old_version}.")
    for title, sign, items in (("Added", "+", preview.added), ("Changed", "~", preview.changed),
                               ("Removed", "-", preview.removed)):
        lines.append(f"{title}: {len(items)}")
        lines += [f"  {sign} {name}  [{pid}]" for pid, name in items[:limit]]
        if len(items) > limit:
            lines.append(f"  ... and {len(items) - limit} more")
    if preview.removed:
        lines.append("Bookmarks and notes on removed practices are kept and shown as removed.")
    lines.append(f"{preview.practice_count} practices after the update.")
    return lines


def cmd_import(args, layout) -> int:
    """`import FILE`: show what the update changes, ask (or --yes), then apply it atomically."""
    from .core.bundles import BundleRefused
    from .core.updates import prepare_import
    try:
        prepared = prepare_import(layout, Path(args.file), allow_downgrade=args.allow_downgrade)
    except BundleRefused as refused:
        _print_problems(refused)
        raise
    with prepared:
        print("\n".join(format_preview(prepared.preview)))
        prepared.check_room()  # a read-only home or a full disk is said before the question
        if not _confirm("Apply this update?", args.yes, "imported"):
            print("Nothing was imported.")
            return 0
        state = prepared.apply()
    print(f"Imported version {state.version} ({state.practice_count} practices), signed by {state.signed_by}.")
    if state.previous_version is not None:
        print(f"The previous version ({state.previous_version}) is kept: 'python -m desktop rollback' restores it.")
    return 0


def cmd_rollback(args, layout) -> int:
    """`rollback`: restore the catalogue version installed before the last import."""
    from .core.updates import rollback
    state = rollback(layout)
    source = "the catalogue that came with the app" if state.origin == "shipped" else f"signed by {state.signed_by}"
    print(f"Restored catalogue version {state.version} ({source}). Bookmarks and notes are unchanged.")
    return 0


def cmd_contributions(args, layout) -> int:
    """`contributions import FILE`: add a field contribution as a draft practice."""
    from .core.contributions import import_contribution
    result = import_contribution(layout.resources, Path(args.file))
    print(f"Added the draft {result.path} ('{result.title}') for review; it is not published until its "
          "status is changed to published.")
    for note in result.notes:
        print(f"Note: {note}.")
    return 0


COMMANDS = {"keys": cmd_keys, "publish": cmd_publish, "verify": cmd_verify, "import": cmd_import,
            "rollback": cmd_rollback, "contributions": cmd_contributions}
