"""Kill test: an import (or rollback) killed at any moment leaves the old catalogue or the new
one, complete, never a mix; the user data is intact; and the next import works.

Two kinds of kill: at every named step of installed.py/updates.py, through the test hook
PRACTICE_CATALOGUE_TEST_KILL_AT (the process ends with os._exit, as on a power cut: no cleanup,
no finally blocks), and by SIGKILL after a number of milliseconds spread over a whole import.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from updates_support import PROJECT_ROOT, World, bundle_parts, session_world

from desktop.core.installed import KILL_ENV, KILLED_EXIT_CODE
from desktop.core.model import SearchRequest
from desktop.core.session import open_catalogue
from desktop.core.updates import prepare_import, rollback

IMPORT_STEPS_BEFORE_SWITCH = ["building", "built", "synced", "renamed", "pointer-written"]
IMPORT_STEPS_AFTER_SWITCH = ["committed", "cleaned"]
ROLLBACK_STEPS = {"rollback-start": 3, "rollback-pointer-written": 3, "rollback-committed": 2}


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def practice_ids_by_version(world: World) -> dict:
    ids = {1: set(world.ids)}
    for bundle in (world.v2, world.v3):
        manifest, _ = bundle_parts(bundle)
        ids[manifest["catalogue_version"]] = {p[10:-3] for p in manifest["tree"] if p.startswith("practices/")}
    return ids


def cli(world: World, home, *argv, kill_at: str | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop(KILL_ENV, None)
    if kill_at:
        env[KILL_ENV] = kill_at
    return subprocess.Popen([sys.executable, "-m", "desktop", "--root", str(world.field), "--home", str(home),
                             *map(str, argv)], cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)


def assert_complete(world: World, home, versions: set) -> int:
    """The app opens a complete catalogue of one of `versions`; returns which."""
    expected = practice_ids_by_version(world)
    catalogue = open_catalogue(world.layout(home))
    try:
        version = catalogue.catalogue_version
        assert version in versions
        assert set(catalogue.practice_ids()) == expected[version]
        assert catalogue.stats().practice_count == len(expected[version])
        assert catalogue.search(SearchRequest(query="migration", limit=50)).total > 0
    finally:
        catalogue.close()
    return version


def import_again(world: World, home, bundle, version: int) -> None:
    with prepare_import(world.layout(home), bundle) as prepared:
        assert prepared.apply().version == version
    assert assert_complete(world, home, {version}) == version


@pytest.mark.parametrize("step", IMPORT_STEPS_BEFORE_SWITCH + IMPORT_STEPS_AFTER_SWITCH)
def test_delta_import_killed_at_a_step(world, step):
    user_db = (world.home / "user.db").read_bytes()
    process = cli(world, world.home, "import", world.v3, "--yes", kill_at=step)
    out, err = process.communicate(timeout=120)
    assert process.returncode == KILLED_EXIT_CODE, err.decode()
    expected = 2 if step in IMPORT_STEPS_BEFORE_SWITCH else 3
    assert assert_complete(world, world.home, {expected}) == expected
    assert (world.home / "user.db").read_bytes() == user_db
    if expected == 2:
        import_again(world, world.home, world.v3, 3)
    assert (world.home / "user.db").read_bytes() == user_db


@pytest.mark.parametrize("step", ["building", "renamed", "pointer-written", "committed"])
def test_full_import_on_a_fresh_app_killed_at_a_step(world, step):
    user_db = (world.fresh_home / "user.db").read_bytes()
    process = cli(world, world.fresh_home, "import", world.v2, "--yes", kill_at=step)
    process.communicate(timeout=120)
    assert process.returncode == KILLED_EXIT_CODE
    expected = 1 if step in IMPORT_STEPS_BEFORE_SWITCH else 2
    assert assert_complete(world, world.fresh_home, {expected}) == expected
    if expected == 1:
        import_again(world, world.fresh_home, world.v2, 2)
    assert (world.fresh_home / "user.db").read_bytes() == user_db


@pytest.mark.parametrize("step, expected", ROLLBACK_STEPS.items())
def test_rollback_killed_at_a_step(world, step, expected):
    import_again(world, world.home, world.v3, 3)
    user_db = (world.home / "user.db").read_bytes()
    process = cli(world, world.home, "rollback", kill_at=step)
    process.communicate(timeout=120)
    assert process.returncode == KILLED_EXIT_CODE
    assert assert_complete(world, world.home, {expected}) == expected
    if expected == 3:
        assert rollback(world.layout(world.home)).version == 2
    assert (world.home / "user.db").read_bytes() == user_db


READY_CHILD = ("import sys\n"
               "from desktop.cli import run\n"
               "import desktop.core.updates, desktop.core.build, desktop.core.search.engine  # loaded before timing\n"
               "print('ready', flush=True)\n"
               "sys.exit(run(sys.argv[1:]))\n")


def started(world: World, home, bundle) -> subprocess.Popen:
    """An import in a new process, returned once its imports are loaded: the kill times then
    fall inside the import itself, not in the interpreter's start-up."""
    process = subprocess.Popen([sys.executable, "-c", READY_CHILD, "--root", str(world.field), "--home", str(home),
                                "import", str(bundle), "--yes"], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert process.stdout.readline().strip() == b"ready"
    return process


@pytest.mark.parametrize("which", ["delta", "full"])
def test_import_killed_by_signal_at_many_moments(world, tmp_path, which):
    home, bundle, old, new = ((world.home, world.v3, 2, 3) if which == "delta"
                              else (world.fresh_home, world.v2, 1, 2))
    user_db = (home / "user.db").read_bytes()
    timing = world.copy(tmp_path / "timing")  # how long one undisturbed import takes here
    process = started(timing, getattr(timing, "home" if which == "delta" else "fresh_home"), bundle)
    start = time.perf_counter()
    process.communicate(timeout=120)
    duration = time.perf_counter() - start
    assert process.returncode == 0
    outcomes = []
    for number in range(1, 9):
        delay = duration * number / 8
        process = started(world, home, bundle)
        time.sleep(delay)
        process.kill()
        process.communicate(timeout=120)
        version = assert_complete(world, home, {old, new})
        assert (home / "user.db").read_bytes() == user_db
        outcomes.append((round(delay, 3), process.returncode, version))
        if version == new:  # go back so that the next run imports again
            assert rollback(world.layout(home)).version == old
    import_again(world, home, bundle, new)
    assert (home / "user.db").read_bytes() == user_db
    print(f"{which}: import takes {duration:.3f} s; (kill after s, exit code, version found):", outcomes)
