"""The inbox: which bundles found in home/inbox or a USB folder are offered at start."""

from __future__ import annotations

import shutil

import pytest
from updates_support import World, forge, session_world, snapshot

from desktop.core.updates import ensure_inbox, prepare_import, scan_inbox


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def test_the_newest_applicable_bundle_is_offered(world, tmp_path):
    layout = world.layout(world.fresh_home)
    inbox = ensure_inbox(layout)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    shutil.copy(world.v2, inbox / "catalogue-v2.pcbundle")
    shutil.copy(world.v3, stick / "catalogue-v3.zip")  # a delta on 2: not applicable on version 1
    (stick / "notes.txt").write_text("not a bundle")
    forge(world, stick / "forged.pcbundle", signer="stranger")
    before = snapshot(world.fresh_home)
    scan = scan_inbox(layout, [stick, tmp_path / "unplugged-stick"])
    assert scan.installed_version == 1
    assert [o.path.name for o in scan.offers] == ["catalogue-v2.pcbundle"]
    assert scan.newest.catalogue_version == 2 and scan.newest.kind == "full"
    assert scan.newest.signer.startswith("test-editor (")
    reasons = dict((p.name, r) for p, r in scan.passed_over)
    assert "delta on version 2" in reasons["catalogue-v3.zip"]
    assert "does not trust" in reasons["forged.pcbundle"]
    after = snapshot(world.fresh_home)  # the only thing written: the memory of the refused file
    assert set(after) - set(before) == {"cache/inbox-refused.json"}
    assert {k: v for k, v in after.items() if not k.startswith("cache/")} == before

    with prepare_import(layout, scan.newest.path) as prepared:
        prepared.apply()
    scan = scan_inbox(layout, [stick])
    assert [o.catalogue_version for o in scan.offers] == [3]
    assert "not newer" in dict((p.name, r) for p, r in scan.passed_over)["catalogue-v2.pcbundle"]


def test_an_empty_or_missing_inbox_offers_nothing(world):
    scan = scan_inbox(world.layout())
    assert scan.offers == () and scan.newest is None and scan.installed_version == 2
