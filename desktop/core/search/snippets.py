"""Snippets: the passages of a hit's text (in the interface language) where the query's words
stand, with those words in <b>. Only the hits shown are scanned."""

from __future__ import annotations

import html

from ..text import fold
from .analysis import _TOKEN, LANGUAGES, stem

WINDOW_BEFORE, WINDOW_AFTER = 60, 160
FRAGMENTS = 2


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
        self._cache = {}

    def __bool__(self) -> bool:
        return bool(self.words or self.prefixes or self.stems)

    def marks(self, token: str) -> bool:
        """True when `token` (as written in the text) is one of the query's words."""
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        folded = fold(token)
        found = folded[:2] in self.starts and (
            folded in self.words or folded.startswith(self.prefixes)
            or any(stem(lang, folded) in stems for lang, stems in self.stems.items()))
        self._cache[token] = found
        return found


def snippet(text: str, marker: Marker) -> str:
    """An HTML fragment of `text` (plain text) around the marked words, or '' when none occur."""
    if not text or not marker:
        return ""
    marked = [(m.start(), m.end(), fold(m.group(0))) for m in _TOKEN.finditer(text) if marker.marks(m.group(0))]
    if not marked:
        return ""
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
