"""The user's own data: bookmarks, notes, reading lists, recent and saved searches (home/user.db).

Kept apart from the catalogue so that no build, import or rollback can touch it. Entries are
keyed by practice id and also remember the practice's title, so a note on a practice that an
update removed is still shown, by name, marked as removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from .errors import CatalogueError
from .migrations import apply_migrations
from .model import SearchRequest
from .reading_lists import ReadingLists, create_tables

HISTORY_LIMIT = 50


class NotSaved(CatalogueError):
    """A change to user.db could not be written (full disk, read-only folder, file in use).

    `what` names the thing ("note", "bookmark", "saved search", "search history") and `reason`
    the cause ("full", "read-only", "busy", "failed"), so that the window can say it in the
    interface language; str() is the English sentence the CLI and logs use. Nothing was
    written: the database is as it was before the call."""

    SENTENCES = {
        "full": "the disk is full",
        "read-only": "the folder holding it cannot be written",
        "busy": "another program is using the file",
        "failed": "the disk reported an error",
    }

    def __init__(self, what: str, reason: str, path: Path):
        self.what, self.reason, self.path = what, reason, Path(path)
        cause = self.SENTENCES.get(reason, self.SENTENCES["failed"])
        if what == "note":
            advice = "It is still in the editor; free some space or fix the folder and it will be saved."
        else:
            advice = "Free some space or fix the folder and try again."
        super().__init__(f"Your {what} could not be saved to {self.path}: {cause}. {advice}")


def write_failure_reason(error: BaseException) -> str:
    """Which of NotSaved's reasons an SQLite or OS write error is."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "no space" in text:
        return "full"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return "read-only"
    if "locked" in text or "busy" in text:
        return "busy"
    return "failed"


def _can_create(path: Path) -> bool:
    """Whether user.db could be created at `path` (its folder, or the nearest existing parent
    of it, is writable)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK) and not _read_only_mount(folder)


def _read_only_mount(folder: Path) -> bool:
    """True on a file system mounted read-only (root's os.access says writable even there)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows): os.access answered already
        return False


def _migration_1(db):
    db["bookmarks"].create({"practice_id": str, "title": str, "created": str}, pk="practice_id", if_not_exists=True)
    db["notes"].create({"practice_id": str, "title": str, "text": str, "updated": str}, pk="practice_id",
                       if_not_exists=True)
    db["history"].create({"id": int, "query": str, "filters": str, "exclusions": str, "at": str}, pk="id",
                         if_not_exists=True)
    db["saved_searches"].create({"name": str, "query": str, "filters": str, "exclusions": str, "created": str},
                                pk="name", if_not_exists=True)


MIGRATIONS = {1: _migration_1, 2: create_tables}  # 2: reading lists (reading_lists.py)


def _plain_schema_version(conn: sqlite3.Connection) -> int:
    """meta.schema_version read with plain sqlite3 (0 for a new file)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class Bookmark:
    practice_id: str
    title: str
    created: str


@dataclass(frozen=True)
class Note:
    practice_id: str
    title: str
    text: str
    updated: str


@dataclass(frozen=True)
class SavedSearch:
    name: str
    request: SearchRequest
    created: str


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _encode(selection: dict) -> str:
    return json.dumps({k: list(v) for k, v in (selection or {}).items()}, sort_keys=True)


def _decode(text: str) -> dict:
    return {k: tuple(v) for k, v in json.loads(text or "{}").items()}


class UserDataDamaged(CatalogueError):
    """user.db exists but SQLite cannot read it (see userdata_recovery for the way forward)."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"Your bookmarks and notes at {self.path} are damaged ({reason}). Open the app to start a "
                         "new user.db with what can still be read; the damaged file is kept beside it.")


class UserData:
    """Open user.db (created on first use). Raises UserDataDamaged when the file is damaged,
    CatalogueError when it cannot be opened for another reason."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self.read_only = False
        if not self.path.exists() and not _can_create(self.path):
            # A home on a write-protected stick, never used before: browsing works; every save
            # says why it cannot be kept (NotSaved, "read-only") instead of the app not starting.
            self._conn, self._utils, self.read_only = sqlite3.connect(":memory:", check_same_thread=False), None, True
            self._conn.row_factory = sqlite3.Row
            apply_migrations(self._db, MIGRATIONS)
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), check_same_thread=False)
            conn.row_factory = sqlite3.Row
            self._conn, self._utils = conn, None
            check = conn.execute("PRAGMA quick_check").fetchone()[0]  # user.db is small: milliseconds
            if check != "ok":
                raise sqlite3.DatabaseError("its integrity check failed")
            if _plain_schema_version(conn) < max(MIGRATIONS):
                apply_migrations(self._db, MIGRATIONS)
        except sqlite3.DatabaseError as exc:
            if "conn" in locals():
                conn.close()
            if isinstance(exc, sqlite3.OperationalError):  # unable to open, read-only, locked: not damage
                raise CatalogueError(f"Your bookmarks and notes at {self.path} cannot be opened ({exc}).") from exc
            raise UserDataDamaged(self.path, str(exc).splitlines()[0] or "unreadable") from exc
        except OSError as exc:
            raise CatalogueError(f"Your bookmarks and notes at {self.path} cannot be opened ({exc}).") from exc

    @property
    def _db(self):
        """The file through sqlite-utils, for its migrations only. Everyday reads and writes are
        plain SQL: importing sqlite-utils costs about 80 ms of every start."""
        if self._utils is None:
            import sqlite_utils
            self._utils = sqlite_utils.Database(self._conn)
        return self._utils

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @property
    def lists(self) -> ReadingLists:
        """The reading lists kept in this user.db."""
        return ReadingLists(self._conn, self._lock, self._writing)

    @contextlib.contextmanager
    def _writing(self, what: str):
        """Hold the lock for one write transaction; turn its failure into NotSaved.

        Placed outside `with self._conn`, so that a commit failing on a full disk (SQLite
        rolls the transaction back) is caught too."""
        with self._lock:
            if self.read_only:
                raise NotSaved(what, "read-only", self.path)
            try:
                yield
            except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as exc:
                raise NotSaved(what, write_failure_reason(exc), self.path) from exc

    # -- bookmarks --------------------------------------------------------------------------

    def is_bookmarked(self, practice_id: str) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM bookmarks WHERE practice_id = ?", [practice_id]).fetchone() is not None

    def set_bookmark(self, practice_id: str, title: str, on: bool = True) -> None:
        """Bookmark (on=True) or un-bookmark a practice."""
        with self._writing("bookmark"), self._conn:
            if on:
                self._conn.execute("INSERT OR REPLACE INTO bookmarks (practice_id, title, created) VALUES (?, ?, ?)",
                                   [practice_id, title, _now()])
            else:
                self._conn.execute("DELETE FROM bookmarks WHERE practice_id = ?", [practice_id])

    def bookmarks(self) -> list:
        """Every bookmark, newest first."""
        with self._lock:
            return [Bookmark(r["practice_id"], r["title"], r["created"])
                    for r in self._conn.execute("SELECT * FROM bookmarks ORDER BY created DESC, title")]

    # -- notes ------------------------------------------------------------------------------

    def note(self, practice_id: str) -> str:
        """The user's note on a practice ('' when none)."""
        with self._lock:
            row = self._conn.execute("SELECT text FROM notes WHERE practice_id = ?", [practice_id]).fetchone()
        return row[0] if row else ""

    def set_note(self, practice_id: str, title: str, text: str) -> None:
        """Save a note; an empty text deletes it. Raises NotSaved when it cannot be written."""
        with self._writing("note"), self._conn:
            if text.strip():
                self._conn.execute("INSERT OR REPLACE INTO notes (practice_id, title, text, updated) VALUES (?, ?, ?, ?)",
                                   [practice_id, title, text, _now()])
            else:
                self._conn.execute("DELETE FROM notes WHERE practice_id = ?", [practice_id])

    def notes(self) -> list:
        """Every note, most recently edited first."""
        with self._lock:
            return [Note(r["practice_id"], r["title"], r["text"], r["updated"])
                    for r in self._conn.execute("SELECT * FROM notes ORDER BY updated DESC")]

    # -- searches ---------------------------------------------------------------------------

    def add_history(self, request: SearchRequest) -> None:
        """Remember a search the user ran (not the same one twice in a row; at most 50)."""
        if not request.query.strip() and not request.filters and not request.exclusions:
            return
        row = {"query": request.query.strip(), "filters": _encode(request.filters),
               "exclusions": _encode(request.exclusions)}
        with self._writing("search history"), self._conn:
            last = self._conn.execute("SELECT query, filters, exclusions FROM history ORDER BY id DESC LIMIT 1").fetchone()
            if last and tuple(last) == (row["query"], row["filters"], row["exclusions"]):
                return
            self._conn.execute("INSERT INTO history (query, filters, exclusions, at) VALUES (?, ?, ?, ?)",
                               [row["query"], row["filters"], row["exclusions"], _now()])
            self._conn.execute("DELETE FROM history WHERE id NOT IN (SELECT id FROM history ORDER BY id DESC LIMIT ?)",
                               [HISTORY_LIMIT])

    def recent_searches(self, limit: int = 10) -> list:
        """The most recent distinct searches, newest first, as SearchRequests."""
        with self._lock:
            rows = self._conn.execute("SELECT query, filters, exclusions FROM history ORDER BY id DESC").fetchall()
        seen, out = set(), []
        for query, filters, exclusions in rows:
            if (query, filters, exclusions) in seen:
                continue
            seen.add((query, filters, exclusions))
            out.append(SearchRequest(query=query, filters=_decode(filters), exclusions=_decode(exclusions)))
            if len(out) == limit:
                break
        return out

    def save_search(self, name: str, request: SearchRequest) -> None:
        """Save (or replace) a named search: its query and filters."""
        name = name.strip()
        if not name:
            raise CatalogueError("A saved search needs a name.")
        with self._writing("saved search"), self._conn:
            self._conn.execute("INSERT OR REPLACE INTO saved_searches (name, query, filters, exclusions, created) "
                               "VALUES (?, ?, ?, ?, ?)", [name, request.query, _encode(request.filters),
                                                          _encode(request.exclusions), _now()])

    def saved_searches(self) -> list:
        """Every saved search, by name."""
        with self._lock:
            rows = self._conn.execute("SELECT * FROM saved_searches ORDER BY name").fetchall()
        return [SavedSearch(r["name"], SearchRequest(query=r["query"], filters=_decode(r["filters"]),
                                                     exclusions=_decode(r["exclusions"])), r["created"])
                for r in rows]

    def delete_saved_search(self, name: str) -> None:
        with self._writing("saved search"), self._conn:
            self._conn.execute("DELETE FROM saved_searches WHERE name = ?", [name])
