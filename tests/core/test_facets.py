"""Filters and facet counts, checked against a brute-force count over every practice
(catalogue.practice(id) for each id): OR within a field, AND across fields, exclusions, and
disjunctive counts (a field's own selection does not narrow its own counts)."""

from __future__ import annotations

import pytest
from core_helpers import all_practices, brute_force
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.catalogue import Catalogue
from desktop.core.errors import QueryError
from desktop.core.model import SearchRequest
from desktop.core.taxonomy import FACET_FIELDS


@pytest.fixture(scope="module")
def catalogue(shipped_build):
    opened = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def practices(catalogue):
    return all_practices(catalogue)


def run(catalogue, query="", filters=None, exclusions=None):
    return catalogue.search(SearchRequest(query=query, filters=filters or {}, exclusions=exclusions or {},
                                          limit=1000))


def assert_matches_brute_force(catalogue, practices, query="", filters=None, exclusions=None):
    base = {hit.id for hit in run(catalogue, query).hits}
    expected_ids, expected_counts = brute_force(practices, base, filters, exclusions)
    result = run(catalogue, query, filters, exclusions)
    assert {hit.id for hit in result.hits} == expected_ids
    assert result.total == len(expected_ids)
    assert set(result.facets) == set(FACET_FIELDS)
    for field in FACET_FIELDS:
        nonzero = {value: count for value, count in result.facets[field].items() if count}
        assert nonzero == expected_counts[field], field
        selected = set((filters or {}).get(field, ())) | set((exclusions or {}).get(field, ()))
        assert selected <= set(result.facets[field]), f"{field}: a selected value vanished from the panel"
    return result


def most_common(practices, field, rank=0):
    counts = {}
    for practice in practices:
        for value in practice.facet_values(field):
            counts[value] = counts.get(value, 0) + 1
    return sorted(counts, key=lambda v: (-counts[v], v))[rank]


SELECTIONS = [
    ("", {}, {}),
    ("", {"level": ("national",)}, {}),
    ("", {"level": ("national", "local")}, {}),
    ("", {"level": ("national",), "country": ("ecuador",)}, {}),
    ("", {"region": ("americas",), "approach": ("whole-of-society", "vertical-coordination")}, {}),
    ("", {}, {"level": ("global",)}),
    ("", {"actor": ("civil-society",)}, {"level": ("global", "regional"), "country": ("kenya",)}),
    ("", {"gcm_objective": ("19", "15")}, {}),
    ("", {"level": ("local",)}, {"level": ("national",)}),
    ("migration", {"region": ("africa",)}, {}),
    ("diaspora", {"level": ("national",)}, {"region": ("europe",)}),
    ("human mobility", {}, {}),
    ("coordination", {"policy_area": ("policy-coherence",), "level": ("national", "subnational")}, {}),
]


@pytest.mark.parametrize(("query", "filters", "exclusions"), SELECTIONS)
def test_results_and_counts_match_brute_force(catalogue, practices, query, filters, exclusions):
    assert_matches_brute_force(catalogue, practices, query, filters, exclusions)


@pytest.mark.parametrize("field", FACET_FIELDS)
def test_every_facet_field_filters_includes_and_excludes(catalogue, practices, field):
    first, second = most_common(practices, field, 0), most_common(practices, field, 1)
    one = run(catalogue, filters={field: (first,)})
    assert one.total == sum(first in p.facet_values(field) for p in practices) > 0
    assert all(first in catalogue.practice(hit.id).facet_values(field) for hit in one.hits)
    either = run(catalogue, filters={field: (first, second)})
    assert {h.id for h in either.hits} == {p.id for p in practices
                                           if {first, second} & set(p.facet_values(field))}
    without = run(catalogue, exclusions={field: (first,)})
    assert {h.id for h in without.hits} == {p.id for p in practices if first not in p.facet_values(field)}
    assert_matches_brute_force(catalogue, practices, "", {field: (first, second)}, {})
    assert_matches_brute_force(catalogue, practices, "", {}, {field: (first,)})


def test_selecting_a_value_does_not_zero_its_siblings(catalogue, practices):
    everything = run(catalogue)
    national = run(catalogue, filters={"level": ("national",)})
    # The level counts stay those of the whole catalogue: "local" tells how many picking it adds.
    assert national.facets["level"] == everything.facets["level"]
    assert national.facets["level"]["local"] == sum("local" in p.levels for p in practices) > 0
    # Other fields shrink to the national practices.
    national_practices = [p for p in practices if "national" in p.levels]
    for country in national.facets["country"]:
        assert national.facets["country"][country] == sum(country in p.countries for p in national_practices)
    assert sum(national.facets["region"].values()) < sum(everything.facets["region"].values())


def test_filters_and_across_fields_or_within(catalogue, practices):
    result = run(catalogue, filters={"level": ("local", "subnational"), "region": ("americas",)})
    expected = {p.id for p in practices if {"local", "subnational"} & set(p.levels) and "americas" in p.regions}
    assert {h.id for h in result.hits} == expected and expected


def test_filters_narrow_a_text_search(catalogue, practices):
    words = {h.id for h in run(catalogue, "diaspora").hits}
    result = run(catalogue, "diaspora", filters={"region": ("africa",)})
    assert {h.id for h in result.hits} == {p.id for p in practices if p.id in words and "africa" in p.regions}


def test_a_selection_with_no_results_keeps_the_selected_values(catalogue):
    result = run(catalogue, filters={"country": ("ecuador",), "level": ("global",)})
    assert result.total == 0 and result.hits == ()
    assert "global" in result.facets["level"] and "ecuador" in result.facets["country"]


def test_filter_values_may_be_labels(catalogue):
    by_id = {h.id for h in run(catalogue, filters={"country": ("costa-rica",)}).hits}
    assert by_id and {h.id for h in run(catalogue, filters={"country": ("Costa Rica",)}).hits} == by_id


@pytest.mark.parametrize(("filters", "exclusions"), [
    ({"colour": ("red",)}, {}),
    ({}, {"colour": ("red",)}),
    ({"level": ("planetary",)}, {}),
    ({}, {"country": ("atlantis",)}),
    ({"gcm_objective": ("42",)}, {}),
    ({"gcm_principle": ("human-rights",)}, {}),
])
def test_unknown_filter_field_or_value_is_a_query_error(catalogue, filters, exclusions):
    with pytest.raises(QueryError) as error:
        run(catalogue, filters=filters, exclusions=exclusions)
    assert str(error.value) and "\n" not in str(error.value)


def test_facets_after_an_incremental_build(make_resources):
    """Deleted documents stay in the index's segments until it is optimised: they must not count."""
    from desktop.core.build import build_catalogue

    resources = make_resources()
    db, index = resources.parent / "catalogue.db", resources.parent / "search_index"
    build_catalogue(resources, db, index)
    path = resources / "practices" / "hillcrest-migrant-desk.md"
    path.write_text(path.read_text(encoding="utf-8").replace("levels: [local, subnational]", "levels: [national]"),
                    encoding="utf-8")
    (resources / "practices" / "lakeview-orchard-cooperative.md").unlink()
    (resources / "practices" / "lakeview-orchard-cooperative.md").write_text(
        (resources / "practices" / "hillcrest-migrant-desk.md").read_text(encoding="utf-8")
        .replace("id: hillcrest-migrant-desk", "id: lakeview-orchard-cooperative")
        .replace("links: [hillcrest-migrant-desk]", ""), encoding="utf-8")
    assert not build_catalogue(resources, db, index).full
    opened = Catalogue.open(db, index)
    try:
        practices = all_practices(opened)
        for query, filters in [("", {}), ("", {"level": ("national",)}), ("desk", {}), ("", {"country": ("ecuador",)})]:
            assert_matches_brute_force(opened, practices, query, filters, {})
    finally:
        opened.close()


def facet_values(practices):
    return [(field, value) for field in FACET_FIELDS
            for value in sorted({v for p in practices for v in p.facet_values(field)})]


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(data=st.data())
def test_random_selections_match_brute_force(catalogue, practices, data):
    values = facet_values(practices)
    picked = data.draw(st.lists(st.sampled_from(values), max_size=4, unique=True), label="filters")
    dropped = data.draw(st.lists(st.sampled_from(values), max_size=2, unique=True), label="exclusions")
    query = data.draw(st.sampled_from(["", "migration", "local", "diaspora OR youth", "national"]), label="query")
    filters, exclusions = {}, {}
    for field, value in picked:
        filters[field] = filters.get(field, ()) + (value,)
    for field, value in dropped:
        exclusions[field] = exclusions.get(field, ()) + (value,)
    assert_matches_brute_force(catalogue, practices, query, filters, exclusions)
