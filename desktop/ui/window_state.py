"""Where the main window opens and what it remembers: its size and place, and the panes'."""

from __future__ import annotations

from PySide6.QtCore import QRect


def first_window_geometry(available: QRect) -> QRect:
    """The first window: 1280×800 where that fits, else most of the screen's free area (in
    logical pixels, so a 1.5 scale factor shrinks it too), centred. Room is left for the title
    bar the window manager adds, so the status bar stays on screen."""
    width = min(1280, int(available.width() * 0.96))
    height = min(800, int(available.height() * 0.9))
    geometry = QRect(0, 0, width, height)
    geometry.moveCenter(available.center())
    return geometry


def restore_window(window, splitter, settings) -> None:
    """The size, place and pane widths of the last session, if they still fit this screen
    (a laptop unplugged from a large monitor), else a first window sized to the screen."""
    geometry, state, splitter_state = settings.window_state()
    available = window.screen().availableGeometry()
    restored = geometry is not None and window.restoreGeometry(geometry)
    if not restored or not available.contains(window.geometry()):
        window.setGeometry(first_window_geometry(available))
    if state is not None:
        window.restoreState(state)
    if splitter_state is not None:
        splitter.restoreState(splitter_state)


def save_window(window, splitter, settings) -> None:
    # Written to disk by the window's save guard right after (AppSettings.save, which says
    # when it fails): no sync here.
    settings.save_window_state(window.saveGeometry(), window.saveState(), splitter.saveState())
