"""Writing the sidecar (see sidecar.py for its files): in full after a build, or by merging
the postings of the documents an update added into the arrays of the previous version.

Both paths end in `_save`, which computes every BM25 impact again from the term frequencies
and field lengths, so an updated sidecar holds exactly what a full write of the same index would
(the test suite compares the two). What makes the update cheap: an update commits without
merging Whoosh's segments (whoosh_index.update), so the documents kept keep their numbers and
the new ones come after all of them; only the new segment's postings are read from Whoosh, and
the old arrays are merged with them in numpy, in one linear pass.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher

from ..filecheck import crc32
from ..taxonomy import FACET_FIELDS
from . import keytable, positions
from .arrays import load_array
from .documents import SCORED_FIELDS
from .sidecar import (
    CHECKED,
    FOLDER,
    SEPARATOR,
    SIDECAR_FORMAT,
    SidecarUnusable,
    _record_verified,
    _stamps,
    _verified,
    checksums_match,
)

K1, B = 1.2, 0.75
MAX_FREQUENCY = np.iinfo(np.uint16).max
INDEXED_FIELDS = (*SCORED_FIELDS, *FACET_FIELDS, "exact")  # exact: whole names, for EXACT_NAME


def write(index_path: Path, reader, content_hash: str, index_format: int, log=None) -> None:
    """Read every posting of `reader` (a Whoosh reader after commit) into a new sidecar. `log`:
    the positions recorded while the index was written (else they are read from Whoosh)."""
    size = reader.doc_count_all()
    live = _live(reader, size)
    postings = _segment_postings(reader, first_docnum=0)
    keys = sorted(postings)  # the lexicon sorts bytes, lookups sort text
    docs, frequencies = [], []
    for key in keys:
        ids, freqs = postings[key]
        keep = live[ids]
        docs.append(ids[keep])
        frequencies.append(freqs[keep])
    present = [i for i, d in enumerate(docs) if len(d)]
    keys = [keys[i] for i in present]
    counts = np.asarray([len(docs[i]) for i in present], dtype=np.int64)
    docs_array = np.concatenate([docs[i] for i in present]) if present else np.zeros(0, np.int32)
    freqs_array = np.concatenate([frequencies[i] for i in present]) if present else np.zeros(0, np.uint16)
    lengths = _lengths(reader, size, live, first_docnum=0, previous=None)
    key_of = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
    word_positions = _positions(reader, log, keys, key_of, docs_array, freqs_array)
    _save(Path(index_path), keys, counts, docs_array, freqs_array, lengths, _ids(reader, size, live, 0, None),
          word_positions, live, content_hash, index_format)


def _positions(reader, log, keys, key_of, docs, frequencies) -> tuple:
    if log is not None:
        try:
            return log.arranged(keys, key_of, docs, frequencies)
        except positions.PositionsDisagree:
            pass  # never seen; Whoosh is the source of truth, so read them from it
    return positions.from_whoosh(reader, keys, key_of, docs)


def update(index_path: Path, reader, first_new: int, content_hash: str, index_format: int, log=None) -> None:
    """Merge the documents numbered `first_new` and above (the segment an update added) into
    the sidecar at `index_path`, which describes the documents below `first_new`; drop the
    documents the update deleted. Raises SidecarUnusable when the old sidecar cannot be read
    or does not describe the index up to `first_new` (the caller then writes it in full)."""
    folder = Path(index_path) / FOLDER
    try:
        info = json.loads((folder / "sidecar.json").read_text(encoding="utf-8"))
        if info.get("sidecar_format") != SIDECAR_FORMAT or info.get("doc_count_all") != first_new:
            raise SidecarUnusable("it does not describe the index the update started from")
        # Checked like an open does: the checksums are read again only when a file changed
        # since they last matched (a linked copy keeps its original's sizes and times).
        if _stamps(folder) != _verified(folder) and not checksums_match(folder, info):
            raise SidecarUnusable("its files do not match their checksums")
        old_keys = keytable.KeyTable(folder).all()
        starts = load_array(folder / "starts.npy")
        old_docs = load_array(folder / "docs.npy")
        old_freqs = load_array(folder / "frequencies.npy")
        old_lengths = load_array(folder / "lengths.npy")
        old_position_starts = load_array(folder / "position_starts.npy", mmap_mode="r")
        old_positions = load_array(folder / "positions.npy", mmap_mode="r")
        old_ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, EOFError) as exc:
        raise SidecarUnusable(f"cannot be read: {exc}") from exc
    if old_lengths.shape != (len(SCORED_FIELDS), first_new) or len(old_ids) != first_new \
            or len(old_position_starts) != len(old_docs) + 1:
        raise SidecarUnusable("its arrays do not agree with each other")

    size = reader.doc_count_all()
    live = _live(reader, size)
    if log is not None:
        # The text postings of the new documents are what the log recorded as Whoosh indexed
        # them (the same word_values calls): only the few tag postings are read back.
        added = _segment_postings(reader, first_new, (*FACET_FIELDS, "exact"))
        added.update(log.postings())
    else:
        added = _segment_postings(reader, first_docnum=first_new)
    new_only = sorted(set(added).difference(old_keys))
    keys = sorted(old_keys + new_only) if new_only else old_keys  # Timsort: two sorted runs
    position = {key: i for i, key in enumerate(keys)}

    # The old postings that stay, each tagged with its (new) key number; already in key order.
    old_key_numbers = np.fromiter((position[k] for k in old_keys), dtype=np.int64, count=len(old_keys))
    per_posting = np.repeat(old_key_numbers, np.diff(starts))
    old_kept = live[old_docs]
    old_key_of, old_docs, old_freqs = per_posting[old_kept], old_docs[old_kept], old_freqs[old_kept]

    # The added postings, in key order then document order.
    added_keys = sorted(added)
    numbers = [position[k] for k in added_keys]
    new_key_of = np.concatenate([np.full(len(added[k][0]), n, np.int64) for k, n in zip(added_keys, numbers, strict=True)]
                                ) if added_keys else np.zeros(0, np.int64)
    new_docs = (np.concatenate([added[k][0] for k in added_keys]) if added_keys else np.zeros(0, np.int32))
    new_freqs = (np.concatenate([added[k][1] for k in added_keys]) if added_keys else np.zeros(0, np.uint16))
    keep = live[new_docs]
    new_key_of, new_docs, new_freqs = new_key_of[keep], new_docs[keep], new_freqs[keep]

    # Merge the two key-ordered runs; within a key the old documents come first, as their
    # numbers are all below `first_new`.
    old_counts = np.bincount(old_key_of, minlength=len(keys))
    new_counts = np.bincount(new_key_of, minlength=len(keys))
    new_before = np.concatenate([[0], np.cumsum(new_counts)[:-1]]) if len(keys) else new_counts
    old_upto = np.cumsum(old_counts)
    total = len(old_docs) + len(new_docs)
    old_at = np.arange(len(old_docs), dtype=np.int64) + new_before[old_key_of]
    new_at = np.arange(len(new_docs), dtype=np.int64) + old_upto[new_key_of]
    # The old postings keep their order: the new ones are inserted among them.
    before = new_at - np.arange(len(new_at), dtype=np.int64)
    docs = np.insert(old_docs, before, new_docs)
    freqs = np.insert(old_freqs, before, new_freqs)
    new_positions = _positions(reader, log, keys, new_key_of, new_docs, new_freqs)
    word_positions = positions.merged(old_position_starts, old_positions, old_kept, old_at, *new_positions,
                                      new_at, total)
    counts = old_counts + new_counts
    present = counts > 0
    if not present.all():  # a term only the deleted documents had
        keys = [k for k, p in zip(keys, present, strict=True) if p]
        counts = counts[present]

    lengths = _lengths(reader, size, live, first_docnum=first_new, previous=old_lengths)
    _save(Path(index_path), keys, counts, docs, freqs, lengths, _ids(reader, size, live, first_new, old_ids),
          word_positions, live, content_hash, index_format)


def _live(reader, size: int) -> np.ndarray:
    live = np.zeros(size, dtype=bool)
    live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
    return live


def _leaves(reader, first_docnum: int) -> list:
    """(segment reader, docnum offset) of the segments whose documents start at `first_docnum`
    or later."""
    leaves = reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]
    return [(leaf, offset) for leaf, offset in leaves if offset >= first_docnum]


def _segment_postings(reader, first_docnum: int, fields=INDEXED_FIELDS) -> dict:
    """{"field<US>term": (docnums int32, frequencies uint16)} of the segments from
    `first_docnum` on, deleted documents included (the caller drops them)."""
    found = {}
    for leaf, offset in _leaves(reader, first_docnum):
        indexed = set(leaf.indexed_field_names())
        for fieldname in [f for f in fields if f in indexed]:
            for btext in leaf.lexicon(fieldname):
                ids, frequencies = _read_postings(leaf.postings(fieldname, btext))
                key = fieldname + SEPARATOR + btext.decode("utf-8")
                ids = ids + offset
                if key in found:
                    ids = np.concatenate([found[key][0], ids])
                    frequencies = np.concatenate([found[key][1], frequencies])
                found[key] = (ids, frequencies)
    return found


def _read_postings(matcher) -> tuple:
    """(docnums int32, term frequencies uint16) of one term in one segment. Whoosh's own leaf
    matcher is read a block at a time (the posting-by-posting interface costs a Python call per
    posting)."""
    ids, frequencies = [], []
    if isinstance(matcher, W3LeafMatcher):
        while not matcher._atend:
            matcher._read_ids()
            matcher._read_weights()
            ids.extend(matcher._ids)
            frequencies.extend(matcher._weights)
            matcher._next_block()
    else:  # another codec: the public interface
        while matcher.is_active():
            ids.append(matcher.id())
            frequencies.append(matcher.weight())
            matcher.next()
    frequencies = np.minimum(np.asarray(frequencies, dtype=np.float64), MAX_FREQUENCY)
    return np.asarray(ids, dtype=np.int32), frequencies.astype(np.uint16)


def _lengths(reader, size: int, live: np.ndarray, first_docnum: int, previous) -> np.ndarray:
    """Field lengths, one row per scored field: `previous` up to `first_docnum`, read for the rest."""
    lengths = np.zeros((len(SCORED_FIELDS), size), dtype=np.float32)
    if previous is not None:
        lengths[:, :first_docnum] = previous
    for leaf, offset in _leaves(reader, first_docnum):
        for row, name in enumerate(SCORED_FIELDS):
            for local in range(leaf.doc_count_all()):
                if live[offset + local]:
                    lengths[row, offset + local] = leaf.doc_field_length(local, name, 0) or 0
    lengths[:, ~live] = 0
    return lengths


def _ids(reader, size: int, live: np.ndarray, first_docnum: int, previous) -> list:
    ids = list(previous) + [None] * (size - len(previous)) if previous is not None else [None] * size
    for leaf, offset in _leaves(reader, first_docnum):
        column = leaf.column_reader("id")
        for local in range(leaf.doc_count_all()):
            value = column[local]
            ids[offset + local] = value.decode("utf-8") if isinstance(value, bytes) else value
    return [value if live[docnum] else None for docnum, value in enumerate(ids)]


def _save(index_path: Path, keys: list, counts, docs, frequencies, lengths, ids: list, word_positions: tuple,
          live: np.ndarray, content_hash: str, index_format: int) -> None:
    """Compute the impacts and write the sidecar into a sibling folder, then move it into
    place, so a killed write leaves the old sidecar or none."""
    target, staging = index_path / FOLDER, index_path / (FOLDER + ".writing")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    counts = np.asarray(counts, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    field_rows = {name: row for row, name in enumerate(SCORED_FIELDS)}
    # Per key: the row of its field's lengths (-1 for facets, which are not scored).
    key_rows = np.fromiter((field_rows.get(k.split(SEPARATOR, 1)[0], -1) for k in keys), dtype=np.int64,
                           count=len(keys))
    live_count = max(int(live.sum()), 1)
    idf = np.log1p((live_count - counts + 0.5) / (counts + 0.5))
    averages = np.asarray([float(lengths[r][live].mean()) if live.any() else 0.0 for r in range(len(SCORED_FIELDS))])
    averages[averages == 0] = 1.0
    posting_rows = np.repeat(key_rows, counts)
    scored = posting_rows >= 0
    impacts = np.zeros(len(docs), dtype=np.float32)
    tf = frequencies[scored].astype(np.float64)
    rows = posting_rows[scored]
    norm = K1 * (1 - B + B * lengths[rows, docs[scored]] / averages[rows])
    impacts[scored] = np.repeat(idf, counts)[scored] * tf * (K1 + 1) / (tf + norm)
    np.save(staging / "starts.npy", starts)
    np.save(staging / "docs.npy", np.ascontiguousarray(docs, dtype=np.int32))
    np.save(staging / "impacts.npy", impacts)
    np.save(staging / "frequencies.npy", np.ascontiguousarray(frequencies, dtype=np.uint16))
    np.save(staging / "lengths.npy", lengths)
    position_starts, flat = word_positions
    offsets = np.uint32 if len(flat) < np.iinfo(np.uint32).max else np.int64
    np.save(staging / "position_starts.npy", np.asarray(position_starts, dtype=offsets))
    np.save(staging / "positions.npy", np.asarray(flat, dtype=np.uint32))
    keytable.write(staging, keys)
    (staging / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
    info = {"content_hash": content_hash, "format": index_format, "sidecar_format": SIDECAR_FORMAT,
            "doc_count_all": len(ids), "keys": len(keys), "postings": int(counts.sum()),
            "crc32": {name: crc32(staging / name) for name in CHECKED}}
    (staging / "sidecar.json").write_text(json.dumps(info), encoding="utf-8")
    old = index_path / (FOLDER + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)
    _record_verified(target)  # the checksums above were just read from these very files

