"""The signed index of a mirror folder: what it offers, until when, signed by whom.

index.json is one JSON object, `{"index": {...}, "signature": {...}}`, in one file so that a
static host or a cache can never serve an index with another time's signature. The signature is
the one manifests carry (bundles.signature_file: Ed25519 by an editor key, with the key's id),
made over the index object written canonically (sorted keys, no spaces, ASCII), so the file can
be read and indented freely. The index pins every bundle it lists by size and SHA-256, which is
what keeps a mirror from mixing files of different publishes and from sending endless data.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import dataclass

from ..bundles import _HEX64, _SLUG, DEFAULT_LIMITS, signature_file
from ..errors import CatalogueError

INDEX_NAME = "index.json"
INDEX_FORMAT = 1
MAX_INDEX_BYTES = 1 << 20  # an index lists a few files; anything larger is refused unread
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
MAX_BUNDLE_BYTES = DEFAULT_LIMITS.max_file_bytes  # the most any index may announce


class MirrorRefused(CatalogueError):
    """A mirror's index or download was refused; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class IndexEntry:
    """One bundle a mirror offers: its file name in the mirror folder, size and SHA-256."""

    file: str
    version: int
    size: int
    sha256: str
    base_version: int | None = None  # deltas only

    @property
    def kind(self) -> str:
        return "full" if self.base_version is None else "delta"

    def to_json(self) -> dict:
        data = {"file": self.file, "version": self.version, "size": self.size, "sha256": self.sha256}
        if self.base_version is not None:
            data["base_version"] = self.base_version
        return data


@dataclass(frozen=True)
class MirrorIndex:
    """A verified index: the latest version of one catalogue and the bundles that lead to it."""

    catalogue_id: str
    catalogue_title: str
    version: int
    generated: dt.datetime
    expires: dt.datetime
    full: IndexEntry
    deltas: tuple = ()
    signer: str = ""  # name and short fingerprint of the key that signed it
    signer_key_id: str = ""

    def path_from(self, installed_version: int) -> IndexEntry:
        """The smallest download to the latest version: a delta from `installed_version` when
        the index offers one that is smaller than the full bundle, else the full bundle."""
        deltas = [d for d in self.deltas if d.base_version == installed_version and d.size < self.full.size]
        return min(deltas, key=lambda d: d.size) if deltas else self.full

    def to_json(self) -> dict:
        return {"format": INDEX_FORMAT, "catalogue_id": self.catalogue_id, "catalogue_title": self.catalogue_title,
                "version": self.version, "generated": iso(self.generated), "expires": iso(self.expires),
                "full": self.full.to_json(), "deltas": [d.to_json() for d in self.deltas]}


def iso(moment: dt.datetime) -> str:
    """UTC to the second, as indexes write times."""
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def canonical(content: dict) -> bytes:
    """The exact bytes an index signature covers."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def signed_index_bytes(index: MirrorIndex, private_key, key_id: str) -> bytes:
    """index.json for `index`, signed with the editor's private key (the manifest signature scheme)."""
    content = index.to_json()
    signature = json.loads(signature_file(canonical(content), private_key, key_id))
    return (json.dumps({"index": content, "signature": signature}, indent=1, sort_keys=True) + "\n").encode("utf-8")


# -- reading ------------------------------------------------------------------------------------

def _malformed(where: str, detail: str) -> MirrorRefused:
    return MirrorRefused(f"The index at {where} is malformed ({detail}); it was refused.")


def _whole(raw: dict, key: str, where: str, low: int = 1, high: int = 2 ** 53) -> int:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _malformed(where, f"'{key}' must be a whole number from {low:,} to {high:,}")
    return value


def _time(raw: dict, key: str, where: str) -> dt.datetime:
    value = raw.get(key)
    try:
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) and len(value) <= 40 else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _malformed(where, f"'{key}' must be a date and time with its time zone")
    return moment


def _entry(raw, where: str, delta: bool) -> IndexEntry:
    if not isinstance(raw, dict):
        raise _malformed(where, "a listed bundle must be an object")
    name = raw.get("file")
    if not isinstance(name, str) or not _FILE_NAME.match(name) or ".." in name:
        raise _malformed(where, "a bundle's 'file' must be a plain file name in the mirror folder")
    digest = raw.get("sha256")
    if not isinstance(digest, str) or not _HEX64.match(digest):
        raise _malformed(where, f"the SHA-256 of {name} is not a hex digest")
    return IndexEntry(file=name, version=_whole(raw, "version", where), size=_whole(raw, "size", where, 1,
                      MAX_BUNDLE_BYTES), sha256=digest,
                      base_version=_whole(raw, "base_version", where) if delta else None)


def _signer(signature, content: dict, trusted: dict, where: str):
    try:
        key_id, algorithm = signature["key_id"], signature.get("algorithm")
        raw_signature = base64.b64decode(signature["signature"], validate=True)
        if algorithm != "ed25519" or not isinstance(key_id, str) or not _HEX64.match(key_id):
            raise ValueError("unknown algorithm or key id")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise MirrorRefused(f"The index at {where} has a damaged signature; it was refused.") from exc
    key = trusted.get(key_id)
    if key is None:
        from ..keys import format_fingerprint  # cryptography loads only when an index is read
        short = format_fingerprint(key_id[:16])
        raise MirrorRefused(f"The index at {where} is signed by a key this office does not trust (fingerprint "
                            f"{short} ...); it was refused.")
    if len(raw_signature) != 64 or not key.verify(raw_signature, canonical(content)):
        raise MirrorRefused(f"The index at {where} does not match its signature: it was altered or damaged on "
                            "the way; it was refused.")
    return key


def read_index(data: bytes, trusted: dict, where: str, now: dt.datetime | None = None,
               allow_expired: bool = False) -> MirrorIndex:
    """Check a downloaded index.json: size, signature by a trusted key, shape, expiry.

    `trusted` is {key id: keys.PublicKey}; `where` names the mirror in sentences. Raises
    MirrorRefused with one sentence. Whether the index is older than one seen before is
    state.py's business (it needs the office's memory)."""
    if len(data) > MAX_INDEX_BYTES:
        raise MirrorRefused(f"The index at {where} is larger than any index can be; it was refused.")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MirrorRefused(f"What {where} served is not a catalogue index (not JSON text); it was refused.") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("index"), dict):
        raise MirrorRefused(f"What {where} served is not a catalogue index; it was refused.")
    content = raw["index"]
    key = _signer(raw.get("signature"), content, trusted, where)
    if content.get("format") != INDEX_FORMAT:
        raise MirrorRefused(f"The index at {where} uses a format this version of the app cannot read; install a "
                            "newer app first.")
    catalogue_id, title = content.get("catalogue_id"), content.get("catalogue_title", "")
    if not isinstance(catalogue_id, str) or not _SLUG.match(catalogue_id) or len(catalogue_id) > 100:
        raise _malformed(where, "'catalogue_id' must be a lower-case slug")
    if not isinstance(title, str) or len(title) > 500:
        raise _malformed(where, "'catalogue_title' must be short text")
    version = _whole(content, "version", where)
    generated, expires = _time(content, "generated", where), _time(content, "expires", where)
    if expires <= generated:
        raise _malformed(where, "it expires before it was made")
    full = _entry(content.get("full"), where, delta=False)
    deltas = content.get("deltas", [])
    if not isinstance(deltas, list) or len(deltas) > 100:
        raise _malformed(where, "'deltas' must be a short list")
    deltas = tuple(_entry(d, where, delta=True) for d in deltas)
    if full.version != version or any(d.version != version or d.base_version >= version for d in deltas):
        raise _malformed(where, "its bundles do not all lead to its version")
    now = now or utc_now()
    if now >= expires and not allow_expired:
        raise MirrorRefused(f"The index at {where} expired on {iso(expires)[:16].replace('T', ' ')} UTC: the mirror is "
                            "stale, or someone is holding back newer updates; it was refused (the editors must "
                            "publish again, or this computer's clock is wrong).")
    return MirrorIndex(catalogue_id=catalogue_id, catalogue_title=title, version=version, generated=generated,
                       expires=expires, full=full, deltas=deltas, signer=key.label, signer_key_id=key.key_id)
