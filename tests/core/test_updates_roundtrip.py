"""The whole update cycle through the CLI, checking practices, versions and user data at each step:
keys new -> publish full -> import -> edit a source -> publish delta -> import -> rollback."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from updates_support import (
    World,
    make_project,
    make_user_db,
    practices_without_links,
    retitle,
    run_cli,
    session_world,
    snapshot,
)

from desktop.core.catalogue import Catalogue
from desktop.core.errors import CatalogueError
from desktop.core.installed import UpdateBusy, UpdateLock, installed, read_pointer
from desktop.core.paths import layout as make_layout
from desktop.core.session import installed_catalogue_dir, open_catalogue
from desktop.core.updates import NothingToRollBack, prepare_import, rollback


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def opened(layout):
    catalogue = open_catalogue(layout)
    try:
        return catalogue.catalogue_version, catalogue.practice_titles(), catalogue.stats()
    finally:
        catalogue.close()


def user_rows(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT practice_id, text FROM notes"))
    finally:
        conn.close()


def test_round_trip_through_the_cli(tmp_path):
    files = practices_without_links(5)
    ids = [p.stem for p in files]
    code, out, _ = run_cli("keys", "new", "--out", tmp_path / "keys", "--name", "hq")
    assert code == 0 and "Fingerprint:" in out
    editor = make_project(tmp_path / "editor", files[:4], [tmp_path / "keys" / "hq.pub"])
    field = make_project(tmp_path / "field", files[:4], [tmp_path / "keys" / "hq.pub"])
    home = tmp_path / "home"
    make_user_db(home / "user.db", [ids[0], ids[1]])
    user_db = (home / "user.db").read_bytes()
    field_args = ("--root", field, "--home", home)

    version, titles, stats = opened(make_layout(home, field))  # the shipped catalogue, built on first use
    assert version == 1 and set(titles) == set(ids[:4]) and stats.signed_by == ""

    code, out, err = run_cli("--root", editor, "--home", tmp_path / "ehome", "publish", "--key",
                             tmp_path / "keys" / "hq.key", "--out", tmp_path / "v2.pcbundle")
    assert code == 0, err
    assert "Published version 2 (a full bundle" in out
    assert "version: 2" in (editor / "resources" / "catalogue.yaml").read_text(encoding="utf-8")

    code, out, err = run_cli(*field_args, "import", tmp_path / "v2.pcbundle", "--yes")
    assert code == 0, err
    assert "version 1 -> 2 (full)" in out and "Changed: 0" in out and "Imported version 2" in out
    version, titles, stats = opened(make_layout(home, field))
    assert version == 2 and set(titles) == set(ids[:4]) and stats.signed_by.startswith("hq (")
    assert (home / "user.db").read_bytes() == user_db

    retitle(editor / "resources", ids[0], "Changed for version 3")
    (editor / "resources" / "practices" / f"{ids[1]}.md").unlink()
    shutil.copy(files[4], editor / "resources" / "practices" / files[4].name)
    code, out, err = run_cli("--root", editor, "--home", tmp_path / "ehome", "publish", "--key",
                             tmp_path / "keys" / "hq.key", "--out", tmp_path / "v3.pcbundle",
                             "--delta-from", tmp_path / "v2.pcbundle")
    assert code == 0, err
    assert "version 3 (a delta on version 2: 1 added, 1 changed, 1 removed" in out

    code, out, err = run_cli(*field_args, "import", tmp_path / "v3.pcbundle", "--yes")
    assert code == 0, err
    assert "version 2 -> 3 (delta on version 2)" in out
    assert f"~ Changed for version 3  [{ids[0]}]" in out and f"[{ids[1]}]" in out and "+ " in out
    version, titles, stats = opened(make_layout(home, field))
    assert version == 3 and set(titles) == {ids[0], ids[2], ids[3], ids[4]}
    assert titles[ids[0]] == "Changed for version 3"
    # The note on the removed practice is still there (user.db untouched); the app shows it as removed.
    assert (home / "user.db").read_bytes() == user_db
    assert ids[1] in dict(user_rows(home / "user.db")) and ids[1] not in titles

    code, out, err = run_cli(*field_args, "stats")
    assert code == 0 and "version 3" in out and "Signed by hq (" in out

    code, out, err = run_cli(*field_args, "rollback")
    assert code == 0, err
    assert "Restored catalogue version 2" in out
    version, titles, _ = opened(make_layout(home, field))
    assert version == 2 and set(titles) == set(ids[:4]) and titles[ids[0]] != "Changed for version 3"
    assert (home / "user.db").read_bytes() == user_db

    code, out, err = run_cli(*field_args, "import", tmp_path / "v3.pcbundle", "--yes")  # forward again
    assert code == 0, err
    assert opened(make_layout(home, field))[0] == 3


def test_a_full_bundle_over_an_installed_version_reports_changes_and_updates_incrementally(world, tmp_path):
    layout = world.layout()
    with prepare_import(layout, world.v2, allow_downgrade=True) as prepared:
        preview = prepared.preview
        assert preview.downgrade and preview.added == preview.changed == preview.removed == ()
    code, out, err = run_cli("--root", world.editor, "--home", tmp_path / "ehome", "publish", "--key",
                             world.key.private_path, "--out", tmp_path / "v4.pcbundle")
    assert code == 0, err
    with prepare_import(layout, tmp_path / "v4.pcbundle") as prepared:
        preview = prepared.preview
        assert (preview.old_version, preview.new_version, preview.kind) == (2, 4, "full")
        assert [i for i, _ in preview.changed] == [world.ids[0]]
        assert [i for i, _ in preview.removed] == [world.ids[1]]
        assert len(preview.added) == 1
        state = prepared.apply()
    assert state.version == 4 and state.previous_version == 2


def test_import_refuses_without_a_terminal_and_without_yes(world, monkeypatch):
    before = snapshot(world.fresh_home)
    monkeypatch.setattr("sys.stdin", None)
    code, out, err = run_cli("--root", world.field, "--home", world.fresh_home, "import", world.v2)
    assert code == 2 and "there is no terminal to confirm on" in err
    assert "version 1 -> 2" in out  # the preview was shown all the same
    assert snapshot(world.fresh_home) == before


def test_rollback_with_nothing_imported_says_so(world):
    code, _, err = run_cli("--root", world.field, "--home", world.fresh_home, "rollback")
    assert code == 2 and "There is no previous catalogue to restore" in err
    with pytest.raises(NothingToRollBack):
        rollback(world.layout(world.fresh_home))


def test_after_rollback_the_next_rollback_returns_to_the_shipped_catalogue(world):
    layout = world.layout()
    with prepare_import(layout, world.v3) as prepared:
        prepared.apply()
    assert [installed(layout).version, rollback(layout).version, rollback(layout).version] == [3, 2, 1]
    assert installed(layout).origin == "shipped" and installed_catalogue_dir(layout) is None
    assert [p.name for p in layout.catalogues.iterdir() if p.name.startswith("v")] == []


def test_only_the_current_and_the_previous_version_are_kept(world, tmp_path):
    layout = world.layout()
    with prepare_import(layout, world.v3) as prepared:
        prepared.apply()
    code, _, err = run_cli("--root", world.editor, "--home", tmp_path / "ehome", "publish", "--key",
                           world.key.private_path, "--out", tmp_path / "v4.pcbundle", "--delta-from", world.v3)
    assert code == 0, err
    with prepare_import(layout, tmp_path / "v4.pcbundle") as prepared:
        prepared.apply()
    pointer = read_pointer(layout)
    kept = sorted(p.name for p in layout.catalogues.iterdir() if p.name.startswith("v"))
    assert kept == sorted([pointer.current.folder, pointer.previous.folder])
    assert (pointer.current.version, pointer.previous.version) == (4, 3)


def test_a_newer_catalogue_shipped_with_the_app_wins_over_an_older_import(world):
    layout = world.layout()
    assert installed(layout).version == 2 and installed_catalogue_dir(layout) is not None
    identity = world.field / "resources" / "catalogue.yaml"
    identity.write_text(identity.read_text(encoding="utf-8").replace("version: 1", "version: 7"), encoding="utf-8")
    state = installed(layout)
    assert (state.origin, state.version, installed_catalogue_dir(layout)) == ("shipped", 7, None)
    with pytest.raises(NothingToRollBack):
        rollback(layout)


def test_apply_refuses_when_the_installation_changed_after_the_preview(world):
    layout = world.layout()
    first, second = prepare_import(layout, world.v3), prepare_import(layout, world.v3)
    first.apply()
    with pytest.raises(CatalogueError, match="changed while this update was shown"):
        second.apply()
    assert installed(layout).version == 3


def test_a_second_import_waits_for_the_lock(world):
    layout = world.layout()
    prepared = prepare_import(layout, world.v3)
    with UpdateLock(layout):
        with pytest.raises(UpdateBusy, match="Another import or rollback is running"):
            prepared.apply()
    assert prepared.apply().version == 3


def test_imported_catalogue_opens_directly_with_catalogue_open(world):
    folder = installed_catalogue_dir(world.layout())
    catalogue = Catalogue.open(folder / "catalogue.db", folder / "search_index")
    try:
        assert catalogue.stats().practice_count == 6
        assert catalogue.meta["bundle_kind"] == "full" and catalogue.meta["signer_key_id"] == world.key.public.key_id
    finally:
        catalogue.close()


@pytest.mark.parametrize("damage", ["index marker lost", "older build format"])
def test_a_delta_still_applies_when_the_installed_version_must_be_rebuilt(world, damage):
    """The unchanged practices of a delta are read lazily from the installed catalogue.db; when the
    build has to start over (index unusable, or catalogue.db from another build format) they are
    read in full and the result is the same catalogue."""
    layout = world.layout()
    folder = installed_catalogue_dir(layout)
    if damage == "index marker lost":
        (folder / "search_index" / "catalogue.json").unlink()
    else:
        conn = sqlite3.connect(folder / "catalogue.db")
        with conn:
            conn.execute("UPDATE meta SET value = 'old' WHERE key = 'build_format'")
        conn.close()
    with prepare_import(layout, world.v3) as prepared:
        prepared.apply()
    version, titles, stats = opened(layout)
    expected = set(world.ids) - {world.ids[1]}
    assert version == 3 and expected < set(titles) and len(titles) == 6
    assert titles[world.ids[0]] == "A changed title for version 3"
    catalogue = open_catalogue(layout)
    try:
        kept = catalogue.practice(world.ids[4])
        assert kept.body and kept.levels  # read in full from the installed version
    finally:
        catalogue.close()


def test_an_import_never_changes_the_version_it_replaces(world):
    layout = world.layout()
    folder = installed_catalogue_dir(layout)
    before = snapshot(folder)
    with prepare_import(layout, world.v3) as prepared:
        prepared.apply()
    assert read_pointer(layout).previous.folder == folder.name
    assert snapshot(folder) == before
