"""The command line: parse arguments, call the core, print text or JSON.

Exit codes: 0 success, 2 bad input or a refused file (one sentence on stderr), 1 internal error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path

from .core.errors import CatalogueError, ValidationFailed
from .core.model import SearchRequest
from .core.paths import layout as make_layout
from .core.taxonomy import FACET_FIELDS
from .core.text import terminal_safe

FILTER_OPTIONS = {field: "--" + field.replace("_", "-").replace("gcm-objective", "gcm") for field in FACET_FIELDS}


class UsageError(CatalogueError):
    """Bad command-line arguments."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would print usage and exit 2 itself; keep one sentence
        raise UsageError(f"{message} (see 'python -m desktop --help').")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m desktop", description="Practice Catalogue: offline catalogue of "
                     "multi-level governance of migration practices. Without a command, opens the app.")
    parser.add_argument("--home", help="folder for user data and imported catalogues "
                        "(default: $PRACTICE_CATALOGUE_HOME, portable data/ or the platform's folder)")
    parser.add_argument("--root", help=argparse.SUPPRESS)  # another project folder (tests, editors' drafts)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    build = commands.add_parser("build", help="validate resources/ and build catalogue.db and search_index/")
    build.add_argument("--force", action="store_true", help="rebuild everything, not only what changed")

    validate = commands.add_parser("validate", help="check practice files; print file:line: message")
    validate.add_argument("path", nargs="?", help="a practice file or folder (default: resources/)")

    stamp = commands.add_parser("stamp", help="record in translations which English text they match")
    stamp.add_argument("paths", nargs="*", help="translation files (<id>.<language>.md) brought up to date; "
                       "without any, every translation that records no English text yet")

    search = commands.add_parser("search", help="search the catalogue")
    search.add_argument("query", nargs="?", default="", help="words, \"phrases\", OR, -word, field:value, "
                        "prefix*; empty lists everything")
    for field, option in FILTER_OPTIONS.items():
        search.add_argument(option, dest=f"filter_{field}", action="append", default=[], metavar="VALUE",
                            help=f"only practices with this {field.replace('_', ' ')} (repeat: any of them)")
        search.add_argument("--not-" + option[2:], dest=f"exclude_{field}", action="append", default=[],
                            metavar="VALUE", help=argparse.SUPPRESS)
    search.add_argument("--sort", default="relevance", choices=["relevance", "title", "country", "year"])
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument("--json", action="store_true", help="print the result as JSON")
    search.add_argument("--exact", action="store_true", help="do not correct spelling")
    search.add_argument("--lang", default="en", choices=["en", "es", "fr", "pt"],
                        help="language of titles and snippets (the interface language; also boosts it)")

    show = commands.add_parser("show", help="print one practice")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    related = commands.add_parser("related", help="practices that resemble one practice")
    related.add_argument("id")
    related.add_argument("--limit", type=int, default=5)
    related.add_argument("--json", action="store_true")

    stats = commands.add_parser("stats", help="catalogue version, size and facet counts")
    stats.add_argument("--json", action="store_true")
    from .cli_updates import add_commands  # keys, publish, verify, import, rollback, contributions
    add_commands(commands)
    from .cli_lists import add_commands as add_list_commands  # lists, lists export, lists import
    add_list_commands(commands)
    from .cli_mirrors import add_commands as add_mirror_commands  # check-updates, fetch-update
    add_mirror_commands(commands)
    return parser


def _plain(html_text: str) -> str:
    return re.sub(r"</?b>", "", html_text).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") \
        .replace("&quot;", '"').replace("&#x27;", "'")


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_build(args, layout) -> int:
    from .core.build import build_catalogue
    report = build_catalogue(layout.resources, layout.shipped_catalogue, layout.shipped_index, force=args.force)
    if report.full:
        print(f"Built the catalogue from scratch: {report.practice_count} practices.")
    elif report.unchanged:
        print(f"The catalogue is up to date: {report.practice_count} practices.")
    else:
        print(f"Updated the catalogue: {len(report.added)} added, {len(report.changed)} changed, "
              f"{len(report.removed)} removed; {report.practice_count} practices.")
    return 0


def cmd_validate(args, layout) -> int:
    from .core.validation import validate_path
    target = Path(args.path) if args.path else layout.resources
    if not target.exists():
        raise UsageError(f"There is no file or folder at {target}.")
    problems = validate_path(target, layout.resources)
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    if errors:
        print(f"{errors} problem{'s' if errors != 1 else ''} found"
              + (f", and {warnings} warning{'s' if warnings != 1 else ''}." if warnings else "."), file=sys.stderr)
        return 2
    if warnings:
        print(f"{target}: no problems found; {warnings} warning{'s' if warnings != 1 else ''} "
              "(stale or missing translations).")
        return 0
    print(f"{target}: no problems found.")
    return 0


def cmd_stamp(args, layout) -> int:
    from .core.validation import stamp_translations
    stamped = stamp_translations(layout.resources, [Path(p) for p in args.paths])
    for path in stamped:
        print(f"Stamped {path}")
    print(f"{len(stamped)} translation{'s' if len(stamped) != 1 else ''} stamped.")
    return 0


def _hit_json(hit) -> dict:
    return {"id": hit.id, "title": hit.title, "original_title": hit.original_title, "country": hit.country,
            "countries": list(hit.countries), "place": hit.place, "region": hit.region,
            "levels": list(hit.levels), "approaches": list(hit.approaches),
            "policy_areas": list(hit.policy_areas), "year": hit.year, "score": hit.score, "snippet": hit.snippet}


def cmd_search(args, catalogue) -> int:
    request = SearchRequest(
        query=args.query,
        filters={f: tuple(getattr(args, f"filter_{f}")) for f in FACET_FIELDS if getattr(args, f"filter_{f}")},
        exclusions={f: tuple(getattr(args, f"exclude_{f}")) for f in FACET_FIELDS if getattr(args, f"exclude_{f}")},
        sort=args.sort, limit=args.limit, offset=args.offset, language=args.lang,
        correct_spelling=not args.exact,
    )
    result = catalogue.search(request)
    if args.json:
        _print_json({"query": result.query, "total": result.total, "results": [_hit_json(h) for h in result.hits],
                     "facets": result.facets, "suggestion": result.suggestion, "corrected": result.corrected,
                     "unmatched": list(result.unmatched), "partial": result.partial})
        return 0
    taxonomy = catalogue.taxonomy
    label = f'for "{result.query}"' if result.query else "in the catalogue"
    print(f"{result.total} practice{'s' if result.total != 1 else ''} {label}.")
    if result.corrected:
        print(f'Showing results for "{result.suggestion}"; to search for "{result.query}" as typed, '
              "add --exact.")
    if result.unmatched:
        print("No practice has: " + ", ".join(result.unmatched) + ".")
    if result.partial:
        print("Results contain some of your words; no practice has all of them.")
    for number, hit in enumerate(result.hits, start=args.offset + 1):
        where = ", ".join(x for x in (hit.place, ", ".join(taxonomy.term_label("country", c) for c in hit.countries)) if x)
        levels = "; ".join(taxonomy.term_label("level", v) for v in hit.levels)
        print(f"\n{number:>3}. {hit.title}  [{hit.id}]")
        print(f"     {where} | {levels}")
        print(f"     {_plain(hit.snippet)[:300]}")
    return 0


def _practice_json(practice, catalogue) -> dict:
    data = dataclasses.asdict(practice)
    data["sources"] = [{"document": s.document, "title": catalogue.document_title(s.document), "section": s.section}
                       for s in practice.sources]
    data["country"] = practice.country
    return data


def cmd_show(args, catalogue) -> int:
    practice = catalogue.practice(args.id)
    if args.json:
        _print_json(_practice_json(practice, catalogue))
        return 0
    taxonomy = catalogue.taxonomy
    print(practice.title)
    if practice.original_title:
        print(practice.original_title)
    print("=" * max(len(practice.title), 10))
    rows = [("Country", ", ".join(taxonomy.term_label("country", c) for c in practice.countries)),
            ("Place", practice.place),
            ("Levels", ", ".join(taxonomy.term_label("level", v) for v in practice.levels)),
            ("Approaches", ", ".join(taxonomy.term_label("approach", v) for v in practice.approaches)),
            ("Policy areas", ", ".join(taxonomy.term_label("policy_area", v) for v in practice.policy_areas)),
            ("Actors", ", ".join(taxonomy.term_label("actor", v) for v in practice.actors)),
            ("GCM objectives", ", ".join(practice.gcm_objectives)),
            ("Period", "–".join(str(y) for y in (practice.period_start, practice.period_end) if y)),
            ("Source", "; ".join(f"{catalogue.document_title(s.document)} ({s.section})" for s in practice.sources))]
    for name, value in rows:
        if value:
            print(f"{name + ':':<16}{value}")
    print()
    print(practice.body)
    return 0


def cmd_related(args, catalogue) -> int:
    hits = catalogue.related(args.id, limit=args.limit)
    if args.json:
        _print_json({"id": args.id, "related": [_hit_json(h) for h in hits]})
        return 0
    for hit in hits:
        print(f"{hit.title}  [{hit.id}]")
    return 0


def cmd_stats(args, catalogue) -> int:
    stats = catalogue.stats()
    if args.json:
        _print_json(dataclasses.asdict(stats))
        return 0
    taxonomy = catalogue.taxonomy
    print(f"Catalogue {stats.catalogue_id}, version {stats.catalogue_version}, built {stats.built_at}")
    if stats.signed_by:
        print(f"Signed by {stats.signed_by}")
    print(f"{stats.practice_count} practices, {stats.guidance_count} policy-area guidance entries")
    print("\nSource documents:")
    for doc in catalogue.documents():
        print(f"  {stats.documents.get(doc['id'], 0):>3}  {doc['title']}")
    for field, counts in stats.facets.items():
        vocabulary = taxonomy[field]
        print(f"\n{vocabulary.label()} ({len(counts)} of {len(vocabulary.terms)} values used):")
        for value, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {count:>3}  {taxonomy.term_label(field, value)}")
    return 0


CATALOGUE_COMMANDS = {"search": cmd_search, "show": cmd_show, "related": cmd_related, "stats": cmd_stats}
PROJECT_COMMANDS = {"build": cmd_build, "validate": cmd_validate, "stamp": cmd_stamp}


class TerminalSafeStream:
    """A text stream writing to `stream` with every character a terminal would act on (ESC,
    carriage return, C1 controls, bidi overrides) written out as `\\u001b`: catalogue titles,
    contribution fields and error messages that quote a file are text, never terminal commands.
    Tabs and line breaks pass; `--json` stays valid JSON with the same values."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def write_utf8_when_piped() -> None:
    """Make output piped or redirected to a file UTF-8, whatever the locale. On Windows Python
    writes pipes and files in the ANSI code page, where the snippets' '…' and most non-Latin
    letters become '?' or an error; users pipe results into files and other tools. A console
    keeps Python's own choice (Windows consoles take Unicode through the console API)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8")


def run(argv: list[str]) -> int:
    """Run one CLI command; return the exit code. Never lets a traceback reach the user, nor a
    control character reach the terminal (see TerminalSafeStream)."""
    write_utf8_when_piped()
    out, err = sys.stdout, sys.stderr
    sys.stdout = TerminalSafeStream(out) if out is not None else None
    sys.stderr = TerminalSafeStream(err) if err is not None else None
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _run(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("Name a command, e.g. 'search diaspora' (see 'python -m desktop --help'); "
                             "without arguments 'python -m desktop' opens the app.")
        layout = make_layout(args.home, Path(args.root) if args.root else None)
        from .cli_updates import COMMANDS as UPDATE_COMMANDS
        if args.command in UPDATE_COMMANDS:
            return UPDATE_COMMANDS[args.command](args, layout)
        from .cli_mirrors import COMMANDS as MIRROR_COMMANDS
        if args.command in MIRROR_COMMANDS:
            return MIRROR_COMMANDS[args.command](args, layout)
        if args.command in PROJECT_COMMANDS:
            return PROJECT_COMMANDS[args.command](args, layout)
        if args.command == "lists":
            from .cli_lists import cmd_lists
            return cmd_lists(args, layout)
        from .core.session import open_catalogue
        catalogue = open_catalogue(layout)
        for warning in catalogue.warnings:  # a damaged installed version is never passed over silently
            print(f"Warning: {warning}", file=sys.stderr)
        try:
            return CATALOGUE_COMMANDS[args.command](args, catalogue)
        finally:
            catalogue.close()
    except ValidationFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        print(str(failed), file=sys.stderr)
        return 2
    except CatalogueError as error:
        print(str(error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as error:  # the last line of defence: one sentence, not a traceback
        print(f"Internal error ({type(error).__name__}: {error}). Please report it to the editors.", file=sys.stderr)
        return 1
