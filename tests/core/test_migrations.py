"""A catalogue.db carries its schema version, and a newer app opens an older file."""

import sqlite3

import sqlite_utils

from desktop.core import catalogue_db
from desktop.core.migrations import apply_migrations, schema_version
from desktop.core.userdata import MIGRATIONS, UserData


def test_an_older_catalogue_file_is_upgraded_when_opened(tmp_path):
    path = tmp_path / "catalogue.db"
    old = sqlite_utils.Database(sqlite3.connect(path))
    apply_migrations(old, {1: catalogue_db.MIGRATIONS[1]})  # a file made by the first release
    old["practices"].insert({"id": "kept", "title": "Kept"})
    old.close()
    assert "sort_country" not in sqlite_utils.Database(path)["practices"].columns_dict

    db = catalogue_db.connect(path)
    assert schema_version(db) == catalogue_db.SCHEMA_VERSION == max(catalogue_db.MIGRATIONS)
    assert "sort_country" in db["practices"].columns_dict
    assert db["practices"].get("kept")["title"] == "Kept"  # data survives the upgrade
    db.close()


def test_migrations_run_once_each_in_order(tmp_path):
    ran = []
    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "x.db"))
    steps = {1: lambda d: ran.append(1), 2: lambda d: ran.append(2)}
    assert apply_migrations(db, steps) == 2
    assert apply_migrations(db, {**steps, 3: lambda d: ran.append(3)}) == 3
    assert ran == [1, 2, 3]


def test_user_data_survives_reopening(tmp_path):
    data = UserData(tmp_path / "user.db")
    data.set_bookmark("p1", "Practice one")
    data.set_note("p1", "Practice one", "call the mayor")
    data.close()
    again = UserData(tmp_path / "user.db")
    assert again.is_bookmarked("p1") and again.note("p1") == "call the mayor"
    assert schema_version(again._db) == max(MIGRATIONS)
    again.close()
