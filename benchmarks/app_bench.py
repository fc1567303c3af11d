"""App benchmark: cold start to a window showing results, and keystroke-to-results latency.

    .venv/bin/python benchmarks/app_bench.py                 # shipped catalogue + 10,000 synthetic
    .venv/bin/python benchmarks/app_bench.py --runs 15 --queries 300
    .venv/bin/python benchmarks/app_bench.py --skip-typing --keep /tmp/app-bench   # reuse the large build

1. Cold start: a new process runs `python -m desktop`'s start-up (QApplication, catalogue open,
   main window, first search drawn) offscreen; the parent times from spawning it to the line
   the child prints once the first results are drawn. Baseline in the same run: a new process
   that only shows an empty Qt window (what any PySide6 app pays). Targets: <= 0.5 s, and at
   most 2.5 times the bare window. Also at 10,000 synthetic practices (`--start-size`): the same
   start over a catalogue built once for the run (no resources/, as a field build ships it).
2. Keystroke to results at 10,000 synthetic practices: in one process, a MainWindow over a
   synthetic catalogue; each query's last keystroke is typed and the time to the redrawn result
   list and filter panel is measured (the 180 ms typing pause is left out: it is a deliberate
   wait, not work). Baseline in the same run: the core search alone for the same queries, so
   the ratio is the cost of the GUI on top. Target: p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("hello")
label.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def median(values):
    return percentile(values, 50)


def _time_child(command: list, home: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    start = time.perf_counter()
    process = subprocess.Popen(command + [home] if command[-1] == "-" else command + ["--home", home], cwd=ROOT,
                               env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if not line.startswith("shown"):
        raise RuntimeError(f"the child did not show a window (printed {line!r})")
    return elapsed


def _synthetic_root(folder: Path, size: int, seed: int = 7) -> Path:
    """A root folder holding catalogue.db and search_index/ of `size` synthetic practices
    (kept from an earlier run when `--keep` names a folder that has them: a build takes minutes)."""
    import search_bench
    import synthetic
    if (folder / "catalogue.db").is_file() and (folder / f"size-{size}-seed-{seed}").is_file():
        return folder
    synth = synthetic.Synthesizer(seed)
    folder.mkdir(parents=True, exist_ok=True)
    search_bench.build_project(synth.practices(size), synth, folder, size, seed)
    (folder / f"size-{size}-seed-{seed}").write_text("built by app_bench.py\n")
    return folder


def cold_start(runs: int, built: Path | None, start_size: int = 0, keep: Path | None = None) -> dict:
    from desktop.core.paths import layout
    from desktop.core.session import ensure_shipped_catalogue
    ensure_shipped_catalogue(layout(root=ROOT))  # measure opening, not the first-ever build
    from bytecode import compile_project
    print(compile_project())
    kinds = {"app": [sys.executable, "-m", "desktop", "--benchmark-start"],
             "bare": [sys.executable, "-c", CHILD_BARE, "-"]}
    if built is not None:
        kinds["built"] = [str(built), "--benchmark-start"]
    times = {}
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as synthetic_folder:
        if start_size:
            root = _synthetic_root(Path(keep or synthetic_folder), start_size)
            kinds["large"] = [sys.executable, "-m", "desktop", "--benchmark-start", "--root", str(root)]
        for command in kinds.values():
            _time_child(command, home)  # warm the OS file cache once, as any second start is
        for kind in kinds:
            times[kind] = []
        for _ in range(runs):  # interleaved, so that a busy moment of the machine hits every kind
            for kind, command in kinds.items():
                times[kind].append(_time_child(command, home))
    return times


def keystroke_latency(size: int, queries: int, seed: int = 7) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import search_bench
    import synthetic
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.catalogue import Catalogue
    from desktop.core.model import SearchRequest
    from desktop.core.userdata import UserData
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        synth = synthetic.Synthesizer(seed)
        practices = synth.practices(size)
        search_bench.build_project(practices, synth, folder, size, seed)
        maker = synthetic.QueryMaker(synth, seed)
        texts = [maker.text()[1] for _ in range(queries)]
        catalogue = Catalogue.open(folder / "catalogue.db", folder / "search_index")
        userdata = UserData(folder / "user.db")
        window = MainWindow(catalogue, userdata, AppSettings(folder), "en")
        window.resize(1280, 800)
        window.show()

        def wait_for_results():
            loop = QEventLoop()
            window.results_shown.connect(loop.quit)
            QTimer.singleShot(10000, loop.quit)
            loop.exec()
            window.results_shown.disconnect(loop.quit)

        wait_for_results()
        gui, core = [], []
        for text in texts:
            window.search_field.setText(text[:-1])
            start = time.perf_counter()
            window.search_field.setText(text)  # the last keystroke
            window.search_now()  # what the typing pause's timer does when it fires
            wait_for_results()
            app.processEvents()  # the redraw of the list and the panel
            gui.append((time.perf_counter() - start) * 1000)
            begin = time.perf_counter()
            catalogue.search(SearchRequest(query=text, limit=50))
            core.append((time.perf_counter() - begin) * 1000)
        window.close()
        window.runner.wait()
        catalogue.close()
        userdata.close()
    return {"gui": gui, "core": core, "queries": len(texts)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="cold starts of each kind")
    parser.add_argument("--size", type=int, default=10_000, help="synthetic practices for the typing test")
    parser.add_argument("--start-size", type=int, default=10_000,
                        help="synthetic practices for the large cold start (0: skip it)")
    parser.add_argument("--keep", type=Path, help="build the large catalogue in this folder and reuse it next time")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--built", type=Path, help="also time the field build's executable")
    parser.add_argument("--skip-typing", action="store_true", help="cold start only")
    args = parser.parse_args(argv)

    cold = cold_start(args.runs, args.built, args.start_size, args.keep)
    app_ms = [s * 1000 for s in cold["app"]]
    bare_ms = [s * 1000 for s in cold["bare"]]
    ratio = median(app_ms) / median(bare_ms)
    print(f"Cold start to a window showing results (shipped catalogue, {args.runs} runs, offscreen):")
    print(f"  app          median {median(app_ms):7.0f} ms   p95 {percentile(app_ms, 95):7.0f} ms   "
          f"target 500 ms: {'met' if percentile(app_ms, 95) <= 500 else 'MISSED'}")
    print(f"  bare Qt app  median {median(bare_ms):7.0f} ms   p95 {percentile(bare_ms, 95):7.0f} ms")
    print(f"  ratio app / bare Qt (median): {ratio:.2f}   target 2.5: {'met' if ratio <= 2.5 else 'MISSED'}")
    if "large" in cold:
        large_ms = [s * 1000 for s in cold["large"]]
        print(f"  {args.start_size:,} practices  median {median(large_ms):7.0f} ms   "
              f"p95 {percentile(large_ms, 95):7.0f} ms   ratio to bare Qt: {median(large_ms) / median(bare_ms):.2f}")
    if "built" in cold:
        built_ms = [s * 1000 for s in cold["built"]]
        print(f"  field build  median {median(built_ms):7.0f} ms   p95 {percentile(built_ms, 95):7.0f} ms   "
              f"target 800 ms: {'met' if percentile(built_ms, 95) <= 800 else 'MISSED'}")
    if args.skip_typing:
        return 0

    typing = keystroke_latency(args.size, args.queries)
    gui, core = typing["gui"], typing["core"]
    print(f"\nKeystroke to updated results, {args.size:,} synthetic practices, {typing['queries']} queries:")
    print(f"  window (search + list + filter panel)  median {median(gui):6.1f} ms   p95 {percentile(gui, 95):6.1f} ms"
          f"   target p95 50 ms: {'met' if percentile(gui, 95) <= 50 else 'MISSED'}")
    print(f"  core search alone (baseline)           median {median(core):6.1f} ms   p95 {percentile(core, 95):6.1f} ms")
    print(f"  ratio window / core (median): {median(gui) / median(core):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
