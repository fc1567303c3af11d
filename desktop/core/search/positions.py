"""Word positions beside the sidecar's postings: what phrases are matched with, in numpy.

Whoosh checks a phrase by stepping through positions in Python (200 ms for "local government"
at 10,000 practices); with the positions in two flat arrays aligned with the postings, a phrase
is a few vectorised intersections:

    position_starts.npy   per posting (in docs.npy's order), where its positions start; one more
                          entry at the end (uint32, int64 past 4 G positions)
    positions.npy         the positions, ascending within a posting; stop words take no position,
                          so a phrase's words stand at consecutive positions (as in Whoosh)

A build records the positions as Whoosh indexes each document (`PositionLog`, fed by
analysis.IndexedPositions, the format that gives Whoosh its terms) and `arranged` aligns them with
the postings read back from Whoosh, checking that both agree posting by posting. Where no log exists (a sidecar
written again after damage, an update that merged Whoosh's segments) they are read from Whoosh.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

import numpy as np

from .documents import SCORED_FIELDS

SEPARATOR = "\x1f"


class PositionsDisagree(Exception):
    """The positions recorded while indexing do not describe the postings Whoosh wrote."""


class PositionLog:
    """The positions of every (field, term, document) of the documents indexed, in the order
    they were indexed."""

    def __init__(self):
        self._key_numbers: dict = {}
        self.keys, self.docs, self.counts = array("q"), array("q"), array("q")
        self.positions = array("I")

    document = 0  # the docnum the next records belong to

    def record(self, field: str, found: dict) -> None:
        """{term: positions} of one field of the current document (analysis.IndexedPositions
        calls this as Whoosh indexes the field)."""
        numbers, keys, counts, positions = self._key_numbers, self.keys, self.counts, self.positions
        prefix = field + SEPARATOR
        for term, at in found.items():
            key = prefix + term
            number = numbers.get(key)
            if number is None:
                number = numbers[key] = len(numbers)
            keys.append(number)
            counts.append(len(at))
            positions.extend(at)
        self.docs.extend([self.document] * len(found))

    def postings(self) -> dict:
        """{"field<US>term": (docnums int32, frequencies uint16)} of what was recorded, docnums
        ascending: the text postings of the documents an update added."""
        if not len(self.keys):
            return {}
        numbers = np.frombuffer(self.keys, dtype=np.int64)
        docs = np.frombuffer(self.docs, dtype=np.int64)
        counts = np.minimum(np.frombuffer(self.counts, dtype=np.int64), np.iinfo(np.uint16).max)
        order = np.lexsort((docs, numbers))
        numbers, docs, counts = numbers[order], docs[order].astype(np.int32), counts[order].astype(np.uint16)
        bounds = np.flatnonzero(np.diff(numbers)) + 1
        key_of = {number: key for key, number in self._key_numbers.items()}
        return {key_of[int(group[0])]: (d, c) for group, d, c in
                zip(np.split(numbers, bounds), np.split(docs, bounds), np.split(counts, bounds), strict=True)}

    def arranged(self, keys: list, key_of: np.ndarray, docs: np.ndarray, frequencies: np.ndarray) -> tuple:
        """(position_starts, positions) for the postings given as parallel arrays of key number
        (into the sorted `keys`), docnum and frequency, in that order. Raises PositionsDisagree
        unless the log holds exactly the text postings given, with the same frequencies."""
        rank_of = {key: rank for rank, key in enumerate(keys)}
        log_rank = np.full(len(self._key_numbers), -1, dtype=np.int64)
        for key, number in self._key_numbers.items():
            log_rank[number] = rank_of.get(key, -1)
        ranks = log_rank[np.frombuffer(self.keys, dtype=np.int64)] if len(self.keys) else np.zeros(0, np.int64)
        log_docs = np.frombuffer(self.docs, dtype=np.int64) if len(self.docs) else np.zeros(0, np.int64)
        log_counts = np.frombuffer(self.counts, dtype=np.int64) if len(self.counts) else np.zeros(0, np.int64)
        flat = np.frombuffer(self.positions, dtype=np.uint32) if len(self.positions) else np.zeros(0, np.uint32)
        # Postings of documents the given arrays leave out (deleted in the same update) go.
        wanted = np.zeros(max(int(docs.max()) + 1 if len(docs) else 0, int(log_docs.max()) + 1 if len(log_docs) else 0),
                          dtype=bool)
        wanted[docs] = True
        keep = wanted[log_docs]
        if (ranks[keep] < 0).any():
            raise PositionsDisagree("the words recorded while indexing include some the index does not have")
        log_starts = _starts(log_counts)[:-1]
        order = np.flatnonzero(keep)
        order = order[np.lexsort((log_docs[order], ranks[order]))]
        text = _text_keys(keys)[key_of]
        if not (np.array_equal(ranks[order], key_of[text]) and np.array_equal(log_docs[order], docs[text])
                and np.array_equal(np.minimum(log_counts[order], np.iinfo(np.uint16).max), frequencies[text])):
            raise PositionsDisagree("the positions recorded while indexing do not match the index's postings")
        counts = np.zeros(len(docs), dtype=np.int64)
        counts[text] = log_counts[order]
        return _starts(counts), flat[_ranges(log_starts[order], log_counts[order])]


def _starts(counts: np.ndarray) -> np.ndarray:
    starts = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    return starts


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indices start[i] .. start[i] + length[i] - 1 of every range, concatenated."""
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - _starts(lengths)[:-1], lengths)
    return offsets + np.arange(total, dtype=np.int64)


def _text_keys(keys: list) -> np.ndarray:
    """Per key of the sorted `keys`: True for a key of a scored (positioned) field. A field's
    keys are one run ("field<US>..."), so two bisections per field rather than a look at each."""
    text = np.zeros(len(keys), dtype=bool)
    for field in SCORED_FIELDS:
        text[bisect_left(keys, field + SEPARATOR):bisect_left(keys, field + chr(ord(SEPARATOR) + 1))] = True
    return text


def merged(old_starts, old_positions, old_kept: np.ndarray, old_at: np.ndarray, new_starts, new_positions,
           new_at: np.ndarray, total: int) -> tuple:
    """Positions of a merged posting list: the kept old postings (`old_kept` selects them) go to
    `old_at`, the new ones to `new_at` (ascending), out of `total` postings. The old positions
    keep their order, so the new ones are inserted among them (one pass, no index arrays)."""
    old_starts = np.asarray(old_starts, dtype=np.int64)
    old_counts_all = np.diff(old_starts)
    kept_positions = np.asarray(old_positions)[np.repeat(old_kept, old_counts_all)]
    old_counts = old_counts_all[old_kept]
    new_counts = np.diff(np.asarray(new_starts, dtype=np.int64))
    # New posting k goes before the old posting that ends up right after it: the
    # (new_at[k] - k)-th kept one.
    before = _starts(old_counts)[new_at - np.arange(len(new_at), dtype=np.int64)]
    out = np.insert(kept_positions, np.repeat(before, new_counts), np.asarray(new_positions, dtype=np.uint32))
    counts = np.zeros(total, dtype=np.int64)
    counts[old_at], counts[new_at] = old_counts, new_counts
    return _starts(counts), out


def from_whoosh(reader, keys: list, key_of: np.ndarray, docs: np.ndarray) -> tuple:
    """(position_starts, positions) read from Whoosh for the given postings (in key order, then
    docnum order): the slow way, for a sidecar written without a log (after damage, after a
    merge of Whoosh's segments)."""
    counts = np.zeros(len(docs), dtype=np.int64)
    found_at = {}
    leaves = reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]
    text = _text_keys(keys)
    for rank in np.unique(key_of[text[key_of]]) if len(key_of) else []:
        field, term = keys[rank].split(SEPARATOR, 1)
        first, end = np.searchsorted(key_of, rank), np.searchsorted(key_of, rank, side="right")
        where = {int(d): int(first) + i for i, d in enumerate(docs[first:end])}
        btext = term.encode("utf-8")
        for leaf, offset in leaves:
            if (field, btext) not in leaf:
                continue
            for local, found in leaf.postings(field, btext).items_as("positions"):
                posting = where.get(local + offset)
                if posting is not None:
                    counts[posting] = len(found)
                    found_at[posting] = found
    flat = np.fromiter((p for posting in sorted(found_at) for p in found_at[posting]), dtype=np.uint32)
    return _starts(counts), flat


def phrase_documents(sidecar, field: str, terms: list) -> np.ndarray:
    """Docnums whose `field` has `terms` at consecutive positions."""
    if not terms:
        return np.zeros(0, dtype=np.int32)
    postings = [sidecar.posting_range(field, term) for term in terms]
    if any(end <= start for start, end in postings):
        return np.zeros(0, dtype=np.int32)
    candidates = None
    for start, end in postings:
        docs = np.asarray(sidecar.docs[start:end])
        candidates = docs if candidates is None else candidates[_in_sorted(candidates, docs)]
        if not len(candidates):
            return candidates
    if len(terms) == 1:
        return candidates
    position_starts, positions = sidecar.positions()
    codes = None
    for index, (start, end) in enumerate(postings):
        docs = np.asarray(sidecar.docs[start:end])
        chosen = np.flatnonzero(_in_sorted(docs, candidates)) + start
        first = np.asarray(position_starts[chosen], dtype=np.int64)
        lengths = np.asarray(position_starts[chosen + 1], dtype=np.int64) - first
        at = np.asarray(positions[_ranges(first, lengths)], dtype=np.int64)
        # Where the phrase would start if this word is its index-th: the same start in every
        # word's list, for one document, is a match. A posting list is in docnum order and its
        # positions ascend, so these codes come out sorted and distinct: no sorting needed.
        doc_of = np.repeat(np.asarray(sidecar.docs[chosen], dtype=np.int64), lengths)
        here = (doc_of << 32) | (at + len(terms) - index)
        codes = here if codes is None else codes[_in_sorted(codes, here)]
        if not len(codes):
            return np.zeros(0, dtype=np.int32)
    found = codes >> 32
    return found[np.concatenate(([True], found[1:] != found[:-1]))].astype(np.int32)


def _in_sorted(values: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """For each of `values`, whether it is in the ascending array `sorted_values`."""
    if not len(sorted_values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return sorted_values[at] == values
