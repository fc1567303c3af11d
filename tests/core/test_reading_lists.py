"""Reading lists in user.db and shared as .pclist files: what a trainer relies on, and what a
damaged or hostile file must never do (change anything)."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils

from desktop.core.errors import CatalogueError, NotFound
from desktop.core.migrations import apply_migrations, schema_version
from desktop.core.reading_list_files import (
    MAX_FILE_BYTES,
    ListFileRefused,
    export_list,
    import_list,
    read_list_file,
)
from desktop.core.reading_lists import MAX_ITEMS, ListItem
from desktop.core.userdata import MIGRATIONS, UserData


@pytest.fixture
def userdata(tmp_path):
    data = UserData(tmp_path / "user.db")
    yield data
    data.close()


def _ids(reading_list):
    return [item.practice_id for item in reading_list.items]


def _list_with(lists, name, *ids):
    made = lists.create(name)
    for practice_id in ids:
        lists.add(made.id, practice_id, practice_id.replace("-", " ").title(), 3)
    return lists.get(made.id)


# -- migration ---------------------------------------------------------------------------------

def test_a_user_db_from_the_first_release_gains_lists_and_keeps_its_notes(tmp_path):
    path = tmp_path / "user.db"
    old = sqlite_utils.Database(sqlite3.connect(path))
    apply_migrations(old, {1: MIGRATIONS[1]})
    old["notes"].insert({"practice_id": "p1", "title": "One", "text": "call the mayor", "updated": "x"})
    old["bookmarks"].insert({"practice_id": "p1", "title": "One", "created": "x"})
    old.close()

    data = UserData(path)
    assert schema_version(data._db) == max(MIGRATIONS) >= 2
    assert data.note("p1") == "call the mayor" and data.is_bookmarked("p1")
    made = _list_with(data.lists, "Day 1", "p1")
    assert _ids(made) == ["p1"]
    data.close()


def test_lists_survive_reopening_user_db(tmp_path):
    data = UserData(tmp_path / "user.db")
    made = _list_with(data.lists, "Workshop Tegucigalpa, day 2: diaspora", "b-one", "a-two")
    data.lists.set_comment(made.id, "a-two", "Start with this one")
    data.close()
    again = UserData(tmp_path / "user.db")
    kept = again.lists.find("workshop tegucigalpa, day 2: DIASPORA")
    assert _ids(kept) == ["b-one", "a-two"]
    assert kept.items[1].comment == "Start with this one"
    again.close()


# -- creating, renaming, ordering, removing ----------------------------------------------------

def test_create_rename_delete(userdata):
    lists = userdata.lists
    made = lists.create("  Day   one ")
    assert made.name == "Day one" and made.items == ()
    lists.rename(made.id, "Day 1")
    assert [item.name for item in lists.all()] == ["Day 1"]
    lists.delete(made.id)
    assert lists.all() == []
    with pytest.raises(NotFound):
        lists.get(made.id)


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_name_must_be_given_and_short(userdata, name):
    with pytest.raises(CatalogueError):
        userdata.lists.create(name)
    assert userdata.lists.all() == []


def test_two_lists_cannot_share_a_name_whatever_its_case(userdata):
    lists = userdata.lists
    first = lists.create("Diaspora")
    other = lists.create("Labour")
    with pytest.raises(CatalogueError, match="already"):
        lists.create("DIASPORA")
    with pytest.raises(CatalogueError, match="already"):
        lists.rename(other.id, "diaspora")
    lists.rename(first.id, "diaspora")  # its own name in other case is fine
    assert [item.name for item in lists.all()] == ["diaspora", "Labour"]
    lists.create("Taller día 2")
    with pytest.raises(CatalogueError, match="already"):
        lists.create("TALLER DÍA 2")
    assert lists.find("taller DÍA 2").name == "Taller día 2"
    assert lists.free_name("TALLER DÍA 2") == "TALLER DÍA 2 (2)"


def test_items_keep_the_order_they_were_added_and_are_not_added_twice(userdata):
    lists = userdata.lists
    made = _list_with(lists, "Day 1", "c-three", "a-one", "b-two")
    assert lists.add(made.id, "a-one", "A One", 3) is False
    assert _ids(lists.get(made.id)) == ["c-three", "a-one", "b-two"]


def test_moving_an_item_reorders_the_list(userdata):
    lists = userdata.lists
    made = _list_with(lists, "Day 1", "p-a", "p-b", "p-c", "p-d")
    lists.move(made.id, "p-d", 0)
    assert _ids(lists.get(made.id)) == ["p-d", "p-a", "p-b", "p-c"]
    lists.move(made.id, "p-d", 2)
    assert _ids(lists.get(made.id)) == ["p-a", "p-b", "p-d", "p-c"]
    lists.move(made.id, "p-a", 99)  # past the end: last
    assert _ids(lists.get(made.id)) == ["p-b", "p-d", "p-c", "p-a"]


def test_removing_an_item_closes_the_gap_and_keeps_the_rest(userdata):
    lists = userdata.lists
    made = _list_with(lists, "Day 1", "p-a", "p-b", "p-c")
    lists.set_comment(made.id, "p-c", "last")
    lists.remove(made.id, "p-b")
    lists.move(made.id, "p-c", 0)
    kept = lists.get(made.id)
    assert _ids(kept) == ["p-c", "p-a"] and kept.items[0].comment == "last"


def test_a_practice_can_be_in_several_lists_and_bookmarks_stay_apart(userdata):
    lists = userdata.lists
    userdata.set_bookmark("p-a", "A")
    one = _list_with(lists, "One", "p-a")
    _list_with(lists, "Two", "p-b", "p-a")
    assert lists.lists_with("p-a") == ["One", "Two"]
    lists.delete(one.id)
    assert lists.lists_with("p-a") == ["Two"]
    assert userdata.is_bookmarked("p-a") and [b.practice_id for b in userdata.bookmarks()] == ["p-a"]


def test_ids_that_are_not_practice_ids_are_refused(userdata):
    made = userdata.lists.create("Day 1")
    for bad in ("../etc/passwd", "a/b", "C:\\x", "", "UPPER"):
        with pytest.raises(CatalogueError):
            userdata.lists.add(made.id, bad, "x", 1)
    assert userdata.lists.get(made.id).items == ()


# -- export and import ---------------------------------------------------------------------------

def test_export_then_import_gives_the_same_list_with_its_comments(userdata, tmp_path):
    lists = userdata.lists
    made = _list_with(lists, "Taller Tegucigalpa, día 2: diáspora", "p-b", "p-a")
    lists.set_comment(made.id, "p-a", "Preguntar por el consejo municipal")
    path = export_list(lists.get(made.id), tmp_path / "taller", "mlg-practices", 3, {"p-a", "p-b"})
    assert path.name == "taller.pclist"
    document = json.loads(path.read_text("utf-8"))
    assert document["name"] == "Taller Tegucigalpa, día 2: diáspora"
    assert document["catalogue"] == {"id": "mlg-practices", "version": 3}
    assert [i["practice_id"] for i in document["items"]] == ["p-b", "p-a"]

    other = UserData(tmp_path / "colleague.db")
    imported = import_list(other.lists, path)
    assert imported.name == made.name
    assert _ids(imported) == ["p-b", "p-a"]
    assert imported.items[1].comment == "Preguntar por el consejo municipal"
    assert imported.items[0].catalogue_version == 3
    other.close()


def test_importing_a_name_already_taken_makes_a_new_list(userdata, tmp_path):
    lists = userdata.lists
    made = _list_with(lists, "Day 1", "p-a")
    path = export_list(lists.get(made.id), tmp_path / "day1.pclist", "mlg-practices", 3)
    lists.set_comment(made.id, "p-a", "mine")
    second = import_list(lists, path)
    third = import_list(lists, path)
    assert (second.name, third.name) == ("Day 1 (2)", "Day 1 (3)")
    assert lists.find("Day 1").items[0].comment == "mine"  # the original is untouched
    assert len(lists.all()) == 3


def test_items_missing_from_this_catalogue_keep_their_title_and_version(userdata, tmp_path):
    path = tmp_path / "newer.pclist"
    path.write_text(json.dumps({
        "format": "practice-catalogue-reading-list", "format_version": 1, "name": "From a newer laptop",
        "catalogue": {"id": "mlg-practices", "version": 7},
        "items": [{"practice_id": "new-practice", "title": "A practice of version 7", "comment": "c"},
                  {"practice_id": "old-practice", "title": "Old", "comment": "", "catalogue_version": 2}]}))
    imported = import_list(userdata.lists, path)
    assert [(i.practice_id, i.title, i.catalogue_version) for i in imported.items] == [
        ("new-practice", "A practice of version 7", 7), ("old-practice", "Old", 2)]
    again = export_list(imported, tmp_path / "again.pclist", "mlg-practices", 3, present_ids=set())
    items = json.loads(again.read_text("utf-8"))["items"]
    assert [i.get("catalogue_version") for i in items] == [7, 2]


def _valid(**changes):
    document = {"format": "practice-catalogue-reading-list", "format_version": 1, "name": "Bad day",
                "catalogue": {"id": "mlg-practices", "version": 1},
                "items": [{"practice_id": "ecuador-congope", "title": "T", "comment": ""}]}
    document.update(changes)
    return json.dumps(document).encode()


def _big_file(path):
    with open(path, "wb") as handle:  # 100 MB of JSON-looking text, written sparsely
        handle.write(b'{"name": "')
        handle.truncate(100 * 1024 * 1024)


HOSTILE = {
    "not JSON": b"this is not json at all {",
    "truncated JSON": _valid()[:-10],
    "binary": bytes(range(256)) * 10,
    "empty": b"",
    "JSON but not an object": b"[1, 2, 3]",
    "another format": _valid(format="something-else"),
    "no format version": _valid(format_version=None),
    "newer format": _valid(format_version=99),
    # 10^6 items small enough to pass the size limit: the count must stop it
    "a million items": _valid(items=[])[:-3] + b"[" + b"{}," * 999_999 + b"{}]}",
    "more items than a list holds": _valid(items=[{"practice_id": f"p-{n}"} for n in range(MAX_ITEMS + 1)]),
    "id with a slash": _valid(items=[{"practice_id": "../../etc/passwd"}]),
    "id with a backslash": _valid(items=[{"practice_id": "..\\..\\windows"}]),
    "id with a NUL": _valid(items=[{"practice_id": "a\u0000b"}]),
    "id that is a number": _valid(items=[{"practice_id": 42}]),
    "item that is a string": _valid(items=["ecuador-congope"]),
    "items not a list": _valid(items={"a": 1}),
    "name missing": _valid(name=None),
    "name blank": _valid(name="   "),
    "name too long": _valid(name="x" * 10_000),
    "comment too long": _valid(items=[{"practice_id": "a", "comment": "x" * 100_000}]),
    "comment not text": _valid(items=[{"practice_id": "a", "comment": {"x": 1}}]),
    "version not a number": _valid(catalogue={"id": "x", "version": "3; DROP TABLE"}),
    "huge version number": _valid(catalogue={"id": "x", "version": 10**40}),
    "no catalogue": _valid(catalogue=None),
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "huge integer": b'{"format": "practice-catalogue-reading-list", "format_version": ' + b"9" * 5000 + b"}",
    "100 MB": None,  # made by _big_file
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_damaged_or_hostile_file_gets_one_sentence_and_changes_nothing(userdata, tmp_path, case):
    before = _list_with(userdata.lists, "Bad day", "p-a")
    path = tmp_path / "hostile.pclist"
    if HOSTILE[case] is None:
        _big_file(path)
    else:
        path.write_bytes(HOSTILE[case])
    with pytest.raises(ListFileRefused) as refused:
        import_list(userdata.lists, path)
    message = str(refused.value)
    assert message.endswith(".") and "\n" not in message and len(message) < 200
    assert "Traceback" not in message and "Error" not in message
    assert userdata.lists.all() == [before]


def test_the_size_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.pclist"
    _big_file(path)
    monkeypatch.setattr("json.loads", lambda *a, **k: pytest.fail("a file over the limit was parsed"))
    with pytest.raises(ListFileRefused, match="larger than"):
        read_list_file(path)
    assert MAX_FILE_BYTES < 100 * 1024 * 1024


def test_a_missing_file_or_a_folder_gets_a_sentence(userdata, tmp_path):
    for path in (tmp_path / "nowhere.pclist", tmp_path):
        with pytest.raises(ListFileRefused):
            import_list(userdata.lists, path)
    assert userdata.lists.all() == []


def test_an_unwritable_place_gets_a_sentence(userdata, tmp_path):
    made = _list_with(userdata.lists, "Day 1", "p-a")
    with pytest.raises(CatalogueError, match="could not be written"):
        export_list(made, tmp_path / "no-such-folder" / "x.pclist", "mlg-practices", 1)


def test_a_list_with_the_same_practice_twice_is_imported_once(userdata, tmp_path):
    path = tmp_path / "twice.pclist"
    path.write_bytes(_valid(items=[{"practice_id": "p-a", "comment": "first"}, {"practice_id": "p-a"}]))
    imported = import_list(userdata.lists, path)
    assert [(i.practice_id, i.comment) for i in imported.items] == [("p-a", "first")]


def test_a_list_item_made_in_memory_round_trips(userdata):
    made = userdata.lists.create("Direct", [ListItem("p-a", "A", "c", 2), ListItem("p-b", "B", "", 2)])
    assert _ids(made) == ["p-a", "p-b"] and made.items[0].comment == "c"


def test_a_list_survives_a_rebuild_that_removes_one_of_its_practices(make_resources, tmp_path):
    """user.db is never touched by a build: the list, its order and comments stay, and the item
    whose practice the new catalogue lacks keeps its title and version."""
    from core_helpers import ALL_FIXTURES

    from desktop.core.build import build_catalogue
    from desktop.core.catalogue import Catalogue
    kept, removed = "hillcrest-migrant-desk", "northfield-diaspora-forum"  # nothing links to northfield
    resources = make_resources()
    build_catalogue(resources, tmp_path / "catalogue.db", tmp_path / "index")
    catalogue = Catalogue.open(tmp_path / "catalogue.db", tmp_path / "index")
    data = UserData(tmp_path / "user.db")
    made = data.lists.create("Day 1")
    for practice_id in (removed, kept):
        data.lists.add(made.id, practice_id, catalogue.practice(practice_id).title, catalogue.catalogue_version)
    data.lists.set_comment(made.id, removed, "was good")
    title = catalogue.practice(removed).title
    catalogue.close()

    (resources / "practices" / f"{removed}.md").unlink()
    assert removed in ALL_FIXTURES
    build_catalogue(resources, tmp_path / "catalogue.db", tmp_path / "index", force=True)
    catalogue = Catalogue.open(tmp_path / "catalogue.db", tmp_path / "index")
    assert not catalogue.has_practice(removed)
    after = data.lists.find("Day 1")
    assert [(i.practice_id, i.title, i.comment) for i in after.items] == [
        (removed, title, "was good"), (kept, after.items[1].title, "")]
    assert after.items[0].catalogue_version == catalogue.catalogue_version >= 1
    catalogue.close()
    data.close()
