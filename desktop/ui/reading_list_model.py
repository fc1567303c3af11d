"""The items of one reading list as a Qt model: numbered titles in the interface language, the
missing ones marked, reordered by drag and drop through moveRows (what QListView's InternalMove
calls). The model never opens user.db: it asks its owner to store a move (`move_requested`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.errors import NotFound


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def missing_text(catalogue_version: int) -> str:
    """'not in this catalogue (version N)' in the interface language (the pane and the
    workshop pack both say it)."""
    if catalogue_version:
        return tr("not in this catalogue (version %1)").replace("%1", str(catalogue_version))
    return tr("not in this catalogue")


@dataclass(frozen=True)
class ItemRow:
    """One row as shown: the practice id, its title, where it is, the comment, and the note
    that the catalogue lacks it ('' when it is there)."""

    practice_id: str
    title: str
    where: str
    comment: str
    missing: str = ""


def item_rows(items, catalogue, language: str) -> list:
    """ItemRows of a list's items: titles and places in `language` from the catalogue; an item
    the catalogue lacks keeps its remembered title, marked "not in this catalogue (version N)"."""
    rows = []
    for item in items:
        try:
            practice = catalogue.practice(item.practice_id).in_language(language)
        except NotFound:
            rows.append(ItemRow(item.practice_id, item.title or item.practice_id, "", item.comment,
                                missing_text(item.catalogue_version)))
            continue
        countries = ", ".join(catalogue.taxonomy.term_label("country", c, language) for c in practice.countries)
        where = ", ".join(part for part in (practice.place, countries) if part)
        rows.append(ItemRow(item.practice_id, practice.title, where, item.comment))
    return rows


class ListItemsModel(QAbstractListModel):
    """Rows of ItemRow, in the list's order."""

    IdRole = Qt.UserRole + 1
    CommentRole = Qt.UserRole + 2
    MissingRole = Qt.UserRole + 3

    move_requested = Signal(str, int)  # practice id, new position (0 = first)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_comment(self, practice_id: str, comment: str) -> None:
        """Show a comment just saved, without a reset (the view keeps its place and focus)."""
        row = self.row_of(practice_id)
        if row >= 0:
            self._rows[row] = replace(self._rows[row], comment=comment)
            self.dataChanged.emit(self.index(row), self.index(row))

    def row_at(self, row: int) -> ItemRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, practice_id: str) -> int:
        return next((n for n, item in enumerate(self._rows) if item.practice_id == practice_id), -1)

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.DisplayRole:
            text = f"{index.row() + 1}. {item.title}"
            return f"{text} — {item.missing}" if item.missing else text
        if role == Qt.ToolTipRole:
            return "\n\n".join(part for part in (item.where, item.comment) if part) or None
        if role == Qt.AccessibleDescriptionRole:
            return item.comment or None
        if role == Qt.ForegroundRole and item.missing:
            return QBrush(QColor("#777777"))
        if role == Qt.FontRole and item.missing:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.IdRole:
            return item.practice_id
        if role == self.CommentRole:
            return item.comment
        if role == self.MissingRole:
            return item.missing
        return None

    # -- drag and drop -------------------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemIsDropEnabled  # drops land between items, never onto one
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled

    def supportedDropActions(self):  # noqa: N802
        return Qt.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.MoveAction

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_row):  # noqa: N802
        """Move one row to before `destination_row` (Qt's convention) and ask for it to be stored."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid() \
                or not 0 <= source_row < len(self._rows) or not 0 <= destination_row <= len(self._rows) \
                or destination_row in (source_row, source_row + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination_row):
            return False
        item = self._rows.pop(source_row)
        position = destination_row - 1 if destination_row > source_row else destination_row
        self._rows.insert(position, item)
        self.endMoveRows()
        first, last = min(source_row, position), max(source_row, position)
        self.dataChanged.emit(self.index(first), self.index(last), [Qt.DisplayRole])  # the numbers
        self.move_requested.emit(item.practice_id, position)
        return True
