"""What a query may cost is bounded: prefixes expand to a budget of terms (the most frequent
first), a query has at most MAX_TERMS terms and a phrase MAX_PHRASE_WORDS words, corrections are
looked up for a few unknown words only, and a search a newer keystroke replaced stops."""

from __future__ import annotations

import string

import numpy as np
import pytest

from desktop.core.errors import QueryError, SearchCancelled
from desktop.core.model import SearchRequest
from desktop.core.search import ranking
from desktop.core.search.query import MAX_PHRASE_WORDS, MAX_TERMS
from desktop.core.search.sidecar import SEPARATOR


@pytest.fixture
def lookups(shipped_catalogue, monkeypatch):
    """Counts the posting lists one search reads from the sidecar."""
    shipped_catalogue.search(SearchRequest(query="warm up"))
    sidecar = shipped_catalogue._index.sidecar
    counted = {"n": 0}
    original = sidecar.postings

    def postings(field, term):
        counted["n"] += 1
        return original(field, term)

    monkeypatch.setattr(sidecar, "postings", postings)
    return counted


TWO_LETTERS = [a + b for a in "cmprsdi" for b in "aeio"]


@pytest.mark.parametrize("query", [
    "co*",
    " ".join(p + "*" for p in TWO_LETTERS[:8]),
    " ".join(p + "*" for p in TWO_LETTERS),
    'co* OR mi* OR pr* "local government" -refug* +city',
])
def test_prefixes_read_a_bounded_number_of_posting_lists(shipped_catalogue, lookups, query):
    result = shipped_catalogue.search(SearchRequest(query=query))
    assert result.total > 0
    # The prefix budget, plus the few lists the other units and the exact-name check read.
    assert lookups["n"] <= 2000  # PREFIX_LOOKUPS (1,200) and the lists the other units read


def test_a_prefix_keeps_its_most_frequent_terms(shipped_catalogue):
    shipped_catalogue.search(SearchRequest(query="warm up"))
    sidecar = shipped_catalogue._index.sidecar
    every = sidecar.terms_with_prefix("body_en", "co", 10**6)
    assert len(every) > 20
    frequency = {t: len(sidecar.postings("body_en", t)[0]) for t in every}
    kept = sidecar.terms_with_prefix("body_en", "co", 10)
    assert len(kept) == 10 and all(t.startswith("co") for t in kept)
    assert min(frequency[t] for t in kept) >= sorted(frequency.values(), reverse=True)[9]
    # A term is never confused with a key of another field that shares the prefix bytes.
    assert all(SEPARATOR not in t for t in kept)


@pytest.mark.parametrize("query", [
    "a* b* c* d*",  # one letter is not a prefix: these are single letters, i.e. stop words
    " ".join(c + "*" for c in string.ascii_lowercase),
])
def test_one_letter_prefixes_are_not_expanded(shipped_catalogue, lookups, query):
    shipped_catalogue.search(SearchRequest(query=query))
    assert lookups["n"] < 400


@pytest.mark.parametrize("query, sentence", [
    (" ".join(["migrant"] * (MAX_TERMS + 1)), f"at most {MAX_TERMS} are looked for"),
    (" OR ".join(["diaspora"] * (MAX_TERMS + 1)), f"at most {MAX_TERMS} are looked for"),
    ('"' + " ".join(["local"] * (MAX_PHRASE_WORDS + 1)) + '"', f"at most {MAX_PHRASE_WORDS} words"),
])
def test_oversized_queries_get_a_sentence(shipped_catalogue, query, sentence):
    with pytest.raises(QueryError, match=sentence):
        shipped_catalogue.search(SearchRequest(query=query))


def test_the_largest_allowed_query_still_answers(shipped_catalogue):
    result = shipped_catalogue.search(SearchRequest(query=" ".join(["diaspora", "council"] * (MAX_TERMS // 2))))
    assert result.total > 0


def test_corrections_are_looked_up_for_a_few_words_only(shipped_catalogue, monkeypatch):
    shipped_catalogue.search(SearchRequest(query="warm up"))
    speller = shipped_catalogue._index._ranker.speller
    asked = []
    original = speller.nearest
    monkeypatch.setattr(speller, "nearest", lambda word, language: asked.append(word) or original(word, language))
    shipped_catalogue.search(SearchRequest(query=" ".join(f"zq{c}unknownword" for c in string.ascii_lowercase)))
    assert len(asked) == ranking.MAX_CORRECTIONS
    # ... and a single typo is still corrected.
    result = shipped_catalogue.search(SearchRequest(query="diaspra"))
    assert result.corrected and result.total > 0


def test_a_cancelled_search_stops_before_it_holds_the_catalogue(shipped_catalogue):
    with pytest.raises(SearchCancelled):
        shipped_catalogue.search(SearchRequest(query="diaspora"), cancelled=lambda: True)


def test_a_search_replaced_while_ranking_stops_at_the_next_unit(shipped_catalogue):
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 2  # the newer keystroke arrives during the second unit

    with pytest.raises(SearchCancelled):
        shipped_catalogue.search(SearchRequest(query="diaspora council municipal health plan"), cancelled=cancelled)
    assert len(asked) == 3
    # The catalogue is not left locked or half-updated: the next search answers.
    assert shipped_catalogue.search(SearchRequest(query="diaspora")).total > 0


def test_a_search_never_cancelled_gives_the_same_result(shipped_catalogue):
    plain = shipped_catalogue.search(SearchRequest(query="diaspora council"))
    checked = shipped_catalogue.search(SearchRequest(query="diaspora council"), cancelled=lambda: False)
    assert [h.id for h in plain.hits] == [h.id for h in checked.hits] and np.isclose(plain.total, checked.total)
