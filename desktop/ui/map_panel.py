"""The Map tab beside the result list: the world map of the current results, its legend, and the
global and regional practices (which no country on the map stands for) listed beside it."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import CatalogueError
from ..core.world_map import (
    GLOBAL_COUNTRY,
    country_label,
    counts_in_hits,
    global_practices_request,
    load_world_map,
    map_counts,
    step_bounds,
)
from .workers import Job
from .world_map import CHOSEN, WorldMapView, shade_color


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives module-level tr("...")


class MapPanel(QWidget):
    """Map, legend, hover line and the list of global/regional practices. Emits
    `country_clicked(country_id, exclude)` and `open_requested(practice_id)`."""

    country_clicked = Signal(str, bool)
    open_requested = Signal(str)
    global_list_shown = Signal()  # after the global/regional list is filled (tests)
    counts_shown = Signal()  # after the countries of a country-filtered result are counted (tests)

    def __init__(self, world_map, catalogue, parent=None):
        super().__init__(parent)
        self.world_map, self.catalogue = world_map, catalogue
        self.taxonomy, self.language = catalogue.taxonomy, "en"
        self.map_view = WorldMapView(world_map, self)
        self.map_view.setAccessibleName(self.tr("World map of the results"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)  # one line would make the window wider than a small screen
        self.hover_line = QLabel(self)
        self.hover_line.setWordWrap(True)
        self.global_title = QLabel(self)
        self.global_title.setWordWrap(True)
        self.global_list = QListWidget(self)
        self.global_list.setWordWrap(True)
        self.global_list.itemActivated.connect(self._open_item)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.map_view, 1)
        left_layout.addWidget(self.hover_line)
        left_layout.addWidget(self.legend)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.global_title)
        right_layout.addWidget(self.global_list, 1)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # Its own pool, owned by the panel: it waits for its searches when the panel goes, and
        # results reach bound methods of the panel only (dropped once it is deleted).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._latest = {"global": None, "counts": None}  # the newest Job of each kind
        self.map_view.country_clicked.connect(self.country_clicked)
        self.map_view.hovered.connect(self._hovered)
        self.map_view.count_text = self._count_text
        self.retranslate()

    def resizeEvent(self, event) -> None:
        # Beside the map when there is room for both, under it in the narrow middle pane.
        wide = event.size().width() >= 2 * event.size().height() or event.size().width() >= 900
        orientation = Qt.Horizontal if wide else Qt.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Click a country to show only its practices; Ctrl+click to leave it out. "
                                  "Keyboard: arrows go through the countries, Enter chooses, Ctrl+Enter leaves out."))
        self.map_view.setAccessibleName(self.tr("World map of the results"))
        self._hovered(self.map_view.hovered_id)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _count_text(self, name: str, count: int) -> str:
        return self.tr("%1: %n practice(s)", "", count).replace("%1", name)

    def _hovered(self, country_id: str) -> None:
        if country_id:
            self.hover_line.setText(self._count_text(self.label(country_id), self.map_view.counts.get(country_id, 0)))
        else:
            self.hover_line.setText(self.tr("Point at a country to see its name and number of practices."))

    def label(self, country_id: str) -> str:
        return country_label(self.world_map, self.taxonomy, country_id, self.language)

    # -- following the search -------------------------------------------------------------------

    def show_result(self, request, result, catalogue, language: str) -> None:
        """Shade the map for `result` (of `request`) and fetch its global/regional practices."""
        self.catalogue = catalogue
        self.taxonomy, self.language = catalogue.taxonomy, language
        counts = map_counts(result.facets)
        chosen = tuple(request.filters.get("country") or ())
        self._latest = {"global": None, "counts": None}  # results of older searches are dropped
        if chosen:
            # The facet counts of the other countries are what choosing them too would add: until
            # the whole result is counted, shade only the chosen ones (their counts are exact).
            counts = {c: n for c, n in counts.items() if c in chosen}
            self._submit("counts", replace(request, offset=0, limit=max(1, result.total)))
        catalogued = {t.id for t in self.taxonomy["country"].terms}
        self.map_view.label_of = self.label
        self.map_view.set_state(counts, chosen, request.exclusions.get("country") or (), catalogued)
        self._show_legend()
        self.retranslate()
        global_request = global_practices_request(request)
        if global_request is None:
            self.global_list.clear()
            self._show_global_message(self.tr("The country filter leaves out global and regional practices."))
        else:
            self._submit("global", global_request)

    def _submit(self, kind: str, request) -> None:
        catalogue = self.catalogue
        job = Job(lambda: catalogue.search(request))
        self._latest[kind] = job
        job.signals.succeeded.connect(self._delivered)
        job.signals.failed.connect(self._failed)
        self._pool.start(job)

    def _kind_of_sender(self) -> str | None:
        sender = self.sender()
        return next((kind for kind, job in self._latest.items() if job is not None and job.signals is sender), None)

    def _delivered(self, result) -> None:
        kind = self._kind_of_sender()
        if kind == "global":
            self._show_global(result)
        elif kind == "counts":
            self._show_counted(result)

    def _failed(self, message: str) -> None:
        if self._kind_of_sender() == "global":
            self._show_global_message(message)

    def _show_counted(self, result) -> None:
        view = self.map_view
        view.set_state(counts_in_hits(result.hits), view.included, view.excluded, view.catalogued)
        self._show_legend()
        self.counts_shown.emit()

    def _show_legend(self) -> None:
        most = self.map_view.most()
        swatch = '<span style="background-color:{0}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{1}'
        parts = [swatch.format(shade_color(0).name(), html.escape(self.tr("none")))]
        for step, low, high in step_bounds(most):
            parts.append(swatch.format(shade_color(step).name(), f"{low}" if low == high else f"{low}–{high}"))
        chosen, left_out = html.escape(self.tr("chosen")), html.escape(self.tr("left out"))
        if self.map_view.included:
            parts.append(f'<span style="color:{CHOSEN.name()}"><b>▭</b></span>&nbsp;{chosen}')
        if self.map_view.excluded:
            parts.append(f"<b>▨</b>&nbsp;{left_out}")
        self.legend.setText(html.escape(self.tr("Practices per country:")) + "&nbsp;&nbsp;" + "&nbsp;&nbsp; ".join(parts))

    def _show_global(self, result) -> None:
        self.global_list.clear()
        for hit in result.hits:
            regions = ", ".join(self.taxonomy.term_label("region", r, self.language)
                                for r in (hit.region,) if r and r != GLOBAL_COUNTRY)
            region = regions or self.taxonomy.term_label("region", "global", self.language)
            item = QListWidgetItem(f"{hit.title} ({region})")
            item.setData(Qt.UserRole, hit.id)
            item.setToolTip(hit.title)
            self.global_list.addItem(item)
        self.global_title.setText(self.tr("Global and regional practices: %n", "", result.total))
        self.global_list_shown.emit()

    def _show_global_message(self, message: str) -> None:
        self.global_title.setText(message)
        self.global_list_shown.emit()

    def _open_item(self, item) -> None:
        practice_id = item.data(Qt.UserRole)
        if practice_id:
            self.open_requested.emit(practice_id)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the panel's searches are done (tests, shutdown)."""
        return self._pool.waitForDone(msecs)


def attach_map_tab(window, resources) -> MapPanel | None:
    """Put the result list and a Map tab side by side in `window` (a MainWindow) and keep the map in
    step with its searches. Returns the panel, or None (with the reason in the status bar) when the
    map file cannot be read: the rest of the window works without it."""
    try:
        world_map = load_world_map(resources)
    except CatalogueError as error:
        window.statusBar().showMessage(str(error), 15000)
        return None
    splitter = window.splitter
    results_box = splitter.widget(1)
    tabs = QTabWidget()  # no parent yet: a child of the splitter would already be one of its panes
    panel = MapPanel(world_map, window.catalogue, tabs)
    splitter.replaceWidget(1, tabs)
    # The stretch factor lives on the pane's size policy: the tabs take the result list's, or
    # the reader would be squeezed to its minimum on a small screen.
    splitter.setStretchFactor(1, 4)
    tabs.addTab(results_box, "")
    tabs.addTab(panel, "")
    tabs.setDocumentMode(True)

    def retitle():
        tabs.setTabText(0, tr("Result list"))
        tabs.setTabText(1, tr("Map"))

    def follow():
        if window.last_result is not None:
            panel.show_result(window.last_request, window.last_result, window.catalogue, window.language)
        retitle()

    def filter_by(country_id: str, exclude: bool):
        state = "exclude" if exclude else "include"
        current = "exclude" if country_id in window.filter_panel.exclusions.get("country", ()) else \
            "include" if country_id in window.filter_panel.filters.get("country", ()) else None
        window.filter_panel.toggle("country", country_id, None if current == state else state)

    window.results_shown.connect(follow)
    panel.country_clicked.connect(filter_by)
    panel.open_requested.connect(window.open_practice)
    window.view_tabs, window.map_panel = tabs, panel
    follow()
    return panel
