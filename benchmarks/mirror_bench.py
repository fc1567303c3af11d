"""Mirror benchmark: what a field office on a slow link downloads for a one-practice change.

    .venv/bin/python benchmarks/mirror_bench.py                 # 20 KB/s, one run of each
    .venv/bin/python benchmarks/mirror_bench.py --rate 50000 --runs 3

The real catalogue (resources/: every practice with its es, fr and pt translations) is copied to
a temporary editor project and field project; the field office has version N installed. The
editor changes the title of one practice and runs `publish --mirror` (publish_to_mirror), which
writes the full bundle N+1, the delta N -> N+1 and the signed index. A real HTTP server on
127.0.0.1 (the tests' server, tests/core/mirror_support.py) serves the folder at `--rate` bytes a
second. Measured through the core API the CLI and the GUI use:

- delta: `check_mirrors` (the index) + `download_offer` (the delta it chooses), then the import
  (`prepare_import` + `apply`, which is local work and does not depend on the link);
- full: the index + the full bundle N+1, downloaded the same way, and its import.

Bytes are the file bodies the server sent (HTTP headers not counted). Writes only to a
temporary folder. Never part of the test run.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from mirror_support import MirrorServer  # noqa: E402

from desktop.core.build import build_catalogue  # noqa: E402
from desktop.core.keys import generate_key_pair  # noqa: E402
from desktop.core.mirrors import check_mirrors, download_offer, parse_address  # noqa: E402
from desktop.core.mirrors.publishing import publish_to_mirror  # noqa: E402
from desktop.core.paths import layout as make_layout  # noqa: E402
from desktop.core.updates import prepare_import, rollback  # noqa: E402


def project(root: Path, public_key: Path) -> Path:
    resources = root / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("translations", "icons", "keys"))
    (resources / "keys").mkdir()
    shutil.copy(public_key, resources / "keys" / public_key.name)
    return root


def retitle_one(resources: Path) -> str:
    path = sorted(p for p in (resources / "practices").glob("*.md") if "." not in p.stem)[0]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [f'title: "{line[7:].strip().strip(chr(34))} (revised)"\n' if line.startswith("title: ") else line
             for line in lines]
    path.write_text("".join(lines), encoding="utf-8")
    return path.stem


def measure(layout, server, full: bool) -> tuple:
    """(bytes sent, download seconds, import seconds) of one fetch and import."""
    shutil.rmtree(layout.home / "mirrors", ignore_errors=True)  # no partial file, no memory of the index
    server.bytes_sent = 0
    began = time.perf_counter()
    offer = check_mirrors(layout, [parse_address(server.url)]).offer
    if full:
        offer = dataclasses.replace(offer, entry=offer.index.full)
    path = download_offer(layout, offer)
    downloaded = time.perf_counter()
    with prepare_import(layout, path) as prepared:
        prepared.apply()
    imported = time.perf_counter()
    rollback(layout)  # back to version N for the next run (not timed)
    return server.bytes_sent, downloaded - began, imported - downloaded, offer.entry.size


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=20_000, help="bytes a second the link carries (default 20000)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each path; the median is shown")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mirror-bench-") as temporary:
        base = Path(temporary)
        key = generate_key_pair(base / "keys", "bench-editor")
        editor, field = project(base / "editor", key.public_path), project(base / "field", key.public_path)
        print("building the shipped catalogue and publishing version N…", file=sys.stderr)
        build_catalogue(field / "resources", field / "catalogue.db", field / "search_index")
        editor_layout, mirror = make_layout(base / "editor-home", editor), base / "mirror"
        first = publish_to_mirror(editor_layout, key.private_path, mirror).index
        layout = make_layout(base / "home", field)
        with prepare_import(layout, mirror / first.full.file) as prepared:
            prepared.apply()
        changed = retitle_one(editor / "resources")
        second = publish_to_mirror(editor_layout, key.private_path, mirror).index
        index_size = (mirror / "index.json").stat().st_size
        print(f"version {first.version} installed; version {second.version} changes the practice {changed}; "
              f"index.json {index_size:,} bytes; link {args.rate:,} bytes/s", file=sys.stderr)
        rows = []
        with MirrorServer(mirror) as server:
            for path in ("delta", "full"):
                server.faults = {entry.file: {"rate": args.rate} for entry in (second.full, *second.deltas)}
                server.faults["index.json"] = {"rate": args.rate}
                runs = [measure(layout, server, path == "full") for _ in range(args.runs)]
                rows.append((path, runs[0][3], runs[0][0], statistics.median(r[1] for r in runs),
                             statistics.median(r[2] for r in runs)))
    print(f"{'path':<6} {'bundle bytes':>13} {'bytes moved':>12} {'download s':>11} {'import s':>9}")
    for path, size, moved, download, imported in rows:
        print(f"{path:<6} {size:>13,} {moved:>12,} {download:>11.2f} {imported:>9.2f}")
    delta, full = rows
    print(f"The delta moves {delta[2] / full[2]:.1%} of the bytes of the full bundle and takes "
          f"{delta[3] / full[3]:.1%} of its download time.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
