"""Hooks that give the main window its overview features: the Map tab, presentation mode and
comparison. Kept here so that the main window and the menus each make one call."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu
from shiboken6 import isValid

from ..core.comparison import MAX_COMPARED, MIN_COMPARED
from ..core.errors import CatalogueError
from ..core.paths import app_root
from .map_panel import attach_map_tab
from .models import ResultsModel
from .workers import run_in_background

# Printing, slides (Markdown) and the comparison dialog are imported when first used: every
# module imported at start-up costs the start (PySide6's import hook reads each one's source).


def _map_printing():
    from . import map_printing
    return map_printing


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def attach_overviews(window) -> None:
    """Add the Map tab beside the result list of `window` (a MainWindow)."""
    resources = window.layout_paths.resources if window.layout_paths is not None else app_root() / "resources"
    attach_map_tab(window, resources)
    # Ctrl+click and Shift+click pick several results to compare; Enter still opens the current one.
    window.results_view.setSelectionMode(QAbstractItemView.ExtendedSelection)


def _add(menu, text, slot, shortcut=None, enabled=True, before=None) -> QAction:
    action = QAction(text, menu)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setEnabled(enabled)
    menu.insertAction(before, action) if before is not None else menu.addAction(action)
    return action


def add_overview_actions(window, file_menu, view_menu) -> None:
    """File → Map (print, PDF) after the result list's commands; View → Present, Compare, Map."""
    results = next((a for a in file_menu.actions() if a.menu() is not None and a.text() == tr("Result list")), None)
    actions = file_menu.actions()
    before = actions[actions.index(results) + 1] if results is not None and results != actions[-1] else None
    has_map = getattr(window, "map_panel", None) is not None
    map_menu = QMenu(tr("Map of the results"), file_menu)
    file_menu.insertMenu(before, map_menu) if before is not None else file_menu.addMenu(map_menu)
    _add(map_menu, tr("Print map…"), lambda: _map_printing().print_map(window), None, has_map)
    _add(map_menu, tr("Save map as PDF…"), lambda: save_map_pdf(window), None, has_map)
    view_menu.addSeparator()
    _add(view_menu, tr("Present"), lambda: present_results(window), "F5")
    _add(view_menu, tr("Compare selected practices"), lambda: compare_selected(window), "Ctrl+Shift+C")
    if has_map:
        # Ctrl+Shift+M goes to the map and back (Ctrl+Shift+L is the Reading lists pane's).
        _add(view_menu, tr("Map of the results"),
             lambda: window.view_tabs.setCurrentIndex(1 - window.view_tabs.currentIndex()), "Ctrl+Shift+M")


def save_map_pdf(window) -> None:
    from .briefs import ask_pdf_path
    path = ask_pdf_path(window, "map.pdf")
    if path:
        _map_printing().print_map(window, path)


def present(window, practice_ids, start_id: str | None = None):
    """Present `practice_ids` (a result list, a reading list) from `start_id`, full screen."""
    from ..core.slides import start_index
    from .presentation import start_presentation
    presenter = start_presentation(window, window.catalogue, list(practice_ids), window.language,
                                   start_index(practice_ids, start_id))
    window._presentation = presenter
    if presenter is not None:  # deleted on close: forget it then, and show where the talk stopped

        def left():
            shown = presenter.practice_ids[presenter.position.index]
            if window.reader.current != ("practice", shown) and window.catalogue.has_practice(shown):
                window.open_practice(shown)
            window._presentation = None

        presenter.left.connect(left)
    return presenter


def present_results(window) -> None:
    """F5: present every practice of the current result list, from the one open in the reader."""
    if window.last_result is None or not window.last_result.total:
        window.statusBar().showMessage(tr("There is no practice in the result list to present."), 5000)
        return
    request = replace(window.last_request, offset=0, limit=window.last_result.total)
    catalogue = window.catalogue
    current = window.reader.current
    open_id = current[1] if current and current[0] == "practice" else None

    def ready(result):
        if isValid(window):  # the window may have closed while the list was fetched
            present(window, [hit.id for hit in result.hits], open_id)

    window._present_job = run_in_background(lambda: catalogue.search(request), ready, window.show_error)


def selected_practice_ids(window) -> list:
    """The practices selected in the result list, in list order."""
    rows = sorted(index.row() for index in window.results_view.selectionModel().selectedIndexes())
    return [window.results_model.index(row).data(ResultsModel.IdRole) for row in rows]


def compare_practices(window, practice_ids):
    """Open the comparison of `practice_ids` (from the result list or a reading list): the
    CompareDialog, or None."""
    from .compare import CompareDialog
    if not MIN_COMPARED <= len(practice_ids) <= MAX_COMPARED:
        window.statusBar().showMessage(
            tr("Select two to four practices in the result list (Ctrl+click) to compare them."), 8000)
        return None
    try:
        dialog = CompareDialog(window.catalogue, practice_ids, window.language, window.settings.font_size, window)
    except CatalogueError as error:
        window.show_error(str(error))
        return None
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    window._compare_dialog = dialog
    return dialog


def compare_selected(window):
    """View → Compare selected practices."""
    return compare_practices(window, selected_practice_ids(window))
