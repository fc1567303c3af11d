"""Helpers shared by the core tests (imported by name: pytest puts tests/core on sys.path)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESOURCES = PROJECT_ROOT / "resources"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PRACTICES = FIXTURES / "practices"
BROKEN = FIXTURES / "broken"
# The published fixture practices (riverside-draft-practice is a draft: validated, never shown).
PUBLISHED = ("hillcrest-migrant-desk", "lakeview-orchard-cooperative", "northfield-diaspora-forum")
ALL_FIXTURES = PUBLISHED + ("riverside-draft-practice",)


def copy_resources(target: Path, practices=ALL_FIXTURES, extra: dict | None = None) -> Path:
    """A resources/ folder at `target`: the real taxonomy, document list and catalogue identity,
    the named fixture practices and `extra` {file name: text} practice files."""
    (target / "practices").mkdir(parents=True)
    for name in ("taxonomy.yaml", "sources.yaml", "catalogue.yaml"):
        shutil.copy(RESOURCES / name, target / name)
    for name in practices:
        shutil.copy(FIXTURE_PRACTICES / f"{name}.md", target / "practices" / f"{name}.md")
    for file_name, text in (extra or {}).items():
        (target / "practices" / file_name).write_text(text, encoding="utf-8")
    return target


def fixture_text(name: str) -> str:
    """The text of a valid fixture practice."""
    return (FIXTURE_PRACTICES / f"{name}.md").read_text(encoding="utf-8")


def marked_lines(path: Path, marker: str = "ERROR") -> list[int]:
    """1-based numbers of the lines of `path` that carry `marker`."""
    text = path.read_text(encoding="utf-8")
    return [number for number, line in enumerate(text.split("\n"), start=1) if marker in line]


def line_of(text: str, fragment: str) -> int:
    """1-based number of the only line of `text` containing `fragment`."""
    found = [number for number, line in enumerate(text.split("\n"), start=1) if fragment in line]
    assert len(found) == 1, f"{fragment!r} is on lines {found}"
    return found[0]


def all_practices(catalogue) -> list:
    """Every practice of an open catalogue, read one by one (the brute-force reference)."""
    return [catalogue.practice(practice_id) for practice_id in catalogue.practice_ids()]


def ids_of(result) -> list:
    return [hit.id for hit in result.hits]


def brute_force(practices, base_ids, filters=None, exclusions=None):
    """(ids of the final results, {field: {value: count}}) computed the slow, obvious way:
    a field's counts apply every exclusion and the inclusions of every OTHER field."""
    from desktop.core.taxonomy import FACET_FIELDS

    filters, exclusions = filters or {}, exclusions or {}

    def has_any(practice, field, values):
        return bool(set(practice.facet_values(field)) & set(values))

    scope = [p for p in practices if p.id in base_ids
             and not any(has_any(p, f, v) for f, v in exclusions.items())]
    final = {p.id for p in scope if all(has_any(p, f, v) for f, v in filters.items())}
    counts = {}
    for field in FACET_FIELDS:
        narrowed = [p for p in scope if all(has_any(p, f, v) for f, v in filters.items() if f != field)]
        counts[field] = dict(Counter(v for p in narrowed for v in set(p.facet_values(field))))
    return final, counts
