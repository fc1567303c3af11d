"""Taxonomy synonyms matched at query time.

A search word or phrase that names a taxonomy term in any of the four languages, or one of its
synonyms ("WoG", "diáspora", "Marruecos", "whole of government"), also finds the practices
tagged with that term. Matching happens on the query rather than by copying every label and
synonym into each practice's indexed text, which had made those words the biggest part of the
index (about 270 tokens a practice, more than the body) and of its build time.
"""

from __future__ import annotations

from .taxonomy import FACET_FIELDS, Taxonomy


class SynonymTable:
    """{analysed word sequence: {(facet field, term id)}} for every label and synonym."""

    def __init__(self, taxonomy: Taxonomy, analyse):
        """`analyse(text) -> list of tokens` must be the analysis the index applies to text,
        so that "migrants" in a query meets "migrant" in a synonym."""
        self.targets: dict = {}
        for field in FACET_FIELDS:
            for term in taxonomy[field].terms:
                names = [*term.labels.values(), *term.synonyms]
                if field not in ("gcm_objective",):  # "1", "19": ids of objectives are no words
                    names.append(term.id.replace("-", " "))
                for name in names:
                    key = tuple(analyse(name))
                    if key:
                        self.targets.setdefault(key, set()).add((field, term.id))
        self.longest = max((len(k) for k in self.targets), default=0)

    def spans(self, tokens: list) -> list:
        """Non-overlapping (start, end, targets) for the longest matches in `tokens`, left to right."""
        found, start = [], 0
        while start < len(tokens):
            for end in range(min(len(tokens), start + self.longest), start, -1):
                targets = self.targets.get(tuple(tokens[start:end]))
                if targets:
                    found.append((start, end, frozenset(targets)))
                    start = end
                    break
            else:
                start += 1
        return found

    def single(self, token: str) -> frozenset:
        """What one analysed word names, or an empty set."""
        return frozenset(self.targets.get((token,), ()))

    def prefixed(self, prefix: str) -> frozenset:
        """What the one-word names starting with `prefix` name ("diaspor*"), or an empty set
        for prefixes shorter than three letters (they would name half the taxonomy)."""
        if len(prefix) < 3:
            return frozenset()
        found = set()
        for key, targets in self.targets.items():
            if len(key) == 1 and key[0].startswith(prefix):
                found |= targets
        return frozenset(found)
