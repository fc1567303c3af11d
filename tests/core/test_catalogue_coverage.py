"""The shipped catalogue holds every practice the five source documents present.

tests/coverage/<document>.yaml lists, per document, the practices it presents and the names
it gives them (written while reading the document). Each must have an entry that validates,
cites that document, and comes first when searched by any of its names, with or without
accents and in any case."""

from pathlib import Path

import pytest
import yaml

from desktop.core.model import SearchRequest
from desktop.core.sources import load_sources
from desktop.core.text import fold

COVERAGE = Path(__file__).resolve().parents[1] / "coverage"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DOCUMENTS = ("gfmd-annex-mlg", "iom-mgi-insights", "rcm-iom-training-2021", "mieux-who-factsheet",
             "gfmd-2024-side-event")


def _coverage():
    for path in sorted(COVERAGE.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["practices"]:
            for name in entry["names"]:
                yield data["source"], entry["id"], name


NAMES = list(_coverage())


def test_every_document_has_a_coverage_list():
    assert sorted(p.stem for p in COVERAGE.glob("*.yaml")) == sorted(DOCUMENTS)


@pytest.fixture(scope="module")
def sources():
    return load_sources(RESOURCES)  # raises ValidationFailed when any entry is invalid


def test_every_listed_practice_has_a_valid_entry_citing_its_document(sources):
    by_id = {p.id: p for p in sources.practices}
    for document, practice_id, _name in NAMES:
        assert practice_id in by_id, f"{document} presents {practice_id}, which has no entry"
        assert document in {s.document for s in by_id[practice_id].sources}, practice_id


def test_every_entry_is_listed_by_some_document(sources):
    listed = {practice_id for _, practice_id, _ in NAMES}
    assert {p.id for p in sources.practices} - listed == set()


def test_entries_have_a_substantial_body(sources):
    short = [p.id for p in sources.practices if len(p.body.split()) < 120]
    assert short == [], f"entries under 120 words: {short}"


def test_every_policy_area_has_guidance(sources):
    assert {g.policy_area for g in sources.guidance} == {t.id for t in sources.taxonomy["policy_area"].terms}
    for guidance in sources.guidance:
        assert guidance.highlights and guidance.recommendations, guidance.policy_area


@pytest.mark.parametrize("document, practice_id, name", NAMES, ids=[f"{p}:{n}" for _, p, n in NAMES])
def test_searching_a_name_finds_its_practice_first(shipped_catalogue, document, practice_id, name):
    for variant in {name, fold(name), name.upper()}:
        result = shipped_catalogue.search(SearchRequest(query=variant, limit=3))
        assert result.hits, f"'{variant}' finds nothing"
        assert result.hits[0].id == practice_id, (
            f"'{variant}' ranks {[h.id for h in result.hits]} before {practice_id}")


def test_stats_show_every_document_and_every_facet_populated(shipped_catalogue):
    stats = shipped_catalogue.stats()
    assert all(stats.documents.get(d, 0) > 0 for d in DOCUMENTS), stats.documents
    for field, counts in stats.facets.items():
        assert counts and sum(counts.values()) > 0, field
