"""Every refusal of an import, table-driven: each bundle is refused with its sentence, and the
installed catalogue, the shipped one and the user data stay byte-for-byte as they were."""

from __future__ import annotations

import re
import struct
import zipfile

import pytest
from updates_support import World, bundle_parts, forge, run_cli, session_world, snapshot

from desktop.core.bundles import MANIFEST, SIGNATURE, BundleRefused, Limits, sha256_hex
from desktop.core.installed import installed
from desktop.core.updates import prepare_import


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def _first_practice(members: dict) -> str:
    return sorted(name for name in members if name.startswith("practices/"))[0]


def _edit_practice(pattern: str, replacement: str):
    def edit(members):
        name = _first_practice(members)
        text = members[name].decode("utf-8")
        changed = re.sub(pattern, replacement, text, count=1, flags=re.M)
        assert changed != text
        members[name] = changed.encode("utf-8")
    return edit


def _raw_zip(path, entries):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def tampered_manifest(w, out):
    with zipfile.ZipFile(w.v2) as archive:
        data, signature = archive.read(MANIFEST), archive.read(SIGNATURE)
    _, members = bundle_parts(w.v2)
    return forge(w, out, manifest_bytes=data.replace(b'"catalogue_version": 2', b'"catalogue_version": 9'),
                 signature=signature)


def with_member(name, data, listed=True):
    def make(w, out):
        def edit_manifest(manifest):
            if listed:
                manifest["files"][name] = manifest["tree"][name] = sha256_hex(data)
        return forge(w, out, edit_members=lambda m: m.__setitem__(name, data), edit_manifest=edit_manifest)
    return make


def _patch_central_entry(path, name, offset, fmt, value):
    """Overwrite one field of the central directory entry of `name` (what zipfile believes)."""
    data = bytearray(path.read_bytes())
    encoded, start = name.encode(), 0
    while True:
        start = data.index(b"PK\x01\x02", start)
        length = struct.unpack_from("<H", data, start + 28)[0]
        if bytes(data[start + 46:start + 46 + length]) == encoded:
            struct.pack_into(fmt, data, start + offset, value)
            break
        start += 4
    path.write_bytes(bytes(data))
    return path


def lying_sizes(w, out):
    _, members = bundle_parts(w.v2)
    name = _first_practice(members)
    forge(w, out, edit_members=lambda m: m.__setitem__(name, m[name] + b"x" * 200_000), rehash=True,
          edit_manifest=lambda m: m.update(catalogue_version=3))
    return _patch_central_entry(out, name, 24, "<I", 100)  # claims 100 bytes, inflates to 200,000


def encrypted_member(w, out):
    _, members = bundle_parts(w.v2)
    return _patch_central_entry(forge(w, out), _first_practice(members), 8, "<H", 0x1)


def duplicate_member(w, out):
    manifest, members = bundle_parts(w.v2)
    with zipfile.ZipFile(w.v2) as archive:
        entries = [(n, archive.read(n)) for n in archive.namelist()]
    name = _first_practice(members)
    with pytest.warns(UserWarning):
        return _raw_zip(out, entries + [(name, members[name])])


def delta_removing_a_linked_practice(w, out):
    target = f"practices/{w.ids[3]}.md"

    def edit(manifest):
        del manifest["tree"][target]
        manifest["removed"].append(w.ids[3])
        manifest["practice_count"] -= 1
    return forge(w, out, source=w.v3, edit_manifest=edit)


def delta_on_other_content(w, out):
    def edit(manifest):
        manifest["tree"][f"practices/{w.ids[4]}.md"] = "0" * 64
    return forge(w, out, source=w.v3, edit_manifest=edit)


def set_manifest(**values):
    def make(w, out, source=None):
        return forge(w, out, source=source, edit_manifest=lambda m: m.update(values))
    return make


def on_delta(make):
    return lambda w, out: make(w, out, source=w.v3)


CASES = [
    # (case id, bundle maker, words the refusal must contain, options)
    ("unknown key", lambda w, o: forge(w, o, signer="stranger"), "signed by a key this office does not trust", {}),
    ("no signature", lambda w, o: forge(w, o, signer=None), "is not signed", {}),
    ("damaged signature file", lambda w, o: forge(w, o, signature=b"{not json"), "signature file is damaged", {}),
    ("manifest altered after signing", tampered_manifest, "signature does not match its manifest", {}),
    ("member altered (hash mismatch)", lambda w, o: forge(w, o, edit_members=_edit_practice(r"^title: .*$",
                                                                                            "title: Forged")),
     "does not match its checksum", {}),
    ("member missing", lambda w, o: forge(w, o, edit_members=lambda m: m.pop(_first_practice(m))),
     "damaged or truncated", {}),
    ("member not in the manifest", with_member("practices/smuggled.md", b"---\n", listed=False),
     "which its signed manifest does not list", {}),
    ("same version again (replay)", lambda w, o: w.v2, "version 2, which is not newer than the installed version 2",
     {}),
    ("older version (rollback attack)", set_manifest(catalogue_version=1),
     "version 1, which is not newer than the installed version 2", {}),
    ("delta on another version", on_delta(set_manifest(base_version=1)),
     "applies only to version 1, but version 2 is installed", {}),
    ("delta on the fresh app", lambda w, o: w.v3, "applies only to version 2, but version 1 is installed",
     {"home": "fresh_home"}),
    ("delta whose base content differs", delta_on_other_content, "does not fit the installed version 2", {}),
    ("unknown format version", set_manifest(format=3), "format version 3, which this version of the app cannot read",
     {}),
    ("format version as text", set_manifest(format="1"), "'format' must be a whole number", {}),
    ("not a zip", lambda w, o: (o.write_bytes(b"MZ\x90\x00 definitely not a zip" * 50), o)[1],
     "damaged or truncated", {}),
    ("empty file", lambda w, o: (o.write_bytes(b""), o)[1], "damaged or truncated", {}),
    ("truncated zip", lambda w, o: (o.write_bytes(w.v2.read_bytes()[: w.v2.stat().st_size // 2]), o)[1],
     "damaged or truncated", {}),
    ("absolute member path", with_member("/etc/evil.md", b"x", listed=False), "unsafe path", {}),
    ("member path with ..", with_member("../evil.md", b"x", listed=False), "unsafe path", {}),
    ("member path with backslashes", with_member("practices\\..\\evil.md", b"x", listed=False), "unsafe path", {}),
    ("drive letter in member path", with_member("C:/evil.md", b"x", listed=False), "unsafe path", {}),
    ("zip bomb member", with_member("practices/bomb.md", b"0" * (5 << 20)), "unpacks to more than", {}),
    ("sizes in the zip headers lie", lying_sizes, "damaged or truncated", {}),
    ("all members together too large", lambda w, o: w.v2, "unpacks to more than 20,000 bytes",
     {"limits": Limits(max_total_bytes=20_000)}),
    ("too many members", lambda w, o: w.v2, "holds more than 5 files", {"limits": Limits(max_members=5)}),
    ("bundle file too large", lambda w, o: w.v2, "larger than any catalogue bundle", {"limits": Limits(max_file_bytes=1000)}),
    ("duplicate member", duplicate_member, "twice", {}),
    ("encrypted member", encrypted_member, "is encrypted", {}),
    ("no manifest", lambda w, o: _raw_zip(o, [("practices/a.md", b"x")]), "it has no manifest.json", {}),
    ("manifest is not JSON", lambda w, o: forge(w, o, manifest_bytes=b"{not json"), "manifest is malformed", {}),
    ("manifest is a list", lambda w, o: forge(w, o, manifest_bytes=b"[]"), "manifest is malformed", {}),
    ("wrong practice count", set_manifest(practice_count=99), "'practice_count' does not match", {}),
    ("full bundle with a removed list", set_manifest(removed=["x"]), "manifest is malformed", {}),
    ("manifest names a stray file", lambda w, o: forge(w, o, edit_manifest=lambda m: m["tree"].update(
        {"scripts/run.py": "0" * 64})), "has no place in a catalogue", {}),
    ("another catalogue", set_manifest(catalogue_id="another-catalogue"),
     "is for the catalogue 'another-catalogue'", {}),
    ("catalogue.yaml contradicts the manifest", set_manifest(catalogue_version=5), "contradicts its manifest", {"home": "fresh_home"}),
    ("invalid practice", lambda w, o: forge(w, o, edit_members=_edit_practice(r"^levels: .*$", "levels: [galactic]"),
                                            rehash=True), "invalid practices", {"home": "fresh_home"}),
    ("draft practice", lambda w, o: forge(w, o, edit_members=_edit_practice(r"^last_reviewed:", "status: draft\nlast_reviewed:"),
                                          rehash=True), "drafts are never published", {"home": "fresh_home"}),
    ("unreadable taxonomy", lambda w, o: forge(w, o, edit_members=lambda m: m.__setitem__("taxonomy.yaml", b": [\n"),
                                               rehash=True), "catalogue files are unusable", {"home": "fresh_home"}),
    ("delta removing a linked practice", delta_removing_a_linked_practice, "which the update removes", {}),
    ("invalid practice in a delta", lambda w, o: forge(w, o, source=w.v3, rehash=True, edit_members=_edit_practice(
        r"^approaches: .*$", "approaches: [nonsense]")), "invalid practices", {}),
    ("no such file", lambda w, o: o.with_name("missing.pcbundle"), "There is no bundle file", {}),
    ("a folder, not a file", lambda w, o: o.parent, "There is no bundle file", {}),
]


@pytest.mark.parametrize("make, expected, options", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refused_with_one_sentence_and_nothing_changed(world, tmp_path, make, expected, options):
    home = getattr(world, options.get("home", "home"))
    bundle = make(world, tmp_path / "bundle.pcbundle")
    before_home, before_field = snapshot(home), snapshot(world.field)
    version_before = installed(world.layout(home)).version
    if "limits" in options:
        with pytest.raises(BundleRefused) as refused:
            prepare_import(world.layout(home), bundle, limits=options["limits"])
        message = str(refused.value)
    else:
        code, out, err = run_cli("--root", world.field, "--home", home, "import", bundle, "--yes")
        assert code == 2, out + err
        assert "Traceback" not in err and "Imported" not in out
        message = err.strip().splitlines()[-1]
    assert expected in message
    assert message.count(". ") == 0 or "e.g." in message, f"not one sentence: {message}"
    assert snapshot(home) == before_home
    assert snapshot(world.field) == before_field
    assert installed(world.layout(home)).version == version_before


def test_invalid_practices_are_listed_before_the_refusal(world, tmp_path):
    bundle = forge(world, tmp_path / "b.pcbundle", rehash=True,
                   edit_members=_edit_practice(r"^levels: .*$", "levels: [galactic]"))
    code, _, err = run_cli("--root", world.field, "--home", world.fresh_home, "import", bundle, "--yes")
    lines = err.strip().splitlines()
    assert code == 2 and re.match(r"practices/[a-z0-9-]+\.md:\d+: unknown level 'galactic'", lines[0])


def test_a_deliberate_downgrade_needs_allow_downgrade(world):
    code, out, err = run_cli("--root", world.field, "--home", world.home, "import", world.v2, "--yes",
                             "--allow-downgrade")
    assert code == 0, err
    assert "Warning: this goes back" in out
    assert installed(world.layout()).version == 2


def test_allow_downgrade_does_not_lift_the_other_checks(world, tmp_path):
    before = snapshot(world.fresh_home)
    code, _, err = run_cli("--root", world.field, "--home", world.fresh_home, "import", world.v3, "--yes",
                           "--allow-downgrade")
    assert code == 2 and "applies only to version 2" in err
    stranger = forge(world, tmp_path / "s.pcbundle", signer="stranger")
    code, _, err = run_cli("--root", world.field, "--home", world.fresh_home, "import", stranger, "--yes",
                           "--allow-downgrade")
    assert code == 2 and "does not trust" in err
    assert snapshot(world.fresh_home) == before
