"""Which catalogue a run of the app opens, built or rebuilt first when its sources changed."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from . import catalogue_read
from .catalogue import Catalogue
from .filecheck import stamp
from .paths import Layout

# Beside catalogue.db: the stamps (size, time, inode) of the source files it was last found to
# match, so that a start with nothing changed stats them instead of hashing all of resources/.
SOURCE_STAMPS = "catalogue.sources.json"


def installed_catalogue_dir(layout: Layout) -> Path | None:
    """The folder of the catalogue imported by an update, when there is one and it is not older
    than the shipped catalogue (home/catalogues/current.json names it; see installed.py)."""
    from .installed import imported_catalogue_dir
    return imported_catalogue_dir(layout)


def _stamps_under(folder: Path) -> list:
    """[relative path, size, time, inode] of every file under `folder`, in a fixed order: more
    files than the catalogue is built from (icons, translations), so never fewer."""
    found = []
    for directory, subdirectories, files in os.walk(folder):
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory) / name
            found.append([path.relative_to(folder).as_posix(), *stamp(path)])
    return found


def shipped_is_stale(layout: Layout, record: bool = True) -> bool:
    """True when catalogue.db is missing or was built from other sources than resources/ holds.
    `record`: when the sources had to be hashed and match, note their stamps beside catalogue.db
    (False: write nothing, for paths that must leave the folder as they found it)."""
    if not layout.shipped_catalogue.is_file():
        return True
    if not (layout.resources / "practices").is_dir():
        return False  # a field build ships catalogue.db without editable sources
    try:  # plain sqlite3, read-only: opening it through sqlite-utils costs 80 ms of imports
        db = sqlite3.connect(layout.shipped_catalogue.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            built_from = catalogue_read.read_meta(db).get("content_hash")
        finally:
            db.close()
    except Exception:
        return True
    stamps_file = layout.shipped_catalogue.with_name(SOURCE_STAMPS)
    try:
        stamps = {"content_hash": built_from, "files": _stamps_under(layout.resources)}
    except OSError:
        stamps = None
    try:
        if stamps is not None and json.loads(stamps_file.read_text("utf-8")) == stamps:
            return False  # not one file under resources/ written or replaced since the last full check
    except (OSError, ValueError):
        pass
    from .sources import content_hash_of  # parsing code, loaded only when something changed
    stale = built_from != content_hash_of(layout.resources)
    if not stale and stamps is not None and record:
        try:
            stamps_file.write_text(json.dumps(stamps), "utf-8")
        except OSError:
            pass  # a read-only installation: the sources are hashed at each start
    return stale


def ensure_shipped_catalogue(layout: Layout) -> None:
    """Build or update catalogue.db and search_index/ from resources/ when they are stale.

    Raises ValidationFailed when the sources have problems (the old catalogue is kept)."""
    if shipped_is_stale(layout) and os.access(layout.shipped_catalogue.parent, os.W_OK) \
            and (layout.resources / "practices").is_dir():
        from .build import build_catalogue  # the indexing code is loaded only to build
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
