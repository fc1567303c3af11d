"""Presentation mode without the drawing: what a slide of a practice says, and how the keys move
through the pages of one practice and then on to the next practice of a list."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .rendering import markdown_to_html


@dataclass(frozen=True)
class Slide:
    """One practice as shown full screen. `body_html` is the summary and the text, links flattened
    (nothing to click on a projector)."""

    practice_id: str
    title: str
    header: str  # "Place, Country · Level · Approach", plain text
    body_html: str
    language: str


def make_slide(practice, taxonomy, language: str) -> Slide:
    """The slide of `practice` (a Practice) with its text and labels in `language` where translated."""
    shown = practice.in_language(language)

    def labels(field_name, values):
        return ", ".join(taxonomy.term_label(field_name, v, language).split(" (")[0] for v in values)

    where = ", ".join(x for x in (shown.place, labels("country", shown.countries)) if x)
    header = " · ".join(x for x in (where, labels("level", shown.levels), labels("approach", shown.approaches)) if x)
    body = re.sub(r"<a [^>]*>(.*?)</a>", r"\1", markdown_to_html(shown.body), flags=re.S)
    body_html = f"<p><b>{html.escape(shown.summary)}</b></p>{body}"
    return Slide(practice_id=practice.id, title=shown.title, header=header, body_html=body_html,
                 language=shown.language)


@dataclass(frozen=True)
class Position:
    """Where the presentation is: the practice's index in the list and the page of its text (from 0)."""

    index: int
    page: int = 0


def forward(position: Position, pages_here: int, count: int) -> Position | None:
    """The next page, else the first page of the next practice; None at the very end."""
    if position.page + 1 < pages_here:
        return Position(position.index, position.page + 1)
    if position.index + 1 < count:
        return Position(position.index + 1, 0)
    return None


def backward(position: Position, pages_of) -> Position | None:
    """The previous page, else the last page of the previous practice (`pages_of(index)` counts its
    pages); None at the very beginning."""
    if position.page > 0:
        return Position(position.index, position.page - 1)
    if position.index > 0:
        return Position(position.index - 1, max(0, pages_of(position.index - 1) - 1))
    return None


def start_index(practice_ids, wanted: str | None) -> int:
    """Where to start: at `wanted` (the practice open in the reader) when it is in the list, else at the first."""
    ids = list(practice_ids)
    return ids.index(wanted) if wanted in ids else 0
