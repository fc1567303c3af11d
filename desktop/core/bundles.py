"""Catalogue bundles: the signed zip files that carry catalogue updates to field offices.

A bundle crosses USB sticks, mail servers and shared folders, so nothing in it is believed
until it has been checked, and the checks come in an order that keeps the app safe from the
file itself: size limits and member names first (zip bombs, `../` paths), then the signature
over the manifest's exact bytes (only a trusted editor key is accepted), then the manifest's
content, then the SHA-256 of every member. Whatever goes wrong becomes `BundleRefused` with
one sentence; reading a bundle never raises anything else and never writes anything.

Layout of a bundle (format 2; format 1 had no translation files and is still read):

    manifest.json    what the bundle is; see `Manifest`
    manifest.sig     {"format": 1, "algorithm": "ed25519", "key_id": HEX, "signature": BASE64}
    catalogue.yaml, taxonomy.yaml, sources.yaml, practices/ID.md, guidance/AREA.md,
    practices/ID.LANG.md, guidance/AREA.LANG.md (translations: es, fr, pt)

A full bundle carries every source file. A delta bundle carries catalogue.yaml, taxonomy.yaml
and sources.yaml (so that its practices can be checked on their own) and only the added and
changed practices, each with all its translations (a practice whose translation alone changed is
a changed practice); its manifest's `tree` lists every file of the resulting catalogue with its
hash, which is how an import knows the delta fits the installed version exactly.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import CatalogueError
from .files import NotRegularFile, open_regular
from .text import forbidden_character

FORMAT_VERSION = 2  # 2: practices and guidance pages carry translations (<id>.<language>.md)
READABLE_FORMATS = (1, 2)
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
BUNDLE_SUFFIXES = (".pcbundle", ".zip")
IDENTITY_FILES = ("catalogue.yaml", "taxonomy.yaml", "sources.yaml")
_SOURCE_PATH = re.compile(r"^(?:catalogue\.yaml|taxonomy\.yaml|sources\.yaml|"
                          r"(?:practices|guidance)/[a-z0-9]+(?:-[a-z0-9]+)*(?:\.(?:es|fr|pt))?\.md)$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_MAX_SIGNATURE_FILE = 4096
_MANIFEST_MAX_RATIO = 16  # unpacked / packed size of a manifest; real ones are about 2-3
_MANIFEST_FREE_BYTES = 1 << 20  # below this a manifest is not checked for its ratio


class BundleRefused(CatalogueError):
    """A bundle was not accepted; the message says why in one sentence. Nothing was changed."""


@dataclass(frozen=True)
class Limits:
    """Sizes past which a bundle is refused unread (zip bombs, absurd files).

    A 10,000-practice catalogue is about 30 MB of sources and a 3 MB manifest, far below these."""

    max_file_bytes: int = 1 << 30  # the bundle file itself
    max_members: int = 100_000
    max_member_bytes: int = 4 << 20  # one practice, taxonomy or guidance file, uncompressed
    max_manifest_bytes: int = 64 << 20
    max_total_bytes: int = 512 << 20  # all members together, uncompressed


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about itself (manifest.json), checked for shape by `parse_manifest`."""

    catalogue_id: str
    catalogue_version: int
    date: str  # ISO 8601, when it was published
    kind: str  # "full" or "delta"
    files: dict  # member path -> SHA-256 hex, every member but manifest.json and manifest.sig
    tree: dict  # path -> SHA-256 hex of every source file of the catalogue after the update
    practice_count: int
    base_version: int | None = None  # deltas: the only version they apply to
    removed: tuple = ()  # deltas: practice ids the update removes
    catalogue_title: str = ""
    format: int = FORMAT_VERSION

    @property
    def is_delta(self) -> bool:
        return self.kind == "delta"

    @cached_property  # asked several times per import; 40,000 paths at 10,000 practices
    def practice_ids(self) -> frozenset:
        """Ids of every practice in the catalogue after the update."""
        return frozenset(practice_id(path) for path in self.tree if _is_english_practice(path))

    def carried_practices(self) -> dict:
        """{id: member path} of the practices this bundle carries."""
        return {practice_id(path): path for path in self.files if _is_english_practice(path)}

    def carried_translations(self) -> dict:
        """{member path: (practice id, language)} of the practice translations this bundle carries."""
        return {path: _practice_and_language(path) for path in self.files
                if path.startswith("practices/") and not _is_english_practice(path)}

    def practice_digests(self, tree: dict | None = None) -> dict:
        """{practice id: (English digest, {language: digest})} of the practice files in `tree`
        (default: this manifest's tree), in one pass over it."""
        grouped = {}
        for path, digest in (self.tree if tree is None else tree).items():
            if path.startswith("practices/"):
                practice, language = _practice_and_language(path)
                english, translations = grouped.setdefault(practice, (None, {}))
                if language:
                    translations[language] = digest
                else:
                    grouped[practice] = (digest, translations)
        return grouped

    def to_bytes(self) -> bytes:
        """The manifest as written into a bundle (and signed: these exact bytes)."""
        data = {"format": self.format, "catalogue_id": self.catalogue_id, "catalogue_title": self.catalogue_title,
                "catalogue_version": self.catalogue_version, "date": self.date, "kind": self.kind,
                "base_version": self.base_version, "practice_count": self.practice_count,
                "removed": list(self.removed), "files": dict(sorted(self.files.items())),
                "tree": dict(sorted(self.tree.items()))}
        return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Bundle:
    """A bundle whose signature (and, when read with members, every hash) has been checked."""

    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    signer: object  # keys.PublicKey of the trusted key that signed it
    signature_bytes: bytes = b""  # manifest.sig as found, kept beside an installed catalogue
    members: dict = field(default_factory=dict)  # path -> bytes (empty when read without members)


def practice_id(path: str) -> str:
    """`practices/foo.md` (or its translation `practices/foo.es.md`) -> `foo`."""
    return _practice_and_language(path)[0]


def _practice_and_language(path: str) -> tuple:
    """`practices/foo.es.md` -> ('foo', 'es'); `practices/foo.md` -> ('foo', '')."""
    stem, _, language = path.rsplit("/", 1)[-1][:-3].partition(".")
    return stem, language


def _is_english_practice(path: str) -> bool:
    return path.startswith("practices/") and not _practice_and_language(path)[1]


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in lower-case hex, as manifests write it."""
    return hashlib.sha256(data).hexdigest()


def tree_digest(tree: dict) -> str:
    """One SHA-256 over a whole source tree {path: hash}: the content hash of an imported catalogue."""
    hasher = hashlib.sha256()
    for path in sorted(tree):
        hasher.update(f"{path}\0{tree[path]}\n".encode("utf-8"))
    return hasher.hexdigest()


def now_iso() -> str:
    """The current UTC time to the second: a manifest's `date`."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


# -- manifest -------------------------------------------------------------------------------

def _malformed(detail: str) -> BundleRefused:
    return BundleRefused(f"The bundle's manifest is malformed ({detail}); it was refused.")


def _int(data: dict, key: str, low: int = 0) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= 2 ** 53:
        raise _malformed(f"'{key}' must be a whole number of at least {low}")
    return value


def _hash_map(data: dict, key: str, limits: Limits) -> dict:
    value = data.get(key)
    if not isinstance(value, dict) or len(value) > limits.max_members:
        raise _malformed(f"'{key}' must map at most {limits.max_members} file paths to SHA-256 hashes")
    for path, digest in value.items():
        if not isinstance(path, str) or not _SOURCE_PATH.match(path):
            raise _malformed(f"'{key}' names a file that has no place in a catalogue: {str(path)[:80]!r}")
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise _malformed(f"the hash of {path} is not a SHA-256 hex digest")
    return dict(value)


def parse_manifest(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """Check the shape of manifest.json and return it. Raises BundleRefused (never anything else)."""
    if len(data) > limits.max_manifest_bytes:
        raise BundleRefused("The bundle's manifest is larger than any real catalogue needs; it was refused.")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _malformed("it is not JSON text") from exc
    if not isinstance(raw, dict):
        raise _malformed("it must be a JSON object")
    version = raw.get("format")
    if type(version) is not int:
        raise _malformed("'format' must be a whole number")
    if version not in READABLE_FORMATS:
        raise BundleRefused(f"The bundle uses format version {version}, which this version of the app cannot "
                            f"read (it reads formats up to {FORMAT_VERSION}); install a newer app first.")
    catalogue_id = raw.get("catalogue_id")
    if not isinstance(catalogue_id, str) or not _SLUG.match(catalogue_id) or len(catalogue_id) > 100:
        raise _malformed("'catalogue_id' must be a lower-case slug")
    title = raw.get("catalogue_title", "")
    if not isinstance(title, str) or len(title) > 500 or forbidden_character(title) is not None:
        raise _malformed("'catalogue_title' must be one short line of text")
    catalogue_version = _int(raw, "catalogue_version", 1)
    date = raw.get("date")
    try:
        if not isinstance(date, str) or len(date) > 40:
            raise ValueError(date)
        dt.datetime.fromisoformat(date)
    except ValueError as exc:
        raise _malformed("'date' must be an ISO 8601 date and time") from exc
    kind = raw.get("kind")
    if kind not in ("full", "delta"):
        raise _malformed("'kind' must be 'full' or 'delta'")
    files, tree = _hash_map(raw, "files", limits), _hash_map(raw, "tree", limits)
    for name in IDENTITY_FILES:
        if name not in tree or name not in files:
            raise _malformed(f"every bundle must carry {name}")
    removed = raw.get("removed", [])
    if not isinstance(removed, list) or not all(isinstance(r, str) and _SLUG.match(r) for r in removed) \
            or len(removed) > limits.max_members:
        raise _malformed("'removed' must be a list of practice ids")
    practice_count = _int(raw, "practice_count")
    manifest = Manifest(catalogue_id=catalogue_id, catalogue_title=title, catalogue_version=catalogue_version,
                        date=date, kind=kind, files=files, tree=tree, practice_count=practice_count,
                        base_version=None, removed=tuple(dict.fromkeys(removed)))
    if practice_count != len(manifest.practice_ids):
        raise _malformed("'practice_count' does not match the practices in 'tree'")
    if set(removed) & manifest.practice_ids:
        raise _malformed("a practice is listed both as removed and as part of the catalogue")
    if kind == "full":
        if raw.get("base_version") is not None or removed:
            raise _malformed("a full bundle has no 'base_version' and no 'removed' list")
        if files != tree:
            raise _malformed("a full bundle must carry exactly the files of its tree")
        return manifest
    base_version = _int(raw, "base_version", 1)
    if base_version >= catalogue_version:
        raise _malformed("a delta's 'base_version' must be older than its 'catalogue_version'")
    for path, digest in files.items():
        if tree.get(path) != digest:
            raise _malformed(f"{path} is carried with another hash than the tree gives")
        if path.startswith("guidance/"):
            raise _malformed("a delta bundle carries practices only; guidance needs a full bundle")
    return dataclasses.replace(manifest, base_version=base_version)


# -- signatures -----------------------------------------------------------------------------

def signature_file(manifest_bytes: bytes, private_key, key_id: str) -> bytes:
    """The manifest.sig content: an Ed25519 signature of `manifest_bytes` and the signing key's id."""
    signature = private_key.sign(manifest_bytes)
    data = {"format": 1, "algorithm": "ed25519", "key_id": key_id,
            "signature": base64.b64encode(signature).decode("ascii")}
    return (json.dumps(data, indent=1) + "\n").encode("utf-8")


def signing_key(signature_data: bytes, trusted: dict) -> tuple:
    """(trusted key, signature bytes) that manifest.sig names. Raises BundleRefused when the file
    is damaged or names a key this office does not trust: checked before the manifest is even
    unpacked, so that a bundle nobody trusted signed costs nothing to refuse."""
    try:
        raw = json.loads(signature_data.decode("utf-8"))
        key_id, signature = raw["key_id"], base64.b64decode(raw["signature"], validate=True)
        if raw.get("algorithm") != "ed25519" or not isinstance(key_id, str) or not _HEX64.match(key_id):
            raise ValueError("unknown algorithm or key id")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise BundleRefused("The bundle's signature file is damaged; it was refused.") from exc
    key = trusted.get(key_id)
    if key is None:
        short = " ".join(key_id[i:i + 4] for i in range(0, 16, 4))
        raise BundleRefused(f"The bundle is signed by a key this office does not trust (fingerprint {short} ...); "
                            "trust it with 'keys trust' only if the editors confirm that fingerprint.")
    return key, signature


def check_signature(signature_data: bytes, manifest_bytes: bytes, trusted: dict):
    """The trusted key (keys.PublicKey) that signed `manifest_bytes`. Raises BundleRefused."""
    key, signature = signing_key(signature_data, trusted)
    _verify(key, signature, manifest_bytes)
    return key


def _verify(key, signature: bytes, manifest_bytes: bytes) -> None:
    if len(signature) != 64 or not key.verify(signature, manifest_bytes):
        raise BundleRefused("The bundle's signature does not match its manifest: the bundle was altered after "
                            "it was signed, or damaged; it was refused.")


# -- zip files ------------------------------------------------------------------------------

def unsafe_member_name(name: str) -> bool:
    """True for names that could point outside a folder or mean different files on Windows."""
    if not name or len(name) > 255 or "\\" in name or ":" in name or "\0" in name or name.startswith("/"):
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    # Read at most cap + 1 bytes: the sizes in a zip's headers are the sender's claim, not a fact.
    with archive.open(info) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise BundleRefused(f"The member {info.filename} of the bundle unpacks to more than {cap:,} bytes, "
                            "past any sane size (a zip bomb?); it was refused.")
    return data


def read_bundle(path: Path, trusted: dict, limits: Limits = DEFAULT_LIMITS, with_members: bool = True) -> Bundle:
    """Open and check a bundle: limits, names, signature, manifest and (with members) every hash.

    `trusted` is {key id: keys.PublicKey}. Raises BundleRefused with one sentence; writes nothing."""
    path = Path(path)
    try:  # a regular file only, checked on the open handle: open() on a named pipe waits forever
        handle = open_regular(path)
    except NotRegularFile as exc:
        raise BundleRefused(f"There is no bundle file at {path}: {exc.strerror}.") from exc
    except OSError as exc:
        raise BundleRefused(f"There is no bundle file at {path}." if isinstance(exc, FileNotFoundError)
                            else f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        with handle:
            if os.fstat(handle.fileno()).st_size > limits.max_file_bytes:
                raise BundleRefused(f"{path.name} is larger than any catalogue bundle can be; it was refused.")
            with zipfile.ZipFile(handle) as archive:
                return _read_open_bundle(path, archive, trusted, limits, with_members)
    except BundleRefused:
        raise
    except Exception as exc:  # zipfile, zlib and the OS raise many kinds on a damaged file; all mean that
        raise BundleRefused(f"{path.name} is damaged or truncated (it cannot be read as a bundle); "
                            "copy it again from its source.") from exc


def _read_open_bundle(path: Path, archive: zipfile.ZipFile, trusted: dict, limits: Limits,
                      with_members: bool) -> Bundle:
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise BundleRefused(f"{path.name} holds more than {limits.max_members:,} files, past any sane "
                            "catalogue; it was refused.")
    by_name, total = {}, 0
    for info in infos:
        if unsafe_member_name(info.filename):
            raise BundleRefused(f"The bundle contains a file with an unsafe path ({info.filename[:80]!r}); "
                                "it was refused.")
        if info.filename in by_name:
            raise BundleRefused(f"The bundle contains {info.filename} twice; it was refused.")
        if info.flag_bits & 0x1:
            raise BundleRefused(f"The bundle's member {info.filename} is encrypted; it was refused.")
        cap = {MANIFEST: limits.max_manifest_bytes, SIGNATURE: _MAX_SIGNATURE_FILE}.get(info.filename,
                                                                                       limits.max_member_bytes)
        if info.file_size > cap:
            raise BundleRefused(f"The member {info.filename} of the bundle unpacks to more than {cap:,} bytes, "
                                "past any sane size (a zip bomb?); it was refused.")
        total += info.file_size
        by_name[info.filename] = info
    if total > limits.max_total_bytes:
        raise BundleRefused(f"{path.name} unpacks to more than {limits.max_total_bytes:,} bytes, past any sane "
                            "catalogue (a zip bomb?); it was refused.")
    if MANIFEST not in by_name:
        raise BundleRefused(f"{path.name} is not a catalogue bundle (it has no {MANIFEST}); it was refused.")
    if SIGNATURE not in by_name:
        raise BundleRefused(f"{path.name} is not signed; only bundles signed by a trusted editor key are accepted.")
    # The signature first, and the key it names: a bundle no trusted key signed is refused
    # before its manifest is unpacked.
    signature_data = _read_member(archive, by_name[SIGNATURE], _MAX_SIGNATURE_FILE)
    signer, signature = signing_key(signature_data, trusted)
    manifest_info = by_name[MANIFEST]
    if manifest_info.file_size > max(_MANIFEST_FREE_BYTES, _MANIFEST_MAX_RATIO * manifest_info.compress_size):
        # A manifest is mostly SHA-256 hex digests, which deflate about 2:1; one that claims to
        # unpack hundreds of times bigger than it is packed is padding, not a list of files.
        raise BundleRefused(f"The manifest of {path.name} claims to unpack to {manifest_info.file_size:,} bytes "
                            f"from {manifest_info.compress_size:,}, which no real manifest does (a zip bomb?); "
                            "it was refused.")
    manifest_bytes = _read_member(archive, manifest_info, limits.max_manifest_bytes)
    _verify(signer, signature, manifest_bytes)
    manifest = parse_manifest(manifest_bytes, limits)
    names = set(by_name) - {MANIFEST, SIGNATURE}
    missing = sorted(set(manifest.files) - names)
    if missing:
        raise BundleRefused(f"The bundle lacks {missing[0]}, which its manifest lists: it is damaged or "
                            "truncated; copy it again from its source.")
    extra = sorted(names - set(manifest.files))
    if extra:
        raise BundleRefused(f"The bundle contains {extra[0][:80]}, which its signed manifest does not list; "
                            "it was refused.")
    members, total = {}, 0
    if with_members:
        for name in sorted(manifest.files):
            data = _read_member(archive, by_name[name], limits.max_member_bytes)
            total += len(data)
            if total > limits.max_total_bytes:
                raise BundleRefused(f"{path.name} unpacks to more than {limits.max_total_bytes:,} bytes, past "
                                    "any sane catalogue (a zip bomb?); it was refused.")
            if sha256_hex(data) != manifest.files[name]:
                raise BundleRefused(f"{name} in the bundle does not match its checksum in the signed manifest: "
                                    "the bundle was damaged or altered; it was refused.")
            members[name] = data
    return Bundle(path=path, manifest=manifest, manifest_bytes=manifest_bytes, signer=signer,
                  signature_bytes=signature_data, members=members)


def write_bundle(path: Path, manifest_bytes: bytes, signature_bytes: bytes, members: dict,
                 date_time: tuple = (2000, 1, 1, 0, 0, 0)) -> None:
    """Write a bundle zip atomically (a temporary file renamed over `path` at the end).

    Low level on purpose: tests build damaged bundles with it."""
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(MANIFEST, manifest_bytes), (SIGNATURE, signature_bytes)] + sorted(members.items()):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def zip_date(iso_date: str) -> tuple:
    """The zip entry timestamp for a manifest date (zip cannot store years before 1980)."""
    moment = dt.datetime.fromisoformat(iso_date)
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)
