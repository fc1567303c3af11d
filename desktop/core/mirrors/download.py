"""Resumable downloads of one bundle listed in a signed index, made for bad connections.

The partial file is named after the SHA-256 the index gives (`<sha256>.part`), so a download
cut by a dropped connection, a Cancel or a restart of the app resumes with an HTTP Range request
where it stopped, and can never be resumed with bytes of another file. Never more than the
index's size is read (endless data), and the SHA-256 is checked before the file gets its name;
a file that fails it is deleted.
"""

from __future__ import annotations

import http.client
import os
import re
import threading
import time
from pathlib import Path

from ..errors import CatalogueError
from ..files import sha256_of_file
from .client import MirrorClient, MirrorUnreachable
from .index import IndexEntry, MirrorRefused

CHUNK_BYTES = 16 * 1024
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")


class DownloadCancelled(CatalogueError):
    """The user cancelled; what was downloaded is kept for the next attempt."""


def kilobytes(size: int) -> str:
    """`38 KB`, `1.2 MB`: sizes as the app shows them."""
    if size <= 0:
        return "0 KB"
    return f"{max(1, round(size / 1000)):,} KB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


def part_path(folder: Path, entry: IndexEntry) -> Path:
    return Path(folder) / f"{entry.sha256}.part"


def _size_refusal(entry: IndexEntry, found: int) -> MirrorRefused:
    return MirrorRefused(f"The mirror's copy of {entry.file} has {found:,} bytes, not the {entry.size:,} its signed "
                         "index gives; it was refused (the mirror is out of date or damaged).")


def _start_of(response, entry: IndexEntry, have: int) -> int:
    """Where the response's bytes start in the file (0 or `have`); checks the sizes it claims."""
    if response.status == 206:
        match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
        if not match or int(match.group(1)) != have:
            raise MirrorRefused(f"The mirror answered a request to resume {entry.file} with other bytes than asked; "
                                "it was refused.")
        if int(match.group(3)) != entry.size:
            raise _size_refusal(entry, int(match.group(3)))
        return have
    length = response.headers.get("Content-Length")
    if length is not None and length.isdigit() and int(length) != entry.size:
        raise _size_refusal(entry, int(length))
    return 0  # a server that ignores Range sends the whole file again


def _receive(response, entry: IndexEntry, part: Path, start: int, progress, cancelled) -> int:
    """Append the response's bytes to `part` from `start`; return the size reached."""
    have = start
    with open(part, "r+b" if part.exists() else "wb") as out:
        out.seek(start)
        out.truncate()
        while have < entry.size:
            if cancelled is not None and cancelled.is_set():
                raise DownloadCancelled(f"The download was cancelled; the {kilobytes(have)} already downloaded are "
                                        "kept, and the next download resumes from there.")
            data = response.read1(min(CHUNK_BYTES, entry.size - have))  # what has come, not a full chunk
            if not data:
                break
            out.write(data)
            have += len(data)
            if progress is not None:
                progress(have, entry.size)
        out.flush()
        os.fsync(out.fileno())
    if have == entry.size and response.read(1):
        part.unlink(missing_ok=True)
        raise MirrorRefused(f"The mirror sent more than the {entry.size:,} bytes its signed index gives for "
                            f"{entry.file}; the download was stopped and nothing was kept.")
    return have


def download(client: MirrorClient, entry: IndexEntry, folder: Path, progress=None,
             cancelled: threading.Event | None = None, retries: int = 4, pause: float = 1.0) -> Path:
    """Download `entry` into `folder`, resuming a partial file; return the checked file's path.

    `progress(done, total)` is called from this thread after each chunk; setting `cancelled`
    stops it (DownloadCancelled). A dropped connection is resumed at once while it makes
    progress, and given up after `retries` attempts in a row that bring nothing (with pauses of
    `pause`, 2 × `pause`, ... seconds): MirrorUnreachable, the partial file kept. Raises
    MirrorRefused when the mirror serves the wrong size, more bytes than announced, or a file
    whose SHA-256 differs from the index's (that file is deleted)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    final, part = folder / entry.file, part_path(folder, entry)
    if final.is_file() and final.stat().st_size == entry.size and sha256_of_file(final) == entry.sha256:
        return final  # downloaded before and not imported yet
    failures = 0
    while True:
        have = part.stat().st_size if part.exists() else 0
        if have > entry.size:
            part.unlink()
            have = 0
        if have == entry.size:
            break
        reached = have
        try:
            with client.open(entry.file, start=have) as response:
                start = _start_of(response, entry, have)
                reached = _receive(response, entry, part, start, progress, cancelled)
            if reached == entry.size:
                break
            failure = MirrorUnreachable(f"The connection to the mirror at {client.address.host} dropped; "
                                        f"{kilobytes(reached)} of {kilobytes(entry.size)} are kept.")
        except MirrorUnreachable as error:
            failure = error
        except (OSError, http.client.HTTPException) as error:  # a drop in the middle of the body
            reached = part.stat().st_size if part.exists() else 0
            what = "stopped answering" if isinstance(error, TimeoutError) else "dropped"
            failure = MirrorUnreachable(f"The connection to the mirror at {client.address.host} {what}; "
                                        f"{kilobytes(reached)} of {kilobytes(entry.size)} are kept.")
        failures = 0 if reached > have else failures + 1
        if failures > retries:
            raise MirrorUnreachable(f"{failure} The download stopped after {failures} attempts without progress; "
                                    "the next download resumes from there.")
        if failures and cancelled is not None and cancelled.wait(pause * 2 ** (failures - 1)):
            raise DownloadCancelled("The download was cancelled; what was downloaded is kept, and the next "
                                    "download resumes from there.")
        if failures and cancelled is None:
            time.sleep(pause * 2 ** (failures - 1))
    if sha256_of_file(part) != entry.sha256:
        part.unlink()
        raise MirrorRefused(f"The downloaded {entry.file} does not match the SHA-256 in the mirror's signed index: it "
                            "was damaged or altered on the way; it was deleted and nothing was imported.")
    os.replace(part, final)
    return final
