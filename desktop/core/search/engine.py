"""The search engine the catalogue opens: Whoosh index + sidecar arrays + ranker + speller.

A search travels: text -> query.parse (units) -> analysis.guess_language -> Ranker.rank (numpy
score vectors and phrase positions from the sidecar) -> the catalogue applies facet filters
to the match set -> `top` picks the page by argpartition -> snippets for the hits shown.
"""

from __future__ import annotations

import numpy as np

from ..errors import QueryError
from ..synonyms import SynonymTable
from ..taxonomy import FACET_FIELDS
from . import whoosh_index
from .query import field_names, parse
from .ranking import Ranker, Ranking
from .sidecar import Sidecar, SidecarUnusable
from .snippets import Marker, snippet
from .spelling import Speller
from .terms import LANGUAGES, guess_language, words
from .whoosh_index import INDEX_FORMAT, MARKER, IndexUnusable, WhooshIndex

__all__ = ["SearchEngine", "IndexUnusable", "INDEX_FORMAT", "MARKER", "mask_to_bitmap", "bitmap_to_mask"]


def mask_to_bitmap(mask: np.ndarray) -> int:
    """A bool array as the int bitmap facets count with (bit n = docnum n)."""
    return int.from_bytes(np.packbits(mask, bitorder="little").tobytes(), "little")


def bitmap_to_mask(bitmap: int, size: int) -> np.ndarray:
    """An int bitmap back to a bool array of `size`."""
    raw = bitmap.to_bytes((size + 7) // 8, "little")
    return np.unpackbits(np.frombuffer(raw, dtype=np.uint8), bitorder="little")[:size].astype(bool)


class SearchEngine:
    """One open index. Not thread-safe on its own: the catalogue serialises calls."""

    create = staticmethod(whoosh_index.create)
    update = staticmethod(whoosh_index.update)

    def __init__(self, whoosh: WhooshIndex, sidecar: Sidecar, taxonomy):
        self.whoosh, self.sidecar, self.taxonomy = whoosh, sidecar, taxonomy
        self.size = sidecar.size
        self.ids = sidecar.ids
        self.live = np.array([pid is not None for pid in self.ids], dtype=bool)
        self._ranker = None
        self._field_names = field_names(taxonomy)

    @classmethod
    def open(cls, path, content_hash: str, expected_count: int, taxonomy) -> "SearchEngine":
        """Open the index and its sidecar; write the sidecar again when it is stale or damaged.
        Raises IndexUnusable when the index itself is (or the sidecar cannot be rewritten)."""
        whoosh = WhooshIndex.open(path, content_hash, expected_count)
        try:
            try:
                side = Sidecar(path, content_hash, INDEX_FORMAT, whoosh.doc_count_all)
            except SidecarUnusable:
                whoosh.rewrite_sidecar(content_hash)
                side = Sidecar(path, content_hash, INDEX_FORMAT, whoosh.doc_count_all)
        except (SidecarUnusable, OSError) as exc:
            whoosh.close()
            raise IndexUnusable(f"its ranking arrays are unusable: {exc}") from exc
        return cls(whoosh, side, taxonomy)

    def close(self) -> None:
        """Release the open files."""
        self.whoosh.close()

    def verify(self) -> None:
        """Check every file of the index and the sidecar against its build checksum. Raises
        IndexUnusable on damage that opening cannot see (sizes and times unchanged)."""
        self.whoosh.verify()
        try:
            self.sidecar.verify()
        except SidecarUnusable as exc:
            raise IndexUnusable(f"its ranking arrays are damaged: {exc}") from exc

    @property
    def doc_count_all(self) -> int:
        return self.size

    def facet_bitmaps(self) -> dict:
        """{field: {value: int bitmap}} for every facet field."""
        out = {}
        for field in FACET_FIELDS:
            values = {}
            for value, docs in self.sidecar.values(field).items():
                mask = np.zeros(self.size, dtype=bool)
                mask[docs] = True
                values[value] = mask_to_bitmap(mask & self.live)
            out[field] = values
        return out

    def _ranker_for(self) -> Ranker:
        if self._ranker is None:
            synonyms = SynonymTable(self.taxonomy, words)
            self._ranker = Ranker(self.sidecar, self.live, synonyms, Speller(self.whoosh.vocabulary(), LANGUAGES), self.whoosh)
        return self._ranker

    def rank(self, text: str, interface: str = "en", spelling: bool = True, cancelled=None) -> tuple:
        """(Ranking, corrected text or None) for the user's query. Raises QueryError."""
        parsed = parse(text, self.taxonomy, self._field_names)
        if not parsed.units:
            raise QueryError(f"The search '{' '.join(text.split())}' has no words to look for; try plain words.")
        ranker = self._ranker_for()
        typed = [a.text for u in parsed.units for a in u.alternatives if hasattr(a, "prefix")]
        language = guess_language(typed, ranker.speller.vocabulary.has, interface)
        ranking = ranker.rank(parsed, language, interface, spelling=spelling, cancelled=cancelled)
        corrected = None
        if ranking.corrections:
            corrected = text
            for raw, better in ranking.corrections.items():
                corrected = _replace_word(corrected, raw, better)
        return ranking, corrected

    def top(self, ranking: Ranking, allowed: np.ndarray, k: int) -> list:
        """The `k` best (docnum, score) among `allowed`, best first (ties: docnum order)."""
        candidates = np.flatnonzero(allowed)
        if k <= 0 or not len(candidates):
            return []
        scores = ranking.scores[candidates]
        if len(candidates) > k:
            # Everything tied with the k-th score stays in, so that pages never depend on
            # which of equal documents argpartition happened to pick.
            kth = np.partition(-scores, k - 1)[k - 1]
            keep = -scores <= kth
            candidates, scores = candidates[keep], scores[keep]
        order = np.lexsort((candidates, -scores))[:k]
        return [(int(candidates[i]), float(scores[i])) for i in order]

    def marker(self, ranking: Ranking) -> Marker:
        """What snippets of this ranking's hits mark."""
        return Marker(ranking.highlights)

    @staticmethod
    def snippet(text: str, marker: Marker) -> str:
        return snippet(text, marker)

    def similar(self, docnum: int, text: str, facet_values: list, limit: int) -> list:
        return self.whoosh.similar(docnum, text, facet_values, limit)


def _replace_word(text: str, raw: str, better: str) -> str:
    """`text` with the word `raw` replaced by `better`, written in the same case ("Moldva" ->
    "Moldova", "ECUDOR" -> "ECUADOR")."""
    import re
    if raw.isupper() and len(raw) > 1:
        better = better.upper()
    elif raw[:1].isupper():
        better = better[:1].upper() + better[1:]
    return re.sub(rf"(?<!\w){re.escape(raw)}(?!\w)", lambda _: better, text, count=1)
