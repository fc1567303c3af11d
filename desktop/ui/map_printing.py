"""The world map on paper: File → Map → Print / Save as PDF, and the map at the top of the printed
result list."""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from ..core.world_map import step_bounds
from .world_map import shade_color


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def legend_entries(view) -> list:
    """(colour, text) pairs of the map's legend: none, then each count range shaded."""
    entries = [(shade_color(0), tr("none"))]
    for step, low, high in step_bounds(view.most()):
        entries.append((shade_color(step), f"{low}" if low == high else f"{low}–{high}"))
    return entries


def map_image(view, width: int = 1800) -> QImage:
    """The map alone as an image `width` pixels wide (for documents)."""
    world = view.world_rect
    height = int(width * world.height() / world.width())
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render_to(painter, QRectF(0, 0, width, height), point_radius=width / 260, line_width=width / 1800)
    painter.end()
    return image


def map_figure_html(window) -> str:
    """The map of `window`'s results with its legend, as HTML for the printed result list ("" without a map)."""
    panel = getattr(window, "map_panel", None)
    if panel is None:
        return ""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    map_image(panel.map_view).save(buffer, "PNG")
    source = "data:image/png;base64," + bytes(data.toBase64()).decode("ascii")
    swatches = " &nbsp; ".join(
        f'<span style="background-color:{colour.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{html.escape(text)}'
        for colour, text in legend_entries(panel.map_view))
    licence = html.escape(panel.world_map.licence)
    return (f'<p><img src="{source}" width="640"></p><p>{html.escape(tr("Practices per country:"))} {swatches}'
            f'<br><small>{html.escape(panel.global_title.text())} · {licence}</small></p>')


def paint_map_page(painter: QPainter, page: QRectF, view, title: str, subtitle: str, notes: str,
                   licence: str) -> None:
    """One page: title, subtitle, the map as large as fits, the legend and the licence line."""
    font = QFont(painter.font())
    unit = page.height() / 60  # type sizes follow the page, not the printer's resolution
    font.setPixelSize(int(unit * 1.6))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(page.left(), page.top(), page.width(), unit * 2.4), Qt.AlignLeft | Qt.AlignVCenter, title)
    font.setBold(False)
    font.setPixelSize(int(unit))
    painter.setFont(font)
    painter.drawText(QRectF(page.left(), page.top() + unit * 2.5, page.width(), unit * 1.6),
                     Qt.AlignLeft | Qt.AlignVCenter, subtitle)
    map_rect = QRectF(page.left(), page.top() + unit * 4.5, page.width(), page.height() - unit * 10)
    view.render_to(painter, map_rect, point_radius=unit * 0.45, line_width=max(1.0, unit / 12))
    x, y = page.left(), map_rect.bottom() + unit
    painter.drawText(QRectF(x, y, page.width(), unit * 1.4), Qt.AlignLeft | Qt.AlignVCenter, tr("Practices per country:"))
    x += painter.fontMetrics().horizontalAdvance(tr("Practices per country:")) + unit
    for colour, text in legend_entries(view):
        painter.fillRect(QRectF(x, y + unit * 0.2, unit * 1.6, unit), colour)
        painter.drawRect(QRectF(x, y + unit * 0.2, unit * 1.6, unit))
        x += unit * 2
        painter.drawText(QRectF(x, y, unit * 8, unit * 1.4), Qt.AlignLeft | Qt.AlignVCenter, text)
        x += painter.fontMetrics().horizontalAdvance(text) + unit * 1.5
    painter.drawText(QRectF(page.left(), y + unit * 1.6, page.width(), unit * 1.6), Qt.AlignLeft | Qt.TextWordWrap,
                     notes)
    font.setPixelSize(int(unit * 0.8))
    painter.setFont(font)
    painter.drawText(QRectF(page.left(), page.bottom() - unit * 1.2, page.width(), unit * 1.2),
                     Qt.AlignLeft | Qt.AlignVCenter, licence)


def print_map(window, path: str | None = None) -> bool:
    """Print the map of `window`'s results (asking which printer), or write it to the PDF `path`.
    Returns False when there is no map or the user cancelled."""
    panel = getattr(window, "map_panel", None)
    if panel is None:
        return False
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QMarginsF(12, 12, 12, 12)))
    if path:
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(path)
    elif QPrintDialog(printer, window).exec() != QPrintDialog.Accepted:
        return False
    request, result = window.last_request, window.last_result
    subtitle = tr("Search: %1").replace("%1", request.query or tr("(everything)"))
    if result is not None:
        subtitle += " — " + tr("%n practice(s)", "", result.total)
    taxonomy, language = window.catalogue.taxonomy, window.language

    def labels(selection):
        return [panel.label(v) if field == "country" else taxonomy.term_label(field, v, language).split(" (")[0]
                for field, values in selection.items() for v in values]

    chosen, left_out = labels(request.filters), labels(request.exclusions)
    if chosen:
        subtitle += " — " + tr("only: %1").replace("%1", ", ".join(chosen))
    if left_out:
        subtitle += " — " + tr("without: %1").replace("%1", ", ".join(left_out))
    painter = QPainter(printer)
    if not painter.isActive():
        window.show_error(tr("The map could not be printed: the printer or file is not available."))
        return False
    page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    paint_map_page(painter, QRectF(0, 0, page.width(), page.height()), panel.map_view,
                   tr("Practice Catalogue: where the practices are"), subtitle, panel.global_title.text(),
                   panel.world_map.licence)
    painter.end()
    return True
