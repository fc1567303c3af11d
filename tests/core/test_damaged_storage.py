"""Full disks and damaged files give a sentence and lose nothing (issue 12, items 10, 11, 13, 14)."""

import pytest

from desktop.core.errors import CatalogueError
from desktop.core.model import SearchRequest
from desktop.core.userdata import NotSaved, UserData, write_failure_reason

BIG = "A long note about the municipal plan. " * 200  # several pages: the file must grow

WRITES = [  # (what, the write, what must still be there afterwards)
    ("note", lambda u: u.set_note("p2", "Second", BIG), lambda u: u.note("p2") == "" and u.note("p1") == "kept"),
    ("bookmark", lambda u: u.set_bookmark("p2" * 2000, BIG, True), lambda u: [b.practice_id for b in u.bookmarks()] == ["p1"]),
    ("saved search", lambda u: u.save_search(BIG[:3000], SearchRequest(query=BIG)),
     lambda u: [s.name for s in u.saved_searches()] == ["first"]),
    ("search history", lambda u: u.add_history(SearchRequest(query=BIG)),
     lambda u: [r.query for r in u.recent_searches()] == ["first"]),
]


@pytest.fixture
def full_userdata(tmp_path):
    """user.db with one of everything, that can no longer grow: SQLite's `max_page_count` at
    its current size makes every write needing a page fail with "database or disk is full",
    the very error a full disk gives."""
    userdata = UserData(tmp_path / "user.db")
    userdata.set_note("p1", "First", "kept")
    userdata.set_bookmark("p1", "First", True)
    userdata.save_search("first", SearchRequest(query="first"))
    userdata.add_history(SearchRequest(query="first"))
    userdata._db.execute("VACUUM")
    pages = userdata._db.execute("PRAGMA page_count").fetchone()[0]
    userdata._db.execute(f"PRAGMA max_page_count = {pages}")
    yield userdata
    userdata.close()


@pytest.mark.parametrize("what, write, unchanged", WRITES, ids=[w[0] for w in WRITES])
def test_a_write_on_a_full_disk_is_a_sentence_and_changes_nothing(full_userdata, what, write, unchanged):
    with pytest.raises(NotSaved) as raised:
        write(full_userdata)
    error = raised.value
    assert isinstance(error, CatalogueError) and error.what == what and error.reason == "full"
    assert str(error).startswith(f"Your {what} could not be saved") and "the disk is full" in str(error)
    assert "database or disk is full" not in str(error)  # SQLite's words stay out of the sentence
    assert unchanged(full_userdata)


def test_the_note_sentence_says_the_text_is_still_in_the_editor(full_userdata):
    with pytest.raises(NotSaved, match="the disk is full. It is still in the editor"):
        full_userdata.set_note("p2", "Second", BIG)


@pytest.mark.parametrize("error, reason", [
    (OSError(28, "No space left on device"), "full"),
    (OSError(30, "Read-only file system"), "read-only"),
    (__import__("sqlite3").OperationalError("attempt to write a readonly database"), "read-only"),
    (__import__("sqlite3").OperationalError("database is locked"), "busy"),
    (__import__("sqlite3").OperationalError("disk I/O error"), "failed"),
])
def test_write_failures_are_told_apart(error, reason):
    assert write_failure_reason(error) == reason


# -- items 13 and 14: a damaged installed catalogue is passed over, and said ---------------------

import json  # noqa: E402
import sqlite3  # noqa: E402
from pathlib import Path  # noqa: E402

from updates_support import World, run_cli, session_world  # noqa: E402

from desktop.core.installed import read_pointer  # noqa: E402
from desktop.core.session import open_catalogue  # noqa: E402
from desktop.core.updates import prepare_import  # noqa: E402


@pytest.fixture
def world_v3(tmp_path, tmp_path_factory) -> World:
    """A field home with version 3 installed over version 2 (kept as the previous one); the
    app ships version 1."""
    world = session_world(tmp_path_factory).copy(tmp_path / "world")
    with prepare_import(world.layout(), world.v3) as prepared:
        prepared.apply()
    return world


def _folder(world: World, which: str) -> Path:
    return world.layout().catalogues / getattr(read_pointer(world.layout()), which).folder


def _sql(db: Path, statement: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(statement)
    conn.close()


DAMAGE = [  # (case, what to do to the home, version shown, words of the warning)
    ("taxonomy-json", lambda w: _sql(_folder(w, "current") / "catalogue.db",
                                     "UPDATE meta SET value = '{not json' WHERE key = 'taxonomy_json'"),
     2, "version 3 is damaged (its taxonomy is not valid JSON); showing version 2"),
    ("practice-row-json", lambda w: _sql(_folder(w, "current") / "catalogue.db",
                                         "UPDATE practices SET countries = '[\"ec' WHERE rowid = (SELECT min(rowid) FROM practices)"),
     2, "version 3 is damaged (the practice"),
    ("catalogue-db-deleted", lambda w: (_folder(w, "current") / "catalogue.db").unlink(),
     2, "version 3 is incomplete"),
    ("catalogue-db-zero-bytes", lambda w: (_folder(w, "current") / "catalogue.db").write_bytes(b""),
     2, "version 3 is damaged"),
    ("install-json-deleted", lambda w: (_folder(w, "current") / "install.json").unlink(),
     2, "version 3 is incomplete"),
    ("install-json-garbled", lambda w: (_folder(w, "current") / "install.json").write_text("{garbled"),
     2, "version 3 is incomplete"),
    ("current-json-garbled", lambda w: (w.layout().catalogues / "current.json").write_text("{garbled"),
     3, "current.json) is damaged; showing version 3"),
    # Without a pointer nothing was installed as far as the app can tell (a killed import leaves
    # the same): the shipped catalogue, and the kept version named.
    ("current-json-deleted", lambda w: (w.layout().catalogues / "current.json").unlink(),
     1, "(current.json is missing), but version 3 is kept in the catalogues folder; showing the catalogue shipped"),
    ("both-versions-damaged", lambda w: [(_folder(w, which) / "catalogue.db").write_bytes(b"x" * 4096)
                                         for which in ("previous", "current")],
     1, "showing the catalogue shipped with the app (version 1)"),
]


@pytest.mark.parametrize("case, damage, shown, words", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_a_damaged_installed_catalogue_falls_back_and_says_so(world_v3, case, damage, shown, words):
    layout = world_v3.layout()
    damage(world_v3)
    before = {p: p.stat().st_size for p in layout.catalogues.glob("v*/catalogue.db")}
    catalogue = open_catalogue(layout)
    try:
        assert catalogue.catalogue_version == shown
        assert any(words in str(w) for w in catalogue.warnings), [str(w) for w in catalogue.warnings]
        assert catalogue.search(__import__("desktop.core.model", fromlist=["SearchRequest"]).SearchRequest()).total
    finally:
        catalogue.close()
    # Nothing was written into a version folder: an imported catalogue is never changed.
    assert {p: p.stat().st_size for p in layout.catalogues.glob("v*/catalogue.db")} == before
    code, out, err = run_cli("--root", world_v3.field, "--home", world_v3.home, "stats")
    assert code == 0 and words in err and "rebuild" not in err, err
    assert f"version {shown}" in err or f"(version {shown})" in err


def test_an_intact_installed_catalogue_opens_without_warning(world_v3):
    catalogue = open_catalogue(world_v3.layout())
    try:
        assert catalogue.catalogue_version == 3 and catalogue.warnings == ()
    finally:
        catalogue.close()
    code, _, err = run_cli("--root", world_v3.field, "--home", world_v3.home, "stats")
    assert code == 0 and "Warning" not in err


def test_a_damaged_shipped_catalogue_is_still_a_sentence(tmp_path, shipped_copy):
    _sql(shipped_copy / "catalogue.db", "UPDATE meta SET value = '[' WHERE key = 'taxonomy_json'")
    from desktop.core.catalogue import Catalogue
    from desktop.core.errors import CatalogueDamaged
    with pytest.raises(CatalogueDamaged, match="taxonomy is not valid JSON"):
        Catalogue.open(shipped_copy / "catalogue.db", shipped_copy / "search_index")
    assert json  # used by the user.db tests below


# -- item 11: a damaged user.db is set aside and what can be read is recovered -------------------

import datetime as dt  # noqa: E402

from desktop.core.userdata import UserDataDamaged  # noqa: E402
from desktop.core.userdata_recovery import recover_user_data  # noqa: E402


def _user_db(path: Path) -> None:
    userdata = UserData(path)
    for number in range(300):
        userdata.set_note(f"p{number:03}", f"Practice {number}", f"note {number} " * 30)
    for number in range(20):
        userdata.set_bookmark(f"p{number:03}", f"Practice {number}")
    userdata.save_search("councils", SearchRequest(query="migrant council"))
    userdata.close()


def _garble(offset_of, size=4096):
    def damage(path: Path):
        data = bytearray(path.read_bytes())
        start = offset_of(len(data))
        data[start:start + size] = b"\xff" * size
        path.write_bytes(bytes(data))
    return damage


USER_DB_DAMAGE = [  # (case, damage, fewest notes recovered, most)
    ("a-page-in-the-middle", _garble(lambda n: (n // 4096 // 2) * 4096), 200, 299),
    ("the-last-page", _garble(lambda n: n - 4096), 250, 299),
    ("the-header", _garble(lambda n: 0, 100), 0, 0),
    ("cut-short", lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), 0, 299),
    ("overwritten", lambda p: p.write_bytes(b"PK\x03\x04 a zip file, not a database" * 300), 0, 0),
]


@pytest.mark.parametrize("case, damage, fewest, most", USER_DB_DAMAGE, ids=[d[0] for d in USER_DB_DAMAGE])
def test_a_damaged_user_db_is_kept_and_the_readable_rows_recovered(tmp_path, case, damage, fewest, most):
    path = tmp_path / "user.db"
    _user_db(path)
    damage(path)
    damaged = path.read_bytes()
    with pytest.raises(UserDataDamaged) as raised:
        UserData(path).close()
    assert "are damaged" in str(raised.value) and "Traceback" not in str(raised.value)
    path.with_name("user.db-journal").write_bytes(b"a hot journal of the damaged file")
    recovery = recover_user_data(path, dt.date(2026, 12, 1))
    assert recovery.kept_at.name == "user.db.damaged-2026-12-01" and recovery.kept_at.read_bytes() == damaged
    assert recovery.kept_at.with_name("user.db.damaged-2026-12-01-journal").is_file()  # moved with it
    assert not path.with_name("user.db-journal").exists()
    userdata = UserData(path)
    try:
        notes = userdata.notes()
        assert fewest <= len(notes) <= most and recovery.copied.get("notes", 0) == len(notes)
        assert all(n.text == f"note {int(n.practice_id[1:])} " * 30 for n in notes)  # no row half-copied
        userdata.set_note("new", "New", "the new file works")
    finally:
        userdata.close()
    second = recover_user_data(path, dt.date(2026, 12, 1))  # the same day again: a second name
    assert second.kept_at.name == "user.db.damaged-2026-12-01-2" and recovery.kept_at.exists()
