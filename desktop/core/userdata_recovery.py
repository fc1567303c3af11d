"""A damaged user.db is set aside, never deleted, and what SQLite can still read is carried over.

When user.db cannot be read (a bad sector, a copy cut short, a file overwritten), the app offers
to open with a new user.db: the damaged file is renamed beside it with the date
(`user.db.damaged-2026-12-01`, kept for good, with its journal), a new one is made, and every
row of the user's tables (notes, bookmarks, saved searches, search history) that can still be
read is copied into it, row by row, skipping the pages SQLite reports as damaged.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .userdata import UserData

TABLES = ("notes", "bookmarks", "saved_searches", "history")
SIDE_FILES = ("-journal", "-wal", "-shm")  # a hot journal beside a new user.db would be replayed into it
MAX_SKIPS = 200  # damaged stretches jumped over per table: bounded, whatever the damage


@dataclass(frozen=True)
class Recovery:
    """What recover_user_data did: where the damaged file is kept, rows copied per table."""

    kept_at: Path
    copied: dict = field(default_factory=dict)

    def __str__(self) -> str:
        counts = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in self.copied.items() if n) or "nothing"
        return (f"A new user.db was started; recovered from the damaged one: {counts}. "
                f"The damaged file is kept at {self.kept_at}.")


def _kept_name(path: Path, today: dt.date) -> Path:
    candidate = path.with_name(f"{path.name}.damaged-{today.isoformat()}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.damaged-{today.isoformat()}-{number}")
        number += 1
    return candidate


def _readable_rows(source: sqlite3.Connection, table: str):
    """Every row of `table` SQLite can still read, in rowid order, jumping over damaged pages."""
    after, skips = None, 0
    while True:
        query = f"SELECT rowid, * FROM {table}" + (" WHERE rowid > ?" if after is not None else "") + " ORDER BY rowid"
        try:
            for row in source.execute(query, [after] if after is not None else []):
                after = row[0]
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            skips += 1
            if skips > MAX_SKIPS:
                return
            after = (after or 0) + 2 ** min(skips, 20)  # the next rows may sit on a sound page


def recover_user_data(path: Path, today: dt.date | None = None) -> Recovery:
    """Move the damaged `path` aside (renamed with the date), start a new user.db there, and copy
    into it what can be read. Raises OSError when the file cannot be moved (nothing changed)."""
    path = Path(path)
    kept = _kept_name(path, today or dt.date.today())
    os.replace(path, kept)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    fresh = UserData(path)
    copied = {}
    try:
        # immutable: read the pages as they are, without locks or replaying the journal kept beside it
        source = sqlite3.connect(f"{kept.resolve().as_uri()}?mode=ro&immutable=1", uri=True, timeout=0)
    except sqlite3.Error:
        fresh.close()
        return Recovery(kept, {})
    try:
        for table in TABLES:
            copied[table] = _copy_table(source, fresh, table)
    finally:
        source.close()
        fresh.close()
    return Recovery(kept, copied)


def _copy_table(source: sqlite3.Connection, fresh: UserData, table: str) -> int:
    try:
        names = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return 0
    wanted = [c for c in fresh._db[table].columns_dict if c in names]
    if not wanted:
        return 0
    positions = [names.index(c) for c in wanted]
    rows = [[row[i] for i in positions] for row in _readable_rows(source, table)]
    marks = ",".join("?" * len(wanted))
    with fresh._db.conn:
        fresh._db.conn.executemany(f"INSERT OR IGNORE INTO {table} ({','.join(wanted)}) VALUES ({marks})", rows)
    return len(rows)
