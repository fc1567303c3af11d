"""Typing fast: a search the next keystroke replaced is told to stop, and only the newest result
reaches the window."""

from __future__ import annotations

import threading

from desktop.core.catalogue import Catalogue
from desktop.core.errors import SearchCancelled
from desktop.core.model import SearchRequest
from desktop.ui.workers import SearchRunner


class _CatalogueThatWaits:
    """Holds the first search until released, like a slow query holding the catalogue, and
    records what `cancelled()` said when each search looked."""

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.release = threading.Event()
        self.seen = {}

    def search(self, request, cancelled=None):
        if request.query == "first":
            self.release.wait(5)
        self.seen[request.query] = cancelled()
        return self.catalogue.search(SearchRequest(query="diaspora"), cancelled=cancelled)


def test_the_replaced_search_is_cancelled_and_only_the_newest_is_shown(qtbot, shipped_build):
    catalogue = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
    waiting = _CatalogueThatWaits(catalogue)
    runner = SearchRunner(waiting)
    delivered, failures = [], []
    runner.finished.connect(lambda request, result: delivered.append(request.query))
    runner.failed.connect(lambda request, sentence: failures.append(sentence))
    runner.submit(SearchRequest(query="first"))
    runner.submit(SearchRequest(query="second"))
    waiting.release.set()
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: delivered == ["second"], timeout=2000)
    assert waiting.seen == {"first": True, "second": False}
    assert failures == []  # the cancelled search's sentence is not shown either
    catalogue.close()


def test_a_search_cancelled_inside_the_catalogue_raises_the_sentence(shipped_build):
    catalogue = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
    try:
        catalogue.search(SearchRequest(query="diaspora"), cancelled=lambda: True)
    except SearchCancelled as error:
        assert str(error) == "The search was replaced by a newer one."
    else:
        raise AssertionError("a cancelled search must stop")
    finally:
        catalogue.close()
