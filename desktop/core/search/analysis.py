"""How text becomes index terms, per language.

Every language's text is folded (lower case, no accents) *before* it is stemmed, so that
"migración" and "migracion", "collectivités" and "collectivites" meet on one stem: officials
type without accents on keyboards that lack them. Each language drops its own stop words
and uses its own Snowball stemmer (Whoosh's `whoosh.lang`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StopFilter
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
def text_analyzer(language: str):
    """Whoosh analyzer for a language's text fields: fold, drop stop words, stem."""
    return (RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)
            | StopFilter(stoplist=stop_words(language), minsize=1) | _Stem(language))


@lru_cache(maxsize=None)
def name_analyzer():
    """Names, places, aliases and tags: folded words, no stop words removed, no stems (a name
    is matched as written, in whatever language it is)."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


def words(text: str) -> list:
    """The folded words of `text`, in order (what queries and the spelling vocabulary use)."""
    return [fold(w) for w in _TOKEN.findall(text)]


@lru_cache(maxsize=200_000)
def stem(language: str, folded_word: str) -> str | None:
    """The index term a folded word becomes in `language`'s text fields; None for a stop word."""
    tokens = [t.text for t in text_analyzer(language)(folded_word)]
    return tokens[0] if tokens else None


def guess_language(query_words: list, vocabularies: dict, preferred: str) -> str:
    """The language a query is most likely written in: the one whose stop words and catalogue
    vocabulary hold most of its words; `preferred` (the interface language) on a tie."""
    def score(language):
        stops = stop_words(language)
        vocabulary = vocabularies.get(language)
        return sum(2 if w in stops else 1 if vocabulary is not None and w in vocabulary else 0
                   for w in query_words)
    best = max(LANGUAGES, key=lambda lang: (score(lang), lang == preferred, lang == "en"))
    return best if score(best) > 0 else preferred
