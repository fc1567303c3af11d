"""Compare: results picked with Ctrl+click, the table, the marked rows, the printed comparison."""

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.ui.compare import DIFFERS
from desktop.ui.models import ResultsModel


def _pick(qtbot, window, rows):
    view = window.results_view
    for n, row in enumerate(rows):
        index = window.results_model.index(row)
        view.scrollTo(index)
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier if n else Qt.NoModifier,
                         view.visualRect(index).center())
    return [window.results_model.index(r).data(ResultsModel.IdRole) for r in rows]


def _compare_action(window):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&View")
    return next(a for a in view_menu.actions() if a.text() == "Compare selected practices")


def test_two_results_picked_with_ctrl_click_are_compared_side_by_side(qtbot, open_window, tmp_path):
    window = open_window()
    ids = _pick(qtbot, window, [0, 2])
    _compare_action(window).trigger()
    dialog = window._compare_dialog
    qtbot.addWidget(dialog)
    titles = [window.catalogue.practice(pid).title for pid in ids]
    table = dialog.table
    assert table.columnCount() == 2 and table.rowCount() == 10
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == titles
    for r, row in enumerate(dialog.rows):
        marked = table.verticalHeaderItem(r).text().endswith("≠")
        shaded = table.item(r, 0).background().color() == DIFFERS
        assert marked == shaded == row.differs
    assert "summary" in dialog.differing_rows()
    path = tmp_path / "comparison.pdf"
    dialog.save_pdf(str(path))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    assert "Practices compared" in text and titles[0].split()[0] in text and "≠" in text


def test_four_at_most_and_two_at_least(qtbot, open_window):
    window = open_window()
    _pick(qtbot, window, [0])
    _compare_action(window).trigger()
    assert getattr(window, "_compare_dialog", None) is None
    assert "two to four" in window.statusBar().currentMessage()
    _pick(qtbot, window, [0, 1, 2, 3, 4])
    assert len(window.results_view.selectionModel().selectedIndexes()) == 5
    _compare_action(window).trigger()
    assert getattr(window, "_compare_dialog", None) is None
    _pick(qtbot, window, [1, 3, 4, 5])
    _compare_action(window).trigger()
    qtbot.addWidget(window._compare_dialog)
    assert window._compare_dialog.table.columnCount() == 4


def test_the_comparison_follows_the_interface_language(qtbot, open_window):
    window = open_window("pt")
    ids = _pick(qtbot, window, [0, 1])
    _compare_action_pt = next(a for m in window.menuBar().actions() if m.menu()
                              for a in m.menu().actions() if a.shortcut().toString() == "Ctrl+Shift+C")
    _compare_action_pt.trigger()
    dialog = window._compare_dialog
    qtbot.addWidget(dialog)
    assert dialog.table.horizontalHeaderItem(0).text() == window.catalogue.practice(ids[0]).translation("pt").title


def test_enter_still_opens_the_current_result(qtbot, open_window):
    window = open_window()
    ids = _pick(qtbot, window, [1])
    qtbot.keyClick(window.results_view, Qt.Key_Return)
    assert window.reader.current == ("practice", ids[0])
