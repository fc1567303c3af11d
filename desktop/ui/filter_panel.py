"""The filter panel (like calibre's tag browser) and the row of active-filter chips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .flow_layout import FlowLayout, wrapping_policy
from .models import FacetFilterProxy, FacetModel


class WrappingDelegate(QStyledItemDelegate):
    """Facet values wrap onto more lines at the panel's width instead of being elided: "Approche
    pan…iétale" and "Approche pan…entale" were indistinguishable. Fields are bold and excluded
    values struck out here, on the view's current font: a font stored in the items would keep
    its size when the user enlarges the text."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if not index.data(FacetModel.ValueRole):
            option.font.setBold(True)
        elif index.data(FacetModel.StateRole) == "exclude":
            option.font.setStrikeOut(True)
        option.fontMetrics = QFontMetrics(option.font)

    def sizeHint(self, option, index):
        # The text rectangle the style will paint into (after the check box and margins), at
        # the width the row has, and the height the wrapped label needs there.
        view = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.WrapText
        row_width = max(40, view.columnWidth(0) - view.indentation() * (depth + 1))
        option.rect = QRect(0, 0, row_width, 10000)
        text_rect = view.style().subElementRect(QStyle.SE_ItemViewItemText, option, view)
        margin = view.style().pixelMetric(QStyle.PM_FocusFrameHMargin, option, view) + 1
        wrapped = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(10, text_rect.width() - 2 * margin), 10000), Qt.TextWordWrap, option.text)
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), wrapped.height() + 4))


class TextSizedIndicators(QProxyStyle):
    """Check boxes as tall as the widget's text, so Ctrl++ and a scale factor enlarge them too."""

    def pixelMetric(self, metric, option=None, widget=None):
        if metric in (QStyle.PM_IndicatorWidth, QStyle.PM_IndicatorHeight) and widget is not None:
            return max(13, int(widget.fontMetrics().height() * 0.85))
        return super().pixelMetric(metric, option, widget)


class FacetTree(QTreeView):
    """The filter tree: wrapped labels re-measured at each width; check boxes that follow the
    text size."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.ElideNone)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self._size_indicators()

    def _size_indicators(self) -> None:
        # A style sheet would pin the tree's font (it stops following QApplication.setFont).
        self._style = TextSizedIndicators()
        self._style.setParent(self)
        self.setStyle(self._style)

    def fit_longest_word(self) -> None:
        """Never narrower than the longest word of a value at its depth (words are not cut;
        the panel widens with the text size instead)."""
        metrics, widest = self.fontMetrics(), 0
        model = self.model()
        model = getattr(model, "sourceModel", lambda: None)() or model  # hidden values too: they come back
        pending = [(model.index(row, 0), 0) for row in range(model.rowCount())] if model else []
        while pending:
            index, depth = pending.pop()
            words = str(index.data(Qt.DisplayRole) or "").split()
            if words:
                widest = max(widest, max(metrics.horizontalAdvance(w) for w in words)
                             + self.indentation() * (depth + 1))
            pending.extend((model.index(row, 0, index), depth + 1) for row in range(model.rowCount(index)))
        indicator = self.style().pixelMetric(QStyle.PM_IndicatorWidth, None, self) + 16
        scroll_bar = self.style().pixelMetric(QStyle.PM_ScrollBarExtent, None, self)
        self.setMinimumWidth(widest + indicator + scroll_bar + 2 * self.frameWidth())

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self.fit_longest_word()
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # row heights depend on the width (wrapped labels)


class FilterPanel(QWidget):
    """Facet tree with live counts. Checking a value includes it; the context menu (or
    Ctrl+click) excludes it. Emits `selection_changed(filters, exclusions)`."""

    selection_changed = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filters, self.exclusions = {}, {}
        self._pointer_inside = self._resort_pending = False
        self.model = FacetModel(self)
        self.proxy = FacetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = FacetTree(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
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
        self.tree.fit_longest_word()

    def show_counts(self, facets: dict) -> None:
        """New counts. While the pointer is over the panel the rows stay where they are (no
        re-sorting by count, no hiding of values that dropped to 0): the next click must land
        on the value the user aimed at. They are re-sorted once the pointer leaves."""
        self.model.update(facets, self.filters, self.exclusions)
        if self._pointer_inside:
            self._resort_pending = True
            self.tree.viewport().update()
        else:
            self.proxy.invalidate()

    def enterEvent(self, event):
        self._pointer_inside = True
        self.proxy.setDynamicSortFilter(False)  # a tick must not move its own row either
        super().enterEvent(event)

    def leaveEvent(self, event):
        self._pointer_inside = False
        self.proxy.setDynamicSortFilter(True)
        if self._resort_pending:
            self._resort_pending = False
            self.proxy.invalidate()
        super().leaveEvent(event)

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
    """Active filters as removable chips ("Level: Local ✕"), plus "Clear all". The chips wrap
    onto more lines instead of widening the window, and the row is there even with no filter
    (a short hint holds its place), so ticking the first value does not push the panel down
    under the pointer."""

    remove_requested = Signal(str, str)
    clear_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self.setSizePolicy(wrapping_policy())
        self.chips, self._buttons = [], []  # the chips; they and "Clear all"
        self.hint = QLabel(self)
        self.hint.setEnabled(False)  # drawn muted: it only holds the row's place
        self._layout.addWidget(self.hint)
        self._hold_the_row()
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("No filters: tick values on the left to narrow the results."))

    def _hold_the_row(self) -> None:
        # The hint is as tall as a chip, so the row never changes height on the first tick.
        probe = QToolButton()
        probe.setFont(self.font())
        probe.setText("X")
        self.hint.setMinimumHeight(probe.sizeHint().height())

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._hold_the_row()

    def show_selection(self, filters: dict, exclusions: dict, label_of, field_label_of) -> None:
        """Rebuild the chips. `label_of(field, value)` and `field_label_of(field)` give labels."""
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.chips, self._buttons = [], []
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
                    self._buttons.append(chip)
        if self.chips:
            clear = QToolButton(self)
            clear.setText(self.tr("Clear all"))
            clear.clicked.connect(self.clear_requested.emit)
            self._layout.addWidget(clear)
            self._buttons.append(clear)
        self.hint.setVisible(not self.chips)
        self.updateGeometry()
