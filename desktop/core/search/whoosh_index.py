"""The only module that imports Whoosh's index, writer and searcher.

Whoosh (the whoosh-reloaded distribution) is frozen upstream, so all it does for us goes
through `WhooshIndex`: write documents, hold the postings the sidecar is read from, match
phrases (positions), and find practices like a given one. Documents are addressed by Whoosh's
document numbers ("docnums").
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from whoosh import index, query

from . import sidecar
from .analysis import LANGUAGES, stem
from .documents import document_fields, schema

MARKER = "catalogue.json"  # which catalogue content the index was built from
INDEX_FORMAT = 7  # raise whenever the schema, analysis or sidecar changes: old indexes are rebuilt


class IndexUnusable(Exception):
    """The index folder is missing, stale or damaged: rebuild it from catalogue.db."""


def create(path: Path, practices, taxonomy, content_hash: str) -> None:
    """Build a new index and its sidecar at `path` (replacing any) from all `practices`.

    Written into a sibling folder first and moved into place at the end, so a killed
    build leaves the old index or none, never half of one."""
    path = Path(path)
    staging = path.with_name(path.name + ".building")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    ix = index.create_in(str(staging), schema())
    # One process keeps the build predictable on 2-core field laptops; a large buffer means
    # fewer intermediate segments to merge.
    writer = ix.writer(limitmb=512)
    for practice in practices:
        writer.add_document(**document_fields(practice, taxonomy))
    writer.commit(optimize=True)
    with ix.reader() as reader:
        sidecar.write(staging, reader, content_hash, INDEX_FORMAT)
    ix.close()
    _write_marker(staging, content_hash)
    old = path.with_name(path.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    staging.rename(path)
    shutil.rmtree(old, ignore_errors=True)


def update(path: Path, changed, removed_ids, taxonomy, content_hash: str) -> None:
    """Re-index only `changed` practices and drop `removed_ids`; rewrite the sidecar; then
    record `content_hash`."""
    path = Path(path)
    # The marker goes first: if we are killed mid-update the index no longer claims to
    # match the catalogue, and the next open rebuilds it.
    (path / MARKER).unlink(missing_ok=True)
    ix = index.open_dir(str(path))
    writer = ix.writer(limitmb=128)
    for practice_id in removed_ids:
        writer.delete_by_term("id", practice_id)
    for practice in changed:
        writer.update_document(**document_fields(practice, taxonomy))
    writer.commit()
    with ix.reader() as reader:
        live, wasted = reader.doc_count(), reader.doc_count_all() - reader.doc_count()
    if wasted and wasted >= live // 3:
        # Updated documents stay in their old segments, marked deleted: merge when they weigh.
        ix.optimize()
    with ix.reader() as reader:
        sidecar.write(path, reader, content_hash, INDEX_FORMAT)
    ix.close()
    _write_marker(path, content_hash)


def _write_marker(path: Path, content_hash: str) -> None:
    (path / MARKER).write_text(json.dumps({"content_hash": content_hash, "format": INDEX_FORMAT}),
                               encoding="utf-8")


class WhooshIndex:
    """An open Whoosh index: phrases and more-like-this; the rest is in the sidecar."""

    def __init__(self, path: Path, ix):
        self.path = Path(path)
        self._ix = ix
        self._searcher = ix.searcher()
        self.reader = self._searcher.reader()

    @classmethod
    def open(cls, path: Path, content_hash: str, expected_count: int) -> "WhooshIndex":
        """Open the index at `path`. Raises IndexUnusable when it is missing, was built from
        other catalogue content, or cannot be read."""
        path = Path(path)
        try:
            marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexUnusable(f"no readable {MARKER}: {exc}") from exc
        if marker.get("content_hash") != content_hash or marker.get("format") != INDEX_FORMAT:
            raise IndexUnusable("built from other catalogue content")
        try:
            ix = index.open_dir(str(path))
            opened = cls(path, ix)
            count = opened.reader.doc_count()
        except Exception as exc:  # Whoosh raises many kinds on damaged files; all mean rebuild.
            raise IndexUnusable(f"cannot be read: {exc}") from exc
        if count != expected_count:
            opened.close()
            raise IndexUnusable(f"holds {count} practices, the catalogue {expected_count}")
        return opened

    def close(self) -> None:
        """Release the open files."""
        self._searcher.close()
        self._ix.close()

    @property
    def doc_count_all(self) -> int:
        """Size of the docnum space (deleted documents included)."""
        return self.reader.doc_count_all()

    def rewrite_sidecar(self, content_hash: str) -> None:
        """Write the sidecar again from this index (it was stale or damaged)."""
        sidecar.write(self.path, self.reader, content_hash, INDEX_FORMAT)

    def phrase_docnums(self, fields: list, words: tuple) -> list:
        """Docnums where the folded `words` stand together, in any of `fields` (each analysed
        in its own language: the phrase is stemmed as the field's text was)."""
        subqueries = []
        for field in fields:
            language = field.rsplit("_", 1)[-1] if field.rsplit("_", 1)[-1] in LANGUAGES else None
            terms = [stem(language, w) if language else w for w in words]
            if field == "topics":
                terms = [stem("en", w) for w in words]
            terms = [t for t in terms if t]
            if len(terms) >= 2:
                subqueries.append(query.Phrase(field, terms))
            elif len(terms) == 1:
                subqueries.append(query.Term(field, terms[0]))
        if not subqueries:
            return []
        return list(query.Or(subqueries).docs(self._searcher))

    def similar(self, docnum: int, text: str, facet_values: list, limit: int) -> list:
        """Practices like the one at `docnum`, whose English text is `text` and facet values
        `facet_values` [(field, value)]: (docnum, score), best first, itself excluded. Its most
        distinctive words and its tags become one OR query."""
        keys = self._searcher.key_terms_from_text("body_en", text, numterms=15)
        top = max((weight for _, weight in keys), default=1.0) or 1.0
        terms = [query.Term("body_en", word, boost=weight / top) for word, weight in keys]
        terms += [query.Term(field, value, boost=0.3) for field, value in facet_values]
        if not terms:
            return []
        results = self._searcher.search(query.Or(terms), limit=limit + 1, terms=False)
        return [(hit.docnum, float(hit.score)) for hit in results if hit.docnum != docnum][:limit]
