"""Nothing the user typed is lost when a save fails (full disk, read-only folder, file in use).

Every write of the user's own data from the window (a note, a bookmark, a saved search, the
search history, the settings) goes through SaveGuard.write. When the core raises NotSaved the
change is kept here, in memory: a note stays in its editor (marked unsaved, and shown again
when the user comes back to its practice), a line at the bottom of the window says what was
not saved and why, the writes are retried every few seconds and with "Retry now", and closing
the window asks before anything is discarded, offering to copy the unsaved text first.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ..core.userdata import NotSaved

RETRY_INTERVAL_MS = 5000
CONTEXT = ""  # the context lupdate gives module-level tr("...") calls


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(reason: str) -> str:
    """NotSaved.reason in the interface language."""
    return {"full": tr("the disk is full"),
            "read-only": tr("the folder holding your data cannot be written"),
            "busy": tr("another program is using the file")}.get(reason, tr("the disk reported an error"))


@dataclass(frozen=True)
class Pending:
    """One change that could not be written yet, with the call that writes it."""

    action: Callable[[], None]
    what: str  # NotSaved.what: "note", "bookmark", "saved search", "search history", "settings"
    reason: str  # NotSaved.reason
    text: str = ""  # a note's text (what "Copy unsaved text" copies)
    title: str = ""  # the practice a note is on

    def sentence(self) -> str:
        cause = reason_text(self.reason)
        if self.what == "note":
            return tr("Your note on “%1” could not be saved: %2. It is still in the editor; the app keeps "
                      "trying to save it.").replace("%1", self.title).replace("%2", cause)
        template = {"bookmark": tr("Your bookmark could not be saved: %1. The app keeps trying to save it."),
                    "saved search": tr("Your saved search could not be saved: %1. The app keeps trying to save it."),
                    "settings": tr("Your settings could not be saved: %1. The app keeps trying to save them.")}
        return template.get(self.what, tr("Your search history could not be saved: %1. The app keeps trying to "
                                          "save it.")).replace("%1", cause)


class UnsavedBanner(QWidget):
    """The line at the bottom of the window saying what is not saved, with Retry and Copy."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.retry_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.retry_button.setText(tr("Retry now"))
        self.copy_button.setText(tr("Copy unsaved text"))


class SaveGuard(QObject):
    """Runs the window's writes of user data and keeps the ones that failed until they succeed."""

    pending_changed = Signal()  # a change was kept or finally saved (tests, the banner)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.pending: dict = {}  # key ("note", practice id), ("bookmark", id)... -> Pending
        self.banner = UnsavedBanner(window)
        window.statusBar().addPermanentWidget(self.banner, 1)
        self.banner.retry_button.clicked.connect(lambda _checked=False: self.retry())
        self.banner.copy_button.clicked.connect(lambda _checked=False: self.copy_unsaved())
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_INTERVAL_MS)
        self._timer.timeout.connect(self.retry)
        self.close_question = None  # the question asked on close, while it is open (tests)

    # -- writing --------------------------------------------------------------------------------

    def write(self, key: tuple, action: Callable[[], None], what: str, text: str = "", title: str = "") -> bool:
        """Run `action` (a write to user.db or the settings). True when it was saved; False when
        it raised NotSaved, in which case it is kept and retried. A newer write with the same
        key replaces a kept one (the latest text of a note, the last state of a bookmark)."""
        try:
            action()
        except NotSaved as error:
            self.pending.pop(key, None)  # to the end: the banner tells the newest failure
            self.pending[key] = Pending(action, what, error.reason, text, title)
            if key[0] == "note":
                self._mark_editor_unsaved(key[1])
            self._timer.start()
            self._show()
            return False
        if self.pending.pop(key, None) is not None:
            self._show()
        return True

    def retry(self) -> bool:
        """Try every kept change again; True when nothing is left unsaved."""
        if not self.pending:
            return True
        for key, change in list(self.pending.items()):
            try:
                change.action()
            except NotSaved as error:
                self.pending[key] = dataclasses.replace(change, reason=error.reason)
            else:
                del self.pending[key]
        if not self.pending:
            self._window.statusBar().showMessage(tr("Everything you changed is saved now."), 8000)
        self._show()
        return not self.pending

    def save_settings(self, settings) -> bool:
        """Write the settings file now (AppSettings.save), kept and retried when it fails."""
        return self.write(("settings",), settings.save, "settings")

    def unsaved_note(self, practice_id: str):
        """The text of a note not saved yet, or None."""
        change = self.pending.get(("note", practice_id))
        return change.text if change is not None else None

    def with_unsaved_notes(self, page_html: Callable) -> Callable:
        """Wrap the reader's page maker so that a practice whose note is not saved shows the
        unsaved text, not the older one user.db still holds."""
        def page(kind: str, key: str):
            made = page_html(kind, key)
            unsaved = self.unsaved_note(key) if kind == "practice" else None
            return dataclasses.replace(made, note=unsaved) if unsaved is not None else made
        return page

    def _mark_editor_unsaved(self, practice_id: str) -> None:
        reader = getattr(self._window, "reader", None)
        if reader is not None and reader.current == ("practice", practice_id):
            reader.note.document().setModified(True)

    # -- telling the user ---------------------------------------------------------------------

    def unsaved_text(self) -> str:
        """Every unsaved note, each under its practice's title (what Copy puts on the clipboard)."""
        return "\n\n".join(f"{change.title}\n{change.text}" for key, change in self.pending.items()
                           if key[0] == "note" and change.text)

    def copy_unsaved(self) -> None:
        QApplication.clipboard().setText(self.unsaved_text())
        self._window.statusBar().showMessage(
            tr("The unsaved text is on the clipboard: paste it somewhere safe."), 15000)

    def _show(self) -> None:
        if not self.pending:
            self._timer.stop()
            self.banner.setVisible(False)
        else:
            latest = list(self.pending.values())[-1]
            text = latest.sentence()
            if len(self.pending) > 1:
                text += " " + tr("Changes waiting to be saved: %1").replace("%1", str(len(self.pending)))
            self.banner.label.setText(text)
            self.banner.copy_button.setVisible(bool(self.unsaved_text()))
            self.banner.setVisible(True)
        self.pending_changed.emit()

    def retranslate(self) -> None:
        self.banner.retranslate()
        if self.pending:
            self._show()

    def confirm_close(self) -> bool:
        """True when the window may close: everything is saved (after one more try), or the user
        chose to discard what is not. "Copy the text" copies it and keeps the window open."""
        if self.retry():
            return True
        box = QMessageBox(QMessageBox.Warning, tr("Unsaved changes"),
                          tr("Some of your changes could not be saved: %1. If you close now, they are lost.")
                          .replace("%1", reason_text(list(self.pending.values())[-1].reason)), parent=self._window)
        copy = box.addButton(tr("Copy the text"), QMessageBox.ActionRole) if self.unsaved_text() else None
        discard = box.addButton(tr("Close without saving"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        self.close_question = box
        try:
            box.exec()
        finally:
            self.close_question = None
        clicked = box.clickedButton()
        if copy is not None and clicked is copy:
            self.copy_unsaved()
            return False
        return clicked is discard
