"""Editor keys: generation, fingerprints, loading, and the set of trusted keys."""

from __future__ import annotations

import os
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from updates_support import run_cli

from desktop.core.keys import (
    KeyProblem,
    format_fingerprint,
    generate_key_pair,
    load_private_key,
    load_public_key,
    trust_key,
    trusted_keys,
)
from desktop.core.paths import layout as make_layout


@pytest.fixture
def layout(tmp_path):
    (tmp_path / "root" / "resources" / "keys").mkdir(parents=True)
    return make_layout(tmp_path / "home", tmp_path / "root")


def test_a_new_pair_is_written_with_a_private_key_only_its_owner_can_read(tmp_path):
    pair = generate_key_pair(tmp_path / "keys", "hq")
    assert pair.private_path == tmp_path / "keys" / "hq.key" and pair.public_path == tmp_path / "keys" / "hq.pub"
    if os.name == "posix":
        assert stat.S_IMODE(pair.private_path.stat().st_mode) == 0o600
    private = load_private_key(pair.private_path)
    public = load_public_key(pair.public_path)
    assert public.key_id == pair.public.key_id and public.name == "hq"
    assert public.verify(private.sign(b"manifest"), b"manifest")
    assert not public.verify(private.sign(b"manifest"), b"manifest!")


def test_fingerprints_are_the_sha256_of_the_raw_key_in_groups_of_four(tmp_path):
    pair = generate_key_pair(tmp_path, "hq")
    assert len(pair.public.key_id) == 64 and int(pair.public.key_id, 16) >= 0
    assert pair.public.fingerprint == format_fingerprint(pair.public.key_id)
    assert [len(g) for g in pair.public.fingerprint.split()] == [4] * 16
    assert pair.public.label == f"hq ({' '.join(pair.public.fingerprint.split()[:4])})"
    assert generate_key_pair(tmp_path, "other").public.key_id != pair.public.key_id


def test_keys_are_never_overwritten(tmp_path):
    generate_key_pair(tmp_path, "hq")
    before = (tmp_path / "hq.key").read_bytes()
    with pytest.raises(KeyProblem, match="already exists"):
        generate_key_pair(tmp_path, "hq")
    assert (tmp_path / "hq.key").read_bytes() == before


@pytest.mark.parametrize("name", ["", "../evil", "a/b", "-x", "x" * 65, "with space"])
def test_key_names_must_be_plain_file_names(tmp_path, name):
    with pytest.raises(KeyProblem, match="key name"):
        generate_key_pair(tmp_path, name)


@pytest.mark.parametrize("content", [b"", b"not a key", b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
                                     b"x" * 20_000])
def test_damaged_key_files_are_refused_with_a_sentence(tmp_path, content):
    path = tmp_path / "bad.pub"
    path.write_bytes(content)
    with pytest.raises(KeyProblem):
        load_public_key(path)
    with pytest.raises(KeyProblem):
        load_private_key(path)


def test_keys_of_another_algorithm_are_refused(tmp_path):
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (tmp_path / "rsa.key").write_bytes(private.private_bytes(serialization.Encoding.PEM,
                                                             serialization.PrivateFormat.PKCS8,
                                                             serialization.NoEncryption()))
    (tmp_path / "rsa.pub").write_bytes(private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(KeyProblem, match="Ed25519"):
        load_private_key(tmp_path / "rsa.key")
    with pytest.raises(KeyProblem, match="Ed25519"):
        load_public_key(tmp_path / "rsa.pub")


def test_shipped_keys_are_trusted_from_the_start_and_others_only_once_trusted(layout, tmp_path):
    shipped = generate_key_pair(tmp_path / "a", "hq")
    (layout.resources / "keys" / "hq.pub").write_bytes(shipped.public_path.read_bytes())
    (layout.resources / "keys" / "broken.pub").write_bytes(b"garbage")  # skipped, not fatal
    newcomer = generate_key_pair(tmp_path / "b", "field-editor")
    assert set(trusted_keys(layout)) == {shipped.public.key_id}
    trusted = trust_key(layout, newcomer.public_path)
    assert trusted.origin == "user" and (layout.home / "keys" / "field-editor.pub").is_file()
    keys = trusted_keys(layout)
    assert set(keys) == {shipped.public.key_id, newcomer.public.key_id}
    assert keys[shipped.public.key_id].origin == "shipped"
    assert trust_key(layout, newcomer.public_path).key_id == newcomer.public.key_id  # idempotent


def test_two_keys_with_the_same_name_are_both_kept(layout, tmp_path):
    first = generate_key_pair(tmp_path / "a", "editor")
    second = generate_key_pair(tmp_path / "b", "editor")
    trust_key(layout, first.public_path)
    kept = trust_key(layout, second.public_path)
    assert kept.name == f"editor-{second.public.key_id[:8]}"
    assert len(trusted_keys(layout)) == 2


def test_keys_cli_new_trust_and_list(layout, tmp_path, monkeypatch):
    root, home = layout.resources.parent, layout.home
    code, out, _ = run_cli("keys", "new", "--out", tmp_path / "k", "--name", "field")
    assert code == 0 and "Fingerprint:" in out
    fingerprint = out.strip().splitlines()[-1].split(": ")[1]
    monkeypatch.setattr("sys.stdin", None)
    code, out, err = run_cli("--root", root, "--home", home, "keys", "trust", tmp_path / "k" / "field.pub")
    assert code == 2 and fingerprint in out and "--yes" in err
    assert trusted_keys(layout) == {}
    code, out, _ = run_cli("--root", root, "--home", home, "keys", "trust", tmp_path / "k" / "field.pub", "--yes")
    assert code == 0 and fingerprint in out and "Trusted field (" in out
    code, out, _ = run_cli("--root", root, "--home", home, "keys", "list")
    assert code == 0 and fingerprint in out and "user" in out
    code, _, err = run_cli("keys", "new", "--out", tmp_path / "k", "--name", "field")
    assert code == 2 and "already exists" in err


def test_the_project_ships_an_editor_key(project_root):
    keys = sorted((project_root / "resources" / "keys").glob("*.pub"))
    assert keys, "resources/keys/ must hold the editors' public keys"
    for path in keys:
        load_public_key(path)
    assert not list((project_root / "resources" / "keys").glob("*.key")), "private keys never go in the repository"
