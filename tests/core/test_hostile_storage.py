"""A hostile or unlucky disk (issue 12): a full disk, a read-only home, a lock that is a folder,
and an inbox full of zip bombs. Each gives one sentence and changes nothing.

Items 4 (inbox bombs and the memory of refused files), 6 (disk full during import), 7 (read-only
home on the command line), 9 (a .lock that is a folder). The full-disk and read-only cases run on
a real small tmpfs where the tests run as root (CI does); the monkeypatched variants run
everywhere, for a machine where nothing can be mounted."""

from __future__ import annotations

import errno
import io
import os
import re
import shutil
import sqlite3
import time
import zipfile
from collections import namedtuple

import pytest
from hostile_support import MOUNT_SKIP_REASON, can_mount, remount_read_only, tmpfs
from updates_support import World, forge, run_cli, session_world, snapshot

from desktop.core import bundles, inbox
from desktop.core.bundles import MANIFEST, SIGNATURE
from desktop.core.installed import installed, read_pointer
from desktop.core.updates import prepare_import, scan_inbox

FULL = re.compile(r"^Not enough free space: the update needs about [\d,]+ MB more on /\S*; nothing was changed\.$")
MOUNTABLE = can_mount()
needs_mount = pytest.mark.skipif(not MOUNTABLE, reason=MOUNT_SKIP_REASON)


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def unchanged_but_the_lock(before: dict, home) -> bool:
    after = snapshot(home)
    after.pop("catalogues/.lock", None)
    before = {k: v for k, v in before.items() if k != "catalogues/.lock"}
    return after == before


def no_staging_left(home) -> bool:
    return not list((home / "catalogues").glob(".staging-*")) if (home / "catalogues").is_dir() else True


# -- item 9: a .lock that is a folder ---------------------------------------------------------------

@pytest.mark.parametrize("command", [("rollback",), ("import", "V3", "--yes")])
def test_a_lock_that_is_a_folder_is_a_sentence(world, command):
    (world.home / "catalogues" / ".lock").unlink(missing_ok=True)  # left by the import that installed v2
    (world.home / "catalogues" / ".lock").mkdir()
    (world.home / "catalogues" / ".lock" / "something").write_text("x")
    before = snapshot(world.home)
    argv = [str(world.v3) if a == "V3" else a for a in command]
    code, out, err = run_cli("--root", world.field, "--home", world.home, *argv)
    assert code == 2 and "Internal error" not in err, err
    assert "is a folder" in err and err.count("\n") == 1
    assert snapshot(world.home) == before


# -- item 6: a full disk -------------------------------------------------------------------------------

DiskUsage = namedtuple("DiskUsage", "total used free")


def test_free_space_is_checked_before_staging(world, monkeypatch):
    layout = world.layout(world.fresh_home)
    before = snapshot(world.fresh_home)
    with prepare_import(layout, world.v2) as prepared:
        needed = getattr(prepared, "space_needed", 0)
        assert needed > 0
        monkeypatch.setattr(shutil, "disk_usage", lambda path: DiskUsage(10**9, 10**9 - 300_000, 300_000))
        staged = []
        monkeypatch.setattr("desktop.core.updates.write_catalogue", lambda *a, **k: staged.append(a))
        with pytest.raises(Exception) as refused:
            prepared.apply()
    message = str(refused.value)
    assert FULL.match(message), message
    assert f"about {-(-(needed - 300_000) // 1_000_000):,} MB more" in message
    assert staged == [] and unchanged_but_the_lock(before, world.fresh_home)


def _failing_write(error):
    def write(sources, taxonomy_text, db_path, index_path, extra_meta=None):
        db_path.write_bytes(b"x" * 100_000)  # some of it was written, then the disk filled up
        raise error
    return write


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
    shutil.Error([("src/a.seg", "dst/a.seg", "[Errno 28] No space left on device: 'dst/a.seg'"),
                  ("src/b.seg", "dst/b.seg", "[Errno 28] No space left on device: 'dst/b.seg'")]),
    OSError(errno.EDQUOT, "Disk quota exceeded"),
])
def test_a_disk_that_fills_up_while_building_is_a_sentence(world, monkeypatch, error):
    """Where no file system can be mounted: the write fails as the OS, SQLite or a copy would."""
    layout = world.layout(world.home)
    before, state = snapshot(world.home), installed(layout)
    monkeypatch.setattr("desktop.core.updates.write_catalogue", _failing_write(error))
    with prepare_import(layout, world.v3) as prepared:
        with pytest.raises(Exception) as refused:
            prepared.apply()
    assert FULL.match(str(refused.value)), str(refused.value)
    assert unchanged_but_the_lock(before, world.home) and no_staging_left(world.home)
    assert installed(layout) == state


def test_the_command_line_says_so_for_a_full_disk(world, monkeypatch):
    monkeypatch.setattr(shutil, "disk_usage", lambda path: DiskUsage(10**9, 10**9 - 1000, 1000))
    code, out, err = run_cli("--root", world.field, "--home", world.home, "import", world.v3, "--yes")
    assert code == 2 and FULL.match(err.strip()), err


@needs_mount
def test_a_real_full_disk_before_staging(world, tmp_path):
    """A home on a 1 MB tmpfs cannot take a new version: refused before anything is written."""
    with tmpfs(tmp_path / "small", "1m") as small:
        home = small / "home"
        shutil.copytree(world.fresh_home, home)
        before = snapshot(home)
        code, out, err = run_cli("--root", world.field, "--home", home, "import", world.v2, "--yes")
        assert code == 2 and FULL.match(err.strip()), err
        assert f"on {small}" in err
        assert unchanged_but_the_lock(before, home) and no_staging_left(home)


@needs_mount
@pytest.mark.parametrize("size", ["300k", "450k", "600k"])
def test_a_real_disk_that_fills_up_while_building(world, tmp_path, monkeypatch, size):
    """The estimate is told there is room (as when another program fills the disk meanwhile):
    the build hits the real end of the disk at some point, and it is the same sentence."""
    real_usage = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda path: DiskUsage(10**10, 0, 10**10))
    with tmpfs(tmp_path / "small", size) as small:
        home = small / "home"
        shutil.copytree(world.fresh_home, home)
        before, layout = snapshot(home), world.layout(home)
        code, out, err = run_cli("--root", world.field, "--home", home, "import", world.v2, "--yes")
        assert code == 2 and FULL.match(err.strip()), err
        assert unchanged_but_the_lock(before, home) and no_staging_left(home)
        assert installed(layout).origin == "shipped" and read_pointer(layout).current is None
        assert real_usage(small).used < 64_000  # what the failed import wrote is gone


# -- item 7: a read-only home ------------------------------------------------------------------------

READ_ONLY = re.compile(r"^Cannot (import the update|roll back the catalogue|trust the key): the folder \S+ cannot be "
                       r"written \(it is read-only\); nothing was changed\.$")
COMMANDS = [("import", "V3", "--yes"), ("rollback",), ("keys", "trust", "STRANGER", "--yes")]


def _argv(world, command):
    return [str(world.v3) if a == "V3" else str(world.stranger.public_path) if a == "STRANGER" else a
            for a in command]


@pytest.fixture
def read_only_home(world, tmp_path):
    """world.home (version 2 installed, version 1 to roll back to) on a read-only tmpfs."""
    if not MOUNTABLE:
        pytest.skip(MOUNT_SKIP_REASON)
    with tmpfs(tmp_path / "ro", "32m") as mount:
        shutil.copytree(world.home, mount / "home")
        remount_read_only(mount)
        yield mount / "home"


@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_home_is_said_plainly(world, read_only_home, command):
    code, out, err = run_cli("--root", world.field, "--home", read_only_home, *_argv(world, command))
    assert code == 2 and READ_ONLY.match(err.strip()), err


@pytest.mark.parametrize("command", [("search", "diaspora"), ("stats",), ("show", "IDS0")])
def test_a_read_only_home_still_searches(world, read_only_home, command):
    argv = [world.ids[0] if a == "IDS0" else a for a in command]
    code, out, err = run_cli("--root", world.field, "--home", read_only_home, *argv)
    assert code == 0 and "version 2" in out if command == ("stats",) else code == 0, err


@pytest.fixture
def read_only_emulated(world, monkeypatch):
    """Every write under world.home fails with EROFS, as on a read-only mount (for machines where
    nothing can be mounted, and for a user who is not root on a folder that is not theirs)."""
    home = str(world.home)

    def under_home(path) -> bool:
        return os.path.abspath(os.fspath(path)).startswith(home)

    def refuse(path):
        raise OSError(errno.EROFS, "Read-only file system", os.fspath(path))
    real_open, real_os_open, real_mkdir, real_replace = io.open, os.open, os.mkdir, os.replace

    def fake_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and any(c in mode for c in "wax+") and under_home(file):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and under_home(path):
            refuse(path)
        return real_os_open(path, flags, *args, **kwargs)

    def fake_mkdir(path, *args, **kwargs):
        if under_home(path):
            refuse(path)
        return real_mkdir(path, *args, **kwargs)

    def fake_replace(source, target, *args, **kwargs):
        if under_home(target):
            refuse(target)
        return real_replace(source, target, *args, **kwargs)
    for target, value in (("io.open", fake_open), ("builtins.open", fake_open), ("os.open", fake_os_open),
                          ("os.mkdir", fake_mkdir), ("os.replace", fake_replace)):
        monkeypatch.setattr(target, value)
    return world.home


@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_home_is_said_plainly_without_a_mount(world, read_only_emulated, command):
    before = snapshot(world.home)
    code, out, err = run_cli("--root", world.field, "--home", read_only_emulated, *_argv(world, command))
    assert code == 2 and READ_ONLY.match(err.strip()), err
    assert snapshot(world.home) == before


# -- item 4: the inbox does not inflate bombs, and remembers what it refused --------------------------

def _manifest_bomb(world, path, manifest=b" " * (64 << 20), signature=None):
    """A 100-200 KB bundle whose manifest claims 64 MiB; its signature names the trusted key (it
    is copied from a real bundle, so it will not verify)."""
    with zipfile.ZipFile(world.v2) as real:
        signature = signature if signature is not None else real.read(SIGNATURE)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(SIGNATURE, signature)
        archive.writestr(MANIFEST, manifest)
    return path


@pytest.fixture
def bombed_inbox(world):
    layout = world.layout(world.home)
    folder = layout.inbox
    folder.mkdir(parents=True, exist_ok=True)
    first = _manifest_bomb(world, folder / "bomb-00.pcbundle")
    for number in range(1, 20):  # twenty different files (copies would be known by their hash)
        shutil.copy(first, folder / f"bomb-{number:02d}.pcbundle")
        with zipfile.ZipFile(folder / f"bomb-{number:02d}.pcbundle", "a") as archive:
            archive.comment = f"copy {number}".encode()
    return layout


@pytest.fixture
def inflated(monkeypatch):
    """The bytes the bundle reader unpacks, counted."""
    counted = {"bytes": 0, "reads": 0}
    real = bundles._read_member

    def counting(archive, info, cap):
        data = real(archive, info, cap)
        counted["bytes"] += len(data)
        return data
    monkeypatch.setattr(bundles, "_read_member", counting)
    real_read = inbox.read_bundle

    def counting_read(*args, **kwargs):
        counted["reads"] += 1
        return real_read(*args, **kwargs)
    monkeypatch.setattr(inbox, "read_bundle", counting_read)
    return counted


def test_manifest_bombs_in_the_inbox_are_refused_without_inflating(world, bombed_inbox, inflated):
    """20 files of about 100 KB declaring a 64 MiB manifest cost 9.5 s of CPU at every start."""
    assert (bombed_inbox.inbox / "bomb-00.pcbundle").stat().st_size < 200_000
    started = time.process_time()
    scan = scan_inbox(bombed_inbox)
    assert time.process_time() - started < 2
    assert inflated["bytes"] < 20 * 4096, inflated  # the signatures only
    assert len(scan.passed_over) == 20 and scan.offers == ()
    assert all("zip bomb" in reason for _, reason in scan.passed_over)


def test_refused_files_are_remembered_and_not_read_again(world, bombed_inbox, inflated):
    first = scan_inbox(bombed_inbox)
    assert inflated["reads"] == 20
    again = scan_inbox(bombed_inbox)
    assert inflated["reads"] == 20  # not one more read
    assert again.passed_over == first.passed_over


def test_a_copy_of_a_refused_file_is_known_by_its_hash(world, bombed_inbox, inflated):
    scan_inbox(bombed_inbox)
    shutil.copy(bombed_inbox.inbox / "bomb-00.pcbundle", bombed_inbox.inbox / "renamed.pcbundle")
    scan = scan_inbox(bombed_inbox)
    assert inflated["reads"] == 20 and len(scan.passed_over) == 21


def test_a_changed_file_or_a_newly_trusted_key_means_a_fresh_look(world, bombed_inbox, inflated):
    scan_inbox(bombed_inbox)
    with open(bombed_inbox.inbox / "bomb-03.pcbundle", "ab") as handle:
        handle.write(b"more")
    scan_inbox(bombed_inbox)
    assert inflated["reads"] == 21
    keys = world.home / "keys"
    keys.mkdir(exist_ok=True)
    shutil.copy(world.stranger.public_path, keys / "stranger.pub")  # trusted since
    scan_inbox(bombed_inbox)
    assert inflated["reads"] == 41


def test_an_oversized_signature_and_an_unknown_key_cost_nothing_to_refuse(world, tmp_path, inflated):
    layout = world.layout(world.home)
    layout.inbox.mkdir(parents=True, exist_ok=True)
    _manifest_bomb(world, layout.inbox / "big-signature.pcbundle", manifest=b"{}", signature=b" " * 100_000)
    forge(world, layout.inbox / "stranger.pcbundle", signer="stranger")
    scan = scan_inbox(layout)
    reasons = dict((p.name, r) for p, r in scan.passed_over)
    assert "more than 4,096 bytes" in reasons["big-signature.pcbundle"]
    assert "does not trust" in reasons["stranger.pcbundle"]
    with zipfile.ZipFile(layout.inbox / "stranger.pcbundle") as archive:
        signature_size = archive.getinfo(SIGNATURE).file_size
    assert inflated["bytes"] == signature_size  # neither the big signature nor the stranger's manifest


def test_a_real_bundle_still_passes_the_manifest_size_check(world):
    with zipfile.ZipFile(world.v2) as archive:
        info = archive.getinfo(MANIFEST)
    assert info.file_size <= 16 * info.compress_size
    scan = scan_inbox(world.layout(world.fresh_home), [world.v2.parent])
    assert [o.path for o in scan.offers] == [world.v2]
