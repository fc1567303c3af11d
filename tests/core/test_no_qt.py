"""desktop/core must never import Qt (conventions.md, rule 1); searching must not import what only
building needs (start-up time)."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"


def test_no_core_module_imports_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    code = ("import sys, pkgutil, importlib, desktop.core as c\n"
            "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('desktop.core.' + m.name)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=CORE.parents[1], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_opening_a_catalogue_and_searching_loads_no_writer_modules(shipped_build):
    # Start-up time: YAML, Whoosh's analyzers, schema and writer are for building and editing.
    # Opening the shipped catalogue and running a search (with phrases, prefixes and
    # corrections) must not import them. (The first open after a build reads the Whoosh index
    # to check it, so the second open is the one that counts.)
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from desktop.core.catalogue import Catalogue\n"
            "from desktop.core.model import SearchRequest\n"
            f"folder = Path({str(shipped_build)!r})\n"
            "c = Catalogue.open(folder / 'catalogue.db', folder / 'search_index')\n"
            "for q in ('consejo consultivo movilidad humana', '\"local government\" diaspor*', 'migrnts'):\n"
            "    assert c.search(SearchRequest(query=q, language='es')).total\n"
            "loaded = [m for m in sys.modules if m in ('yaml', 'whoosh.analysis', 'whoosh.fields', 'whoosh.writing',\n"
            "          'desktop.core.search.analysis', 'sqlite_utils')]\n"
            "print(loaded); sys.exit(1 if loaded else 0)")
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", code], cwd=CORE.parents[1], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
