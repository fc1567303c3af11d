"""What the window does when a user acts: each of these once surprised someone."""

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from desktop.ui import menus
from desktop.ui.models import ResultsModel


@pytest.fixture
def interface_language(project_root):
    """Install a language's translators for one test: interface_language("es")."""
    from desktop.ui.i18n import install_translators
    app, installed = QApplication.instance(), []

    def install(language):
        installed.extend(install_translators(app, language, project_root / "resources" / "translations"))
    yield install
    for translator in installed:
        app.removeTranslator(translator)


def _choose_in_popup(qtbot, trigger, starts_with: str) -> list:
    """Run `trigger` (it opens a popup menu) and choose the entry starting with `starts_with`."""
    seen = []

    def choose():
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, choose)
            return
        seen.extend(a.text() for a in popup.actions())
        action = next(a for a in popup.actions() if a.text().startswith(starts_with))
        popup.close()
        action.trigger()

    QTimer.singleShot(20, choose)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen


def test_only_keeps_just_that_value(qtbot, open_window):
    window = open_window()
    panel = window.filter_panel
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        panel.toggle("level", "local", "include")  # then right-click another level: only that one
    item = panel.model.item_for("level", "national")
    index = panel.proxy.mapFromSource(item.index())
    panel.tree.scrollTo(index)
    position = panel.tree.visualRect(index).center()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        _choose_in_popup(qtbot, lambda: panel.tree.customContextMenuRequested.emit(position), "Only")
    assert window.last_request.filters == {"level": ("national",)}
    national = window.catalogue.search(window.last_request).total
    assert window.results_model.total == national
    assert all("national" in window.catalogue.practice(h.id).levels for h in window.results_model.hits())


def test_a_single_click_on_a_result_opens_it(qtbot, open_window):
    window = open_window()
    view = window.results_view
    index = window.results_model.index(1)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    assert window.reader.current == ("practice", index.data(ResultsModel.IdRole))


def _source_headings(html_text: str) -> list:
    return re.findall(r"<h\d[^>]*>(?:<[^>]+>)*\s*(Source|Fuente|Fonte|Sources)\s*(?:<[^>]+>)*</h\d>", html_text)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_practice_shows_one_source_section_in_the_interface_language(qtbot, open_window, interface_language,
                                                                        language):
    interface_language(language)
    window = open_window(language)
    window.open_practice("almaty-process")
    page = window.pages.page("practice", "almaty-process").html
    assert _source_headings(page) == (["Source"] if language == "en" else ["Fuente"])
    text = window.reader.browser.toPlainText()
    citation_title = "Leveraging the Impact of Migration on Sustainable Development"
    assert text.count(citation_title) >= 1
    if language == "es":
        assert "Source" not in text and " section “" not in text


def test_my_notes_is_available_as_soon_as_the_first_note_is_saved(qtbot, open_window):
    window = open_window()
    window.open_practice("ecuador-congope")

    def my_notes():
        bookmarks = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Bookmarks")
        return next(a for a in bookmarks.actions() if a.text() == "My notes")

    assert not my_notes().isEnabled()
    qtbot.keyClicks(window.reader.note, "Call the prefecture.")
    qtbot.waitUntil(lambda: my_notes().isEnabled(), timeout=3000)
    assert window.reader.current == ("practice", "ecuador-congope")  # no other page was needed


def test_menu_shortcuts_are_keys_not_words(qtbot, open_window):
    window = open_window()
    shortcuts = {}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                shortcuts[action.text()] = action.shortcut().toString()
    assert shortcuts["Settings…"] == "Ctrl+,"
    assert all("+" in keys or re.fullmatch(r"F\d+", keys) for keys in shortcuts.values()), shortcuts


@pytest.mark.parametrize("language, field", [("es", "país:"), ("fr", "pays:"), ("pt", "país:")])
def test_the_search_hint_uses_the_interface_languages_prefixes(qtbot, open_window, interface_language,
                                                               language, field):
    interface_language(language)
    window = open_window(language)
    hint = window.search_field.placeholderText()
    assert field in hint and "country:" not in hint and "prefix*" not in hint
    example = re.search(r"\b\w+:\w+", hint).group(0)  # the hint's example works as written
    window.search_field.setText(example)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search_now()
    assert window.results_model.total > 0


def test_the_save_search_dialog_shows_its_whole_title(qtbot, open_window, interface_language):
    interface_language("es")
    window = open_window("es")
    dialog = menus.save_search_dialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.windowTitle()
    assert title == "Guardar esta búsqueda"
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + 120
    dialog.reject()


def test_english_counts_read_as_english(qtbot, open_window, interface_language):
    interface_language("en")  # only its plural forms
    window = open_window("en")
    assert window.total_label.text() == f"{window.results_model.total} practices"
    assert "practice(s)" not in window.reader.browser.toPlainText()
    window.search_field.setText("title:council country:ecuador")
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search_now()
    assert window.total_label.text() == f"{window.results_model.total} practice" + \
        ("" if window.results_model.total == 1 else "s")
