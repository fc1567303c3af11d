"""Snippets: the passages of a hit's text (in the interface language) where the query's words
stand, with those words in <b>. Only the hits shown are scanned."""

from __future__ import annotations

import html
import threading
from functools import lru_cache

from ..text import fold
from .terms import LANGUAGES, TOKEN, stem

WINDOW_BEFORE, WINDOW_AFTER = 60, 160
FRAGMENTS = 2
# Every word of every hit shown must be folded to be compared: the same few thousand words,
# query after query. Each word (as written) is folded once and filed under its first two folded
# letters, so that a query looks only at the words that start like one of its own. Bounded: a
# catalogue has tens of thousands of distinct words, each a few dozen bytes here; past the
# bound, words are folded each time they are met.
_FOLDED: dict = {}  # word as written -> folded
_BY_START: dict = {}  # first two folded letters -> {words as written}
FOLDED_LIMIT = 200_000
_FILING = threading.Lock()  # two catalogues may search at once: a set must not change mid-read


def _folded(token: str) -> str:
    folded = _FOLDED.get(token)
    if folded is None:
        folded = fold(token)
        if len(_FOLDED) < FOLDED_LIMIT:
            _FOLDED[token] = folded
            _BY_START.setdefault(folded[:2], set()).add(token)
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

    def marked_among(self, tokens) -> set:
        """The tokens (as written in a text) that are the query's words."""
        new = tokens - self._judged
        if not new:
            return tokens & self._marked
        with _FILING:
            for token in new.difference(_FOLDED):
                _folded(token)  # files it under its start (unless past the bound)
            # Only words that start like the query's can be its words: found by set operations
            # in C; the words past the bound are judged one by one.
            candidates = new.difference(_FOLDED)
            for start in self.starts:
                bucket = _BY_START.get(start)
                if bucket:
                    candidates |= new & bucket
        for token in candidates:
            if self._is_query_word(_folded(token)):
                self._marked.add(token)
        self._judged |= new
        return tokens & self._marked

    def _is_query_word(self, folded: str) -> bool:
        return folded[:2] in self.starts and (
            folded in self.words or folded.startswith(self.prefixes)
            or any(stem(lang, folded) in stems for lang, stems in self.stems.items()))


def snippet(text: str, marker: Marker) -> str:
    """An HTML fragment of `text` (plain text) around the marked words, or '' when none occur."""
    if not text or not marker:
        return ""
    # Each distinct word is judged once; the marked ones are then found by one regular
    # expression, in C, instead of a Python step for each of the text's hundreds of words.
    words = marker.marked_among(_distinct_words(text))
    if not words:
        return ""
    marked = [(start, end, _folded(text[start:end])) for start, end in _spans(text, words)]
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


@lru_cache(maxsize=512)
def _distinct_words(text: str) -> frozenset:
    """The words of a hit's text as written, remembered for the last few hundred texts (see
    catalogue.plain_text)."""
    return frozenset(TOKEN.findall(text))


def _spans(text: str, words) -> list:
    """(start, end) of every place where one of `words` stands in `text` as a whole word, as
    TOKEN would find it: not inside a longer word, "paulo" not in "paulo's" nor "of" in
    "whole-of-government". Found with str.find (a regular expression of the words would be
    compiled again for nearly every hit: 0.6 ms each)."""
    spans = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not _inside_word_before(text, start) and not _inside_word_after(text, end):
                spans.append((start, end))
            start = text.find(word, start + 1)
    spans.sort()
    return spans


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what \w matches


def _inside_word_before(text: str, start: int) -> bool:
    """Whether a word continues before `start` (a letter, or a joiner after a letter)."""
    if start == 0:
        return False
    if _word_character(text[start - 1]):
        return True
    return text[start - 1] in _JOINERS and start >= 2 and _word_character(text[start - 2])


def _inside_word_after(text: str, end: int) -> bool:
    """Whether a word continues at `end` (a letter, or a joiner before a letter)."""
    if end >= len(text):
        return False
    if _word_character(text[end]):
        return True
    return text[end] in _JOINERS and end + 1 < len(text) and _word_character(text[end + 1])


_JOINERS = "'’-"  # inside a word when letters stand on both sides (TOKEN's ['’-]\w)


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
