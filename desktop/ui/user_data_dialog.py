"""Opening user.db at start, with a way forward when it is damaged: the user is asked whether to
start a new one with what can still be read (userdata_recovery), the damaged file kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from ..core.errors import CatalogueError
from ..core.userdata import UserData, UserDataDamaged
from ..core.userdata_recovery import recover_user_data

CONTEXT = ""  # the context lupdate gives module-level tr("...") calls


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RecoveryDeclined(CatalogueError):
    """The user chose to quit rather than start a new user.db."""


def recovery_summary(recovery) -> str:
    """What was recovered, in the interface language."""
    copied = recovery.copied
    return tr("A new user.db was started with what could be read from the damaged one: %1 notes, %2 bookmarks, "
              "%3 saved searches. The damaged file is kept at %4.") \
        .replace("%1", str(copied.get("notes", 0))).replace("%2", str(copied.get("bookmarks", 0))) \
        .replace("%3", str(copied.get("saved_searches", 0))).replace("%4", str(recovery.kept_at))


def open_user_data(path: Path, parent=None, ask=None):
    """(UserData, Recovery or None). When user.db is damaged, asks (through `ask(box)`, which
    runs the question; box.exec by default) whether to start a new one with what can be read.
    Raises RecoveryDeclined when the user says no, CatalogueError when nothing can be done."""
    try:
        return UserData(path), None
    except UserDataDamaged as damaged:
        box = QMessageBox(QMessageBox.Warning, tr("Practice Catalogue"),
                          tr("Your bookmarks and notes (%1) are damaged: %2.").replace("%1", str(damaged.path))
                          .replace("%2", damaged.reason), parent=parent)
        box.setInformativeText(tr("The app can move the damaged file aside (it is kept, named with today's date), "
                                  "start a new one, and copy into it everything that can still be read."))
        recover = box.addButton(tr("Recover and open"), QMessageBox.AcceptRole)
        box.addButton(tr("Quit"), QMessageBox.RejectRole)
        box.setDefaultButton(recover)
        (ask or QMessageBox.exec)(box)
        if box.clickedButton() is not recover:
            raise RecoveryDeclined(str(damaged)) from damaged
        try:
            recovery = recover_user_data(damaged.path)
        except OSError as error:
            raise CatalogueError(f"The damaged {damaged.path} could not be moved aside ({error}); nothing was "
                                 "changed.") from error
        return UserData(damaged.path), recovery


def show_recovery(window, recovery) -> QLabel:
    """Say in `window` (a line kept in its status bar) what the recovery copied and where the
    damaged file is kept."""
    label = QLabel(recovery_summary(recovery), window)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the path can be copied
    window.statusBar().addPermanentWidget(label, 1)
    window.user_data_notice = label
    return label
