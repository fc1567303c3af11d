"""Snippets: the passages of a hit's text (in the interface language) where the query's words
stand, with those words in <b>. Only the hits shown are scanned."""

from __future__ import annotations

import html
import re

from ..text import fold
from .terms import LANGUAGES, TOKEN, stem

WINDOW_BEFORE, WINDOW_AFTER = 60, 160
FRAGMENTS = 2
# Every word of every hit shown is folded to be compared: the same few thousand words, query
# after query, and folding was half the time of a search with long bodies. Bounded: a catalogue
# has tens of thousands of distinct words, each a few dozen bytes here.
_FOLDED: dict = {}
FOLDED_LIMIT = 200_000


def _folded(token: str) -> str:
    folded = _FOLDED.get(token)
    if folded is None:
        folded = fold(token)
        if len(_FOLDED) < FOLDED_LIMIT:
            _FOLDED[token] = folded
    return folded


class Marker:
    """Decides which words of a text to mark, for one query's highlights."""

    def __init__(self, highlights):
        self.words = set(highlights.words)
        self.prefixes = tuple(highlights.prefixes)
        self.stems = {lang: stems for lang, stems in highlights.stems.items() if stems}
        # A word can only match when it starts like something the query has: a cheap filter
        # before stemming it in four languages.
        starts = {w[:2] for w in self.words} | {p[:2] for p in self.prefixes}
        starts |= {s[:2] for stems in self.stems.values() for s in stems}
        self.starts = starts
        # Words as written already judged, and those of them that are the query's: each
        # distinct word of the hits shown is judged once per query, with set operations in C
        # for the rest.
        self._judged, self._marked = set(), set()

    def __bool__(self) -> bool:
        return bool(self.words or self.prefixes or self.stems)

    def marked_among(self, tokens: set) -> set:
        """The tokens (as written in a text) that are the query's words."""
        for token in tokens - self._judged:
            folded = _folded(token)
            if folded[:2] in self.starts and (
                    folded in self.words or folded.startswith(self.prefixes)
                    or any(stem(lang, folded) in stems for lang, stems in self.stems.items())):
                self._marked.add(token)
            self._judged.add(token)
        return tokens & self._marked


def snippet(text: str, marker: Marker) -> str:
    """An HTML fragment of `text` (plain text) around the marked words, or '' when none occur."""
    if not text or not marker:
        return ""
    # Each distinct word is judged once; the marked ones are then found by one regular
    # expression, in C, instead of a Python step for each of the text's hundreds of words.
    words = marker.marked_among(set(TOKEN.findall(text)))
    if not words:
        return ""
    marked = [(m.start(), m.end(), _folded(m.group(0))) for m in _exactly(words).finditer(text)]
    windows = []
    for start, _, _ in marked:
        begin, end = max(0, start - WINDOW_BEFORE), min(len(text), start + WINDOW_AFTER)
        inside = {word for s, e, word in marked if s >= begin and e <= end}
        windows.append((len(inside), -start, begin, end))
    windows.sort(reverse=True)
    chosen = []
    for _, _, begin, end in windows:
        if all(end <= b or begin >= e for b, e in chosen):
            chosen.append((begin, end))
        if len(chosen) == FRAGMENTS:
            break
    pieces = []
    for begin, end in sorted(chosen):
        begin, end = _to_word_boundaries(text, begin, end)
        pieces.append(_mark(text, begin, end, [(s, e) for s, e, _ in marked if s >= begin and e <= end]))
    return " … ".join(pieces)


def _exactly(words: list) -> re.Pattern:
    """Finds `words` where TOKEN would find them as whole words: not inside a longer word,
    "paulo" not in "paulo's" nor "of" in "whole-of-government"."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?<!\w['’-])(?:{alternatives})(?!\w|['’-]\w)")


def _to_word_boundaries(text: str, begin: int, end: int) -> tuple:
    if begin > 0:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < begin + 20 else begin
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > end - 20 else end
    return begin, end


def _mark(text: str, begin: int, end: int, spans: list) -> str:
    out, position = [], begin
    for start, stop in spans:
        out.append(html.escape(text[position:start], quote=False))
        out.append(f"<b>{html.escape(text[start:stop], quote=False)}</b>")
        position = stop
    out.append(html.escape(text[position:end], quote=False))
    return "".join(out).strip()


__all__ = ["Marker", "snippet", "LANGUAGES"]
