"""Which catalogue a run of the app opens, built or rebuilt first when its sources changed."""

from __future__ import annotations

import os
from pathlib import Path

from . import catalogue_db as cdb
from .build import build_catalogue
from .catalogue import Catalogue
from .paths import Layout
from .sources import content_hash_of


def installed_catalogue_dir(layout: Layout) -> Path | None:
    """The folder of the catalogue imported by an update, when there is one and it is not older
    than the shipped catalogue (home/catalogues/current.json names it; see installed.py)."""
    from .installed import imported_catalogue_dir
    return imported_catalogue_dir(layout)


def shipped_is_stale(layout: Layout) -> bool:
    """True when catalogue.db is missing or was built from other sources than resources/ holds."""
    if not layout.shipped_catalogue.is_file():
        return True
    if not (layout.resources / "practices").is_dir():
        return False  # a field build ships catalogue.db without editable sources
    try:
        db = cdb.connect(layout.shipped_catalogue)
        try:
            built_from = cdb.read_meta(db).get("content_hash")
        finally:
            db.close()
    except Exception:
        return True
    return built_from != content_hash_of(layout.resources)


def ensure_shipped_catalogue(layout: Layout) -> None:
    """Build or update catalogue.db and search_index/ from resources/ when they are stale.

    Raises ValidationFailed when the sources have problems (the old catalogue is kept)."""
    if shipped_is_stale(layout) and os.access(layout.shipped_catalogue.parent, os.W_OK) \
            and (layout.resources / "practices").is_dir():
        build_catalogue(layout.resources, layout.shipped_catalogue, layout.shipped_index)


def open_catalogue(layout: Layout) -> Catalogue:
    """The catalogue this run uses: an imported update if there is one, else the shipped one
    (brought up to date with resources/ first). A damaged or incomplete installed version is
    passed over for the newest one that opens, and said in `Catalogue.warnings` (see
    catalogue_fallback). Raises CatalogueError with a sentence when none opens."""
    from .catalogue_fallback import open_newest_readable

    fallback = layout.home / "cache" / "search_index"

    def open_shipped():
        ensure_shipped_catalogue(layout)
        return Catalogue.open(layout.shipped_catalogue, layout.shipped_index, fallback)

    catalogue, warnings = open_newest_readable(
        layout, open_shipped, lambda db, index: Catalogue.open(db, index, fallback))
    catalogue.warnings = warnings
    return catalogue
