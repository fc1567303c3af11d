"""The analyzers Whoosh indexes with: the only module of the search that subclasses Whoosh's
analysis classes (Whoosh pickles them into the index's schema, under these names).

What a word becomes is decided in terms.py, once per distinct word; these classes give Whoosh
the result in the form it wants (Tokens, positions), and record the positions for the sidecar.
Searching never imports this module.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import lru_cache

from whoosh.analysis import Analyzer, Token
from whoosh.formats import Positions

from .terms import TERMS, TOKEN, UNSEEN, term_of, term_positions


class _CachedAnalyzer(Analyzer):
    """Whoosh's analyzer chain, fused: tokenise with one regular expression, then look each word
    up in the table of what the chain makes of it (terms.term_of, once per distinct word).

    The chain (lower case, accents folded, stop words out, Snowball stem) treats every word on
    its own, so its output for a word never changes; running its five generators per token was
    a third of the build. Positions are numbered as StopFilter(renumber=True) numbers them (stop
    words take no position), so phrases match exactly as they did through the chain. Only the
    language is kept on the object: Whoosh pickles the schema into the index."""

    def __init__(self, language: str | None):
        self.language = language

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        table = TERMS.setdefault(self.language, {})
        pos = None
        matches = TOKEN.finditer(value) if tokenize else [_Whole(value)]
        for index, match in enumerate(matches):
            word = match.group()
            term = table.get(word, UNSEEN)
            if term is UNSEEN:
                term = term_of(self.language, word)
            if term is None:
                if removestops:
                    continue
                token.stopped, token.text = True, word.lower()
            else:
                token.stopped, token.text = False, term
            if keeporiginal:
                token.original = word
            token.boost = 1.0
            if positions:
                # StopFilter's numbering: the first word kept keeps its place, the rest follow it.
                pos = start_pos + index if pos is None else pos + 1
                token.pos = pos
            if chars:
                token.startchar, token.endchar = start_char + match.start(), start_char + match.end()
            yield token


_recording = threading.local()  # .log: the PositionLog a build on this thread records into


@contextmanager
def recording_positions(log):
    """While inside, every text field Whoosh indexes on this thread tells `log` its words'
    positions (`log.record(field, {term: positions})`)."""
    _recording.log = log
    try:
        yield log
    finally:
        _recording.log = None


class IndexedPositions(Positions):
    """Whoosh's positions format, fed by `term_positions` (the fused analysis, without a Token
    per word) and reporting what it indexes to the build's PositionLog, so the sidecar's word
    positions cost no second analysis. Pickled into the index with the schema: only the
    field's name and language are kept."""

    def __init__(self, field_name: str, language: str | None, field_boost: float = 1.0):
        super().__init__(field_boost=field_boost)
        self.field_name, self.language = field_name, language

    def word_values(self, value, analyzer, **kwargs):
        found = term_positions(self.language, value)
        log = getattr(_recording, "log", None)
        if log is not None:
            log.record(self.field_name, found)
        for word, positions in found.items():
            yield word, len(positions), len(positions) * self.field_boost, self.encode(positions)


class _Whole:
    """A value that is one token as it stands (Whoosh's tokenize=False)."""

    def __init__(self, value: str):
        self._value = value

    def group(self):
        return self._value

    def start(self):
        return 0

    def end(self):
        return len(self._value)


@lru_cache(maxsize=None)
def text_analyzer(language: str):
    """Whoosh analyzer for a language's text fields: fold, drop stop words, stem."""
    return _CachedAnalyzer(language)


@lru_cache(maxsize=None)
def name_analyzer():
    """Names, places, aliases and tags: folded words, no stop words removed, no stems (a name
    is matched as written, in whatever language it is)."""
    return _CachedAnalyzer(None)
