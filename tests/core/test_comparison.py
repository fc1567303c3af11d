"""Comparing practices: one row per aspect, marked where the practices differ."""

from dataclasses import replace

import pytest

from desktop.core.comparison import compare
from desktop.core.errors import CatalogueError


@pytest.fixture
def two(shipped_catalogue):
    ids = shipped_catalogue.practice_ids()
    return shipped_catalogue.practice(ids[0]), shipped_catalogue.practice(ids[1])


def test_rows_cover_every_aspect_in_order(two, shipped_catalogue):
    rows = compare(two, shipped_catalogue.taxonomy)
    assert [r.key for r in rows] == ["country", "place", "levels", "approaches", "actors", "policy_areas",
                                     "gcm_objectives", "period", "source", "summary"]
    assert all(len(r.values) == 2 for r in rows)


def test_a_practice_compared_with_itself_differs_nowhere(two, shipped_catalogue):
    rows = compare([two[0], two[0]], shipped_catalogue.taxonomy)
    assert not any(r.differs for r in rows)


def test_only_the_changed_aspects_are_marked(two, shipped_catalogue):
    first = two[0]
    other = replace(first, levels=tuple(reversed(first.levels)) + ("community",) if "community" not in first.levels
                    else tuple(v for v in first.levels if v != "community"), summary=first.summary + " More.")
    rows = {r.key: r for r in compare([first, other], shipped_catalogue.taxonomy)}
    assert rows["levels"].differs and rows["summary"].differs
    assert not rows["country"].differs and not rows["source"].differs
    reordered = replace(first, levels=tuple(reversed(first.levels)))
    assert not {r.key: r for r in compare([first, reordered], shipped_catalogue.taxonomy)}["levels"].differs


def test_labels_follow_the_language(shipped_catalogue):
    ecuador = next(shipped_catalogue.practice(pid) for pid in shipped_catalogue.practice_ids()
                   if shipped_catalogue.practice(pid).countries == ("ecuador",))
    kenya = next(shipped_catalogue.practice(pid) for pid in shipped_catalogue.practice_ids()
                 if shipped_catalogue.practice(pid).countries == ("kenya",))
    rows = compare([ecuador, kenya], shipped_catalogue.taxonomy, "es", {"country": "País"})
    country = rows[0]
    assert country.heading == "País" and country.values == ("Ecuador", "Kenia") and country.differs


def test_one_or_five_practices_cannot_be_compared(two, shipped_catalogue):
    with pytest.raises(CatalogueError, match="between 2 and 4"):
        compare(two[:1], shipped_catalogue.taxonomy)
    with pytest.raises(CatalogueError, match="between 2 and 4"):
        compare(list(two) * 3, shipped_catalogue.taxonomy)
