"""The ranking arrays written beside the Whoosh index (search_index/sidecar/).

Whoosh stays the source of truth for analysis and postings, but stepping through its postings
in Python is what made searches slow. After every commit the postings of the scored and facet
fields are read once and written as flat arrays, memory-mapped when the catalogue opens:

    keys.bin            sorted "field<US>term" keys (see keytable.py), with key_offsets.npy
    starts.npy          int64, len(keys) + 1: where each key's postings start in the next two
    docs.npy            int32 document numbers
    impacts.npy         float32 BM25 impact of the term in that document's field (0 for facets)
    ids.json            document number -> practice id (null for deleted documents)
    vocabulary.json     {language: {word: document frequency}}: what spelling suggests from
    sidecar.json        content hash, index format and sizes: checked on open

A sidecar that does not match (other content, other format, wrong sizes, unreadable) raises
SidecarUnusable, and the caller writes it again from the index.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from pathlib import Path

import numpy as np

from ..filecheck import crc32, stamp
from ..taxonomy import FACET_FIELDS
from . import keytable
from .analysis import LANGUAGES
from .documents import SCORED_FIELDS

FOLDER = "sidecar"
SEPARATOR = "\x1f"
K1, B = 1.2, 0.75


SIDECAR_FORMAT = 2  # 2: keys in keys.bin (keytable.py). Another number: written again from the index
CHECKED = ("starts.npy", "docs.npy", "impacts.npy", "keys.bin", "key_offsets.npy", "ids.json")
VERIFIED = "verified.json"  # the files' sizes and times at their last good checksum check


def _stamps(folder: Path) -> dict:
    return {name: stamp(folder / name) for name in CHECKED}


def _verified(folder: Path):
    try:
        return json.loads((folder / VERIFIED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _record_verified(folder: Path) -> None:
    try:
        (folder / VERIFIED).write_text(json.dumps(_stamps(folder)), encoding="utf-8")
    except OSError:
        pass  # a read-only index: the checksums are simply read at every open


class SidecarUnusable(Exception):
    """The sidecar is missing, stale or damaged: write it again from the index."""


def write(index_path: Path, reader, content_hash: str, index_format: int) -> None:
    """Read every posting of `reader` (a Whoosh reader after commit) into the sidecar.

    Written into a sibling folder and moved into place, so a killed write leaves none."""
    target = Path(index_path) / FOLDER
    staging = Path(index_path) / (FOLDER + ".writing")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    size = reader.doc_count_all()
    live = np.zeros(size, dtype=bool)
    for docnum in reader.all_doc_ids():
        live[docnum] = True
    lengths = {}
    for name in SCORED_FIELDS:
        column = np.zeros(size, dtype=np.float32)
        for docnum in np.flatnonzero(live):
            column[docnum] = reader.doc_field_length(int(docnum), name, 0) or 0  # None: no such field
        lengths[name] = column
    keys, docs, weights = [], [], []
    indexed = set(reader.indexed_field_names())
    for fieldname in [f for f in (*SCORED_FIELDS, *FACET_FIELDS) if f in indexed]:
        for btext in reader.lexicon(fieldname):
            ids, frequencies = _read_postings(reader.postings(fieldname, btext))
            keep = live[ids]
            if keep.any():
                keys.append(fieldname + SEPARATOR + btext.decode("utf-8"))
                docs.append(ids[keep])
                weights.append(frequencies[keep])
    order = sorted(range(len(keys)), key=keys.__getitem__)  # the lexicon sorts bytes, lookups sort text
    all_docs = [docs[i] for i in order]
    impacts = []
    live_count = max(int(live.sum()), 1)
    averages = {name: float(lengths[name][live].mean()) or 1.0 for name in SCORED_FIELDS}
    for i in order:
        fieldname = keys[i].split(SEPARATOR, 1)[0]
        if fieldname in FACET_FIELDS:
            impacts.append(np.zeros(len(docs[i]), dtype=np.float32))
            continue
        frequency = weights[i]
        document_frequency = len(docs[i])
        idf = math.log(1 + (live_count - document_frequency + 0.5) / (document_frequency + 0.5))
        norm = K1 * (1 - B + B * lengths[fieldname][docs[i]] / averages[fieldname])
        impacts.append((idf * frequency * (K1 + 1) / (frequency + norm)).astype(np.float32))
    sorted_keys = [keys[i] for i in order]
    counts = np.asarray([len(d) for d in all_docs], dtype=np.int64)
    np.save(staging / "starts.npy", np.concatenate([[0], np.cumsum(counts)]).astype(np.int64))
    np.save(staging / "docs.npy", np.concatenate(all_docs) if all_docs else np.zeros(0, np.int32))
    np.save(staging / "impacts.npy", np.concatenate(impacts) if impacts else np.zeros(0, np.float32))
    keytable.write(staging, sorted_keys)
    ids = [None] * size
    column = reader.column_reader("id")
    for docnum in np.flatnonzero(live):
        value = column[int(docnum)]
        ids[int(docnum)] = value.decode("utf-8") if isinstance(value, bytes) else value
    (staging / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
    vocabulary = {}
    for lang in LANGUAGES:
        field = f"words_{lang}"
        vocabulary[lang] = {(t.decode("utf-8") if isinstance(t, bytes) else t): reader.doc_frequency(field, t)
                            for t in reader.lexicon(field)} if field in reader.indexed_field_names() else {}
    (staging / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")
    info = {"content_hash": content_hash, "format": index_format, "sidecar_format": SIDECAR_FORMAT,
            "doc_count_all": size,
            "keys": len(sorted_keys), "postings": int(counts.sum()),
            "crc32": {name: crc32(staging / name) for name in CHECKED}}
    (staging / "sidecar.json").write_text(json.dumps(info), encoding="utf-8")
    old = Path(index_path) / (FOLDER + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)


def _read_postings(matcher) -> tuple:
    """(docnums int32, term frequencies float32) of one term. Whoosh's own leaf matcher is read
    a block at a time (the posting-by-posting interface costs a Python call per posting)."""
    from whoosh.codec.whoosh3 import W3LeafMatcher  # only when writing: it is slow to import
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
    return np.asarray(ids, dtype=np.int32), np.asarray(frequencies, dtype=np.float32)


class Sidecar:
    """The arrays of one index, open for reading."""

    def __init__(self, index_path: Path, content_hash: str, index_format: int, doc_count_all: int):
        folder = Path(index_path) / FOLDER
        try:
            info = json.loads((folder / "sidecar.json").read_text(encoding="utf-8"))
            if info.get("content_hash") != content_hash or info.get("format") != index_format:
                raise SidecarUnusable("written for other catalogue content")
            if info.get("sidecar_format") != SIDECAR_FORMAT:
                raise SidecarUnusable("written in another layout")
            if info.get("doc_count_all") != doc_count_all:
                raise SidecarUnusable("written for another index")
            # A scrambled byte would silently change scores: a damaged file must be caught. The
            # checksums are read again only when a file changed since they last matched.
            if _stamps(folder) != _verified(folder):
                if any(crc32(folder / name) != info.get("crc32", {}).get(name) for name in CHECKED):
                    raise SidecarUnusable("its files do not match their checksums")
                _record_verified(folder)
            self.starts = np.load(folder / "starts.npy", mmap_mode="r")
            self.docs = np.load(folder / "docs.npy", mmap_mode="r")
            self.impacts = np.load(folder / "impacts.npy", mmap_mode="r")
            self.keys = keytable.KeyTable(folder)
            self.ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
        except SidecarUnusable:
            raise
        except (OSError, ValueError, EOFError) as exc:
            raise SidecarUnusable(f"cannot be read: {exc}") from exc
        sizes_agree = (len(self.keys) == info.get("keys") and len(self.starts) == len(self.keys) + 1
                       and len(self.docs) == len(self.impacts) == info.get("postings")
                       and (not len(self.starts) or int(self.starts[-1]) == len(self.docs))
                       and len(self.ids) == doc_count_all)
        if not sizes_agree:
            raise SidecarUnusable("its arrays do not agree with each other")
        if len(self.docs) and (int(self.docs.max()) >= doc_count_all or int(self.docs.min()) < 0):
            raise SidecarUnusable("it names documents the index does not have")
        self.size = doc_count_all
        self._folder = folder
        self._vocabulary = None

    def postings(self, field: str, term: str):
        """(docnums, impacts) of a term in a field; empty arrays when it does not occur."""
        position = self.keys.find(field + SEPARATOR + term)
        if position < 0:
            return _EMPTY
        start, end = int(self.starts[position]), int(self.starts[position + 1])
        return self.docs[start:end], self.impacts[start:end]

    def has(self, field: str, term: str) -> bool:
        """True when the term occurs in the field."""
        return self.keys.find(field + SEPARATOR + term) >= 0

    def terms_with_prefix(self, field: str, prefix: str, limit: int = 2000) -> list:
        """The terms of a field that start with `prefix` (at most `limit`)."""
        return [key[len(field) + 1:] for _, key in self.keys.with_prefix(field + SEPARATOR + prefix, limit)]

    def values(self, field: str) -> dict:
        """{value: docnums} of a facet field: what facet counts are computed from."""
        return {term: self.postings(field, term)[0] for term in self.terms_with_prefix(field, "", limit=10**9)}

    @property
    def vocabulary(self) -> dict:
        """{language: {word: document frequency}}, read on first use (spelling only)."""
        if self._vocabulary is None:
            try:
                self._vocabulary = json.loads((self._folder / "vocabulary.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._vocabulary = {}
        return self._vocabulary


_EMPTY = (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))
