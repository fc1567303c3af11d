"""The menu bar and what its commands do (briefs, exports, bookmarks, searches, settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from .. import __version__
from ..core.errors import CatalogueError
from ..core.rendering import write_results_csv
from . import printing
from .dialogs import AboutDialog, SettingsDialog


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files module-level tr("...") calls under the empty context; look them up there.
    return QCoreApplication.translate("", text, disambiguation or "", n)


def _submenu(parent, title: str) -> QMenu:
    """A menu owned by `parent` on the C++ side: a menu made with addMenu(title) could be
    deleted along with its Python wrapper, leaving a dangling entry in the menu bar."""
    menu = QMenu(title, parent)
    parent.addMenu(menu)
    return menu


def _action(menu, text, slot, shortcut=None, enabled=True) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
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
    _action(brief, tr("Print…"), lambda: print_practice(window), QKeySequence.Print, on_practice)
    _action(brief, tr("Save as PDF…"), lambda: pdf_practice(window), None, on_practice)
    marked = _submenu(file_menu, tr("Brief of bookmarked practices"))
    has_bookmarks = bool(window.userdata.bookmarks())
    _action(marked, tr("Print…"), lambda: print_bookmarks(window, pdf=False), None, has_bookmarks)
    _action(marked, tr("Save as PDF…"), lambda: print_bookmarks(window, pdf=True), None, has_bookmarks)
    results = _submenu(file_menu, tr("Result list"))
    _action(results, tr("Print…"), lambda: print_results(window, pdf=False))
    _action(results, tr("Save as PDF…"), lambda: print_results(window, pdf=True))
    _action(results, tr("Export to CSV…"), lambda: export_csv(window))
    file_menu.addSeparator()
    if hasattr(window, "add_update_actions"):
        window.add_update_actions(file_menu)
        file_menu.addSeparator()
    _action(file_menu, tr("Settings…"), lambda: open_settings(window), QKeySequence.Preferences)
    _action(file_menu, tr("Quit"), window.close, QKeySequence.Quit)

    go = _submenu(bar, tr("&Go"))
    _action(go, tr("Back"), window.reader.back, "Alt+Left")
    _action(go, tr("Forward"), window.reader.forward, "Alt+Right")
    _action(go, tr("Search"), window.focus_search, "Ctrl+F")

    bookmarks_menu = _submenu(bar, tr("&Bookmarks"))
    titles = window.catalogue.practice_titles()
    for bookmark in window.userdata.bookmarks():
        suffix = "" if bookmark.practice_id in titles else " " + tr("(removed)")
        _action(bookmarks_menu, titles.get(bookmark.practice_id, bookmark.title) + suffix,
                lambda pid=bookmark.practice_id: window.reader.open_page("practice", pid))
    if not window.userdata.bookmarks():
        _action(bookmarks_menu, tr("No bookmarks yet"), lambda: None, None, False)
    notes_menu = _submenu(bookmarks_menu, tr("My notes"))
    for note in window.userdata.notes():
        suffix = "" if note.practice_id in titles else " " + tr("(removed)")
        _action(notes_menu, titles.get(note.practice_id, note.title) + suffix,
                lambda pid=note.practice_id: window.reader.open_page("practice", pid))
    notes_menu.setEnabled(bool(window.userdata.notes()))

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

    help_menu = _submenu(bar, tr("&Help"))
    _action(help_menu, tr("About Practice Catalogue"), lambda: show_about(window))


def _pdf_path(window, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(window, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def _output(window, html_text: str, pdf: bool, suggested: str) -> None:
    size = window.settings.font_size
    if pdf:
        path = _pdf_path(window, suggested)
        if path:
            try:
                printing.export_pdf(html_text, path, size)
            except OSError as error:
                window.show_error(tr("The PDF could not be written: %1").replace("%1", str(error)))
    else:
        printing.print_with_dialog(html_text, window, size)


def practice_brief_html(window, practice_ids) -> str:
    pages = []
    for practice_id in practice_ids:
        page = window.pages.practice_page(practice_id, for_print=True)
        if page is not None:
            pages.append(page.to_html(for_print=True))
    return printing.brief_html(pages)


def print_practice(window, pdf: bool = False) -> None:
    current = window.reader.current
    if current and current[0] == "practice":
        _output(window, practice_brief_html(window, [current[1]]), pdf, f"{current[1]}.pdf")


def pdf_practice(window) -> None:
    print_practice(window, pdf=True)


def print_bookmarks(window, pdf: bool) -> None:
    ids = [b.practice_id for b in window.userdata.bookmarks() if window.catalogue.has_practice(b.practice_id)]
    _output(window, practice_brief_html(window, ids), pdf, "bookmarked-practices.pdf")


def result_rows(window, hits) -> list:
    taxonomy, language = window.catalogue.taxonomy, window.language
    rows = []
    for hit in hits:
        where = ", ".join(x for x in (hit.place, ", ".join(taxonomy.term_label("country", c, language)
                                                             for c in hit.countries)) if x)
        levels = ", ".join(taxonomy.term_label("level", v, language).split(" (")[0] for v in hit.levels)
        rows.append((hit.title, where, levels, hit.year or ""))
    return rows


def _all_hits(window):
    from dataclasses import replace
    request = replace(window.last_request, offset=0, limit=max(window.last_result.total if window.last_result else 0, 1))
    return window.catalogue.search(request).hits


def print_results(window, pdf: bool) -> None:
    hits = _all_hits(window)
    request = window.last_request
    subtitle = tr("Search: %1").replace("%1", request.query or tr("(everything)")) + " — " + \
        tr("%n practice(s)", "", len(hits))
    html_text = printing.result_list_html(tr("Practice Catalogue: result list"), subtitle, result_rows(window, hits),
                                          (tr("Practice"), tr("Where"), tr("Levels"), tr("Year")))
    _output(window, html_text, pdf, "results.pdf")


def export_csv(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, tr("Export to CSV"), "results.csv", tr("CSV files (*.csv)"))
    if not path:
        return
    try:
        headers = {"id": tr("Id"), "title": tr("Title"), "original_title": tr("Original title"),
                   "country": tr("Country"), "place": tr("Place"), "region": tr("Region"), "levels": tr("Levels"),
                   "approaches": tr("Approaches"), "policy_areas": tr("Policy areas"), "year": tr("Year")}
        count = write_results_csv(_all_hits(window), path, window.catalogue.taxonomy, window.language, headers)
    except OSError as error:
        window.show_error(tr("The file could not be written: %1").replace("%1", str(error)))
        return
    window.statusBar().showMessage(tr("%n practice(s) exported.", "", count), 5000)


def save_search(window) -> None:
    name, ok = QInputDialog.getText(window, tr("Save this search"), tr("Name of the search:"),
                                    text=window.search_field.text())
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
