"""Printed briefs: one practice, the bookmarked ones, or the result list, on paper or as PDF."""

from __future__ import annotations

import html

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

BRIEF_STYLE = """<style>
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 10pt; }
h3 { font-size: 11pt; margin-top: 8pt; }
td { vertical-align: top; }
</style>"""
PAGE_BREAK = '<div style="page-break-before: always;"></div>'


def brief_html(pages: list, title: str = "", intro: str = "") -> str:
    """Join practice pages (HTML strings) into one document, one practice per page."""
    head = f"<h1>{html.escape(title)}</h1><p>{html.escape(intro)}</p>{PAGE_BREAK}" if title else ""
    return f"<html><head>{BRIEF_STYLE}</head><body>{head}{PAGE_BREAK.join(pages)}</body></html>"


def result_list_html(title: str, subtitle: str, rows: list, headers: tuple, figure: str = "") -> str:
    """A table of results: rows of (title, where, levels, summary); `figure` (HTML, the map) above it."""
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    header = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    return (f"<html><head>{BRIEF_STYLE}</head><body><h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p>{figure}"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{header}</tr>{cells}</table>"
            "</body></html>")


def _document(html_text: str, font_size: int) -> QTextDocument:
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSize(font_size)
    document.setDefaultFont(font)
    document.setHtml(html_text)
    return document


def export_pdf(html_text: str, path: str, font_size: int = 10) -> None:
    """Write `html_text` to a PDF file at `path` (A4, portrait)."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, printer.pageLayout().margins()))
    _document(html_text, font_size).print_(printer)


def print_with_dialog(html_text: str, parent, font_size: int = 10) -> bool:
    """Ask which printer, then print. Returns False when the user cancelled."""
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.Accepted:
        return False
    _document(html_text, font_size).print_(printer)
    return True
