"""Field contributions: the form's file, and its import as a draft that never overwrites."""

from __future__ import annotations

import pytest
from updates_support import make_project, practices_without_links, run_cli, snapshot

from desktop.core.build import build_catalogue
from desktop.core.catalogue import Catalogue
from desktop.core.contributions import (
    FIELD_DOCUMENT,
    ContributionInvalid,
    import_contribution,
    read_contribution,
    slug_of,
    write_contribution,
)
from desktop.core.sources import load_documents, load_sources
from desktop.core.taxonomy import load_taxonomy

FORM = {"title": "Conseil municipal des migrants de Sfax", "place": "Sfax, Tunisie", "levels": ["local"],
        "approaches": ["participatory-consultation"], "source": "Interview with the council secretary, March 2026",
        "description": "The municipality set up a council of migrant associations. It meets every quarter.\n\n"
                       "## How it works\nThe mayor chairs it.", "contributor": "A. B., Sfax office"}


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "editor", practices_without_links(3), [])


@pytest.fixture
def taxonomy(project):
    return load_taxonomy(project / "resources" / "taxonomy.yaml")


def test_the_form_writes_one_readable_file_that_reads_back(tmp_path, taxonomy):
    path = write_contribution(tmp_path / "outbox", FORM, taxonomy)
    assert path.name == "conseil-municipal-des-migrants-de-sfax.contribution.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\ncontribution: 1\n") and "It meets every quarter." in text
    contribution = read_contribution(path, taxonomy)
    assert contribution.title == FORM["title"] and contribution.levels == ("local",)
    assert contribution.description == FORM["description"] and contribution.submitted


def test_the_form_never_overwrites_a_file(tmp_path):
    first = write_contribution(tmp_path, FORM)
    second = write_contribution(tmp_path, FORM)
    assert first != second and second.name.endswith("-2.contribution.md")
    named = write_contribution(tmp_path / "mine.contribution.md", FORM)
    assert named.name == "mine.contribution.md"
    assert write_contribution(tmp_path / "mine.contribution.md", FORM).name == "mine-2.contribution.md"


@pytest.mark.parametrize("change, message", [
    ({"title": ""}, "title is missing"),
    ({"description": "  "}, "description is missing"),
    ({"levels": []}, "at least one level"),
    ({"approaches": []}, "at least one approach"),
    ({"levels": ["galactic"]}, "level 'galactic' is not in the catalogue's taxonomy"),
    ({"title": "x" * 201}, "longer than 200"),
    ({"colour": "red"}, "no field 'colour'"),
    ({"submitted": "yesterday"}, "not a date"),
])
def test_the_form_checks_its_fields(tmp_path, taxonomy, change, message):
    with pytest.raises(ContributionInvalid, match=message):
        write_contribution(tmp_path / "outbox", {**FORM, **change}, taxonomy)
    assert not (tmp_path / "outbox").exists()


def test_newlines_in_one_line_fields_are_flattened(tmp_path):
    path = write_contribution(tmp_path, {**FORM, "title": "Two\nlines: [evil]"})
    assert read_contribution(path).title == "Two lines: [evil]"


def test_import_adds_a_valid_draft_that_is_not_built_into_the_catalogue(project, tmp_path):
    resources = project / "resources"
    result = import_contribution(resources, write_contribution(tmp_path, FORM))
    assert result.practice_id == "conseil-municipal-des-migrants-de-sfax"
    assert result.path == resources / "practices" / f"{result.practice_id}.md"
    text = result.path.read_text(encoding="utf-8")
    assert "status: draft" in text and "Suggested by A. B., Sfax office" in text
    sources = load_sources(resources)  # the editor's build stays valid
    draft = next(p for p in sources.practices if p.id == result.practice_id)
    assert draft.status == "draft" and draft.countries == ("tunisia",) and draft.levels == ("local",)
    assert draft.sources[0].document == FIELD_DOCUMENT and "Interview" in draft.sources[0].section
    assert any("guessed from the place" in note for note in result.notes)
    assert any(d.id == FIELD_DOCUMENT for d in load_documents(resources / "sources.yaml"))
    build_catalogue(resources, tmp_path / "catalogue.db", tmp_path / "index")
    catalogue = Catalogue.open(tmp_path / "catalogue.db", tmp_path / "index")
    try:
        assert not catalogue.has_practice(result.practice_id)
    finally:
        catalogue.close()


def test_import_never_overwrites_an_entry(project, tmp_path):
    resources = project / "resources"
    existing = sorted((resources / "practices").glob("*.md"))[0]
    before = existing.read_bytes()
    path = write_contribution(tmp_path, {**FORM, "title": existing.stem.replace("-", " ")})
    first = import_contribution(resources, path)
    second = import_contribution(resources, path)
    assert first.practice_id == f"{existing.stem}-2" and second.practice_id == f"{existing.stem}-3"
    assert existing.read_bytes() == before
    sources_yaml = (resources / "sources.yaml").read_text(encoding="utf-8")
    assert sources_yaml.count(f"id: {FIELD_DOCUMENT}") == 1
    load_sources(resources)


def test_a_known_source_document_and_explicit_country_are_kept(project, tmp_path):
    resources = project / "resources"
    contribution = {**FORM, "document": "gfmd-annex-mlg", "country": ["morocco"]}
    result = import_contribution(resources, write_contribution(tmp_path, contribution))
    practice = next(p for p in load_sources(resources).practices if p.id == result.practice_id)
    assert practice.sources[0].document == "gfmd-annex-mlg" and practice.countries == ("morocco",)
    assert result.notes == ()
    assert FIELD_DOCUMENT not in (resources / "sources.yaml").read_text(encoding="utf-8")


def test_importing_something_that_is_not_a_contribution_changes_nothing(project, tmp_path):
    resources = project / "resources"
    before = snapshot(resources)
    practice = sorted((resources / "practices").glob("*.md"))[0]
    code, _, err = run_cli("--root", project, "--home", tmp_path / "h", "contributions", "import", practice)
    assert code == 2 and "is not a contribution file" in err
    bad = tmp_path / "bad.contribution.md"
    bad.write_text(write_contribution(tmp_path, FORM).read_text(encoding="utf-8").replace("[local]", "[galactic]"))
    code, _, err = run_cli("--root", project, "--home", tmp_path / "h", "contributions", "import", bad)
    assert code == 2 and "level 'galactic'" in err
    binary = tmp_path / "x.contribution.md"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    code, _, err = run_cli("--root", project, "--home", tmp_path / "h", "contributions", "import", binary)
    assert code == 2 and "not UTF-8" in err
    assert snapshot(resources) == before


def test_contributions_cli_import(project, tmp_path):
    path = write_contribution(tmp_path, FORM)
    code, out, err = run_cli("--root", project, "--home", tmp_path / "h", "contributions", "import", path)
    assert code == 0, err
    assert "Added the draft" in out and "conseil-municipal-des-migrants-de-sfax.md" in out
    assert "Note: the country 'tunisia' was guessed from the place" in out


def test_slugs():
    assert slug_of("São Paulo: Conselho Municipal!") == "sao-paulo-conselho-municipal"
    assert slug_of("!!!") == "contribution"
    assert len(slug_of("word " * 40)) <= 60
