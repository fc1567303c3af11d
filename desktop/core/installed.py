"""Which catalogue a home folder has installed, and the one atomic switch between versions.

An imported catalogue is a complete folder that is never changed once it is in place:

    home/catalogues/
      current.json        {"format": 1, "current": {"folder": F, "version": N} or null,
                            "previous": {...} or null}; null current means the shipped catalogue
      v000005-.../        catalogue.db, search_index/, manifest.json, manifest.sig, install.json
      .staging-.../       an import being built (or killed while building): never opened
      .lock               held while an import or rollback runs

Switching versions is one `os.replace` of current.json (atomic on Windows too, unlike renaming
a folder over another), so a process killed at any moment leaves either the old pointer or the
new one, each naming a complete folder. Folders are deleted only after the pointer stopped
naming them, and only by a process holding the lock.

The catalogue shipped with the app counts too: when an app upgrade ships a newer catalogue than
the one imported, the shipped one is used, so that an office never falls back to older content.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import CatalogueError
from .paths import Layout

POINTER = "current.json"
INSTALL_INFO = "install.json"
KILL_ENV = "PRACTICE_CATALOGUE_TEST_KILL_AT"
KILLED_EXIT_CODE = 99


class UpdateBusy(CatalogueError):
    """Another import or rollback holds the lock."""


def kill_point(step: str) -> None:
    """Test hook: end the process abruptly at a named step, as a power cut or kill would.

    Only the kill test sets the variable; it lets it prove that every step leaves a usable state.
    Import steps, in order: building, built, synced, renamed, pointer-written, committed, cleaned;
    rollback steps: rollback-start, rollback-pointer-written, rollback-committed."""
    if os.environ.get(KILL_ENV) == step:
        os._exit(KILLED_EXIT_CODE)


@dataclass(frozen=True)
class VersionRef:
    """One imported version as the pointer names it."""

    folder: str
    version: int


@dataclass(frozen=True)
class Pointer:
    """The content of current.json. `damaged` is set when the file exists but cannot be read."""

    current: VersionRef | None = None
    previous: VersionRef | None = None
    damaged: bool = False


@dataclass(frozen=True)
class InstalledCatalogue:
    """The catalogue a home folder uses: what `stats`, the About box and imports compare against."""

    catalogue_id: str
    version: int
    date: str  # when it was published (imported) or built (shipped)
    signed_by: str  # name and short fingerprint of the editor key; "" for the shipped catalogue
    origin: str  # "imported" or "shipped"
    folder: Path | None  # the version folder of an imported catalogue
    practice_count: int | None
    previous_version: int | None  # the version `rollback` would restore; None when there is none
    previous_origin: str = ""  # "imported" or "shipped"


def _ref(value) -> VersionRef | None:
    if value is None:
        return None
    folder, version = value["folder"], value["version"]
    if not isinstance(folder, str) or "/" in folder or "\\" in folder or folder.startswith(".") \
            or isinstance(version, bool) or not isinstance(version, int):
        raise ValueError("bad version entry")
    return VersionRef(folder=folder, version=version)


def read_pointer(layout: Layout) -> Pointer:
    """current.json as a Pointer; an empty Pointer when there is none."""
    path = layout.catalogues / POINTER
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Pointer(current=_ref(raw.get("current")), previous=_ref(raw.get("previous")))
    except FileNotFoundError:
        return Pointer()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Pointer(damaged=True)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename, a new file) to disk; best effort, a no-op on Windows."""
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename itself
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares, FAT on some kernels) refuse it: best effort
        pass
    finally:
        os.close(fd)


def _replace(source: Path, target: Path) -> None:
    # On Windows a reader that has current.json open at this instant makes os.replace fail with
    # "access denied"; readers hold it for microseconds, so a few retries are enough.
    for attempt in range(20):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == 19:
                raise
            time.sleep(0.05)


def fsync_tree(folder: Path) -> None:
    """Flush every file of `folder` and the folder entries to disk, so that a power cut after the
    pointer switch cannot leave the pointer naming a folder whose files were never written."""
    for root, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb+") as handle:
                os.fsync(handle.fileno())
        fsync_dir(Path(root))


def write_pointer(layout: Layout, pointer: Pointer, step: str = "") -> None:
    """Replace current.json atomically. `step` names the kill points around the switch."""
    path = layout.catalogues / POINTER
    data = {"format": 1,
            "current": pointer.current and {"folder": pointer.current.folder, "version": pointer.current.version},
            "previous": pointer.previous and {"folder": pointer.previous.folder, "version": pointer.previous.version}}
    temporary = path.with_name(POINTER + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    kill_point(f"{step}pointer-written")
    _replace(temporary, path)
    fsync_dir(layout.catalogues)
    kill_point(f"{step}committed")


def read_db_meta(db_path: Path) -> dict:
    """The meta table of a catalogue.db, read-only (never migrates or writes); {} when unreadable."""
    try:
        conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return {}
    try:
        return {key: value for key, value in conn.execute("SELECT key, value FROM meta")}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def version_info(layout: Layout, ref: VersionRef | None) -> dict | None:
    """install.json of a complete imported version folder, or None when it is missing or incomplete."""
    if ref is None:
        return None
    folder = layout.catalogues / ref.folder
    try:
        info = json.loads((folder / INSTALL_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (folder / "catalogue.db").is_file() or not isinstance(info, dict) \
            or info.get("catalogue_version") != ref.version:
        return None
    return info


def shipped_identity(layout: Layout) -> tuple:
    """(catalogue id, version, date) of the catalogue shipped with the app.

    resources/catalogue.yaml says what the shipped catalogue.db is built from; a build without
    it falls back on catalogue.db's own meta. While resources/ is as catalogue.db was built from
    it (a check of file stamps), the meta is that identity: reading the YAML (and importing the
    parsers) would cost every start."""
    from .session import shipped_is_stale  # the stamp check beside the shipped catalogue

    meta = read_db_meta(layout.shipped_catalogue) if layout.shipped_catalogue.is_file() else {}
    if meta.get("catalogue_id") and str(meta.get("catalogue_version", "")).isdigit() \
            and not shipped_is_stale(layout, record=False):
        return meta["catalogue_id"], int(meta["catalogue_version"]), meta.get("built_at", "")
    from .sources import load_catalogue_identity

    try:
        identity = load_catalogue_identity(layout.resources / "catalogue.yaml")
        return identity["id"], identity["version"], meta.get("built_at", "")
    except CatalogueError:
        try:
            version = int(meta.get("catalogue_version", 0))
        except ValueError:
            version = 0
        return meta.get("catalogue_id", ""), version, meta.get("built_at", "")


def installed(layout: Layout) -> InstalledCatalogue:
    """What this home folder uses now: the imported version, unless the shipped one is newer."""
    pointer = read_pointer(layout)
    shipped_id, shipped_version, shipped_date = shipped_identity(layout)
    current = version_info(layout, pointer.current)
    if current is not None and current.get("catalogue_version", 0) >= shipped_version:
        previous = version_info(layout, pointer.previous)
        if previous is not None:
            previous_version, previous_origin = previous["catalogue_version"], "imported"
        else:
            previous_version, previous_origin = shipped_version, "shipped"
        return InstalledCatalogue(
            catalogue_id=str(current.get("catalogue_id", "")), version=int(current["catalogue_version"]),
            date=str(current.get("date", "")), signed_by=str(current.get("signed_by", "")), origin="imported",
            folder=layout.catalogues / pointer.current.folder, practice_count=current.get("practice_count"),
            previous_version=previous_version, previous_origin=previous_origin)
    return InstalledCatalogue(catalogue_id=shipped_id, version=shipped_version, date=shipped_date, signed_by="",
                              origin="shipped", folder=None, practice_count=None, previous_version=None)


def imported_catalogue_dir(layout: Layout) -> Path | None:
    """The folder of the imported catalogue to open, or None for the shipped one."""
    if read_pointer(layout).current is None:
        return None  # nothing was ever imported: no need to read the shipped identity (at each start)
    state = installed(layout)
    return state.folder if state.origin == "imported" else None


class UpdateLock:
    """An exclusive lock on home/catalogues/.lock for one import or rollback.

    An OS lock (flock, or msvcrt on Windows) is released by the system when the holder dies,
    so a killed import never leaves the catalogue locked."""

    def __init__(self, layout: Layout, doing: str = "change the installed catalogue"):
        self.path = layout.catalogues / ".lock"
        self.doing = doing  # for the sentence when the lock cannot be made: "import the update"
        self._handle = None

    def __enter__(self) -> "UpdateLock":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")
        except OSError as exc:
            if self.path.is_dir():  # IsADirectoryError; PermissionError on Windows
                raise CatalogueError(f"Cannot {self.doing}: the lock file {self.path} is a folder; nothing was "
                                     "changed (remove that folder, which nothing uses, and try again).") from exc
            from .diskspace import explain_write_error
            explained = explain_write_error(exc, self.path.parent, self.doing)
            if explained is None:
                raise
            raise explained from exc
        try:
            if os.name == "nt":
                import msvcrt
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise UpdateBusy("Another import or rollback is running; try again when it has finished.") from exc
        self._handle = handle
        return self

    def __exit__(self, *exc) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if os.name == "nt":
                import msvcrt
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        finally:
            handle.close()


def remove_leftovers(layout: Layout) -> None:
    """Delete staging folders and version folders the pointer no longer names. Call with the lock.

    Errors are ignored: on Windows a folder still open by a running app cannot be deleted now and
    will be at a later import."""
    root = layout.catalogues
    if not root.is_dir():
        return
    pointer = read_pointer(layout)
    keep = {ref.folder for ref in (pointer.current, pointer.previous) if ref is not None}
    for entry in root.iterdir():
        if entry.name.startswith(".staging-"):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_dir() and entry.name.startswith("v") and entry.name not in keep and not pointer.damaged:
            shutil.rmtree(entry, ignore_errors=True)
    (root / (POINTER + ".tmp")).unlink(missing_ok=True)
