"""Editor keys: Ed25519 key pairs, their fingerprints, and the set of keys a field office trusts.

Catalogue updates travel by USB stick, e-mail and shared folders, none of which can be trusted,
so a bundle is accepted only when an editor key the office trusts signed it. The keys shipped in
resources/keys/ are trusted from the start; more are trusted only by an explicit user action
(`keys trust`), which shows the key's fingerprint so that it can be compared, by telephone say,
with the one the editor sees.

Key files are PEM: the private key unencrypted PKCS#8 (created readable by its owner only), the
public key SubjectPublicKeyInfo. A key's name is its file name without `.pub`/`.key`. A key's id
is the SHA-256 of its 32 raw public bytes in hex; people see it in groups of four.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .errors import CatalogueError
from .files import read_regular
from .paths import Layout

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_KEY_FILE_BYTES = 16_384


class KeyProblem(CatalogueError):
    """A key file cannot be made, read or trusted."""


@dataclass(frozen=True)
class PublicKey:
    """An editor's public key: its name, fingerprint (hex SHA-256 of the raw key) and where it is."""

    name: str
    key_id: str
    key: Ed25519PublicKey
    path: Path | None = None
    origin: str = ""  # "shipped" (resources/keys) or "user" (trusted with `keys trust`)

    @property
    def fingerprint(self) -> str:
        """The key id as people read it: sixteen groups of four hex digits."""
        return format_fingerprint(self.key_id)

    @property
    def label(self) -> str:
        """Name and short fingerprint, e.g. `hq-editor (3f2a 9b01 77c4 e015)`: what "signed by" shows."""
        return f"{self.name} ({' '.join(self.fingerprint.split()[:4])})"

    def verify(self, signature: bytes, data: bytes) -> bool:
        """True when `signature` is this key's signature of `data`."""
        try:
            self.key.verify(signature, data)
            return True
        except InvalidSignature:
            return False


@dataclass(frozen=True)
class KeyPair:
    """What `generate_key_pair` wrote."""

    private_path: Path
    public_path: Path
    public: PublicKey


def key_id_of(public: Ed25519PublicKey) -> str:
    """The key id: hex SHA-256 of the 32 raw public-key bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def format_fingerprint(key_id: str) -> str:
    """`3f2a9b01...` -> `3f2a 9b01 ...`: easier to read aloud and compare."""
    return " ".join(key_id[i:i + 4] for i in range(0, len(key_id), 4))


def check_key_name(name: str) -> str:
    """Return `name` when it can be a key file name; raise KeyProblem otherwise."""
    if not _NAME.match(name or ""):
        raise KeyProblem(f"The key name '{name}' must be 1 to 64 letters, digits, dots, hyphens or underscores.")
    return name


def generate_key_pair(out_dir: Path, name: str = "editor") -> KeyPair:
    """Write a new Ed25519 key pair as `out_dir/NAME.key` (owner-only) and `out_dir/NAME.pub`.

    Never overwrites: raises KeyProblem when either file exists."""
    check_key_name(name)
    out_dir = Path(out_dir)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder for keys is private too
    private_path, public_path = out_dir / f"{name}.key", out_dir / f"{name}.pub"
    for path in (private_path, public_path):
        if path.exists():
            raise KeyProblem(f"{path} already exists; choose another --name or folder (keys are never overwritten).")
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
    public_pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    # O_EXCL with mode 0o600: the private key is never, even for an instant, readable by others
    # (on Windows the mode is ignored and the file inherits the folder's permissions).
    try:
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError as exc:
        raise KeyProblem(f"{private_path} already exists; keys are never overwritten.") from exc
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_pem)
    try:
        with open(public_path, "xb") as handle:
            handle.write(public_pem)
    except FileExistsError as exc:
        raise KeyProblem(f"{public_path} already exists; keys are never overwritten.") from exc
    public = PublicKey(name=name, key_id=key_id_of(private.public_key()), key=private.public_key(), path=public_path)
    return KeyPair(private_path=private_path, public_path=public_path, public=public)


def _read_small(path: Path, what: str) -> bytes:
    try:  # a regular file only: open() on a named pipe would wait forever
        data = read_regular(path, MAX_KEY_FILE_BYTES)
    except OSError as exc:
        raise KeyProblem(f"Cannot read the {what} {path}: {exc.strerror or exc}.") from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyProblem(f"{path} is too large to be a {what}.")
    return data


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read a private key written by `generate_key_pair`. Raises KeyProblem with a sentence."""
    data = _read_small(Path(path), "private key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(f"{path} is not an unencrypted Ed25519 private key (made by 'keys new').") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{path} is not an Ed25519 private key; make one with 'python -m desktop keys new'.")
    return key


def load_public_key(path: Path, origin: str = "") -> PublicKey:
    """Read a `.pub` file. Raises KeyProblem with a sentence."""
    path = Path(path)
    data = _read_small(path, "public key")
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(f"{path} is not a public key file (a .pub made by 'keys new').") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyProblem(f"{path} is not an Ed25519 public key.")
    name = path.name[:-4] if path.name.endswith(".pub") else path.stem
    return PublicKey(name=name, key_id=key_id_of(key), key=key, path=path, origin=origin)


def public_key_of(private: Ed25519PrivateKey, name: str = "") -> PublicKey:
    """The public half of a private key."""
    return PublicKey(name=name, key_id=key_id_of(private.public_key()), key=private.public_key())


def user_keys_dir(layout: Layout) -> Path:
    """Where keys the user chose to trust are kept (home/keys)."""
    return layout.home / "keys"


def trusted_keys(layout: Layout) -> dict:
    """{key id: PublicKey} of every trusted key: resources/keys/*.pub, then home/keys/*.pub.

    A damaged key file is skipped, not fatal: one bad file must not lock an office out of updates."""
    found = {}
    for folder, origin in ((layout.resources / "keys", "shipped"), (user_keys_dir(layout), "user")):
        for path in sorted(folder.glob("*.pub")) if folder.is_dir() else ():
            try:
                key = load_public_key(path, origin)
            except KeyProblem:
                continue
            found.setdefault(key.key_id, key)
    return found


def trust_key(layout: Layout, public_key_path: Path) -> PublicKey:
    """Copy a public key into home/keys/ so that bundles it signs are accepted.

    Returns the key as trusted (already trusted keys are returned unchanged). The caller shows
    `fingerprint` and asks the user first. Raises KeyProblem."""
    key = load_public_key(public_key_path)
    known = trusted_keys(layout)
    if key.key_id in known:
        return known[key.key_id]
    folder = user_keys_dir(layout)
    name = key.name if _NAME.match(key.name) else "editor"
    target = folder / f"{name}.pub"
    if target.exists():  # another key under the same name: keep both, told apart by fingerprint
        name = f"{name}-{key.key_id[:8]}"
        target = folder / f"{name}.pub"
    pem = key.key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    temporary = target.with_name(target.name + ".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pem)
        os.replace(temporary, target)
    except OSError as exc:
        from .diskspace import explain_write_error
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        explained = explain_write_error(exc, folder, "trust the key", 1 << 20, "trusting the key")
        raise explained or KeyProblem(f"Cannot write the trusted key to {folder}: {exc.strerror or exc}; the key "
                                      "was not trusted.") from exc
    return PublicKey(name=name, key_id=key.key_id, key=key.key, path=target, origin="user")
