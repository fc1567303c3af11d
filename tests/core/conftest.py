"""Fixtures for the core tests: small resources folders made from tests/fixtures/, built once
per session where tests only read them (the real catalogue's fixtures are in tests/conftest.py)."""

from __future__ import annotations

import pytest
from core_helpers import ALL_FIXTURES, copy_resources


@pytest.fixture
def make_resources(tmp_path):
    """Factory: make_resources(practices=..., extra={file name: text}, name=...) -> a new
    resources/ folder under tmp_path holding the real taxonomy and the chosen fixture practices."""
    def make(practices=ALL_FIXTURES, extra=None, name="resources"):
        return copy_resources(tmp_path / name, practices, extra)
    return make


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory):
    """The fixture practices built once per session: a folder with catalogue.db, search_index/
    and the resources/ they were built from."""
    from desktop.core.build import build_catalogue

    folder = tmp_path_factory.mktemp("fixture-build")
    resources = copy_resources(folder / "resources")
    build_catalogue(resources, folder / "catalogue.db", folder / "search_index")
    return folder


@pytest.fixture
def fixture_catalogue(fixture_build):
    """The fixture catalogue, open for reading."""
    from desktop.core.catalogue import Catalogue

    catalogue = Catalogue.open(fixture_build / "catalogue.db", fixture_build / "search_index")
    yield catalogue
    catalogue.close()
