"""resources/ -> catalogue.db -> search_index/, incrementally when possible."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from . import catalogue_db as cdb
from .safe_yaml import load_text
from .search.engine import IndexUnusable, SearchEngine
from .sources import BUILD_FORMAT, CatalogueSources, load_sources


@dataclass(frozen=True)
class BuildReport:
    """What a build did: practice ids added, changed and removed, and whether it started over."""

    added: tuple
    changed: tuple
    removed: tuple
    full: bool
    practice_count: int

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed or self.full)


def build_catalogue(resources: Path, db_path: Path, index_path: Path, force: bool = False) -> BuildReport:
    """Validate `resources` and bring catalogue.db and the index up to date with it.

    Raises ValidationFailed (nothing written) when any source has a problem."""
    sources = load_sources(resources)
    taxonomy_text = (Path(resources) / "taxonomy.yaml").read_text(encoding="utf-8")
    return write_catalogue(sources, taxonomy_text, db_path, index_path, force=force)


def _country_names(practice, taxonomy) -> str:
    return ", ".join(taxonomy.term_label("country", c) for c in practice.countries)


def write_catalogue(sources: CatalogueSources, taxonomy_text: str, db_path: Path, index_path: Path,
                    force: bool = False, extra_meta: dict | None = None) -> BuildReport:
    """Write validated `sources` to `db_path` and `index_path`.

    Only practices whose file changed are rewritten and re-indexed, when the existing
    catalogue has the same taxonomy and schema; otherwise both are rebuilt from scratch in
    temporary files that replace the old ones at the end."""
    db_path, index_path = Path(db_path), Path(index_path)
    practices = [p for p in sources.practices if p.status == "published"]  # drafts wait for review
    hashes = {p.id: sources.practice_hashes[p.id] for p in practices}
    meta = {
        "catalogue_id": sources.catalogue_id, "catalogue_version": sources.catalogue_version,
        "catalogue_title": sources.title, "content_hash": sources.content_hash,
        "taxonomy": taxonomy_text, "taxonomy_json": taxonomy_json(taxonomy_text), "built_at": cdb.now_iso(),
        "build_format": BUILD_FORMAT,
    }
    meta.update(extra_meta or {})

    existing = _existing_hashes(db_path, sources.catalogue_id, taxonomy_text) if not force else None
    if existing is None:
        _full_build(sources, practices, hashes, meta, db_path, index_path)
        return BuildReport(added=tuple(hashes), changed=(), removed=(), full=True, practice_count=len(practices))

    old_hashes, old_content_hash = existing
    added = tuple(i for i in hashes if i not in old_hashes)
    changed = tuple(i for i in hashes if i in old_hashes and old_hashes[i] != hashes[i])
    removed = tuple(i for i in old_hashes if i not in hashes)
    by_id = {p.id: p for p in practices}
    db = cdb.connect(db_path)
    try:
        with db.conn:
            for practice_id in removed + changed:
                cdb.delete_practice(db, practice_id)
            cdb.write_practices(db, [by_id[i] for i in added + changed], hashes,
                                lambda p: _country_names(p, sources.taxonomy))
            cdb.write_guidance(db, sources.guidance)
            db["documents"].delete_where()
            db["documents"].insert_all([vars(d) for d in sources.documents], pk="id")
            cdb.write_meta(db, meta)
    finally:
        db.close()

    try:  # The index must have matched the old catalogue for an incremental update to be right.
        SearchEngine.open(index_path, old_content_hash, len(old_hashes), sources.taxonomy).close()
        SearchEngine.update(index_path, [by_id[i] for i in added + changed], removed,
                           sources.taxonomy, sources.content_hash)
    except IndexUnusable:
        SearchEngine.create(index_path, practices, sources.taxonomy, sources.content_hash)
    return BuildReport(added=added, changed=changed, removed=removed, full=False, practice_count=len(practices))


def _existing_hashes(db_path: Path, catalogue_id: str, taxonomy_text: str):
    """({id: file hash}, content hash) of a catalogue that can be updated in place, else None."""
    if not db_path.is_file():
        return None
    try:
        db = cdb.connect(db_path)
    except Exception:  # a damaged file is simply rebuilt
        return None
    try:
        meta = cdb.read_meta(db)
        if meta.get("catalogue_id") != catalogue_id or meta.get("taxonomy") != taxonomy_text \
                or meta.get("schema_version") != str(cdb.SCHEMA_VERSION) \
                or meta.get("build_format") != str(BUILD_FORMAT):
            return None
        hashes = {row[0]: row[1] for row in db.execute("SELECT id, content_hash FROM practices")}
        return hashes, meta.get("content_hash", "")
    finally:
        db.close()


def _full_build(sources, practices, hashes, meta, db_path: Path, index_path: Path) -> None:
    staging = db_path.with_name(db_path.name + ".building")
    staging.unlink(missing_ok=True)
    db = cdb.connect(staging, create=True)
    try:
        with db.conn:
            cdb.write_practices(db, practices, hashes, lambda p: _country_names(p, sources.taxonomy))
            cdb.write_guidance(db, sources.guidance)
            db["documents"].insert_all([vars(d) for d in sources.documents], pk="id")
            cdb.write_meta(db, meta)
    finally:
        db.close()
    # The index first, then the database: until the new database is in place, the new index
    # does not match it and would be rebuilt on open, never used against the old data.
    SearchEngine.create(index_path, practices, sources.taxonomy, sources.content_hash)
    os.replace(staging, db_path)


def taxonomy_json(taxonomy_text: str) -> str:
    """The taxonomy as JSON: what opening a catalogue parses (YAML took most of start-up)."""
    return json.dumps(load_text(taxonomy_text), ensure_ascii=False)  # refuses aliases: json.dumps would expand them
