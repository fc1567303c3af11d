"""Writing to the user's disk: free space checked before a big write, and the two failures a
user can meet (a full disk, a read-only folder) told as one sentence instead of an OS error.

An import builds a whole catalogue (database and search index) beside the installed one before
switching to it; on a nearly full disk that failed with "[Errno 28] No space left on device"
or a many-file `shutil.Error` dump. The space is now estimated and checked before anything is
written, and a write that fails all the same (the estimate is an estimate, and other programs
write too) is recognised and told in the same words.
"""

from __future__ import annotations

import errno
import math
import os
import shutil
from pathlib import Path

from .errors import CatalogueError

MB = 1_000_000
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_WORDS = ("no space left", "disk is full", "disk quota", "[errno 28]", "not enough space")
_READ_ONLY_WORDS = ("read-only file system", "readonly database", "permission denied", "[errno 30]")


class NotEnoughSpace(CatalogueError):
    """The disk lacks the space a change needs; nothing was changed. `needed_more` is in bytes."""

    def __init__(self, message: str, needed_more: int = 0):
        super().__init__(message)
        self.needed_more = needed_more


class FolderNotWritable(CatalogueError):
    """A folder that must be written (the data folder) is read-only; nothing was changed."""


def existing_folder(path) -> Path:
    """`path` or its nearest ancestor that exists (what a folder about to be made will live on)."""
    path = Path(path).absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def disk_of(path) -> str:
    """The mount point (a drive on Windows) that holds `path`: how a message names the disk."""
    path = existing_folder(path)
    if os.name == "nt":
        return os.path.splitdrive(str(path))[0] + "\\" if os.path.splitdrive(str(path))[0] else str(path)
    while not os.path.ismount(path) and path.parent != path:
        path = path.parent
    return str(path)


def free_bytes(path) -> int:
    """Bytes free for this user on the disk that holds `path`."""
    return shutil.disk_usage(existing_folder(path)).free


def tree_size(path) -> int:
    """Bytes of the files under `path` (a file's own size; 0 when missing)."""
    path = Path(path)
    try:
        if path.is_file():
            return path.stat().st_size
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    except OSError:
        return 0


def not_enough_space(needed_more: int, path, what: str = "the update") -> NotEnoughSpace:
    """The sentence for a disk that lacks `needed_more` bytes."""
    megabytes = max(1, math.ceil(needed_more / MB))
    return NotEnoughSpace(f"Not enough free space: {what} needs about {megabytes:,} MB more on {disk_of(path)}; "
                          "nothing was changed.", needed_more)


def check_free_space(path, needed: int, what: str = "the update") -> None:
    """Raise NotEnoughSpace when the disk holding `path` has less than `needed` bytes free."""
    free = free_bytes(path)
    if free < needed:
        raise not_enough_space(needed - free, path, what)


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen and len(seen) < 20:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _has(exc: BaseException, errnos: set, words: tuple) -> bool:
    for link in _chain(exc):
        if isinstance(link, OSError) and link.errno in errnos:
            return True
        text = str(link).lower()  # shutil.Error lists (source, target, reason) for every file it failed on
        if isinstance(link, shutil.Error) or not isinstance(link, OSError):
            if any(word in text for word in words):
                return True
    return False


def is_disk_full(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) says the disk or the user's quota is full: OSError
    ENOSPC/EDQUOT, SQLite's "database or disk is full", a copy's shutil.Error."""
    return _has(exc, _FULL_ERRNOS, _FULL_WORDS)


def is_read_only(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) says a file or folder cannot be written."""
    return _has(exc, _READ_ONLY_ERRNOS, _READ_ONLY_WORDS)


def explain_write_error(exc: BaseException, folder, doing: str, needed: int = 0,
                        what: str = "the update") -> CatalogueError | None:
    """The sentence for a failed write to `folder` while trying to `doing` ("import the update"),
    or None when the failure is neither a full disk nor a read-only folder. `needed` is the
    space the whole change was expected to take (it sizes the "needs about N MB more")."""
    if isinstance(exc, CatalogueError):
        return exc
    if is_disk_full(exc):
        try:
            free = free_bytes(folder)
        except OSError:
            free = 0
        return not_enough_space(max(needed - free, 1), folder, what)
    if is_read_only(exc):
        return not_writable(folder, doing)
    return None


def not_writable(folder, doing: str) -> FolderNotWritable:
    """The sentence for a folder that cannot be written (named as the nearest one that exists)."""
    return FolderNotWritable(f"Cannot {doing}: the folder {existing_folder(folder)} cannot be written (it is "
                             "read-only); nothing was changed.")


def check_writable(folder, doing: str) -> None:
    """Raise FolderNotWritable when `folder` (or, while it does not exist, the folder it would
    be made in) cannot be written: asked before a user is asked to confirm a change."""
    if not os.access(existing_folder(folder), os.W_OK):
        raise not_writable(folder, doing)
