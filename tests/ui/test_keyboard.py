"""The window driven from the keyboard alone: each key acts where the user is, not window-wide."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.models import FacetModel


def _type(qtbot, window, text):
    window.search_field.clear()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClicks(window.search_field, text)


def _focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_down_moves_the_selection_in_the_result_list(qtbot, open_window):
    window = open_window()
    view = window.results_view
    _focus(qtbot, view)
    view.setCurrentIndex(window.results_model.index(0))
    qtbot.keyClick(view, Qt.Key_Down)
    qtbot.keyClick(view, Qt.Key_Down)
    assert view.currentIndex().row() == 2
    assert view.hasFocus()


def test_down_moves_in_the_filter_tree_and_scrolls_the_reader(qtbot, open_window):
    window = open_window()
    tree = window.filter_panel.tree
    _focus(qtbot, tree)
    tree.setCurrentIndex(tree.model().index(0, 0))
    qtbot.keyClick(tree, Qt.Key_Down)
    assert tree.hasFocus() and tree.currentIndex().row() == 0 and tree.currentIndex().parent().isValid()
    window.resize(1000, 500)
    window.open_practice("sao-paulo-municipal-plan-immigrant-population")
    browser = window.reader.browser
    _focus(qtbot, browser)
    assert browser.verticalScrollBar().maximum() > 0
    for _ in range(5):
        qtbot.keyClick(browser, Qt.Key_Down)
    assert browser.verticalScrollBar().value() > 0
    assert browser.hasFocus()


def test_escape_in_the_note_or_reader_keeps_the_search_and_the_filters(qtbot, open_window):
    window = open_window()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filter_panel.toggle("level", "local", "include")
    _type(qtbot, window, "council")
    window.open_practice("ecuador-congope")
    for widget in (window.reader.note, window.reader.browser):
        _focus(qtbot, widget)
        qtbot.keyClick(widget, Qt.Key_Escape)
    qtbot.wait(300)
    assert window.search_field.text() == "council"
    assert window.filter_panel.filters == {"level": ("local",)}


def test_ctrl_f_from_the_result_list_goes_to_the_search_field(qtbot, open_window):
    window = open_window()
    _focus(qtbot, window.results_view)
    qtbot.keyClick(window.results_view, Qt.Key_F, Qt.ControlModifier)
    assert window.search_field.hasFocus()
    _focus(qtbot, window.results_view)
    qtbot.keyClick(window.results_view, Qt.Key_L, Qt.ControlModifier)
    assert window.search_field.hasFocus()


def test_ctrl_d_bookmarks_the_practice_shown(qtbot, open_window):
    window = open_window()
    window.open_practice("ecuador-congope")
    qtbot.waitUntil(lambda: any(a.shortcut().toString() == "Ctrl+D" and a.isEnabled()
                                for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                                for a in m.actions()))
    _focus(qtbot, window.reader.browser)
    qtbot.keyClick(window.reader.browser, Qt.Key_D, Qt.ControlModifier)
    assert window.userdata.is_bookmarked("ecuador-congope")
    assert window.reader.bookmark_button.isChecked()


def test_tab_from_the_results_reaches_the_bookmark_before_the_links(qtbot, open_window):
    window = open_window()
    window.open_practice("sao-paulo-municipal-plan-immigrant-population")
    _focus(qtbot, window.results_view)
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is window.reader.bookmark_button:
            break
    assert window.reader.bookmark_button in reached
    assert window.reader.browser not in reached


def _popup_actions(qtbot, trigger) -> list:
    """Run `trigger`, which opens a popup menu; return its action texts and close it."""
    seen = []

    def look():
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, look)
            return
        seen.extend(a.text() for a in popup.actions())
        popup.close()

    QTimer.singleShot(20, look)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen


def test_shift_f10_opens_the_exclude_menu_of_the_current_value(qtbot, open_window):
    window = open_window()
    tree = window.filter_panel.tree
    _focus(qtbot, tree)
    branch = tree.model().index(0, 0)
    tree.setCurrentIndex(tree.model().index(0, 0, branch))
    label = tree.currentIndex().data(FacetModel.LabelRole)
    actions = _popup_actions(qtbot, lambda: qtbot.keyClick(tree, Qt.Key_F10, Qt.ShiftModifier))
    assert any(label in text and text.startswith("Exclude") for text in actions)


def test_back_returns_to_where_the_reader_was(qtbot, open_window):
    window = open_window()
    window.resize(1000, 500)
    window.open_practice("sao-paulo-municipal-plan-immigrant-population")
    bar = window.reader.browser.verticalScrollBar()
    assert bar.maximum() > 100
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    window.open_practice("ecuador-congope")
    assert bar.value() == 0
    _focus(qtbot, window.reader.browser)
    qtbot.keyClick(window.reader.browser, Qt.Key_Left, Qt.AltModifier)
    assert window.reader.current == ("practice", "sao-paulo-municipal-plan-immigrant-population")
    assert bar.value() == where
