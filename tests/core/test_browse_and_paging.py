"""Browsing (empty query), sorting by title, country and year, and limit/offset paging."""

from __future__ import annotations

import pytest

from desktop.core.model import SearchRequest
from desktop.core.text import fold


def page_ids(catalogue, **kwargs) -> list:
    return [hit.id for hit in catalogue.search(SearchRequest(**kwargs)).hits]


def everything(catalogue, **kwargs) -> list:
    return page_ids(catalogue, limit=1000, **kwargs)


def country_key(catalogue, practice_id: str) -> str:
    practice = catalogue.practice(practice_id)
    return fold(", ".join(catalogue.taxonomy.term_label("country", c) for c in practice.countries))


def test_empty_query_lists_every_practice_by_title(shipped_catalogue):
    result = shipped_catalogue.search(SearchRequest(limit=1000))
    assert result.total == len(shipped_catalogue.practice_ids())
    assert sorted(hit.id for hit in result.hits) == shipped_catalogue.practice_ids()
    assert [hit.id for hit in result.hits] == everything(shipped_catalogue, sort="title")
    assert result.suggestion is None


def test_browse_order_is_alphabetical(shipped_catalogue):
    initials = [fold(shipped_catalogue.practice(i).title)[0] for i in everything(shipped_catalogue, sort="title")]
    assert initials == sorted(initials)
    assert initials != [fold(i)[0] for i in shipped_catalogue.practice_ids()], "ids would sort the same"


def test_title_order_ignores_case_and_accents(shipped_catalogue):
    # An official looks for "São Paulo" between "Santo Domingo" and "Serbia", not after "Serbia".
    titles = [fold(shipped_catalogue.practice(i).title) for i in everything(shipped_catalogue, sort="title")]
    out_of_order = [(a, b) for a, b in zip(titles, titles[1:], strict=False) if a > b]
    assert out_of_order == []


def test_country_order_follows_country_names(shipped_catalogue):
    order = everything(shipped_catalogue, sort="country")
    assert sorted(order) == shipped_catalogue.practice_ids()
    keys = [country_key(shipped_catalogue, i) for i in order]
    assert keys == sorted(keys)


def test_year_order_is_newest_first_with_undated_last(shipped_catalogue):
    order = everything(shipped_catalogue, sort="year")
    years = [shipped_catalogue.practice(i).year for i in order]
    dated = [y for y in years if y is not None]
    assert dated and dated == sorted(dated, reverse=True)
    assert years == dated + [None] * (len(years) - len(dated))


def test_hits_carry_the_year_and_the_practice_fields(shipped_catalogue):
    for hit in shipped_catalogue.search(SearchRequest(sort="year", limit=1000)).hits:
        practice = shipped_catalogue.practice(hit.id)
        assert (hit.title, hit.year, hit.countries, hit.levels) == \
            (practice.title, practice.year, practice.countries, practice.levels)
        assert hit.country == practice.country and hit.region == (practice.regions or ("",))[0]


def test_sorting_a_text_search_keeps_its_hits(shipped_catalogue):
    relevance = set(everything(shipped_catalogue, query="migration"))
    for sort in ("title", "country", "year"):
        assert set(everything(shipped_catalogue, query="migration", sort=sort)) == relevance


@pytest.mark.parametrize(("query", "sort"), [
    ("", "title"), ("", "country"), ("", "year"), ("migration", "relevance"), ("migration", "title"),
    ("local OR national", "relevance"), ("", "relevance"),
])
@pytest.mark.parametrize("size", [1, 7])
def test_pages_add_up_to_the_whole_list(shipped_catalogue, query, sort, size):
    whole = everything(shipped_catalogue, query=query, sort=sort)
    total = shipped_catalogue.search(SearchRequest(query=query, sort=sort, limit=0)).total
    assert len(whole) == total
    pages = []
    for offset in range(0, total + size, size):
        result = shipped_catalogue.search(SearchRequest(query=query, sort=sort, limit=size, offset=offset))
        assert result.total == total
        assert len(result.hits) == max(0, min(size, total - offset))
        pages.extend(hit.id for hit in result.hits)
    assert pages == whole


def test_limit_zero_still_counts(shipped_catalogue):
    result = shipped_catalogue.search(SearchRequest(query="diaspora", limit=0))
    assert result.hits == () and result.total > 0
    assert result.facets == shipped_catalogue.search(SearchRequest(query="diaspora", limit=5)).facets


def test_offset_beyond_the_end_gives_an_empty_page(shipped_catalogue):
    result = shipped_catalogue.search(SearchRequest(offset=10_000))
    assert result.hits == () and result.total == len(shipped_catalogue.practice_ids())


def test_filtered_pages_add_up(shipped_catalogue):
    request = dict(filters={"level": ("local",)}, sort="year")
    whole = everything(shipped_catalogue, **request)
    paged = [i for offset in range(0, len(whole), 4) for i in page_ids(shipped_catalogue, limit=4,
                                                                          offset=offset, **request)]
    assert paged == whole and whole
    assert all("local" in shipped_catalogue.practice(i).levels for i in whole)
