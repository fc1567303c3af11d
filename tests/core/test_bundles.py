"""Bundles: manifest format, signing, reading, and publishing full and delta bundles."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest
from updates_support import World, bundle_parts, retitle, run_cli, session_world, snapshot

from desktop.core.bundle_contents import verify_contents
from desktop.core.bundles import (
    IDENTITY_FILES,
    MANIFEST,
    SIGNATURE,
    BundleRefused,
    Manifest,
    parse_manifest,
    read_bundle,
    sha256_hex,
    tree_digest,
    unsafe_member_name,
)
from desktop.core.errors import ValidationFailed
from desktop.core.keys import generate_key_pair, trusted_keys
from desktop.core.paths import layout as make_layout
from desktop.core.publish import PublishRefused, publish, with_version


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def editor_layout(world: World):
    return make_layout(world.base / "editor-home", world.editor)


def test_a_full_bundle_carries_every_source_file_and_a_signed_manifest(world):
    bundle = read_bundle(world.v2, trusted_keys(world.layout()))
    manifest = bundle.manifest
    assert (manifest.kind, manifest.catalogue_version, manifest.base_version) == ("full", 2, None)
    assert manifest.catalogue_id == "mlg-practices" and manifest.practice_count == 6
    assert set(manifest.files) == set(manifest.tree) == set(bundle.members)
    assert {f"practices/{i}.md" for i in world.ids} | set(IDENTITY_FILES) <= set(manifest.files)
    assert any(p.startswith("guidance/") for p in manifest.files)
    assert all(sha256_hex(data) == manifest.files[name] for name, data in bundle.members.items())
    assert bundle.signer.key_id == world.key.public.key_id
    with zipfile.ZipFile(world.v2) as archive:
        assert archive.namelist()[:2] == [MANIFEST, SIGNATURE]
        assert json.loads(archive.read(SIGNATURE))["key_id"] == world.key.public.key_id
    assert b"version: 2" in bundle.members["catalogue.yaml"]


def test_a_delta_carries_only_changed_and_added_practices(world):
    bundle = read_bundle(world.v3, trusted_keys(world.layout()))
    manifest = bundle.manifest
    assert (manifest.kind, manifest.catalogue_version, manifest.base_version) == ("delta", 3, 2)
    carried = {p for p in manifest.files if p.startswith("practices/")}
    assert f"practices/{world.ids[0]}.md" in carried and len(carried) == 2
    assert set(manifest.files) - carried == set(IDENTITY_FILES)
    assert manifest.removed == (world.ids[1],)
    assert f"practices/{world.ids[1]}.md" not in manifest.tree and manifest.practice_count == 6
    assert verify_contents(bundle).practices_checked == 2


def test_manifest_bytes_round_trip():
    digest = "a" * 64
    manifest = Manifest(catalogue_id="c", catalogue_version=3, date="2026-01-01T00:00:00+00:00", kind="delta",
                        files={"catalogue.yaml": digest, "taxonomy.yaml": digest, "sources.yaml": digest},
                        tree={"catalogue.yaml": digest, "taxonomy.yaml": digest, "sources.yaml": digest,
                              "practices/x.md": digest}, practice_count=1, base_version=2, removed=("y",))
    assert parse_manifest(manifest.to_bytes()) == manifest
    assert tree_digest(manifest.tree) == tree_digest(dict(reversed(list(manifest.tree.items()))))


@pytest.mark.parametrize("name, unsafe", [("practices/a.md", False), ("manifest.json", False), ("/a", True),
                                          ("../a", True), ("a/../b", True), ("a\\b", True), ("C:a", True),
                                          ("a//b", True), ("./a", True), ("", True), ("a\0b", True),
                                          ("x" * 300, True)])
def test_unsafe_member_names(name, unsafe):
    assert unsafe_member_name(name) is unsafe


def test_with_version_keeps_comments():
    text = "# Identity\nid: x\nversion: 7   # grows\n"
    assert with_version(text, 8) == "# Identity\nid: x\nversion: 8   # grows\n"
    assert with_version("id: x\n", 2) == "id: x\nversion: 2\n"


def test_publishing_raises_the_version_and_never_publishes_drafts(world, tmp_path):
    practices = world.editor / "resources" / "practices"
    draft = practices / "a-draft-practice.md"
    text = (practices / f"{world.ids[4]}.md").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^id: .*$", "id: a-draft-practice", text).replace("last_reviewed:", "status: draft\nlast_reviewed:")
    draft.write_text(text, encoding="utf-8")
    report = publish(editor_layout(world), world.key.private_path, tmp_path / "v4.pcbundle")
    assert (report.version, report.kind) == (4, "full")  # 3 was the delta; versions only grow
    assert "version: 4" in (world.editor / "resources" / "catalogue.yaml").read_text(encoding="utf-8")
    manifest, members = bundle_parts(report.path)
    assert "practices/a-draft-practice.md" not in members and manifest["practice_count"] == 6


def test_a_delta_becomes_a_full_bundle_when_more_than_practices_changed(world, tmp_path):
    guidance = sorted((world.editor / "resources" / "guidance").glob("*.md"))[0]
    guidance.write_text(guidance.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    report = publish(editor_layout(world), world.key.private_path, tmp_path / "v4.pcbundle", delta_from=world.v3)
    assert report.kind == "full" and f"guidance/{guidance.name} changed since version 3" in report.note


def test_publishing_refuses_an_untrusted_key_and_writes_nothing(world, tmp_path):
    stranger = generate_key_pair(tmp_path / "k", "stranger")
    before = snapshot(world.editor)
    with pytest.raises(PublishRefused, match="not among the trusted keys"):
        publish(editor_layout(world), stranger.private_path, tmp_path / "out.pcbundle")
    assert snapshot(world.editor) == before and not (tmp_path / "out.pcbundle").exists()


def test_publishing_refuses_invalid_sources_and_writes_nothing(world, tmp_path):
    retitle(world.editor / "resources", world.ids[0], "")
    before = snapshot(world.editor)
    code, _, err = run_cli("--root", world.editor, "--home", tmp_path / "h", "publish", "--key",
                           world.key.private_path, "--out", tmp_path / "out.pcbundle")
    assert code == 2 and "the required field 'title' is missing" in err
    assert snapshot(world.editor) == before and not (tmp_path / "out.pcbundle").exists()
    with pytest.raises(ValidationFailed):
        publish(editor_layout(world), world.key.private_path, tmp_path / "out.pcbundle")


def test_publishing_refuses_a_bundle_offices_would_refuse(world, tmp_path):
    """A published practice that links to a draft would be invalid in the field, where drafts
    never go: publishing refuses it (the sources' validation or the bundle's own check)."""
    practices = world.editor / "resources" / "practices"
    text = (practices / f"{world.ids[4]}.md").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^id: .*$", "id: a-draft", text).replace("last_reviewed:", "status: draft\nlast_reviewed:")
    (practices / "a-draft.md").write_text(text, encoding="utf-8")
    target = practices / f"{world.ids[5]}.md"
    target.write_text(re.sub(r"(?m)^links: \[\]", "links: [a-draft]", target.read_text(encoding="utf-8")),
                      encoding="utf-8")
    before = snapshot(world.editor)
    code, _, err = run_cli("--root", world.editor, "--home", tmp_path / "h", "publish", "--key",
                           world.key.private_path, "--out", tmp_path / "out.pcbundle")
    assert code == 2 and "a-draft" in err and "Published" not in err
    assert snapshot(world.editor) == before and not list(tmp_path.glob("out.pcbundle*"))


def test_publishing_a_delta_from_a_bundle_of_another_catalogue_is_refused(world, tmp_path):
    identity = world.editor / "resources" / "catalogue.yaml"
    identity.write_text(identity.read_text(encoding="utf-8").replace("id: mlg-practices", "id: other"),
                        encoding="utf-8")
    with pytest.raises(PublishRefused, match="belongs to the catalogue 'mlg-practices'"):
        publish(editor_layout(world), world.key.private_path, tmp_path / "o.pcbundle", delta_from=world.v3)


def test_verify_reports_what_it_found(world):
    code, out, err = run_cli("--root", world.field, "--home", world.home, "verify", world.v2)
    assert code == 0, err
    assert "Signature: good, by test-editor (" in out and "Checksums: all" in out and "Format: version 2" in out
    assert "version 2 of catalogue mlg-practices, 6 valid practices" in out
    code, out, _ = run_cli("--root", world.field, "--home", world.home, "verify", world.v3)
    assert code == 0 and "a delta from version 2 to 3" in out and "2 practices carried and valid, 1 removed" in out


def test_verify_refuses_with_exit_code_2(world, tmp_path):
    broken = tmp_path / "broken.pcbundle"
    shutil.copy(world.v2, broken)
    with open(broken, "r+b") as handle:
        handle.truncate(broken.stat().st_size - 100)
    code, out, err = run_cli("--root", world.field, "--home", world.home, "verify", broken)
    assert code == 2 and out == "" and "damaged or truncated" in err
    stranger_layout = make_layout(tmp_path / "h", tmp_path / "no-keys")
    with pytest.raises(BundleRefused, match="does not trust"):
        read_bundle(world.v2, trusted_keys(stranger_layout))


def test_publishing_checks_the_bundle_as_offices_will(world, tmp_path, monkeypatch):
    """A bundle past an office's limits is refused by the publish check before anything is
    written. (A practice cannot be too large for the default limits any more: validation caps
    every field far below them, see the next test; here the office's limits are made small.)"""
    from desktop.core import publish as publish_module
    from desktop.core.bundles import Limits, read_bundle

    def small_office(path, trusted, limits=None, with_members=True):
        return read_bundle(path, trusted, Limits(max_member_bytes=2_000), with_members)
    monkeypatch.setattr(publish_module, "read_bundle", small_office)
    before = snapshot(world.editor)
    with pytest.raises(PublishRefused, match="field offices would refuse the bundle: the member "):
        publish(editor_layout(world), world.key.private_path, tmp_path / "out.pcbundle")
    assert snapshot(world.editor) == before and not list(tmp_path.glob("out.pcbundle*"))


def test_an_oversized_practice_is_refused_at_headquarters(world, tmp_path):
    practice = world.editor / "resources" / "practices" / f"{world.ids[4]}.md"
    practice.write_text(practice.read_text(encoding="utf-8") + "\nword " * 1_000_000, encoding="utf-8")
    before = snapshot(world.editor)
    with pytest.raises(ValidationFailed) as failed:
        publish(editor_layout(world), world.key.private_path, tmp_path / "out.pcbundle")
    assert "larger than 4 MB" in str(failed.value.problems[0])
    assert snapshot(world.editor) == before and not list(tmp_path.glob("out.pcbundle*"))
