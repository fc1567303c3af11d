"""Printed briefs: one practice, the bookmarked ones, or the result list, on paper or as PDF.

Pages are laid out here rather than by QTextDocument.print_(), which cuts wherever a page is
full: a heading is kept with the text under it, and a practice starts on a new page only when
it does not fit in what is left of the current one."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

BRIEF_STYLE = """<style>
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 10pt; }
h3 { font-size: 11pt; margin-top: 8pt; }
td { vertical-align: top; }
</style>"""

# A hard page break, for documents laid out page by page by their maker (the workshop pack's
# cover and contents); briefs are paginated by `paginate` instead.
PAGE_BREAK = '<div style="page-break-before: always;"></div>'


def brief_html(pages: list, cover: str = "") -> str:
    """Join practice pages (HTML strings, each starting with its <h1>) into one document under
    a one-line `cover` (plain text: what this is, the date, the catalogue version)."""
    head = f"<p><small>{html.escape(cover)}</small></p>" if cover else ""
    return f"<html><head>{BRIEF_STYLE}</head><body>{head}{''.join(pages)}</body></html>"


def result_list_html(title: str, subtitle_lines: list, rows: list, headers: tuple, figure: str = "") -> str:
    """A table of results under a title and a few lines saying what was searched, with `figure`
    (HTML: the map) above it. Columns every row leaves empty (a year no practice has) are left out."""
    keep = [i for i in range(len(headers)) if any(str(row[i]).strip() for row in rows)] or list(range(len(headers)))
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(str(row[i]))}</td>" for i in keep) + "</tr>" for row in rows)
    header = "".join(f"<th align='left'>{html.escape(headers[i])}</th>" for i in keep)
    lines = "<br>".join(html.escape(line) for line in subtitle_lines)
    return (f"<html><head>{BRIEF_STYLE}</head><body><h1>{html.escape(title)}</h1><p>{lines}</p>{figure}"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{header}</tr>{cells}</table>"
            "</body></html>")


def _document(html_text: str, font_size: int) -> QTextDocument:
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSize(font_size)
    document.setDefaultFont(font)
    document.setHtml(html_text)
    return document


def _top_blocks(document):
    """The blocks of the root frame (not those inside tables), in order."""
    block = document.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            yield block
        block = block.next()


def _break_before(block) -> None:
    cursor = QTextCursor(block)
    block_format = QTextBlockFormat(block.blockFormat())
    block_format.setPageBreakPolicy(QTextBlockFormat.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)


def paginate(document: QTextDocument, page_height: float) -> None:
    """Choose the page breaks of a document already given its page size: a practice (its <h1>)
    moves to a new page when it does not fit in the rest of the current one (and would fit on a
    page of its own, or little is left of this one), and a heading
    goes to the next page rather than end a page without the first lines of its text."""
    layout = document.documentLayout()
    blocks = list(_top_blocks(document))
    for position, block in enumerate(blocks[:-1]):
        level = block.blockFormat().headingLevel()
        if not level:
            continue
        here = layout.blockBoundingRect(block).top()
        room = page_height - here % page_height  # what is left of this page
        if room >= page_height - 1:
            continue  # already at the top of a page
        if level == 1:
            end = next((layout.blockBoundingRect(b).top() for b in blocks[position + 1:]
                        if b.blockFormat().headingLevel() == 1), document.size().height())
            # A new page when it does not fit here, unless it runs over pages anyway and more
            # than a third of this one is free: then it starts here.
            # ("fits" with a tenth to spare: lines pushed past page ends take some room.)
            if end - here > room and (end - here <= 0.9 * page_height or room < page_height / 3):
                _break_before(block)
                continue
        text = blocks[position + 1]
        text_rect = layout.blockBoundingRect(text)
        lines = text.layout()
        first_lines = sum(lines.lineAt(i).height() for i in range(min(2, lines.lineCount()))) or text_rect.height()
        if text_rect.top() + min(text_rect.height(), first_lines) - here > room:
            _break_before(block)


def print_document(html_text: str, printer: QPrinter, font_size: int = 10) -> int:
    """Lay `html_text` out on the printer's pages and print it; returns the number of pages."""
    document = _document(html_text, font_size)
    document.documentLayout().setPaintDevice(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.setDocumentMargin(0)  # the page layout's margins already frame the text
    paginate(document, page.height())
    painter = QPainter(printer)
    try:
        for number in range(document.pageCount()):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
            painter.restore()
    finally:
        painter.end()
    return document.pageCount()


def export_pdf(html_text: str, path: str, font_size: int = 10) -> int:
    """Write `html_text` to a PDF file at `path` (A4, portrait); returns the number of pages.
    Raises OSError when the file cannot be written."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, printer.pageLayout().margins()))
    pages = print_document(html_text, printer, font_size)
    try:
        with open(path, "rb") as written:
            if written.read(5) != b"%PDF-":
                raise OSError(f"{path} was not written")
    except FileNotFoundError as missing:
        raise OSError(f"{path} could not be created (is the folder writable?)") from missing
    return pages


def print_with_dialog(html_text: str, parent, font_size: int = 10) -> bool:
    """Ask which printer, then print. Returns False when the user cancelled."""
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.Accepted:
        return False
    print_document(html_text, printer, font_size)
    return True
