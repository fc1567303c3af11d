"""The controlled vocabularies (resources/taxonomy.yaml): ids, labels in four languages, synonyms."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import CatalogueError

LANGUAGES = ("en", "es", "fr", "pt")
# libyaml's loader when PyYAML was built with it: about ten times faster than pure Python.
FAST_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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


def load_taxonomy(path: Path) -> Taxonomy:
    """Read taxonomy.yaml. Raises CatalogueError with a sentence when it is unusable."""
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=FAST_YAML_LOADER)
    except OSError as exc:
        raise CatalogueError(f"Cannot read the taxonomy file {path}: {exc.strerror}.") from exc
    except yaml.YAMLError as exc:
        raise CatalogueError(f"The taxonomy file {path} is not valid YAML: {exc}.") from exc
    return taxonomy_from_data(data, str(path))


def taxonomy_from_data(data, where: str = "taxonomy") -> Taxonomy:
    """Build a Taxonomy from the parsed YAML mapping (also used for bundles)."""
    if not isinstance(data, dict):
        raise CatalogueError(f"The taxonomy in {where} must be a mapping of vocabularies.")
    vocabularies = {}
    for name in VOCABULARIES:
        section = data.get(name)
        if not isinstance(section, dict) or not isinstance(section.get("terms"), list):
            raise CatalogueError(f"The taxonomy in {where} has no usable '{name}' vocabulary.")
        terms = []
        for raw in section["terms"]:
            if not isinstance(raw, dict) or "id" not in raw or not isinstance(raw.get("label"), dict):
                raise CatalogueError(
                    f"A term of '{name}' in {where} lacks an id or a label mapping: {raw!r}."
                )
            labels = {lang: str(text) for lang, text in raw["label"].items()}
            odd = [lang for lang, text in raw["label"].items() if lang not in LANGUAGES or not isinstance(text, str)]
            if odd:  # typically an unquoted comma in a YAML flow mapping splitting a label
                raise CatalogueError(f"The labels of '{raw['id']}' in '{name}' of {where} are broken near "
                                     f"'{odd[0]}': quote labels that contain commas.")
            if "en" not in labels:
                raise CatalogueError(f"The term '{raw['id']}' of '{name}' in {where} has no English label.")
            terms.append(
                Term(
                    field=name,
                    id=str(raw["id"]),
                    labels=labels,
                    synonyms=tuple(str(s) for s in raw.get("synonyms") or ()),
                    region=raw.get("region"),
                    group=raw.get("group"),
                    title=raw.get("title"),
                )
            )
        groups = tuple(
            (g["id"], g.get("kind", ""), {k: str(v) for k, v in g["label"].items()})
            for g in section.get("groups") or ()
        )
        vocabularies[name] = Vocabulary(
            name=name,
            labels={k: str(v) for k, v in (section.get("label") or {"en": name}).items()},
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
    return taxonomy_from_data(yaml.load(meta["taxonomy"], Loader=FAST_YAML_LOADER), "catalogue.db")
