"""The menu bar and what its commands do (briefs, exports, bookmarks, searches, settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMenu, QMessageBox

from .. import __version__
from ..core.errors import CatalogueError
from .dialogs import AboutDialog, SettingsDialog
from .overviews import add_overview_actions


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there.
    return QCoreApplication.translate("", text, disambiguation or "", n)


def _submenu(parent, title: str) -> QMenu:
    """A menu owned by `parent` on the C++ side: a menu made with addMenu(title) could be
    deleted along with its Python wrapper, leaving a dangling entry in the menu bar."""
    menu = QMenu(title, parent)
    parent.addMenu(menu)
    return menu


def _briefs():
    # Printing (QtPrintSupport, Markdown) is loaded on first use, not at start-up.
    from . import briefs
    return briefs


def _action(menu, text, slot, shortcut=None, enabled=True) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    if isinstance(shortcut, list):
        action.setShortcuts([QKeySequence(keys) for keys in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setEnabled(enabled)
    return action


def build_menus(window) -> None:
    """(Re)build the whole menu bar of `window` in the current language."""
    bar = window.menuBar()
    for old in bar.actions():  # remove the old menus whole; clear() left their wrappers dangling
        menu = old.menu()
        bar.removeAction(old)
        if menu is not None:
            menu.deleteLater()
    file_menu = _submenu(bar, tr("&File"))
    current = window.reader.current
    on_practice = bool(current and current[0] == "practice" and window.catalogue.has_practice(current[1]))
    brief = _submenu(file_menu, tr("Brief of this practice"))
    _action(brief, tr("Print…"), lambda: _briefs().print_practice(window), QKeySequence.Print, on_practice)
    _action(brief, tr("Save as PDF…"), lambda: _briefs().pdf_practice(window), None, on_practice)
    marked = _submenu(file_menu, tr("Brief of bookmarked practices"))
    # Read once per rebuild: the menus are rebuilt on every page shown.
    bookmarks, notes_kept = window.userdata.bookmarks(), window.userdata.notes()
    has_bookmarks = bool(bookmarks)
    _action(marked, tr("Print…"), lambda: _briefs().print_bookmarks(window, pdf=False), None, has_bookmarks)
    _action(marked, tr("Save as PDF…"), lambda: _briefs().print_bookmarks(window, pdf=True), None, has_bookmarks)
    notes = file_menu.addAction(tr("Include my notes in briefs"))
    notes.setCheckable(True)  # off by default: briefs are often handouts
    notes.setChecked(window.settings.notes_in_briefs)
    notes.toggled.connect(lambda on: setattr(window.settings, "notes_in_briefs", on))
    results = _submenu(file_menu, tr("Result list"))
    _action(results, tr("Print…"), lambda: _briefs().print_results(window, pdf=False))
    _action(results, tr("Save as PDF…"), lambda: _briefs().print_results(window, pdf=True))
    _action(results, tr("Export to CSV…"), lambda: _briefs().export_csv(window))
    file_menu.addSeparator()
    if hasattr(window, "add_update_actions"):
        window.add_update_actions(file_menu)
        file_menu.addSeparator()
    # Not QKeySequence.Preferences/Quit: on Linux they are the "Settings" and "Exit" keys of
    # multimedia keyboards, and the menu showed those words where a shortcut belongs.
    _action(file_menu, tr("Settings…"), lambda: open_settings(window), "Ctrl+,")
    _action(file_menu, tr("Quit"), window.close, "Ctrl+Q")

    go = _submenu(bar, tr("&Go"))
    _action(go, tr("Back"), window.reader.back, "Alt+Left")
    _action(go, tr("Forward"), window.reader.forward, "Alt+Right")
    _action(go, tr("Search"), window.focus_search, ["Ctrl+F", "Ctrl+L"])

    bookmarks_menu = _submenu(bar, tr("&Bookmarks"))
    _action(bookmarks_menu, tr("Bookmark this practice"), window.reader.bookmark_button.click, "Ctrl+D",
            window.reader.bookmark_button.isEnabled())
    bookmarks_menu.addSeparator()
    titles = window.catalogue.practice_titles()
    for bookmark in bookmarks:
        suffix = "" if bookmark.practice_id in titles else " " + tr("(removed)")
        _action(bookmarks_menu, titles.get(bookmark.practice_id, bookmark.title) + suffix,
                lambda pid=bookmark.practice_id: window.reader.open_page("practice", pid))
    if not bookmarks:
        _action(bookmarks_menu, tr("No bookmarks yet"), lambda: None, None, False)
    notes_menu = _submenu(bookmarks_menu, tr("My notes"))
    for note in notes_kept:
        suffix = "" if note.practice_id in titles else " " + tr("(removed)")
        _action(notes_menu, titles.get(note.practice_id, note.title) + suffix,
                lambda pid=note.practice_id: window.reader.open_page("practice", pid))
    notes_menu.setEnabled(bool(notes_kept))
    from .reading_lists_menu import add_lists_menu  # the Lists menu (reading lists)
    add_lists_menu(window, bar)

    searches = _submenu(bar, tr("&Searches"))
    _action(searches, tr("Save this search…"), lambda: save_search(window), "Ctrl+S")
    saved = window.userdata.saved_searches()
    if saved:
        searches.addSeparator()
        for item in saved:
            _action(searches, item.name, lambda r=item.request: window.apply_request(r))
        forget = _submenu(searches, tr("Delete a saved search"))
        for item in saved:
            _action(forget, item.name, lambda n=item.name: (window.save_guard.write(
                ("search", n), lambda: window.userdata.delete_saved_search(n), "saved search"), build_menus(window)))
    recent = _submenu(searches, tr("Recent searches"))
    for request in window.userdata.recent_searches(10):
        label = request.query or tr("(filters only)")
        if request.filters or request.exclusions:
            label += "  [" + tr("%n filter(s)", "", sum(len(v) for v in request.filters.values())
                                + sum(len(v) for v in request.exclusions.values())) + "]"
        _action(recent, label, lambda r=request: window.apply_request(r))
    searches.aboutToShow.connect(lambda: None)

    view = _submenu(bar, tr("&View"))
    _action(view, tr("Larger text"), lambda: change_font(window, +1), QKeySequence.ZoomIn)
    _action(view, tr("Smaller text"), lambda: change_font(window, -1), QKeySequence.ZoomOut)
    add_overview_actions(window, file_menu, view)  # map printing, presentation, comparison

    help_menu = _submenu(bar, tr("&Help"))
    if getattr(window, "mirror_updates", None) is not None:
        _action(help_menu, tr("Check for updates"), lambda: window.mirror_updates.check(quiet=False))
    _action(help_menu, tr("Start page"), lambda: window.reader.open_page("start", ""))
    _action(help_menu, tr("Searching"), lambda: window.reader.open_page("help", "searching"), "F1")
    _action(help_menu, tr("Keyboard shortcuts"), lambda: window.reader.open_page("help", "keys"))
    help_menu.addSeparator()
    _action(help_menu, tr("About Practice Catalogue"), lambda: show_about(window))


def menu_shortcuts(window) -> list:
    """[(keys, "Menu → Command")] for every menu command that has a shortcut, as now bound."""
    found = []

    def walk(menu, path):
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), path + [action.text().replace("&", "")])
            elif not action.shortcut().isEmpty():
                keys = " / ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts())
                found.append((keys, " → ".join(path + [action.text().replace("&", "")])))
    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), [top.text().replace("&", "")])
    return found


def save_search_dialog(window) -> QInputDialog:
    """Asks for the name; wide enough that its title is never cut ("Guarda…queda")."""
    dialog = QInputDialog(window)
    dialog.setWindowTitle(tr("Save this search"))
    dialog.setLabelText(tr("Name of the search:"))
    dialog.setTextValue(window.search_field.text())
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    # The dialog's layout sizes it from its field, so the field is made wide enough for the
    # title with the title bar's icon and buttons.
    dialog.findChild(QLineEdit).setMinimumWidth(title_width + 160)
    return dialog


def save_search(window) -> None:
    dialog = save_search_dialog(window)
    ok = dialog.exec() == QInputDialog.Accepted
    name = dialog.textValue()
    if ok and name.strip():
        request = window.current_request()
        try:
            window.save_guard.write(("search", name.strip()), lambda: window.userdata.save_search(name, request),
                                    "saved search")
        except CatalogueError as error:
            window.show_error(str(error))
        build_menus(window)


def change_font(window, step: int) -> None:
    window.settings.font_size = window.settings.font_size + step
    apply_font_size(window.settings.font_size)
    window.save_guard.save_settings(window.settings)


def apply_font_size(size: int) -> None:
    app = QApplication.instance()
    font = app.font()
    font.setPointSize(size)
    app.setFont(font)


def open_settings(window) -> None:
    dialog = SettingsDialog(window.settings, window)
    if dialog.exec():
        values = dialog.values()
        window.settings.font_size = values["font_size"]
        window.settings.extra_inbox = values["extra_inbox"]
        from .mirror_updates import apply_mirror_settings
        apply_mirror_settings(window.settings, values)
        apply_font_size(values["font_size"])
        if values["language"] != window.settings.language:
            window.settings.language = values["language"]
            window.language_change_requested.emit(values["language"])
        window.save_guard.save_settings(window.settings)


def show_about(window) -> AboutDialog:
    try:
        stats = window.catalogue.stats()
    except CatalogueError as error:
        window.show_error(str(error))
        return None
    dialog = AboutDialog(__version__, stats, window.catalogue.documents(), window)
    dialog.show()
    window._about = dialog
    return dialog


def confirm(window, title: str, text: str) -> bool:
    return QMessageBox.question(window, title, text) == QMessageBox.Yes
