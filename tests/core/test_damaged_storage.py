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
