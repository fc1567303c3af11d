"""The inbox: folders the app looks into at start for catalogue updates to offer.

home/inbox is always one of them; the settings may add a USB stick or a synced folder. A file
is offered when it is a bundle signed by a trusted key, for this catalogue, newer than the
installed version and, for a delta, made on exactly the installed version. Scanning reads only
each bundle's signature and manifest (cheap enough for every start); the full check of every
member and practice happens when the user accepts the offer (`updates.prepare_import`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .bundles import BUNDLE_SUFFIXES, DEFAULT_LIMITS, BundleRefused, Limits, read_bundle
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


def scan_inbox(layout: Layout, extra_folders=(), limits: Limits = DEFAULT_LIMITS) -> InboxScan:
    """Look for importable bundles in home/inbox and in `extra_folders` (missing folders are
    skipped: a USB stick may not be plugged in). Never raises for a bad file; never writes."""
    state = installed(layout)
    trusted = trusted_keys(layout)
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
                manifest = (bundle := read_bundle(path, trusted, limits, with_members=False)).manifest
            except BundleRefused as refused:
                passed_over.append((path, str(refused)))
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
    # Newest first; for the same version a full bundle before a delta (it needs nothing else).
    offers.sort(key=lambda o: (-o.catalogue_version, o.kind != "full", str(o.path)))
    return InboxScan(installed_version=state.version, offers=tuple(offers), passed_over=tuple(passed_over))
