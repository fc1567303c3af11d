"""Presentation mode: one practice at a time, full screen, in type large enough for the back of a
room. Right/Left (PageDown/PageUp, Space) go through the pages and on to the next practice of the
list it was given; Esc leaves. The list is any ordered sequence of practice ids (a result list,
a reading list)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QWidget

from ..core.errors import CatalogueError
from ..core.slides import Position, backward, forward, make_slide

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#111111")
HEADER_BAND = QColor("#0b3d66")
HEADER_TEXT = QColor("#ffffff")
QUIET = QColor("#5a5a5a")

FORWARD_KEYS = {Qt.Key_Right, Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Down}
BACKWARD_KEYS = {Qt.Key_Left, Qt.Key_PageUp, Qt.Key_Backspace, Qt.Key_Up}
OWN_KEYS = FORWARD_KEYS | BACKWARD_KEYS | {Qt.Key_Escape, Qt.Key_Home, Qt.Key_End, Qt.Key_F5}


class PresentationWindow(QWidget):
    """Shows the practices `practice_ids` of `catalogue`, from `start`. Type sizes follow the
    window's height in device-independent pixels, so they suit any screen and scale factor.
    Emits `position_changed(index, page)` and `left()` when closed."""

    position_changed = Signal(int, int)
    left = Signal()

    def __init__(self, catalogue, practice_ids, language: str, start: int = 0, parent=None):
        super().__init__(parent, Qt.Window)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.catalogue, self.language = catalogue, language
        self.practice_ids = tuple(practice_ids)
        self.position = Position(max(0, min(start, len(self.practice_ids) - 1)))
        self._layouts = {}  # (index, size) -> (slide, title document, body document)
        self.setWindowTitle(self.tr("Presentation"))
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.BlankCursor)

    # -- layout -------------------------------------------------------------------------------

    def unit(self) -> float:
        """The body text size in pixels: 1/26 of the height (about 30 px at 768 lines)."""
        return max(12.0, self.height() / 26)

    def areas(self) -> tuple:
        """(header, body, footer) rectangles for the current size."""
        unit, width, height = self.unit(), self.width(), self.height()
        margin = unit * 1.2
        header = QRectF(0, 0, width, height * 0.26)
        footer = QRectF(margin, height - unit * 1.6, width - 2 * margin, unit * 1.2)
        body = QRectF(margin, header.bottom() + unit * 0.8, width - 2 * margin,
                      footer.top() - header.bottom() - unit * 1.2)
        return header, body, footer

    def _documents(self, index: int) -> tuple:
        key = (index, self.width(), self.height())
        if key not in self._layouts:
            if len(self._layouts) > 12:
                self._layouts.clear()
            self._layouts[key] = self._lay_out(index)
        return self._layouts[key]

    def _lay_out(self, index: int) -> tuple:
        practice_id = self.practice_ids[index]
        header, body, _footer = self.areas()
        unit = self.unit()
        try:
            slide = make_slide(self.catalogue.practice(practice_id), self.catalogue.taxonomy, self.language)
            title_text, header_text, body_html = slide.title, slide.header, slide.body_html
        except CatalogueError:  # removed by an update since the list was made
            title_text, header_text = practice_id, self.tr("This practice is not in this catalogue.")
            body_html = ""
        title = QTextDocument()
        font = QFont(self.font())
        font.setPixelSize(int(unit * 1.55))
        font.setBold(True)
        title.setDefaultFont(font)
        title.setDocumentMargin(0)
        title.setPlainText(title_text)
        title.setTextWidth(header.width() - 2.4 * unit)
        while title.size().height() > header.height() - 2.6 * unit and font.pixelSize() > unit:
            font.setPixelSize(int(font.pixelSize() * 0.9))  # a long title shrinks rather than spill over
            title.setDefaultFont(font)
        text = QTextDocument()
        body_font = QFont(self.font())
        body_font.setPixelSize(int(unit))
        text.setDefaultFont(body_font)
        text.setDocumentMargin(0)
        text.setDefaultStyleSheet(f"p, li {{ line-height: 120%; }} h1, h2, h3 {{ font-size: {int(unit * 1.15)}px; }}")
        text.setHtml(body_html)
        text.setPageSize(QSizeF(body.width(), body.height()))  # paginated: no line is cut in two
        return header_text, title, text

    def page_count(self, index: int) -> int:
        """How many screens the text of the practice at `index` takes at the current size."""
        return max(1, self._documents(index)[2].pageCount())

    # -- moving -------------------------------------------------------------------------------

    def go_forward(self) -> bool:
        target = forward(self.position, self.page_count(self.position.index), len(self.practice_ids))
        return self._go(target)

    def go_backward(self) -> bool:
        return self._go(backward(self.position, self.page_count))

    def _go(self, target: Position | None) -> bool:
        if target is None:
            return False
        self.position = target
        self.update()
        self.position_changed.emit(target.index, target.page)
        return True

    def event(self, event) -> bool:
        # The main window's shortcuts (Esc clears its search, arrows) must not take our keys, even
        # when the window system still counts the main window as the active one.
        if event.type() == QEvent.ShortcutOverride and event.key() in OWN_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key_Escape:
            self.close()
        elif key in FORWARD_KEYS:
            self.go_forward()
        elif key in BACKWARD_KEYS:
            self.go_backward()
        elif key == Qt.Key_Home:
            self._go(Position(0, 0))
        elif key == Qt.Key_End:
            self._go(Position(len(self.practice_ids) - 1, 0))
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        (self.go_backward if event.button() == Qt.RightButton else self.go_forward)()

    def resizeEvent(self, event) -> None:
        pages = self.page_count(self.position.index)
        if self.position.page >= pages:  # fewer pages at a larger size: stay on the text
            self.position = Position(self.position.index, pages - 1)
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:
        self.left.emit()
        super().closeEvent(event)

    # -- drawing ------------------------------------------------------------------------------

    def footer_text(self) -> str:
        """"3 / 12", and the page when the text takes more than one screen."""
        where = f"{self.position.index + 1} / {len(self.practice_ids)}"
        pages = self.page_count(self.position.index)
        if pages > 1:
            where = self.tr("page %1 of %2").replace("%1", str(self.position.page + 1)).replace(
                "%2", str(pages)) + "   ·   " + where
        return where

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setRenderHint(QPainter.TextAntialiasing, True)
        painter.fillRect(self.rect(), BACKGROUND)
        if not self.practice_ids:
            painter.end()
            return
        header, body, footer = self.areas()
        unit = self.unit()
        header_text, title, text = self._documents(self.position.index)
        painter.fillRect(header, HEADER_BAND)
        painter.save()
        painter.translate(unit * 1.2, unit * 0.8)
        painter.setPen(HEADER_TEXT)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.Text, HEADER_TEXT)
        title.documentLayout().draw(painter, context)
        painter.restore()
        small = QFont(self.font())
        small.setPixelSize(int(unit * 0.8))
        painter.setFont(small)
        painter.setPen(QColor("#d6e6f5"))
        painter.drawText(QRectF(unit * 1.2, header.bottom() - unit * 1.6, header.width() - 2.4 * unit, unit * 1.2),
                         Qt.AlignLeft | Qt.AlignVCenter, painter.fontMetrics().elidedText(
                             header_text, Qt.ElideRight, int(header.width() - 2.4 * unit)))
        page_height = text.pageSize().height()
        painter.save()
        painter.setClipRect(body)
        painter.translate(body.left(), body.top() - self.position.page * page_height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.Text, TEXT)
        context.clip = QRectF(0, self.position.page * page_height, body.width(), page_height)
        text.documentLayout().draw(painter, context)
        painter.restore()
        painter.setFont(small)
        painter.setPen(QUIET)
        painter.drawText(footer, Qt.AlignRight | Qt.AlignVCenter, self.footer_text())
        painter.drawText(footer, Qt.AlignLeft | Qt.AlignVCenter, self.tr("→ next   ← back   Esc leaves"))
        painter.end()


def start_presentation(parent, catalogue, practice_ids, language: str, start: int = 0,
                       full_screen: bool = True) -> PresentationWindow | None:
    """Present `practice_ids` (any ordered sequence of ids) from `start`, full screen on the screen
    of `parent`. Returns the window, or None when there is nothing to present."""
    if not practice_ids:
        return None
    window = PresentationWindow(catalogue, practice_ids, language, start, parent)
    if parent is not None and parent.screen() is not None:
        window.setScreen(parent.screen())
        window.setGeometry(parent.screen().geometry())
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    window.activateWindow()
    window.setFocus()
    return window
