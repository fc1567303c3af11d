"""Draw the app icon (resources/icons/app.png and app.ico) with Qt: no image files to license.

    .venv/bin/python build/make_icon.py
A catalogue card with three stacked levels (local, national, global) joined by a line."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    s = size / 64
    painter.setBrush(QColor("#1f5f8b"))
    painter.setPen(Qt.NoPen)
    painter.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    colours = ("#f2c14e", "#f78154", "#4d9078")
    centres = [QPointF(20 * s, 46 * s), QPointF(32 * s, 32 * s), QPointF(44 * s, 18 * s)]
    painter.setPen(QPen(QColor("#ffffff"), 3 * s))
    painter.drawPolyline(centres)
    painter.setPen(Qt.NoPen)
    for centre, colour in zip(centres, colours, strict=True):
        painter.setBrush(QColor(colour))
        painter.drawEllipse(centre, 7 * s, 7 * s)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "app.png"))
    if not draw(256).save(str(ICONS / "app.ico")):
        print("This Qt has no ICO writer; app.ico was not made.", file=sys.stderr)
    print(f"Wrote {ICONS / 'app.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
