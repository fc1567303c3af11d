"""How a word becomes an index term, per language: what searching needs of the analysis.

Every language's text is folded (lower case, no accents) *before* it is stemmed, so that
"migración" and "migracion", "collectivités" and "collectivites" meet on one stem: officials
type without accents on keyboards that lack them. Each language drops its own stop words
and uses its own Snowball stemmer (Whoosh's `whoosh.lang`).

This module does what Whoosh's filter chain (tokenizer, lower case, accent map, stop words,
stemmer) does to one word, without importing Whoosh's analyzer classes: opening a catalogue
and running the first query need only the stemmers and the stop-word lists. The analyzers
Whoosh indexes with (analysis.py) look their words up in the same table, and a test checks
this module against Whoosh's own chain word by word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

from ..text import fold

LANGUAGES = ("en", "es", "fr", "pt")
TOKEN_PATTERN = r"\w+(?:['’-]\w+)*"  # "whole-of-government" and "sao paulo's" stay one word
TOKEN = re.compile(TOKEN_PATTERN)
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
def stemmer(language: str):
    """The language's Snowball stemmer, with a cache (most words of a catalogue repeat)."""
    return lru_cache(maxsize=100_000)(stemmer_for_language(language))


TERMS: dict = {}  # language (None: names) -> {word as written: index term, or None for a stop word}
UNSEEN = object()


def term_of(language: str | None, word: str):
    """What the chain makes of `word` (its first word when it holds several), remembered:
    lower case, Whoosh's accent map, then for a language (None: names, kept as written) its
    stop words out (None) and its stem."""
    match = TOKEN.search(word)
    term = None
    if match:
        term = match.group().lower().translate(accent_map)
        if language is not None and term:
            term = None if term in stop_words(language) else stemmer(language)(term)
    TERMS.setdefault(language, {})[word] = term or None
    return term or None


def term_positions(language: str | None, text: str) -> dict:
    """{index term: [positions]} of `text` as the index analyses it (analysis._CachedAnalyzer:
    the same terms, the same numbering; stop words take no position): what the sidecar's
    positions are recorded from."""
    table = TERMS.setdefault(language, {})
    found = {}
    pos = None
    for index, word in enumerate(TOKEN.findall(text)):
        term = table.get(word, UNSEEN)
        if term is UNSEEN:
            term = term_of(language, word)
        if term is None:
            continue
        pos = index if pos is None else pos + 1
        positions = found.get(term)
        if positions is None:
            found[term] = [pos]
        else:
            positions.append(pos)
    return found


def words(text: str) -> list:
    """The folded words of `text`, in order (what queries and the spelling vocabulary use)."""
    return [fold(w) for w in TOKEN.findall(text)]


_fold_word = lru_cache(maxsize=500_000)(fold)


def folded_words(*texts: str) -> set:
    """The distinct folded words of `texts` (the spelling vocabulary's unit; a word's folding is
    cached: most words of a catalogue repeat)."""
    found = set()
    for text in texts:
        found.update(TOKEN.findall(text))
    return set(map(_fold_word, found))


@lru_cache(maxsize=200_000)
def stem(language: str, folded_word: str) -> str | None:
    """The index term a folded word becomes in `language`'s text fields; None for a stop word."""
    table = TERMS.setdefault(language, {})
    term = table.get(folded_word, UNSEEN)
    return term_of(language, folded_word) if term is UNSEEN else term


def phrase_terms(field: str, words: tuple) -> list:
    """The index terms the folded `words` of a phrase are in `field` (stop words left out):
    stemmed as the field's language stems, English for topics, as written in names and tags."""
    language = field.rsplit("_", 1)[-1]
    if language in LANGUAGES:
        terms = [stem(language, w) for w in words]
    elif field == "topics":
        terms = [stem("en", w) for w in words]
    else:
        terms = list(words)
    return [t for t in terms if t]


def guess_language(query_words: list, known, preferred: str) -> str:
    """The language a query is most likely written in: the one whose stop words and catalogue
    vocabulary (`known(language, word)`) hold most of its words; `preferred` (the interface
    language) on a tie."""
    def score(language):
        stops = stop_words(language)
        return sum(2 if w in stops else 1 if known(language, w) else 0 for w in query_words)
    best = max(LANGUAGES, key=lambda lang: (score(lang), lang == preferred, lang == "en"))
    return best if score(best) > 0 else preferred
