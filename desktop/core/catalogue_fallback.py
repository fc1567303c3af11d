"""Opening the newest catalogue that can be read, and saying so when it is not the installed one.

The installed catalogue (home/catalogues/current.json, see installed.py) can be damaged in many
ways: the pointer unreadable or deleted, a version folder without its install.json or its
catalogue.db, a catalogue.db whose file or content (its taxonomy, a practice row) is damaged.
None of them may stop the app or silently show other content: the candidates are tried newest
first (the installed version, the previous one, any other complete version kept in
home/catalogues, then the catalogue shipped with the app) and every one passed over becomes a
CatalogueWarning that the window and the CLI show. Nothing here writes to a version folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import CatalogueDamaged
from .installed import INSTALL_INFO, POINTER, read_pointer, shipped_identity, version_info
from .paths import Layout

SHIPPED = 0  # CatalogueWarning.shown for the catalogue shipped with the app


@dataclass(frozen=True)
class CatalogueWarning:
    """One catalogue passed over at start. `problem`: "damaged" (the version's catalogue.db
    cannot be read: `reason` says why), "incomplete" (its folder lacks catalogue.db or
    install.json), "pointer-damaged" (current.json; `version` is 0) or "pointer-missing" (no
    current.json, yet `version` is kept in home/catalogues: an import killed before its switch,
    or a deleted pointer; never opened without the pointer).
    `shown` is the version opened instead (SHIPPED for the one shipped with the app)."""

    problem: str
    version: int
    shown: int
    shown_version: int  # the version number of what is shown (also for the shipped one)
    reason: str = ""

    def __str__(self) -> str:
        shown = f"version {self.shown_version}" if self.shown != SHIPPED else \
            f"the catalogue shipped with the app (version {self.shown_version})"
        if self.problem == "pointer-damaged":
            first = f"The record of the installed catalogue ({POINTER}) is damaged"
        elif self.problem == "pointer-missing":
            return (f"No installed catalogue is recorded ({POINTER} is missing), but version {self.version} is "
                    f"kept in the catalogues folder; showing {shown}. Import the update again to use it.")
        elif self.problem == "incomplete":
            first = f"The installed catalogue version {self.version} is incomplete (its catalogue.db or " \
                    f"{INSTALL_INFO} is missing)"
        else:
            first = f"The installed catalogue version {self.version} is damaged ({self.reason})"
        return f"{first}; showing {shown}. Import the update again to repair it."


@dataclass(frozen=True)
class _Candidate:
    version: int
    db: Path | None  # None: the version folder is incomplete
    index: Path | None
    shipped: bool = False


def _kept_versions(layout: Layout, skip: set) -> list:
    """Complete version folders in home/catalogues that the pointer does not name, newest first."""
    found = []
    try:
        entries = list(layout.catalogues.iterdir())
    except OSError:
        return []
    for folder in entries:
        if not folder.name.startswith("v") or folder.name in skip or not folder.is_dir():
            continue
        try:
            info = json.loads((folder / INSTALL_INFO).read_text(encoding="utf-8"))
            version = int(info["catalogue_version"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if (folder / "catalogue.db").is_file():
            found.append(_Candidate(version, folder / "catalogue.db", folder / "search_index"))
    return sorted(found, key=lambda c: -c.version)


def _candidates(layout: Layout) -> tuple:
    """(candidates newest first, warnings about the pointer itself)."""
    pointer = read_pointer(layout)
    _, shipped_version, _ = shipped_identity(layout)
    warnings, candidates, named = [], [], set()
    for ref in (pointer.current, pointer.previous):
        if ref is None or ref.version < shipped_version:
            continue  # an app upgrade shipped newer content: it wins, as installed.installed() says
        named.add(ref.folder)
        folder = layout.catalogues / ref.folder
        complete = version_info(layout, ref) is not None
        candidates.append(_Candidate(ref.version, folder / "catalogue.db" if complete else None,
                                     folder / "search_index"))
    # A pointer naming no version is a rollback to the shipped catalogue, and no pointer at all
    # is also what an import killed before its switch leaves: neither may open a version the
    # pointer does not name (the switch is what makes an import happen). Only a damaged pointer,
    # which no killed write can leave, sends the search to the versions kept in home/catalogues.
    if pointer.damaged or not (layout.catalogues / POINTER).exists():
        kept = [c for c in _kept_versions(layout, named) if c.version >= shipped_version]
        if pointer.damaged:
            warnings.append(("pointer-damaged", 0))
            candidates.extend(kept)
        elif kept:
            warnings.append(("pointer-missing", kept[0].version))
    candidates.append(_Candidate(shipped_version, layout.shipped_catalogue, layout.shipped_index, shipped=True))
    return candidates, warnings


def open_newest_readable(layout: Layout, open_shipped, open_imported):
    """(catalogue, warnings): the newest catalogue that opens, and a CatalogueWarning for every
    newer one passed over. `open_shipped()` and `open_imported(db, index)` open one (they raise
    CatalogueDamaged). Raises the shipped catalogue's CatalogueDamaged when nothing opens."""
    candidates, pointer_problems = _candidates(layout)
    passed = []  # (problem, version, reason)
    for candidate in candidates:
        if candidate.db is None:
            passed.append(("incomplete", candidate.version, ""))
            continue
        try:
            catalogue = open_shipped() if candidate.shipped else open_imported(candidate.db, candidate.index)
        except CatalogueDamaged as error:
            if candidate.shipped:
                raise
            passed.append(("damaged", candidate.version, getattr(error, "reason", "") or "unreadable"))
            continue
        shown = SHIPPED if candidate.shipped else candidate.version
        warnings = [CatalogueWarning(p, version, shown, candidate.version) for p, version in pointer_problems]
        warnings += [CatalogueWarning(problem, version, shown, candidate.version, reason)
                     for problem, version, reason in passed]
        return catalogue, tuple(warnings)
    raise AssertionError("the shipped catalogue is always a candidate")  # pragma: no cover
