"""Reading lists: named, ordered lists of practices, each item with the trainer's comment.

They live in user.db beside bookmarks and notes (tables made by userdata's migration 2), so no
build, update or rollback of the catalogue touches them. An item remembers the practice's title
and the catalogue version it was added from: an item whose practice this catalogue lacks (an
update removed it, or the list came from a colleague's newer catalogue) is kept and shown by
name as "not in this catalogue (version N)".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import CatalogueError, NotFound

MAX_NAME_LENGTH = 120
MAX_COMMENT_LENGTH = 4000
MAX_TITLE_LENGTH = 400
MAX_ITEMS = 500  # a workshop reads a dozen; a list this long is a catalogue, not a reading list
PRACTICE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 120


def create_tables(db) -> None:
    """user.db migration 2: the reading lists and their items (positions 0..n-1 per list)."""
    db.execute("""CREATE TABLE IF NOT EXISTS reading_lists (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created TEXT NOT NULL, updated TEXT NOT NULL)""")
    db.execute("""CREATE TABLE IF NOT EXISTS reading_list_items (
        list_id INTEGER NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
        practice_id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '', catalogue_version INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (list_id, practice_id))""")


@dataclass(frozen=True)
class ListItem:
    """One practice in a list: its id, the title remembered when it was added, the comment, and
    the catalogue version it was added from (shown when this catalogue lacks the practice)."""

    practice_id: str
    title: str
    comment: str
    catalogue_version: int


@dataclass(frozen=True)
class ReadingList:
    """A list's id (for the app), name, dates, and its items in order."""

    id: int
    name: str
    created: str
    updated: str
    items: tuple = ()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def clean_name(name: str) -> str:
    """The name as stored: one line, trimmed. Raises CatalogueError when empty or too long."""
    name = " ".join(str(name).split())
    if not name:
        raise CatalogueError("A reading list needs a name.")
    if len(name) > MAX_NAME_LENGTH:
        raise CatalogueError(f"A reading list's name can have at most {MAX_NAME_LENGTH} characters.")
    return name


def valid_practice_id(practice_id) -> bool:
    """True for a practice id as the catalogue writes them (lower-case words joined by hyphens)."""
    return isinstance(practice_id, str) and len(practice_id) <= MAX_ID_LENGTH and bool(PRACTICE_ID.match(practice_id))


class ReadingLists:
    """The reading lists in an open user.db. Use `UserData.lists`; every method is one
    transaction and raises CatalogueError (NotFound for a list that is gone) with a sentence."""

    def __init__(self, db, lock, writing=None):
        """`db`: user.db's sqlite3 connection (plain SQL: sqlite-utils would cost every start
        its import). `writing(what)`: the context every change runs in (UserData's: the lock, and a
        failed write, on a full disk or a read-only home, raised as NotSaved)."""
        self._db, self._lock = db, lock
        self._writing = writing or (lambda what: lock)

    # -- reading -----------------------------------------------------------------------------

    def all(self) -> list:
        """Every list with its items, by name."""
        with self._lock:
            rows = self._db.execute("SELECT id, name, created, updated FROM reading_lists").fetchall()
            rows.sort(key=lambda row: (row[1].casefold(), row[0]))
            return [ReadingList(*row, items=self._items(row[0])) for row in rows]

    def get(self, list_id: int) -> ReadingList:
        """One list with its items. Raises NotFound."""
        with self._lock:
            row = self._db.execute("SELECT id, name, created, updated FROM reading_lists WHERE id = ?",
                                   [list_id]).fetchone()
            if row is None:
                raise NotFound("This reading list no longer exists.")
            return ReadingList(*row, items=self._items(list_id))

    def find(self, name: str) -> ReadingList:
        """The list with this name (case does not matter). Raises NotFound."""
        with self._lock:
            list_id = self._named(" ".join(str(name).split()))
        if list_id is None:
            raise NotFound(f"There is no reading list named '{name}'.")
        return self.get(list_id)

    def lists_with(self, practice_id: str) -> list:
        """Names of the lists that hold this practice."""
        with self._lock:
            names = [r[0] for r in self._db.execute(
                "SELECT l.name FROM reading_lists l JOIN reading_list_items i ON i.list_id = l.id "
                "WHERE i.practice_id = ?", [practice_id])]
        return sorted(names, key=str.casefold)

    def _items(self, list_id: int) -> tuple:
        return tuple(ListItem(*r) for r in self._db.execute(
            "SELECT practice_id, title, comment, catalogue_version FROM reading_list_items "
            "WHERE list_id = ? ORDER BY position", [list_id]))

    def free_name(self, wanted: str) -> str:
        """`wanted`, or `wanted (2)`, `(3)`… : the first name no list has yet."""
        base = clean_name(wanted)
        with self._lock:
            taken = {r[0].casefold() for r in self._db.execute("SELECT name FROM reading_lists")}
        if base.casefold() not in taken:
            return base
        number = 2
        while True:
            suffix = f" ({number})"
            candidate = base[:MAX_NAME_LENGTH - len(suffix)] + suffix
            if candidate.casefold() not in taken:
                return candidate
            number += 1

    # -- changing ----------------------------------------------------------------------------

    def create(self, name: str, items=()) -> ReadingList:
        """A new list named `name` holding `items` (ListItems, in order). Raises CatalogueError
        when the name is empty or another list has it."""
        name = clean_name(name)
        items = list(items)
        if len(items) > MAX_ITEMS:
            raise CatalogueError(f"A reading list can hold at most {MAX_ITEMS} practices.")
        now = _now()
        with self._writing("reading list"), self._db:
            if self._named(name) is not None:
                raise CatalogueError(f"There is already a reading list named '{name}'.")
            list_id = self._db.execute("INSERT INTO reading_lists (name, created, updated) VALUES (?, ?, ?)",
                                       [name, now, now]).lastrowid
            seen = set()
            for item in items:
                if item.practice_id in seen:
                    continue
                seen.add(item.practice_id)
                self._db.execute("INSERT INTO reading_list_items VALUES (?, ?, ?, ?, ?, ?)",
                                 [list_id, item.practice_id, len(seen) - 1, item.title[:MAX_TITLE_LENGTH],
                                  item.comment[:MAX_COMMENT_LENGTH], item.catalogue_version])
        return self.get(list_id)

    def rename(self, list_id: int, name: str) -> None:
        """Give a list another name. Raises CatalogueError when another list has it."""
        name = clean_name(name)
        with self._writing("reading list"), self._db:
            self._require(list_id)
            if self._named(name) not in (None, list_id):
                raise CatalogueError(f"There is already a reading list named '{name}'.")
            self._db.execute("UPDATE reading_lists SET name = ?, updated = ? WHERE id = ?", [name, _now(), list_id])

    def delete(self, list_id: int) -> None:
        """Delete a list and its items (the practices, bookmarks and notes stay)."""
        with self._writing("reading list"), self._db:
            self._db.execute("DELETE FROM reading_list_items WHERE list_id = ?", [list_id])
            self._db.execute("DELETE FROM reading_lists WHERE id = ?", [list_id])

    def add(self, list_id: int, practice_id: str, title: str, catalogue_version: int) -> bool:
        """Append a practice to a list; False when the list already holds it."""
        if not valid_practice_id(practice_id):
            raise CatalogueError(f"'{practice_id}' is not a practice id.")
        with self._writing("reading list"), self._db:
            self._require(list_id)
            if self._db.execute("SELECT 1 FROM reading_list_items WHERE list_id = ? AND practice_id = ?",
                                [list_id, practice_id]).fetchone():
                return False
            count = self._db.execute("SELECT count(*) FROM reading_list_items WHERE list_id = ?",
                                     [list_id]).fetchone()[0]
            if count >= MAX_ITEMS:
                raise CatalogueError(f"A reading list can hold at most {MAX_ITEMS} practices.")
            self._db.execute("INSERT INTO reading_list_items VALUES (?, ?, ?, ?, '', ?)",
                             [list_id, practice_id, count, title[:MAX_TITLE_LENGTH], int(catalogue_version)])
            self._touch(list_id)
        return True

    def remove(self, list_id: int, practice_id: str) -> None:
        """Take a practice out of a list (the others close up)."""
        with self._writing("reading list"), self._db:
            order = self._order(list_id)
            if practice_id in order:
                self._db.execute("DELETE FROM reading_list_items WHERE list_id = ? AND practice_id = ?",
                                 [list_id, practice_id])
                order.remove(practice_id)
                self._renumber(list_id, order)

    def move(self, list_id: int, practice_id: str, position: int) -> None:
        """Put a practice at `position` (0 = first; clamped to the list) and the others after it."""
        with self._writing("reading list"), self._db:
            order = self._order(list_id)
            if practice_id not in order:
                raise NotFound("This practice is no longer in the list.")
            order.remove(practice_id)
            order.insert(max(0, min(int(position), len(order))), practice_id)
            self._renumber(list_id, order)

    def set_comment(self, list_id: int, practice_id: str, comment: str) -> None:
        """Save the trainer's comment on one item ('' removes it)."""
        if len(comment) > MAX_COMMENT_LENGTH:
            raise CatalogueError(f"A comment can have at most {MAX_COMMENT_LENGTH} characters.")
        with self._writing("reading list"), self._db:
            self._db.execute("UPDATE reading_list_items SET comment = ? WHERE list_id = ? AND practice_id = ?",
                             [comment.strip(), list_id, practice_id])
            self._touch(list_id)

    # -- helpers -----------------------------------------------------------------------------

    def _named(self, name: str) -> int | None:
        """The id of the list with this name, compared as people read it ("Día" is "DÍA")."""
        wanted = name.casefold()
        return next((list_id for list_id, other in self._db.execute("SELECT id, name FROM reading_lists")
                     if other.casefold() == wanted), None)

    def _require(self, list_id: int) -> None:
        if not self._db.execute("SELECT 1 FROM reading_lists WHERE id = ?", [list_id]).fetchone():
            raise NotFound("This reading list no longer exists.")

    def _touch(self, list_id: int) -> None:
        self._db.execute("UPDATE reading_lists SET updated = ? WHERE id = ?", [_now(), list_id])

    def _order(self, list_id: int) -> list:
        self._require(list_id)
        return [r[0] for r in self._db.execute(
            "SELECT practice_id FROM reading_list_items WHERE list_id = ? ORDER BY position", [list_id])]

    def _renumber(self, list_id: int, order: list) -> None:
        self._db.executemany("UPDATE reading_list_items SET position = ? WHERE list_id = ? AND practice_id = ?",
                                  [(position, list_id, pid) for position, pid in enumerate(order)])
        self._touch(list_id)
