"""Helpers of the hostile-input tests (issue 12): YAML alias bombs, named pipes that would
block a reader forever, and a small real file system (tmpfs) for the full-disk and read-only
cases where the tests run as root."""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import time
import uuid
from pathlib import Path


def laughs(levels: int = 9, width: int = 9, key: str = "topics") -> str:
    """A front-matter line holding a "billion laughs" in the field `key`: `width` ** `levels`
    strings once expanded, a few hundred bytes as written. Every anchor is inside the one field,
    so the file has no unknown field and (before aliases were refused) passed validation."""
    levels_text = [f"&l0 [{', '.join(['lol'] * width)}]"]
    for level in range(1, levels):
        levels_text.append(f"&l{level} [{', '.join([f'*l{level - 1}'] * width)}]")
    return f"{key}: [{', '.join(levels_text)}]"


def with_front_matter(text: str, extra: str, replace: str | None = None) -> str:
    """`text` (a file with front matter) with `extra` lines put in place of the line starting
    with `replace`, or (when there is none) added at the end of its front matter."""
    head, _, rest = text.partition("\n---\n")
    lines = head.split("\n")
    if replace is not None and any(line.startswith(replace) for line in lines):
        lines = [extra if line.startswith(replace) else line for line in lines]
    else:
        lines.append(extra)
    return "\n".join(lines) + "\n---\n" + rest


@contextlib.contextmanager
def fifo(path: Path, unblock_after: float = 5.0):
    """A named pipe at `path`. Should a reader block on it (the bug), a helper opens it for
    writing after `unblock_after` seconds and closes it, so that the reader gets an end of file
    and the test fails on its time and message instead of hanging the suite."""
    os.mkfifo(path)
    stop = threading.Event()

    def unblock():
        if stop.wait(unblock_after):
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # succeeds only while a reader waits
            os.close(fd)
        except OSError:
            pass
    helper = threading.Thread(target=unblock, daemon=True)
    helper.start()
    try:
        yield path
    finally:
        stop.set()
        helper.join()


def timed(function, *args, **kwargs):
    """(result or raised exception, seconds)."""
    start = time.monotonic()
    try:
        result = function(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the caller inspects it
        result = exc
    return result, time.monotonic() - start


MOUNT_SKIP_REASON = ("needs root and the mount command (a small tmpfs is mounted for this test); "
                     "the monkeypatched variants of this test run everywhere")


def can_mount() -> bool:
    """True when this process may mount a tmpfs (root on Linux with mount available)."""
    if os.name != "posix" or os.geteuid() != 0:
        return False
    probe = Path(f"/tmp/practice-mount-probe-{uuid.uuid4().hex[:8]}")
    probe.mkdir()
    try:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                          capture_output=True).returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], capture_output=True)
        return True
    except OSError:
        return False
    finally:
        probe.rmdir()


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    """A tmpfs of `size` ("2m") mounted on `path` (made if missing) for the duration."""
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def remount_read_only(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
