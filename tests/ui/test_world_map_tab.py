"""The Map tab driven with the mouse: hover names a country, a click filters by it, Ctrl+click
leaves it out, and the map and the list always show the same search."""

from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.ui import briefs, map_printing, printing


def _map_window(open_window, qtbot, language="en", size=(1280, 800)):
    window = open_window(language)
    window.resize(*size)
    window.view_tabs.setCurrentIndex(1)
    view = window.map_panel.map_view
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 300)
    return window, view


def _click(qtbot, window, view, country_id, modifier=Qt.NoModifier):
    position = view.position_of(country_id)
    assert position is not None, country_id
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.mouseClick(view, Qt.LeftButton, modifier, position.toPoint())


def _hover(view, position: QPointF):
    event = QMouseEvent(QMouseEvent.MouseMove, position, view.mapToGlobal(position), Qt.NoButton, Qt.NoButton,
                        Qt.NoModifier)
    QApplication.sendEvent(view, event)


def test_clicking_a_country_filters_the_results_and_clicking_again_drops_it(qtbot, open_window):
    window, view = _map_window(open_window, qtbot)
    everything = window.last_result.total
    ecuador = window.last_result.facets["country"]["ecuador"]
    assert view.counts["ecuador"] == ecuador and "global" not in view.counts
    _click(qtbot, window, view, "ecuador")
    assert window.last_request.filters == {"country": ("ecuador",)}
    assert window.last_result.total == ecuador
    assert all("ecuador" in window.catalogue.practice(h.id).countries for h in window.last_result.hits)
    assert view.included == {"ecuador"}
    item = window.filter_panel.model.item_for("country", "ecuador")
    assert item.checkState() == Qt.Checked  # the filter panel shows the same filter
    _click(qtbot, window, view, "ecuador")
    assert window.last_request.filters == {} and window.last_result.total == everything


def test_ctrl_click_excludes_a_country(qtbot, open_window):
    window, view = _map_window(open_window, qtbot)
    before = window.last_result.total
    _click(qtbot, window, view, "kenya", Qt.ControlModifier)
    assert window.last_request.exclusions == {"country": ("kenya",)}
    assert window.last_result.total < before and view.excluded == {"kenya"}
    assert "kenya" not in view.counts


def test_a_small_state_is_a_dot_that_can_be_clicked(qtbot, open_window):
    window, view = _map_window(open_window, qtbot, size=(900, 650))
    _click(qtbot, window, view, "cabo-verde")
    assert window.last_request.filters == {"country": ("cabo-verde",)}
    assert window.last_result.total >= 1


def test_a_filter_from_the_panel_changes_the_map(qtbot, open_window):
    window, view = _map_window(open_window, qtbot)
    before = dict(view.counts)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.filter_panel.toggle("approach", "vertical-coordination", "include")
    expected = window.catalogue.search(window.last_request).facets["country"]
    assert view.counts == {c: n for c, n in expected.items() if n and c != "global"}
    assert view.counts != before and sum(view.counts.values()) < sum(before.values())


def test_hover_names_the_country_in_the_interface_language(qtbot, open_window):
    for language, name in (("fr", "Équateur"), ("es", "Ecuador"), ("pt", "Equador")):
        window, view = _map_window(open_window, qtbot, language)
        _hover(view, view.position_of("ecuador"))
        assert view.hovered_id == "ecuador"
        assert name in window.map_panel.hover_line.text()
        assert str(view.counts["ecuador"]) in window.map_panel.hover_line.text()
        _hover(view, QPointF(3, 3))  # the ocean
        assert view.hovered_id == ""


def test_global_and_regional_practices_are_listed_beside_the_map(qtbot, open_window):
    window, view = _map_window(open_window, qtbot)
    panel = window.map_panel
    qtbot.waitUntil(lambda: panel.global_list.count() == window.last_result.facets["country"]["global"], timeout=10000)
    first = panel.global_list.item(0)
    assert "global" in window.catalogue.practice(first.data(Qt.UserRole)).countries
    panel.global_list.itemActivated.emit(first)
    assert window.reader.current == ("practice", first.data(Qt.UserRole))
    with qtbot.waitSignal(panel.global_list_shown, timeout=10000):
        _click(qtbot, window, view, "morocco")
    assert panel.global_list.count() == 0 and "leaves out" in panel.global_title.text()


def test_the_map_prints_and_opens_the_printed_result_list(qtbot, open_window, tmp_path):
    window, view = _map_window(open_window, qtbot)
    _click(qtbot, window, view, "brazil")
    path = tmp_path / "map.pdf"
    assert map_printing.print_map(window, str(path))
    text = " ".join(PdfReader(str(path)).pages[0].extract_text().split())
    assert "where the practices are" in text and "Natural Earth" in text and "Brazil" in text
    results = tmp_path / "results.pdf"
    hits = briefs._all_hits(window)
    printing.export_pdf(printing.result_list_html("Results", ["sub"], briefs.result_rows(window, hits), ("a", "b", "c", "d"),
                                                  map_printing.map_figure_html(window)), str(results))
    first_page = PdfReader(str(results)).pages[0]
    assert len(first_page.images) == 1 and "Practices per country" in " ".join(first_page.extract_text().split())


def test_clicks_land_on_the_right_country_at_any_window_size(qtbot, open_window):
    window, view = _map_window(open_window, qtbot, size=(700, 520))
    for country_id in ("ecuador", "kenya", "brazil", "mauritius"):
        position = view.position_of(country_id)
        assert view.country_at(position) == country_id
    assert view.country_at(QPoint(2, 2).toPointF()) == ""


def test_the_map_presentation_and_comparison_strings_are_translated(project_root):
    from desktop.ui.i18n import APP_CATALOGUES
    assert "overviews" in APP_CATALOGUES
    for language in ("es", "fr", "pt"):
        ts = project_root / "resources" / "translations" / f"overviews_{language}.ts"
        text = ts.read_text("utf-8")
        assert 'type="unfinished"' not in text and "<translation></translation>" not in text, language
        assert ts.with_suffix(".qm").is_file()


def test_the_map_tab_speaks_french(qtbot, open_window, project_root):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.i18n import install_translators
    app = QApplication.instance()
    translators = install_translators(app, "fr", project_root / "resources" / "translations")
    try:
        window, view = _map_window(open_window, qtbot, "fr")
        assert window.view_tabs.tabText(1) == "Carte" and window.view_tabs.tabText(0) == "Liste des résultats"
        _hover(view, view.position_of("ecuador"))
        count = view.counts["ecuador"]
        assert window.map_panel.hover_line.text() == f"Équateur : {count} pratique" + ("s" if count > 1 else "")
        file_menu = window.menuBar().actions()[0].menu()
        assert "Carte des résultats" in [a.text() for a in file_menu.actions()]
        titles = [a.text() for a in file_menu.actions()]
        assert titles.index("Carte des résultats") == titles.index("Liste des résultats") + 1
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_with_a_country_chosen_the_map_shades_only_the_countries_of_the_results(qtbot, open_window):
    window, view = _map_window(open_window, qtbot)
    assert view.counts.get("morocco")
    with qtbot.waitSignal(window.map_panel.counts_shown, timeout=10000):
        _click(qtbot, window, view, "mexico")
    hits = window.catalogue.search(window.last_request.__class__(
        filters={"country": ("mexico",)}, limit=100)).hits
    assert view.counts["mexico"] == len(hits)
    assert "morocco" not in view.counts  # no Mexican practice concerns Morocco
    shared = {c for h in hits for c in h.countries} - {"mexico", "global"}
    assert shared and set(view.counts) == shared | {"mexico"}  # e.g. a practice of Mexico, Colombia and Canada


def test_the_map_works_from_the_keyboard(qtbot, open_window):
    window, view = _map_window(open_window, qtbot, "es")
    view.setFocus()
    ids = view.keyboard_countries()
    labels = [view.label_of(c) for c in ids]
    assert labels == sorted(labels, key=str.casefold) and all(view.counts[c] for c in ids)
    qtbot.keyClick(view, Qt.Key_Right)
    qtbot.keyClick(view, Qt.Key_Right)
    assert view.hovered_id == ids[1] and view.label_of(ids[1]) in window.map_panel.hover_line.text()
    qtbot.keyClick(view, Qt.Key_Left)
    qtbot.keyClick(view, Qt.Key_Left)
    assert view.hovered_id == ids[-1]  # round the list
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClick(view, Qt.Key_Return)
    assert window.last_request.filters == {"country": (ids[-1],)}
    view.hovered_id = ids[0]
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        qtbot.keyClick(view, Qt.Key_Return, Qt.ControlModifier)
    assert window.last_request.exclusions == {"country": (ids[0],)}


def test_ctrl_shift_m_goes_to_the_map_and_back(qtbot, open_window):
    window = open_window()
    action = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                  if a.shortcut().toString() == "Ctrl+Shift+M")
    assert window.view_tabs.currentIndex() == 0
    action.trigger()
    assert window.view_tabs.currentWidget() is window.map_panel
    action.trigger()
    assert window.view_tabs.currentIndex() == 0
