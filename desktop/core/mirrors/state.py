"""What a field office remembers of mirrors: the newest index it has believed, and when it last
checked. Kept in home/mirrors/state.json.

The memory is what refuses a rollback: a mirror (or an attacker in front of it) replaying an
index from an older publish still carries a valid signature, so only "older than one seen
before" gives it away. The installed catalogue's version is a floor as well, so a lost or
damaged state file weakens nothing below what is installed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..paths import Layout
from .index import MirrorIndex, MirrorRefused, iso

STATE_FILE = "state.json"


def mirrors_dir(layout: Layout) -> Path:
    """home/mirrors: the state file and the downloads folder."""
    return layout.home / "mirrors"


def downloads_dir(layout: Layout) -> Path:
    """Where bundles are downloaded, partial files included (resumed after a restart)."""
    return mirrors_dir(layout) / "downloads"


@dataclass(frozen=True)
class Seen:
    """The newest index believed for one catalogue."""

    version: int
    generated: dt.datetime


def _read(layout: Layout) -> dict:
    try:
        raw = json.loads((mirrors_dir(layout) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _write(layout: Layout, raw: dict) -> None:
    folder = mirrors_dir(layout)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f"{STATE_FILE}.{uuid.uuid4().hex[:8]}.tmp"  # two checks at once never share one
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(raw, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, folder / STATE_FILE)


def seen(layout: Layout, catalogue_id: str) -> Seen | None:
    """The newest index believed for `catalogue_id`, or None."""
    entry = _read(layout).get("seen", {})
    entry = entry.get(catalogue_id) if isinstance(entry, dict) else None
    try:
        return Seen(version=int(entry["version"]), generated=dt.datetime.fromisoformat(entry["generated"]))
    except (TypeError, KeyError, ValueError):
        return None


def check_not_older(layout: Layout, index: MirrorIndex, installed_version: int, where: str) -> None:
    """Refuse an index older than one seen before, or than the installed catalogue (rollback).

    The same index seen again (the same publish) is fine. Raises MirrorRefused."""
    before = seen(layout, index.catalogue_id)
    if before is not None and (index.version, index.generated) < (before.version, before.generated):
        raise MirrorRefused(f"The index at {where} is older than one this office has already seen (version "
                            f"{index.version} of {iso(index.generated)[:10]}, after version {before.version} of "
                            f"{iso(before.generated)[:10]}): the mirror is stale or replays an old publish; it "
                            "was refused.")
    if index.version < installed_version:
        raise MirrorRefused(f"The index at {where} offers version {index.version}, older than the installed "
                            f"version {installed_version}: the mirror is stale or replays an old publish; it was "
                            "refused.")


def remember(layout: Layout, index: MirrorIndex) -> None:
    """Record a verified index as the newest seen for its catalogue (never moves backwards)."""
    raw = _read(layout)
    table = raw.get("seen") if isinstance(raw.get("seen"), dict) else {}
    before = seen(layout, index.catalogue_id)
    if before is None or (index.version, index.generated) > (before.version, before.generated):
        table[index.catalogue_id] = {"version": index.version, "generated": iso(index.generated)}
    raw["seen"] = table
    _write(layout, raw)


def last_check(layout: Layout) -> dt.datetime | None:
    """When a mirror last answered a check, or None."""
    try:
        return dt.datetime.fromisoformat(_read(layout)["last_check"])
    except (KeyError, TypeError, ValueError):
        return None


def record_check(layout: Layout, moment: dt.datetime) -> None:
    raw = _read(layout)
    raw["last_check"] = iso(moment)
    _write(layout, raw)


def check_due(layout: Layout, now: dt.datetime, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
    """True when no mirror answered a check within `every` (or the clock went backwards)."""
    last = last_check(layout)
    return last is None or not last <= now < last + every
