"""Qt models that arrange what the core returns. They never open the catalogue themselves."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..core.taxonomy import FACET_FIELDS


class ResultsModel(QAbstractListModel):
    """The hits of the current search, one row each (a page at a time: `append_hits`)."""

    HitRole = Qt.UserRole + 1
    IdRole = Qt.UserRole + 2
    TitleRole = Qt.UserRole + 3
    SubtitleRole = Qt.UserRole + 4
    SnippetRole = Qt.UserRole + 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits = []
        self.total = 0
        self._taxonomy = None
        self._language = "en"

    def set_labels(self, taxonomy, language: str) -> None:
        """Which taxonomy and language the subtitle (place, country, levels) is drawn in."""
        self._taxonomy, self._language = taxonomy, language
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def set_result(self, result) -> None:
        """Show the first page of a SearchResult."""
        self.beginResetModel()
        self._hits = list(result.hits)
        self.total = result.total
        self.endResetModel()

    def append_hits(self, hits) -> None:
        """Add the next page of hits at the end."""
        hits = list(hits)
        if not hits:
            return
        self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(hits) - 1)
        self._hits.extend(hits)
        self.endInsertRows()

    def hits(self) -> list:
        return list(self._hits)

    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._hits)

    def subtitle(self, hit) -> str:
        taxonomy, language = self._taxonomy, self._language
        if taxonomy is None:
            return hit.place
        countries = ", ".join(taxonomy.term_label("country", c, language) for c in hit.countries)
        levels = ", ".join(taxonomy.term_label("level", v, language).split(" (")[0] for v in hit.levels)
        approaches = ", ".join(taxonomy.term_label("approach", v, language) for v in hit.approaches)
        where = ", ".join(x for x in (hit.place, countries) if x)
        year = f" · {hit.year}" if hit.year else ""
        return " · ".join(x for x in (where + year, levels, approaches) if x)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.DisplayRole, self.TitleRole):
            return hit.title
        if role == Qt.ToolTipRole:
            return hit.original_title or hit.title
        if role == Qt.AccessibleTextRole:
            return f"{hit.title}. {self.subtitle(hit)}"
        if role == self.HitRole:
            return hit
        if role == self.IdRole:
            return hit.id
        if role == self.SubtitleRole:
            return self.subtitle(hit)
        if role == self.SnippetRole:
            return hit.snippet
        return None


class FacetModel(QStandardItemModel):
    """The filter tree: one branch per facet field, one checkable row per value with its count.

    Items are made once per language and then only updated, so the tree keeps its
    expanded branches while the user types. Countries hang under their region."""

    FieldRole = Qt.UserRole + 1
    ValueRole = Qt.UserRole + 2
    CountRole = Qt.UserRole + 3
    StateRole = Qt.UserRole + 4  # "include", "exclude" or ""
    OrderRole = Qt.UserRole + 5
    LabelRole = Qt.UserRole + 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items = {}  # (field, value) -> QStandardItem
        self._branches = {}  # field -> QStandardItem
        self.field_labels = {}

    def build(self, taxonomy, language: str, field_titles: dict) -> None:
        """(Re)create every item with labels in `language`."""
        self.clear()
        self._items, self._branches = {}, {}
        self.field_labels = {}
        for position, field in enumerate(FACET_FIELDS):
            if field == "country":
                continue  # under their regions
            title = field_titles.get(field) or taxonomy[field].label(language)
            self.field_labels[field] = title
            branch = QStandardItem(title)
            branch.setEditable(False)
            branch.setSelectable(False)
            # Every role gets a value: reading an unset role returns None, and PySide6 6.x
            # loses a reference to None each time (a "deallocating None" crash at exit).
            branch.setData(field, self.FieldRole)
            branch.setData("", self.ValueRole)
            branch.setData(0, self.CountRole)
            branch.setData("", self.StateRole)
            branch.setData(title, self.LabelRole)
            branch.setData(position, self.OrderRole)
            self._branches[field] = branch
            self.appendRow(branch)
            for order, term in enumerate(taxonomy[field].terms):
                item = self._value_item(field, term.id, term.label(language), order)
                branch.appendRow(item)
        self.field_labels["country"] = field_titles.get("country") or taxonomy["country"].label(language)
        for order, term in enumerate(taxonomy["country"].terms):
            region_item = self._items.get(("region", term.region)) or self._items.get(("region", "global"))
            if region_item is not None:
                region_item.appendRow(self._value_item("country", term.id, term.label(language), order))

    def _value_item(self, field, value, label, order) -> QStandardItem:
        item = QStandardItem(label)
        item.setEditable(False)
        item.setCheckable(True)
        item.setData(field, self.FieldRole)
        item.setData(value, self.ValueRole)
        item.setData(0, self.CountRole)
        item.setData("", self.StateRole)
        item.setData(order, self.OrderRole)
        item.setData(label, self.LabelRole)
        item.setToolTip(label)  # the panel is narrow; long labels are elided
        self._items[(field, value)] = item
        return item

    def item_for(self, field: str, value: str):
        return self._items.get((field, value))

    def update(self, facets: dict, filters: dict, exclusions: dict) -> None:
        """Show the counts of a SearchResult and which values the user picked or excluded."""
        self.blockSignals(True)
        try:
            for (field, value), item in self._items.items():
                count = facets.get(field, {}).get(value, 0)
                # "" rather than None: PySide6 mis-counts references to None stored in items
                # (a "deallocating None" crash at exit after many searches).
                state = "include" if value in filters.get(field, ()) else \
                    "exclude" if value in exclusions.get(field, ()) else ""
                label = item.data(self.LabelRole)
                item.setData(count, self.CountRole)
                item.setData(state, self.StateRole)
                item.setCheckState(Qt.Checked if state == "include" else Qt.Unchecked)
                prefix = "− " if state == "exclude" else ""
                item.setText(f"{prefix}{label}  ({count})")
        finally:
            # Signals were blocked so that ticking boxes here does not look like the user's
            # clicks; the panel's proxy is invalidated afterwards to re-filter and redraw.
            self.blockSignals(False)


class FacetFilterProxy(QSortFilterProxyModel):
    """Hides values with no results (unless the user picked them); sorts by count or order."""

    ORDERED_FIELDS = ("level", "gcm_objective", "region")  # natural order beats count order here

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(False)
        self.setDynamicSortFilter(True)
        self.sort(0)

    def filterAcceptsRow(self, source_row, source_parent):
        item_index = self.sourceModel().index(source_row, 0, source_parent)
        value = item_index.data(FacetModel.ValueRole)
        if not value:
            return True  # a field branch
        if item_index.data(FacetModel.StateRole):
            return True
        if item_index.data(FacetModel.CountRole):
            return True
        model = self.sourceModel()
        for row in range(model.rowCount(item_index)):  # a region shown for its countries
            if model.index(row, 0, item_index).data(FacetModel.CountRole):
                return True
        return False

    def lessThan(self, left, right):
        field = left.data(FacetModel.FieldRole)
        if not left.data(FacetModel.ValueRole) or field in self.ORDERED_FIELDS:
            return (left.data(FacetModel.OrderRole) or 0) < (right.data(FacetModel.OrderRole) or 0)
        left_count, right_count = left.data(FacetModel.CountRole) or 0, right.data(FacetModel.CountRole) or 0
        if left_count != right_count:
            return left_count > right_count
        return (left.data(FacetModel.LabelRole) or "") < (right.data(FacetModel.LabelRole) or "")
