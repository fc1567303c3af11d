"""Compare: two to four practices side by side in a table, the rows where they differ marked;
printable and savable as PDF."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.comparison import compare
from . import printing

DIFFERS = QColor("#fff1c2")  # a pale yellow that still reads as a highlight on grey paper
MARK = "≠"


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def comparison_headings() -> dict:
    """Row headings in the interface language."""
    return {"country": tr("Country"), "place": tr("Place"), "levels": tr("Levels"), "approaches": tr("Approaches"),
            "actors": tr("Actors"), "policy_areas": tr("Policy areas"), "gcm_objectives": tr("GCM objectives"),
            "period": tr("Period"), "source": tr("Source"), "summary": tr("Summary")}


def comparison_rows(catalogue, practice_ids, language: str):
    """(practices in `language`, rows) for `practice_ids`. Raises CatalogueError (with a sentence)."""
    practices = [catalogue.practice(pid).in_language(language) for pid in practice_ids]
    titles = {d["id"]: d["title"] for d in catalogue.documents()}
    return practices, compare(practices, catalogue.taxonomy, language, comparison_headings(), titles)


def comparison_html(practices, rows) -> str:
    """The comparison as an HTML table for paper: differing rows shaded and marked ≠."""
    head = "".join(f"<th align='left' width='{int(82 / len(practices))}%'>{html.escape(p.title)}</th>"
                   for p in practices)
    body = []
    for row in rows:
        shade = f" bgcolor='{DIFFERS.name()}'" if row.differs else ""
        mark = f" {MARK}" if row.differs else ""
        cells = "".join(f"<td>{html.escape(v) or '—'}</td>" for v in row.values)
        body.append(f"<tr{shade}><th align='left' width='18%'>{html.escape(row.heading)}{mark}</th>{cells}</tr>")
    note = html.escape(tr("Rows marked %1 differ between the practices.").replace("%1", MARK))
    return (f"<html><head>{printing.BRIEF_STYLE}</head><body><h1>{html.escape(tr('Practices compared'))}</h1>"
            f"<p>{note}</p><table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr><th></th>{head}</tr>{''.join(body)}</table></body></html>")


class CompareDialog(QDialog):
    """The comparison table of `practice_ids` (2 to 4) with Print and Save as PDF buttons."""

    def __init__(self, catalogue, practice_ids, language: str, font_size: int = 10, parent=None):
        super().__init__(parent)
        self.font_size = font_size
        self.practices, self.rows = comparison_rows(catalogue, practice_ids, language)
        self.setWindowTitle(tr("Practices compared"))
        self.note = QLabel(tr("Rows marked %1 differ between the practices.").replace("%1", MARK), self)
        self.table = QTableWidget(len(self.rows), len(self.practices), self)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setHorizontalHeaderLabels([p.title for p in self.practices])
        self.table.setVerticalHeaderLabels([row.heading + (f"  {MARK}" if row.differs else "") for row in self.rows])
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row.values):
                item = QTableWidgetItem(value or "—")
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                item.setToolTip(value)
                if row.differs:
                    item.setBackground(QBrush(DIFFERS))
                self.table.setItem(r, c, item)
            header = self.table.verticalHeaderItem(r)
            if row.differs and header is not None:
                header.setFont(bold)
        self.table.setCurrentCell(-1, -1)  # nothing looks selected in a table only to be read
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setAccessibleName(tr("Practices compared"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.print_button = buttons.addButton(tr("Print…"), QDialogButtonBox.ActionRole)
        self.pdf_button = buttons.addButton(tr("Save as PDF…"), QDialogButtonBox.ActionRole)
        self.print_button.clicked.connect(lambda: printing.print_with_dialog(self.to_html(), self, self.font_size))
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(min(1200, 320 + 300 * len(self.practices)), 640)

    def differing_rows(self) -> list:
        """Keys of the rows marked as differing."""
        return [row.key for row in self.rows if row.differs]

    def to_html(self) -> str:
        return comparison_html(self.practices, self.rows)

    def save_pdf(self, path: str) -> None:
        """Write the comparison to the PDF `path` (A4). Raises OSError."""
        printing.export_pdf(self.to_html(), path, self.font_size)

    def _save_pdf(self) -> None:
        from .briefs import ask_pdf_path
        path = ask_pdf_path(self, "comparison.pdf")
        if not path:
            return
        try:
            self.save_pdf(path)
        except OSError as error:
            self.note.setText(tr("The PDF could not be written: %1").replace("%1", str(error)))
