"""The ranking arrays written beside the Whoosh index (search_index/sidecar/).

Whoosh stays the source of truth for analysis and postings, but stepping through its postings
in Python is what made searches slow. After every commit the postings of the scored and facet
fields are read once and written as flat arrays, memory-mapped when the catalogue opens:

    keys.bin            sorted "field<US>term" keys (see keytable.py), with key_offsets.npy
    starts.npy          int64, len(keys) + 1: where each key's postings start in the next two
    docs.npy            int32 document numbers
    impacts.npy         float32 BM25 impact of the term in that document's field (0 for facets)
    frequencies.npy     uint16 the term's frequency there, and lengths.npy, float32 per scored
                        field and document: what an update recomputes the impacts from
    ids.json            document number -> practice id (null for deleted documents)
    position_starts.npy, positions.npy: each posting's word positions (positions.py), for phrases
    sidecar.json        content hash, index format and sizes: checked on open

sidecar_write.py writes it (in full, or merging in an update's new documents). A sidecar that
does not match (other content, other format, wrong sizes, unreadable) raises SidecarUnusable,
and the caller writes it again from the index.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..filecheck import crc32, stamp
from . import keytable
from .arrays import load_array

FOLDER = "sidecar"
SEPARATOR = "\x1f"


# 2: keys in keys.bin (keytable.py); 3: frequencies and lengths, for updates. A sidecar of
# another format is written again from the index.
# 4: the spelling vocabulary moved out (spelling.py); 5: word positions (positions.py).
SIDECAR_FORMAT = 5
CHECKED = ("starts.npy", "docs.npy", "impacts.npy", "frequencies.npy", "lengths.npy", "keys.bin",
           "key_offsets.npy", "ids.json", "position_starts.npy", "positions.npy")
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


def checksums_match(folder: Path, info: dict) -> bool:
    """Every checked file of the sidecar in `folder` has the CRC-32 `info` (sidecar.json) records."""
    recorded = info.get("crc32", {})
    return all(crc32(folder / name) == recorded.get(name) for name in CHECKED)


class SidecarUnusable(Exception):
    """The sidecar is missing, stale or damaged: write it again from the index."""


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
                if not checksums_match(folder, info):
                    raise SidecarUnusable("its files do not match their checksums")
                _record_verified(folder)
            self.starts = load_array(folder / "starts.npy", mmap_mode="r")
            self.docs = load_array(folder / "docs.npy", mmap_mode="r")
            self.impacts = load_array(folder / "impacts.npy", mmap_mode="r")
            self.keys = keytable.KeyTable(folder)
            self.ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
            self._position_starts = load_array(folder / "position_starts.npy", mmap_mode="r")
            self._positions = load_array(folder / "positions.npy", mmap_mode="r")
        except SidecarUnusable:
            raise
        except (OSError, ValueError, EOFError) as exc:
            raise SidecarUnusable(f"cannot be read: {exc}") from exc
        sizes_agree = (len(self.keys) == info.get("keys") and len(self.starts) == len(self.keys) + 1
                       and len(self.docs) == len(self.impacts) == info.get("postings")
                       and (not len(self.starts) or int(self.starts[-1]) == len(self.docs))
                       and len(self.ids) == doc_count_all
                       and len(self._position_starts) == len(self.docs) + 1
                       and (not len(self.docs) or int(self._position_starts[-1]) == len(self._positions)))
        if not sizes_agree:
            raise SidecarUnusable("its arrays do not agree with each other")
        if len(self.docs) and (int(self.docs.max()) >= doc_count_all or int(self.docs.min()) < 0):
            raise SidecarUnusable("it names documents the index does not have")
        self.size = doc_count_all
        self._folder = folder

    def verify(self) -> None:
        """Compare every file with the checksum written with it, whatever its size and time
        say (slow: the caller runs it in the background). Raises SidecarUnusable."""
        try:
            info = json.loads((self._folder / "sidecar.json").read_text(encoding="utf-8"))
            if not checksums_match(self._folder, info):
                raise SidecarUnusable("its files do not match their checksums")
        except (OSError, ValueError) as exc:
            raise SidecarUnusable(f"cannot be read: {exc}") from exc

    def postings(self, field: str, term: str):
        """(docnums, impacts) of a term in a field; empty arrays when it does not occur."""
        position = self.keys.find(field + SEPARATOR + term)
        if position < 0:
            return _EMPTY
        start, end = int(self.starts[position]), int(self.starts[position + 1])
        return self.docs[start:end], self.impacts[start:end]

    def posting_range(self, field: str, term: str) -> tuple:
        """(first, end) of the term's postings in the arrays; (0, 0) when it does not occur."""
        position = self.keys.find(field + SEPARATOR + term)
        if position < 0:
            return 0, 0
        return int(self.starts[position]), int(self.starts[position + 1])

    def positions(self) -> tuple:
        """(position_starts, positions): see positions.py."""
        return self._position_starts, self._positions

    def terms_with_prefix(self, field: str, prefix: str, limit: int) -> list:
        """The `limit` terms of a field that start with `prefix` and occur in the most
        documents (a prefix's work is bounded however many words share it)."""
        first, end = self.keys.prefix_range(field + SEPARATOR + prefix)
        if end - first > limit:
            frequencies = np.diff(np.asarray(self.starts[first:end + 1]))
            chosen = np.sort(np.argpartition(-frequencies, limit - 1)[:limit]) + first
        else:
            chosen = range(first, end)
        return [self.keys.key(int(position))[len(field) + 1:] for position in chosen]

    def values(self, field: str) -> dict:
        """{value: docnums} of a facet field: what facet counts are computed from."""
        return {key[len(field) + 1:]: self.postings(field, key[len(field) + 1:])[0]
                for _, key in self.keys.with_prefix(field + SEPARATOR, limit=10**9)}


_EMPTY = (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))
