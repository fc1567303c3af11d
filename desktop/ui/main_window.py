"""The main window: search field, filter panel, result list and reader side by side."""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.model import SearchRequest
from .catalogue_notice import show_catalogue_warnings
from .filter_panel import ChipsBar, FilterPanel
from .menus import build_menus, menu_shortcuts
from .mirror_updates import MirrorUpdateController
from .models import ResultsModel
from .overviews import attach_overviews
from .pages import PageMaker
from .practice_view import PracticeView
from .reading_lists_menu import attach_reading_lists
from .results_view import ResultsView
from .save_guard import SaveGuard
from .updates_ui import SuggestDialog, UpdateController
from .window_state import restore_window, save_window
from .workers import SearchRunner, run_in_background

PAGE_SIZE = 30  # rows laid out per search; more on "Show more"
TYPING_PAUSE_MS = 180


class MainWindow(QMainWindow):
    """Everything a user does in one window. Gets the catalogue, user data and settings
    through its constructor (conventions.md, rule 4)."""

    results_shown = Signal()  # after each search result is drawn (tests, benchmarks)
    language_change_requested = Signal(str)
    catalogue_replaced = Signal()

    def __init__(self, catalogue, userdata, settings, language: str, layout=None, parent=None):
        super().__init__(parent)
        self.catalogue, self.userdata, self.settings, self.layout_paths = catalogue, userdata, settings, layout
        self.language = language
        self.pages = PageMaker(catalogue, userdata, language, menu_shortcuts=lambda: menu_shortcuts(self))
        self.last_request = SearchRequest()
        self.last_result = None
        self.runner = SearchRunner(catalogue, self)
        self.updates = UpdateController(self, layout) if layout is not None else None
        self.mirror_updates = MirrorUpdateController(self, layout, self.updates) if layout is not None else None
        self.runner.finished.connect(self._show_result)
        self.runner.failed.connect(self._show_failure)
        self.save_guard = SaveGuard(self)  # a note, bookmark or setting that fails to save is kept
        self._build_widgets()
        self._connect()
        attach_reading_lists(self)  # the Reading lists dock and its signals (reading_lists_menu.py)
        attach_overviews(self)  # the Map tab, presentation mode and comparison (overviews.py)
        self.splitter.setSizes([260, 480, 560])  # again: the Map tab replaced the middle pane
        self.retranslate()
        restore_window(self, self.splitter, self.settings)
        self.search_now()
        self.reader.open_page("start", "")  # what the catalogue holds and how to search it

    # -- construction -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setClearButtonEnabled(True)
        self.sort_box = QComboBox(self)
        self.total_label = QLabel(self)
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setTextFormat(Qt.RichText)
        self.suggestion_label.setVisible(False)
        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.RichText)
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.chips = ChipsBar(self)
        self.filter_panel = FilterPanel(self)
        self.filter_panel.build(self.catalogue.taxonomy, self.language)
        self.results_model = ResultsModel(self)
        self.results_model.set_labels(self.catalogue.taxonomy, self.language)
        self.results_view = ResultsView(self)
        self.results_view.setModel(self.results_model)
        self.more_button = QPushButton(self)
        self.more_button.setVisible(False)
        self.reader = PracticeView(self.save_guard.with_unsaved_notes(self.pages.page), self, toggle_language=self.pages.toggle_language)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.sort_box)
        results_box = QWidget(self)
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.total_label)
        results_layout.addWidget(self.suggestion_label)
        results_layout.addWidget(self.message_label)
        results_layout.addWidget(self.results_view, 1)
        results_layout.addWidget(self.more_button)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(self.filter_panel)
        self.splitter.addWidget(results_box)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 5)
        self.splitter.setSizes([260, 480, 560])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.chips)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_PAUSE_MS)

    def _connect(self) -> None:
        self.search_field.textEdited.connect(lambda _text: self._typing_timer.start())
        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.returnPressed.connect(self._search_entered)
        self._typing_timer.timeout.connect(self.search_now)
        self.sort_box.currentIndexChanged.connect(lambda _i: self.search_now())
        self.filter_panel.selection_changed.connect(lambda *_: self.search_now())
        self.chips.remove_requested.connect(lambda f, v: self.filter_panel.toggle(f, v, None))
        self.chips.clear_requested.connect(self.filter_panel.clear)
        self.suggestion_label.linkActivated.connect(self._use_suggestion)
        self.message_label.linkActivated.connect(lambda _link: self.filter_panel.clear())
        self.results_view.open_requested.connect(self.open_practice)
        self.more_button.clicked.connect(self._load_more)
        self.reader.bookmark_toggled.connect(self._bookmark)
        self.reader.note_changed.connect(self._save_note)
        self.reader.search_requested.connect(self.run_search)
        self.reader.filter_requested.connect(
            lambda field, value: self.filter_panel.set_selection({field: (value,)}, {}))
        # The brief commands depend on the page shown: rebuild the menus once the click that
        # opened it has been handled (rebuilding inside the menu's own signal would delete it).
        self._menu_timer = QTimer(self)
        self._menu_timer.setSingleShot(True)
        self._menu_timer.setInterval(0)
        self._menu_timer.timeout.connect(lambda: build_menus(self))
        self.reader.page_shown.connect(lambda *_: self._menu_timer.start())
        # Ctrl+F and Ctrl+L belong to Go → Search (a second binding here made Ctrl+F ambiguous).
        # Esc and Down act only in the search field: with Qt's default (window) context they
        # took Down from the result list, the filter tree and the reader, and Esc from the note.
        for key, slot in ((Qt.Key_Escape, self._escape), (Qt.Key_Down, self._to_results)):
            QShortcut(QKeySequence(key), self.search_field, activated=slot, context=Qt.WidgetShortcut)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes search → sort → filters → results → the reader's buttons → its text → note,
        so the bookmark button is reached before the many links of a practice's text."""
        chain = [self.search_field, self.sort_box, self.filter_panel.tree, self.results_view, self.more_button,
                 *self.reader.focus_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        """Set every visible string (also after a language change)."""
        self.setWindowTitle(self.tr("Practice Catalogue"))
        self.search_field.setPlaceholderText(
            self.tr('Search practices: words, "exact phrase", OR, -exclude, country:ecuador, prefix*'))
        self.search_field.setToolTip(self.search_field.placeholderText())  # whole, where the field is narrow
        self.search_field.setAccessibleName(self.tr("Search"))
        current = self.sort_box.currentData() or "relevance"
        self.sort_box.blockSignals(True)
        self.sort_box.clear()
        for key, label in (("relevance", self.tr("Sort by relevance")), ("title", self.tr("Sort by title")),
                           ("country", self.tr("Sort by country")), ("year", self.tr("Sort by year"))):
            self.sort_box.addItem(label, key)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(current)))
        self.sort_box.blockSignals(False)
        self.sort_box.setAccessibleName(self.tr("Sort results"))
        self.results_view.setAccessibleName(self.tr("Results"))
        self.more_button.setText(self.tr("Show more results"))
        self.filter_panel.retranslate()
        self.chips.retranslate()
        self.reader.retranslate()
        self.save_guard.retranslate()
        build_menus(self)
        if self.last_result is not None:
            self._show_result(self.last_request, self.last_result)

    def set_language(self, language: str) -> None:
        """Switch taxonomy labels and page text to `language` (translators already installed)."""
        self.language = language
        self.pages.language = language
        self.search_now()  # result titles and snippets follow the language too
        self.filter_panel.build(self.catalogue.taxonomy, language)
        self.results_model.set_labels(self.catalogue.taxonomy, language)
        self.retranslate()
        self.reader.refresh()

    # -- searching ----------------------------------------------------------------------------

    def current_request(self, offset: int = 0) -> SearchRequest:
        return SearchRequest(query=self.search_field.text(), filters=dict(self.filter_panel.filters),
                             exclusions=dict(self.filter_panel.exclusions),
                             sort=self.sort_box.currentData() or "relevance", limit=PAGE_SIZE, offset=offset,
                             language=self.language,
                             correct_spelling=self.search_field.text() != getattr(self, "_exact_text", None))

    def search_now(self) -> None:
        """Search with what the field and the filter panel hold now (in the background)."""
        self._typing_timer.stop()
        self.runner.submit(self.current_request())

    def run_search(self, text: str) -> None:
        """Put `text` in the search field and run it (an example clicked in the reader)."""
        self.search_field.setText(text)
        self.search_now()

    def apply_request(self, request: SearchRequest) -> None:
        """Put a saved or recent search back in the field and the panel, and run it."""
        self.search_field.setText(request.query)
        self.filter_panel.set_selection(dict(request.filters), dict(request.exclusions), emit=False)
        self.search_now()

    def _text_changed(self, text: str) -> None:
        if not text:  # the clear button or Esc: no need to wait for a pause
            self.search_now()

    def _search_entered(self) -> None:
        self.search_now()
        self._add_history(self.current_request())
        self._to_results()

    def _show_result(self, request, result) -> None:
        self.last_request, self.last_result = request, result
        self.results_model.set_result(result)
        self.filter_panel.show_counts(result.facets)
        taxonomy, language = self.catalogue.taxonomy, self.language
        self.chips.show_selection(
            request.filters, request.exclusions,
            lambda f, v: taxonomy.term_label(f, v, language).split(" (")[0],
            lambda f: self.filter_panel.model.field_labels.get(f, f))
        self.total_label.setText(self.tr("%n practice(s)", "", result.total))
        if result.corrected:  # remembered, so that "as typed" can still offer the correction
            self._correction = (result.query, result.suggestion)
        correction = getattr(self, "_correction", None)
        self._suggestion = result.suggestion or (correction[1] if correction and correction[0] == result.query
                                                 else None)
        feedback = self._query_feedback(request, result)
        self.suggestion_label.setText(feedback)
        self.suggestion_label.setVisible(bool(feedback))
        if result.total == 0:
            message = self.tr("No practice matches this search.")
            if request.filters or request.exclusions:
                message += " " + self.tr('<a href="clear">Remove all filters</a> to search the whole catalogue.')
            else:
                message += " " + self.tr("Try fewer or other words, or browse with the filters.")
            self._show_message(message)
        else:
            self.message_label.setVisible(False)
        self.more_button.setVisible(len(result.hits) < result.total)
        self.results_shown.emit()

    def _query_feedback(self, request, result) -> str:
        """One line on how the words were understood: a correction (with the way back to the
        words as typed), the words no practice has (struck through), or that no practice has
        them all."""
        parts = []
        if not result.corrected and self._suggestion:
            parts.append(self.tr("Did you mean: %1?").replace(
                "%1", f'<a href="suggest">{_escape(self._suggestion)}</a>'))
        if result.corrected:
            parts.append(self.tr("Showing results for %1 — search for %2 instead.")
                         .replace("%1", f'<a href="suggest"><b>{_escape(result.suggestion)}</b></a>')
                         .replace("%2", f'<a href="exact">{_escape(result.query)}</a>'))
        if result.unmatched and result.total:
            words = " ".join(f"<s>{_escape(word)}</s>" for word in result.unmatched)
            parts.append(self.tr("Not found: %1").replace("%1", words))
        if result.partial:
            parts.append(self.tr("Results contain some of your words; no practice has all of them."))
        return " · ".join(parts)

    def _show_failure(self, request, message: str) -> None:
        self._show_message(_escape(message))
        self.results_shown.emit()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def _use_suggestion(self, link) -> None:
        if link == "exact":  # the words as typed, without correcting them
            self._exact_text = self.search_field.text()
            self.search_now()
        elif getattr(self, "_suggestion", None):
            self.search_field.setText(self._suggestion)
            self.search_now()

    def _load_more(self) -> None:
        request = self.current_request(offset=self.results_model.rowCount())
        self.more_button.setEnabled(False)

        def done(result):
            self.more_button.setEnabled(True)
            if self.last_request.query == request.query and self.last_request.filters == request.filters:
                self.results_model.append_hits(result.hits)
                self.more_button.setVisible(self.results_model.rowCount() < result.total)

        def failed(message):
            self.more_button.setEnabled(True)
            self._show_message(_escape(message))

        catalogue = self.catalogue
        self._more_job = run_in_background(lambda: catalogue.search(request), done, failed)

    # -- keyboard -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _escape(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
        elif self.filter_panel.filters or self.filter_panel.exclusions:
            self.filter_panel.clear()

    def _to_results(self) -> None:
        if self.results_model.rowCount():
            self.results_view.setFocus()
            if not self.results_view.currentIndex().isValid():
                self.results_view.setCurrentIndex(self.results_model.index(0))

    # -- reading, bookmarks, notes ------------------------------------------------------------

    def open_practice(self, practice_id: str) -> None:
        if self.reader.current == ("practice", practice_id):
            return  # a click and the style's "activated" on the same row open it once
        self._add_history(self.current_request())
        self.reader.open_page("practice", practice_id)

    def _add_history(self, request) -> None:
        self.save_guard.write(("history",), lambda: self.userdata.add_history(request), "search history")

    def _bookmark(self, practice_id: str, on: bool) -> None:
        title = self.catalogue.practice(practice_id).title if self.catalogue.has_practice(practice_id) \
            else practice_id
        self.save_guard.write(("bookmark", practice_id), lambda: self.userdata.set_bookmark(practice_id, title, on), "bookmark")
        self._menu_timer.start()
        self.reader.refresh()

    def _save_note(self, practice_id: str, text: str) -> None:
        title = self.catalogue.practice(practice_id).title if self.catalogue.has_practice(practice_id) else \
            next((n.title for n in self.userdata.notes() if n.practice_id == practice_id), practice_id)
        had_notes = bool(self.userdata.notes())
        self.save_guard.write(("note", practice_id), lambda: self.userdata.set_note(practice_id, title, text), "note",
                              text=text, title=title)
        if had_notes != bool(self.userdata.notes()):
            self._menu_timer.start()  # Bookmarks → My notes gains or loses its first entry

    # -- catalogue updates and contributions ------------------------------------------------

    def add_update_actions(self, menu) -> None:
        """The File menu's update commands (only with a real home folder to install into)."""
        suggest = menu.addAction(self.tr("Suggest a practice…"))
        suggest.triggered.connect(lambda _checked=False: self.suggest_practice())
        if self.updates is None:
            return
        for text, slot in ((self.tr("Import update…"), self.updates.choose_and_import),
                           (self.tr("Check the inbox for updates"), lambda: self.updates.check_inbox(quiet=False)),
                           (self.tr("Roll back to the previous catalogue…"), self.updates.rollback)):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    def suggest_practice(self) -> SuggestDialog:
        folder = (self.layout_paths.home if self.layout_paths else self.userdata.path.parent) / "contributions"
        dialog = SuggestDialog(self.catalogue.taxonomy, self.language, folder, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Contribution saved to %1: send this file to the catalogue editors.").replace(
                "%1", str(dialog.written)), 15000))
        dialog.open()
        self._suggest_dialog = dialog
        return dialog

    def reload_catalogue(self) -> None:
        """Open the catalogue now installed (after an import or a rollback) and show it."""
        from ..core.session import open_catalogue
        layout = self.layout_paths

        def swap(new_catalogue):
            self.runner.wait()
            old = self.catalogue
            self.catalogue = self.pages.catalogue = self.runner.catalogue = new_catalogue
            self.filter_panel.build(new_catalogue.taxonomy, self.language)
            self.results_model.set_labels(new_catalogue.taxonomy, self.language)
            old.close()
            show_catalogue_warnings(self, new_catalogue.warnings)
            build_menus(self)
            self.search_now()
            self.reader.refresh()
            self.catalogue_replaced.emit()

        self._reload_job = run_in_background(lambda: open_catalogue(layout), swap, self.show_error)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Practice Catalogue"), message)

    # -- window state -------------------------------------------------------------------------

    def closeEvent(self, event):
        self.reader.save_pending_note()
        save_window(self, self.splitter, self.settings)
        self.save_guard.save_settings(self.settings)
        if not self.save_guard.confirm_close():  # something typed could not be saved: ask first
            event.ignore()
            return
        self._menu_timer.stop()  # the user data closes after the window: no menu rebuild then
        self.runner.wait(3000)
        super().closeEvent(event)
