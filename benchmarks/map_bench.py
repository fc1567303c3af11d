"""Map benchmark: time to redraw the world map after a filter change (target: <= 30 ms).

    .venv/bin/python benchmarks/map_bench.py                 # 200 filter changes at 1280x640
    .venv/bin/python benchmarks/map_bench.py --changes 500 --size 1920x960

Over the shipped catalogue (built into a temporary folder), the facet counts of a few hundred
filter selections (one or two facet values, with and without a country excluded) are computed
first; then, for each, the map is given the new counts and repainted synchronously
(`set_state` + `repaint()`, the work a filter change asks of the map), and that is timed. The
search itself is not included (search_bench.py and app_bench.py measure it). Baseline in the same
run: repainting with unchanged counts, i.e. what drawing the world costs at all. Qt draws
offscreen, in software, like the tests; on a desktop the raster engine is the same.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--size", default="1280x640")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    width, height = (int(n) for n in options.size.split("x"))

    from PySide6.QtWidgets import QApplication

    from desktop.core.build import build_catalogue
    from desktop.core.catalogue import Catalogue
    from desktop.core.model import SearchRequest
    from desktop.core.world_map import load_world_map, map_counts
    from desktop.ui.world_map import WorldMapView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        build_catalogue(ROOT / "resources", folder / "catalogue.db", folder / "search_index")
        catalogue = Catalogue.open(folder / "catalogue.db", folder / "search_index")
        try:
            everything = catalogue.search(SearchRequest(limit=0)).facets
            values = [(f, v) for f in ("approach", "level", "policy_area", "actor", "region", "country")
                      for v in everything.get(f, {})]
            rng = random.Random(options.seed)
            states = []
            for _ in range(options.changes):
                filters = {}
                for field, value in rng.sample(values, rng.choice((1, 1, 2))):
                    filters[field] = filters.get(field, ()) + (value,)
                countries = [v for f, v in values if f == "country"]
                exclusions = {"country": (rng.choice(countries),)} if rng.random() < 0.3 else {}
                result = catalogue.search(SearchRequest(filters=filters, exclusions=exclusions, limit=0))
                states.append((map_counts(result.facets), filters.get("country", ()), exclusions.get("country", ())))
            taxonomy_ids = {t.id for t in catalogue.taxonomy["country"].terms}
        finally:
            catalogue.close()
    started = time.perf_counter()
    world = load_world_map(ROOT / "resources")
    view = WorldMapView(world)
    load_ms = (time.perf_counter() - started) * 1000
    view.resize(width, height)
    view.show()
    app.processEvents()
    for counts, included, excluded in states[:10]:  # warm-up: fonts, caches
        view.set_state(counts, included, excluded, taxonomy_ids)
        view.repaint()
    redraws, baseline = [], []
    for counts, included, excluded in states:
        started = time.perf_counter()
        view.set_state(counts, included, excluded, taxonomy_ids)
        view.repaint()
        redraws.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        view.repaint()
        baseline.append((time.perf_counter() - started) * 1000)
    print(f"world map: {len(world.countries)} shapes, {len(world.points)} dots; load + paths {load_ms:.1f} ms")
    print(f"redraw after a filter change at {width}x{height}, {len(redraws)} changes: "
          f"median {percentile(redraws, 50):.1f} ms, p95 {percentile(redraws, 95):.1f} ms, "
          f"max {max(redraws):.1f} ms (target <= 30 ms: {'met' if percentile(redraws, 95) <= 30 else 'missed'})")
    print(f"baseline, repaint with the same counts: median {percentile(baseline, 50):.1f} ms, "
          f"p95 {percentile(baseline, 95):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
