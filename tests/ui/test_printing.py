"""Printing and export as a user gets them: what the paper says, how many pages, where it went."""

import csv
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from desktop.ui import briefs

THREE = ["sao-paulo-municipal-plan-immigrant-population", "ecuador-congope", "moldova-hometown-associations"]


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The file dialog answers with tmp_path/NAME; `asked` keeps the folder it was opened in."""
    asked = []

    def choose(name):
        def answer(parent, title, suggested, kinds):
            asked.append(suggested)
            return str(tmp_path / name), kinds
        monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
        return tmp_path / name
    choose.asked = asked
    return choose


@pytest.fixture
def interface_language(project_root):
    from desktop.ui.i18n import install_translators
    app, installed = QApplication.instance(), []

    def install(language):
        installed.extend(install_translators(app, language, project_root / "resources" / "translations"))
    yield install
    for translator in installed:
        app.removeTranslator(translator)


def _pages(path: Path) -> list:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_the_result_list_pdf_says_which_filters_were_on_and_has_no_empty_column(qtbot, open_window, save_to):
    window = open_window()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filter_panel.toggle("level", "regional", "include")
    window.search_field.setText("diaspora")
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search_now()
    years = [hit.year for hit in window.catalogue.search(window.last_request).hits]
    path = save_to("results.pdf")
    briefs.print_results(window, pdf=True)
    text = " ".join(_pages(path))
    assert "Search: diaspora" in text and "Filters: Level of government: Regional" in text
    assert f"{window.results_model.total} practice" in text
    assert ("Year" in text) == any(years)


@pytest.mark.parametrize("text_size", [10, 16])  # at 16 pt the practices run over several pages
def test_the_bookmarks_brief_wastes_no_pages_and_starts_with_a_cover_line(qtbot, open_window, save_to, text_size):
    window = open_window()
    window.settings.font_size = text_size
    single = 0
    for practice_id in THREE:
        window.open_practice(practice_id)
        path = save_to(f"{practice_id}.pdf")
        briefs.print_practice(window, pdf=True)
        single += len(_pages(path))
        window.userdata.set_bookmark(practice_id, practice_id, True)
    path = save_to("bookmarks.pdf")
    briefs.print_bookmarks(window, pdf=True)
    pages = _pages(path)
    assert len(pages) <= single  # no cover page, no half-empty page a practice could have shared
    assert "Bookmarked practices" in pages[0][:200] and f"catalogue version {window.catalogue.catalogue_version}" \
        in pages[0][:200]
    headings = {"What it is", "Who is involved", "How it works across levels", "Figures and dates", "Source"}
    for page in pages[:-1]:
        assert not any(page.endswith(heading) for heading in headings), page[-80:]


def test_the_personal_note_is_printed_only_when_asked(qtbot, open_window, save_to):
    window = open_window()
    window.open_practice("ecuador-congope")
    window.userdata.set_note("ecuador-congope", "CONGOPE", "Ask the prefect in person.")
    path = save_to("without.pdf")
    briefs.print_practice(window, pdf=True)
    assert "Ask the prefect" not in " ".join(_pages(path))
    include = next(a for m in window.menuBar().findChildren(QMenu) for a in m.actions()
                   if a.text() == "Include my notes in briefs")
    assert include.isCheckable() and not include.isChecked()
    include.trigger()
    path = save_to("with.pdf")
    briefs.print_practice(window, pdf=True)
    assert "Ask the prefect" in " ".join(_pages(path))


def test_saving_a_pdf_starts_in_documents_and_says_where_it_went(qtbot, open_window, save_to, project_root):
    window = open_window()
    window.open_practice("ecuador-congope")
    path = save_to("brief.pdf")
    briefs.print_practice(window, pdf=True)
    assert Path(save_to.asked[0]).parent == briefs.documents_folder() != project_root
    assert str(path) in window.statusBar().currentMessage()


def test_csv_headers_follow_the_language_and_every_region_is_listed(qtbot, open_window, save_to,
                                                                     interface_language):
    interface_language("es")
    window = open_window("es")
    path = save_to("results.csv")
    briefs.export_csv(window)
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    assert {"Título", "País", "Región", "Niveles"} <= set(rows[0])
    assert str(path) in window.statusBar().currentMessage()
    row = next(r for r in rows if r["Id"] == "listening-events-ghana-malawi-mexico")
    assert re.search("África", row["Región"]) and re.search("América", row["Región"])
