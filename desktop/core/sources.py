"""Read and validate the catalogue's sources: practices, guidance, taxonomy, documents.

`load_sources(resources_dir)` returns everything a build needs, or raises ValidationFailed
listing every problem as `file:line: message`, so that a build never writes half a catalogue.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CatalogueError, ValidationFailed
from .field_rules import GUIDANCE_RULES, PRACTICE_RULES, check_fields
from .frontmatter import Problem, split_front_matter
from .frontmatter import read_source as _read
from .model import Guidance, Practice, SourceRef
from .safe_yaml import load_file
from .taxonomy import Taxonomy, load_taxonomy
from .text import describe_character, forbidden_character, is_slug
from .translations import (
    attach_translations,
    english_files,
    parse_guidance_translation,
    parse_practice_translation,
    practice_hash,
)

REQUIRED = ("id", "title", "summary", "country", "levels", "approaches", "source", "last_reviewed")
OPTIONAL = ("original_title", "aliases", "place", "region", "policy_areas", "actors",
            "gcm_objectives", "gcm_principles", "sdg_targets", "topics", "period", "links", "status")
LIST_FIELDS = {  # front-matter key -> vocabulary it draws from (None: free text)
    "levels": "level", "approaches": "approach", "policy_areas": "policy_area", "actors": "actor",
    "gcm_objectives": "gcm_objective", "gcm_principles": "gcm_principle",
    "sdg_targets": "sdg_target", "aliases": None, "topics": None, "links": None,
}
GUIDANCE_KEYS = ("policy_area", "title", "highlights", "recommendations", "source")
_BODY_LINK = re.compile(r"\]\(practice:([^)\s]*)\)")
_URL = re.compile(r"^(https?://|mailto:)\S+$")
YEAR_RANGE = (1900, 2100)
# Part of every content hash: raise it when a change to the build or the index makes older
# catalogue.db and search_index/ outdated even though the sources did not change.
BUILD_FORMAT = 6


@dataclass(frozen=True)
class SourceDocument:
    """One of the five documents in ../shared/seeds, as listed in resources/sources.yaml."""

    id: str
    title: str
    file: str = ""
    publisher: str = ""


@dataclass(frozen=True)
class CatalogueSources:
    """A validated resources/ folder: what `build` turns into catalogue.db."""

    catalogue_id: str
    catalogue_version: int
    title: str
    taxonomy: Taxonomy
    documents: tuple
    practices: tuple  # of Practice, sorted by id
    guidance: tuple  # of Guidance
    practice_hashes: dict  # id -> SHA-256 of the practice file and its translations
    content_hash: str  # SHA-256 over every source file: changes when anything changes
    warnings: tuple = ()  # Problems that do not stop a build: stale or missing translations


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


DOCUMENT_KEYS = {"id": 100, "title": 500, "file": 300, "publisher": 500}  # key -> most characters
MAX_DOCUMENTS = 1_000


def load_documents(path: Path) -> tuple:
    """Read and check sources.yaml (a list of {id, title, file, publisher}) into SourceDocument
    values. The same check for the editors' file and for every bundle's. Raises CatalogueError
    with one sentence."""
    raw = load_file(path, "the source document list")
    return documents_from_data(raw, str(path))


def documents_from_data(raw, where: str) -> tuple:
    """SourceDocument values from the parsed sources.yaml. Raises CatalogueError."""
    if not isinstance(raw, list) or not raw or len(raw) > MAX_DOCUMENTS:
        raise CatalogueError(f"The source document list {where} must be a list of documents, each with an "
                             "'id' and a 'title'.")
    documents, seen = [], set()
    for number, item in enumerate(raw, start=1):
        def wrong(detail: str, number=number) -> CatalogueError:
            return CatalogueError(f"Document {number} of the source document list {where} {detail}.")
        if not isinstance(item, dict):
            raise wrong("is not a set of 'key: value' lines (id, title, file, publisher)")
        for key, value in item.items():
            if key not in DOCUMENT_KEYS:
                raise wrong(f"has the unknown field '{str(key)[:40]}'{_suggest(str(key), DOCUMENT_KEYS)}; the "
                            "fields are id, title, file and publisher")
            if not isinstance(value, str) and not (key != "id" and value is None):
                raise wrong(f"has a '{key}' that is not text")
            if value and len(value) > DOCUMENT_KEYS[key]:
                raise wrong(f"has a '{key}' of {len(value):,} characters; at most {DOCUMENT_KEYS[key]} are allowed")
            bad = forbidden_character(value or "")
            if bad is not None:
                raise wrong(f"has a '{key}' holding the character {describe_character(bad)}; remove it")
        document_id, title = item.get("id"), item.get("title")
        if not document_id or not is_slug(document_id):
            raise wrong("needs an 'id' of a-z, 0-9 and single hyphens")
        if not title:
            raise wrong(f"('{document_id}') needs a 'title'")
        if document_id in seen:
            raise wrong(f"uses the id '{document_id}' a second time")
        seen.add(document_id)
        documents.append(SourceDocument(id=document_id, title=title, file=item.get("file") or "",
                                        publisher=item.get("publisher") or ""))
    return tuple(documents)


def load_catalogue_identity(path: Path) -> dict:
    """Read catalogue.yaml: {'id', 'title', 'version'}. Raises CatalogueError."""
    raw = load_file(path, "the catalogue identity file")
    version = raw.get("version") if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or type(version) is not int or not 1 <= version <= 2 ** 53 \
            or not isinstance(raw.get("id"), str) or not is_slug(raw["id"]) or len(raw["id"]) > 100:
        raise CatalogueError(f"{path} must give the catalogue's 'id' (a-z, 0-9 and hyphens) and a whole-number "
                             "'version'.")
    title = raw.get("title", raw["id"])
    if not isinstance(title, str) or len(title) > 500 or forbidden_character(title) is not None:
        raise CatalogueError(f"{path} must give the catalogue's 'title' as one line of text of at most 500 "
                             "characters.")
    return {"id": raw["id"], "title": title, "version": version}


def _suggest(value: str, known) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _as_list(value) -> list | None:
    """Front matter allows `key: value` for one value; lists stay lists; None is empty."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, (str, int, float)):
        return [value]
    return None


def _parse_sources(value, where, line, documents, problems) -> tuple:
    items = value if isinstance(value, list) else [value]
    refs = []
    for item in items:
        if not isinstance(item, dict) or "document" not in item:
            problems.append(Problem(where, line, "'source' must give a 'document' id and a 'section'"))
            continue
        document = str(item["document"])
        if document not in documents:
            problems.append(Problem(where, line, f"unknown source document '{document}'{_suggest(document, documents)}; "
                                                 "the ids are in resources/sources.yaml"))
        refs.append(SourceRef(document=document, section=str(item.get("section") or "")))
    return tuple(refs)


def parse_practice(path: Path, text: str, taxonomy: Taxonomy, documents,
                   known_ids=frozenset()) -> tuple[Practice | None, list]:
    """Parse and check one practice file. Links must point into `known_ids` (or be URLs)."""
    where = str(path)
    front, problems = split_front_matter(text, where)
    if front is None:
        return None, problems
    problems = check_fields(front, where, PRACTICE_RULES)
    if problems:  # nothing else looks at an oversized or hostile value
        return None, problems
    data = front.data
    line = front.line_of
    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            problems.append(Problem(where, line(key), f"unknown field '{key}'{_suggest(key, REQUIRED + OPTIONAL)}"))
    for key in REQUIRED:
        if data.get(key) in (None, "", []):
            problems.append(Problem(where, line(key), f"the required field '{key}' is missing or empty"))
    practice_id = str(data.get("id") or "")
    if practice_id and not is_slug(practice_id):
        problems.append(Problem(where, line("id"), f"the id '{practice_id}' must use only a-z, 0-9 and single hyphens"))
    if practice_id and Path(path).stem != practice_id:
        problems.append(Problem(where, line("id"), f"the id '{practice_id}' must match the file name '{Path(path).stem}.md'"))
    for key in ("title", "summary", "original_title", "place"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            problems.append(Problem(where, line(key), f"'{key}' must be text"))

    lists = {}
    for key, vocabulary in LIST_FIELDS.items():
        raw_values = _as_list(data.get(key))
        if raw_values is None:
            problems.append(Problem(where, line(key), f"'{key}' must be a list"))
            raw_values = []
        if vocabulary:
            known = taxonomy[vocabulary]
            for position, value in enumerate(raw_values):
                if value is not None and str(value) not in known:
                    ids = [t.id for t in known.terms]
                    problems.append(Problem(where, front.line_of(key, item=position),
                                            f"unknown {vocabulary} '{value}'{_suggest(str(value), ids)}"))
        lists[key] = tuple(dict.fromkeys(str(v) for v in raw_values if v is not None))

    countries = _as_list(data.get("country")) or []
    countries = tuple(dict.fromkeys(str(c) for c in countries))
    for country in countries:
        if country not in taxonomy["country"]:
            ids = [t.id for t in taxonomy["country"].terms]
            problems.append(Problem(where, line("country"), f"unknown country '{country}'{_suggest(country, ids)}; "
                                                            "add it to resources/taxonomy.yaml first"))
    regions = _as_list(data.get("region")) or []
    regions = [str(r) for r in regions]
    for region in regions:
        if region not in taxonomy["region"]:
            problems.append(Problem(where, line("region"), f"unknown region '{region}'"))
    if not regions:  # derived from the countries: one less thing to keep in step by hand
        regions = [taxonomy.region_of_country(c) for c in countries if taxonomy.region_of_country(c)]
    regions = tuple(dict.fromkeys(regions))

    start = end = None
    period = data.get("period")
    if period is not None:
        if not isinstance(period, dict) or set(period) - {"start", "end"}:
            problems.append(Problem(where, line("period"), "'period' must be {start: YEAR, end: YEAR} (either may be null)"))
        else:
            years = []
            for which in ("start", "end"):
                year = period.get(which)
                if year is not None and (isinstance(year, bool) or not isinstance(year, int)
                                         or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]):
                    problems.append(Problem(where, front.line_of("period", sub=which),
                                            f"the {which} year '{year}' is not a year between "
                                            f"{YEAR_RANGE[0]} and {YEAR_RANGE[1]}"))
                    year = None
                years.append(year)
            start, end = years
            if start is not None and end is not None and start > end:
                problems.append(Problem(where, line("period"), f"the period starts ({start}) after it ends ({end})"))

    reviewed = data.get("last_reviewed")
    if isinstance(reviewed, dt.date):
        reviewed = reviewed.isoformat()
    elif reviewed not in (None, ""):
        try:
            reviewed = dt.date.fromisoformat(str(reviewed)).isoformat()
        except ValueError:
            problems.append(Problem(where, line("last_reviewed"), f"'last_reviewed' must be a date like 2026-11-22, not '{reviewed}'"))

    status = str(data.get("status") or "published")
    if status not in ("published", "draft"):
        problems.append(Problem(where, line("status"), "'status' must be 'published' or 'draft'"))

    refs = _parse_sources(data.get("source"), where, line("source"), documents, problems) if data.get("source") else ()

    for position, link in enumerate(lists["links"]):
        if _URL.match(link):
            continue
        if not is_slug(link):
            problems.append(Problem(where, front.line_of("links", item=position),
                                    f"the link '{link}' is neither a practice id nor an http(s) address"))
        elif link not in known_ids:
            problems.append(Problem(where, front.line_of("links", item=position),
                                    f"the link '{link}' points to no practice{_suggest(link, known_ids)}"))

    body = front.body.strip("\n")
    if not body.strip():
        problems.append(Problem(where, front.body_line, "the practice has no text after its front matter"))
    for number, body_text in enumerate(front.body.split("\n"), start=front.body_line):
        for target in _BODY_LINK.findall(body_text):
            if target not in known_ids:
                problems.append(Problem(where, number, f"the link to practice '{target}' points to no practice"
                                                       f"{_suggest(target, known_ids)}"))

    if problems:
        return None, problems
    return Practice(
        id=practice_id, title=data["title"].strip(), summary=data["summary"].strip(), body=body,
        original_title=(data.get("original_title") or "").strip(), aliases=lists["aliases"],
        countries=countries, place=(data.get("place") or "").strip(), regions=regions,
        levels=lists["levels"], approaches=lists["approaches"], policy_areas=lists["policy_areas"],
        actors=lists["actors"], gcm_objectives=lists["gcm_objectives"],
        gcm_principles=lists["gcm_principles"], sdg_targets=lists["sdg_targets"], topics=lists["topics"],
        period_start=start, period_end=end, sources=refs, links=lists["links"],
        last_reviewed=reviewed or "", status=status,
    ), []


def parse_guidance(path: Path, text: str, taxonomy: Taxonomy, documents) -> tuple[Guidance | None, list]:
    """Parse one resources/guidance/<policy_area>.md file."""
    where = str(path)
    front, problems = split_front_matter(text, where)
    if front is None:
        return None, problems
    problems = check_fields(front, where, GUIDANCE_RULES)
    if problems:
        return None, problems
    data = front.data
    for key in data:
        if key not in GUIDANCE_KEYS:
            problems.append(Problem(where, front.line_of(key), f"unknown field '{key}'{_suggest(key, GUIDANCE_KEYS)}"))
    area = str(data.get("policy_area") or "")
    if area not in taxonomy["policy_area"]:
        problems.append(Problem(where, front.line_of("policy_area"), f"unknown policy_area '{area}'"))
    elif Path(path).stem != area:
        problems.append(Problem(where, front.line_of("policy_area"), f"the file must be named '{area}.md'"))
    if not data.get("title"):
        problems.append(Problem(where, front.line_of("title"), "the required field 'title' is missing"))
    lists = {}
    for key in ("highlights", "recommendations"):
        values = _as_list(data.get(key))
        if values is None:
            problems.append(Problem(where, front.line_of(key), f"'{key}' must be a list of sentences"))
            values = []
        lists[key] = tuple(str(v) for v in values)
    refs = _parse_sources(data.get("source"), where, front.line_of("source"), documents, problems) \
        if data.get("source") else ()
    if problems:
        return None, problems
    return Guidance(policy_area=area, title=str(data["title"]), body=front.body.strip("\n"),
                    highlights=lists["highlights"], recommendations=lists["recommendations"], sources=refs), []


def _line_starting(text: str, prefix: str) -> int:
    return next((n for n, line in enumerate(text.split("\n"), 1) if line.startswith(prefix)), 1)


def _line_containing(text: str, needle: str) -> int:
    return next((n for n, line in enumerate(text.split("\n"), 1) if needle in line), 1)



def source_files(resources: Path, extra_practices=None) -> list:
    """Every file a catalogue is built from, in a fixed order."""
    resources = Path(resources)
    files = [resources / name for name in ("taxonomy.yaml", "sources.yaml", "catalogue.yaml")]
    files += sorted((resources / "practices").glob("*.md")) + list(extra_practices or [])
    files += sorted((resources / "guidance").glob("*.md"))
    return files


def content_hash_of(resources: Path, extra_practices=None) -> str:
    """SHA-256 over every source file's name and bytes: tells whether catalogue.db is stale
    without parsing anything (cheap enough to run at every start)."""
    hasher = hashlib.sha256(f"build-format-{BUILD_FORMAT}\0".encode())
    for path in source_files(resources, extra_practices):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"<unreadable>"
        hasher.update(path.parent.name.encode() + b"/" + path.name.encode() + b"\0" + data + b"\0")
    return hasher.hexdigest()


def load_sources(resources: Path, extra_practices: list[Path] | None = None) -> CatalogueSources:
    """Read and validate a whole resources/ folder. Raises ValidationFailed or CatalogueError."""
    resources = Path(resources)
    taxonomy = load_taxonomy(resources / "taxonomy.yaml")
    documents = load_documents(resources / "sources.yaml")
    identity = load_catalogue_identity(resources / "catalogue.yaml")
    document_ids = {d.id for d in documents}

    problems: list = []
    practices, raws, seen = [], {}, {}
    files = english_files(resources / "practices") + list(extra_practices or [])
    known_ids = frozenset(path.stem for path in files)  # ids must equal file names
    for path in files:
        read = _read(path, problems)
        if read is None:
            continue
        raw, text = read
        practice, found = parse_practice(path, text, taxonomy, document_ids, known_ids)
        problems.extend(found)
        if practice is None:
            continue
        if practice.id in seen:
            problems.append(Problem(str(path), _line_starting(text, "id:"),
                                    f"the id '{practice.id}' is already used by {seen[practice.id]}"))
            continue
        seen[practice.id] = str(path)
        practices.append(practice)
        raws[practice.id] = {"": _sha256(raw)}

    # Drafts stay out of the catalogue, so a published practice must not link to one.
    drafts = {p.id for p in practices if p.status == "draft"}
    for practice in practices:
        if practice.status == "published":
            for link in set(practice.links) & drafts:
                text = Path(seen[practice.id]).read_text(encoding="utf-8")
                problems.append(Problem(seen[practice.id], _line_containing(text, link),
                                        f"the link '{link}' points to a draft, which the catalogue leaves out"))
            for link in set(_BODY_LINK.findall(practice.body)) & drafts:
                text = Path(seen[practice.id]).read_text(encoding="utf-8")
                problems.append(Problem(seen[practice.id], _line_containing(text, f"practice:{link}"),
                                        f"the link to practice '{link}' points to a draft, which the catalogue leaves out"))

    by_id = {p.id: p for p in practices}
    warnings: list = []
    translated = attach_translations(resources / "practices", by_id, seen, parse_practice_translation,
                                      raws, problems, warnings)
    practices = [translated[p.id] for p in practices]
    hashes = {pid: practice_hash(digests.pop(""), digests) for pid, digests in raws.items()}

    guidance = []
    guidance_files = english_files(resources / "guidance")
    for path in guidance_files:
        read = _read(path, problems)
        if read is None:
            continue
        raw, text = read
        item, found = parse_guidance(path, text, taxonomy, document_ids)
        problems.extend(found)
        if item is not None:
            guidance.append(item)
    by_area = {g.policy_area: g for g in guidance}
    guidance = list(attach_translations(resources / "guidance", by_area,
                                         {g.policy_area: str(resources / "guidance" / f"{g.policy_area}.md")
                                          for g in guidance},
                                         parse_guidance_translation, {}, problems, warnings).values())

    if problems:
        raise ValidationFailed(problems)
    return CatalogueSources(
        catalogue_id=identity["id"], catalogue_version=identity["version"], title=identity["title"],
        taxonomy=taxonomy, documents=documents, practices=tuple(sorted(practices, key=lambda p: p.id)),
        guidance=tuple(guidance), practice_hashes=hashes, content_hash=content_hash_of(resources, extra_practices),
        warnings=tuple(warnings),
    )
