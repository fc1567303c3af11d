"""The start-up check that catalogue.db still matches resources/: stamps first, hashing only
when a source file was written or replaced."""

import shutil

import pytest

from desktop.core import session, sources
from desktop.core.paths import layout as make_layout


@pytest.fixture
def project(tmp_path, shipped_build, project_root):
    """A root with a copy of resources/ and the catalogue built from it."""
    root = tmp_path / "root"
    shutil.copytree(project_root / "resources", root / "resources")
    shutil.copy(shipped_build / "catalogue.db", root / "catalogue.db")
    shutil.copytree(shipped_build / "search_index", root / "search_index")
    return make_layout(tmp_path / "home", root)


def test_an_unchanged_start_does_not_hash_the_sources(project, monkeypatch):
    assert not session.shipped_is_stale(project)  # hashes once, then records the stamps
    assert (project.shipped_catalogue.parent / session.SOURCE_STAMPS).is_file()

    def no_hashing(*_args, **_kwargs):
        raise AssertionError("the sources were hashed although none changed")
    monkeypatch.setattr(sources, "content_hash_of", no_hashing)
    assert not session.shipped_is_stale(project)


def test_an_edited_practice_is_still_noticed(project):
    assert not session.shipped_is_stale(project)
    practice = next((project.resources / "practices").glob("*.md"))
    practice.write_text(practice.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    assert session.shipped_is_stale(project)


def test_a_touched_but_identical_file_is_hashed_once_and_found_current(project):
    assert not session.shipped_is_stale(project)
    practice = next((project.resources / "practices").glob("*.md"))
    practice.write_bytes(practice.read_bytes())  # new time stamp, same bytes
    assert not session.shipped_is_stale(project)
