"""A sorted table of keys on disk, searched without loading it: the sidecar's term dictionary.

At 10,000 practices in four languages the sidecar has over half a million "field<US>term"
keys; as Python strings they took ~45 MB of memory and most of the open time. Here they stay in
a file (UTF-8, sorted: UTF-8 byte order is code point order) with an array of offsets, both
memory-mapped; every 64th key is kept in memory as a sparse index, so a lookup is a bisect over
that index and a binary search in one block of 64 (about 10 microseconds).
"""

from __future__ import annotations

import mmap
import os
from bisect import bisect_right
from pathlib import Path

import numpy as np

from .arrays import load_array

BLOCK = 64


def write(folder: Path, keys: list, name: str = "") -> None:
    """Write sorted `keys` (str) as <name>keys.bin + <name>key_offsets.npy in `folder`."""
    encoded = [key.encode("utf-8") for key in keys]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(k) for k in encoded], out=offsets[1:])
    write_raw(folder, b"".join(encoded), offsets, name)


def write_raw(folder: Path, blob: bytes, offsets: np.ndarray, name: str = "") -> None:
    """Write an encoded table. Each file is replaced, never written in place: an update works
    on a hard-linked copy of the installed index, whose files must not change."""
    replace_file(Path(folder) / f"{name}keys.bin", lambda handle: handle.write(blob))
    replace_file(Path(folder) / f"{name}key_offsets.npy", lambda handle: np.save(handle, offsets))


def replace_file(path: Path, write_to) -> None:
    """Write a new file at `path` with `write_to(handle)` and move it over the old one: never
    in place, so that a hard-linked copy of the file keeps its content."""
    temporary = Path(path).with_name(Path(path).name + ".writing")
    with open(temporary, "wb") as handle:
        write_to(handle)
    os.replace(temporary, path)


def inserted(table: "KeyTable", new_keys: list) -> tuple:
    """(blob, offsets, positions) of `table` with the sorted `new_keys` (none of them in it)
    inserted; positions[i] is where the i-th new key goes in the old order (np.insert's
    convention). Linear in bytes, not in Python objects: a delta adds a few hundred words to a
    table of hundreds of thousands."""
    encoded = [key.encode("utf-8") for key in new_keys]
    positions = np.asarray([table._first_at_least(key) for key in encoded], dtype=np.int64)
    blob_at = np.asarray(table.offsets, dtype=np.int64)
    pieces, previous = [], 0
    for position, key in zip(positions.tolist(), encoded, strict=True):
        pieces.append(table._blob[previous:int(blob_at[position])])
        pieces.append(key)
        previous = int(blob_at[position])
    pieces.append(table._blob[previous:])
    lengths = np.insert(np.diff(blob_at), positions, [len(k) for k in encoded])
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return b"".join(pieces), offsets, positions


class KeyTable:
    """The keys of one sidecar (or of the spelling vocabulary), open for lookups."""

    def __init__(self, folder: Path, name: str = ""):
        folder = Path(folder)
        self.offsets = load_array(folder / f"{name}key_offsets.npy", mmap_mode="r")
        with open(folder / f"{name}keys.bin", "rb") as handle:
            size = handle.seek(0, 2)
            self._blob = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        self.size = len(self.offsets) - 1
        if self.size < 0 or (self.size and int(self.offsets[-1]) != len(self._blob)):
            raise ValueError("the key offsets do not match the keys file")
        self._sparse = [self._key(i) for i in range(0, self.size, BLOCK)]

    def __len__(self) -> int:
        return self.size

    def _key(self, position: int) -> bytes:
        return self._blob[int(self.offsets[position]):int(self.offsets[position + 1])]

    def _first_at_least(self, key: bytes) -> int:
        """The position of the first key >= `key` (self.size when none)."""
        block = bisect_right(self._sparse, key) - 1
        if block < 0:
            return 0
        low, high = block * BLOCK, min(self.size, block * BLOCK + BLOCK)
        while low < high:
            middle = (low + high) // 2
            if self._key(middle) < key:
                low = middle + 1
            else:
                high = middle
        return low

    def all(self) -> list:
        """Every key, in order (an update merges new keys into them)."""
        blob = bytes(self._blob)
        offsets = self.offsets.tolist()
        return [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(self.size)]

    def find(self, key: str) -> int:
        """The position of `key`, or -1."""
        wanted = key.encode("utf-8")
        position = self._first_at_least(wanted)
        return position if position < self.size and self._key(position) == wanted else -1

    def prefix_range(self, prefix: str) -> tuple:
        """(first, end) positions of the keys starting with `prefix`: two binary searches,
        however many keys there are (a two-letter prefix can have tens of thousands)."""
        wanted = prefix.encode("utf-8")
        # No key contains 0xff (UTF-8 never does), so prefix + 0xff sorts after all of them.
        return self._first_at_least(wanted), self._first_at_least(wanted + b"\xff")

    def key(self, position: int) -> str:
        return self._key(position).decode("utf-8")

    def with_prefix(self, prefix: str, limit: int):
        """(position, key) of up to `limit` keys starting with `prefix`, in order."""
        wanted = prefix.encode("utf-8")
        position = self._first_at_least(wanted)
        found = 0
        while position < self.size and found < limit:
            key = self._key(position)
            if not key.startswith(wanted):
                break
            yield position, key.decode("utf-8")
            position += 1
            found += 1
