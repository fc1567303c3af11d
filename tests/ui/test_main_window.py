"""The main window driven like a user would: typing, filtering, reading, keeping, printing."""

from PySide6.QtCore import Qt, QUrl

from desktop.ui.models import FacetModel, ResultsModel


def _type(qtbot, window, text):
    window.search_field.clear()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClicks(window.search_field, text)


def _ids(window):
    model = window.results_model
    return [model.index(r).data(ResultsModel.IdRole) for r in range(model.rowCount())]


def test_typing_a_query_updates_the_results(qtbot, open_window):
    window = open_window()
    everything = window.results_model.total
    _type(qtbot, window, "Sao Paulo")
    qtbot.waitUntil(lambda: window.results_model.total < everything)
    assert _ids(window)[0] == "sao-paulo-municipal-plan-immigrant-population"
    assert window.total_label.text().startswith(str(window.results_model.total))


def test_clicking_a_facet_filters_and_the_counts_change(qtbot, open_window):
    window = open_window()
    before_total = window.results_model.total
    before_national = window.last_result.facets["level"].get("national")
    item = window.filter_panel.model.item_for("level", "local")
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        item.setCheckState(Qt.Checked)  # what a click on the check box does
    result = window.last_result
    assert 0 < result.total < before_total
    assert window.last_request.filters == {"level": ("local",)}
    assert all("local" in window.catalogue.practice(pid).levels for pid in _ids(window))
    # Disjunctive: the level counts still offer the other levels; other fields shrink.
    assert result.facets["level"]["national"] == before_national
    assert sum(result.facets["approach"].values()) < sum(window.last_result.facets["approach"].values()) + 1
    assert window.chips.isVisible() and len(window.chips.chips) == 1
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.chips.chips[0].click()  # removing the chip drops the filter
    assert window.results_model.total == before_total


def test_excluding_a_value_from_the_panel(qtbot, open_window):
    window = open_window()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filter_panel.toggle("country", "ecuador", "exclude")
    assert "ecuador" not in window.last_result.facets["country"] or window.last_result.facets["country"]["ecuador"] == 0
    assert all("ecuador" not in window.catalogue.practice(pid).countries for pid in _ids(window))
    item = window.filter_panel.model.item_for("country", "ecuador")
    assert item.data(FacetModel.StateRole) == "exclude"


def test_opening_a_result_renders_its_text_and_related_practices(qtbot, open_window):
    window = open_window()
    _type(qtbot, window, "Organic Law on Human Mobility")
    window.results_view.setFocus()
    window.results_view.setCurrentIndex(window.results_model.index(0))
    qtbot.keyClick(window.results_view, Qt.Key_Return)
    text = window.reader.browser.toPlainText()
    assert "Organic Law on Human Mobility" in text
    assert "Related practices" in text
    html = window.reader.browser.toHtml()
    assert "practice:" in html  # related practices are links
    related = window.catalogue.related("ecuador-organic-law-human-mobility", limit=6)
    assert related and related[0].title in text


def test_following_a_related_link_and_going_back(qtbot, open_window):
    from PySide6.QtCore import QUrl
    window = open_window()
    window.open_practice("moldova-hometown-associations")
    target = window.catalogue.related("moldova-hometown-associations", limit=1)[0]
    window.reader._link_clicked(QUrl(f"practice:{target.id}"))
    assert window.reader.current == ("practice", target.id)
    qtbot.keyClick(window.reader, Qt.Key_Left, Qt.AltModifier)
    assert window.reader.current == ("practice", "moldova-hometown-associations")
    window.reader.forward()
    assert window.reader.current == ("practice", target.id)


def test_unsafe_links_are_never_opened(qtbot, open_window, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window = open_window()
    window.open_practice("moldova-hometown-associations")
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi"):
        window.reader._link_clicked(QUrl(bad))
    assert opened == []
    window.reader._link_clicked(QUrl("https://example.org"))
    assert opened == ["https://example.org"]
    assert window.reader.current == ("practice", "moldova-hometown-associations")


def test_bookmark_and_note_survive_closing_and_reopening(qtbot, open_window):
    window = open_window()
    window.open_practice("ecuador-congope")
    window.reader.bookmark_button.click()
    qtbot.keyClicks(window.reader.note, "Ask the province about this.")
    window.close()  # saves the pending note
    reopened = open_window()
    assert reopened.userdata.is_bookmarked("ecuador-congope")
    reopened.open_practice("ecuador-congope")
    assert reopened.reader.note.toPlainText() == "Ask the province about this."
    assert reopened.reader.bookmark_button.isChecked()
    titles = [a.text() for a in _menu(reopened, "&Bookmarks").actions()]
    assert any("CONGOPE" in t or "Consortium" in t for t in titles)


def _menu(window, title):
    for action in window.menuBar().actions():
        if action.text() == title:
            return action.menu()
    raise AssertionError(f"no menu {title}")


def test_pdf_export_of_a_practice_brief_is_readable(qtbot, open_window, tmp_path):
    from pypdf import PdfReader

    from desktop.ui import briefs, printing
    window = open_window()
    window.open_practice("sao-paulo-municipal-plan-immigrant-population")
    path = tmp_path / "brief.pdf"
    printing.export_pdf(briefs.practice_brief_html(window, ["sao-paulo-municipal-plan-immigrant-population"]),
                        str(path))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    assert "Municipal Plan" in text and "Source" in text


def test_csv_export_lists_the_current_results(qtbot, open_window, tmp_path):
    import csv

    from desktop.core.rendering import write_results_csv
    window = open_window()
    _type(qtbot, window, "diaspora")
    path = tmp_path / "results.csv"
    write_results_csv(window.catalogue.search(window.last_request).hits, path, window.catalogue.taxonomy)
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    assert [r["id"] for r in rows][:len(_ids(window))] == _ids(window)[:len(rows)]


def test_nonsense_query_shows_a_message_not_an_exception(qtbot, open_window):
    window = open_window()
    _type(qtbot, window, "zzqqxx")
    assert window.results_model.total == 0
    assert window.message_label.isVisible()
    assert "No practice matches" in window.message_label.text()
    for text in ('"unclosed', "country:", "((((", "-", "*", "AND OR NOT", "x" * 600):
        window.search_field.setText(text)
        with qtbot.waitSignal(window.results_shown, timeout=10000):
            window.search_now()
    assert window.message_label.isVisible()  # the last one is too long: a sentence says so
    assert "500" in window.message_label.text()


def test_no_results_with_filters_offers_one_click_to_drop_them(qtbot, open_window):
    window = open_window()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filter_panel.toggle("country", "kenya", "include")
    _type(qtbot, window, "Sao Paulo")
    assert window.results_model.total == 0
    assert 'href="clear"' in window.message_label.text()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.message_label.linkActivated.emit("clear")
    assert window.filter_panel.filters == {}
    assert window.results_model.total >= 1


def test_a_typo_is_corrected_and_the_words_as_typed_are_one_click_away(qtbot, open_window):
    window = open_window()
    _type(qtbot, window, "diaspra moldova")
    label = window.suggestion_label.text()
    assert window.suggestion_label.isVisible() and "diaspora moldova" in label and "diaspra moldova" in label
    assert window.results_model.total > 0 and window.last_result.corrected
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.suggestion_label.linkActivated.emit("exact")
    # As typed: the misspelt word matches nothing and is shown struck through.
    assert not window.last_result.corrected and "<s>diaspra</s>" in window.suggestion_label.text()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.suggestion_label.linkActivated.emit("suggest")
    assert window.search_field.text() == "diaspora moldova" and window.results_model.total > 0


def test_keyboard_escape_clears_and_down_moves_to_results(qtbot, open_window):
    window = open_window()
    _type(qtbot, window, "council")
    qtbot.keyClick(window.search_field, Qt.Key_Down)
    assert window.results_view.hasFocus() or window.results_view.currentIndex().row() == 0
    window.search_field.setFocus()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClick(window.search_field, Qt.Key_Escape)
    assert window.search_field.text() == ""


def test_saved_search_restores_query_and_filters(qtbot, open_window):
    from desktop.core.model import SearchRequest
    window = open_window()
    window.userdata.save_search("Local diaspora", SearchRequest(query="diaspora", filters={"level": ("local",)}))
    saved = window.userdata.saved_searches()[0]
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.apply_request(saved.request)
    assert window.search_field.text() == "diaspora"
    assert window.last_request.filters == {"level": ("local",)}


def test_spanish_interface_shows_spanish_labels(qtbot, open_window, project_root):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.i18n import install_translators
    app = QApplication.instance()
    translators = install_translators(app, "es", project_root / "resources" / "translations")
    try:
        window = open_window("es")
        assert window.filter_panel.model.item_for("approach", "vertical-coordination").data(
            FacetModel.LabelRole) == "Coordinación vertical"
        menu_titles = [a.text() for a in window.menuBar().actions()]
        assert "&File" not in menu_titles and any("Archivo" in t for t in menu_titles)
        assert window.filter_panel.clear_button.text() != "Clear all"
        window.open_practice("morocco-ms2-listening-centres")
        assert "Marruecos" in window.reader.browser.toPlainText()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_about_box_shows_catalogue_version_and_sources(qtbot, open_window):
    from desktop.ui.menus import show_about
    window = open_window()
    dialog = show_about(window)
    qtbot.addWidget(dialog)
    assert "version</b>" in dialog.text or "version" in dialog.text
    assert str(window.catalogue.stats().practice_count) in dialog.text
    assert "Migration Governance Insights" in dialog.text


def _with_language(app_language, project_root):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.i18n import install_translators
    return QApplication.instance(), install_translators(QApplication.instance(), app_language,
                                                        project_root / "resources" / "translations")


def test_the_reader_shows_the_translation_labelled_with_one_click_to_the_english(qtbot, open_window, project_root):
    app, translators = _with_language("es", project_root)
    try:
        window = open_window("es")
        window.open_practice("sao-paulo-municipal-plan-immigrant-population")
        text = window.reader.browser.toPlainText()
        assert "São Paulo (ciudad)" in text and "Qué es" in text and "What it is" not in text
        assert "traducción del catálogo" in text
        window.reader._link_clicked(QUrl("toggle-language:switch"))  # the "Ver en inglés" link
        text = window.reader.browser.toPlainText()
        assert "What it is" in text and "São Paulo (city)" in text and "original en inglés" in text
        window.reader._link_clicked(QUrl("toggle-language:switch"))
        assert "Qué es" in window.reader.browser.toPlainText()
        window.reader._link_clicked(QUrl("guidance:diaspora-contributions"))
        assert "diáspora" in window.reader.browser.toPlainText()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_results_briefs_and_csv_follow_the_interface_language(qtbot, open_window, project_root, tmp_path):
    import csv

    from pypdf import PdfReader

    from desktop.core.rendering import write_results_csv
    from desktop.ui import briefs, printing
    app, translators = _with_language("fr", project_root)
    try:
        window = open_window("fr")
        window.search_field.setText("collectivités locales diaspora")
        with qtbot.waitSignal(window.results_shown, timeout=10000):
            window.search_now()
        titles = [window.results_model.index(r).data() for r in range(window.results_model.rowCount())]
        assert window.last_request.language == "fr" and titles
        hits = window.catalogue.search(window.last_request).hits
        french = window.catalogue.practice(hits[0].id).translation("fr")
        assert hits[0].title == french.title
        path = tmp_path / "brief.pdf"
        printing.export_pdf(briefs.practice_brief_html(window, [hits[0].id]), str(path))
        pdf_text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
        assert "De quoi" in pdf_text and "traduction" in pdf_text and "Afficher en anglais" not in pdf_text
        headers = {"title": "Titre", "country": "Pays"}
        write_results_csv(hits, tmp_path / "r.csv", window.catalogue.taxonomy, "fr", headers)
        rows = list(csv.DictReader(open(tmp_path / "r.csv", encoding="utf-8-sig")))
        assert rows[0]["Titre"] == french.title and "Pays" in rows[0]
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_every_interface_string_is_translated(project_root):
    for language in ("es", "fr", "pt"):
        text = (project_root / "resources" / "translations" / f"practice_catalogue_{language}.ts").read_text("utf-8")
        assert 'type="unfinished"' not in text, language
        assert (project_root / "resources" / "translations" / f"practice_catalogue_{language}.qm").is_file()
