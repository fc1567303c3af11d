"""catalogue.db: the SQLite file the app reads (built from resources/, or imported).

The file is self-contained: practices, per-value facet rows, guidance, the source document
list and, in `meta`, the taxonomy text, the catalogue's id and version and the content hash
of the sources it was built from. Schema changes are numbered migrations recorded in
`meta.schema_version`, so a newer app opens an older file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import sqlite_utils

from .errors import CatalogueDamaged
from .migrations import apply_migrations, schema_version
from .model import Guidance, Practice, SourceRef
from .taxonomy import FACET_FIELDS
from .text import fold

SCHEMA_VERSION = 2

_LIST_COLUMNS = ("aliases", "countries", "regions", "levels", "approaches", "policy_areas", "actors",
                 "gcm_objectives", "gcm_principles", "sdg_targets", "topics", "links")


def _migration_1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    columns = {"id": str, "title": str, "original_title": str, "summary": str, "body": str, "place": str,
               "period_start": int, "period_end": int, "sources": str, "last_reviewed": str,
               "status": str, "content_hash": str, "sort_title": str}
    columns.update({name: str for name in _LIST_COLUMNS})
    db["practices"].create(columns, pk="id", if_not_exists=True)
    db["practice_facets"].create({"practice_id": str, "field": str, "value": str}, if_not_exists=True)
    db["practice_facets"].create_index(["field", "value"], if_not_exists=True)
    db["practice_facets"].create_index(["practice_id"], if_not_exists=True)
    db["guidance"].create({"policy_area": str, "title": str, "body": str, "highlights": str,
                           "recommendations": str, "sources": str}, pk="policy_area", if_not_exists=True)
    db["documents"].create({"id": str, "title": str, "file": str, "publisher": str}, pk="id",
                           if_not_exists=True)


def _migration_2(db: sqlite_utils.Database) -> None:
    # Sorting by country in the result list needs the country's name, not its id.
    if "sort_country" not in db["practices"].columns_dict:
        db["practices"].add_column("sort_country", str)


MIGRATIONS = {1: _migration_1, 2: _migration_2}


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the migrations this file lacks; return the schema version it now has."""
    return apply_migrations(db, MIGRATIONS)


def connect(path: Path, create: bool = False) -> sqlite_utils.Database:
    """Open catalogue.db. Raises CatalogueDamaged with a sentence when it cannot be read."""
    path = Path(path)
    if not create and not path.is_file():
        raise CatalogueDamaged(f"There is no catalogue at {path}; run 'python -m desktop build' to make one.")
    try:
        if create or _is_writable(path):
            conn = sqlite3.connect(str(path), check_same_thread=False)
        else:  # a write-protected stick or a locked-down app folder: never try to write
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        if create:
            db.execute("PRAGMA journal_mode = DELETE")
            migrate(db)
        else:
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":  # the report can run to hundreds of lines: one sentence is enough
                raise sqlite3.DatabaseError("its integrity check failed")
            version = migrate(db) if _is_writable(path) else schema_version(db)
            if version < 1 or not db["practices"].exists():
                raise sqlite3.DatabaseError("it has no practices table")
        return db
    except sqlite3.DatabaseError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "unreadable"
        raise CatalogueDamaged(
            f"The catalogue at {path} is damaged ({reason}); rebuild it with 'python -m desktop build' "
            "or restore the previous version with 'python -m desktop rollback'."
        ) from exc


def _is_writable(path: Path) -> bool:
    import os
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_meta(db: sqlite_utils.Database) -> dict:
    """The `meta` table as a dict of strings."""
    return {row["key"]: row["value"] for row in db["meta"].rows}


def write_meta(db: sqlite_utils.Database, values: dict) -> None:
    """Upsert `values` (converted to text) into `meta`."""
    db["meta"].upsert_all([{"key": k, "value": str(v)} for k, v in values.items()], pk="key")


def practice_row(practice: Practice, content_hash: str, country_names: str) -> dict:
    """One `practices` row."""
    row = {
        "id": practice.id, "title": practice.title, "original_title": practice.original_title,
        "summary": practice.summary, "body": practice.body, "place": practice.place,
        "period_start": practice.period_start, "period_end": practice.period_end,
        "sources": json.dumps([[s.document, s.section] for s in practice.sources]),
        "last_reviewed": practice.last_reviewed, "status": practice.status,
        # Sort keys without accents or case: "São Paulo" sorts with S, not after Serbia.
        "content_hash": content_hash, "sort_title": fold(practice.title),
        "sort_country": fold(country_names),
    }
    row.update({name: json.dumps(list(getattr(practice, name))) for name in _LIST_COLUMNS})
    return row


def facet_rows(practice: Practice) -> list:
    """One `practice_facets` row per facet value of the practice."""
    return [{"practice_id": practice.id, "field": field, "value": value}
            for field in FACET_FIELDS for value in practice.facet_values(field)]


def practice_from_row(row: dict) -> Practice:
    """Turn a `practices` row back into a Practice."""
    lists = {name: tuple(json.loads(row[name] or "[]")) for name in _LIST_COLUMNS}
    return Practice(
        id=row["id"], title=row["title"], summary=row["summary"] or "", body=row["body"] or "",
        original_title=row["original_title"] or "", place=row["place"] or "",
        period_start=row["period_start"], period_end=row["period_end"],
        sources=tuple(SourceRef(d, s) for d, s in json.loads(row["sources"] or "[]")),
        last_reviewed=row["last_reviewed"] or "", status=row["status"] or "published", **lists,
    )


def guidance_row(item: Guidance) -> dict:
    return {"policy_area": item.policy_area, "title": item.title, "body": item.body,
            "highlights": json.dumps(list(item.highlights)),
            "recommendations": json.dumps(list(item.recommendations)),
            "sources": json.dumps([[s.document, s.section] for s in item.sources])}


def guidance_from_row(row: dict) -> Guidance:
    return Guidance(policy_area=row["policy_area"], title=row["title"], body=row["body"] or "",
                    highlights=tuple(json.loads(row["highlights"] or "[]")),
                    recommendations=tuple(json.loads(row["recommendations"] or "[]")),
                    sources=tuple(SourceRef(d, s) for d, s in json.loads(row["sources"] or "[]")))


def now_iso() -> str:
    """The current UTC time, to the second, for `meta.built_at`."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
