"""What File → Brief… and Result list… do: compose the HTML, ask where (Documents by default),
write or print it, and say in the status bar where it went."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ..core.rendering import write_results_csv
from . import printing
from .map_printing import map_figure_html


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def documents_folder() -> Path:
    """Where saved files go unless the user picks another place: their Documents folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _ask_path(window, title: str, suggested: str, kinds: str, suffix: str) -> str:
    path, _ = QFileDialog.getSaveFileName(window, title, str(documents_folder() / suggested), kinds)
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path


def ask_pdf_path(parent, suggested: str) -> str:
    """The PDF file the user names ('' when cancelled), offered in their Documents folder."""
    return _ask_path(parent, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"), ".pdf")


def output(window, html_text: str, pdf: bool, suggested: str) -> None:
    """Print `html_text`, or save it as a PDF the user names and say where it went."""
    size = window.settings.font_size
    if not pdf:
        printing.print_with_dialog(html_text, window, size)
        return
    path = ask_pdf_path(window, suggested)
    if not path:
        return
    try:
        pages = printing.export_pdf(html_text, path, size)
    except OSError as error:
        window.show_error(tr("The PDF could not be written: %1").replace("%1", str(error)))
        return
    window.statusBar().showMessage(tr("Saved %1 (%n page(s)).", "", pages).replace("%1", path), 15000)


def cover_line(window, what: str) -> str:
    """"Bookmarked practices · 1 December 2026 · catalogue version 4": what a handout is and
    how current."""
    locale = QLocale(window.language)
    day = locale.toString(QDate.currentDate(), locale.dateFormat(QLocale.LongFormat).replace("dddd, ", "")
                          .replace("dddd ", ""))
    version = tr("catalogue version %1").replace("%1", str(window.catalogue.catalogue_version))
    return " · ".join((tr("Practice Catalogue"), what, day, version))


def practice_brief_html(window, practice_ids, with_notes: bool = False, cover: str = "") -> str:
    """The practices as printed pages; the user's notes only when `with_notes`."""
    pages = []
    for practice_id in practice_ids:
        page = window.pages.practice_page(practice_id, for_print=True)
        if page is not None:
            if not with_notes:
                page = replace(page, note="")
            pages.append(page.to_html(for_print=True))
    return printing.brief_html(pages, cover)


def print_practice(window, pdf: bool = False) -> None:
    current = window.reader.current
    if current and current[0] == "practice":
        title = window.catalogue.practice(current[1]).title
        output(window, practice_brief_html(window, [current[1]], window.settings.notes_in_briefs,
                                           cover_line(window, title)), pdf, f"{current[1]}.pdf")


def pdf_practice(window) -> None:
    print_practice(window, pdf=True)


def print_bookmarks(window, pdf: bool) -> None:
    ids = [b.practice_id for b in window.userdata.bookmarks() if window.catalogue.has_practice(b.practice_id)]
    html_text = practice_brief_html(window, ids, window.settings.notes_in_briefs,
                                    cover_line(window, tr("Bookmarked practices")))
    output(window, html_text, pdf, "bookmarked-practices.pdf")


def result_rows(window, hits) -> list:
    taxonomy, language = window.catalogue.taxonomy, window.language
    rows = []
    for hit in hits:
        where = ", ".join(x for x in (hit.place, ", ".join(taxonomy.term_label("country", c, language)
                                                             for c in hit.countries)) if x)
        levels = ", ".join(taxonomy.term_label("level", v, language).split(" (")[0] for v in hit.levels)
        rows.append((hit.title, where, levels, hit.year or ""))
    return rows


def filters_line(window, request) -> str:
    """"Filters: Level of government: Local, National; not Country: Ecuador", or ""."""
    taxonomy, language = window.catalogue.taxonomy, window.language
    field_labels = window.filter_panel.model.field_labels
    parts = []
    for selection, prefix in ((request.filters, ""), (request.exclusions, tr("not") + " ")):
        for field, values in selection.items():
            if values:
                labels = ", ".join(taxonomy.term_label(field, v, language).split(" (")[0] for v in values)
                parts.append(f"{prefix}{field_labels.get(field, field)}: {labels}")
    return tr("Filters: %1").replace("%1", "; ".join(parts)) if parts else ""


def _all_hits(window):
    request = replace(window.last_request, offset=0, limit=max(window.last_result.total if window.last_result else 0, 1))
    return window.catalogue.search(request).hits


def print_results(window, pdf: bool) -> None:
    hits = _all_hits(window)
    request = window.last_request
    lines = [tr("Search: %1").replace("%1", request.query or tr("(everything)")), filters_line(window, request),
             tr("%n practice(s)", "", len(hits)) + " · " + cover_line(window, tr("Result list"))]
    html_text = printing.result_list_html(tr("Practice Catalogue: result list"), [x for x in lines if x],
                                          result_rows(window, hits),
                                          (tr("Practice"), tr("Where"), tr("Levels"), tr("Year")),
                                          map_figure_html(window))
    output(window, html_text, pdf, "results.pdf")


def export_csv(window) -> None:
    path = _ask_path(window, tr("Export to CSV"), "results.csv", tr("CSV files (*.csv)"), ".csv")
    if not path:
        return
    try:
        headers = {"id": tr("Id"), "title": tr("Title"), "original_title": tr("Original title"),
                   "country": tr("Country"), "place": tr("Place"), "region": tr("Region"), "levels": tr("Levels"),
                   "approaches": tr("Approaches"), "policy_areas": tr("Policy areas"), "year": tr("Year")}
        count = write_results_csv(_all_hits(window), path, window.catalogue.taxonomy, window.language, headers)
    except OSError as error:
        window.show_error(tr("The file could not be written: %1").replace("%1", str(error)))
        return
    window.statusBar().showMessage(tr("%n practice(s) exported to %1.", "", count).replace("%1", path), 15000)
