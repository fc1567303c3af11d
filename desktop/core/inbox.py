"""The inbox: folders the app looks into at start for catalogue updates to offer.

home/inbox is always one of them; the settings may add a USB stick or a synced folder. A file
is offered when it is a bundle signed by a trusted key, for this catalogue, newer than the
installed version and, for a delta, made on exactly the installed version. Scanning reads only
each bundle's signature and manifest (cheap enough for every start); the full check of every
member and practice happens when the user accepts the offer (`updates.prepare_import`).

A file refused once (damaged, forged, a zip bomb) is remembered in home/cache/inbox-refused.json
by its SHA-256, with its size and time so that an unchanged file is known by a `stat` alone: it
is listed as passed over with the same reason at every later start, never read again. The
memory is dropped when the trusted keys change (a key trusted since may accept the file) and is
only a cache: deleting it costs one more look at each file, and a read-only home simply keeps
none.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .bundles import BUNDLE_SUFFIXES, DEFAULT_LIMITS, FORMAT_VERSION, BundleRefused, Limits, read_bundle
from .files import read_regular, sha256_of_file
from .installed import installed
from .keys import trusted_keys
from .paths import Layout


@dataclass(frozen=True)
class Offer:
    """A bundle found in an inbox folder that can be imported now."""

    path: Path
    catalogue_version: int
    kind: str  # "full" or "delta"
    base_version: int | None
    date: str
    signer: str  # name and short fingerprint


@dataclass(frozen=True)
class InboxScan:
    """What a scan found: the offers (newest first) and the files passed over, with why."""

    installed_version: int
    offers: tuple
    passed_over: tuple  # of (path, one-sentence reason)

    @property
    def newest(self) -> Offer | None:
        """The offer to make at start, or None."""
        return self.offers[0] if self.offers else None


def ensure_inbox(layout: Layout) -> Path:
    """Create home/inbox (so that users can find it) and return it."""
    layout.inbox.mkdir(parents=True, exist_ok=True)
    return layout.inbox


REFUSED_MEMORY = "inbox-refused.json"
_MEMORY_FORMAT = 1
_MAX_REMEMBERED = 500
_MAX_HASHED_BYTES = 256 << 20  # larger files are remembered by size and time only


def refused_memory_path(layout: Layout) -> Path:
    """Where the inbox remembers the files it refused."""
    return layout.home / "cache" / REFUSED_MEMORY


class _RefusedFiles:
    """The memory of refused inbox files (see the module docstring)."""

    def __init__(self, layout: Layout, trusted: dict, limits: Limits):
        self.path = refused_memory_path(layout)
        self.context = hashlib.sha256(json.dumps([FORMAT_VERSION, sorted(trusted), repr(limits)]).encode()).hexdigest()
        self.entries, self.changed = [], False
        try:
            raw = json.loads(read_regular(self.path, 1 << 20))
            if raw.get("format") == _MEMORY_FORMAT and raw.get("context") == self.context:
                self.entries = [e for e in raw["files"] if isinstance(e, dict) and isinstance(e.get("reason"), str)]
        except (OSError, ValueError, TypeError, AttributeError, KeyError):
            pass  # none yet, or unreadable: start afresh

    def recall(self, path: Path, status: os.stat_result) -> str | None:
        """The reason `path` was refused before, or None when it was not (or has changed)."""
        name = str(path.resolve())
        for entry in self.entries:
            if (entry.get("path"), entry.get("size"), entry.get("mtime_ns")) == (name, status.st_size,
                                                                                   status.st_mtime_ns):
                return entry["reason"]
        if not any(entry.get("size") == status.st_size and entry.get("sha256") for entry in self.entries):
            return None
        digest = _sha256_of(path, status)  # the same bytes under another name or time: a copy
        for entry in self.entries:
            if digest and entry.get("sha256") == digest:
                self.remember(path, status, entry["reason"], digest)
                return entry["reason"]
        return None

    def remember(self, path: Path, status: os.stat_result, reason: str, digest: str | None = None) -> None:
        name = str(path.resolve())
        entry = {"path": name, "size": status.st_size, "mtime_ns": status.st_mtime_ns,
                 "sha256": digest or _sha256_of(path, status), "reason": reason}
        self.entries = [entry] + [e for e in self.entries if e.get("path") != name][:_MAX_REMEMBERED - 1]
        self.changed = True

    def save(self) -> None:
        """Write the memory if it changed; silently keep none where the home is read-only or full."""
        if not self.changed:
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps({"format": _MEMORY_FORMAT, "context": self.context,
                                             "files": self.entries}, indent=0), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass


def _sha256_of(path: Path, status: os.stat_result) -> str | None:
    if status.st_size > _MAX_HASHED_BYTES:
        return None
    try:
        return sha256_of_file(path)
    except OSError:
        return None


def scan_inbox(layout: Layout, extra_folders=(), limits: Limits = DEFAULT_LIMITS) -> InboxScan:
    """Look for importable bundles in home/inbox and in `extra_folders` (missing folders are
    skipped: a USB stick may not be plugged in). Never raises for a bad file; writes nothing but
    the memory of refused files (home/cache/inbox-refused.json)."""
    state = installed(layout)
    trusted = trusted_keys(layout)
    memory = _RefusedFiles(layout, trusted, limits)
    offers, passed_over, seen = [], [], set()
    for folder in [layout.inbox, *map(Path, extra_folders)]:
        try:
            candidates = sorted(p for p in folder.iterdir() if p.suffix.lower() in BUNDLE_SUFFIXES and p.is_file())
        except OSError:
            continue
        for path in candidates:
            if path.resolve() in seen:
                continue
            seen.add(path.resolve())
            try:
                status = path.stat()
            except OSError:
                continue
            reason = memory.recall(path, status)
            if reason is not None:
                passed_over.append((path, reason))
                continue
            try:
                manifest = (bundle := read_bundle(path, trusted, limits, with_members=False)).manifest
            except BundleRefused as refused:
                passed_over.append((path, str(refused)))
                memory.remember(path, status, str(refused))
                continue
            if state.catalogue_id and manifest.catalogue_id != state.catalogue_id:
                passed_over.append((path, f"It is for another catalogue ({manifest.catalogue_id})."))
            elif manifest.catalogue_version <= state.version:
                passed_over.append((path, f"Its version {manifest.catalogue_version} is not newer than the "
                                          f"installed version {state.version}."))
            elif manifest.is_delta and manifest.base_version != state.version:
                passed_over.append((path, f"It is a delta on version {manifest.base_version}, not on the "
                                          f"installed version {state.version}."))
            else:
                offers.append(Offer(path=path, catalogue_version=manifest.catalogue_version, kind=manifest.kind,
                                    base_version=manifest.base_version, date=manifest.date,
                                    signer=bundle.signer.label))
    memory.save()
    # Newest first; for the same version a full bundle before a delta (it needs nothing else).
    offers.sort(key=lambda o: (-o.catalogue_version, o.kind != "full", str(o.path)))
    return InboxScan(installed_version=state.version, offers=tuple(offers), passed_over=tuple(passed_over))
