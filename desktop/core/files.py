"""Reading files a user names or drops: regular files only, never more than a cap.

`open()` on a named pipe (FIFO) waits for a writer, forever if none comes; on a device it may
read forever. Every file that comes from outside (a contribution, a key, a bundle, a source a
user validates) is opened here: without blocking, checked to be a regular file on the open
handle itself (not by name, which could be swapped in between), and read up to a cap.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class NotRegularFile(OSError):
    """The path names a pipe, a device, a socket or a folder, not a file. Its `strerror` is the
    reason as a sentence fragment, so that `f"cannot be read: {exc.strerror}"` reads well."""

    def __init__(self, path):
        super().__init__(errno.EINVAL, "it is not a regular file (a pipe, a device or a folder)", str(path))


def open_regular(path) -> "os.PathLike":
    """Open `path` for reading in binary mode. Raises NotRegularFile (without ever waiting on a
    pipe) or OSError."""
    fd = os.open(Path(path), _FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(path)  # O_NONBLOCK is left set: a regular file ignores it
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_regular(path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of the regular file `path` (more than `limit` means too large).
    Raises NotRegularFile or OSError."""
    with open_regular(path) as handle:
        return handle.read(limit + 1)


def sha256_of_file(path) -> str:
    """The hex SHA-256 of a regular file, read a MiB at a time (bundles can be a gigabyte).
    Raises NotRegularFile or OSError."""
    import hashlib

    hasher = hashlib.sha256()
    with open_regular(path) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()
