"""The app starts on damaged storage, says what happened and loses nothing it can still read
(issue 12: item 11, a damaged user.db; items 13 and 14, a damaged installed catalogue)."""

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import updates_support  # noqa: E402  (the update tests' world: a field project, a home with version 2)

from desktop.core.installed import read_pointer  # noqa: E402
from desktop.core.userdata import UserData  # noqa: E402
from desktop.ui.user_data_dialog import RecoveryDeclined  # noqa: E402


@pytest.fixture
def world(tmp_path, tmp_path_factory):
    return updates_support.session_world(tmp_path_factory).copy(tmp_path / "world")


@pytest.fixture
def start_app(qtbot, qapp):
    """start_app(world, home, answer) -> Application, opened as `python -m desktop` does;
    `answer` is the button text clicked in a question asked at start."""
    from desktop.ui.app import Application

    started = []

    def start(world, home, answer=None):
        application = Application(["--home", str(home), "--root", str(world.field), "--lang", "en"], qt_app=qapp)

        def ask(box):
            box.show()
            next(b for b in box.buttons() if b.text() == answer).click()
        application.ask_user = ask
        started.append(application)
        application.open()
        application.window.updates.check_inbox = lambda quiet=True: None
        return application

    yield start
    for application in started:
        if application.window is not None:
            application.window.close()
            application.window.runner.wait()
        application.close()


def _damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def _user_db_with_many_notes(home: Path) -> Path:
    userdata = UserData(home / "user.db")
    for number in range(200):
        userdata.set_note(f"practice-{number:03}", f"Practice {number}", f"My note number {number}. " * 20)
    userdata.set_bookmark("practice-001", "Practice 1")
    userdata.close()
    return home / "user.db"


def test_a_damaged_user_db_is_set_aside_and_what_can_be_read_is_recovered(start_app, world, tmp_path):
    home = tmp_path / "home"
    path = _user_db_with_many_notes(home)
    _damage_middle(path)
    damaged_bytes = path.read_bytes()
    application = start_app(world, home, answer="Recover and open")
    kept = path.with_name(f"user.db.damaged-{dt.date.today().isoformat()}")
    assert kept.read_bytes() == damaged_bytes  # kept as it was, named with the date
    notes = application.userdata.notes()
    assert 100 < len(notes) < 200 and application.userdata.is_bookmarked("practice-001")
    assert all(n.text.startswith(f"My note number {int(n.practice_id[-3:])}.") for n in notes)
    message = application.window.user_data_notice.text()
    assert application.window.user_data_notice.isVisible()
    assert f"{len(notes)} notes" in message and str(kept) in message
    application.userdata.set_note("new", "New", "the new user.db takes notes")  # and works


def test_declining_leaves_the_damaged_user_db_untouched(start_app, world, tmp_path):
    home = tmp_path / "home"
    path = _user_db_with_many_notes(home)
    path.write_bytes(b"not a database at all " * 500)
    with pytest.raises(RecoveryDeclined, match="are damaged"):
        start_app(world, home, answer="Quit")
    assert path.read_bytes() == b"not a database at all " * 500
    assert [p.name for p in home.glob("user.db*")] == ["user.db"]


def test_a_damaged_installed_catalogue_is_named_in_the_window(start_app, world):
    layout = world.layout()
    folder = layout.catalogues / read_pointer(layout).current.folder
    conn = sqlite3.connect(folder / "catalogue.db")
    with conn:
        conn.execute("UPDATE meta SET value = '{' WHERE key = 'taxonomy_json'")
    conn.close()
    (world.home / "user.db").unlink()  # the update tests' stand-in; the app makes a real one
    application = start_app(world, world.home)
    assert application.window.catalogue.catalogue_version == 1  # version 2 is damaged: the shipped one
    notice = application.window.catalogue_notice
    assert notice.isVisible()
    assert "The installed catalogue version 2 is damaged" in notice.text()
    assert "the catalogue shipped with the app (version 1)" in notice.text()


def test_index_damage_no_check_at_start_can_see_is_healed_in_the_background(start_app, world, qtbot):
    """A failing disk changes bytes in place (same size, time and inode): the window's
    background check finds it, rebuilds the index and says so; searches answer as before."""
    import os

    from desktop.core.model import SearchRequest

    (world.home / "user.db").unlink()  # the update tests' stand-in; the app makes a real one
    application = start_app(world, world.home)
    window = application.window
    before = window.catalogue.search(SearchRequest(query="diaspora")).total
    index = window.catalogue._index.whoosh.path
    postings = sorted(index.glob("*.pst"))[0]
    stat = postings.stat()
    data = bytearray(postings.read_bytes())
    data[len(data) // 2:len(data) // 2 + 256] = bytes(256)
    with open(postings, "r+b") as handle:
        handle.write(bytes(data))
    os.utime(postings, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    application.verify_index_later(delay_ms=0)
    qtbot.waitUntil(lambda: "rebuilt" in window.statusBar().currentMessage(), timeout=20000)
    assert window.catalogue.verify_index() is True
    assert window.catalogue.search(SearchRequest(query="diaspora")).total == before
