"""Catalogue updates in the app: import with a preview, the inbox offer at start, rollback,
and the *Suggest a practice* form. All checking and writing is done by the core, in the
background; these widgets only show what it says and ask the user."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
)

from ..core.errors import CatalogueError
from .workers import run_in_background


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def local_date(iso: str, language: str) -> str:
    """An ISO date or timestamp as the interface language writes dates ("22 novembre 2026")."""
    moment = QDateTime.fromString(iso, Qt.ISODate)
    day = moment.date() if moment.isValid() else QDate.fromString(iso[:10], Qt.ISODate)
    locale = QLocale(language)
    # The long format without the weekday: "1 décembre 2026", "December 1, 2026".
    pattern = locale.dateFormat(QLocale.LongFormat).replace("dddd, ", "").replace("dddd ", "")
    return locale.toString(day, pattern) if day.isValid() else iso


def preview_html(preview, language: str = "en", yours: tuple = ()) -> str:
    """What an update changes, for the confirmation dialog. `yours` are the (id, title) of
    removed practices the user bookmarked or wrote a note on: they are named first."""
    words = {"none": tr("none"), "older": tr("This is an older version than the one installed."),
             "published": tr("Published"), "signed": tr("Signed by"), "count": tr("Practices after the update"),
             "added": tr("Added"), "changed": tr("Changed"), "removed": tr("Removed"),
             "kept": tr("Your bookmarks and notes are kept. The current catalogue is kept too: "
                        "File → Roll back restores it."),
             "yours": tr("This update removes %n practice(s) you bookmarked or wrote a note on. They will no "
                         "longer appear in searches; your notes and bookmarks stay, under Bookmarks, marked "
                         "(removed):", "", len(yours)),
             "direction": tr("Catalogue version %1 → %2").replace("%1", str(preview.old_version)).replace(
                 "%2", str(preview.new_version))}
    words = {key: html.escape(value) for key, value in words.items()}

    def titles(items):
        return "".join(f"<li>{html.escape(title)}</li>" for _, title in items) or f"<li><i>{words['none']}</i></li>"
    warning = f"<p><b>{words['older']}</b></p>" if preview.downgrade else ""
    if yours:
        warning += f"<p><b>{words['yours']}</b></p><ul>{titles(yours)}</ul>"
    return (f"<h3>{words['direction']}</h3>{warning}"
            f"<p>{words['published']}: {html.escape(local_date(preview.date, language))}<br>"
            f"{words['signed']}: {html.escape(preview.signer)}<br>"
            f"{words['count']}: {preview.practice_count}</p>"
            f"<p><b>{words['added']} ({len(preview.added)})</b></p><ul>{titles(preview.added)}</ul>"
            f"<p><b>{words['changed']} ({len(preview.changed)})</b></p><ul>{titles(preview.changed)}</ul>"
            f"<p><b>{words['removed']} ({len(preview.removed)})</b></p><ul>{titles(preview.removed)}</ul>"
            f"<p>{words['kept']}</p>")


class ImportPreviewDialog(QDialog):
    """Shows what an update changes; Apply or Cancel."""

    def __init__(self, preview, parent=None, language: str = "en", yours: tuple = ()):
        super().__init__(parent)
        self.setWindowTitle(tr("Import catalogue update"))
        self.text = QTextBrowser(self)
        self.text.setHtml(preview_html(preview, language, yours))
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.apply_button = buttons.addButton(tr("Apply update"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)


class UpdateController:
    """Drives imports, inbox offers and rollbacks for one main window."""

    def __init__(self, window, layout):
        self.window, self.layout = window, layout
        self._jobs = []
        self.last_preview_dialog = None

    def _run(self, function, on_success, busy_message: str):
        self.window.statusBar().showMessage(busy_message)

        def done(result):
            self.window.statusBar().clearMessage()
            on_success(result)

        def failed(message):
            self.window.statusBar().clearMessage()
            self.window.show_error(message)

        self._jobs.append(run_in_background(function, done, failed))

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Import catalogue update"), str(self.layout.inbox),
                                              tr("Catalogue updates (*.pcbundle *.zip)"))
        if path:
            self.review(Path(path))

    def review(self, path: Path) -> None:
        """Check the bundle in the background, then show the preview and ask."""
        from ..core import updates  # imported when used: the signature checks load slowly
        layout = self.layout
        # Versions are compared here rather than by the core's refusal, whose sentence is
        # written for the command line ("use --allow-downgrade").
        self._run(lambda: updates.prepare_import(layout, path, allow_downgrade=True), self._ask,
                  tr("Checking the update…"))

    def _ask(self, prepared) -> None:
        preview = prepared.preview
        if preview.downgrade:
            prepared.discard()
            self.window.show_error(
                tr("This update holds catalogue version %1, and version %2 is installed: it is not newer, so "
                   "nothing was changed. To go back to the catalogue you had before the last update, use "
                   "File → Roll back to the previous catalogue.")
                .replace("%1", str(preview.new_version)).replace("%2", str(preview.old_version)))
            return
        userdata = self.window.userdata
        kept = {n.practice_id for n in userdata.notes()} | {b.practice_id for b in userdata.bookmarks()}
        yours = tuple((pid, title) for pid, title in preview.removed if pid in kept)
        dialog = ImportPreviewDialog(preview, self.window, self.window.language, yours)
        self.last_preview_dialog = dialog
        dialog.finished.connect(lambda code: self._decided(prepared, code))
        dialog.open()

    def _decided(self, prepared, code) -> None:
        if code != QDialog.Accepted:
            prepared.discard()
            return
        self._run(prepared.apply, self._installed, tr("Installing the update…"))

    def _installed(self, state) -> None:
        self.window.reload_catalogue()
        QMessageBox.information(self.window, tr("Catalogue updated"),
                                tr("Catalogue version %1 is installed.").replace("%1", str(state.version)))

    def rollback(self) -> None:
        answer = QMessageBox.question(self.window, tr("Roll back the catalogue"),
                                      tr("Restore the catalogue that was installed before the last update? "
                                         "Your bookmarks and notes are kept."))
        if answer == QMessageBox.Yes:
            from ..core import updates
            layout = self.layout
            self._run(lambda: updates.rollback(layout), self._rolled_back, tr("Restoring the previous catalogue…"))

    def _rolled_back(self, state) -> None:
        self.window.reload_catalogue()
        QMessageBox.information(self.window, tr("Catalogue restored"),
                                tr("Catalogue version %1 is in use again.").replace("%1", str(state.version)))

    def check_inbox(self, quiet: bool = True) -> None:
        """Look for a newer valid bundle in the inbox (and the folder set in the settings)."""
        from ..core import updates
        layout, extra = self.layout, [self.window.settings.extra_inbox] if self.window.settings.extra_inbox else []
        try:
            updates.ensure_inbox(layout)
        except OSError:
            # A read-only home (a write-protected stick) has no inbox to make: only bundles
            # already there or in the folder from the settings can be offered.
            if not quiet:
                self.window.statusBar().showMessage(tr("The inbox %1 cannot be created here (the folder is read-only).")
                                                    .replace("%1", str(layout.inbox)), 8000)
        self._run(lambda: updates.scan_inbox(layout, extra), lambda scan: self._offer(scan, quiet),
                  tr("Looking for catalogue updates…"))

    def _offer(self, scan, quiet: bool) -> None:
        offer = scan.newest
        if offer is None:
            if not quiet:
                QMessageBox.information(self.window, tr("Catalogue updates"),
                                        tr("No newer catalogue update was found in %1.").replace(
                                            "%1", str(self.layout.inbox)))
            return
        text = tr("A catalogue update was found: version %1, signed by %2, in %3. Review it now?") \
            .replace("%1", str(offer.catalogue_version)).replace("%2", offer.signer).replace("%3", str(offer.path))
        box = QMessageBox(QMessageBox.Question, tr("Catalogue update available"), text,
                          QMessageBox.Yes | QMessageBox.No, self.window)
        box.finished.connect(lambda code: self.review(offer.path) if code == QMessageBox.Yes else None)
        self.last_offer_box = box
        box.open()


class SuggestDialog(QDialog):
    """The *Suggest a practice* form; writes one contribution file to carry to an editor."""

    def __init__(self, taxonomy, language: str, default_folder: Path, parent=None):
        super().__init__(parent)
        self.taxonomy, self.default_folder = taxonomy, Path(default_folder)
        self.setWindowTitle(tr("Suggest a practice"))
        self.title = QLineEdit(self)
        self.place = QLineEdit(self)
        self.country = QComboBox(self)
        self.country.addItem(tr("(not said)"), "")
        for term in sorted(taxonomy["country"].terms, key=lambda t: t.label(language)):
            self.country.addItem(term.label(language), term.id)
        self.levels = self._checklist("level", language)
        self.approaches = self._checklist("approach", language)
        self.description = QPlainTextEdit(self)
        self.source = QLineEdit(self)
        self.contributor = QLineEdit(self)
        for widget, name in ((self.title, tr("Title")), (self.place, tr("Place")), (self.country, tr("Country")),
                             (self.levels, tr("Levels")), (self.approaches, tr("Approaches")),
                             (self.description, tr("Description")), (self.source, tr("Source")),
                             (self.contributor, tr("Your name and office"))):
            widget.setAccessibleName(name)
        self.description.setPlaceholderText(tr("What was done, by whom, at which level of government, and what came of it."))
        self.source.setPlaceholderText(tr("Where the facts come from: a document, a web page, a meeting"))
        form = QFormLayout()
        form.addRow(tr("Title:"), self.title)
        form.addRow(tr("Place:"), self.place)
        form.addRow(tr("Country:"), self.country)
        form.addRow(tr("Levels:"), self.levels)
        form.addRow(tr("Approaches:"), self.approaches)
        form.addRow(tr("Description:"), self.description)
        form.addRow(tr("Source:"), self.source)
        form.addRow(tr("Your name and office:"), self.contributor)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a00000")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.save_button = buttons.addButton(tr("Save contribution…"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.written = None
        for line in (self.title, self.place, self.source, self.contributor):
            line.textEdited.connect(self.error.clear)  # the message goes once the user acts on it
        self.description.textChanged.connect(self.error.clear)
        for widget in (self.levels, self.approaches):
            widget.itemChanged.connect(self.error.clear)
        self.resize(620, 640)

    def _checklist(self, field: str, language: str) -> QListWidget:
        widget = QListWidget(self)
        for term in self.taxonomy[field].terms:
            item = QListWidgetItem(term.label(language))
            item.setData(Qt.UserRole, term.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            widget.addItem(item)
        widget.setMaximumHeight(120)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> list:
        return [widget.item(i).data(Qt.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.Checked]

    def values(self) -> dict:
        country = self.country.currentData()
        return {"title": self.title.text(), "place": self.place.text(), "country": [country] if country else [],
                "levels": self._checked(self.levels), "approaches": self._checked(self.approaches),
                "description": self.description.toPlainText(), "source": self.source.text(),
                "contributor": self.contributor.text()}

    def save(self, path: Path | None = None) -> None:
        """Check the form, ask where to save (unless `path` is given) and write the file."""
        from ..core.contributions import make_contribution, write_contribution
        try:
            make_contribution(self.values(), self.taxonomy)  # before the folder: say what is missing first
        except CatalogueError as error:
            self.error.setText(str(error))
            return
        if path is None:
            self.default_folder.mkdir(parents=True, exist_ok=True)
            chosen = QFileDialog.getExistingDirectory(self, tr("Save the contribution in"), str(self.default_folder))
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.written = write_contribution(path, self.values(), self.taxonomy)
        except CatalogueError as error:
            self.error.setText(str(error))
            return
        except OSError as error:
            self.error.setText(tr("The file could not be written: %1").replace("%1", str(error)))
            return
        self.accept()
