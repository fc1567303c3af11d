"""First run and help: the start page, Help → Searching and Help → Keyboard shortcuts, in the
four interface languages, with every example and count clickable."""

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core.model import SearchRequest


@pytest.fixture
def interface_language(project_root):
    from desktop.ui.i18n import install_translators
    app, installed = QApplication.instance(), []

    def install(language):
        if language != "en":
            installed.extend(install_translators(app, language, project_root / "resources" / "translations"))
    yield install
    for translator in installed:
        app.removeTranslator(translator)


def _links(window, scheme: str) -> list:
    return re.findall(rf'href="({scheme}:[^"]*)"', window.reader.browser.toHtml())


def _click(qtbot, window, href: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.reader.browser.anchorClicked.emit(QUrl(href))  # what a click on the link sends


def _help_action(window, index: int):
    help_menu = window.menuBar().actions()[-1].menu()
    return [a for a in help_menu.actions() if not a.isSeparator()][index]


def test_the_reader_starts_with_what_the_catalogue_holds(qtbot, open_window):
    window = open_window()
    assert window.reader.current == ("start", "")
    text = window.reader.browser.toPlainText()
    facets = window.catalogue.search(SearchRequest(limit=1)).facets
    for field, heading in (("approach", "By approach"), ("level", "By level of government"),
                           ("region", "By region")):
        assert heading in text
        label = window.catalogue.taxonomy.term_label(field, next(iter(facets[field])), "en")
        assert f"{label} ({facets[field][next(iter(facets[field]))]})" in text
    assert "Exclude" in text and "Shift+F10" in text
    assert not window.reader.note_box.isVisible()  # no note on the start page
    _click(qtbot, window, "filter:level/local")
    assert window.filter_panel.filters == {"level": ("local",)}
    assert window.results_model.total == facets["level"]["local"]


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_the_start_pages_example_searches_work_in_the_interface_language(qtbot, open_window, interface_language,
                                                                         language):
    interface_language(language)
    window = open_window(language)
    examples = _links(window, "search")
    assert len(examples) == 5
    for href in examples:
        _click(qtbot, window, href)
        assert window.search_field.text() == QUrl(href).path(QUrl.FullyDecoded)
        assert window.results_model.total > 0, href
        assert not window.last_result.partial and not window.last_result.unmatched, href
    if language != "en":
        assert "By approach" not in window.pages.page("start", "").html


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_help_searching_explains_the_query_language_with_examples_that_run(qtbot, open_window,
                                                                           interface_language, language):
    interface_language(language)
    window = open_window(language)
    _help_action(window, 1).trigger()  # Help → Searching
    assert window.reader.current == ("help", "searching")
    examples = [QUrl(h).path(QUrl.FullyDecoded) for h in _links(window, "search")]
    assert len(examples) == 8 and any(":" in e for e in examples) and any(e.endswith("*") for e in examples)
    for example in examples:
        result = window.catalogue.search(SearchRequest(query=example, language=language, limit=1))
        assert result.total > 0 and not result.unmatched, example
        if " -" in example:  # the exclusion example leaves some practices out
            whole = window.catalogue.search(SearchRequest(query=example.split(" -")[0], language=language))
            assert result.total < whole.total
    text = window.reader.browser.toPlainText()
    if language != "en":
        assert "Click an example to run it" not in text


def test_help_keyboard_shortcuts_lists_the_keys_as_bound(qtbot, open_window):
    window = open_window()
    _help_action(window, 2).trigger()
    text = window.reader.browser.toPlainText()
    bound = {a.shortcut().toString() for m in window.menuBar().findChildren(QMenu) for a in m.actions()
             if not a.shortcut().isEmpty()}
    assert {"Ctrl+F", "Ctrl+D", "Alt+Left"} <= bound
    assert all(keys in text for keys in bound)
    assert "Shift+F10" in text and "Esc" in text
