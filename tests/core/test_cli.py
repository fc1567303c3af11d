"""The command line contract (design.md): commands, the search JSON, exit codes 0/2 with one
line on stderr, `--root` and `--home`. Every run points --root and --home at temporary
folders, so the project's own catalogue.db is never touched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from core_helpers import BROKEN, PROJECT_ROOT, PUBLISHED, RESOURCES, copy_resources, marked_lines

from desktop.cli import run
from desktop.core.model import SearchRequest
from desktop.core.validation import validate_path

RESULT_KEYS = {"id", "title", "original_title", "country", "place", "region", "levels", "approaches",
               "policy_areas", "score", "snippet"}
FACET_KEYS = {"approach", "level", "policy_area", "actor", "region", "country", "gcm_objective"}
LOMH = "ecuador-organic-law-human-mobility"


@pytest.fixture(scope="module")
def cli_root(shipped_build, tmp_path_factory):
    """A project folder with a copy of the real resources and their already built catalogue."""
    root = tmp_path_factory.mktemp("cli-root")
    (root / "resources").mkdir()
    for name in ("taxonomy.yaml", "sources.yaml", "catalogue.yaml"):
        shutil.copy(RESOURCES / name, root / "resources" / name)
    for folder in ("practices", "guidance"):
        shutil.copytree(RESOURCES / folder, root / "resources" / folder)
    shutil.copy(shipped_build / "catalogue.db", root / "catalogue.db")
    shutil.copytree(shipped_build / "search_index", root / "search_index")
    return root


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def cli(capsys, cli_root, home):
    """cli(*args, root=cli_root) -> (exit code, stdout, stderr), run in this process."""
    def call(*args, root=None):
        code = run(["--root", str(root or cli_root), "--home", str(home), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return call


def search_json(cli, *args) -> dict:
    code, out, err = cli("search", *args, "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def assert_refused(code: int, out: str, err: str) -> None:
    """Exit 2, nothing on stdout, one line on stderr and no traceback."""
    assert code == 2, (code, err)
    assert err.strip() and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and "Internal error" not in err
    assert out == ""


def test_search_json_has_exactly_the_contract_keys(cli):
    data = search_json(cli, "diaspora", "--limit", "5")
    # The contract's keys, and what it leaves to us (README): whether the results are for a
    # corrected query, which words matched nothing, and whether no practice has them all.
    assert set(data) == {"query", "total", "results", "facets", "suggestion", "corrected", "unmatched", "partial"}
    assert data["query"] == "diaspora" and data["suggestion"] is None and data["corrected"] is False
    assert data["unmatched"] == [] and data["partial"] is False
    assert isinstance(data["total"], int) and 0 < len(data["results"]) <= 5 <= data["total"]
    for item in data["results"]:
        # Every key of design.md's contract, plus two documented extensions (README): all the
        # countries of a multi-country practice, and the year "sort by year" uses.
        assert set(item) == RESULT_KEYS | {"countries", "year"}, sorted(set(item) ^ RESULT_KEYS)
    assert set(data["facets"]) == FACET_KEYS


def test_search_json_values_have_the_contract_types(cli):
    for item in search_json(cli, "Sao Paulo")["results"]:
        for key in ("id", "title", "original_title", "country", "place", "region", "snippet"):
            assert isinstance(item[key], str), key
        for key in ("levels", "approaches", "policy_areas"):
            assert isinstance(item[key], list) and all(isinstance(v, str) for v in item[key]), key
        assert isinstance(item["score"], (int, float))
    facets = search_json(cli, "")["facets"]
    assert all(isinstance(n, int) for counts in facets.values() for n in counts.values())


def test_search_json_agrees_with_the_core(cli, shipped_catalogue):
    data = search_json(cli, "human mobility", "--level", "national", "--level", "local", "--not-country", "kenya")
    core = shipped_catalogue.search(SearchRequest(query="human mobility", filters={"level": ("national", "local")},
                                                  exclusions={"country": ("kenya",)}))
    assert data["total"] == core.total
    assert [r["id"] for r in data["results"]] == [h.id for h in core.hits]
    assert data["facets"] == core.facets


@pytest.mark.parametrize(("args", "field", "values"), [
    (["--country", "ecuador"], "country", {"ecuador"}),
    (["--gcm", "19"], "gcm_objective", {"19"}),
    (["--policy-area", "diaspora-contributions", "--policy-area", "migration-data"], "policy_area",
     {"diaspora-contributions", "migration-data"}),
    (["--approach", "whole-of-society"], "approach", {"whole-of-society"}),
    (["--actor", "youth"], "actor", {"youth"}),
    (["--region", "africa"], "region", {"africa"}),
    (["--level", "community"], "level", {"community"}),
])
def test_every_filter_option(cli, shipped_catalogue, args, field, values):
    data = search_json(cli, "", *args, "--limit", "1000")
    expected = {p for p in shipped_catalogue.practice_ids()
                if values & set(shipped_catalogue.practice(p).facet_values(field))}
    assert {r["id"] for r in data["results"]} == expected and expected


def test_exclusions_and_filters_combine(cli, shipped_catalogue):
    data = search_json(cli, "", "--region", "americas", "--not-level", "national", "--limit", "1000")
    expected = {p.id for p in map(shipped_catalogue.practice, shipped_catalogue.practice_ids())
                if "americas" in p.regions and "national" not in p.levels}
    assert {r["id"] for r in data["results"]} == expected and expected


def test_limit_and_offset_page_through_the_results(cli):
    whole = [r["id"] for r in search_json(cli, "", "--sort", "title", "--limit", "1000")["results"]]
    pages = []
    for offset in range(0, len(whole), 10):
        pages += [r["id"] for r in search_json(cli, "", "--sort", "title", "--limit", "10",
                                               "--offset", str(offset))["results"]]
    assert pages == whole


def test_search_text_output(cli):
    code, out, err = cli("search", "Sao Paulo")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("1 practice for") and "sao-paulo-municipal-plan" in out
    code, out, _ = cli("search", "diaspra")
    assert code == 0 and 'Showing results for "diaspora"' in out and "diaspra" in out


@pytest.mark.parametrize("args", [
    ["search", "x", "--level", "planetary"],
    ["search", "x", "--not-country", "atlantis"],
    ["search", "x", "--sort", "popularity"],
    ["search", "x", "--limit", "-3"],
    ["search", "a" * 600],
    ["search", "x", "--colour", "red"],
    ["show", "no-such-practice"],
    ["related", "no-such-practice"],
    ["frobnicate"],
])
def test_bad_input_exits_2_with_one_line(cli, args):
    assert_refused(*cli(*args))


def test_no_command_is_usage_not_an_internal_error(cli):
    code, _, err = cli()
    assert code in (0, 2), err
    assert "Internal error" not in err and "Traceback" not in err


def test_related_with_limit_zero_is_not_an_internal_error(cli):
    code, out, err = cli("related", LOMH, "--limit", "0", "--json")
    assert code in (0, 2) and "Internal error" not in err, err


def test_show(cli, shipped_catalogue):
    practice = shipped_catalogue.practice(LOMH)
    code, out, err = cli("show", LOMH)
    assert (code, err) == (0, "") and out.startswith(practice.title)
    code, out, err = cli("show", LOMH, "--json")
    data = json.loads(out)
    assert (code, data["id"], data["title"], data["country"]) == (0, LOMH, practice.title, "ecuador")
    assert data["levels"] == list(practice.levels) and data["body"] == practice.body


def test_stats(cli, shipped_catalogue):
    code, out, err = cli("stats", "--json")
    data = json.loads(out)
    assert (code, err) == (0, "")
    assert data["practice_count"] == len(shipped_catalogue.practice_ids())
    assert data["catalogue_version"] == shipped_catalogue.catalogue_version
    assert data["facets"] == shipped_catalogue.stats().facets
    code, out, _ = cli("stats")
    assert code == 0 and f"{data['practice_count']} practices" in out


def test_related(cli):
    code, out, err = cli("related", LOMH, "--json", "--limit", "3")
    data = json.loads(out)
    assert (code, err, data["id"]) == (0, "", LOMH)
    ids = [r["id"] for r in data["related"]]
    assert len(ids) == 3 and LOMH not in ids


@pytest.fixture
def mini_root(make_resources):
    return make_resources(name="project/resources").parent


def test_build_reports_what_it_did(cli, mini_root, home):
    code, out, _ = cli("build", root=mini_root)
    assert code == 0 and f"from scratch: {len(PUBLISHED)} practices" in out
    assert (mini_root / "catalogue.db").is_file() and (mini_root / "search_index").is_dir()
    code, out, _ = cli("build", root=mini_root)
    assert code == 0 and "up to date" in out
    path = mini_root / "resources" / "practices" / "hillcrest-migrant-desk.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    code, out, _ = cli("build", root=mini_root)
    assert code == 0 and "0 added, 1 changed, 0 removed" in out
    assert not home.exists() or not any(home.rglob("*.db")), "a build wrote into the user's home"


def test_build_refuses_invalid_sources_and_keeps_the_catalogue(cli, mini_root):
    assert cli("build", root=mini_root)[0] == 0
    before = (mini_root / "catalogue.db").read_bytes()
    shutil.copy(BROKEN / "many-problems.md", mini_root / "resources" / "practices")
    code, out, err = cli("build", root=mini_root)
    assert code == 2 and "Traceback" not in err
    assert "nothing was written" in err.splitlines()[-1]
    assert (mini_root / "catalogue.db").read_bytes() == before


def test_validate_prints_file_line_message_and_exits_2(cli, mini_root):
    target = mini_root / "resources" / "practices" / "many-problems.md"
    shutil.copy(BROKEN / "many-problems.md", target)
    expected = [str(p) for p in validate_path(target, mini_root / "resources")]
    for args in (["validate"], ["validate", str(target)], ["validate", str(mini_root / "resources" / "practices")]):
        code, out, err = cli(*args, root=mini_root)
        lines = err.splitlines()
        assert code == 2 and out == ""
        assert sorted(lines[:-1]) == sorted(expected)
        assert lines[-1] == f"{len(expected)} problems found."
    assert sorted(int(line.split(":")[1]) for line in expected) == marked_lines(target)


def test_validate_a_good_file_exits_0(cli, mini_root):
    target = mini_root / "resources" / "practices" / "lakeview-orchard-cooperative.md"
    code, out, err = cli("validate", str(target), root=mini_root)
    assert code == 0 and "no problems found" in out
    assert all(": warning: no translation yet" in line for line in err.splitlines())
    assert_refused(*cli("validate", str(mini_root / "nowhere.md"), root=mini_root))


def test_a_stale_catalogue_is_rebuilt_before_searching(cli, mini_root):
    assert cli("build", root=mini_root)[0] == 0
    path = mini_root / "resources" / "practices" / "northfield-diaspora-forum.md"
    path.write_text(path.read_text(encoding="utf-8").replace("once a year.", "once a year with a tuba band."),
                    encoding="utf-8")
    code, out, _ = cli("search", "tuba", "--json", root=mini_root)
    assert code == 0 and [r["id"] for r in json.loads(out)["results"]] == ["northfield-diaspora-forum"]


# -- a few real processes: exit codes and stderr as a user's shell sees them ------------------

def process(*args, root, home):
    env = {k: v for k, v in os.environ.items() if k != "PRACTICE_CATALOGUE_HOME"}
    env.update(PYTHONIOENCODING="utf-8", PYTHONPATH=str(PROJECT_ROOT))
    return subprocess.run([sys.executable, "-m", "desktop", "--root", str(root), "--home", str(home), *args],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_process_search_json(cli_root, home):
    done = process("search", "Sao Paulo", "--json", root=cli_root, home=home)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["results"][0]["id"] == "sao-paulo-municipal-plan-immigrant-population"


@pytest.mark.parametrize("query", ['"unclosed', "(((", "country:", "-", "OR AND NOT", "*", "São:Paulo*)",
                                   "x" * 501, "gcm:99 OR", "\u200b\u0301"])
def test_process_any_query_exits_0_or_2_without_traceback(cli_root, home, query):
    done = process("search", "--json", "--", query, root=cli_root, home=home)
    assert done.returncode in (0, 2), done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) <= 1, done.stderr
    if done.returncode == 0:
        assert json.loads(done.stdout)["query"] == query.strip()


@pytest.mark.parametrize("damage", ["garbage", "pages scrambled"])
def test_process_damaged_catalogue_is_one_line(cli_root, tmp_path, home, damage):
    # A field build: catalogue.db without editable sources, so nothing can rebuild it.
    root = tmp_path / "field"
    (root / "resources").mkdir(parents=True)
    data = bytearray((cli_root / "catalogue.db").read_bytes())
    start = 0 if damage == "garbage" else 4096
    for i in range(start, len(data)):
        data[i] = (i * 7 + 13) & 0xFF
    (root / "catalogue.db").write_bytes(bytes(data))
    done = process("search", "diaspora", root=root, home=home)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr, done.stderr


def test_process_validate_broken_file(tmp_path, home):
    resources = copy_resources(tmp_path / "project" / "resources")
    target = resources / "practices" / "many-problems.md"
    shutil.copy(BROKEN / "many-problems.md", target)
    done = process("validate", str(target), root=resources.parent, home=home)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()[:-1]
    assert lines and all(line.startswith(f"{target}:") for line in lines)
