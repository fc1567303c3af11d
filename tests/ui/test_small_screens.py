"""Small screens, big type and a moving pointer: nothing off screen, nothing cut, nothing jumps."""

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from desktop.ui import menus
from desktop.ui.models import FacetModel

SIX_FILTERS = {"approach": ("whole-of-society", "whole-of-government"), "level": ("local", "national"),
               "region": ("europe",), "country": ("ecuador",)}


@pytest.fixture
def larger_text():
    """Ctrl++ four times; the session's font is put back afterwards."""
    size = QApplication.font().pointSize()
    yield lambda window: [menus.change_font(window, +1) for _ in range(4)]
    menus.apply_font_size(size)


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def test_the_first_window_fits_the_screen_it_opens_on(qtbot, open_window):
    window = open_window()  # a fresh home: no saved geometry
    screen = window.screen().availableGeometry()  # the offscreen screen: 800×800
    assert screen.width() < 1280
    assert _inside(window.frameGeometry(), screen)


CHILD = """
import sys, tempfile
from desktop.ui.app import Application
app = Application(["--home", tempfile.mkdtemp()])
window = app.open()
app.qt_app.processEvents()
screen, frame = window.screen().availableGeometry(), window.frameGeometry()
print(screen.width(), screen.height(), frame.x(), frame.y(), frame.width(), frame.height())
"""


def test_the_first_window_fits_a_1366x768_screen_at_scale_1_5(tmp_path, project_root):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1.5")
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=project_root, env=env, capture_output=True, text=True,
                         timeout=60)
    width, height, x, y, frame_width, frame_height = map(int, out.stdout.split()[-6:])
    assert (width, height) == (911, 512)  # 1366×768 device pixels at 1.5, in the window's pixels
    assert x >= 0 and y >= 0 and x + frame_width <= width and y + frame_height <= height


def test_filter_chips_wrap_instead_of_widening_the_window(qtbot, open_window):
    window = open_window()
    window.resize(1024, 560)
    one_line = window.chips.height()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filter_panel.set_selection(SIX_FILTERS, {})
    qtbot.waitUntil(lambda: len(window.chips.chips) == 6)
    QApplication.processEvents()
    assert window.width() == 1024
    assert window.chips.height() > one_line  # a second line of chips
    bar = window.chips.rect()
    assert all(_inside(chip.geometry(), bar) for chip in window.chips.chips)
    assert _inside(window.reader.geometry().translated(window.reader.mapTo(window, QPoint(0, 0))
                                                       - window.reader.pos()), window.rect())


def _visible_values(tree):
    model, found, pending = tree.model(), [], [tree.model().index(r, 0) for r in range(tree.model().rowCount())]
    while pending:
        index = pending.pop()
        if index.data(FacetModel.ValueRole):
            found.append(index)
        if tree.isExpanded(index):
            pending.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return found


def _check_labels_are_whole(tree) -> dict:
    """Every visible value's label wraps at word breaks within its row, and the row is tall
    enough for the lines; returns {value: label}."""
    assert tree.textElideMode() == Qt.ElideNone
    metrics, labels = QFontMetrics(tree.font()), {}
    for index in _visible_values(tree):
        rect = tree.visualRect(index)
        text = index.data(Qt.DisplayRole)
        labels[index.data(FacetModel.ValueRole)] = text
        text_width = rect.width() - tree.style().pixelMetric(QStyle.PM_IndicatorWidth, None, tree) - 12
        longest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        assert longest_word <= text_width, text
        needed = metrics.boundingRect(QRect(0, 0, text_width, 10000), Qt.TextWordWrap, text).height()
        assert rect.height() >= needed, text
    return labels


def test_facet_labels_are_whole_at_1024_px_in_french_with_larger_text(qtbot, open_window, larger_text,
                                                                       project_root):
    from desktop.ui.i18n import install_translators
    app = QApplication.instance()
    translators = install_translators(app, "fr", project_root / "resources" / "translations")
    try:
        window = open_window("fr")
        window.resize(760, 560)  # narrow: the panel at its narrowest, and no value may be cut
        tree = window.filter_panel.tree
        QApplication.processEvents()
        indicator_before = tree.style().pixelMetric(QStyle.PM_IndicatorWidth, None, tree)
        _check_labels_are_whole(tree)
        window.resize(1024, 560)
        larger_text(window)
        qtbot.waitUntil(lambda: tree.font().pointSize() >= QApplication.font().pointSize())
        QApplication.processEvents()
        assert tree.style().pixelMetric(QStyle.PM_IndicatorWidth, None, tree) > indicator_before
        labels = _check_labels_are_whole(tree)
        assert labels["whole-of-society"].startswith("Approche pansociétale")
        assert labels["whole-of-government"].startswith("Approche pangouvernementale")
        assert window.width() == 1024  # the larger text did not widen the window
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _approach_rows(panel):
    proxy = panel.proxy
    branch = next(proxy.index(r, 0) for r in range(proxy.rowCount())
                  if proxy.index(r, 0).data(FacetModel.FieldRole) == "approach")
    return [proxy.index(r, 0, branch).data(FacetModel.ValueRole) for r in range(proxy.rowCount(branch))]


def test_rows_stay_under_the_pointer_and_the_chip_row_keeps_its_place(qtbot, open_window):
    window = open_window()
    panel = window.filter_panel
    tree_top = panel.mapTo(window, QPoint(0, 0)).y()
    before = _approach_rows(panel)
    qtbot.mouseMove(panel.tree.viewport(), QPoint(20, 20))
    qtbot.waitUntil(lambda: panel.underMouse())
    with qtbot.waitSignal(window.results_shown, timeout=10000):  # changes the approaches' counts
        panel.model.item_for("level", "national").setCheckState(Qt.Checked)
    QApplication.processEvents()
    assert _approach_rows(panel) == before
    assert panel.mapTo(window, QPoint(0, 0)).y() == tree_top  # the chip row was already there
    qtbot.mouseMove(window.search_field, QPoint(5, 5))
    qtbot.waitUntil(lambda: not panel.underMouse())
    qtbot.waitUntil(lambda: _approach_rows(panel) != before)  # sorted again once the pointer left


LISTS_CHILD = """
import sys, tempfile
from desktop.ui.app import Application
from desktop.ui.reading_lists_menu import show_lists
app = Application(["--home", tempfile.mkdtemp(), "--lang", sys.argv[1]])
window = app.open()
app.qt_app.processEvents()
show_lists(window)
for _ in range(5):
    app.qt_app.processEvents()
screen, frame = window.screen().availableGeometry(), window.frameGeometry()
print(window.lists_dock.isVisible(), screen.width(), frame.x(), frame.width())
"""


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_the_reading_lists_pane_opens_inside_a_1024_px_screen(tmp_path, project_root, language):
    # Its row of three long button labels ("Cambiar el nombre…") beside the rest of the window
    # used to push the window 50 px past the right edge of the screen, its buttons cut off.
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "netbook", "x": 0, "y": 0, "width": 1024, "height": 600,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    out = subprocess.run([sys.executable, "-c", LISTS_CHILD, language], cwd=project_root, env=env,
                         capture_output=True, text=True, timeout=60)
    visible, width, x, frame_width = out.stdout.split()[-4:]
    assert visible == "True" and int(width) == 1024, out.stdout + out.stderr
    assert int(x) >= 0 and int(x) + int(frame_width) <= int(width)
