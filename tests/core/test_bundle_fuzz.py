"""Fuzzing of manifest parsing and bundle reading: whatever the bytes, the result is a bundle or
a refusal (BundleRefused), never a crash, a hang or another exception."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from updates_support import World, bundle_parts, session_world

from desktop.core.bundle_contents import verify_contents
from desktop.core.bundles import (
    MANIFEST,
    SIGNATURE,
    Bundle,
    BundleRefused,
    Limits,
    check_signature,
    parse_manifest,
    read_bundle,
    signature_file,
)
from desktop.core.keys import key_id_of, load_private_key, trusted_keys

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
SMALL = Limits(max_members=200, max_member_bytes=1 << 20, max_manifest_bytes=1 << 20, max_total_bytes=8 << 20)


@pytest.fixture(scope="module")
def fuzz_world(tmp_path_factory) -> World:
    return session_world(tmp_path_factory)


def json_values():
    scalars = st.none() | st.booleans() | st.integers(-2 ** 70, 2 ** 70) | st.floats() | st.text(max_size=30)
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=5)
                        | st.dictionaries(st.text(max_size=15), inner, max_size=5), max_leaves=25)


def refused_or_parsed(data: bytes):
    try:
        return parse_manifest(data, SMALL)
    except BundleRefused:
        return None


@FUZZ
@given(st.binary(max_size=2000))
def test_manifest_parsing_of_arbitrary_bytes(data):
    refused_or_parsed(data)


@FUZZ
@given(json_values())
def test_manifest_parsing_of_arbitrary_json(value):
    refused_or_parsed(json.dumps(value).encode())


MANIFEST_KEYS = ["format", "catalogue_id", "catalogue_title", "catalogue_version", "date", "kind", "base_version",
                 "practice_count", "removed", "files", "tree"]


@FUZZ
@given(data=st.data())
def test_manifest_parsing_of_mutated_real_manifests(fuzz_world, data):
    manifest, _ = bundle_parts(data.draw(st.sampled_from([fuzz_world.v2, fuzz_world.v3])))
    for _ in range(data.draw(st.integers(1, 4))):
        key = data.draw(st.sampled_from(MANIFEST_KEYS))
        action = data.draw(st.sampled_from(["delete", "replace", "map entry"]))
        if action == "delete":
            manifest.pop(key, None)
        elif action == "replace":
            manifest[key] = data.draw(json_values())
        elif isinstance(manifest.get(key), dict):
            manifest[key][data.draw(st.text(max_size=40))] = data.draw(json_values())
    parsed = refused_or_parsed(json.dumps(manifest).encode())
    if parsed is not None:  # whatever is accepted is coherent
        assert set(parsed.files) <= set(parsed.tree)
        assert parsed.practice_count == len(parsed.practice_ids)


@FUZZ
@given(st.binary(max_size=600), st.binary(max_size=200))
def test_signature_checking_of_arbitrary_bytes(fuzz_world, signature, manifest):
    with pytest.raises(BundleRefused):
        check_signature(signature, manifest, trusted_keys(fuzz_world.layout()))


def read_or_refuse(path, world) -> Bundle | None:
    try:
        bundle = read_bundle(path, trusted_keys(world.layout()), SMALL)
    except BundleRefused:
        return None
    try:
        verify_contents(bundle)
    except BundleRefused:
        pass
    return bundle


@FUZZ
@given(data=st.data())
def test_reading_damaged_bundles(fuzz_world, tmp_path_factory, data):
    original = bytearray(data.draw(st.sampled_from([fuzz_world.v2, fuzz_world.v3])).read_bytes())
    damage = data.draw(st.sampled_from(["flip", "truncate", "splice", "overwrite"]))
    if damage == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            position = data.draw(st.integers(0, len(original) - 1))
            original[position] ^= data.draw(st.integers(1, 255))
    elif damage == "truncate":
        del original[data.draw(st.integers(0, len(original) - 1)):]
    elif damage == "splice":
        position = data.draw(st.integers(0, len(original)))
        original[position:position] = data.draw(st.binary(min_size=1, max_size=64))
    else:
        position = data.draw(st.integers(0, len(original) - 1))
        chunk = data.draw(st.binary(min_size=1, max_size=32))
        original[position:position + len(chunk)] = chunk
    path = tmp_path_factory.mktemp("damaged") / "bundle.pcbundle"
    path.write_bytes(bytes(original))
    bundle = read_or_refuse(path, fuzz_world)
    if bundle is not None:  # damage that missed every checked byte (a timestamp, say): content is intact
        _, members = bundle_parts(fuzz_world.v2 if bundle.manifest.catalogue_version == 2 else fuzz_world.v3)
        assert bundle.members == members


member_names = st.sampled_from(["practices/a.md", "practices/b.md", "taxonomy.yaml", "catalogue.yaml",
                                "sources.yaml", "guidance/x.md", "../x", "/abs", "a\\b", "", "practices/",
                                "C:x", "practices/../a.md"]) | st.text(max_size=20)


@FUZZ
@given(members=st.dictionaries(member_names, st.binary(max_size=300), max_size=8), manifest=json_values(),
       sign=st.booleans())
def test_reading_arbitrary_signed_zips(fuzz_world, tmp_path_factory, members, manifest, sign):
    """Zips with any members and any manifest, validly signed by the trusted key: the signature
    alone never makes a bundle acceptable."""
    manifest_bytes = json.dumps(manifest).encode()
    private = load_private_key(fuzz_world.key.private_path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        if sign:
            archive.writestr(SIGNATURE, signature_file(manifest_bytes, private, key_id_of(private.public_key())))
        for name, content in members.items():
            try:
                archive.writestr(name, content)
            except (ValueError, OSError, IndexError):
                pass  # names zipfile itself cannot write (the empty name, say)
    path = tmp_path_factory.mktemp("signed") / "bundle.pcbundle"
    path.write_bytes(buffer.getvalue())
    assert read_or_refuse(path, fuzz_world) is None
