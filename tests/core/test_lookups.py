"""One practice (show), the catalogue's statistics (stats) and more-like-this (related)."""

from __future__ import annotations

from collections import Counter

import pytest
from core_helpers import all_practices

from desktop.core.errors import NotFound
from desktop.core.model import Practice, SourceRef
from desktop.core.taxonomy import FACET_FIELDS

LOMH = "ecuador-organic-law-human-mobility"


def test_practice_returns_what_the_source_file_says(fixture_catalogue):
    practice = fixture_catalogue.practice("lakeview-orchard-cooperative")
    assert isinstance(practice, Practice)
    assert practice.title == "Lakeview's orchards cooperative for seasonal workers"
    assert practice.original_title == "Cooperativa frutícola de Lakeview"
    assert practice.aliases == ("LOC", "Lakeview cooperative")
    assert practice.countries == ("costa-rica",) and practice.country == "costa-rica"
    assert practice.regions == ("americas",)  # derived from the country
    assert practice.levels == ("local",) and practice.gcm_objectives == ("6", "18")
    assert (practice.period_start, practice.period_end, practice.year) == (2015, 2019, 2015)
    assert practice.sources == (SourceRef("gfmd-annex-mlg", "Test fixture, not from the annex"),)
    assert practice.links == ("hillcrest-migrant-desk",) and practice.last_reviewed == "2026-01-15"
    assert practice.body.startswith("A test practice:") and "(practice:hillcrest-migrant-desk)" in practice.body


def test_unknown_practice_is_not_found(fixture_catalogue):
    with pytest.raises(NotFound) as error:
        fixture_catalogue.practice("no-such-practice")
    assert "no-such-practice" in str(error.value)
    assert not fixture_catalogue.has_practice("no-such-practice")
    assert fixture_catalogue.has_practice("hillcrest-migrant-desk")


def test_stats_count_the_whole_catalogue(shipped_catalogue):
    stats = shipped_catalogue.stats()
    practices = all_practices(shipped_catalogue)
    assert stats.practice_count == len(practices) > 0
    assert stats.catalogue_version == shipped_catalogue.catalogue_version >= 1
    assert stats.catalogue_id == shipped_catalogue.meta["catalogue_id"]
    assert stats.guidance_count >= 1
    for field in FACET_FIELDS:
        expected = Counter(v for p in practices for v in set(p.facet_values(field)))
        assert stats.facets[field] == dict(expected), field
    cited = Counter(d for p in practices for d in {s.document for s in p.sources})
    assert {d: n for d, n in stats.documents.items() if n} == dict(cited)
    assert set(stats.documents) == {d["id"] for d in shipped_catalogue.documents()}


def test_guidance_of_a_policy_area(shipped_catalogue):
    guidance = shipped_catalogue.guidance("migration-data")
    assert guidance is not None and guidance.policy_area == "migration-data" and guidance.title
    assert shipped_catalogue.guidance("no-such-area") is None


def test_related_never_returns_the_practice_itself(shipped_catalogue):
    for practice_id in shipped_catalogue.practice_ids():
        related = [hit.id for hit in shipped_catalogue.related(practice_id, limit=5)]
        assert practice_id not in related
        assert len(related) == len(set(related)) <= 5
        assert all(shipped_catalogue.has_practice(i) for i in related)


def test_related_to_an_ecuador_practice_ranks_ecuador_high(shipped_catalogue):
    related = shipped_catalogue.related(LOMH, limit=5)
    assert len(related) == 5
    top = [shipped_catalogue.practice(hit.id) for hit in related[:3]]
    assert any("ecuador" in p.countries for p in top), [p.id for p in top]
    first = top[0]
    assert "ecuador" in first.countries or "human mobility" in first.title.lower(), first.id


def test_related_follows_shared_rare_words(fixture_catalogue):
    # Hillcrest and Lakeview share orchards, workers and the link; Northfield shares little.
    related = [hit.id for hit in fixture_catalogue.related("hillcrest-migrant-desk", limit=2)]
    assert related[0] == "lakeview-orchard-cooperative"


def test_related_respects_the_limit(shipped_catalogue):
    assert len(shipped_catalogue.related(LOMH, limit=2)) == 2
    assert shipped_catalogue.related(LOMH, limit=0) == []  # not Whoosh's ValueError


def test_related_of_an_unknown_practice_is_not_found(shipped_catalogue):
    with pytest.raises(NotFound):
        shipped_catalogue.related("no-such-practice")
