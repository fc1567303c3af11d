"""Fixtures for the Qt tests: a main window over the real catalogue with a private home."""

import pytest

from desktop.core.catalogue import Catalogue
from desktop.core.userdata import UserData


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def open_window(qtbot, shipped_build, home):
    """A factory: open_window(language="en") -> MainWindow (shown, first results drawn).

    Everything it opened is closed after the test; reopening with the same `home` is how
    tests check that bookmarks and notes survive a restart."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    opened = []

    def factory(language="en"):
        catalogue = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
        userdata = UserData(home / "user.db")
        settings = AppSettings(home)
        window = MainWindow(catalogue, userdata, settings, language)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.results_shown, timeout=10000):
            window.show()
        opened.append((window, catalogue, userdata))
        return window

    yield factory
    for window, catalogue, userdata in opened:
        window.close()
        window.runner.wait()
        catalogue.close()
        userdata.close()
