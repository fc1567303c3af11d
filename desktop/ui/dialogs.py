"""Settings and About dialogs."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.world_map import MAP_CREDIT
from .settings import LANGUAGES


class SettingsDialog(QDialog):
    """Language, text size and an extra folder checked for catalogue updates."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(self.tr("Follow the system") if code == "" else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(7, 28)
        self.font_size.setValue(settings.font_size)
        self.font_size.setSuffix(" pt")
        self.font_size.setAccessibleName(self.tr("Text size"))
        self.inbox = QLineEdit(settings.extra_inbox, self)
        self.inbox.setAccessibleName(self.tr("Folder checked for updates"))
        self.inbox.setPlaceholderText(self.tr("e.g. a USB stick or a shared folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        inbox_row = QWidget(self)
        row = QHBoxLayout(inbox_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.inbox, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Text size:"), self.font_size)
        form.addRow(self.tr("Also look for updates in:"), inbox_row)
        from .mirror_updates import MirrorSettingsFields
        self.mirror_fields = MirrorSettingsFields(settings, self)
        form.addRow(self.mirror_fields)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder checked for updates"), self.inbox.text())
        if folder:
            self.inbox.setText(folder)

    def values(self) -> dict:
        return {"language": self.language.currentData(), "font_size": self.font_size.value(),
                "extra_inbox": self.inbox.text().strip(), **self.mirror_fields.values()}


class AboutDialog(QDialog):
    """Version of the app and of the catalogue: date, size, signer, source documents."""

    def __init__(self, app_version: str, stats, documents: list, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Practice Catalogue"))
        docs = "".join(f"<li>{html.escape(d['title'])} ({stats.documents.get(d['id'], 0)})</li>" for d in documents)
        words = {"signed": self.tr("Signed by"), "what": self.tr("An offline catalogue of multi-level governance "
                                                                "of migration practices."),
                 "catalogue": self.tr("Catalogue"), "version": self.tr("version"), "built": self.tr("Built"),
                 "practices": self.tr("Practices"), "sources": self.tr("Sources (practices citing each)")}
        words["app"] = self.tr("Practice Catalogue")
        words = {key: html.escape(value) for key, value in words.items()}
        signed = f"<br>{words['signed']}: {html.escape(stats.signed_by)}" if stats.signed_by else ""
        text = (f"<h2>{words['app']} {html.escape(app_version)}</h2>"
                f"<p>{words['what']}</p>"
                f"<p><b>{words['catalogue']}</b>: {html.escape(stats.catalogue_id)}, {words['version']} "
                f"{stats.catalogue_version}<br>{words['built']}: {html.escape(stats.built_at)}<br>"
                f"{words['practices']}: {stats.practice_count}{signed}</p>"
                f"<p><b>{words['sources']}</b></p><ul>{docs}</ul>"
                f"<p><small>{html.escape(MAP_CREDIT)}</small></p>")  # an attribution: left as written
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(label.textFormat().RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.text = text
