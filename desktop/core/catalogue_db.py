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
from typing import TYPE_CHECKING

from .errors import CatalogueDamaged
from .migrations import apply_migrations, schema_version
from .model import Guidance, GuidanceText, Practice, PracticeText, SourceRef
from .taxonomy import FACET_FIELDS
from .text import fold

if TYPE_CHECKING:  # imported where a build or an update writes, not when the app reads
    import sqlite_utils

SCHEMA_VERSION = 3

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


def _migration_3(db: sqlite_utils.Database) -> None:
    # The catalogue in four languages: translations live beside their English row.
    db["practice_translations"].create({"practice_id": str, "language": str, "title": str, "summary": str,
                                        "body": str, "place": str, "aliases": str, "source_hash": str,
                                        "stale": int}, pk=("practice_id", "language"), if_not_exists=True)
    db["guidance_translations"].create({"policy_area": str, "language": str, "title": str, "body": str,
                                        "highlights": str, "recommendations": str, "source_hash": str,
                                        "stale": int}, pk=("policy_area", "language"), if_not_exists=True)


MIGRATIONS = {1: _migration_1, 2: _migration_2, 3: _migration_3}


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
        import sqlite_utils  # only builds and updates write; reading goes through catalogue_read

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
        from .catalogue_read import damaged
        raise damaged(path, exc) from exc


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


def translation_rows(practice: Practice) -> list:
    """One `practice_translations` row per translation of the practice."""
    return [{"practice_id": practice.id, "language": t.language, "title": t.title, "summary": t.summary,
             "body": t.body, "place": t.place, "aliases": json.dumps(list(t.aliases), ensure_ascii=False),
             "source_hash": t.source_hash, "stale": int(t.stale)} for t in practice.translations]


def translation_from_row(row) -> PracticeText:
    """A `practice_translations` row (as a dict) back into a PracticeText."""
    return PracticeText(language=row["language"], title=row["title"], summary=row["summary"] or "",
                        body=row["body"] or "", place=row["place"] or "",
                        aliases=tuple(json.loads(row["aliases"] or "[]")), source_hash=row["source_hash"] or "",
                        stale=bool(row["stale"]))


def guidance_translation_rows(item: Guidance) -> list:
    return [{"policy_area": item.policy_area, "language": t.language, "title": t.title, "body": t.body,
             "highlights": json.dumps(list(t.highlights), ensure_ascii=False),
             "recommendations": json.dumps(list(t.recommendations), ensure_ascii=False),
             "source_hash": t.source_hash, "stale": int(t.stale)} for t in item.translations]


def guidance_translation_from_row(row) -> GuidanceText:
    return GuidanceText(language=row["language"], title=row["title"], body=row["body"] or "",
                        highlights=tuple(json.loads(row["highlights"] or "[]")),
                        recommendations=tuple(json.loads(row["recommendations"] or "[]")),
                        source_hash=row["source_hash"] or "", stale=bool(row["stale"]))


def write_practices(db: sqlite_utils.Database, practices, hashes: dict, country_names) -> None:
    """Insert practices with their facet and translation rows (`country_names(p)` for sorting)."""
    db["practices"].insert_all([practice_row(p, hashes[p.id], country_names(p)) for p in practices], pk="id")
    db["practice_facets"].insert_all([r for p in practices for r in facet_rows(p)])
    db["practice_translations"].insert_all([r for p in practices for r in translation_rows(p)],
                                           pk=("practice_id", "language"))


def delete_practice(db: sqlite_utils.Database, practice_id: str) -> None:
    """Remove a practice's rows from every table."""
    db["practices"].delete_where("id = ?", [practice_id])
    db["practice_facets"].delete_where("practice_id = ?", [practice_id])
    db["practice_translations"].delete_where("practice_id = ?", [practice_id])


def write_guidance(db: sqlite_utils.Database, guidance) -> None:
    """Replace every guidance page and its translations."""
    db["guidance"].delete_where()
    db["guidance_translations"].delete_where()
    db["guidance"].insert_all([guidance_row(g) for g in guidance], pk="policy_area")
    db["guidance_translations"].insert_all([r for g in guidance for r in guidance_translation_rows(g)],
                                           pk=("policy_area", "language"))


def facet_rows(practice: Practice) -> list:
    """One `practice_facets` row per facet value of the practice."""
    return [{"practice_id": practice.id, "field": field, "value": value}
            for field in FACET_FIELDS for value in practice.facet_values(field)]


def practice_from_row(row: dict, translations=()) -> Practice:
    """Turn a `practices` row (and its PracticeText translations) back into a Practice."""
    lists = {name: tuple(json.loads(row[name] or "[]")) for name in _LIST_COLUMNS}
    return Practice(
        id=row["id"], title=row["title"], summary=row["summary"] or "", body=row["body"] or "",
        original_title=row["original_title"] or "", place=row["place"] or "",
        period_start=row["period_start"], period_end=row["period_end"],
        sources=tuple(SourceRef(d, s) for d, s in json.loads(row["sources"] or "[]")),
        last_reviewed=row["last_reviewed"] or "", status=row["status"] or "published",
        translations=tuple(translations), **lists,
    )


def guidance_row(item: Guidance) -> dict:
    return {"policy_area": item.policy_area, "title": item.title, "body": item.body,
            "highlights": json.dumps(list(item.highlights)),
            "recommendations": json.dumps(list(item.recommendations)),
            "sources": json.dumps([[s.document, s.section] for s in item.sources])}


def guidance_from_row(row: dict, translations=()) -> Guidance:
    return Guidance(translations=tuple(translations), policy_area=row["policy_area"], title=row["title"], body=row["body"] or "",
                    highlights=tuple(json.loads(row["highlights"] or "[]")),
                    recommendations=tuple(json.loads(row["recommendations"] or "[]")),
                    sources=tuple(SourceRef(d, s) for d, s in json.loads(row["sources"] or "[]")))


def now_iso() -> str:
    """The current UTC time, to the second, for `meta.built_at`."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
