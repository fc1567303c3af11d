"""The query language, parsed into units that match softly.

    words           each word is one unit; practices with more of the units rank higher
    +word           the unit is required
    -word, NOT word the unit excludes what it matches
    "a phrase"      the words next to each other (one unit)
    a OR b          one unit matched by either side
    field:value     a taxonomy value (country:ecuador, país:ecuador, level:local) or a text
                    field (title:council); always required
    prefix*         every word starting so (at least two letters)

Field names are accepted in the four languages (the taxonomy's own labels: `país:`, `pays:`,
`nivel:`, `niveau:`, `enfoque:`, `approche:`, `abordagem:`...). An unknown field name is an
error that lists the known ones rather than a silent empty result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import QueryError
from ..taxonomy import FACET_FIELDS, Taxonomy
from ..text import fold
from .terms import TOKEN, words

TEXT_FIELDS = ("title", "names", "summary", "body", "topics")
_FIELD_NAMES = {  # the English names and their long-standing aliases, then other languages'
    "title": "title", "titulo": "title", "titre": "title",
    "names": "names", "name": "names", "nombre": "names", "nom": "names", "nome": "names",
    "summary": "summary", "resumen": "summary", "resume": "summary", "resumo": "summary",
    "body": "body", "text": "body", "texto": "body", "texte": "body",
    "topics": "topics", "topic": "topics", "temas": "topics", "sujets": "topics",
    "gcm": "gcm_objective", "objective": "gcm_objective", "objetivo": "gcm_objective", "objectif": "gcm_objective",
    "area": "policy_area", "policy-area": "policy_area", "domaine": "policy_area",
    "approaches": "approach", "levels": "level", "actors": "actor", "countries": "country",
    "regions": "region",
}
# Bounds on one query's work (a pasted page must not hold the catalogue for seconds).
MAX_TERMS, MAX_PHRASE_WORDS = 40, 12
_FIELD = re.compile(r"^([^\W\d][\w-]*):(.*)$", re.S)


@dataclass(frozen=True)
class Term:
    """A word as typed (`raw`) and folded (`text`); `prefix` for `word*`."""

    raw: str
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    """Words that must stand together, in order."""

    raw: str
    words: tuple


@dataclass(frozen=True)
class FieldMatch:
    """`field:value`: a taxonomy field (value resolved to a term id) or a text field."""

    field: str
    value: str  # the term id for taxonomy fields; folded text for text fields
    raw: str


@dataclass
class Unit:
    """One thing the user asked for: any of `alternatives` (OR) matches it."""

    alternatives: list = field(default_factory=list)
    required: bool = False
    excluded: bool = False

    @property
    def raw(self) -> str:
        return " OR ".join(a.raw for a in self.alternatives)


@dataclass(frozen=True)
class ParsedQuery:
    """The units of a query, in the order typed."""

    text: str
    units: tuple

    @property
    def positive(self) -> tuple:
        return tuple(u for u in self.units if not u.excluded)


def field_names(taxonomy: Taxonomy) -> dict:
    """{what a user may type before ':': canonical field}, in the four languages."""
    names = dict(_FIELD_NAMES)
    for name in FACET_FIELDS:
        names[name] = name
        names[name.replace("_", "-")] = name
        for label in taxonomy[name].labels.values():
            folded = fold(label)
            names.setdefault(folded.split()[0], name)
            names.setdefault(folded.replace(" ", "-"), name)
            names.setdefault(folded.replace(" ", "_"), name)
    return names


def _tokens(text: str) -> list:
    """(kind, text): quoted phrases, bare tokens and the OR / NOT / AND operators."""
    out, i = [], 0
    while i < len(text):
        if text[i].isspace() or text[i] in "()":
            i += 1
            continue
        sign = ""
        if text[i] in "+-" and i + 1 < len(text) and not text[i + 1].isspace():
            sign, i = text[i], i + 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            end = len(text) if end < 0 else end
            out.append(("phrase", sign, text[i + 1:end]))
            i = end + 1
            continue
        match = re.compile(r'[^\s()"]+(?:"[^"]*"?)?').match(text, i)
        token = match.group(0)
        i = match.end()
        if not sign and token in ("OR", "AND", "NOT"):
            out.append(("op", "", token))
        else:
            out.append(("word", sign, token))
    return out


def parse(text: str, taxonomy: Taxonomy, names: dict | None = None) -> ParsedQuery:
    """Parse the user's query. Raises QueryError with a sentence for an unknown field."""
    names = names if names is not None else field_names(taxonomy)
    units: list = []
    join_next = negate_next = False
    for kind, sign, token in _tokens(text):
        if kind == "op":
            if token == "OR" and units:
                join_next = True
            elif token == "NOT":
                negate_next = True
            continue
        alternatives = _alternatives(kind, token, taxonomy, names)
        if not alternatives:
            continue
        if join_next and units and not units[-1].excluded:
            units[-1].alternatives.extend(alternatives)
            join_next = False
            continue
        join_next = False
        excluded = sign == "-" or negate_next
        negate_next = False
        required = sign == "+" or any(isinstance(a, FieldMatch) for a in alternatives)
        if kind == "word" and len(alternatives) > 1 and not any(isinstance(a, FieldMatch) for a in alternatives):
            # "sao paulo's" typed as one token still counts as separate words
            units.extend(Unit([a], required=sign == "+", excluded=excluded) for a in alternatives)
        else:
            units.append(Unit(alternatives, required=required and not excluded, excluded=excluded))
    terms = sum(len(u.alternatives) for u in units)
    if terms > MAX_TERMS:
        raise QueryError(f"This search has {terms} words or terms; at most {MAX_TERMS} are looked for at "
                         f"once. Keep the ones that matter most.")
    return ParsedQuery(text=text, units=tuple(units))


def _alternatives(kind: str, token: str, taxonomy: Taxonomy, names: dict) -> list:
    if kind == "phrase":
        folded = words(token)
        if not folded:
            return []
        if len(folded) > MAX_PHRASE_WORDS:
            raise QueryError(f"A phrase in quotes can have at most {MAX_PHRASE_WORDS} words; "
                             f"\"{' '.join(token.split()[:4])} …\" has {len(folded)}.")
        return [Phrase(raw=f'"{token}"', words=tuple(folded))] if len(folded) > 1 else [Term(token, folded[0])]
    match = _FIELD.match(token)
    if match and match.group(2):
        name, value = fold(match.group(1)), match.group(2).strip('"')
        canonical = names.get(name)
        if canonical is None:
            known = sorted({k for k, v in names.items() if k == v} | {"title", "body", "country", "level"})
            raise QueryError(f"There is no field called '{match.group(1)}'; use one of: {', '.join(known)} "
                             f"(or their names in your language, such as país:, pays:, nivel:, niveau:).")
        if canonical in FACET_FIELDS:
            return [FieldMatch(canonical, term_id(canonical, value, taxonomy), token)]
        return [FieldMatch(canonical, " ".join(words(value)), token)] if words(value) else []
    if token.endswith("*"):
        stem = words(token.rstrip("*"))
        if len(stem) == 1 and len(stem[0]) >= 2:
            return [Term(token, stem[0], prefix=True)]
    return [Term(raw, fold(raw)) for raw in TOKEN.findall(token)]


def term_id(field_name: str, text: str, taxonomy: Taxonomy) -> str:
    """`Ecuador`, `"Costa Rica"`, `costa_rica` -> the taxonomy id (or the folded text when none)."""
    wanted = fold(text).replace("_", "-")
    vocabulary = taxonomy[field_name]
    if wanted in vocabulary:
        return wanted
    for term in vocabulary.terms:
        if wanted == fold(term.id) or wanted in (fold(label) for label in term.labels.values()) \
                or wanted in (fold(s) for s in term.synonyms):
            return term.id
    return wanted.replace(" ", "-")
