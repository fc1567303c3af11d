"""Hooks that give the main window its overview features: the Map tab, presentation mode and
comparison. Kept here so that the main window only calls `attach_overviews` and `overview_actions`."""

from __future__ import annotations

from ..core.paths import app_root
from .map_panel import attach_map_tab


def attach_overviews(window) -> None:
    """Add the Map tab beside the result list of `window` (a MainWindow)."""
    resources = window.layout_paths.resources if window.layout_paths is not None else app_root() / "resources"
    attach_map_tab(window, resources)
