"""Opening catalogue.db for reading with plain sqlite3: what the app does at every start.

sqlite_utils (which builds and updates use) takes about 80 ms to import; reading needs none of
it. The whole-file integrity check (`PRAGMA quick_check`, which reads every page: about 60 ms at
10,000 practices and 0.4-40 s at 100,000) runs only when the file is new or changed since its
last clean check, as recorded in `catalogue.db.checked` beside it (when that folder can be
written; on a write-protected stick it runs every time).
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from .errors import CatalogueDamaged
from .filecheck import stamp as file_stamp

CHECK_RECORD_SUFFIX = ".checked"


def _stamp(path: Path) -> dict:
    size, mtime_ns, inode = file_stamp(path)
    return {"size": size, "mtime_ns": mtime_ns, "inode": inode}


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_needed(path: Path) -> bool:
    try:
        record = json.loads(path.with_name(path.name + CHECK_RECORD_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return record != _stamp(path)


def _record_clean_check(path: Path) -> None:
    record = path.with_name(path.name + CHECK_RECORD_SUFFIX)
    try:
        record.write_text(json.dumps(_stamp(path)), encoding="utf-8")
    except OSError:
        pass  # a read-only folder: the check simply runs again next time


def open_for_reading(path: Path) -> sqlite3.Connection:
    """catalogue.db open for reading (rows as sqlite3.Row), migrated to this app's schema when
    it is older and writable. Raises CatalogueDamaged with a sentence when it cannot be read."""
    from . import catalogue_db as cdb

    path = Path(path)
    if not path.is_file():
        raise CatalogueDamaged(f"There is no catalogue at {path}; run 'python -m desktop build' to make one.")
    writable = _writable(path)
    try:
        if writable:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        else:  # a write-protected stick or a locked-down app folder: never try to write
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            if _check_needed(path):
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("its integrity check failed")
                checked = True
            else:
                checked = False
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "practices" not in tables or "meta" not in tables:
                raise sqlite3.DatabaseError("it has no practices table")
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if (int(row[0]) if row else 0) < cdb.SCHEMA_VERSION and writable:
                conn.close()
                cdb.connect(path).close()  # runs the migrations this file lacks
                return open_for_reading(path)
            if checked:
                content_problem = _content_problem(conn)
                if content_problem:
                    raise sqlite3.DatabaseError(content_problem)
            if checked and writable:
                _record_clean_check(path)
        except BaseException:
            conn.close()
            raise
        return conn
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc


def _content_problem(conn: sqlite3.Connection) -> str:
    """What makes a file that SQLite finds sound unreadable to the app (text a hand edit or a
    bad write left in a JSON column), or ''. Runs with the integrity check, in C (json_valid):
    a few milliseconds at 10,000 practices."""
    from . import catalogue_db as cdb

    row = conn.execute("SELECT 1 FROM meta WHERE key = 'taxonomy_json' AND NOT json_valid(value)").fetchone()
    if row is not None:
        return "its taxonomy is not valid JSON"
    columns = ("sources",) + cdb._LIST_COLUMNS
    present = {r[1] for r in conn.execute("PRAGMA table_info(practices)")}
    test = " OR ".join(f"NOT json_valid(COALESCE({c}, '[]'))" for c in columns if c in present)
    row = conn.execute(f"SELECT id FROM practices WHERE {test} LIMIT 1").fetchone() if test else None
    if row is not None:
        return f"the practice '{row[0]}' is not valid JSON"
    return ""


def damaged(path: Path, error: Exception) -> CatalogueDamaged:
    """The one sentence a damaged catalogue.db gets (SQLite's report can run to many lines)."""
    reason = str(error).splitlines()[0] if str(error) else "unreadable"
    damage = CatalogueDamaged(f"The catalogue at {path} is damaged ({reason}); rebuild it with 'python -m desktop "
                              "build' or restore the previous version with 'python -m desktop rollback'.")
    damage.reason = reason  # what catalogue_fallback repeats when it shows another version
    return damage


def read_meta(conn: sqlite3.Connection) -> dict:
    """The `meta` table as a dict of strings."""
    return {key: value for key, value in conn.execute("SELECT key, value FROM meta")}


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def all_practices(conn: sqlite3.Connection) -> list:
    """Every practice with its translations (what rebuilding the index needs)."""
    from . import catalogue_db as cdb

    texts = {}
    if has_table(conn, "practice_translations"):
        for row in conn.execute("SELECT * FROM practice_translations ORDER BY practice_id, language"):
            texts.setdefault(row["practice_id"], []).append(cdb.translation_from_row(row))
    return [cdb.practice_from_row(row, texts.get(row["id"], ())) for row in conn.execute("SELECT * FROM practices")]
