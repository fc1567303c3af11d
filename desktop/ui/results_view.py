"""The result list: title, place and country, levels and approaches, a highlighted snippet."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from .models import ResultsModel


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as three lines of rich text (the snippet's <b> marks the matched words).

    Each row's laid-out document is kept until the results change: the view asks for every
    row's size and then paints it, and laying out rich text twice per row was most of the time
    between a keystroke and the redrawn list."""

    CACHE_LIMIT = 400

    def __init__(self, parent=None):
        super().__init__(parent)
        self._documents = {}

    def forget(self) -> None:
        """Drop the laid-out rows (new results, other labels)."""
        self._documents.clear()

    def _document(self, option, index) -> QTextDocument:
        width = option.rect.width()
        view = option.widget
        if view is not None and hasattr(view, "viewport"):
            # sizeHint gets no usable rect: rows must wrap to the width the view will draw them at
            width = view.viewport().width()
        key = (index.row(), index.data(ResultsModel.IdRole), max(200, width), option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > self.CACHE_LIMIT:
                self._documents.clear()
            document = self._make_document(option, index, max(200, width))
            self._documents[key] = document
        return document

    def _make_document(self, option, index, width: int) -> QTextDocument:
        title = index.data(ResultsModel.TitleRole) or ""
        subtitle = index.data(ResultsModel.SubtitleRole) or ""
        snippet = index.data(ResultsModel.SnippetRole) or ""
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        escaped_title = title.replace("&", "&amp;").replace("<", "&lt;")
        escaped_subtitle = subtitle.replace("&", "&amp;").replace("<", "&lt;")
        document.setHtml(f'<div><b style="font-size:large">{escaped_title}</b><br>'
                         f'<span style="color:{option.palette.color(QPalette.PlaceholderText).name()}">'
                         f"{escaped_subtitle}</span><br>{snippet}</div>")
        document.setTextWidth(width)
        return document

    def paint(self, painter, option, index):
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text_free = option
        option_text_free.text = ""
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, option_text_free, painter, option.widget)
        document = self._document(option, index)
        painter.save()
        painter.setClipRect(option.rect)  # inside save/restore: never leaks into the next row
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.State_Selected:
            context.palette.setColor(QPalette.Text, option.palette.color(QPalette.HighlightedText))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):
        # No initStyleOption here: it asks the model for every role of every row, and the
        # size depends only on the text, the font and the width.
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()) + 2)


class ResultsView(QListView):
    """Keyboard: arrows move, Enter opens. Emits `open_requested(practice_id)`."""

    open_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hit_delegate = HitDelegate(self)
        self.setItemDelegate(self.hit_delegate)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setResizeMode(QListView.Adjust)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)  # three panes side by side: a click opens, as in a mail reader

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.hit_delegate.forget)
        model.dataChanged.connect(lambda *_: self.hit_delegate.forget())

    def _activated(self, index) -> None:
        practice_id = index.data(ResultsModel.IdRole)
        if practice_id:
            self.open_requested.emit(practice_id)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # row heights depend on the width (wrapped snippets)
