"""Numbered schema migrations recorded in a database's `meta` table (catalogue.db, user.db).

Each migration runs once, in order, inside its own transaction, and leaves
`meta.schema_version` at its number: a newer app opens an older file by running the ones it
lacks (calibre's schema_upgrades, sqlite-utils' Migrations)."""

from __future__ import annotations


def schema_version(db) -> int:
    """The `meta.schema_version` of `db` (0 for a new file)."""
    if not db["meta"].exists():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def apply_migrations(db, migrations: dict) -> int:
    """Run the migrations ({number: function(db)}) newer than the file; return its version."""
    current = schema_version(db)
    for number in sorted(migrations):
        if number > current:
            with db.conn:
                db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
                migrations[number](db)
                db["meta"].upsert({"key": "schema_version", "value": str(number)}, pk="key")
            current = number
    return current
