"""Reading lists in the main window: the dock that holds the pane, the Lists menu, and the
workshop pack's dialog. `attach_reading_lists(window)` is the one call the window makes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
)

from ..core.errors import CatalogueError
from .menus import _action, _submenu, tr
from .workers import run_in_background

SHOW_SHORTCUT = "Ctrl+Shift+L"


class _SaveOnClose(QObject):
    """Writes a comment still being typed when the window closes (as the reader does notes)."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Close:
            self.pane.save_comment()
        return False


def attach_reading_lists(window):
    """Give `window` its Reading lists dock (hidden until asked for) and wire it to the reader
    and the catalogue. Returns the pane (also window.lists_pane)."""
    from .reading_lists import ReadingListsPane

    def current_practice():
        current = window.reader.current
        if current and current[0] == "practice" and window.catalogue.has_practice(current[1]):
            return current[1]
        return None

    pane = ReadingListsPane(window.userdata, window.catalogue, current_practice, lambda: window.language, window)
    dock = QDockWidget(window)
    dock.setObjectName("reading_lists_dock")  # saveState/restoreState remember it by this name
    # In a scroll area: on a 1024 px screen the pane's minimum width beside the rest of the
    # window pushed the window past the screen's edge; now the pane scrolls instead.
    scroll = QScrollArea(dock)
    scroll.setWidget(pane)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    dock.setWidget(scroll)
    dock.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    dock.hide()
    show = QAction(window)
    show.setShortcut(QKeySequence(SHOW_SHORTCUT))
    show.triggered.connect(lambda _checked=False: show_lists(window))
    window.addAction(show)  # the shortcut works whatever the menus are (they are rebuilt often)
    window.lists_pane, window.lists_dock = pane, dock
    pane.open_requested.connect(window.open_practice)
    pane.lists_changed.connect(lambda: window._menu_timer.start())
    pane.pack_requested.connect(lambda list_id: workshop_pack_dialog(window, list_id))
    window.reader.page_shown.connect(lambda *_: pane.update_buttons())  # 'Add the open practice'
    window.catalogue_replaced.connect(lambda: pane.set_catalogue(window.catalogue))
    window.installEventFilter(_SaveOnClose(pane))
    _retitle(window)
    return pane


def _retitle(window) -> None:
    window.lists_dock.setWindowTitle(tr("Reading lists"))


def show_lists(window) -> None:
    """Show the Reading lists dock and put the keyboard in its list of practices."""
    window.lists_dock.show()
    window.lists_dock.raise_()
    pane = window.lists_pane
    # As wide as the pane needs where the screen has room (the scroll area alone would start
    # narrower); on a small screen the window does not grow, and the pane scrolls.
    wanted = pane.minimumSizeHint().width() + pane.style().pixelMetric(QStyle.PM_ScrollBarExtent) + 4
    window.resizeDocks([window.lists_dock], [wanted], Qt.Horizontal)
    (pane.items_view if pane.model.rowCount() else pane.list_box if pane.list_box.count() else
     pane.new_button).setFocus(Qt.ShortcutFocusReason)


def add_lists_menu(window, bar) -> None:
    """The Lists menu (called by menus.build_menus, so it follows the language and the page)."""
    pane = getattr(window, "lists_pane", None)
    if pane is None:
        return
    _retitle(window)
    menu = _submenu(bar, tr("&Lists"))
    show = _action(menu, tr("Show reading lists"), lambda: show_lists(window))
    show.setShortcut(QKeySequence(SHOW_SHORTCUT))
    show.setShortcutContext(Qt.WidgetShortcut)  # shown in the menu; the window's own action fires it
    practice_id = pane.open_practice_id()
    add_to = _submenu(menu, tr("Add this practice to"))
    add_to.setEnabled(practice_id is not None)
    lists = window.userdata.lists.all()
    holding = set(window.userdata.lists.lists_with(practice_id)) if practice_id else set()
    for reading_list in lists:
        action = _action(add_to, reading_list.name,
                         lambda list_id=reading_list.id: _add_to(window, practice_id, list_id))
        action.setCheckable(True)
        action.setChecked(reading_list.name in holding)
        action.setEnabled(reading_list.name not in holding)
    if lists:
        add_to.addSeparator()
    _action(add_to, tr("New list…"), lambda: _add_to(window, practice_id, None))
    menu.addSeparator()
    _action(menu, tr("New list…"), lambda: (show_lists(window), pane.new_list()))
    _action(menu, tr("Import a list…"), lambda: (show_lists(window), pane.import_file()))
    chosen = pane.current_list_id is not None
    _action(menu, tr("Export this list…"), lambda: pane.export_file(), None, chosen)
    _action(menu, tr("Workshop pack of this list…"), lambda: workshop_pack_dialog(window, pane.current_list_id),
            None, chosen)


def _add_to(window, practice_id: str, list_id: int | None) -> None:
    pane = window.lists_pane
    show_lists(window)
    if list_id is None:
        list_id = pane.new_list()
        if list_id is None:
            return
    elif list_id != pane.current_list_id:
        pane.reload(select_id=list_id)
    pane.add_practice(practice_id, list_id)


class WorkshopPackDialog(QDialog):
    """Print or save as PDF the workshop pack of one list, with or without the user's notes."""

    def __init__(self, list_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Workshop pack"))
        self.choice = None  # "print" or "pdf" once a button was pressed
        self.pages_written = None  # the number of pages once the pack is written (0: it failed)
        text = QLabel(tr("A cover, a contents page and each practice of “%1” in the interface language, "
                         "with your comments.").replace("%1", list_name), self)
        text.setWordWrap(True)
        self.notes_box = QCheckBox(tr("Include my &notes on these practices"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.print_button = buttons.addButton(tr("Print…"), QDialogButtonBox.AcceptRole)
        self.pdf_button = buttons.addButton(tr("Save as PDF…"), QDialogButtonBox.AcceptRole)
        self.print_button.clicked.connect(lambda: self._choose("print"))
        self.pdf_button.clicked.connect(lambda: self._choose("pdf"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.notes_box)
        layout.addWidget(buttons)
        self.pdf_button.setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def workshop_pack_dialog(window, list_id: int | None, path: str | None = None) -> WorkshopPackDialog | None:
    """Ask whether to include notes and where to send the pack, then make it."""
    if list_id is None:
        return None
    window.lists_pane.save_comment()  # the comment being typed belongs in the pack
    try:
        reading_list = window.userdata.lists.get(list_id)
    except CatalogueError as error:
        window.show_error(str(error))
        return None
    dialog = WorkshopPackDialog(reading_list.name, window)
    dialog.finished.connect(lambda result: _make_pack(window, reading_list, dialog, path) if result else None)
    dialog.open()
    window._pack_dialog = dialog
    return dialog


def _make_pack(window, reading_list, dialog, path) -> None:
    """Lay out and write the pack in the background (a long list takes seconds); the dialog's
    `pages_written` says when it is done (tests)."""
    from . import workshop_pack  # printing is loaded when a pack is made, not at start-up
    pack = workshop_pack.WorkshopPack(reading_list, window.catalogue, window.userdata, window.language,
                                      include_notes=dialog.notes_box.isChecked())
    size = window.settings.font_size
    if dialog.choice == "print":
        printer = workshop_pack.choose_printer(window)
        if printer is None:
            return
        done_text = tr("Workshop pack sent to the printer.")
    else:
        if path is None:
            suggested = "".join(c if c.isalnum() or c in " -_" else "-" for c in reading_list.name).strip()
            from .briefs import ask_pdf_path
            path = ask_pdf_path(window, suggested + ".pdf")
            if not path:
                return
        printer = workshop_pack.pdf_printer(path)
        done_text = None
    window.statusBar().showMessage(tr("Making the workshop pack…"))

    def done(pages):
        dialog.pages_written = pages
        window.statusBar().showMessage(done_text or tr("Workshop pack saved: %1 (%n page(s)).", "", pages)
                                       .replace("%1", path), 8000)

    def failed(message):
        dialog.pages_written = 0
        window.statusBar().clearMessage()
        window.show_error(message)

    dialog.printer = printer  # kept alive until the job is done
    dialog.job = run_in_background(lambda: workshop_pack.render(pack, printer, size), done, failed)
