"""An open catalogue: the one object the CLI and the GUI ask for practices, searches and facets."""

from __future__ import annotations

import html
import json
import threading
from collections import Counter
from functools import lru_cache
from pathlib import Path

from . import catalogue_db as cdb
from . import catalogue_read
from .errors import CatalogueDamaged, NotFound, QueryError, SearchCancelled
from .facets import FacetSets, bitmap_bytes, contains
from .model import Hit, Practice, SearchRequest, SearchResult, Stats
from .search.engine import IndexUnusable, SearchEngine, bitmap_to_mask, mask_to_bitmap
from .search.query import term_id
from .taxonomy import FACET_FIELDS, taxonomy_from_meta
from .text import markdown_plain_text

SORTS = ("relevance", "title", "country", "year")
_ORDER_SQL = {
    "title": "SELECT id FROM practices ORDER BY sort_title, id",
    "country": "SELECT id FROM practices ORDER BY sort_country = '', sort_country, sort_title, id",
    "year": "SELECT id FROM practices ORDER BY COALESCE(period_start, period_end) IS NULL, "
            "COALESCE(period_start, period_end) DESC, sort_title, id",
}
MAX_QUERY_LENGTH = 500


@lru_cache(maxsize=512)
def plain_text(markdown_text: str) -> str:
    """Markdown without its markup, on one line (see text.markdown_plain_text). Remembered for
    the last few hundred texts: the same practices come back keystroke after keystroke, and
    their snippets are cut from this."""
    return markdown_plain_text(markdown_text)


class Catalogue:
    """catalogue.db plus its search index, open for reading.

    Thread-safe: one call at a time (the GUI searches from a worker thread)."""

    # Newer catalogues passed over because they are damaged (catalogue_fallback.CatalogueWarning):
    # set by session.open_catalogue, shown by the window and the CLI.
    warnings: tuple = ()

    def __init__(self, db, index: SearchEngine, meta: dict, path: Path, taxonomy):
        self._db = db
        self._index = index
        self.meta = meta
        self.path = Path(path)
        self.taxonomy = taxonomy
        self._lock = threading.RLock()
        self._facets = None
        self._orders = {}
        self._docnum_of = None
        # An imported catalogue opened read-only may predate translations (schema 2).
        self._translated = catalogue_read.has_table(db, "practice_translations") and \
            catalogue_read.has_table(db, "guidance_translations")

    @classmethod
    def open(cls, db_path: Path, index_path: Path, fallback_index_path: Path | None = None) -> "Catalogue":
        """Open catalogue.db and its index; rebuild the index from the database when it is
        missing, stale or damaged. Raises CatalogueDamaged when the database is unreadable.

        `fallback_index_path` is where to rebuild when `index_path` cannot be written (an
        app folder on a write-protected stick)."""
        db = catalogue_read.open_for_reading(db_path)
        try:
            meta = catalogue_read.read_meta(db)
            count = db.execute("SELECT count(*) FROM practices").fetchone()[0]
            content_hash = meta.get("content_hash", "")
            if "taxonomy" not in meta:
                raise CatalogueDamaged(f"The catalogue at {db_path} lacks its taxonomy; rebuild it.")
            taxonomy = taxonomy_from_meta(meta)  # damaged taxonomy text: a sentence, not a crash
        except Exception as exc:
            db.close()
            if isinstance(exc, CatalogueDamaged):
                raise
            raise catalogue_read.damaged(db_path, exc) from exc
        index = None
        candidates = [Path(index_path)] + ([Path(fallback_index_path)] if fallback_index_path else [])
        for candidate in candidates:
            try:
                index = SearchEngine.open(candidate, content_hash, count, taxonomy)
                break
            except IndexUnusable:
                continue
        if index is None:
            index = cls._rebuild_index(db, meta, candidates, content_hash, count, taxonomy)
        return cls(db, index, meta, db_path, taxonomy)

    @staticmethod
    def _rebuild_index(db, meta, candidates, content_hash, count, taxonomy) -> SearchEngine:
        practices = catalogue_read.all_practices(db)
        errors = []
        for candidate in candidates:
            try:
                SearchEngine.create(candidate, practices, taxonomy, content_hash)
                return SearchEngine.open(candidate, content_hash, count, taxonomy)
            except (OSError, IndexUnusable) as exc:
                errors.append(f"{candidate}: {exc}")
        db.close()
        raise CatalogueDamaged("The search index could not be rebuilt (" + "; ".join(errors) + ").")

    def verify_index(self) -> bool:
        """Read every file of the search index and compare it with its build checksum; rebuild
        the index when one does not match (a failing disk changes bytes, not sizes or times,
        so opening cannot see it). True when the index was sound. Takes seconds at 10,000
        practices: the window runs it in the background after start."""
        index = self._index
        try:
            index.verify()  # reads files only: the lock stays free for searches meanwhile
            return True
        except IndexUnusable:
            with self._lock:
                if self._index is index:
                    self._replace_index()
            return False

    def _recovering(self, work):
        """`work()`, run again on a rebuilt index if the index turned out damaged mid-way."""
        try:
            return work()
        except IndexUnusable:
            self._replace_index()
            return work()

    def _replace_index(self) -> None:
        """Rebuild the damaged search index from catalogue.db, in place, and start using it."""
        path = self._index.whoosh.path
        content_hash = self.meta.get("content_hash", "")
        count = self._db.execute("SELECT count(*) FROM practices").fetchone()[0]
        self._index.close()
        try:
            SearchEngine.create(path, catalogue_read.all_practices(self._db), self.taxonomy, content_hash)
            self._index = SearchEngine.open(path, content_hash, count, self.taxonomy)
        except (OSError, IndexUnusable) as exc:
            raise CatalogueDamaged(f"The search index at {path} is damaged and could not be rebuilt ({exc}).") \
                from exc
        self._facets, self._orders, self._docnum_of = None, {}, None

    def close(self) -> None:
        """Release the database and index files."""
        with self._lock:
            self._index.close()
            self._db.close()

    # -- lookups --------------------------------------------------------------------------

    @property
    def catalogue_version(self) -> int:
        return int(self.meta.get("catalogue_version", 0))

    def practice(self, practice_id: str) -> Practice:
        """The practice with this id. Raises NotFound."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM practices WHERE id = ?", [practice_id]).fetchall()
            texts = [cdb.translation_from_row(r) for r in self._db.execute(
                "SELECT * FROM practice_translations WHERE practice_id = ? ORDER BY language",
                [practice_id])] if rows and self._translated else []
        if not rows:
            raise NotFound(f"There is no practice with the id '{practice_id}' in this catalogue.")
        return cdb.practice_from_row(rows[0], texts)

    def has_practice(self, practice_id: str) -> bool:
        """True when a practice with this id exists."""
        with self._lock:
            return self._db.execute("SELECT 1 FROM practices WHERE id = ?", [practice_id]).fetchone() is not None

    def practice_ids(self) -> list:
        """Every practice id, sorted."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT id FROM practices ORDER BY id")]

    def practice_titles(self) -> dict:
        """{id: title} of every practice."""
        with self._lock:
            return dict(self._db.execute("SELECT id, title FROM practices"))

    def guidance(self, policy_area: str):
        """The MGI guidance of one policy area, or None."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM guidance WHERE policy_area = ?", [policy_area]).fetchall()
            texts = [cdb.guidance_translation_from_row(r) for r in self._db.execute(
                "SELECT * FROM guidance_translations WHERE policy_area = ? ORDER BY language",
                [policy_area])] if self._translated else []
        return cdb.guidance_from_row(rows[0], texts) if rows else None

    def documents(self) -> list:
        """The source documents: dicts with id, title, file, publisher."""
        with self._lock:
            return [dict(row) for row in self._db.execute("SELECT * FROM documents")]

    def document_title(self, document_id: str) -> str:
        for doc in self.documents():
            if doc["id"] == document_id:
                return doc["title"]
        return document_id

    # -- search ---------------------------------------------------------------------------

    def _ensure_memory(self) -> None:
        if self._facets is None:
            index = self._index
            self._facets = FacetSets.from_bitmaps(index.size, index.facet_bitmaps(), mask_to_bitmap(index.live))
            self._docnum_of = {pid: n for n, pid in enumerate(index.ids) if pid is not None}

    def _order(self, sort: str) -> list:
        if sort not in self._orders:
            self._orders[sort] = [self._docnum_of[r[0]] for r in self._db.execute(_ORDER_SQL[sort])
                                  if r[0] in self._docnum_of]
        return self._orders[sort]

    def _check_selection(self, selection: dict, what: str) -> dict:
        resolved = {}
        for field, values in (selection or {}).items():
            if field not in FACET_FIELDS:
                raise QueryError(f"There is no filter called '{field}'; use one of: {', '.join(FACET_FIELDS)}.")
            if isinstance(values, str):
                values = (values,)
            ids = []
            for value in values:
                value_id = term_id(field, str(value), self.taxonomy)
                if value_id not in self.taxonomy[field]:
                    raise QueryError(f"The {what} {field.replace('_', ' ')} '{value}' is not in the taxonomy.")
                ids.append(value_id)
            if ids:
                resolved[field] = tuple(dict.fromkeys(ids))
        return resolved

    def search(self, request: SearchRequest, cancelled=None) -> SearchResult:
        """Run a search: hits of one page, facet counts over all hits, a spelling suggestion.

        Raises QueryError with a sentence for anything that cannot be understood, and
        SearchCancelled as soon as `cancelled()` (when given) says a newer search replaced
        this one: typing does not queue up work behind the catalogue's lock."""
        text = (request.query or "").strip()
        if len(text) > MAX_QUERY_LENGTH:
            raise QueryError(f"The search is longer than {MAX_QUERY_LENGTH} characters; shorten it.")
        if request.sort not in SORTS:
            raise QueryError(f"Results can be sorted by {', '.join(SORTS)}, not '{request.sort}'.")
        if request.limit < 0 or request.offset < 0:
            raise QueryError("The limit and offset must not be negative.")
        filters = self._check_selection(request.filters, "filter")
        exclusions = self._check_selection(request.exclusions, "excluded")
        with self._lock:
            if cancelled is not None and cancelled():
                raise SearchCancelled()
            ranking = corrected = None
            if text:
                ranking, corrected = self._recovering(
                    lambda: self._index.rank(text, request.language, request.correct_spelling, cancelled))
            self._ensure_memory()
            facets = self._facets
            base = mask_to_bitmap(ranking.matched) if ranking is not None else facets.live
            final, counts = facets.apply(base, filters, exclusions)
            total = final.bit_count()
            ranked = ranking is not None and ranking.scored
            sort = request.sort if (request.sort != "relevance" or ranked) else "title"
            final_mask = bitmap_to_mask(final, facets.size) if ranking is not None else None
            if request.limit == 0 or total == 0:
                page = []
            elif sort == "relevance":
                page = self._index.top(ranking, final_mask, request.offset + request.limit)[request.offset:]
            else:
                page = self._page_in_order(self._order(sort), final, request.offset, request.limit)
            if cancelled is not None and cancelled():
                raise SearchCancelled()
            marker = self._index.marker(ranking) if ranked else None
            hits = self._hits(page, marker, request.language)
            partial = bool(ranked and total and ranking.unit_count > 1
                           and int(ranking.coverage[final_mask].max()) < ranking.unit_count)
        return SearchResult(query=text, total=total, hits=tuple(hits), facets=counts, suggestion=corrected,
                            corrected=corrected is not None, unmatched=ranking.unmatched if ranking else (),
                            partial=partial)

    def _page_in_order(self, order: list, final: int, offset: int, limit: int) -> list:
        allowed = bitmap_bytes(final, self._facets.size)
        page, skipped = [], 0
        for docnum in order:
            if contains(allowed, docnum):
                if skipped < offset:
                    skipped += 1
                    continue
                page.append((docnum, 0.0))
                if len(page) == limit:
                    break
        return page

    def _rows(self, ids: list, language: str = "en") -> dict:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT id, title, original_title, countries, place, regions, levels, approaches, policy_areas, "
            f"period_start, period_end, summary, body FROM practices WHERE id IN ({marks})", ids).fetchall()
        found = {r[0]: r for r in rows}
        if language != "en" and self._translated:
            # Title, place, summary and body in the interface language where translated.
            for pid, title, place, summary, body in self._db.execute(
                    f"SELECT practice_id, title, place, summary, body FROM practice_translations "
                    f"WHERE language = ? AND practice_id IN ({marks})", [language, *ids]):
                row = list(found[pid])
                row[1], row[4], row[11], row[12] = title, place or row[4], summary, body
                found[pid] = tuple(row)
        return found

    def _hits(self, page: list, marker, language: str = "en") -> list:
        ids = self._index.ids
        rows = self._rows([ids[d] for d, _ in page], language)
        hits = []
        for docnum, score in page:
            row = rows.get(ids[docnum])
            if row is None:
                continue
            (pid, title, original_title, countries, place, regions, levels, approaches, areas,
             start, end, summary, body) = row
            snippet = ""
            if marker is not None:
                snippet = self._index.snippet(plain_text(body or ""), marker) or \
                    self._index.snippet(summary or "", marker)
            if not snippet:
                snippet = html.escape(summary or "")
            countries = tuple(json.loads(countries))
            regions = tuple(json.loads(regions))
            hits.append(Hit(id=pid, title=title, original_title=original_title or "",
                            country=countries[0] if countries else "", countries=countries, place=place or "",
                            region=regions[0] if regions else "", levels=tuple(json.loads(levels)),
                            approaches=tuple(json.loads(approaches)), policy_areas=tuple(json.loads(areas)),
                            year=start if start is not None else end, score=round(score, 4), snippet=snippet))
        return hits

    def related(self, practice_id: str, limit: int = 5, language: str = "en") -> list:
        """Practices that resemble this one (more-like-this), as Hits with titles in
        `language` where translated. Raises NotFound."""
        practice = self.practice(practice_id)
        if limit <= 0:
            return []
        facet_values = [(field, value) for field in ("approach", "level", "policy_area", "actor", "region",
                                                     "country", "gcm_objective")
                        for value in practice.facet_values(field)]
        text = "\n".join([practice.title, practice.summary, plain_text(practice.body), *practice.topics])

        def similar():
            self._ensure_memory()
            docnum = self._docnum_of.get(practice_id)
            return [] if docnum is None else self._index.similar(docnum, text, facet_values, limit)

        with self._lock:
            page = self._recovering(similar)
            return self._hits(page, None, language)

    def stats(self) -> Stats:
        """Size, version and spread of the catalogue over every facet and source document."""
        with self._lock:
            self._ensure_memory()
            _, counts = self._facets.apply(self._facets.live, {}, {})
            documents = Counter()
            for (sources,) in self._db.execute("SELECT sources FROM practices"):
                for document in {d for d, _ in json.loads(sources or "[]")}:
                    documents[document] += 1
            for doc in self._db.execute("SELECT * FROM documents"):
                documents.setdefault(doc["id"], 0)
            practice_count = self._db.execute("SELECT count(*) FROM practices").fetchone()[0]
            guidance_count = self._db.execute("SELECT count(*) FROM guidance").fetchone()[0]
        return Stats(catalogue_id=self.meta.get("catalogue_id", ""), catalogue_version=self.catalogue_version,
                     built_at=self.meta.get("built_at", ""), practice_count=practice_count,
                     guidance_count=guidance_count, facets=counts, documents=dict(documents),
                     signed_by=self.meta.get("signed_by", ""))
