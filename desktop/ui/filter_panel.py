"""The filter panel (like calibre's tag browser) and the row of active-filter chips."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QTreeView, QVBoxLayout, QWidget

from .models import FacetFilterProxy, FacetModel


class FilterPanel(QWidget):
    """Facet tree with live counts. Checking a value includes it; the context menu (or
    Ctrl+click) excludes it. Emits `selection_changed(filters, exclusions)`."""

    selection_changed = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filters, self.exclusions = {}, {}
        self.model = FacetModel(self)
        self.proxy = FacetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.ElideMiddle)  # long labels keep their count visible
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        # The Menu key reaches the tree as a context-menu event; Shift+F10 (its usual stand-in
        # on keyboards without one) does not, so it opens the same menu at the current value.
        QShortcut(QKeySequence(Qt.SHIFT | Qt.Key_F10), self.tree, activated=self._menu_at_current,
                  context=Qt.WidgetShortcut)
        self.tree.setAccessibleName(self.tr("Filters"))
        self.title = QLabel(self)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tree)
        self.model.itemChanged.connect(self._item_changed)
        self.tree.clicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Filters"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Remove every filter"))

    def build(self, taxonomy, language: str) -> None:
        """Make the tree for `taxonomy` in `language`; top-level fields start expanded."""
        titles = {"approach": self.tr("Approach"), "level": self.tr("Level of government"),
                  "policy_area": self.tr("Policy area"), "actor": self.tr("Actor"),
                  "region": self.tr("Region and country"), "country": self.tr("Country"),
                  "gcm_objective": self.tr("GCM objective")}
        self.model.build(taxonomy, language, titles)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(FacetModel.FieldRole) in ("approach", "level", "region"):
                self.tree.expand(index)

    def show_counts(self, facets: dict) -> None:
        self.model.update(facets, self.filters, self.exclusions)
        self.proxy.invalidate()

    def set_selection(self, filters: dict, exclusions: dict, emit: bool = True) -> None:
        self.filters = {k: tuple(v) for k, v in filters.items() if v}
        self.exclusions = {k: tuple(v) for k, v in exclusions.items() if v}
        if emit:
            self.selection_changed.emit(dict(self.filters), dict(self.exclusions))

    def clear(self) -> None:
        self.set_selection({}, {})

    def _toggle(self, field: str, value: str, state: str | None) -> None:
        filters = {k: list(v) for k, v in self.filters.items()}
        exclusions = {k: list(v) for k, v in self.exclusions.items()}
        for selection in (filters, exclusions):
            if value in selection.get(field, []):
                selection[field].remove(value)
        if state == "include":
            filters.setdefault(field, []).append(value)
        elif state == "exclude":
            exclusions.setdefault(field, []).append(value)
        self.set_selection(filters, exclusions)

    def toggle(self, field: str, value: str, state: str | None) -> None:
        """Include, exclude (state) or drop (None) one value."""
        self._toggle(field, value, state)

    def _item_changed(self, item) -> None:
        value = item.data(FacetModel.ValueRole)
        if not value:
            return
        field = item.data(FacetModel.FieldRole)
        self._toggle(field, value, "include" if item.checkState() == Qt.Checked else None)

    def _clicked(self, index) -> None:
        from PySide6.QtWidgets import QApplication
        if QApplication.keyboardModifiers() & Qt.ControlModifier:
            source = self.proxy.mapToSource(index)
            item = self.model.itemFromIndex(source)
            if item and item.data(FacetModel.ValueRole):
                current = item.data(FacetModel.StateRole)
                self._toggle(item.data(FacetModel.FieldRole), item.data(FacetModel.ValueRole),
                             None if current == "exclude" else "exclude")

    def _menu_at_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self._context_menu(self.tree.visualRect(index).center())

    def _only(self, field: str, value: str) -> None:
        """Keep only `value` among the field's ticked values (its exclusions stay)."""
        filters = {k: list(v) for k, v in self.filters.items()}
        exclusions = {k: [x for x in v if not (k == field and x == value)] for k, v in self.exclusions.items()}
        filters[field] = [value]
        self.set_selection(filters, exclusions)

    def _context_menu(self, position) -> None:
        index = self.tree.indexAt(position)
        item = self.model.itemFromIndex(self.proxy.mapToSource(index)) if index.isValid() else None
        if item is None or not item.data(FacetModel.ValueRole):
            return
        field, value = item.data(FacetModel.FieldRole), item.data(FacetModel.ValueRole)
        label = item.data(FacetModel.LabelRole)
        state = item.data(FacetModel.StateRole)
        menu = QMenu(self)
        if state != "include" or len(self.filters.get(field, ())) > 1:
            menu.addAction(self.tr("Only “%1”").replace("%1", label), lambda: self._only(field, value))
        if state != "exclude":
            menu.addAction(self.tr("Exclude “%1”").replace("%1", label), lambda: self._toggle(field, value, "exclude"))
        if state:
            menu.addAction(self.tr("Remove this filter"), lambda: self._toggle(field, value, None))
        menu.exec(self.tree.viewport().mapToGlobal(position))


class ChipsBar(QWidget):
    """Active filters as removable chips ("Level: Local ✕"), plus "Clear all"."""

    remove_requested = Signal(str, str)
    clear_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.chips = []

    def show_selection(self, filters: dict, exclusions: dict, label_of, field_label_of) -> None:
        """Rebuild the chips. `label_of(field, value)` and `field_label_of(field)` give labels."""
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        self.chips = []
        for selection, excluded in ((filters, False), (exclusions, True)):
            for field, values in selection.items():
                for value in values:
                    prefix = self.tr("not") + " " if excluded else ""
                    chip = QToolButton(self)
                    chip.setText(f"{field_label_of(field)}: {prefix}{label_of(field, value)}  ✕")
                    chip.setToolTip(self.tr("Remove this filter"))
                    chip.setAccessibleName(self.tr("Remove filter %1").replace("%1", label_of(field, value)))
                    chip.setAutoRaise(False)
                    chip.clicked.connect(lambda _=False, f=field, v=value: self.remove_requested.emit(f, v))
                    self._layout.addWidget(chip)
                    self.chips.append(chip)
        if self.chips:
            clear = QToolButton(self)
            clear.setText(self.tr("Clear all"))
            clear.clicked.connect(self.clear_requested.emit)
            self._layout.addWidget(clear)
        self._layout.addStretch(1)
        self.setVisible(bool(self.chips))
