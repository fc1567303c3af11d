"""How text becomes index terms, per language.

Every language's text is folded (lower case, no accents) *before* it is stemmed, so that
"migración" and "migracion", "collectivités" and "collectivites" meet on one stem: officials
type without accents on keyboards that lack them. Each language drops its own stop words
and uses its own Snowball stemmer (Whoosh's `whoosh.lang`).
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from functools import lru_cache

from whoosh.analysis import Analyzer, CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token
from whoosh.formats import Positions
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

from ..text import fold

LANGUAGES = ("en", "es", "fr", "pt")
TOKEN_PATTERN = r"\w+(?:['’-]\w+)*"  # "whole-of-government" and "sao paulo's" stay one word
_TOKEN = re.compile(TOKEN_PATTERN)
# Snowball lists name some words that are content in this catalogue ("Estado de Chihuahua").
_KEEP = {"es": {"estado", "estados", "sentido", "sentidos"}, "pt": {"estado", "estados"}, "en": set(), "fr": set()}
# ... and leave out the question words and auxiliaries people type when they ask a question.
_EXTRA = {
    "en": {"could", "would", "may", "might", "must", "also"},
    "es": {"cual", "cuales", "donde", "puede", "pueden", "hacer", "hizo", "hacen", "hace"},
    "fr": {"comment", "quoi", "quel", "quelle", "quels", "quelles", "peut", "peuvent", "faire", "fait", "font",
           "les", "leurs", "comme", "cette", "cet"},  # the Snowball list lacks these common ones
    "pt": {"quais", "onde", "pode", "podem", "fazer", "fez", "fazem", "faz"},
}


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset:
    """The language's stop words, folded like the text they are removed from."""
    return (frozenset(fold(w) for w in stopwords_for_language(language)) | _EXTRA[language]) - _KEEP[language]


@lru_cache(maxsize=None)
def _stemmer(language: str):
    return lru_cache(maxsize=100_000)(stemmer_for_language(language))


class _Stem(Filter):
    """A Snowball stemmer with a cache (most words of a catalogue repeat). Only the language
    is kept on the filter: Whoosh pickles the schema into the index."""

    def __init__(self, language: str):
        self.language = language

    def __eq__(self, other):
        return isinstance(other, _Stem) and other.language == self.language

    def __call__(self, tokens):
        stem_word = _stemmer(self.language)
        for token in tokens:
            token.text = stem_word(token.text)
            yield token


@lru_cache(maxsize=None)
def _chain(language: str | None):
    """Whoosh's own filter chain for a language (None: names): what `_CachedAnalyzer` runs on
    each distinct word, once."""
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)
    if language is None:
        return chain
    return chain | StopFilter(stoplist=stop_words(language), minsize=1) | _Stem(language)


_TERMS: dict = {}  # language (None: names) -> {word as written: index term, or None for a stop word}


class _CachedAnalyzer(Analyzer):
    """Whoosh's analyzer chain, fused: tokenise with one regular expression, then look each word
    up in a table of what the chain made of it the first time.

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
        table = _TERMS.setdefault(self.language, {})
        pos = None
        matches = _TOKEN.finditer(value) if tokenize else [_Whole(value)]
        for index, match in enumerate(matches):
            word = match.group()
            term = table.get(word, _UNSEEN)
            if term is _UNSEEN:
                term = _term_of(self.language, word)
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


_UNSEEN = object()


def _term_of(language: str | None, word: str):
    """What the chain makes of one word (None: a stop word), remembered."""
    found = [t.text for t in _chain(language)(word)]
    term = _TERMS.setdefault(language, {})[word] = found[0] if found else None
    return term


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


def term_positions(language: str | None, text: str) -> dict:
    """{index term: [positions]} of `text` as `_CachedAnalyzer(language)` indexes it (the same
    terms, the same numbering): what the sidecar's positions are recorded from."""
    table = _TERMS.setdefault(language, {})
    found = {}
    pos = None
    for index, word in enumerate(_TOKEN.findall(text)):
        term = table.get(word, _UNSEEN)
        if term is _UNSEEN:
            term = _term_of(language, word)
        if term is None:
            continue
        pos = index if pos is None else pos + 1
        positions = found.get(term)
        if positions is None:
            found[term] = [pos]
        else:
            positions.append(pos)
    return found


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


def words(text: str) -> list:
    """The folded words of `text`, in order (what queries and the spelling vocabulary use)."""
    return [fold(w) for w in _TOKEN.findall(text)]


_fold_word = lru_cache(maxsize=500_000)(fold)


def folded_words(*texts: str) -> set:
    """The distinct folded words of `texts` (the spelling vocabulary's unit; a word's folding is
    cached: most words of a catalogue repeat)."""
    found = set()
    for text in texts:
        found.update(_TOKEN.findall(text))
    return set(map(_fold_word, found))


@lru_cache(maxsize=200_000)
def stem(language: str, folded_word: str) -> str | None:
    """The index term a folded word becomes in `language`'s text fields; None for a stop word."""
    tokens = [t.text for t in text_analyzer(language)(folded_word)]
    return tokens[0] if tokens else None


def guess_language(query_words: list, known, preferred: str) -> str:
    """The language a query is most likely written in: the one whose stop words and catalogue
    vocabulary (`known(language, word)`) hold most of its words; `preferred` (the interface
    language) on a tie."""
    def score(language):
        stops = stop_words(language)
        return sum(2 if w in stops else 1 if known(language, w) else 0 for w in query_words)
    best = max(LANGUAGES, key=lambda lang: (score(lang), lang == preferred, lang == "en"))
    return best if score(best) > 0 else preferred
