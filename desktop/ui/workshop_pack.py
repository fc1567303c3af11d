"""The workshop pack of a reading list, printed or saved as PDF: a cover (list name, date,
catalogue version), a contents page with page numbers, then each practice in the interface
language headed by the trainer's comment, with the user's notes only when asked for.

Built like the other printed briefs (printing.py's style and page breaks, rendering.py's practice
pages), but laid out for the chosen printer first so that the contents can give page numbers."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from ..core.errors import CatalogueError
from .pages import PageMaker
from .printing import BRIEF_STYLE, PAGE_BREAK
from .reading_list_model import missing_text

PACK_STYLE = """<style>
.cover { text-align: center; }
.comment { background-color: #fff4cc; }
.contents td { padding: 3pt; }
.missing { color: #666666; font-style: italic; }
.where { color: #444444; font-size: 9pt; }
</style>"""
ANCHOR = "pack-item-"
MARGIN_CM = 2.0


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)  # lupdate's context for tr("...")


def long_date(language: str) -> str:
    """Today, written out in `language` (e.g. "1 de diciembre de 2026")."""
    return QLocale(language).toString(QDate.currentDate(), QLocale.LongFormat)


class WorkshopPack:
    """The pack of one reading list. Given the catalogue and user data (for the notes)."""

    def __init__(self, reading_list, catalogue, userdata, language: str, include_notes: bool = False):
        self.reading_list, self.catalogue, self.language = reading_list, catalogue, language
        self.include_notes = include_notes
        self.pages = PageMaker(catalogue, userdata, language)  # fresh: no page switched to English
        self._entry_list = None

    def _where(self, practice) -> str:
        countries = ", ".join(self.catalogue.taxonomy.term_label("country", c, self.language)
                              for c in practice.countries)
        return ", ".join(part for part in (practice.place, countries) if part)

    def _entries(self) -> list:
        """(number, title, where, missing note, practice page or None, comment) per item; made
        once per pack (it is laid out twice: once to learn the page numbers, once to print)."""
        if self._entry_list is None:
            self._entry_list = self._make_entries()
        return self._entry_list

    def _make_entries(self) -> list:
        entries = []
        for number, item in enumerate(self.reading_list.items, start=1):
            page = self.pages.practice_page(item.practice_id, for_print=True)
            if page is None:
                entries.append((number, item.title or item.practice_id, "", missing_text(item.catalogue_version),
                                None, item.comment))
                continue
            if not self.include_notes:
                page.note = ""
            entries.append((number, page.practice.title, self._where(page.practice), "", page, item.comment))
        return entries

    def html(self, page_numbers: dict | None = None) -> str:
        """The whole pack. `page_numbers` ({item number: page}) fills the contents' last column;
        without it the column holds placeholders of the same width."""
        entries = self._entries()
        version = self.catalogue.catalogue_version
        catalogue_id = self.catalogue.meta.get("catalogue_id", "")
        # tr() outside the f-strings: lupdate does not read calls inside them
        heading, count = tr("Workshop pack"), tr("%n practice(s)", "", len(entries))
        made_with = tr("Practice Catalogue, catalogue %1, version %2").replace("%1", catalogue_id) \
            .replace("%2", str(version))
        # Qt drops the top margin of a page's first block: an empty first line lets the margin act
        cover = (f'<div class="cover"><p style="font-size: 1pt;">&nbsp;</p><p style="margin-top: 300px; font-size: 12pt;">'
                 f'{html.escape(heading)}</p>'
                 f'<h1 style="font-size: 24pt;">{html.escape(self.reading_list.name)}</h1>'
                 f'<p style="font-size: 12pt;">{html.escape(long_date(self.language))}</p>'
                 f'<p style="margin-top: 60px;">{html.escape(count)}</p>'
                 f'<p>{html.escape(made_with)}</p>'
                 "</div>")
        rows = []
        for number, title, where, missing, _page, _comment in entries:
            page = str((page_numbers or {}).get(number, "")) if page_numbers else "000"
            detail = f'<br><span class="missing">{html.escape(missing)}</span>' if missing else \
                (f'<br><span class="where">{html.escape(where)}</span>' if where else "")
            rows.append(f'<tr><td align="right">{number}.&nbsp;</td><td width="100%">{html.escape(title)}{detail}</td>'
                        f'<td align="right" style="white-space: nowrap;">{page}</td></tr>')
        contents_heading = tr("Contents")
        contents = (f"<h1>{html.escape(contents_heading)}</h1>"
                    f'<table class="contents" cellspacing="0" cellpadding="3" width="100%">{"".join(rows)}</table>')
        bodies = [self._item_html(*entry, total=len(entries)) for entry in entries]
        parts = [cover, contents] + bodies
        return f"<html><head>{BRIEF_STYLE}{PACK_STYLE}</head><body>{PAGE_BREAK.join(parts)}</body></html>"

    def _item_html(self, number, title, _where, missing, page, comment, total) -> str:
        head = (f'<p class="where"><a name="{ANCHOR}{number}"></a>{number} / {total} · '
                f"{html.escape(self.reading_list.name)}</p>")
        comment_html = ""
        if comment.strip():
            text = html.escape(comment).replace("\n", "<br>")
            label = tr("Trainer’s comment")
            comment_html = (f'<table class="comment" width="100%" cellpadding="6" cellspacing="0" border="0"><tr><td>'
                            f"<b>{html.escape(label)}</b><br>{text}</td></tr></table><p></p>")
        if page is None:
            return (f"{head}<h1>{html.escape(title)}</h1><p class=\"missing\">{html.escape(missing)}</p>"
                    f"{comment_html}")
        return f"{head}{comment_html}{page.to_html(for_print=True)}"


def _source_dpi() -> float:
    """The resolution a QTextDocument without a paint device lays text out at (Qt's
    qt_defaultDpiY): QTextDocument.print_ scales from it to the printer's."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def _document(html_text: str, printer: QPrinter, font_size: int) -> QTextDocument:
    """The pack cut into `printer`'s pages (2 cm margins) exactly as print_ will print it."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSize(font_size)
    document.setDefaultFont(font)
    document.setHtml(html_text)
    dpi = _source_dpi()
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN_CM / 2.54 * dpi)
    document.rootFrame().setFrameFormat(frame)
    scale = dpi / printer.logicalDpiY()
    document.setPageSize(QSizeF(printer.width() * scale, printer.height() * scale))
    return document


def _anchor_pages(document: QTextDocument) -> dict:
    """{item number: page (1 = cover)} from where each item's anchor was laid out."""
    pages, layout = {}, document.documentLayout()
    height = document.pageSize().height()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            for name in iterator.fragment().charFormat().anchorNames():
                if name.startswith(ANCHOR):
                    pages[int(name[len(ANCHOR):])] = int(layout.blockBoundingRect(block).top() // height) + 1
            iterator += 1
        block = block.next()
    return pages


def _print_pages(document: QTextDocument, printer: QPrinter, footer: str) -> None:
    """Print page by page (as print_ does), with the list's name and the page number at the
    foot of every page after the cover: the contents refer to those numbers."""
    painter = QPainter()
    if not painter.begin(printer):
        where = printer.outputFileName() or printer.printerName()
        raise CatalogueError(tr("The PDF could not be written: %1").replace("%1", where))
    try:
        scale = printer.logicalDpiY() / _source_dpi()
        painter.scale(scale, scale)
        size = document.pageSize()
        margin = MARGIN_CM / 2.54 * _source_dpi()
        foot = QRectF(margin, size.height() - margin * 0.75, size.width() - 2 * margin, margin * 0.5)
        font = document.defaultFont()  # sized in the document's pixels, which the painter scales
        font.setPixelSize(max(1, round(font.pointSizeF() * 0.8 * _source_dpi() / 72)))
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            painter.save()
            painter.translate(0, -page * size.height())
            document.drawContents(painter, QRectF(0, page * size.height(), size.width(), size.height()))
            painter.restore()
            if page:
                painter.setFont(font)
                painter.setPen(QColor("#555555"))
                painter.drawText(foot, Qt.AlignLeft | Qt.AlignVCenter, footer)
                painter.drawText(foot, Qt.AlignRight | Qt.AlignVCenter, str(page + 1))
    finally:
        painter.end()


def render(pack: WorkshopPack, printer: QPrinter, font_size: int = 10) -> int:
    """Lay out the pack for `printer`, put the page numbers in the contents, print it. Returns
    the number of pages. Raises CatalogueError when the printer or file cannot be written.
    Safe in a worker thread (Qt paints text on a QPrinter outside the GUI thread)."""
    numbers = _anchor_pages(_document(pack.html(), printer, font_size))
    document = _document(pack.html(numbers), printer, font_size)
    _print_pages(document, printer, pack.reading_list.name)
    return document.pageCount()


def pdf_printer(path: str) -> QPrinter:
    """An A4 PDF printer writing to `path` (as printing.export_pdf makes it)."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, printer.pageLayout().margins()))
    return printer


def save_pdf(pack: WorkshopPack, path: str, font_size: int = 10) -> int:
    """Write the pack to a PDF file; returns its number of pages."""
    return render(pack, pdf_printer(path), font_size)


def choose_printer(parent) -> QPrinter | None:
    """Ask which printer (on the GUI thread); None when the user cancelled."""
    printer = QPrinter(QPrinter.HighResolution)
    return printer if QPrintDialog(printer, parent).exec() == QPrintDialog.Accepted else None
