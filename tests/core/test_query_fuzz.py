"""Whatever a user types, `Catalogue.search` gives results or a QueryError, never another
exception, and the result is self-consistent (the CLI side is in test_cli.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.catalogue import Catalogue
from desktop.core.errors import QueryError
from desktop.core.model import SearchRequest
from desktop.core.taxonomy import FACET_FIELDS

FUZZ = settings(max_examples=200, deadline=None, derandomize=True, database=None)

ATOMS = [
    "OR", "AND", "NOT", "or", "-", "+", '"', "'", "(", ")", ":", "*", "?", "~", "^", "[", "]", "{", "}",
    "\\", "/", "TO", "..", ",", "country:", "level:", "gcm:", "approach:", "title:", "names:", "x:", "*:",
    "policy_area:", "region:", "objective:", "area:", "São", "ñ", "é", "\u0301", "\u200b", "\ufeff", "ß",
    "İ", "ǅ", "中文", "🙂", "\t", "\n", "migration", "diaspora", "local", "national", "sub", "human",
    "mobility", "ecuador", "kenya", "a", "the", "of", "19", "99", "1.5", "-x", "a*", "*a", "mig*", '""',
    "()", "whole-of-government", "costa rica", "<b>", "&amp;", "%", "$", "#",
]
words = st.one_of(st.sampled_from(ATOMS), st.text(max_size=6))
QUERIES = st.one_of(
    st.text(max_size=80),
    st.lists(words, max_size=12).map("".join),
    st.lists(words, max_size=12).map(" ".join),
)


@pytest.fixture(scope="module")
def catalogue(shipped_build):
    opened = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
    yield opened
    opened.close()


def check(catalogue, request: SearchRequest):
    try:
        result = catalogue.search(request)
    except QueryError as error:
        assert str(error).strip()
        return None
    known = catalogue.practice_ids()
    assert result.total >= 0
    expected_page = max(0, min(request.limit, result.total - request.offset))
    assert len(result.hits) == expected_page, (request.query, result.total, [h.id for h in result.hits])
    ids = [hit.id for hit in result.hits]
    assert len(ids) == len(set(ids)) and set(ids) <= set(known)
    assert set(result.facets) == set(FACET_FIELDS)
    for hit in result.hits:
        assert not re.search(r"<(?!/?b>)", hit.snippet), hit.snippet
    return result


@FUZZ
@given(query=QUERIES, sort=st.sampled_from(["relevance", "title", "year", "country"]),
       offset=st.sampled_from([0, 0, 3, 40]), limit=st.sampled_from([1, 20, 1000]))
def test_any_query_gives_results_or_query_error(catalogue, query, sort, offset, limit):
    result = check(catalogue, SearchRequest(query=query, sort=sort, offset=offset, limit=limit))
    if result is not None:  # without filters no facet count can exceed the number of hits
        for counts in result.facets.values():
            assert all(0 <= n <= result.total for n in counts.values())


@FUZZ
@given(data=st.data())
def test_any_query_with_any_selection(catalogue, data):
    fields = st.sampled_from(list(FACET_FIELDS) + ["colour", "gcm_principle"])
    values = st.one_of(st.sampled_from(["ecuador", "local", "national", "19", "africa", "youth",
                                        "whole-of-society", "Costa Rica", "planetary", ""]), st.text(max_size=8))
    selection = st.dictionaries(fields, st.lists(values, max_size=3).map(tuple), max_size=3)
    request = SearchRequest(query=data.draw(QUERIES, label="query"), filters=data.draw(selection, label="filters"),
                            exclusions=data.draw(selection, label="exclusions"), limit=1000)
    check(catalogue, request)


def test_query_error_is_one_line_even_for_multi_line_input(catalogue):
    # The CLI prints the message as its one line on stderr; the GUI shows it in a status line.
    with pytest.raises(QueryError) as error:
        catalogue.search(SearchRequest(query="colour:red\nOR\n0"))  # pasted text can hold line breaks
    assert "\n" not in str(error.value), repr(str(error.value))
