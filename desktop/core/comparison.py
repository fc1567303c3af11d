"""Comparing two to four practices side by side: one row per aspect, marked where they differ."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import CatalogueError

MIN_COMPARED, MAX_COMPARED = 2, 4

# (row key, facet field whose term labels to show, Practice attribute); None field: shown as written.
ROWS = (
    ("country", "country", "countries"),
    ("place", None, "place"),
    ("levels", "level", "levels"),
    ("approaches", "approach", "approaches"),
    ("actors", "actor", "actors"),
    ("policy_areas", "policy_area", "policy_areas"),
    ("gcm_objectives", "gcm_objective", "gcm_objectives"),
    ("period", None, "period"),
    ("source", None, "sources"),
    ("summary", None, "summary"),
)
HEADINGS_EN = {"country": "Country", "place": "Place", "levels": "Levels", "approaches": "Approaches",
               "actors": "Actors", "policy_areas": "Policy areas", "gcm_objectives": "GCM objectives",
               "period": "Period", "source": "Source", "summary": "Summary"}


@dataclass(frozen=True)
class ComparisonRow:
    """One aspect of the compared practices: a heading, one text per practice, and whether they differ."""

    key: str
    heading: str
    values: tuple  # of str, one per practice, labels in the asked language
    differs: bool


def _period(practice) -> str:
    return "–".join(str(y) for y in (practice.period_start, practice.period_end) if y is not None)


def compare(practices, taxonomy, language: str = "en", headings: dict | None = None,
            document_titles: dict | None = None) -> list:
    """The rows comparing `practices` (2 to 4 Practice objects, already in `language` where translated).
    Facet rows differ when the sets of values differ (order does not count); the others when the
    texts differ. Raises CatalogueError for fewer than two or more than four practices."""
    if not MIN_COMPARED <= len(practices) <= MAX_COMPARED:
        raise CatalogueError(f"Choose between {MIN_COMPARED} and {MAX_COMPARED} practices to compare "
                             f"({len(practices)} chosen).")
    headings = {**HEADINGS_EN, **(headings or {})}
    titles = document_titles or {}
    rows = []
    for key, field_name, attribute in ROWS:
        if field_name is not None:
            raw = [frozenset(getattr(p, attribute)) for p in practices]
            texts = [", ".join(taxonomy.term_label(field_name, v, language) for v in getattr(p, attribute))
                     for p in practices]
        elif key == "period":
            texts = [_period(p) for p in practices]
            raw = texts
        elif key == "source":
            texts = ["; ".join(titles.get(ref.document, ref.document) + (f", {ref.section}" if ref.section else "")
                               for ref in p.sources) for p in practices]
            raw = [frozenset(ref.document for ref in p.sources) for p in practices]
        else:
            texts = [str(getattr(p, attribute) or "") for p in practices]
            raw = texts
        rows.append(ComparisonRow(key=key, heading=headings[key], values=tuple(texts),
                                  differs=len(set(raw)) > 1))
    return rows
