"""App start-up loads only what the first window needs. Every module imported at start costs
the start on an old laptop (PySide6's import hook reads each one's source), and features added
later had doubled it: sqlite-utils for the reading lists, YAML for the catalogue's identity, the
mirrors' HTTP and signature code, printing and slides. Each is loaded when first used."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("sqlite_utils", "yaml", "markdown", "cryptography", "whoosh.fields", "whoosh.writing",
                "desktop.core.mirrors", "desktop.core.sources", "desktop.core.slides", "desktop.core.search.analysis",
                "desktop.ui.map_printing", "desktop.ui.compare", "desktop.ui.presentation", "desktop.ui.workshop_pack")
CHILD = """
import builtins, runpy, sys
watched = {watched!r}
shown = builtins.print


def print_and_report(*args, **kwargs):  # the app prints "shown N" once the first results are drawn
    shown(*args, **kwargs)
    if args and str(args[0]).startswith("shown"):
        shown("loaded:", sorted(m for m in sys.modules if m in watched or m.startswith(watched)), flush=True)


builtins.print = print_and_report
sys.argv = ["desktop", "--benchmark-start", "--root", {root!r}, "--home", {home!r}]
runpy.run_module("desktop", run_name="__main__")
"""


def test_starting_the_app_loads_none_of_the_modules_first_used_later(shipped_build, tmp_path):
    root = tmp_path / "root"
    shutil.copytree(shipped_build, root, ignore=shutil.ignore_patterns("resources"))
    (root / "resources").symlink_to(PROJECT_ROOT / "resources")
    code = CHILD.format(watched=NOT_AT_START, root=str(root), home=str(tmp_path / "home"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    for _ in range(2):  # the first start notes the sources' stamps; the second is every day's start
        done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, capture_output=True,
                              text=True, timeout=120)
    assert done.stdout.startswith("shown"), done.stdout + done.stderr
    assert "loaded: []" in done.stdout, done.stdout
