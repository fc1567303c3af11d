"""`lists`, `lists export NAME FILE`, `lists import FILE` on the real catalogue, with a private
home folder: what a trainer types, what she reads back, and exit code 2 with one sentence for a
bad file."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.cli import run
from desktop.core.userdata import UserData

PRACTICE = "ecuador-congope"


@pytest.fixture(scope="module")
def root(shipped_build, tmp_path_factory):
    """A field-build-like folder: catalogue.db and search_index/ without editable sources."""
    folder = tmp_path_factory.mktemp("lists-root")
    shutil.copy(shipped_build / "catalogue.db", folder / "catalogue.db")
    shutil.copytree(shipped_build / "search_index", folder / "search_index")
    return folder


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def cli(capsys, root, home):
    def call(*args):
        code = run(["--root", str(root), "--home", str(home), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return call


def _make_list(home, name, items):
    data = UserData(home / "user.db")
    made = data.lists.create(name)
    for practice_id, comment in items:
        data.lists.add(made.id, practice_id, practice_id, 1)
        data.lists.set_comment(made.id, practice_id, comment)
    data.close()


def test_lists_prints_each_list_in_order_with_comments(cli, home):
    _make_list(home, "Día 2: diáspora", [(PRACTICE, "Empezar aquí"), ("almaty-process", "")])
    code, out, err = cli("lists")
    assert (code, err) == (0, "")
    assert "1 reading list." in out and "Día 2: diáspora  (2 practices)" in out
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if f"[{PRACTICE}]" in line)
    assert lines[first].strip().startswith("1. ") and "> Empezar aquí" in lines[first + 1]
    assert "2. " in next(line for line in lines if "[almaty-process]" in line)


def test_export_then_import_on_another_laptop(cli, home, tmp_path):
    _make_list(home, "Workshop day 2", [(PRACTICE, "Start here"), ("almaty-process", "")])
    code, out, err = cli("lists", "export", "workshop DAY 2", str(tmp_path / "day2"))
    assert (code, err) == (0, "") and "day2.pclist" in out
    document = json.loads((tmp_path / "day2.pclist").read_text("utf-8"))
    assert document["catalogue"]["id"] == "mlg-practices" and document["catalogue"]["version"] >= 1
    assert [(i["practice_id"], i["comment"]) for i in document["items"]] == [
        (PRACTICE, "Start here"), ("almaty-process", "")]

    shutil.rmtree(home)  # the colleague's laptop: an empty home
    code, out, err = cli("lists", "import", str(tmp_path / "day2.pclist"))
    assert (code, err) == (0, "") and 'Imported "Workshop day 2": 2 practices.' in out
    code, out, err = cli("lists", "import", str(tmp_path / "day2.pclist"))
    assert 'Imported "Workshop day 2 (2)"' in out
    code, out, _ = cli("lists", "--json")
    lists = json.loads(out)
    assert [rl["name"] for rl in lists] == ["Workshop day 2", "Workshop day 2 (2)"]
    assert lists[0]["items"][0]["comment"] == "Start here" and lists[0]["items"][0]["in_catalogue"]


def test_a_practice_this_catalogue_lacks_is_kept_and_marked(cli, tmp_path):
    path = tmp_path / "newer.pclist"
    path.write_text(json.dumps({"format": "practice-catalogue-reading-list", "format_version": 1,
                                "name": "From HQ", "catalogue": {"id": "mlg-practices", "version": 9},
                                "items": [{"practice_id": "a-practice-of-version-nine", "title": "Nine"}]}))
    code, out, err = cli("lists", "import", str(path))
    assert code == 0 and "1 of them not in this catalogue (version 9)" in out
    code, out, err = cli("lists")
    assert "Nine  [a-practice-of-version-nine] — not in this catalogue (version 9)" in out


@pytest.mark.parametrize("content", [b"{not json", b'{"format": "practice-catalogue-reading-list", '
                                     b'"format_version": 1, "name": "x", "catalogue": {"id": "x", "version": 1}, '
                                     b'"items": [{"practice_id": "../../etc/passwd"}]}'])
def test_a_bad_file_is_one_sentence_and_exit_code_2(cli, home, tmp_path, content):
    path = tmp_path / "bad.pclist"
    path.write_bytes(content)
    code, out, err = cli("lists", "import", str(path))
    assert code == 2 and out == "" and err.count("\n") == 1 and "nothing was changed" in err
    assert "0 reading lists." in cli("lists")[1]


def test_exporting_a_list_that_does_not_exist(cli, tmp_path):
    code, out, err = cli("lists", "export", "No such list", str(tmp_path / "x.pclist"))
    assert code == 2 and "no reading list named 'No such list'" in err
    assert not (tmp_path / "x.pclist").exists()
