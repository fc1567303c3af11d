"""The list of a reading list's practices: reordered by dragging (Qt's InternalMove, which calls
the model's moveRows) or with Ctrl+Up/Ctrl+Down, emptied of one practice with Delete, and opened
with Enter or a double click (QListView's `activated`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView


class ReadingListView(QListView):
    """A QListView set up for one reading list; keys become requests its owner carries out."""

    move_requested = Signal(int)  # -1: one place up, +1: one place down
    remove_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setSpacing(2)

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        # Taken before QListView would use Ctrl+arrows to move only its cursor.
        if event.modifiers() & Qt.ControlModifier and event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key_Up else +1)
        elif event.key() == Qt.Key_Delete and not event.modifiers():
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)
