"""Validation of practice sources: every problem is reported as `file:line: message` on the
line an editor has to fix (docs/practice-format.md; desktop.core.sources).

Broken fixtures mark their problem lines with `ERROR`, and substitutions below compute the line
they change, so no expected line number is written by hand."""

from __future__ import annotations

import shutil

import pytest
from core_helpers import BROKEN, PUBLISHED, fixture_text, line_of, marked_lines

from desktop.core.errors import ValidationFailed
from desktop.core.sources import REQUIRED, load_sources
from desktop.core.validation import validate_path


@pytest.fixture
def resources(make_resources):
    return make_resources()


def errors(problems) -> list:
    """The problems that stop a build (not the warnings about missing translations)."""
    return [p for p in problems if p.severity == "error"]


def check(resources, name: str, text: str | bytes):
    """Write one practice file next to the fixtures and validate it alone."""
    path = resources / "practices" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path, validate_path(path, resources)


def check_broken(resources, name: str):
    path = resources / "practices" / name
    shutil.copy(BROKEN / name, path)
    return path, validate_path(path, resources)


def lines(problems) -> list:
    return sorted(p.line for p in problems)


def test_the_fixture_practices_are_valid(resources):
    assert errors(validate_path(resources, resources)) == []
    for name in PUBLISHED:
        assert errors(validate_path(resources / "practices" / f"{name}.md", resources)) == []


def test_each_marked_line_of_many_problems_gets_exactly_one_problem(resources):
    path, problems = check_broken(resources, "many-problems.md")
    assert lines(problems) == marked_lines(path), "\n".join(map(str, problems))
    assert all(p.path == str(path) for p in problems)


@pytest.mark.parametrize(("on_line", "says"), [
    ("country: atlantis", "atlantis"),
    ("levels: [local, planetary]", "planetary"),
    ("approaches: [whole-of-goverment]", "did you mean 'whole-of-government'"),
    ("gcm_objectives: [19, 42]", "42"),
    ("period: {start: 2019, end: 20199}", "20199"),
    ("links: [hillcrest-migrant-desk, no-such-practice]", "no-such-practice"),
    ("countries: [ecuador]", "unknown field 'countries'"),
    ("last_reviewed: soon", "soon"),
    ("(practice:nowhere-to-be-found)", "nowhere-to-be-found"),
])
def test_many_problems_messages_name_what_is_wrong(resources, on_line, says):
    path, problems = check_broken(resources, "many-problems.md")
    line = line_of(path.read_text(encoding="utf-8"), on_line)
    messages = [p.message for p in problems if p.line == line]
    assert len(messages) == 1 and says in messages[0], messages


def test_problems_print_as_file_line_message(resources):
    path, problems = check_broken(resources, "many-problems.md")
    for problem in problems:
        assert str(problem) == f"{path}:{problem.line}: {problem.message}"


def test_block_style_lists_and_mappings_point_at_the_item_line(resources):
    # The module promises "the line an editor has to fix": for a block list that is the item.
    path, problems = check_broken(resources, "block-style-problems.md")
    assert lines(problems) == marked_lines(path), "\n".join(map(str, problems))


def test_yaml_error_points_at_the_line_that_breaks_it(resources):
    path, problems = check_broken(resources, "colon-in-value.md")
    assert lines(problems) == marked_lines(path)
    assert "YAML" in problems[0].message


def test_unclosed_quote_points_at_the_line_that_opens_it(resources):
    path, problems = check_broken(resources, "unclosed-quote.md")
    assert len(problems) == 1
    assert problems[0].line == line_of(path.read_text(encoding="utf-8"), 'title: "'), str(problems[0])


def test_duplicate_key_points_at_the_second_and_names_the_first_line(resources):
    path, problems = check_broken(resources, "duplicate-key.md")
    text = path.read_text(encoding="utf-8")
    assert lines(problems) == marked_lines(path)
    first = line_of(text, "title: A practice that gives")
    assert f"first on line {first}" in problems[0].message, str(problems[0])


def test_id_must_match_the_file_name(resources):
    path, problems = check_broken(resources, "wrong-file-name.md")
    assert lines(problems) == marked_lines(path)
    assert "wrong-file-name.md" in problems[0].message


def test_impossible_date_is_a_problem_not_a_crash(resources):
    path = resources / "practices" / "impossible-date.md"
    shutil.copy(BROKEN / "impossible-date.md", path)
    problems = validate_path(path, resources)  # must not raise ValueError
    assert lines(problems) == marked_lines(path)


def test_non_utf8_file_reports_the_line_of_the_bad_byte(resources):
    text = fixture_text("hillcrest-migrant-desk")
    bad_line = line_of(text, "health care and schooling")
    raw = text.encode("utf-8").replace(b"health care", "heálth care".encode("latin-1"))
    path, problems = check(resources, "hillcrest-migrant-desk.md", raw)
    assert [(p.line, "UTF-8" in p.message) for p in problems] == [(bad_line, True)]


@pytest.mark.parametrize("field", REQUIRED)
def test_missing_required_field_is_named(resources, field):
    text = fixture_text("hillcrest-migrant-desk")
    kept = [line for line in text.split("\n") if not line.startswith(f"{field}:")]
    _, problems = check(resources, "hillcrest-migrant-desk.md", "\n".join(kept))
    assert any(f"'{field}'" in p.message and p.line == 1 for p in problems), problems


def test_empty_required_field_points_at_its_line(resources):
    text = fixture_text("hillcrest-migrant-desk")
    old = next(line for line in text.split("\n") if line.startswith("summary:"))
    changed = text.replace(old, 'summary: ""')
    _, problems = check(resources, "hillcrest-migrant-desk.md", changed)
    assert [(p.line, "'summary'" in p.message) for p in problems] == [(line_of(changed, 'summary: ""'), True)]


# (what, text in hillcrest-migrant-desk.md, replacement, words the message must contain)
SUBSTITUTIONS = [
    ("unknown actor", "actors: [local-subnational-government, civil-society]",
     "actors: [local-subnational-government, civil-societies]", "civil-societies"),
    ("unknown policy area", "policy_areas: [access-to-basic-services]",
     "policy_areas: [access-to-services]", "access-to-services"),
    ("unknown gcm principle", "gcm_objectives: [15, 16]",
     "gcm_objectives: [15, 16]\ngcm_principles: [human-rigths]", "human-rigths"),
    ("unknown region", "place: Hillcrest", "place: Hillcrest\nregion: atlantica", "atlantica"),
    ("unknown source document", "source: {document: gfmd-annex-mlg",
     "source: {document: gfmd-annex", "gfmd-annex"),
    ("period reversed", "period: {start: 2021, end: null}", "period: {start: 2021, end: 2019}", "2021"),
    ("year as text", "period: {start: 2021, end: null}", "period: {start: twenty, end: null}", "twenty"),
    ("year as boolean", "period: {start: 2021, end: null}", "period: {start: yes, end: null}", "start"),
    ("year too early", "period: {start: 2021, end: null}", "period: {start: 1492, end: null}", "1492"),
    ("period not a mapping", "period: {start: 2021, end: null}", "period: 2021", "period"),
    ("unknown period key", "period: {start: 2021, end: null}", "period: {begin: 2021}", "period"),
    ("title not text", "title: Hillcrest's municipal migrant desk", "title: 42", "title"),
    ("levels not a list", "levels: [local, subnational]", "levels: {local: yes}", "levels"),
    ("bad status", "place: Hillcrest", "place: Hillcrest\nstatus: pending", "status"),
    ("unknown field", "place: Hillcrest", "place: Hillcrest\nplaces: [Hillcrest]", "places"),
    ("link that is neither id nor URL", "gcm_objectives: [15, 16]",
     "gcm_objectives: [15, 16]\nlinks: [Not A Practice]", "Not A Practice"),
    ("broken front-matter link", "gcm_objectives: [15, 16]",
     "gcm_objectives: [15, 16]\nlinks: [lakeview-orchard-cooperativ]", "lakeview-orchard-cooperativ"),
    ("broken body link", "health care and schooling;",
     "health care and [schooling](practice:hillcrest-school);", "hillcrest-school"),
    ("id not a slug", "id: hillcrest-migrant-desk", "id: Hillcrest_Desk", "Hillcrest_Desk"),
]


@pytest.mark.parametrize(("old", "new", "says"), [s[1:] for s in SUBSTITUTIONS],
                         ids=[s[0] for s in SUBSTITUTIONS])
def test_problem_is_reported_on_the_line_that_holds_it(resources, old, new, says):
    text = fixture_text("hillcrest-migrant-desk")
    assert old in text
    changed = text.replace(old, new)
    path, problems = check(resources, "hillcrest-migrant-desk.md", changed)
    expected_line = line_of(changed, new.split("\n")[-1])
    assert problems, "no problem found"
    assert {p.line for p in problems} == {expected_line}, "\n".join(map(str, problems))
    assert any(says in p.message for p in problems), "\n".join(map(str, problems))
    assert all(p.path == str(path) for p in problems)


@pytest.mark.parametrize(("what", "text", "line"), [
    ("no front matter", "Just a body.\n", 1),
    ("front matter never closed", "---\nid: hillcrest-migrant-desk\ntitle: T\n", 1),
    ("front matter is a list", "---\n- id\n- title\n---\nBody.\n", 2),
])
def test_files_without_usable_front_matter(resources, what, text, line):
    _, problems = check(resources, "hillcrest-migrant-desk.md", text)
    assert lines(problems) == [line], problems


def test_practice_without_body_is_reported_after_the_front_matter(resources):
    text = fixture_text("northfield-diaspora-forum")
    head = text[: text.rindex("---\n") + 4]
    _, problems = check(resources, "northfield-diaspora-forum.md", head)
    assert lines(problems) == [head.count("\n") + 1], problems


def test_windows_line_endings_and_bom_change_nothing(resources):
    text = fixture_text("lakeview-orchard-cooperative")
    _, problems = check(resources, "lakeview-orchard-cooperative.md", ("\ufeff" + text).replace("\n", "\r\n"))
    assert errors(problems) == []
    broken = text.replace("(practice:hillcrest-migrant-desk)", "(practice:hillcrest)")
    _, problems = check(resources, "lakeview-orchard-cooperative.md", broken.replace("\n", "\r\n"))
    assert lines(problems) == [line_of(broken, "(practice:hillcrest)")]


def test_duplicate_id_points_at_the_id_line_of_the_second_file(resources, tmp_path):
    other = tmp_path / "inbox"
    other.mkdir()
    duplicate = other / "hillcrest-migrant-desk.md"
    duplicate.write_text(fixture_text("hillcrest-migrant-desk"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        load_sources(resources, extra_practices=[duplicate])
    problems = failed.value.problems
    assert [p.path for p in problems] == [str(duplicate)]
    assert "already used" in problems[0].message and str(resources / "practices") in problems[0].message
    assert problems[0].line == line_of(fixture_text("hillcrest-migrant-desk"), "id: hillcrest-migrant-desk")


def test_load_sources_reports_every_broken_file_at_once(resources):
    for name in ("many-problems.md", "wrong-file-name.md", "colon-in-value.md"):
        shutil.copy(BROKEN / name, resources / "practices" / name)
    with pytest.raises(ValidationFailed) as failed:
        load_sources(resources)
    files = {p.path for p in failed.value.problems}
    assert files == {str(resources / "practices" / n) for n in ("many-problems.md", "wrong-file-name.md",
                                                                 "colon-in-value.md")}
    assert "nothing was written" in str(failed.value)
    expected = marked_lines(resources / "practices" / "many-problems.md")
    assert sorted(p.line for p in failed.value.problems if p.path.endswith("many-problems.md")) == expected


def test_validating_a_folder_or_its_practices_folder_finds_the_same(resources):
    shutil.copy(BROKEN / "wrong-file-name.md", resources / "practices")
    whole = validate_path(resources, resources)
    assert whole == validate_path(resources / "practices", resources)
    assert [p.path for p in whole] == [str(resources / "practices" / "wrong-file-name.md")]


def test_links_may_point_to_a_practice_validated_in_the_same_run(make_resources):
    resources = make_resources(practices=("lakeview-orchard-cooperative", "hillcrest-migrant-desk"))
    assert load_sources(resources).practices
    (resources / "practices" / "hillcrest-migrant-desk.md").unlink()
    with pytest.raises(ValidationFailed) as failed:
        load_sources(resources)
    text = fixture_text("lakeview-orchard-cooperative")
    assert lines(failed.value.problems) == sorted([line_of(text, "links: [hillcrest-migrant-desk]"),
                                                   line_of(text, "(practice:hillcrest-migrant-desk)")])
