"""The controlled vocabularies (resources/taxonomy.yaml): ids, labels in four languages, synonyms."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import CatalogueError
from .text import describe_character, forbidden_character

LANGUAGES = ("en", "es", "fr", "pt")

# The facet fields a practice is tagged with, in the order the filter panel shows them.
# Keys are the names used by the CLI (--policy-area), the JSON contract and the query
# language (policy_area:...); values are the practice front-matter keys.
FACET_FIELDS = ("approach", "level", "policy_area", "actor", "region", "country", "gcm_objective")

PRACTICE_KEY_OF_FIELD = {
    "approach": "approaches",
    "level": "levels",
    "policy_area": "policy_areas",
    "actor": "actors",
    "region": "region",
    "country": "country",
    "gcm_objective": "gcm_objectives",
    "gcm_principle": "gcm_principles",
    "sdg_target": "sdg_targets",
}

VOCABULARIES = tuple(PRACTICE_KEY_OF_FIELD)


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary: `id` as practice files write it, labels per language."""

    field: str
    id: str
    labels: dict
    synonyms: tuple = ()
    region: str | None = None  # countries only
    group: str | None = None  # policy areas only: the MGI goal or enabler
    title: str | None = None  # GCM objectives: the full official wording

    def label(self, language: str = "en") -> str:
        """The label in `language`, falling back to English."""
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class Vocabulary:
    """A named list of terms, e.g. all approaches."""

    name: str
    labels: dict
    terms: tuple
    groups: tuple = ()  # (id, kind, labels) for policy areas
    _by_id: dict = field(default_factory=dict, compare=False, repr=False)

    def __contains__(self, term_id: str) -> bool:
        return term_id in self._by_id

    def get(self, term_id: str) -> Term | None:
        """The term with this id, or None."""
        return self._by_id.get(term_id)

    def label(self, language: str = "en") -> str:
        """The vocabulary's own name in `language` ("Enfoque" for approach in Spanish)."""
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class Taxonomy:
    """All vocabularies. `vocabularies[name]` for name in VOCABULARIES."""

    vocabularies: dict

    def __getitem__(self, name: str) -> Vocabulary:
        return self.vocabularies[name]

    def term_label(self, field_name: str, term_id: str, language: str = "en") -> str:
        """Label of a term, or the id itself when the term is unknown."""
        term = self.vocabularies[field_name].get(term_id)
        return term.label(language) if term else term_id

    def region_of_country(self, country_id: str) -> str | None:
        """The region id a country belongs to (from taxonomy.yaml), or None."""
        term = self.vocabularies["country"].get(country_id)
        return term.region if term else None

    def search_words(self, field_name: str, term_id: str) -> list[str]:
        """Every label and synonym of a term: indexed with the practices tagged with it,
        so that "WoG" or "diáspora" finds them."""
        term = self.vocabularies[field_name].get(term_id)
        if term is None:
            return []
        words = list(dict.fromkeys(term.labels.values()))
        words.extend(term.synonyms)
        if term.title:
            words.append(term.title)
        return words


def load_taxonomy(path: Path, strict: bool = True) -> Taxonomy:
    """Read taxonomy.yaml. Raises CatalogueError with a sentence when it is unusable; `strict`
    (an editor's own file) also refuses keys a term does not have."""
    from .safe_yaml import load_file  # YAML is for editors' files: opening a catalogue never needs it
    return taxonomy_from_data(load_file(path, "the taxonomy file"), str(path), strict)


MAX_TERMS = 5_000  # per vocabulary; the longest has under 100
MAX_SYNONYMS = 200
MAX_TAXONOMY_TEXT = 1_000  # a label, synonym or title (the longest, a GCM objective's wording, is 115)


def _checked_text(value, what: str, where: str, optional: bool = False) -> str | None:
    """`value` as a label, synonym, title or id: text (a number is read as text) of at most
    MAX_TAXONOMY_TEXT characters without control characters. Raises CatalogueError."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise CatalogueError(f"The taxonomy in {where} has {what} that is not text.")
    text = str(value)
    if len(text) > MAX_TAXONOMY_TEXT:
        raise CatalogueError(f"The taxonomy in {where} has {what} of {len(text):,} characters; at most "
                             f"{MAX_TAXONOMY_TEXT:,} are allowed.")
    bad = forbidden_character(text)
    if bad is not None:
        raise CatalogueError(f"The taxonomy in {where} has {what} holding the character {describe_character(bad)}; "
                             "remove it.")
    return text


def _labels(raw, what: str, where: str) -> dict:
    if not isinstance(raw, dict):
        raise CatalogueError(f"The taxonomy in {where} gives {what} no label mapping ({{en: ..., es: ...}}).")
    odd = [lang for lang, text in raw.items() if lang not in LANGUAGES or not isinstance(text, str)]
    if odd:  # typically an unquoted comma in a YAML flow mapping splitting a label
        raise CatalogueError(f"The labels of {what} in {where} are broken near '{str(odd[0])[:40]}': quote labels "
                             "that contain commas.")
    labels = {lang: _checked_text(text, f"a label of {what}", where) for lang, text in raw.items()}
    if "en" not in labels:
        raise CatalogueError(f"The taxonomy in {where} gives {what} no English label.")
    return labels


TERM_KEYS = ("id", "label", "synonyms", "region", "group", "title")


def _term(name: str, raw, where: str, strict: bool) -> Term:
    if not isinstance(raw, dict) or "id" not in raw or not isinstance(raw.get("label"), dict):
        raise CatalogueError(f"A term of '{name}' in {where} lacks an id or a label mapping: {str(raw)[:80]!r}.")
    term_id = _checked_text(raw["id"], f"an id in '{name}'", where)
    what = f"'{term_id}' in '{name}'"
    stray = [key for key in raw if key not in TERM_KEYS]
    if stray and strict:  # typically an unquoted comma in a YAML flow mapping splitting a title in two
        raise CatalogueError(f"The term {what} in {where} has an unknown key '{str(stray[0])[:40]}': quote titles "
                             "and labels that contain commas.")
    synonyms = raw.get("synonyms") or []
    if not isinstance(synonyms, list) or len(synonyms) > MAX_SYNONYMS:
        raise CatalogueError(f"The synonyms of {what} in {where} must be a list of at most {MAX_SYNONYMS} words.")
    return Term(field=name, id=term_id, labels=_labels(raw["label"], what, where),
                synonyms=tuple(_checked_text(s, f"a synonym of {what}", where) for s in synonyms),
                region=_checked_text(raw.get("region"), f"the region of {what}", where, optional=True),
                group=_checked_text(raw.get("group"), f"the group of {what}", where, optional=True),
                title=_checked_text(raw.get("title"), f"the title of {what}", where, optional=True))


def taxonomy_from_data(data, where: str = "taxonomy", strict: bool = False) -> Taxonomy:
    """Build a Taxonomy from the parsed YAML mapping (also used for bundles: every value is
    checked, so that a malformed taxonomy is one sentence, never a crash). Raises CatalogueError."""
    if not isinstance(data, dict):
        raise CatalogueError(f"The taxonomy in {where} must be a mapping of vocabularies.")
    vocabularies = {}
    for name in VOCABULARIES:
        section = data.get(name)
        if not isinstance(section, dict) or not isinstance(section.get("terms"), list) \
                or len(section["terms"]) > MAX_TERMS:
            raise CatalogueError(f"The taxonomy in {where} has no usable '{name}' vocabulary.")
        terms = [_term(name, raw, where, strict) for raw in section["terms"]]
        groups = section.get("groups") or []
        if not isinstance(groups, list) or len(groups) > MAX_TERMS \
                or not all(isinstance(g, dict) and "id" in g for g in groups):
            raise CatalogueError(f"The groups of '{name}' in {where} must be a list of {{id, kind, label}}.")
        groups = tuple((_checked_text(g["id"], f"a group id of '{name}'", where),
                        _checked_text(g.get("kind", ""), f"a group kind of '{name}'", where),
                        _labels(g.get("label"), f"the group '{g['id']}' of '{name}'", where)) for g in groups)
        vocabularies[name] = Vocabulary(
            name=name,
            labels=_labels(section.get("label") or {"en": name}, f"the vocabulary '{name}'", where),
            terms=tuple(terms),
            groups=groups,
            _by_id={t.id: t for t in terms},
        )
    return Taxonomy(vocabularies=vocabularies)


def taxonomy_from_meta(meta: dict) -> Taxonomy:
    """The Taxonomy stored in a catalogue's meta table (JSON since build format 5: parsing it
    is what opening a catalogue does, and YAML took most of start-up)."""
    import json
    if "taxonomy_json" in meta:
        return taxonomy_from_data(json.loads(meta["taxonomy_json"]), "catalogue.db")
    from .safe_yaml import load_text
    return taxonomy_from_data(load_text(meta["taxonomy"]), "catalogue.db")
