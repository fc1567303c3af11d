"""What a field of a catalogue file may hold: how long it may be, how many items a list may
have, and which characters are never allowed.

A practice travels from an editor's (or a field office's) file to every reader's screen, to
terminals and to printed briefs; a 1 MB title froze the GUI for minutes, and an ESC in a title
rewrote the terminal that printed it. These checks run first, before any other check of a
file, so that nothing else ever works on an oversized or hostile value. The limits are far
above anything the catalogue holds (its longest title is under 200 characters, its longest
text about 5,000) and are listed in docs/practice-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from .frontmatter import FrontMatter, Problem
from .text import describe_character, forbidden_character


@dataclass(frozen=True)
class Rule:
    """Limits of one front-matter field: characters per text (each list item, each nested
    value), items per list, whether line breaks are allowed, whether bidi overrides are refused."""

    chars: int
    items: int = 20
    lines: bool = False
    bidi: bool = True  # refused in titles and names; text (summaries, bodies) may quote any script


_ID, _TERM, _NAME = Rule(100), Rule(100, items=50), Rule(300)
PRACTICE_RULES = {
    "id": _ID, "title": _NAME, "original_title": _NAME, "summary": Rule(1_000, lines=True, bidi=False),
    "aliases": Rule(200, items=30), "country": Rule(100, items=100), "place": _NAME, "region": _TERM,
    "levels": _TERM, "approaches": _TERM, "policy_areas": _TERM, "actors": _TERM, "gcm_objectives": _TERM,
    "gcm_principles": _TERM, "sdg_targets": Rule(100, items=200), "topics": Rule(200, items=50),
    "period": Rule(20), "source": Rule(1_000),  # 1,000: a contribution's source text becomes a section
    "links": Rule(500, items=100), "last_reviewed": Rule(40),
    "status": Rule(20),
}
TRANSLATION_RULES = {
    "translation_of": _ID, "language": Rule(10), "source_hash": _ID, "title": _NAME,
    "summary": PRACTICE_RULES["summary"], "place": _NAME, "aliases": PRACTICE_RULES["aliases"],
    "highlights": Rule(2_000, items=50, lines=True, bidi=False),
    "recommendations": Rule(2_000, items=50, lines=True, bidi=False),
}
GUIDANCE_RULES = {
    "policy_area": _ID, "title": _NAME, "highlights": TRANSLATION_RULES["highlights"],
    "recommendations": TRANSLATION_RULES["recommendations"], "source": PRACTICE_RULES["source"],
}
OTHER_FIELD = Rule(200, items=50)  # unknown fields are reported anyway; bounded so that reporting is cheap
MAX_FIELD_NAME = 100
_FIELD_NAME = Rule(MAX_FIELD_NAME)
MAX_BODY_CHARS = 100_000


def _short(name: str) -> str:
    return name if len(name) <= 40 else name[:37] + "..."


def _text_problem(text: str, rule: Rule, what) -> str | None:
    """The problem of one text, or None. `what` names it in the message (a string, or a
    function making it: built only when there is a problem)."""
    if len(text) <= rule.chars and forbidden_character(text, lines=rule.lines, bidi=rule.bidi) is None:
        return None  # the usual case, in one search
    what = what() if callable(what) else what
    if len(text) > rule.chars:
        return f"{what} is {len(text):,} characters long; at most {rule.chars:,} are allowed"
    bad = forbidden_character(text, lines=rule.lines, bidi=rule.bidi)
    if bad is not None:
        return f"{what} contains the character {describe_character(bad)}, which catalogue text may not hold; remove it"
    return None


def _value_problem(value, rule: Rule, what, depth: int = 0) -> str | None:
    """The first problem of a value (text, number, list or mapping, nested), or None."""
    if isinstance(value, str):
        return _text_problem(value, rule, what)
    if isinstance(value, dict):
        if len(value) > rule.items or depth > 4:
            return f"{what() if callable(what) else what} holds more than any such field needs; write it as the " \
                   "format describes"
        for key, item in value.items():
            found = _value_problem(key, _FIELD_NAME, what, depth + 1) \
                or _value_problem(item, rule, what, depth + 1)
            if found:
                return found
    elif isinstance(value, list):
        if len(value) > rule.items or depth > 4:
            return f"{what() if callable(what) else what} has {len(value):,} items; at most {rule.items:,} are allowed"
        for item in value:
            found = _value_problem(item, rule, what, depth + 1)
            if found:
                return found
    return None


def front_matter_problems(front: FrontMatter, where: str, rules: dict) -> list:
    """One Problem per front-matter field that is too long, has too many items or holds a
    forbidden character (a control character; a bidi override in a title or name)."""
    problems = []
    for key, value in front.data.items():
        line = front.line_of(key)
        name_problem = _text_problem(key, _FIELD_NAME, lambda key=key: f"the field name '{_short(key)}'")
        if name_problem:
            problems.append(Problem(where, line, name_problem))
            continue
        rule = rules.get(key, OTHER_FIELD)
        if isinstance(value, list) and len(value) <= rule.items:
            for position, item in enumerate(value):
                found = _value_problem(item, rule, lambda key=key: f"an item of '{key}'")
                if found:
                    problems.append(Problem(where, front.line_of(key, item=position), found))
                    break
            continue
        found = _value_problem(value, rule, lambda key=key: f"'{key}'")
        if found:
            problems.append(Problem(where, line, found))
    return problems


def body_problems(front: FrontMatter, where: str, limit: int = MAX_BODY_CHARS) -> list:
    """A Problem when the Markdown text is too long or holds a control character (tabs, line
    breaks and Windows line ends are fine)."""
    body = front.body
    if len(body) > limit:
        return [Problem(where, front.body_line, f"the text after the front matter is {len(body):,} characters "
                                                f"long; at most {limit:,} are allowed")]
    bad = forbidden_character(body, lines=True, bidi=False)
    if bad is not None:
        line = front.body_line + body[:body.index(bad)].count("\n")
        return [Problem(where, line, f"the text contains the character {describe_character(bad)}, which catalogue "
                                     "text may not hold; remove it")]
    return []


def check_fields(front: FrontMatter, where: str, rules: dict) -> list:
    """Every limit and character problem of a parsed file, front matter and text."""
    return front_matter_problems(front, where, rules) + body_problems(front, where)
