"""Hostile files (issue 12): each attack is a row of a table, refused with one sentence, quickly,
by the same checks wherever the file comes from (an editor's folder, a contribution, a bundle).

Items: 2 (YAML alias bombs), 3 (field lengths), 15 (control characters and bidi overrides at
validation), 8 (a bundle's sources.yaml and taxonomy.yaml checked like the editors'), 5 (named
pipes)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import yaml
from core_helpers import RESOURCES, fixture_text
from hostile_support import fifo, laughs, timed, with_front_matter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from updates_support import World, forge, run_cli, session_world, snapshot

from desktop.core.bundles import BundleRefused
from desktop.core.contributions import ContributionInvalid, import_contribution, read_contribution
from desktop.core.errors import CatalogueError
from desktop.core.sources import load_catalogue_identity, load_documents
from desktop.core.taxonomy import load_taxonomy, taxonomy_from_data
from desktop.core.updates import prepare_import
from desktop.core.validation import validate_path

PRACTICE = "hillcrest-migrant-desk"
TRANSLATED = "lakeview-orchard-cooperative"
CONTRIBUTION = """---
contribution: 1
title: Municipal migrant council of Tunis
place: Tunis, Tunisia
levels: [local]
approaches: [participatory-consultation]
source: Interview with the council secretary
submitted: 2026-03-02
---
The council meets every quarter.
"""
TRANSLATION = """---
translation_of: lakeview-orchard-cooperative
language: es
source_hash: pending
title: "Cooperativa frutícola de Lakeview"
summary: "Un resumen."
place: "Lakeview (cantón)"
---
## Qué es
Texto; véase [Hillcrest](practice:hillcrest-migrant-desk).
"""


@pytest.fixture
def resources(make_resources):
    return make_resources()


@pytest.fixture
def world(tmp_path, tmp_path_factory) -> World:
    return session_world(tmp_path_factory).copy(tmp_path / "world")


def errors_of(path, resources) -> list:
    return [p for p in validate_path(path, resources) if p.severity == "error"]


def write_practice(resources, text: str, name: str = f"{PRACTICE}.md"):
    path = resources / "practices" / name
    path.write_text(text, encoding="utf-8")
    return path


# -- item 2: YAML anchors and aliases ------------------------------------------------------------

ALIAS_SAYS = "anchor or alias"


@pytest.mark.parametrize("extra, replace", [
    ("aliases: [&a Hillcrest desk, *a]", None),  # the smallest use: harmless, refused all the same
    (laughs(levels=5), None),  # a bomb's shape
    ("title: &t Hillcrest's desk", "title:"),  # an anchor without an alias
    ("source: {document: gfmd-annex-mlg, section: &s Test fixture}\ntopics: [*s]", "source:"),
])
def test_a_practice_with_anchors_or_aliases_is_refused_on_their_line(resources, extra, replace):
    text = with_front_matter(fixture_text(PRACTICE), extra, replace)
    path = write_practice(resources, text)
    problems = errors_of(path, resources)
    assert len(problems) == 1 and ALIAS_SAYS in problems[0].message, problems
    named = text.split("\n")[problems[0].line - 1]  # the line of the first anchor or alias
    assert "&" in named or "*" in named


@pytest.mark.parametrize("kind", ["translation", "guidance"])
def test_translations_and_guidance_refuse_aliases_too(resources, kind):
    if kind == "translation":
        path = write_practice(resources, with_front_matter(TRANSLATION, laughs(levels=4, key="aliases")),
                              f"{TRANSLATED}.es.md")
    else:
        (resources / "guidance").mkdir()
        source = (RESOURCES / "guidance" / "access-to-basic-services.md").read_text(encoding="utf-8")
        path = resources / "guidance" / "access-to-basic-services.md"
        path.write_text(with_front_matter(source, "title: &t Guaranteeing access to basic services", "title:"),
                        encoding="utf-8")
    problems = errors_of(path, resources)
    assert problems and ALIAS_SAYS in problems[0].message


@pytest.mark.parametrize("name, loader", [
    ("taxonomy.yaml", load_taxonomy),
    ("sources.yaml", load_documents),
    ("catalogue.yaml", load_catalogue_identity),
])
def test_catalogue_yaml_files_refuse_aliases_in_one_sentence(resources, name, loader):
    path = resources / name
    text = path.read_text(encoding="utf-8")
    if name == "sources.yaml":
        text = text.replace("- id: gfmd-annex-mlg\n", "- id: gfmd-annex-mlg\n  publisher: &p Someone\n", 1)
        text += "- id: copied\n  title: *p\n"
    else:
        text += "\nx-bomb: &b [lol, lol]\nx-more: [*b, *b]\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as refused:
        loader(path)
    message = str(refused.value)
    assert ALIAS_SAYS in message and str(path) in message and "\n" not in message


def test_a_billion_laughs_contribution_is_refused_at_once(tmp_path):
    """602 bytes that became 5.75 GB and 98 s before: refused before anything is built."""
    path = tmp_path / "bomb.contribution.md"
    path.write_text(with_front_matter(CONTRIBUTION, laughs(levels=9, key="country")), encoding="utf-8")
    assert path.stat().st_size < 1000
    result, seconds = timed(read_contribution, path)
    assert isinstance(result, ContributionInvalid) and ALIAS_SAYS in str(result)
    assert seconds < 2


@pytest.mark.parametrize("member, edit", [
    ("practice", lambda text: with_front_matter(text, laughs(levels=6, key="topics"), "topics:")),
    ("taxonomy.yaml", lambda text: text + "\nx-bomb: &b [lol, lol]\nx-more: [*b, *b]\n"),
    ("sources.yaml", lambda text: text.replace("- id: gfmd-annex-mlg\n", "- id: gfmd-annex-mlg\n  publisher: &p x\n", 1)
     + "- id: copied\n  title: *p\n"),
])
def test_a_signed_bundle_with_aliases_is_refused_before_the_preview(world, member, edit):
    """A signed bundle with a bomb in a practice or taxonomy.yaml failed in the build after 60-137 s
    and 3-6 GB, after the preview was shown; now preparing the import refuses it."""
    def edit_members(members):
        name = member if member != "practice" else sorted(m for m in members if m.startswith("practices/")
                                                         and m.count(".") == 1)[0]
        members[name] = edit(members[name].decode("utf-8")).encode("utf-8")
    bundle = forge(world, world.base / "bomb.pcbundle", edit_members=edit_members, rehash=True)
    before = snapshot(world.fresh_home)
    result, seconds = timed(prepare_import, world.layout(world.fresh_home), bundle)
    assert isinstance(result, BundleRefused) and ALIAS_SAYS in str(result), result
    assert seconds < 10 and snapshot(world.fresh_home) == before


# -- item 3: every field has a length limit ------------------------------------------------------

LONG = "x" * 1_000_000


@pytest.mark.parametrize("field, line, limit", [
    ("title", f"title: {LONG}", "300"),
    ("summary", f"summary: {'y' * 1001}", "1,000"),
    ("original_title", f"original_title: {'z' * 301}", "300"),
    ("place", f"place: {'p' * 301}", "300"),
    ("aliases", f"aliases: [{'a' * 201}]", "200"),
    ("aliases", f"aliases: [{', '.join(f'name{i}' for i in range(31))}]", "30"),
    ("topics", f"topics: [{', '.join(f'topic{i}' for i in range(51))}]", "50"),
    ("levels", f"levels: [{', '.join(['local'] * 51)}]", "50"),
    ("links", f"links: [{', '.join(['hillcrest-migrant-desk'] * 101)}]", "100"),
    ("source", "source: {document: gfmd-annex-mlg, section: " + "s" * 1001 + "}", "1,000"),
    ("country", f"country: [{', '.join(['ecuador'] * 101)}]", "100"),
    ("unknown field", f"{'k' * 101}: 1", "100"),
])
def test_an_oversized_field_is_one_problem_on_its_line(resources, field, line, limit):
    key = line.split(":", 1)[0]
    text = with_front_matter(fixture_text(PRACTICE), line, None if field == "unknown field" else f"{key}:")
    path = write_practice(resources, text)
    started = time.monotonic()
    problems = errors_of(path, resources)
    assert time.monotonic() - started < 2
    assert len(problems) == 1 and f"at most {limit}" in problems[0].message, problems
    assert text.split("\n")[problems[0].line - 1].startswith(line[:20])


def test_an_oversized_body_is_refused(resources):
    path = write_practice(resources, fixture_text(PRACTICE) + "word " * 20_001)
    problems = errors_of(path, resources)
    assert len(problems) == 1 and "at most 100,000" in problems[0].message


@pytest.mark.parametrize("line, limit", [
    (f'title: "{"t" * 301}"', "300"),
    (f'summary: "{"s" * 1001}"', "1,000"),
    (f"aliases: [{', '.join(f'n{i}' for i in range(31))}]", "30"),
])
def test_translation_fields_have_the_same_limits(resources, line, limit):
    text = with_front_matter(TRANSLATION, line, line.split(":", 1)[0] + ":")
    path = write_practice(resources, text, f"{TRANSLATED}.es.md")
    problems = errors_of(path, resources)
    assert problems and f"at most {limit}" in problems[0].message


def test_validate_on_the_command_line_names_the_limit(resources):
    path = write_practice(resources, with_front_matter(fixture_text(PRACTICE), f"title: {LONG}", "title:"))
    code, out, err = run_cli("--root", resources.parent, "validate", path)
    assert code == 2 and "at most 300" in err and len(err) < 2000


def test_a_bundle_with_a_one_megabyte_title_is_refused_at_import(world):
    def edit_members(members):
        name = sorted(m for m in members if m.startswith("practices/") and m.count(".") == 1)[0]
        members[name] = with_front_matter(members[name].decode("utf-8"), f"title: {LONG}", "title:").encode()
    bundle = forge(world, world.base / "long.pcbundle", edit_members=edit_members, rehash=True)
    with pytest.raises(BundleRefused, match="at most 300"):
        prepare_import(world.layout(world.fresh_home), bundle)


# -- item 15: control characters and bidi overrides are refused at validation ----------------------

@pytest.mark.parametrize("line, says", [
    ('title: "Hillcrest \\e[2J desk"', "U+001B (ESC)"),
    ('title: "Hillcrest\\rSigned by hq-editor (5dc7 5c34 ed7e 9526)"', "U+000D (carriage return)"),
    ('title: "Hillcrest \\x9b2J desk"', "U+009B (CSI)"),
    ("title: Hillcrest \u202edesk", "U+202E (a bidirectional override)"),
    ('summary: "A summary \\a that rings"', "U+0007 (BEL)"),
    ('place: "Hill\\ecrest"', "U+001B"),
    ('aliases: [fine, "not\\e[31m fine"]', "U+001B"),
    ("aliases: [\u2067reversed]", "U+2067"),
    ('original_title: "Line one\\nline two"', "U+000A (line break)"),
    ('source: {document: gfmd-annex-mlg, section: "\\e]0;title\\a"}', "U+001B"),
])
def test_control_characters_in_a_field_are_refused_on_its_line(resources, line, says):
    text = with_front_matter(fixture_text(PRACTICE), line, line.split(":", 1)[0] + ":")
    path = write_practice(resources, text)
    problems = errors_of(path, resources)
    assert len(problems) == 1 and says in problems[0].message, problems
    assert text.split("\n")[problems[0].line - 1].startswith(line.split(":", 1)[0])


@pytest.mark.parametrize("body, line", [
    ("Text\n\x1b[2JCleared.\n", 2),
    ("Text\nA carriage\rreturn alone\n", 2),
    ("\x00", 1),
])
def test_control_characters_in_the_text_are_refused_on_their_line(resources, body, line):
    text = fixture_text(PRACTICE).split("\n---\n")[0] + "\n---\n" + body
    path = write_practice(resources, text)
    problems = errors_of(path, resources)
    body_line = text.split("\n").index("---", 1) + 2
    assert len(problems) == 1 and "remove it" in problems[0].message and problems[0].line == body_line + line - 1


def test_windows_line_ends_tabs_and_bidi_in_text_stay_allowed(resources):
    text = with_front_matter(fixture_text(PRACTICE), "summary: A summary quoting \u202eטקסט\u202c.", "summary:")
    path = write_practice(resources, text.replace("\n", "\r\n").replace("orchards", "\torchards"))
    assert errors_of(path, resources) == []


def test_a_translation_with_an_escape_in_its_title_is_refused(resources):
    text = with_front_matter(TRANSLATION, 'title: "Cooperativa \\e[2J"', "title:")
    problems = errors_of(write_practice(resources, text, f"{TRANSLATED}.es.md"), resources)
    assert problems and "U+001B" in problems[0].message


@pytest.mark.parametrize("line", [
    'title: "Municipal council \\e[2J of Tunis"',
    'place: "Tunis\\rSigned by hq-editor"',
    'contributor: "A. B.\\e]0;owned\\a"',
    "title: Municipal council \u202eof Tunis",
])
def test_a_contribution_with_control_characters_is_refused(tmp_path, line):
    path = tmp_path / "x.contribution.md"
    path.write_text(with_front_matter(CONTRIBUTION, line, line.split(":", 1)[0] + ":"), encoding="utf-8")
    with pytest.raises(ContributionInvalid, match="U\\+"):
        read_contribution(path)


def test_a_contribution_whose_text_holds_an_escape_is_refused(tmp_path):
    path = tmp_path / "x.contribution.md"
    path.write_text(CONTRIBUTION + "\x1b[2J", encoding="utf-8")
    with pytest.raises(ContributionInvalid, match="description contains the character U\\+001B"):
        read_contribution(path)


def test_a_manifest_title_with_an_escape_is_refused(world):
    bundle = forge(world, world.base / "title.pcbundle",
                   edit_manifest=lambda m: m.update(catalogue_title="Catalogue\x1b[2J\rSigned by hq-editor"))
    with pytest.raises(BundleRefused, match="catalogue_title"):
        prepare_import(world.layout(world.fresh_home), bundle)


# -- item 8: sources.yaml (and taxonomy.yaml) of a bundle, checked as the editors' ------------------

DOCUMENT_LISTS = [  # the first two are the ("Internal error (KeyError: 'id')")
    ([{"title": "No id"}], "needs an 'id'"),
    (["just", "strings"], "is not a set of 'key: value' lines"),
    ({"id": "x", "title": "a mapping, not a list"}, "must be a list of documents"),  # refused before too: a guard
    ([], "must be a list of documents"),
    ([{"id": 5, "title": "x"}], "'id' that is not text"),
    ([{"id": "a", "title": "x"}, {"id": "a", "title": "y"}], "a second time"),
    ([{"id": "a"}], "needs a 'title'"),
    ([{"id": "a", "title": ["a", "list"]}], "'title' that is not text"),
    ([{"id": "a", "title": "x", "url": "http://x"}], "unknown field 'url'"),
    ([{"id": "a", "title": "t" * 501}], "at most 500"),
    ([{"id": "a", "title": "Signed\x1b[2J"}], "U+001B"),
    ([{"id": "Not A Slug", "title": "x"}], "needs an 'id' of a-z"),
    (None, "must be a list of documents"),  # refused before too: a guard
]


@pytest.mark.parametrize("data, says", DOCUMENT_LISTS)
def test_a_malformed_source_document_list_is_one_sentence(tmp_path, data, says):
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError) as refused:
        load_documents(path)
    assert says in str(refused.value) and "\n" not in str(refused.value)


@pytest.mark.parametrize("data, says", [DOCUMENT_LISTS[0], DOCUMENT_LISTS[1], DOCUMENT_LISTS[4]])
def test_a_signed_bundle_with_a_malformed_source_list_is_refused_in_one_sentence(world, data, says):
    """It was "Internal error (KeyError: 'id')"."""
    text = yaml.safe_dump(data)
    bundle = forge(world, world.base / "sources.pcbundle", rehash=True,
                   edit_members=lambda members: members.__setitem__("sources.yaml", text.encode()))
    code, out, err = run_cli("--root", world.field, "--home", world.fresh_home, "import", bundle, "--yes")
    assert code == 2 and "Internal error" not in err and says in err, err
    assert err.count("\n") == 1 and "source document list" in err


TAXONOMY_DAMAGE = [
    ("synonyms: [multilevel platform", "synonyms: 5 #", "synonyms"),
    ("  groups:\n    - id: saving-lives", "  groups:\n    - kind: goal", "groups"),
    ("label: {en: Approach, es: Enfoque, fr: Approche, pt: Abordagem}", "label: Approach", "label mapping"),
    ("    - id: multi-level-platform", "    - id: [a, list]", "not text"),
    ("id: multi-level-platform", "id: \"multi\\e[2J\"", "U+001B"),
    # An unquoted comma in a flow mapping cut a GCM objective's title in two (shipped until 0.2).
    ('title: "Prevent, combat and eradicate', 'title: Prevent, combat and eradicate', "unknown key"),
]


@pytest.mark.parametrize("old, new, says", TAXONOMY_DAMAGE)
def test_a_malformed_taxonomy_is_one_sentence(resources, old, new, says):
    path = resources / "taxonomy.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as refused:
        load_taxonomy(path)
    assert says in str(refused.value)


def test_a_signed_bundle_with_a_malformed_taxonomy_is_refused_in_one_sentence(world):
    old, new, says = TAXONOMY_DAMAGE[1]
    bundle = forge(world, world.base / "taxonomy.pcbundle", rehash=True, edit_members=lambda members: members.__setitem__(
        "taxonomy.yaml", members["taxonomy.yaml"].decode().replace(old, new, 1).encode()))
    code, out, err = run_cli("--root", world.field, "--home", world.fresh_home, "import", bundle, "--yes")
    assert code == 2 and "Internal error" not in err and says in err


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                                       max_size=4), max_leaves=20)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=json_values)
def test_any_shape_of_source_list_gives_a_sentence_or_documents(data):
    from desktop.core.sources import documents_from_data
    try:
        documents_from_data(data, "sources.yaml")
    except CatalogueError:
        pass


_REAL_TAXONOMY = yaml.safe_load((RESOURCES / "taxonomy.yaml").read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vocabulary=st.sampled_from(list(_REAL_TAXONOMY)), part=st.sampled_from(["label", "terms", "groups", "term"]),
       value=json_values)
def test_any_damage_to_a_taxonomy_gives_a_sentence_or_a_taxonomy(vocabulary, part, value):
    import copy
    data = copy.deepcopy(_REAL_TAXONOMY)
    if part == "term":
        data[vocabulary]["terms"][0] = value
    else:
        data[vocabulary][part] = value
    try:
        taxonomy_from_data(data, "taxonomy.yaml")
    except CatalogueError:
        pass


# -- item 5: only regular files are opened: a named pipe is refused, never waited on ----------------

@pytest.mark.parametrize("command", [
    ("contributions", "import"),
    ("validate",),
    ("keys", "trust"),
    ("import",),
    ("verify",),
])
def test_a_named_pipe_is_refused_at_once(world, tmp_path, command):
    names = {"contributions": "x.contribution.md", "validate": "pipe.md", "keys": "editor.pub"}
    with fifo(tmp_path / names.get(command[0], "pipe.pcbundle")) as pipe:
        started = time.monotonic()
        code, out, err = run_cli("--root", world.field, "--home", world.home, *command, pipe)
        seconds = time.monotonic() - started
    assert seconds < 3 and code == 2 and "not a regular file" in err, (seconds, err)


def test_a_named_pipe_among_the_practices_does_not_hang_validation(resources, tmp_path):
    with fifo(resources / "practices" / "zz-pipe.md"):
        result, seconds = timed(validate_path, resources, resources)
    assert seconds < 3 and any("not a regular file" in p.message for p in result)


def test_contributions_import_of_a_pipe_changes_nothing(world, tmp_path):
    before = snapshot(world.editor)
    with fifo(tmp_path / "x.contribution.md") as pipe:
        result, seconds = timed(import_contribution, world.editor / "resources", pipe)
    assert isinstance(result, ContributionInvalid) and seconds < 3
    assert snapshot(world.editor) == before
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_a_contribution_at_every_limit_of_its_form_still_imports(world, tmp_path):
    """The practice limits leave room for everything the form accepts."""
    from desktop.core.contributions import _LIMITS, write_contribution
    values = {"title": "T" * _LIMITS["title"], "place": "P" * _LIMITS["place"], "source": "S" * _LIMITS["source"],
              "contributor": "C" * _LIMITS["contributor"], "description": ("Word. " * 10_000)[:_LIMITS["description"]],
              "levels": ["local"], "approaches": ["participatory-consultation"]}
    path = write_contribution(tmp_path, values)
    result = import_contribution(world.editor / "resources", path)
    assert errors_of(result.path, world.editor / "resources") == []


def test_a_catalogue_built_before_the_titles_were_quoted_still_opens():
    """Catalogues and bundles made from the 0.1 taxonomy (a GCM objective's title cut in two by
    an unquoted comma) stay readable; only an editor's own taxonomy.yaml is held to the rule."""
    data = yaml.safe_load("terms: [{id: '10', label: {en: '10. Trafficking'}, title: Prevent, combat and eradicate}]")
    assert set(data["terms"][0]) == {"id", "label", "title", "combat and eradicate"}
    full = yaml.safe_load((Path(__file__).resolve().parents[2] / "resources" / "taxonomy.yaml").read_text())
    full["gcm_objective"]["terms"][9]["combat and eradicate"] = None
    taxonomy = taxonomy_from_data(full, "catalogue.db")
    assert taxonomy["gcm_objective"].labels["en"]
    with pytest.raises(CatalogueError, match="unknown key"):
        taxonomy_from_data(full, "taxonomy.yaml", strict=True)
