"""terms.term_of does to one word what Whoosh's filter chain (tokenizer, lower case, accent map,
stop words, Snowball stemmer) does; searching uses it without importing Whoosh's analyzers, and
the index is written with it. Checked word by word against Whoosh's own chain, on every word
of the shipped catalogue in all four languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang import stemmer_for_language
from whoosh.support.charset import accent_map

from desktop.core.search.terms import LANGUAGES, TOKEN, TOKEN_PATTERN, stem, stop_words, term_of

PRACTICES = Path(__file__).resolve().parents[2] / "resources" / "practices"
TRICKY = ["São", "PAULO'S", "whole-of-government", "Œuvre", "Łódź", "straße", "ﬁnance", "n°", "x²", "_", "1990s",
          "l'intégration", "d’accueil", "migrações", "INMIGRACIÓN", "the", "The", "DE", "estado", "Comment"]


def whoosh_chain(language):
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)
    if language is None:
        return chain
    return chain | StopFilter(stoplist=stop_words(language), minsize=1) | StemFilter(stemfn=stemmer_for_language(language))


@pytest.fixture(scope="module")
def catalogue_words():
    found = set(TRICKY)
    for path in PRACTICES.glob("*.md"):
        found.update(TOKEN.findall(path.read_text(encoding="utf-8")))
    assert len(found) > 3000  # the shipped catalogue, in four languages
    return sorted(found)


@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_each_word_becomes_the_term_whoosh_s_chain_makes_of_it(language, catalogue_words):
    chain = whoosh_chain(language)
    differing = []
    for word in catalogue_words:
        expected = [token.text for token in chain(word)]
        if term_of(language, word) != (expected[0] if expected else None):
            differing.append((word, term_of(language, word), expected))
    assert not differing, differing[:10]


def test_a_query_word_is_stemmed_as_the_text_was():
    for language in LANGUAGES:
        for word in ("migrantes", "municipalites", "populacao", "councils"):
            assert stem(language, word) == term_of(language, word)
    assert stem("en", "the") is None and stem("es", "de") is None
    assert re.fullmatch(r"\w+", stem("fr", "collectivites"))
