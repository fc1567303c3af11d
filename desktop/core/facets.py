"""Facet counting over in-memory per-value document sets.

Each facet value (approach=vertical-coordination, country=ecuador, ...) keeps the set of
documents tagged with it as a Python int used as a bitmap (bit n = docnum n). Intersecting
with the hits of a query and counting is then an `&` and an `int.bit_count()` per value:
microseconds, where Whoosh's own `groupedby` on multi-valued fields costs tens to hundreds of
milliseconds (measured in benchmarks/search_bench.py).

Counting is disjunctive, as in shop and library catalogues: the counts of a field are
computed with every *other* field's selection applied but not its own inclusions, so picking
"national" does not zero out "local"; the user sees how many results each extra choice adds.
"""

from __future__ import annotations


def bitmap_from(docnums, size: int) -> int:
    """The int bitmap with the bits of `docnums` set."""
    buffer = bytearray((size + 7) // 8)
    for docnum in docnums:
        buffer[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(buffer, "little")


def bitmap_bytes(bitmap: int, size: int) -> bytes:
    """`bitmap` as little-endian bytes (for fast per-docnum membership tests)."""
    return bitmap.to_bytes((size + 7) // 8, "little")


def contains(bitmap_as_bytes: bytes, docnum: int) -> bool:
    """True when `docnum`'s bit is set in a bytes bitmap."""
    byte = docnum >> 3
    return byte < len(bitmap_as_bytes) and bool(bitmap_as_bytes[byte] >> (docnum & 7) & 1)


class FacetSets:
    """Per-value document bitmaps for every facet field of one open catalogue."""

    def __init__(self, size: int, postings: dict, live_docnums):
        """`postings` is {field: {value: [docnums]}}; `live_docnums` every non-deleted doc."""
        self.size = size
        self.live = bitmap_from(live_docnums, size)
        self.values = {
            field: {value: bitmap_from(docnums, size) & self.live for value, docnums in by_value.items()}
            for field, by_value in postings.items()
        }

    @classmethod
    def from_bitmaps(cls, size: int, values: dict, live: int) -> "FacetSets":
        """From ready bitmaps {field: {value: bitmap}} (the search sidecar's facet postings)."""
        sets = cls.__new__(cls)
        sets.size, sets.live, sets.values = size, live, values
        return sets

    def _field_filter(self, field: str, include, exclude) -> int | None:
        """Docs passing this field's selection: any included value, no excluded value."""
        by_value = self.values.get(field, {})
        mask = None
        if include:
            mask = 0
            for value in include:
                mask |= by_value.get(value, 0)
        if exclude:
            excluded = 0
            for value in exclude:
                excluded |= by_value.get(value, 0)
            mask = (self.live if mask is None else mask) & ~excluded
        return mask

    def apply(self, base: int, filters: dict, exclusions: dict) -> tuple[int, dict]:
        """Narrow `base` (the query's hits) by the selection and count every facet value.

        Returns (final bitmap of results, {field: {value: count}}). Within a field the
        selected values are OR-ed, across fields AND-ed; exclusions always apply."""
        inclusion_masks = {f: self._field_filter(f, filters.get(f), ()) for f in self.values}
        exclusion_masks = {f: self._field_filter(f, (), exclusions.get(f)) for f in self.values}
        for f in list(filters) + list(exclusions):
            if f not in self.values:  # a field nothing is tagged with: nothing can match it
                inclusion_masks[f] = 0 if filters.get(f) else None
                exclusion_masks.setdefault(f, None)

        everything = base & self.live
        for mask in exclusion_masks.values():
            if mask is not None:
                everything &= mask
        final = everything
        for mask in inclusion_masks.values():
            if mask is not None:
                final &= mask

        counts = {}
        for field, by_value in self.values.items():
            scope = everything
            for other, mask in inclusion_masks.items():
                if other != field and mask is not None:
                    scope &= mask
            selected = set(filters.get(field) or ()) | set(exclusions.get(field) or ())
            field_counts = {}
            if scope:
                for value, docs in by_value.items():
                    count = (docs & scope).bit_count()
                    if count or value in selected:
                        field_counts[value] = count
            else:
                field_counts = {value: 0 for value in selected}
            counts[field] = field_counts
        return final, counts
