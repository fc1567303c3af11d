"""Import benchmark: how long a field office waits for a catalogue update.

    .venv/bin/python benchmarks/import_bench.py                    # 10,000 practices, 3 full and 7 delta runs
    .venv/bin/python benchmarks/import_bench.py --practices 2000 --full-runs 2 --delta-runs 5
    .venv/bin/python benchmarks/import_bench.py --profile          # where the time of a full and a delta import goes
    .venv/bin/python benchmarks/import_bench.py --full-runs 1 --delta-runs 5 --profile delta   # the delta only

What is measured (in this process, through the core API the CLI and the GUI use):

- full: importing a full bundle of N synthetic practices into a fresh home folder whose app ships
  the real catalogue (53 practices, each with es, fr and pt translations): `prepare_import`
  (signature, hashes, limits, validation of every practice and translation) +
  `PreparedImport.apply` (catalogue.db, Whoosh index and its sidecar arrays built in a staging
  folder, fsync, atomic switch). Target: <= 20 s at 10,000.
- delta: importing a delta that changes 5, adds 3 and removes 2 practices (10 in all) on top of
  the installed N-practice version. Between runs the delta is rolled back (not timed). Target:
  <= 1 s.

Synthetic practices are real .md files (published with `desktop.core.publish.publish`, as an
editor would): titles, summaries and bodies stitched from words of the real practices, tags drawn
from the taxonomy, and (unless --no-translations) an es, fr and pt translation of each, stitched
from the words of the real translations and recording the English's hash (not stale), as every
real practice has. A changed practice gets its three translations rewritten too, a removed one
loses them, as an editor's would. Everything is written to a temporary folder (or --keep DIR),
never to the project's catalogue.db. Never part of the test run.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.build import build_catalogue  # noqa: E402
from desktop.core.catalogue import Catalogue  # noqa: E402
from desktop.core.keys import generate_key_pair  # noqa: E402
from desktop.core.paths import layout as make_layout  # noqa: E402
from desktop.core.publish import publish  # noqa: E402
from desktop.core.session import installed_catalogue_dir  # noqa: E402
from desktop.core.translations import TRANSLATED_LANGUAGES, english_hash, split_name  # noqa: E402
from desktop.core.updates import prepare_import, rollback  # noqa: E402

RESOURCES = ROOT / "resources"
TARGETS = {"full": 20.0, "delta": 1.0}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _words(language: str = "en") -> list:
    """Words of the real practices' bodies in `language` (English: the files without a
    language suffix; translations are `<id>.<language>.md`)."""
    words = []
    for path in sorted((RESOURCES / "practices").glob("*.md")):
        name = split_name(path)
        if (name[1] if name else "en") != language:
            continue
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        words += re.findall(r"[A-Za-zÀ-ÿ]{3,}", body)
    return words


def _vocabulary(name: str) -> list:
    import yaml
    data = yaml.safe_load((RESOURCES / "taxonomy.yaml").read_text(encoding="utf-8"))
    return [str(t["id"]) for t in data[name]["terms"]]


class Practices:
    """Writes synthetic practice files that validate against the real taxonomy."""

    def __init__(self, seed: int, translations: bool = True):
        self.random = random.Random(seed)
        self.languages = TRANSLATED_LANGUAGES if translations else ()
        self.words = {lang: _words(lang) for lang in ("en", *self.languages)}
        self.vocab = {name: _vocabulary(name) for name in ("level", "approach", "policy_area", "actor", "country")}

    def _text(self, count: int, language: str = "en") -> str:
        words = self.words[language]
        start = self.random.randrange(len(words) - count)
        return " ".join(words[start:start + count])

    def _body(self, language: str = "en") -> str:
        r = self.random
        return "\n\n".join(f"## {self._text(3, language).capitalize()}\n{self._text(r.randint(40, 90), language)}."
                           for _ in range(4))

    def remove(self, folder: Path, number: int) -> None:
        """Delete a practice and its translations, as an editor would."""
        pid = f"synthetic-{number:06d}"
        for suffix in ("", *(f".{lang}" for lang in self.languages)):
            (folder / f"{pid}{suffix}.md").unlink()

    def write(self, folder: Path, number: int, revision: int = 0) -> None:
        r = self.random
        pid = f"synthetic-{number:06d}"
        pick = lambda name, low, high: r.sample(self.vocab[name], r.randint(low, high))  # noqa: E731
        body = self._body()
        title = f"{self._text(r.randint(4, 9)).capitalize()} {number}{' rev ' + str(revision) if revision else ''}"
        summary = f"{self._text(r.randint(15, 30)).capitalize()}."
        text = f"{self._text(25).capitalize()}.\n\n{body}"
        (folder / f"{pid}.md").write_text(
            "---\n"
            f"id: {pid}\n"
            f"title: \"{title}\"\n"
            f"summary: \"{summary}\"\n"
            f"country: {r.choice(self.vocab['country'])}\n"
            f"levels: [{', '.join(pick('level', 1, 3))}]\n"
            f"approaches: [{', '.join(pick('approach', 1, 3))}]\n"
            f"policy_areas: [{', '.join(pick('policy_area', 0, 2))}]\n"
            f"actors: [{', '.join(pick('actor', 1, 4))}]\n"
            f"gcm_objectives: [{', '.join(str(r.randint(1, 23)) for _ in range(r.randint(0, 2)))}]\n"
            f"topics: [{self._text(2)}, {self._text(1)}]\n"
            "source:\n  document: gfmd-annex-mlg\n  section: \"Synthetic\"\n"
            "last_reviewed: 2026-01-01\n---\n"
            f"{text}\n", encoding="utf-8")
        # What the English hash covers (title, summary, place, body), as parsed: not stale.
        source_hash = english_hash(SimpleNamespace(title=title, summary=summary, place="", body=text))
        for lang in self.languages:
            (folder / f"{pid}.{lang}.md").write_text(
                "---\n"
                f"translation_of: {pid}\n"
                f"language: {lang}\n"
                f"source_hash: {source_hash}\n"
                f"title: \"{self._text(r.randint(4, 9), lang).capitalize()} {number}\"\n"
                f"summary: \"{self._text(r.randint(18, 36), lang).capitalize()}.\"\n"
                f"aliases: [{self._text(3, lang)}]\n"
                "---\n"
                f"{self._text(30, lang).capitalize()}.\n\n{self._body(lang)}\n", encoding="utf-8")


def _project(folder: Path, key_pub: Path, practices: bool) -> Path:
    resources = folder / "resources"
    (resources / "keys").mkdir(parents=True)
    (resources / "practices").mkdir()
    for name in ("taxonomy.yaml", "sources.yaml", "catalogue.yaml"):
        shutil.copy(RESOURCES / name, resources / name)
    shutil.copytree(RESOURCES / "guidance", resources / "guidance")
    shutil.copy(key_pub, resources / "keys" / key_pub.name)
    if practices:
        for path in (RESOURCES / "practices").glob("*.md"):
            shutil.copy(path, resources / "practices" / path.name)
    return folder


def _stats(values: list) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return f"median {statistics.median(ordered):7.2f} s   p95 {p95:7.2f} s   (n={len(ordered)})"


def timed_import(field_root: Path, home: Path, bundle: Path) -> tuple:
    layout = make_layout(home, field_root)
    start = time.perf_counter()
    prepared = prepare_import(layout, bundle)
    middle = time.perf_counter()
    state = prepared.apply()
    end = time.perf_counter()
    return end - start, middle - start, end - middle, state


def check(field_root: Path, home: Path, expected: int) -> None:
    folder = installed_catalogue_dir(make_layout(home, field_root))
    catalogue = Catalogue.open(folder / "catalogue.db", folder / "search_index")
    try:
        count = catalogue.stats().practice_count
    finally:
        catalogue.close()
    if count != expected:
        raise SystemExit(f"the imported catalogue has {count} practices, not {expected}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--full-runs", type=int, default=3)
    parser.add_argument("--delta-runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="work in this folder and leave it (default: a temporary folder)")
    parser.add_argument("--profile", nargs="?", const="both", choices=("both", "full", "delta"),
                        help="cProfile the first full and/or the first delta import and print the top "
                             "(a profiled full import at 10,000 takes several times as long)")
    parser.add_argument("--no-translations", action="store_true",
                        help="synthetic practices without es/fr/pt translations (as before the engine rewrite)")
    args = parser.parse_args(argv)
    if args.full_runs < 1:
        parser.error("--full-runs must be at least 1: the delta is imported on top of the first full import")

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="import-bench-"))
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    try:
        pair = generate_key_pair(work / "keys", "bench")
        editor = _project(work / "editor", pair.public_path, practices=False)
        field = _project(work / "field", pair.public_path, practices=True)
        shipped = sum(1 for p in (field / "resources" / "practices").glob("*.md") if not split_name(p))
        log(f"building the field app's shipped catalogue ({shipped} real practices and their translations)")
        build_catalogue(field / "resources", field / "catalogue.db", field / "search_index")
        log(f"writing {args.practices} synthetic practices"
            + ("" if args.no_translations else " with es, fr and pt translations"))
        maker = Practices(args.seed, translations=not args.no_translations)
        folder = editor / "resources" / "practices"
        for number in range(args.practices):
            maker.write(folder, number)
        editor_layout = make_layout(work / "editor-home", editor)
        log("publishing the full bundle")
        start = time.perf_counter()
        full = publish(editor_layout, pair.private_path, work / "full.pcbundle").path
        log(f"published in {time.perf_counter() - start:.1f} s ({full.stat().st_size / 1e6:.1f} MB)")

        full_times = []
        for run in range(args.full_runs):
            home = work / f"home-full-{run}"
            if args.profile in ("both", "full") and run == 0:
                profiler = cProfile.Profile()
                profiler.enable()
            total, prepare, apply, state = timed_import(field, home, full)
            if args.profile in ("both", "full") and run == 0:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            check(field, home, args.practices)
            log(f"full import {run + 1}: {total:.2f} s (prepare {prepare:.2f} s, apply {apply:.2f} s)")
            full_times.append((total, prepare, apply))
            if run:
                shutil.rmtree(home)

        for number in range(5):  # 5 changed, 3 added, 2 removed
            maker.write(folder, number, revision=1)
        for number in range(args.practices, args.practices + 3):
            maker.write(folder, number)
        for number in (5, 6):
            maker.remove(folder, number)
        start = time.perf_counter()
        delta = publish(editor_layout, pair.private_path, work / "delta.pcbundle", delta_from=full)
        log(f"published the delta in {time.perf_counter() - start:.1f} s: {len(delta.added)} added, "
            f"{len(delta.changed)} changed, {len(delta.removed)} removed")

        home = work / "home-full-0"
        delta_times = []
        for run in range(args.delta_runs):
            if args.profile in ("both", "delta") and run == 0:
                profiler = cProfile.Profile()
                profiler.enable()
            total, prepare, apply, state = timed_import(field, home, delta.path)
            if args.profile in ("both", "delta") and run == 0:
                profiler.disable()
                print("\ncProfile of the first delta import, top 30 by cumulative time:")
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            check(field, home, args.practices + 1)
            log(f"delta import {run + 1}: {total:.3f} s (prepare {prepare:.3f} s, apply {apply:.3f} s)")
            delta_times.append((total, prepare, apply))
            rollback(make_layout(home, field))

        print(f"\nImport benchmark: {args.practices} synthetic practices"
              f"{'' if args.no_translations else ' (each with es, fr, pt translations)'}, seed {args.seed}")
        for name, times in (("full", full_times), ("delta", delta_times)):
            print(f"{name:<6} total    {_stats([t[0] for t in times])}   target <= {TARGETS[name]:.0f} s"
                  f"  {'MET' if statistics.median(t[0] for t in times) <= TARGETS[name] else 'MISSED'} (median)")
            print(f"{'':<6} prepare  {_stats([t[1] for t in times])}")
            print(f"{'':<6} apply    {_stats([t[2] for t in times])}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
