"""The mirror commands end to end: an editor publishes to a folder, a local server serves it as
any static host would, a field office checks and fetches through the CLI."""

from __future__ import annotations

import json

import pytest
from mirror_support import MirrorServer, MirrorWorld, session_mirror_world
from updates_support import retitle, run_cli

from desktop.core.installed import installed
from desktop.core.mirrors.index import read_index
from desktop.core.mirrors.state import downloads_dir


@pytest.fixture
def mw(tmp_path, tmp_path_factory) -> MirrorWorld:
    return session_mirror_world(tmp_path_factory).copy(tmp_path / "mw")


def field(mw, *argv):
    return run_cli("--root", mw.field, "--home", mw.home, *argv)


def test_publish_to_a_mirror_folder_offers_a_delta_from_recent_versions(mw):
    retitle(mw.editor / "resources", mw.changed_id, "Another title for version 6")
    code, out, err = run_cli("--root", mw.editor, "--home", mw.base / "editor-home", "publish",
                             "--key", mw.world.key.private_path, "--mirror", mw.mirror, "--expires-in", "7")
    assert code == 0, err
    assert "Published version 6" in out and "a delta from version 5" in out and "a delta from version 4" in out
    names = sorted(p.name for p in mw.mirror.iterdir())
    assert "catalogue-v000006.pcbundle" in names and "catalogue-v000004-to-v000005.pcbundle" not in names
    index = read_index((mw.mirror / "index.json").read_bytes(), {mw.world.key.public.key_id: mw.world.key.public},
                       "here")
    assert index.version == 6 and {d.base_version for d in index.deltas} == {4, 5}
    assert 6.9 < (index.expires - index.generated).total_seconds() / 86400 < 7.1
    for entry in (index.full, *index.deltas):
        code, out, err = run_cli("--root", mw.field, "--home", mw.home, "verify", mw.mirror / entry.file)
        assert code == 0 and "Signature: good" in out, err


def test_refresh_index_extends_the_expiry_without_a_new_version(mw):
    before = json.loads((mw.mirror / "index.json").read_bytes())["index"]
    code, out, err = run_cli("--root", mw.editor, "--home", mw.base / "editor-home", "publish", "--key",
                             mw.world.key.private_path, "--mirror", mw.mirror, "--refresh-index", "--expires-in", "90")
    assert code == 0, err
    after = json.loads((mw.mirror / "index.json").read_bytes())["index"]
    assert after["version"] == before["version"] == 5 and after["full"] == before["full"]
    assert after["expires"] > before["expires"] and after["generated"] > before["generated"]


def test_publish_needs_out_or_mirror(mw):
    code, _, err = run_cli("--root", mw.editor, "--home", mw.base / "editor-home", "publish", "--key",
                           mw.world.key.private_path)
    assert code == 2 and "either --out FILE" in err


def test_check_and_fetch_through_the_cli(mw):
    with MirrorServer(mw.mirror) as server:
        code, out, err = field(mw, "check-updates", "--mirror", server.url)
        assert code == 0, err
        assert "Catalogue version 5 is available (16 KB)." in out and "a delta from the installed version" in out
        assert installed(mw.layout()).version == 4
        code, out, err = field(mw, "fetch-update", "--mirror", server.url, "--yes")
        assert code == 0, err
    assert "version 4 -> 5 (delta on version 4)" in out and "Imported version 5" in out
    assert installed(mw.layout()).version == 5
    assert list(downloads_dir(mw.layout()).iterdir()) == []
    with MirrorServer(mw.mirror) as server:
        code, out, _ = field(mw, "check-updates", "--mirror", server.url)
    assert code == 0 and "The catalogue is up to date (version 5)." in out


def test_a_refusal_on_the_cli_is_one_sentence_and_exit_code_2(mw):
    with MirrorServer(mw.mirror) as server:
        server.faults["index.json"] = {"status": 404}
        code, out, err = field(mw, "fetch-update", "--mirror", server.url, "--yes")
    assert code == 2 and out == "" and err.count("\n") == 1 and "has no index.json" in err
    code, _, err = field(mw, "check-updates", "--mirror", "http://example.org/catalogue")
    assert code == 2 and "is not HTTPS" in err
    code, _, err = field(mw, "check-updates")
    assert code == 2 and "No mirror is set" in err
