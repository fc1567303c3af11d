"""The world map widget: countries shaded by how many results concern them; click to filter.

Drawn with QPainter from the shapes of desktop.core.world_map. The paths are made once; a
filter change only changes the brushes (benchmarks/map_bench.py measures the redraw)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core.world_map import SHADE_STEPS, shade_step

OCEAN = QColor("#f3f7fa")
NO_PRACTICE = QColor("#e4e4e4")
NOT_CATALOGUED = QColor("#efefef")
# A sequential blue scale (ColorBrewer "Blues"), light to dark, legible in greyscale print too.
SHADES = tuple(QColor(c) for c in ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"))
BORDER = QColor("#8c8c8c")
CHOSEN = QColor("#d95f02")
EXCLUDED = QColor("#7a7a7a")
POINT_RADIUS = 4.5  # pixels on screen (scaled with the drawing elsewhere)
MARGIN = 6

assert len(SHADES) == SHADE_STEPS


def shade_color(step: int, catalogued: bool = True) -> QColor:
    """The fill of a colour class (0 = no practice)."""
    if step <= 0:
        return NO_PRACTICE if catalogued else NOT_CATALOGUED
    return SHADES[step - 1]


class WorldMapView(QWidget):
    """Draws the world. Emits `country_clicked(country_id, exclude)` for a click (exclude with Ctrl)
    on a country of the taxonomy, and `hovered(country_id or "")`."""

    country_clicked = Signal(str, bool)
    hovered = Signal(str)

    def __init__(self, world_map, parent=None):
        super().__init__(parent)
        self.world_map = world_map
        self.counts, self.included, self.excluded, self.catalogued = {}, set(), set(), set()
        self.label_of = lambda country_id: world_map.name(country_id)
        self.count_text = lambda name, count: f"{name}: {count}"
        self.hovered_id = ""
        self._state_serial, self._picture_key, self._picture = 0, None, None
        self._paths = {}
        for country in world_map.countries:
            path = QPainterPath()
            path.setFillRule(Qt.OddEvenFill)  # holes (Lesotho inside South Africa) stay holes
            for ring in country.rings:
                path.moveTo(ring[0][0], -ring[0][1])
                for x, y in ring[1:]:
                    path.lineTo(x, -y)
                path.closeSubpath()
            self._paths[country.id] = path
        self._bounds = {cid: path.boundingRect() for cid, path in self._paths.items()}
        min_x, min_y, max_x, max_y = world_map.bounds
        self.world_rect = QRectF(min_x, -max_y, max_x - min_x, max_y - min_y)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumSize(240, 130)  # fits the middle pane of an 800-pixel-wide window
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    # -- state ----------------------------------------------------------------------------------

    def set_state(self, counts: dict, included, excluded, catalogued) -> None:
        """Shade by `counts` {country id: practices}; outline `included`, hatch `excluded`;
        only `catalogued` ids (the taxonomy's countries) can be clicked."""
        self.counts, self.included, self.excluded = dict(counts), set(included), set(excluded)
        self.catalogued = set(catalogued)
        self._state_serial += 1
        self.update()

    def most(self) -> int:
        return max(self.counts.values(), default=0)

    def step_of(self, country_id: str) -> int:
        return shade_step(self.counts.get(country_id, 0), self.most())

    # -- geometry -------------------------------------------------------------------------------

    def transform_for(self, rect: QRectF) -> QTransform:
        """Map coordinates -> `rect`, keeping the proportions, centred."""
        world = self.world_rect
        scale = min(rect.width() / world.width(), rect.height() / world.height())
        dx = rect.left() + (rect.width() - world.width() * scale) / 2 - world.left() * scale
        dy = rect.top() + (rect.height() - world.height() * scale) / 2 - world.top() * scale
        return QTransform(scale, 0, 0, scale, dx, dy)

    def _screen_transform(self) -> QTransform:
        return self.transform_for(self._map_rect())

    def country_at(self, position: QPointF) -> str:
        """The id of the country (or small state's dot) under a widget position, or ""."""
        transform = self._screen_transform()
        for point in self.world_map.points:
            centre = transform.map(QPointF(point.x, -point.y))
            if (centre - QPointF(position)).manhattanLength() <= POINT_RADIUS * 2:
                return point.id
        inverted, ok = transform.inverted()
        if not ok:
            return ""
        at = inverted.map(QPointF(position))
        for country_id, bounds in self._bounds.items():
            if bounds.contains(at) and self._paths[country_id].contains(at):
                return country_id
        return ""

    def position_of(self, country_id: str) -> QPointF | None:
        """A widget position inside the country (tests, and the keyboard-free way to click it)."""
        transform = self._screen_transform()
        point = next((p for p in self.world_map.points if p.id == country_id), None)
        if point is not None:
            return transform.map(QPointF(point.x, -point.y))
        path = self._paths.get(country_id)
        if path is None:
            return None
        bounds = path.boundingRect()
        candidates = [bounds.center()]
        for i in range(1, 12):
            for j in range(1, 12):
                candidates.append(QPointF(bounds.left() + bounds.width() * i / 12, bounds.top() + bounds.height() * j / 12))
        for candidate in candidates:
            if path.contains(candidate):
                screen = transform.map(candidate)
                if self.country_at(screen) == country_id:
                    return screen
        return None

    # -- drawing --------------------------------------------------------------------------------

    def render_to(self, painter: QPainter, rect: QRectF, point_radius: float = POINT_RADIUS,
                  line_width: float = 0.6) -> None:
        """Draw the map into `rect` of `painter` (the screen, a printer, an image)."""
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.fillRect(rect, OCEAN)
        transform = self.transform_for(rect)
        painter.setTransform(transform, True)
        border = QPen(BORDER, line_width)
        border.setCosmetic(True)
        most = self.most()
        # Fills without antialiasing (their edges are under the borders drawn next, with it): most
        # of the time of a redraw was antialiased filling (benchmarks/map_bench.py).
        painter.setRenderHint(QPainter.Antialiasing, False)
        painter.setPen(Qt.NoPen)
        for country_id, path in self._paths.items():
            step = shade_step(self.counts.get(country_id, 0), most)
            painter.setBrush(shade_color(step, country_id in self.catalogued))
            painter.drawPath(path)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setPen(border)
        painter.setBrush(Qt.NoBrush)
        for path in self._paths.values():
            painter.drawPath(path)
        hatch = QBrush(EXCLUDED, Qt.BDiagPattern)
        painter.setBrush(hatch)
        for country_id in self.excluded & self._paths.keys():
            painter.drawPath(self._paths[country_id])
        painter.setBrush(Qt.NoBrush)
        for country_id in self.included & self._paths.keys():
            pen = QPen(CHOSEN, 2.6 * line_width / 0.6)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(self._paths[country_id])
        painter.restore()
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, True)
        for point in self.world_map.points:  # dots keep their size whatever the scale
            centre = transform.map(QPointF(point.x, -point.y))
            step = shade_step(self.counts.get(point.id, 0), most)
            chosen = point.id in self.included
            catalogued = point.id in self.catalogued
            pen = QPen(CHOSEN if point.id in self.included else QColor("#404040" if catalogued else "#b0b0b0"),
                       line_width * (3 if chosen else 1.5))
            painter.setPen(pen)
            painter.setBrush(QBrush(EXCLUDED, Qt.Dense4Pattern) if point.id in self.excluded
                             else shade_color(step, catalogued))
            # States the catalogue never names stay small: there only so that the world looks whole.
            radius = point_radius if catalogued else point_radius * 0.5
            painter.drawEllipse(centre, radius, radius)
        painter.restore()

    def paintEvent(self, _event) -> None:
        # The shaded world is drawn once per state and size; pointing at countries only draws an
        # outline over that picture.
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._state_serial)
        if self._picture_key != key:
            picture = QImage(int(self.width() * ratio), int(self.height() * ratio), QImage.Format_RGB32)
            picture.setDevicePixelRatio(ratio)
            picture.fill(self.palette().window().color())
            picture_painter = QPainter(picture)
            self.render_to(picture_painter, self._map_rect())
            picture_painter.end()
            self._picture, self._picture_key = picture, key
        painter = QPainter(self)
        painter.drawImage(0, 0, self._picture)
        if self.hovered_id:
            self._draw_hover(painter)
        if self.hasFocus():
            painter.resetTransform()
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _map_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def _draw_hover(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.Antialiasing, True)
        pen = QPen(QColor("#202020"), 1.6)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        transform = self._screen_transform()
        point = next((p for p in self.world_map.points if p.id == self.hovered_id), None)
        if point is not None:
            radius = POINT_RADIUS if point.id in self.catalogued else POINT_RADIUS * 0.5
            painter.drawEllipse(transform.map(QPointF(point.x, -point.y)), radius + 1.5, radius + 1.5)
        elif self.hovered_id in self._paths:
            painter.setTransform(transform)
            painter.drawPath(self._paths[self.hovered_id])

    # -- mouse ----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        country_id = self.country_at(event.position())
        if country_id != self.hovered_id:
            self.hovered_id = country_id
            self.update()
            self.hovered.emit(country_id)
        if country_id:
            text = self.count_text(self.label_of(country_id), self.counts.get(country_id, 0))
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
            self.setCursor(Qt.PointingHandCursor if country_id in self.catalogued else Qt.ArrowCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()

    def leaveEvent(self, event) -> None:
        if self.hovered_id:
            self.hovered_id = ""
            self.update()
            self.hovered.emit("")
        super().leaveEvent(event)

    # -- keyboard -------------------------------------------------------------------------------

    def keyboard_countries(self) -> list:
        """The countries the arrow keys go through: those with practices, and the chosen or left-out
        ones, in the order of their names in the interface language."""
        ids = {c for c, n in self.counts.items() if n} | self.included | self.excluded
        return sorted(ids & self.catalogued, key=lambda c: self.label_of(c).casefold())

    def keyPressEvent(self, event) -> None:
        key = event.key()
        steps = {Qt.Key_Right: 1, Qt.Key_Down: 1, Qt.Key_Left: -1, Qt.Key_Up: -1}
        if key in steps:
            ids = self.keyboard_countries()
            if ids:
                at = ids.index(self.hovered_id) if self.hovered_id in ids else (-1 if steps[key] > 0 else 0)
                self.hovered_id = ids[(at + steps[key]) % len(ids)]
                self.update()
                self.hovered.emit(self.hovered_id)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self.hovered_id in self.catalogued:
            self.country_clicked.emit(self.hovered_id, bool(event.modifiers() & Qt.ControlModifier))
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mouseReleaseEvent(event)
        country_id = self.country_at(event.position())
        if country_id and country_id in self.catalogued:
            self.country_clicked.emit(country_id, bool(event.modifiers() & Qt.ControlModifier))
