"""Qt models tested without a window (conventions.md, rule 10)."""

from PySide6.QtCore import Qt

from desktop.core.model import SearchRequest
from desktop.ui.models import FacetFilterProxy, FacetModel, ResultsModel


def test_results_model_shows_hits_with_place_country_and_levels(qtbot, shipped_catalogue):
    result = shipped_catalogue.search(SearchRequest(query="Sao Paulo"))
    model = ResultsModel()
    model.set_labels(shipped_catalogue.taxonomy, "en")
    model.set_result(result)
    assert model.rowCount() == len(result.hits) > 0
    first = model.index(0)
    assert first.data(ResultsModel.IdRole) == "sao-paulo-municipal-plan-immigrant-population"
    assert "São Paulo" in first.data(Qt.DisplayRole)
    subtitle = first.data(ResultsModel.SubtitleRole)
    assert "Brazil" in subtitle and "Local" in subtitle
    assert "<b>" in first.data(ResultsModel.SnippetRole)


def test_results_model_appends_the_next_page(qtbot, shipped_catalogue):
    model = ResultsModel()
    first = shipped_catalogue.search(SearchRequest(sort="title", limit=10))
    model.set_result(first)
    second = shipped_catalogue.search(SearchRequest(sort="title", limit=10, offset=10))
    model.append_hits(second.hits)
    ids = [model.index(r).data(ResultsModel.IdRole) for r in range(model.rowCount())]
    everything = [h.id for h in shipped_catalogue.search(SearchRequest(sort="title", limit=20)).hits]
    assert ids == everything


def test_results_model_labels_follow_the_language(qtbot, shipped_catalogue):
    result = shipped_catalogue.search(SearchRequest(query="Sao Paulo"))
    model = ResultsModel()
    model.set_labels(shipped_catalogue.taxonomy, "es")
    model.set_result(result)
    assert "Brasil" in model.index(0).data(ResultsModel.SubtitleRole)


def _visible(proxy, field):
    """{value: count} of the rows the proxy shows under a field branch (countries flattened)."""
    shown = {}
    for row in range(proxy.rowCount()):
        branch = proxy.index(row, 0)
        if branch.data(FacetModel.FieldRole) != field and field != "country":
            continue
        for child_row in range(proxy.rowCount(branch)):
            child = proxy.index(child_row, 0, branch)
            if child.data(FacetModel.FieldRole) == field:
                shown[child.data(FacetModel.ValueRole)] = child.data(FacetModel.CountRole)
            for grand_row in range(proxy.rowCount(child)):
                grand = proxy.index(grand_row, 0, child)
                if grand.data(FacetModel.FieldRole) == field:
                    shown[grand.data(FacetModel.ValueRole)] = grand.data(FacetModel.CountRole)
    return shown


def test_facet_model_shows_exactly_the_core_counts(qtbot, shipped_catalogue):
    result = shipped_catalogue.search(SearchRequest(query="diaspora"))
    model, proxy = FacetModel(), FacetFilterProxy()
    model.build(shipped_catalogue.taxonomy, "en", {})
    proxy.setSourceModel(model)
    model.update(result.facets, {}, {})
    proxy.invalidate()
    for field in ("approach", "level", "actor", "country"):
        assert _visible(proxy, field) == {v: c for v, c in result.facets[field].items() if c}


def test_facet_model_marks_included_and_excluded_values(qtbot, shipped_catalogue):
    request = SearchRequest(filters={"level": ("local",)}, exclusions={"approach": ("whole-of-government",)})
    result = shipped_catalogue.search(request)
    model = FacetModel()
    model.build(shipped_catalogue.taxonomy, "en", {})
    model.update(result.facets, request.filters, request.exclusions)
    local = model.item_for("level", "local")
    assert local.checkState() == Qt.Checked and local.data(FacetModel.StateRole) == "include"
    excluded = model.item_for("approach", "whole-of-government")
    assert excluded.data(FacetModel.StateRole) == "exclude" and excluded.text().startswith("− ")
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.ui.filter_panel import FacetTree
    tree = FacetTree()  # the tree draws an excluded value struck out, at its current font
    qtbot.addWidget(tree)
    tree.setModel(model)
    option = QStyleOptionViewItem()
    tree.itemDelegate().initStyleOption(option, excluded.index())
    assert option.font.strikeOut() and option.font.pointSize() == tree.font().pointSize()
    assert model.item_for("level", "national").checkState() == Qt.Unchecked


def test_facet_labels_come_from_the_taxonomy_in_the_language(qtbot, shipped_catalogue):
    model = FacetModel()
    model.build(shipped_catalogue.taxonomy, "es", {})
    assert model.item_for("approach", "vertical-coordination").data(FacetModel.LabelRole) == "Coordinación vertical"
    assert model.item_for("country", "morocco").data(FacetModel.LabelRole) == "Marruecos"
