"""Piped CLI output is UTF-8 whatever the locale's encoding (on Windows, pipes and files get the
ANSI code page, cp1252 on most field laptops, which has no room for most of the world's letters).

Simulated on Linux with PYTHONIOENCODING=cp1252, which makes Python's stdout and stderr cp1252
the way Windows does for a pipe."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from core_helpers import PROJECT_ROOT, RESOURCES

ELLIPSIS = "…".encode()  # cp1252 would write b"\x85"


@pytest.fixture(scope="module")
def field_root(shipped_build, tmp_path_factory):
    """A folder laid out like the field build: the built catalogue and the resources it reads."""
    root = tmp_path_factory.mktemp("field-root")
    shutil.copytree(shipped_build, root, dirs_exist_ok=True)
    (root / "resources").mkdir()
    for name in ("taxonomy.yaml", "sources.yaml", "catalogue.yaml"):
        shutil.copy(RESOURCES / name, root / "resources" / name)
    return root


def piped(*args, root, home) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PRACTICE_CATALOGUE_HOME", "PYTHONUTF8")}
    env.update(PYTHONIOENCODING="cp1252", PYTHONPATH=str(PROJECT_ROOT))
    return subprocess.run([sys.executable, "-m", "desktop", "--root", str(root), "--home", str(home), *args],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, timeout=120)


def test_piped_search_keeps_the_snippets_ellipsis(field_root, tmp_path):
    done = piped("search", "hometown associations", root=field_root, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert ELLIPSIS in done.stdout
    done.stdout.decode("utf-8")  # all of it is UTF-8, not just the ellipsis


def test_piped_search_writes_letters_cp1252_has_no_room_for(field_root, tmp_path):
    # The result line echoes the query; cp1252 has neither Greek nor Japanese.
    done = piped("search", "Ελλάδα 東京", "--exact", root=field_root, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Ελλάδα".encode() in done.stdout and "東京".encode() in done.stdout
