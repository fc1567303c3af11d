"""The frozen values the core hands to the CLI and the Qt models."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class SourceRef:
    """Where a practice's facts come from: a document id of sources.yaml and its section."""

    document: str
    section: str = ""


@dataclass(frozen=True)
class PracticeText:
    """One translation of a practice (resources/practices/<id>.<language>.md): only what is
    translated. `stale` when the English entry changed after the translation was made."""

    language: str
    title: str
    summary: str
    body: str
    place: str = ""
    aliases: tuple = ()
    source_hash: str = ""
    stale: bool = False


@dataclass(frozen=True)
class Practice:
    """One catalogue entry, as written in resources/practices/<id>.md."""

    id: str
    title: str
    summary: str
    body: str
    original_title: str = ""
    aliases: tuple = ()
    countries: tuple = ()
    place: str = ""
    regions: tuple = ()
    levels: tuple = ()
    approaches: tuple = ()
    policy_areas: tuple = ()
    actors: tuple = ()
    gcm_objectives: tuple = ()
    gcm_principles: tuple = ()
    sdg_targets: tuple = ()
    topics: tuple = ()
    period_start: int | None = None
    period_end: int | None = None
    sources: tuple = ()  # of SourceRef
    links: tuple = ()
    last_reviewed: str = ""
    status: str = "published"  # or "draft" for field contributions awaiting review
    translations: tuple = ()  # of PracticeText (es, fr, pt); facets stay in the English entry
    language: str = "en"  # the language title, summary, place and body are in

    def translation(self, language: str):
        """The PracticeText in `language`, or None."""
        return next((t for t in self.translations if t.language == language), None)

    def in_language(self, language: str) -> "Practice":
        """This practice with its text in `language` when a translation exists, else itself
        (English): compare `.language` with what was asked to tell the two apart."""
        text = self.translation(language) if language != self.language else None
        if text is None:
            return self
        return replace(self, title=text.title, summary=text.summary, body=text.body,
                       place=text.place or self.place,
                       aliases=tuple(dict.fromkeys(self.aliases + text.aliases)), language=language)

    @property
    def country(self) -> str:
        """The first country id (the JSON contract's single `country`)."""
        return self.countries[0] if self.countries else ""

    @property
    def year(self) -> int | None:
        """The start year, else the end year: what "sort by year" uses."""
        return self.period_start if self.period_start is not None else self.period_end

    def facet_values(self, field_name: str) -> tuple:
        """The values of one facet field (approach, level, ..., gcm_objective)."""
        return {
            "approach": self.approaches,
            "level": self.levels,
            "policy_area": self.policy_areas,
            "actor": self.actors,
            "region": self.regions,
            "country": self.countries,
            "gcm_objective": self.gcm_objectives,
            "gcm_principle": self.gcm_principles,
            "sdg_target": self.sdg_targets,
        }[field_name]


@dataclass(frozen=True)
class GuidanceText:
    """One translation of a guidance page (resources/guidance/<area>.<language>.md)."""

    language: str
    title: str
    body: str
    highlights: tuple = ()
    recommendations: tuple = ()
    source_hash: str = ""
    stale: bool = False


@dataclass(frozen=True)
class Guidance:
    """What the MGI report says about one of its 13 key policy areas."""

    policy_area: str
    title: str
    body: str
    highlights: tuple = ()
    recommendations: tuple = ()
    sources: tuple = ()
    translations: tuple = ()  # of GuidanceText
    language: str = "en"

    def in_language(self, language: str) -> "Guidance":
        """This page in `language` when translated, else itself (English)."""
        text = next((t for t in self.translations if t.language == language), None)
        if text is None or language == self.language:
            return self
        return replace(self, title=text.title, body=text.body, highlights=text.highlights,
                       recommendations=text.recommendations, language=language)


@dataclass(frozen=True)
class Hit:
    """One search result row: enough to draw the result list without another query."""

    id: str
    title: str
    original_title: str
    country: str
    countries: tuple
    place: str
    region: str
    levels: tuple
    approaches: tuple
    policy_areas: tuple
    year: int | None
    score: float
    snippet: str  # HTML: plain text escaped, matched terms in <b>


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for. `filters`/`exclusions` map a facet field to a tuple of values."""

    query: str = ""
    filters: dict = field(default_factory=dict)
    exclusions: dict = field(default_factory=dict)
    sort: str = "relevance"  # relevance, title, country, year
    limit: int = 20
    offset: int = 0
    language: str = "en"  # titles, places and snippets of the hits follow it where translated
    correct_spelling: bool = True  # False: "search for <what I typed> instead"


@dataclass(frozen=True)
class SearchResult:
    """Total hit count, one page of hits, facet counts {field: {value: count}}, suggestion."""

    query: str
    total: int
    hits: tuple
    facets: dict
    suggestion: str | None = None  # the query with its typos corrected
    corrected: bool = False  # True: the hits are for `suggestion` ("Showing results for ...")
    unmatched: tuple = ()  # words as typed that matched nothing (struck through in the app)
    partial: bool = False  # no practice has all the words: results have some of them


@dataclass(frozen=True)
class Stats:
    """What `stats` prints: size, version and how the catalogue is spread over facets."""

    catalogue_id: str
    catalogue_version: int
    built_at: str
    practice_count: int
    guidance_count: int
    facets: dict  # field -> {value: count} over the whole catalogue
    documents: dict  # source document id -> number of practices citing it
    signed_by: str = ""
