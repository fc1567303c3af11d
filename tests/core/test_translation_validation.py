"""`validate` keeps translations honest: a stale or missing translation is a warning (the
catalogue still builds), a translation without a title or summary, with unknown keys, with
other practice links than the English, or without an English file is an error on its line;
`stamp` records the English a translation matches."""

from __future__ import annotations

from desktop.core.build import build_catalogue
from desktop.core.sources import load_sources
from desktop.core.translations import english_hash
from desktop.core.validation import stamp_translations, validate_path

PRACTICE = "lakeview-orchard-cooperative"


LINKED = "## Qué es\nTexto; véase [Hillcrest](practice:hillcrest-migrant-desk).\n"  # as the English links


def translation(title='"Cooperativa frutícola de Lakeview"', summary='"Un resumen."', extra="",
                body=LINKED, source_hash="pending", practice=PRACTICE) -> str:
    lines = ["---", f"translation_of: {practice}", "language: es", f"source_hash: {source_hash}"]
    if title is not None:
        lines.append(f"title: {title}")
    if summary is not None:
        lines.append(f"summary: {summary}")
    lines.append('place: "Lakeview (cantón)"')
    lines += [extra, "---", body] if extra else ["---", body]
    return "\n".join(lines)


def write(resources, text: str, name: str = f"{PRACTICE}.es.md"):
    path = resources / "practices" / name
    path.write_text(text, encoding="utf-8")
    return path


def by_severity(problems) -> tuple:
    errors = [p for p in problems if p.severity == "error"]
    return errors, [p for p in problems if p.severity == "warning"]


def test_a_current_translation_is_clean_and_a_missing_one_is_a_warning(make_resources):
    resources = make_resources()
    practice = next(p for p in load_sources(resources).practices if p.id == PRACTICE)
    path = write(resources, translation(source_hash=english_hash(practice)))
    assert validate_path(path, resources) == []
    errors, warnings = by_severity(validate_path(resources / "practices" / f"{PRACTICE}.md", resources))
    assert errors == [] and len(warnings) == 1 and "fr, pt" in warnings[0].message


def test_a_stale_translation_is_a_warning_that_names_the_new_hash_and_still_builds(make_resources):
    resources = make_resources()
    path = write(resources, translation(source_hash="0123456789abcdef"))
    errors, warnings = by_severity(validate_path(path, resources))
    assert errors == [] and len(warnings) == 1
    assert warnings[0].line == 4 and "the English entry changed" in warnings[0].message
    report = build_catalogue(resources, resources.parent / "catalogue.db", resources.parent / "search_index")
    assert report.practice_count


def test_stamping_records_the_current_english(make_resources):
    resources = make_resources()
    path = write(resources, translation())
    assert stamp_translations(resources, []) == [path]
    assert all("does not record" not in p.message for p in validate_path(path, resources))
    assert stamp_translations(resources, [path]) == []  # already up to date


def test_missing_title_or_summary_is_an_error_on_its_line(make_resources):
    resources = make_resources()
    errors, _ = by_severity(validate_path(write(resources, translation(title=None)), resources))
    assert [e.message for e in errors] == ["the translation has no title"]
    errors, _ = by_severity(validate_path(write(resources, translation(summary='""')), resources))
    assert [(e.line, e.message) for e in errors] == [(6, "the translation has no summary")]


def test_unknown_keys_other_links_and_orphans_are_errors(make_resources):
    resources = make_resources()
    errors, _ = by_severity(validate_path(write(resources, translation(extra="country: ecuador")), resources))
    assert len(errors) == 1 and "unknown field 'country'" in errors[0].message and errors[0].line == 8
    body = "## Qué es\nVéase [otra](practice:northfield-diaspora-forum).\n"
    errors, _ = by_severity(validate_path(write(resources, translation(body=body)), resources))
    assert len(errors) == 1 and "links to other practices differ" in errors[0].message
    orphan = write(resources, translation(practice="no-such-practice"), "no-such-practice.es.md")
    errors, _ = by_severity(validate_path(orphan, resources))
    assert len(errors) == 1 and "no no-such-practice.md beside it" in errors[0].message


def test_a_broken_translation_stops_the_build_and_names_the_file(make_resources):
    resources = make_resources()
    write(resources, translation(title=None).replace("language: es", "language: fr"), f"{PRACTICE}.fr.md")
    problems = validate_path(resources, resources)
    errors, _ = by_severity(problems)
    assert len(errors) == 1 and errors[0].path.endswith(f"{PRACTICE}.fr.md")
    assert str(errors[0]).count(":") >= 2  # file:line: message
