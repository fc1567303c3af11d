"""Publishing to a mirror folder: the new full bundle, deltas from recent versions, a signed index.

The folder is all a static host needs: `catalogue-vNNNNNN.pcbundle` (full bundles; the recent
ones stay as the bases of the next deltas), `catalogue-vAAAAAA-to-vBBBBBB.pcbundle` (deltas to
the latest version) and `index.json`, written last so that a host copying the folder in order
never lists a file it does not have yet. Each delta is signed and checked like any bundle
before the index names it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..bundle_contents import verify_contents
from ..bundles import (
    IDENTITY_FILES,
    Bundle,
    BundleRefused,
    practice_id,
    read_bundle,
    signature_file,
    write_bundle,
    zip_date,
)
from ..files import sha256_of_file
from ..keys import key_id_of, load_private_key, trusted_keys
from ..paths import Layout
from ..publish import PublishRefused, PublishReport, publish
from ..sources import load_sources
from .index import INDEX_NAME, IndexEntry, MirrorIndex, MirrorRefused, read_index, signed_index_bytes, utc_now

_FULL = re.compile(r"^catalogue-v(\d{6})\.pcbundle$")
_DELTA = re.compile(r"^catalogue-v(\d{6})-to-v(\d{6})\.pcbundle$")
DEFAULT_EXPIRY_DAYS = 30
DEFAULT_DELTAS = 3


@dataclass(frozen=True)
class MirrorPublishReport:
    """What `publish_to_mirror` wrote: the publish itself and the index's entries."""

    publish: PublishReport | None  # None when only the index was signed again
    index: MirrorIndex
    folder: Path
    skipped: tuple = ()  # sentences: older versions no delta could be made from


def full_name(version: int) -> str:
    return f"catalogue-v{version:06d}.pcbundle"


def delta_name(base: int, version: int) -> str:
    return f"catalogue-v{base:06d}-to-v{version:06d}.pcbundle"


def _entry(path: Path, version: int, base: int | None = None) -> IndexEntry:
    return IndexEntry(file=path.name, version=version, size=path.stat().st_size, sha256=sha256_of_file(path),
                      base_version=base)


def _full_bundles(folder: Path) -> list:
    """(version, path) of the full bundles in a mirror folder, newest first."""
    found = [(int(m.group(1)), p) for p in folder.iterdir() if p.is_file() and (m := _FULL.match(p.name))]
    return sorted(found, reverse=True)


def _practice_groups(tree: dict) -> dict:
    grouped = {}
    for path, digest in sorted(tree.items()):
        if path.startswith("practices/"):
            grouped.setdefault(practice_id(path), []).append((path, digest))
    return grouped


def write_delta(old: Bundle, new: Bundle, private_key, key_id: str, out: Path) -> bool:
    """Write the delta that turns `old`'s catalogue into `new`'s (a checked full bundle) to `out`.

    False when no delta can do it (something besides practices changed: a full bundle is
    needed). The same rule and layout as `publish --delta-from`. Raises BundleRefused when the
    written delta fails the checks an office makes."""
    before, after = old.manifest, new.manifest
    other = [p for p in set(before.tree) | set(after.tree) if not p.startswith("practices/")
             and p != "catalogue.yaml" and before.tree.get(p) != after.tree.get(p)]
    if other or before.catalogue_id != after.catalogue_id or before.catalogue_version >= after.catalogue_version:
        return False
    old_groups, new_groups = _practice_groups(before.tree), _practice_groups(after.tree)
    changed = {i for i, files in new_groups.items() if old_groups.get(i) != files}
    carried = {p for p in after.files if p.startswith("practices/") and practice_id(p) in changed}
    carried |= set(IDENTITY_FILES)
    manifest = dataclasses.replace(after, kind="delta", base_version=before.catalogue_version,
                                   files={p: after.tree[p] for p in carried},
                                   removed=tuple(sorted(set(old_groups) - set(new_groups))))
    manifest_bytes = manifest.to_bytes()
    signature = signature_file(manifest_bytes, private_key, key_id)
    write_bundle(out, manifest_bytes, signature, {p: new.members[p] for p in carried}, zip_date(manifest.date))
    try:
        verify_contents(read_bundle(out, {key_id: new.signer}))
    except BundleRefused:
        out.unlink(missing_ok=True)
        raise
    return True


def _write_index(folder: Path, index: MirrorIndex, private_key, key_id: str) -> None:
    temporary = folder / (INDEX_NAME + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(signed_index_bytes(index, private_key, key_id))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, folder / INDEX_NAME)


def publish_to_mirror(layout: Layout, private_key_path: Path, folder: Path, expiry_days: int = DEFAULT_EXPIRY_DAYS,
                      deltas: int = DEFAULT_DELTAS) -> MirrorPublishReport:
    """Publish resources/ as a new version into the mirror `folder`, with deltas from up to
    `deltas` earlier full bundles found there, and sign the index (valid `expiry_days`).

    Raises what `publish` raises, and PublishRefused when the folder holds a newer version than
    resources/catalogue.yaml would give (publish from the up-to-date sources)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not 1 <= expiry_days <= 366:
        raise PublishRefused("An index must expire within 1 to 366 days (--expires-in).")
    earlier = _full_bundles(folder)
    sources_version = load_sources(layout.resources).catalogue_version
    if earlier and earlier[0][0] > sources_version:
        raise PublishRefused(f"The mirror folder already holds version {earlier[0][0]}, but resources/catalogue.yaml "
                             f"says version {sources_version}; publish from the sources of the latest version.")
    staged = folder / ".publishing.pcbundle"
    report = publish(layout, private_key_path, staged)
    full_path = folder / full_name(report.version)
    os.replace(staged, full_path)
    private = load_private_key(private_key_path)
    key_id = key_id_of(private.public_key())
    trusted = trusted_keys(layout)
    new = read_bundle(full_path, trusted)
    entries, skipped = [], []
    for version, path in earlier[:max(0, deltas)]:
        try:
            old = read_bundle(path, trusted, with_members=False)
        except BundleRefused as refused:
            skipped.append(f"{path.name}: {refused}")
            continue
        out = folder / delta_name(version, report.version)
        if write_delta(old, new, private, key_id, out):
            entries.append(_entry(out, report.version, version))
        else:
            skipped.append(f"{path.name}: more than practices changed since version {version}, so offices on it "
                           "download the full bundle.")
    now = utc_now()
    index = MirrorIndex(catalogue_id=new.manifest.catalogue_id, catalogue_title=new.manifest.catalogue_title,
                        version=report.version, generated=now, expires=now + dt.timedelta(days=expiry_days),
                        full=_entry(full_path, report.version), deltas=tuple(entries), signer=report.signer.label,
                        signer_key_id=key_id)
    _write_index(folder, index, private, key_id)
    for path in folder.iterdir():  # deltas to older versions: no index lists them any more
        match = _DELTA.match(path.name)
        if match and int(match.group(2)) != report.version:
            path.unlink(missing_ok=True)
    return MirrorPublishReport(publish=report, index=index, folder=folder, skipped=tuple(skipped))


def refresh_index(layout: Layout, private_key_path: Path, folder: Path,
                  expiry_days: int = DEFAULT_EXPIRY_DAYS) -> MirrorPublishReport:
    """Sign the mirror's index again with a new expiry, offering the same bundles.

    Offices refuse an expired index (a freeze), so editors run this when no new version is due
    before the index expires. Raises MirrorRefused when the folder has no index a trusted key
    signed, PublishRefused for a bad expiry."""
    folder = Path(folder)
    if not 1 <= expiry_days <= 366:
        raise PublishRefused("An index must expire within 1 to 366 days (--expires-in).")
    try:
        data = (folder / INDEX_NAME).read_bytes()
    except OSError as error:
        raise MirrorRefused(f"There is no index to refresh in {folder} ({error.strerror or error}); publish "
                            "with --mirror first.") from error
    old = read_index(data, trusted_keys(layout), str(folder / INDEX_NAME), allow_expired=True)
    private = load_private_key(private_key_path)
    key_id = key_id_of(private.public_key())
    signer = trusted_keys(layout).get(key_id)
    if signer is None:
        raise PublishRefused(f"The key {Path(private_key_path).name} is not among the trusted keys in "
                             f"{layout.resources / 'keys'}; field offices would refuse the index.")
    now = max(utc_now(), old.generated + dt.timedelta(seconds=1))  # never older than the index it replaces
    index = dataclasses.replace(old, generated=now, expires=now + dt.timedelta(days=expiry_days),
                                signer=signer.label, signer_key_id=key_id)
    _write_index(folder, index, private, key_id)
    return MirrorPublishReport(publish=None, index=index, folder=folder)
