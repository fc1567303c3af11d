"""The only module that imports Whoosh's index, writer and searcher.

Whoosh (the whoosh-reloaded distribution) is frozen upstream, so all it does for us goes
through `WhooshIndex`: write documents, hold the postings the sidecar is read from, and find
practices like a given one. Documents are addressed by Whoosh's
document numbers ("docnums").
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from ..filecheck import crc32, stamp
from . import positions, sidecar, spelling

MARKER = "catalogue.json"  # which catalogue content the index was built from
MAX_SEGMENTS = 8  # an update that leaves more merges them all
INDEX_FORMAT = 13  # raise whenever the schema, analysis or sidecar changes: old indexes are rebuilt


class IndexUnusable(Exception):
    """The index folder is missing, stale or damaged: rebuild it from catalogue.db."""


def create(path: Path, practices, taxonomy, content_hash: str) -> None:
    """Build a new index and its sidecar at `path` (replacing any) from all `practices`.

    Written into a sibling folder first and moved into place at the end, so a killed
    build leaves the old index or none, never half of one."""
    from whoosh import index

    from . import sidecar_write
    from .analysis import recording_positions  # writing only: searching never imports them
    from .documents import document_fields, schema, spelling_words

    path = Path(path)
    staging = path.with_name(path.name + ".building")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    ix = index.create_in(str(staging), schema())
    # One process keeps the build predictable on 2-core field laptops; a large buffer means
    # fewer intermediate segments to merge.
    # Separate segment files rather than one compound file: Whoosh reads a compound file into
    # memory whole when it opens it (164 MB at 10,000 practices), separate ones on demand.
    writer = ix.writer(limitmb=512, compound=False)
    vocabulary = {}
    with recording_positions(positions.PositionLog()) as log:
        for docnum, practice in enumerate(practices):  # one writer, one segment: docnums in order
            doc = document_fields(practice, taxonomy)
            spelling.add_words(vocabulary, spelling_words(doc))
            log.document = docnum
            writer.add_document(**doc)
    writer.commit(optimize=True)
    spelling.write_vocabulary(staging, vocabulary)
    with ix.reader() as reader:
        sidecar_write.write(staging, reader, content_hash, INDEX_FORMAT, log)
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
    from whoosh import index

    from . import sidecar_write
    from .analysis import recording_positions  # writing only: searching never imports them
    from .documents import document_fields, spelling_words

    path = Path(path)
    checked = _checked_checksums(path)
    # The marker goes first: if we are killed mid-update the index no longer claims to
    # match the catalogue, and the next open rebuilds it.
    (path / MARKER).unlink(missing_ok=True)
    try:
        spelling.Vocabulary(path).close()
    except (OSError, ValueError) as exc:
        raise IndexUnusable(f"its spelling vocabulary cannot be read: {exc}") from exc
    additions = {}
    ix = index.open_dir(str(path))
    with ix.reader() as reader:
        first_new = reader.doc_count_all()
    writer = ix.writer(limitmb=128, compound=False)
    for practice_id in removed_ids:
        writer.delete_by_term("id", practice_id)
    with recording_positions(positions.PositionLog()) as log:
        for docnum, practice in enumerate(changed, start=first_new):  # the new segment follows the old
            doc = document_fields(practice, taxonomy)
            log.document = docnum
            # Like Whoosh's document frequencies, the counts keep the words of replaced and removed
            # practices until the next full build: they only order the suggestions.
            spelling.add_words(additions, spelling_words(doc))
            writer.update_document(**doc)
    # No merge: the documents kept keep their numbers and the new ones follow them all, which
    # is what lets the sidecar be updated rather than written again.
    writer.commit(merge=False)
    with ix.reader() as reader:
        live, wasted = reader.doc_count(), reader.doc_count_all() - reader.doc_count()
        segments = len(reader.leaf_readers()) if hasattr(reader, "leaf_readers") else 1
    merge = (wasted and wasted >= live // 3) or segments > MAX_SEGMENTS
    if merge:
        # Updated documents stay in their old segments, marked deleted, and every update adds
        # a segment: merge when they weigh, and write the sidecar in full.
        ix.writer(limitmb=128, compound=False).commit(optimize=True)
        with ix.reader() as reader:
            sidecar_write.write(path, reader, content_hash, INDEX_FORMAT)
    else:
        with ix.reader() as reader:
            try:
                sidecar_write.update(path, reader, first_new, content_hash, INDEX_FORMAT, log)
            except sidecar.SidecarUnusable:
                sidecar_write.write(path, reader, content_hash, INDEX_FORMAT)
    with ix.reader() as reader:
        live, count_all = reader.doc_count(), reader.doc_count_all()
    ix.close()
    try:
        spelling.add_to_vocabulary(path, additions)
    except (OSError, ValueError) as exc:
        raise IndexUnusable(f"its spelling vocabulary cannot be updated: {exc}") from exc
    _write_marker(path, content_hash, checked)
    # Every file is now either one whose checksum was matched before the update and which the
    # update left alone, or one just written and checksummed: the next open need not read them.
    _record_verified(path, live, count_all)


def _checked_checksums(path: Path) -> dict:
    """{file name: (stamp, CRC-32)} of the index files whose checksum matched at the last check
    and which have not changed since. Whoosh never rewrites a segment file, so an update keeps
    most of them, and need not read hundreds of MB again to checksum them."""
    try:
        recorded = json.loads((path / MARKER).read_text(encoding="utf-8")).get("files") or {}
        verified = json.loads((path / VERIFIED).read_text(encoding="utf-8")).get("files") or {}
    except (OSError, ValueError, AttributeError):
        return {}
    now = _stamps(path)
    return {name: (now[name], crc) for name, crc in recorded.items()
            if name in now and verified.get(name) == now[name]}


def _record_verified(path: Path, count: int, count_all: int) -> None:
    try:
        (path / VERIFIED).write_text(json.dumps({"files": _stamps(path), "doc_count": count,
                                                 "doc_count_all": count_all}), encoding="utf-8")
    except OSError:
        pass  # a read-only index is checked in full at every start


def copy(source: Path, target: Path) -> None:
    """Copy an index for an update to work on. Whoosh never rewrites a segment file and the
    sidecar's arrays are replaced, never written in place, so those are hard-linked (a 10,000-
    practice index is hundreds of MB); the small JSON records, which are rewritten in place,
    are copied. Falls back to copying where links are not possible (another file system)."""
    def link_or_copy(src, dst):
        if not src.endswith(".json"):
            try:
                os.link(src, dst)
                return dst
            except OSError:
                pass
        return shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link_or_copy,
                    ignore=shutil.ignore_patterns("MAIN_WRITELOCK"))


def _write_marker(path: Path, content_hash: str, checked: dict | None = None) -> None:
    """Record which content the index holds and the checksum of each of its files (written
    last: an index without a marker is rebuilt). `checked` {name: (stamp, CRC)}: checksums
    known good for files still at that stamp, not read again."""
    checked = checked or {}
    checksums = {}
    for p in _index_files(path):
        known = checked.get(p.name)
        checksums[p.name] = known[1] if known and known[0] == stamp(p) else crc32(p)
    (path / MARKER).write_text(json.dumps({"content_hash": content_hash, "format": INDEX_FORMAT,
                                           "files": checksums}), encoding="utf-8")


def _files_match(path: Path, marker: dict) -> bool:
    """The index holds exactly the files its marker names, each with the CRC-32 recorded."""
    recorded = marker.get("files") or {}
    return {p.name for p in _index_files(path)} == set(recorded) and \
        all(crc32(path / name) == crc for name, crc in recorded.items())


def _index_files(path: Path) -> list:
    return [p for p in sorted(Path(path).iterdir())
            if p.is_file() and p.name not in (MARKER, VERIFIED, "MAIN_WRITELOCK")]


VERIFIED = "verified.json"  # the index files' sizes and times when their checksums last matched


def _stamps(path: Path) -> dict:
    return {p.name: stamp(p) for p in _index_files(path)}


class WhooshIndex:
    """The Whoosh index: more-like-this; the rest is in the sidecar.

    Whoosh copies its postings file into memory when it opens (164 MB and 90 ms at 10,000
    practices), and searches need it only for phrases and related practices. So once an index
    has been checked, its files' sizes and times are recorded; an index found unchanged at the
    next start is opened on its first use, not at start. A changed file (damage, a copy to
    another folder) is checked against the CRC-32 the build recorded in the marker."""

    def __init__(self, path: Path, ix=None, doc_count_all: int | None = None):
        self.path = Path(path)
        self._ix = ix
        self._searcher = None
        self._doc_count_all = doc_count_all

    def _searcher_now(self):
        if self._ix is None:
            from whoosh import index
            self._ix = index.open_dir(str(self.path))
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    @property
    def reader(self):
        return self._searcher_now().reader()

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
            record = json.loads((path / VERIFIED).read_text(encoding="utf-8"))
            if record.get("files") == _stamps(path) and record.get("doc_count") == expected_count:
                return cls(path, doc_count_all=record["doc_count_all"])  # opened on first use
        except (OSError, ValueError, KeyError, TypeError):
            pass
        try:
            if not _files_match(path, marker):
                raise IndexUnusable("its files do not match their checksums")
            from whoosh import index  # Whoosh is imported only when it is read (start-up time)
            ix = index.open_dir(str(path))
            opened = cls(path, ix)
            count, count_all = opened.reader.doc_count(), opened.reader.doc_count_all()
        except IndexUnusable:
            raise
        except Exception as exc:  # Whoosh raises many kinds on damaged files; all mean rebuild.
            raise IndexUnusable(f"cannot be read: {exc}") from exc
        if count != expected_count:
            opened.close()
            raise IndexUnusable(f"holds {count} practices, the catalogue {expected_count}")
        opened._doc_count_all = count_all
        _record_verified(path, count, count_all)
        return opened

    def close(self) -> None:
        """Release the open files."""
        if self._searcher is not None:
            self._searcher.close()
        if self._ix is not None:
            self._ix.close()

    @property
    def doc_count_all(self) -> int:
        """Size of the docnum space (deleted documents included)."""
        if self._doc_count_all is None:
            self._doc_count_all = self.reader.doc_count_all()
        return self._doc_count_all

    def vocabulary(self) -> "spelling.Vocabulary":
        """The catalogue's words per language: what spelling corrects towards. Raises
        IndexUnusable when its files cannot be read (they are part of the index)."""
        try:
            return spelling.Vocabulary(self.path)
        except (OSError, ValueError) as exc:
            raise IndexUnusable(f"its spelling vocabulary cannot be read: {exc}") from exc

    def rewrite_sidecar(self, content_hash: str) -> None:
        """Write the sidecar again from this index (it was stale or damaged)."""
        from . import sidecar_write  # writing needs Whoosh's codec, reading does not
        sidecar_write.write(self.path, self.reader, content_hash, INDEX_FORMAT)

    def verify(self) -> None:
        """Read every file of the index and compare it with the checksum the build recorded
        (damage that left sizes and times alone, such as a failing disk). Raises
        IndexUnusable on a mismatch. Seconds at 10,000 practices: run it in the background."""
        try:
            if not _files_match(self.path, json.loads((self.path / MARKER).read_text(encoding="utf-8"))):
                raise IndexUnusable("its files do not match their checksums")
        except (OSError, ValueError) as exc:
            raise IndexUnusable(f"cannot be read: {exc}") from exc

    def _guarded(self, work):
        """Run `work()` on the Whoosh index: whatever Whoosh raises on a damaged file (block
        tag errors, struct and zlib errors, missing terms...) means the index must be
        rebuilt, never a crash."""
        try:
            return work()
        except IndexUnusable:
            raise
        except Exception as exc:  # noqa: BLE001 -- derived data: any failure means rebuild
            raise IndexUnusable(f"cannot be read: {type(exc).__name__}: {exc}") from exc

    def similar(self, docnum: int, text: str, facet_values: list, limit: int) -> list:
        """Practices like the one at `docnum`, whose English text is `text` and facet values
        `facet_values` [(field, value)]: (docnum, score), best first, itself excluded. Its most
        distinctive words and its tags become one OR query."""
        return self._guarded(lambda: self._similar(docnum, text, facet_values, limit))

    def _similar(self, docnum: int, text: str, facet_values: list, limit: int) -> list:
        from whoosh import query

        searcher = self._searcher_now()
        keys = searcher.key_terms_from_text("body_en", text, numterms=15)
        top = max((weight for _, weight in keys), default=1.0) or 1.0
        terms = [query.Term("body_en", word, boost=weight / top) for word, weight in keys]
        terms += [query.Term(field, value, boost=0.3) for field, value in facet_values]
        if not terms:
            return []
        results = searcher.search(query.Or(terms), limit=limit + 1, terms=False)
        return [(hit.docnum, float(hit.score)) for hit in results if hit.docnum != docnum][:limit]
