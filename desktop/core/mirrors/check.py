"""Checking mirrors for a newer catalogue, and downloading the smallest path to it.

`check_mirrors` downloads only each mirror's small index and believes it only when it is signed
by a trusted key, unexpired, for this catalogue and not older than one seen before; the first
mirror that answers so decides. `download_offer` then fetches the chosen bundle (resumably,
checked against the index's size and SHA-256). The caller imports the file exactly as one from
a USB stick: `updates.prepare_import`, its preview, then `apply`.
"""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import CatalogueError
from ..installed import installed
from ..keys import trusted_keys
from ..paths import Layout
from . import state
from .client import DEFAULT_TIMEOUT, MirrorAddress, MirrorClient, MirrorUnreachable
from .download import download, kilobytes, part_path
from .index import INDEX_NAME, MAX_INDEX_BYTES, IndexEntry, MirrorIndex, MirrorRefused, read_index


class NoMirror(CatalogueError):
    """No mirror address is configured."""


@dataclass(frozen=True)
class MirrorOffer:
    """A newer catalogue a mirror offers, and the download chosen to reach it."""

    address: MirrorAddress
    index: MirrorIndex
    entry: IndexEntry  # the delta from the installed version, or the full bundle
    installed_version: int

    @property
    def version(self) -> int:
        return self.index.version

    @property
    def size(self) -> int:
        return self.entry.size

    @property
    def sentence(self) -> str:
        """`Catalogue version 4 is available (38 KB).`"""
        return f"Catalogue version {self.version} is available ({kilobytes(self.size)})."


@dataclass(frozen=True)
class MirrorCheck:
    """What a check found: an offer, or the reason there is none."""

    installed_version: int
    offer: MirrorOffer | None
    up_to_date: bool  # a mirror answered with the installed version
    passed_over: tuple = ()  # sentences: mirrors refused or unreachable while another answered

    @property
    def sentence(self) -> str:
        if self.offer is not None:
            return self.offer.sentence
        return f"The catalogue is up to date (version {self.installed_version})."


def _client(address: MirrorAddress, ssl_context, timeout) -> MirrorClient:
    return MirrorClient(address, ssl_context, timeout or DEFAULT_TIMEOUT)


def _check_one(layout: Layout, address: MirrorAddress, trusted: dict, state_now, now, ssl_context, timeout):
    where = address.url
    index = read_index(_client(address, ssl_context, timeout).read_small(INDEX_NAME, MAX_INDEX_BYTES), trusted,
                       where, now)
    if state_now.catalogue_id and index.catalogue_id != state_now.catalogue_id:
        raise MirrorRefused(f"The mirror at {where} is for the catalogue '{index.catalogue_id}', not "
                            f"'{state_now.catalogue_id}'; it was refused.")
    state.check_not_older(layout, index, state_now.version, where)
    state.remember(layout, index)
    return index


def check_mirrors(layout: Layout, addresses, now: dt.datetime | None = None,
                  ssl_context: ssl.SSLContext | None = None, timeout: float | None = None) -> MirrorCheck:
    """Ask each mirror in turn for its index; return the first good answer.

    Raises NoMirror, or the first mirror's MirrorRefused / MirrorUnreachable when none gave a
    usable index. Writes only in home/mirrors: state.json (the index seen, the time of a good
    check), and, when the catalogue is up to date, removes downloads no longer needed."""
    addresses = list(addresses)
    if not addresses:
        raise NoMirror("No mirror is set: add its web address in Settings (or give --mirror URL).")
    now = now or dt.datetime.now(dt.timezone.utc)
    current, trusted = installed(layout), trusted_keys(layout)
    problems = []
    for address in addresses:
        try:
            index = _check_one(layout, address, trusted, current, now, ssl_context, timeout)
        except (MirrorUnreachable, MirrorRefused) as error:
            problems.append(error)
            continue
        state.record_check(layout, now)  # only a good answer: a Wi-Fi sign-in page is no check
        passed = tuple(str(p) for p in problems)
        if index.version == current.version:
            _prune(state.downloads_dir(layout), None)  # up to date: no download is needed any more
            return MirrorCheck(current.version, None, True, passed)
        offer = MirrorOffer(address, index, index.path_from(current.version), current.version)
        return MirrorCheck(current.version, offer, False, passed)
    raise problems[0]


def download_offer(layout: Layout, offer: MirrorOffer, progress=None, cancelled: threading.Event | None = None,
                   ssl_context: ssl.SSLContext | None = None, timeout: float | None = None,
                   retries: int = 4, pause: float = 1.0) -> Path:
    """Download the offer's bundle into home/mirrors/downloads (resuming); return its path.

    The file's size and SHA-256 match the signed index when this returns; it still has to pass
    `updates.prepare_import` like any bundle. Raises MirrorRefused, MirrorUnreachable or
    DownloadCancelled; older downloads that no offer needs any more are removed first."""
    folder = state.downloads_dir(layout)
    _prune(folder, offer.index)
    client = _client(offer.address, ssl_context, timeout)
    return download(client, offer.entry, folder, progress, cancelled, retries, pause)


def downloaded_so_far(layout: Layout, offer: MirrorOffer) -> int:
    """Bytes of the offer's bundle already downloaded by an earlier, interrupted attempt."""
    part = part_path(state.downloads_dir(layout), offer.entry)
    try:
        return min(part.stat().st_size, offer.size)
    except OSError:
        return 0


def _prune(folder: Path, index: MirrorIndex | None) -> None:
    """Remove downloads (whole or partial) of bundles the current index (if any) no longer lists."""
    keep = set()
    for entry in (index.full, *index.deltas) if index is not None else ():
        keep |= {entry.file, part_path(folder, entry).name}
    for path in folder.iterdir() if folder.is_dir() else ():
        if path.is_file() and path.name not in keep:
            path.unlink(missing_ok=True)
