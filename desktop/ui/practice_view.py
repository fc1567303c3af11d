"""The reader: a practice (or a policy area's guidance) rendered from Markdown, with back and
forward like a browser, a bookmark toggle and the user's own note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

EXTERNAL_SCHEMES = ("http", "https", "mailto")


class PracticeView(QWidget):
    """Shows pages given as (kind, key): ("practice", id) or ("guidance", policy_area).

    It asks its owner for the HTML of a page through `page_html(kind, key)`, a callable
    given at construction, so the view never reaches into the catalogue itself."""

    page_shown = Signal(str, str)
    search_requested = Signal(str)  # an example search clicked on the start or help page
    filter_requested = Signal(str, str)  # field, value: a count clicked on the start page
    bookmark_toggled = Signal(str, bool)
    note_changed = Signal(str, str)

    def __init__(self, page_html, parent=None, toggle_language=None):
        super().__init__(parent)
        self._page_html = page_html
        self._toggle_language = toggle_language  # (kind, key) -> None: translation <-> English
        self._history, self._position = [], -1
        self._scrolled = []  # the scroll position of each history entry, for Back and Forward
        self.current = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # every click goes through _link_clicked
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.back_button = QToolButton(self)
        self.back_button.setText("←")
        self.back_button.clicked.connect(self.back)
        self.forward_button = QToolButton(self)
        self.forward_button.setText("→")
        self.forward_button.clicked.connect(self.forward)
        self.bookmark_button = QToolButton(self)
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.toggled.connect(self._bookmark_clicked)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.bookmark_button):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)  # a long label must not make the reader, and the window, wider
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(600)
        self._note_timer.timeout.connect(self._save_note)
        self.note.textChanged.connect(self._note_timer.start)
        self.note_box = note_box = QWidget(self)
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.note_label)
        note_layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Vertical, self)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(note_box)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter)
        self._loading_note = False
        self.retranslate()
        self._update_buttons()

    def focus_chain(self) -> list:
        """The reader's widgets in Tab order: its toolbar first, then the text, then the note."""
        return [self.back_button, self.forward_button, self.bookmark_button, self.browser, self.note]

    def retranslate(self) -> None:
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.forward_button.setToolTip(self.tr("Forward (Alt+Right)"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self.bookmark_button.setText(self.tr("★ Bookmark"))
        self.bookmark_button.setAccessibleName(self.tr("Bookmark this practice"))
        self.note_label.setText(self.tr("My note on this practice (saved automatically):"))
        self.note.setAccessibleName(self.tr("My note"))
        self.browser.setAccessibleName(self.tr("Practice text"))

    # -- navigation -------------------------------------------------------------------------

    def open_page(self, kind: str, key: str) -> None:
        """Show a page and make it the newest entry of the history."""
        self._leave_page()
        del self._history[self._position + 1:]
        del self._scrolled[self._position + 1:]
        self._history.append((kind, key))
        self._scrolled.append(0)
        self._position = len(self._history) - 1
        self._show()

    def back(self) -> None:
        """The previous page, scrolled to where the reader left it (as a browser does)."""
        if self._position > 0:
            self._leave_page()
            self._position -= 1
            self._show()

    def forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._leave_page()
            self._position += 1
            self._show()

    def _leave_page(self) -> None:
        self._save_note()
        if 0 <= self._position < len(self._scrolled):
            self._scrolled[self._position] = self.browser.verticalScrollBar().value()

    def refresh(self) -> None:
        """Redraw the current page (language or catalogue changed)."""
        if self.current:
            self._leave_page()  # keeps the scroll position: a bookmark click must not jump to the top
            self._show()

    def clear(self) -> None:
        self._save_note()
        self._history, self._scrolled, self._position, self.current = [], [], -1, None
        self.browser.clear()
        self._update_buttons()

    def _show(self) -> None:
        kind, key = self._history[self._position]
        self.current = (kind, key)
        page = self._page_html(kind, key)
        self.browser.setHtml(page.html)
        self.browser.document().size()  # lays the whole page out, so the scroll range is final
        self.browser.verticalScrollBar().setValue(self._scrolled[self._position] if self._scrolled else 0)
        self._loading_note = True
        self.note.setPlainText(page.note)
        self._loading_note = False
        self.bookmark_button.blockSignals(True)
        self.bookmark_button.setChecked(page.bookmarked)
        self.bookmark_button.blockSignals(False)
        is_practice = kind == "practice" and page.exists
        self.bookmark_button.setEnabled(is_practice or page.bookmarked)
        self.note.setEnabled(kind == "practice")
        self.note_box.setVisible(kind == "practice")  # the start and help pages get the whole pane
        self.status.setText(page.status)
        self._update_buttons()
        self.page_shown.emit(kind, key)

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(0 <= self._position < len(self._history) - 1)
        if not self.current:
            self.bookmark_button.setEnabled(False)
            self.note.setEnabled(False)

    # -- links, bookmark, note --------------------------------------------------------------

    def _link_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "practice":
            self.open_page("practice", url.path())
        elif scheme == "guidance":
            self.open_page("guidance", url.path())
        elif scheme == "search":
            self.search_requested.emit(url.path(QUrl.FullyDecoded))
        elif scheme == "filter" and "/" in url.path():
            self.filter_requested.emit(*url.path(QUrl.FullyDecoded).split("/", 1))
        elif scheme == "toggle-language" and self._toggle_language and self.current:
            self._save_note()
            self._toggle_language(*self.current)
            self._show()
        elif scheme in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)  # only on a click, only these schemes
        # anything else (javascript:, file:, data:) is ignored on purpose

    def _bookmark_clicked(self, on: bool) -> None:
        if self.current and self.current[0] == "practice":
            self.bookmark_toggled.emit(self.current[1], on)

    def _save_note(self) -> None:
        self._note_timer.stop()
        if self._loading_note or not self.current or self.current[0] != "practice":
            return
        if self.note.document().isModified():
            self.note.document().setModified(False)
            self.note_changed.emit(self.current[1], self.note.toPlainText())

    def save_pending_note(self) -> None:
        """Write a note still waiting for its timer (closing the window, switching pages)."""
        self._save_note()
