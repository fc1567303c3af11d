"""Building: resources/ -> catalogue.db (with its meta table) -> search_index/, incrementally
when only some practice files changed, and never half a catalogue when a source is invalid."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml
from core_helpers import BROKEN, PUBLISHED, fixture_text, ids_of, line_of

from desktop.core import catalogue_db as cdb
from desktop.core.build import build_catalogue
from desktop.core.catalogue import Catalogue
from desktop.core.errors import NotFound, ValidationFailed
from desktop.core.model import SearchRequest
from desktop.core.sources import content_hash_of


class Project:
    """A resources folder with catalogue.db and search_index/ beside it."""

    def __init__(self, resources: Path):
        self.resources = resources
        self.db = resources.parent / "catalogue.db"
        self.index = resources.parent / "search_index"

    def build(self, **kwargs):
        return build_catalogue(self.resources, self.db, self.index, **kwargs)

    def open(self) -> Catalogue:
        return Catalogue.open(self.db, self.index)

    def search(self, query: str, **kwargs) -> list:
        catalogue = self.open()
        try:
            return ids_of(catalogue.search(SearchRequest(query=query, limit=100, **kwargs)))
        finally:
            catalogue.close()

    def practice_file(self, practice_id: str) -> Path:
        return self.resources / "practices" / f"{practice_id}.md"

    def meta(self) -> dict:
        db = cdb.connect(self.db)
        try:
            return cdb.read_meta(db)
        finally:
            db.close()


@pytest.fixture
def project(make_resources):
    project = Project(make_resources())
    project.build()
    return project


def folder_digest(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_full_build_writes_the_published_practices_and_the_meta_table(make_resources):
    project = Project(make_resources())
    report = project.build()
    assert report.full and not report.unchanged
    assert sorted(report.added) == sorted(PUBLISHED) and report.practice_count == len(PUBLISHED)
    meta = project.meta()
    assert meta["schema_version"] == str(cdb.SCHEMA_VERSION) and int(meta["schema_version"]) >= 1
    identity = yaml.safe_load((project.resources / "catalogue.yaml").read_text(encoding="utf-8"))
    assert meta["catalogue_version"] == str(identity["version"])
    assert meta["catalogue_id"] == identity["id"]
    assert meta["content_hash"] == content_hash_of(project.resources)
    catalogue = project.open()
    try:
        assert catalogue.practice_ids() == sorted(PUBLISHED)
        assert catalogue.catalogue_version == identity["version"]
    finally:
        catalogue.close()
    assert project.search("orchards")  # the index was built too


def test_drafts_are_validated_but_not_published(project):
    assert "riverside-draft-practice" not in project.search("")
    with pytest.raises(NotFound):
        project.open().practice("riverside-draft-practice")
    path = project.practice_file("riverside-draft-practice")
    path.write_text(path.read_text(encoding="utf-8").replace("status: draft\n", ""), encoding="utf-8")
    report = project.build()
    assert report.added == ("riverside-draft-practice",) and not report.full
    assert "riverside-draft-practice" in project.search("Riverside")


def test_rebuilding_without_changes_reports_unchanged(project):
    digest = project.meta()["content_hash"]
    report = project.build()
    assert report.unchanged and not report.full
    assert (report.added, report.changed, report.removed) == ((), (), ())
    assert report.practice_count == len(PUBLISHED)
    assert project.meta()["content_hash"] == digest


def test_changing_one_file_reindexes_only_that_practice(project):
    catalogue = project.open()
    before = {i: catalogue.practice(i) for i in catalogue.practice_ids()}
    catalogue.close()
    path = project.practice_file("northfield-diaspora-forum")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "meets its diaspora once a year.", "meets its diaspora and its kingfisher club once a year."),
        encoding="utf-8")

    report = project.build()

    assert report.changed == ("northfield-diaspora-forum",)
    assert report.added == () and report.removed == () and report.full is False
    assert project.meta()["content_hash"] == content_hash_of(project.resources)
    assert project.search("kingfisher") == ["northfield-diaspora-forum"]
    catalogue = project.open()
    try:
        assert "kingfisher club" in catalogue.practice("northfield-diaspora-forum").body
        for practice_id in set(before) - {"northfield-diaspora-forum"}:
            assert catalogue.practice(practice_id) == before[practice_id]
    finally:
        catalogue.close()


def test_a_changed_title_moves_the_practice_in_search_and_sorting(project):
    path = project.practice_file("lakeview-orchard-cooperative")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Lakeview's orchards cooperative", "title: Aardvark valley's orchards cooperative"), encoding="utf-8")
    assert project.build().changed == ("lakeview-orchard-cooperative",)
    assert project.search("aardvark") == ["lakeview-orchard-cooperative"]
    assert project.search("", sort="title")[0] == "lakeview-orchard-cooperative"


def test_removing_a_file_removes_the_practice(project):
    project.practice_file("northfield-diaspora-forum").unlink()
    report = project.build()
    assert report.removed == ("northfield-diaspora-forum",)
    assert report.added == () and report.changed == () and not report.full
    assert report.practice_count == len(PUBLISHED) - 1
    assert project.search("Northfield") == []
    catalogue = project.open()
    try:
        assert not catalogue.has_practice("northfield-diaspora-forum")
        with pytest.raises(NotFound):
            catalogue.practice("northfield-diaspora-forum")
        result = catalogue.search(SearchRequest())
        assert result.total == len(PUBLISHED) - 1
        assert "moldova" not in result.facets["country"]
    finally:
        catalogue.close()


def test_adding_a_file_adds_the_practice(make_resources):
    project = Project(make_resources(practices=("hillcrest-migrant-desk",)))
    project.build()
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "practices" / "northfield-diaspora-forum.md",
                project.resources / "practices")
    report = project.build()
    assert report.added == ("northfield-diaspora-forum",) and not report.full
    assert project.search("diaspora forum") == ["northfield-diaspora-forum"]


def test_a_taxonomy_change_or_force_rebuilds_everything(project):
    assert project.build(force=True).full
    taxonomy = project.resources / "taxonomy.yaml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + "\n# an editor's comment\n", encoding="utf-8")
    report = project.build()
    assert report.full and report.practice_count == len(PUBLISHED)
    assert project.build().unchanged


def test_an_incremental_build_repairs_a_missing_index(project):
    shutil.rmtree(project.index)
    path = project.practice_file("hillcrest-migrant-desk")
    path.write_text(path.read_text(encoding="utf-8").replace("first day.", "first day with a pelican."),
                    encoding="utf-8")
    assert project.build().changed == ("hillcrest-migrant-desk",)
    assert project.search("pelican") == ["hillcrest-migrant-desk"]
    assert sorted(project.search("")) == sorted(PUBLISHED)


def test_a_damaged_catalogue_is_rebuilt_from_scratch(project):
    project.db.write_bytes(b"this is not a database" * 100)
    assert project.build().full
    assert sorted(project.search("")) == sorted(PUBLISHED)


@pytest.mark.parametrize("broken", ["many-problems.md", "colon-in-value.md", "wrong-file-name.md"])
def test_an_invalid_source_leaves_the_catalogue_byte_for_byte_unchanged(project, broken):
    db_before = project.db.read_bytes()
    index_before = folder_digest(project.index)
    folder_before = sorted(p.name for p in project.db.parent.iterdir())
    # A valid change and an invalid file together: neither may reach the catalogue.
    path = project.practice_file("hillcrest-migrant-desk")
    path.write_text(path.read_text(encoding="utf-8").replace("first day.", "first day with a heron."),
                    encoding="utf-8")
    shutil.copy(BROKEN / broken, project.resources / "practices" / broken)

    with pytest.raises(ValidationFailed) as failed:
        project.build()

    assert failed.value.problems and all(broken in p.path for p in failed.value.problems)
    assert project.db.read_bytes() == db_before
    assert folder_digest(project.index) == index_before
    assert sorted(p.name for p in project.db.parent.iterdir()) == folder_before  # no half-written leftovers
    assert project.search("heron") == []


def test_an_invalid_source_writes_no_first_catalogue(make_resources):
    project = Project(make_resources(extra={"wrong-file-name.md": (BROKEN / "wrong-file-name.md").read_text()}))
    with pytest.raises(ValidationFailed):
        project.build()
    assert not project.db.exists() and not project.index.exists()


def test_content_hash_changes_with_any_source_file(make_resources):
    resources = make_resources()
    first = content_hash_of(resources)
    assert content_hash_of(resources) == first
    path = resources / "practices" / "hillcrest-migrant-desk.md"
    path.write_text(fixture_text("hillcrest-migrant-desk") + "\n", encoding="utf-8")
    assert content_hash_of(resources) != first


def test_published_practices_never_link_to_a_draft(make_resources):
    # A draft is left out of the catalogue, so a published practice linking to it would show a
    # dead link: either validation refuses the link, or the built catalogue has no dead links.
    project = Project(make_resources())
    path = project.practice_file("northfield-diaspora-forum")
    text = path.read_text(encoding="utf-8").replace('links: ["https://example.org/northfield-forum"]',
                                                     "links: [riverside-draft-practice]")
    path.write_text(text, encoding="utf-8")
    try:
        project.build()
    except ValidationFailed as failed:
        assert any("riverside-draft-practice" in p.message and p.line == line_of(text, "links:")
                   for p in failed.problems), failed.problems
        return
    catalogue = project.open()
    try:
        dead = [(p.id, link) for p in map(catalogue.practice, catalogue.practice_ids())
                for link in p.links if "://" not in link and not catalogue.has_practice(link)]
    finally:
        catalogue.close()
    assert dead == []


def test_an_update_touching_most_practices_does_not_leave_the_old_segments(project):
    from whoosh import index

    for path in sorted((project.resources / "practices").glob("*.md")):
        if path.name.count(".") == 1:
            path.write_text(path.read_text(encoding="utf-8").replace("\n## What it is", "\nMore text.\n\n## What it is", 1),
                            encoding="utf-8")
    report = project.build()
    assert not report.full and report.changed
    ix = index.open_dir(str(project.index))
    try:
        with ix.reader() as reader:
            assert reader.doc_count_all() == reader.doc_count() == report.practice_count
    finally:
        ix.close()
    assert set(project.search("more text")) >= set(report.changed)


def test_translations_are_searchable_after_an_incremental_build(project):
    english = sorted(p for p in (project.resources / "practices").glob("*.md") if p.name.count(".") == 1)[0]
    practice_id = english.stem
    text = english.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    (english.with_name(f"{practice_id}.es.md")).write_text(
        f"---\ntranslation_of: {practice_id}\nlanguage: es\nsource_hash: pending\ntitle: \"Cooperativa quinuera\"\n"
        f"summary: \"Un resumen en español.\"\n---\nTexto en español sobre huertos.\n", encoding="utf-8")
    report = project.build()
    assert report.changed == (practice_id,) and title
    assert project.search("quinuera") == [practice_id]
    assert project.search("huertos", language="es")[0] == practice_id
