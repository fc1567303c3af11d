"""Shared fixtures. Qt must be told to draw offscreen before anything imports it: on a machine
without a display pytest-qt would abort otherwise."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT


@pytest.fixture(scope="session")
def shipped_build(tmp_path_factory):
    """The real resources/ built once per session into a temporary folder (never into the
    project's own catalogue.db). Returns the folder holding catalogue.db and search_index/."""
    from desktop.core.build import build_catalogue

    folder = tmp_path_factory.mktemp("shipped")
    build_catalogue(RESOURCES, folder / "catalogue.db", folder / "search_index")
    return folder


@pytest.fixture
def shipped_copy(shipped_build, tmp_path):
    """A private copy of the shipped build, for tests that change or damage it."""
    target = tmp_path / "catalogue"
    shutil.copytree(shipped_build, target)
    return target


@pytest.fixture
def shipped_catalogue(shipped_build):
    """The real catalogue, open for reading (shared build, closed after the test)."""
    from desktop.core.catalogue import Catalogue

    catalogue = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
    yield catalogue
    catalogue.close()
