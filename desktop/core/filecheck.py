"""Whole-file checks that run only when a file changed: CRC-32s and size/time/inode stamps.

catalogue.db's integrity check, the search sidecar's checksums and the Whoosh index's checksums
all read every byte; each records the stamps of the files it checked and skips the check while
they are unchanged (a read-only folder, where nothing can be recorded, is checked every time).
"""

from __future__ import annotations

import zlib
from pathlib import Path


def crc32(path: Path) -> int:
    """CRC-32 of a file (about 1 ms per MB)."""
    value = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            value = zlib.crc32(block, value)
    return value


def stamp(path: Path) -> list:
    """[size, modification time in ns, inode]: changes when the file is written or replaced."""
    stat = Path(path).stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]
