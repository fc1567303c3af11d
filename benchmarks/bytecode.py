"""Cold starts are timed with the project's modules compiled, as users run them.

A field build carries compiled bytecode, and a run from source writes `__pycache__` the first
time. A machine with PYTHONDONTWRITEBYTECODE set (this project's development sandbox is one)
never writes it, so every start there compiles all of desktop/ from source: about 0.25 s of
the app's start and 0.1 s of the core's cold open that no user pays. The cold-start benchmarks
compile desktop/ first (compileall writes the cache whatever that variable says) and say so.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_project() -> str:
    """Compile desktop/ into its __pycache__ folders; a line for the benchmark's log."""
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    note = " (PYTHONDONTWRITEBYTECODE is set here, so nothing else would)" \
        if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    return f"desktop/ compiled to bytecode before the cold starts, as a field build ships it{note}"
