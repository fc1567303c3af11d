"""Field contributions: the way back from a field office to the editors.

The app's *Suggest a practice* form writes one small, readable file that can be e-mailed or
carried on a stick; an editor imports it with `python -m desktop contributions import FILE`,
which turns it into resources/practices/<id>.md with `status: draft` (drafts are validated but
never built into a catalogue nor published), never overwriting an existing entry.

Contribution file (UTF-8 Markdown with YAML front matter, named `<slug>.contribution.md`):

    ---
    contribution: 1                      # format version
    title: Municipal migrant council of Tunis
    place: Tunis, Tunisia
    country: [tunisia]                   # optional: country ids of the taxonomy
    levels: [local]                      # taxonomy `level` ids, at least one
    approaches: [participatory-consultation]   # taxonomy `approach` ids, at least one
    source: Interview with the council secretary, March 2026   # free text: where it comes from
    document: ""                         # optional: id of one of the catalogue's source documents
    contributor: Amina B., municipal office    # optional
    submitted: 2026-03-02
    ---
    The description, in Markdown.

Contributions are unsigned: an editor reviews every draft before it is published, so the only
checks here are the ones that keep the editor's sources valid and the file harmless.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from .errors import CatalogueError
from .files import read_regular
from .frontmatter import split_front_matter
from .safe_yaml import ALIAS_RULE
from .sources import load_documents, parse_practice
from .taxonomy import Taxonomy, load_taxonomy
from .text import describe_character, fold, forbidden_character

FORMAT = 1
SUFFIX = ".contribution.md"
FIELD_DOCUMENT = "field-contribution"  # sources.yaml entry for facts that come from the field
MAX_FILE_BYTES = 1 << 20
_LIMITS = {"title": 200, "place": 200, "source": 1000, "document": 100, "contributor": 200, "description": 50_000}


class ContributionInvalid(CatalogueError):
    """A contribution cannot be written or imported; the message says which field is wrong."""


@dataclass(frozen=True)
class Contribution:
    """What a field officer suggests: the form's fields, checked for shape."""

    title: str
    description: str
    levels: tuple
    approaches: tuple
    place: str = ""
    source: str = ""
    country: tuple = ()
    document: str = ""
    contributor: str = ""
    submitted: str = ""  # ISO date; today when left empty


@dataclass(frozen=True)
class ImportedContribution:
    """What `import_contribution` wrote."""

    path: Path
    practice_id: str
    title: str
    notes: tuple  # things the editor should check (a guessed country, a new source document...)


def _refuse_characters(text: str, name: str, lines: bool = False, bidi: bool = True) -> str:
    bad = forbidden_character(text, lines=lines, bidi=bidi)
    if bad is not None:  # an ESC in a title cleared the editor's terminal when it was imported
        raise ContributionInvalid(f"The {name} contains the character {describe_character(bad)}, which a "
                                  "contribution may not hold; remove it.")
    return text


def _line(value, name: str) -> str:
    raw = str(value or "")
    if len(raw) > 2 * _LIMITS[name] + 100:
        raise ContributionInvalid(f"The {name} is longer than {_LIMITS[name]} characters; shorten it.")
    _refuse_characters(raw, name, lines=True)  # a carriage return or an ESC is refused, not folded away
    text = " ".join(raw.split())  # one line: a title with a newline would break the file
    if len(text) > _LIMITS[name]:
        raise ContributionInvalid(f"The {name} is longer than {_LIMITS[name]} characters; shorten it.")
    return _refuse_characters(text, name)


def _ids(value, name: str, taxonomy: Taxonomy | None, vocabulary: str) -> tuple:
    if value in (None, ""):
        values = []
    elif isinstance(value, (list, tuple)):
        values = [str(v).strip() for v in value[:101] if str(v).strip()]
    else:
        values = [v.strip() for v in str(value)[:10_000].split(",") if v.strip()]
    if len(values) > 100:
        raise ContributionInvalid(f"The contribution lists more than 100 {name}; keep the ones that apply.")
    for item in values:
        if len(item) > 100:
            raise ContributionInvalid(f"One of the {name} is longer than 100 characters; use the taxonomy's ids.")
        _refuse_characters(item, f"list of {name}")
    if taxonomy is not None:
        for item in values:
            if item not in taxonomy[vocabulary]:
                raise ContributionInvalid(f"The {vocabulary.replace('_', ' ')} '{item}' is not in the catalogue's "
                                          "taxonomy; choose one of its values.")
    return tuple(dict.fromkeys(values))


def make_contribution(values: dict, taxonomy: Taxonomy | None = None) -> Contribution:
    """Check the form's values ({field: value}; lists for levels, approaches, country) and return a
    Contribution. With `taxonomy`, vocabulary ids are checked too. Raises ContributionInvalid."""
    unknown = set(values) - {f.name for f in fields(Contribution)}
    if unknown:
        raise ContributionInvalid(f"A contribution has no field '{sorted(unknown)[0]}'.")
    title = _line(values.get("title"), "title")
    description = str(values.get("description") or "").replace("\r\n", "\n").strip()
    if len(title) < 3:
        raise ContributionInvalid("The title is missing; give the practice a short name.")
    if not description:
        raise ContributionInvalid("The description is missing; say what was done, by whom and at which level.")
    if len(description) > _LIMITS["description"]:
        raise ContributionInvalid(f"The description is longer than {_LIMITS['description']} characters; shorten it.")
    _refuse_characters(description, "description", lines=True, bidi=False)
    levels = _ids(values.get("levels"), "levels", taxonomy, "level")
    approaches = _ids(values.get("approaches"), "approaches", taxonomy, "approach")
    if not levels:
        raise ContributionInvalid("Choose at least one level of government.")
    if not approaches:
        raise ContributionInvalid("Choose at least one approach.")
    submitted = str(values.get("submitted") or dt.date.today().isoformat())
    try:
        submitted = dt.date.fromisoformat(submitted[:10]).isoformat()
    except ValueError as exc:
        raise ContributionInvalid(f"The submission date '{submitted[:20]}' is not a date like 2026-03-02.") from exc
    return Contribution(title=title, description=description, levels=levels, approaches=approaches,
                        place=_line(values.get("place"), "place"), source=_line(values.get("source"), "source"),
                        country=_ids(values.get("country"), "country", taxonomy, "country"),
                        document=_line(values.get("document"), "document"),
                        contributor=_line(values.get("contributor"), "contributor"), submitted=submitted)


def slug_of(title: str, limit: int = 60) -> str:
    """A practice id from a title: `Conseil municipal (Tunis)` -> `conseil-municipal-tunis`."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug or "contribution"


def contribution_text(contribution: Contribution) -> str:
    """The contribution file's content."""
    front = {"contribution": FORMAT, "title": contribution.title, "place": contribution.place,
             "country": list(contribution.country), "levels": list(contribution.levels),
             "approaches": list(contribution.approaches), "source": contribution.source,
             "document": contribution.document, "contributor": contribution.contributor,
             "submitted": contribution.submitted}
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, default_flow_style=None, width=1000)
    return f"---\n{head}---\n{contribution.description}\n"


def _exclusive_write(folder: Path, stem: str, suffix: str, text: str) -> Path:
    """Write text to folder/stem+suffix, or stem-2, stem-3...: never overwrites anything."""
    for number in range(1, 10_000):
        path = folder / f"{stem if number == 1 else f'{stem}-{number}'}{suffix}"
        try:
            with open(path, "x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            return path
        except FileExistsError:
            continue
    raise ContributionInvalid(f"Too many files named {stem} in {folder}; choose another folder.")


def write_contribution(path: Path, values: dict, taxonomy: Taxonomy | None = None) -> Path:
    """Write a contribution file for the *Suggest a practice* form; return where it went.

    `path` is a folder (the file is named after the title) or a file name ending in
    `.contribution.md`; an existing file is never replaced (a number is added). Raises
    ContributionInvalid."""
    contribution = make_contribution(values, taxonomy)
    path = Path(path)
    if path.name.endswith(SUFFIX) and not path.is_dir():
        folder, stem = path.parent, path.name[:-len(SUFFIX)]
    else:
        folder, stem = path, slug_of(contribution.title)
    folder.mkdir(parents=True, exist_ok=True)
    return _exclusive_write(folder, stem, SUFFIX, contribution_text(contribution))


def read_contribution(path: Path, taxonomy: Taxonomy | None = None) -> Contribution:
    """Read and check a contribution file. Raises ContributionInvalid with one sentence."""
    path = Path(path)
    try:  # a regular file only: open() on a named pipe would wait forever
        raw = read_regular(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise ContributionInvalid(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ContributionInvalid(f"{path.name} is too large to be a contribution.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContributionInvalid(f"{path.name} is not UTF-8 text, so it is not a contribution file.") from exc
    front, problems = split_front_matter(text, path.name)
    if front is None and any(ALIAS_RULE in p.message for p in problems):
        raise ContributionInvalid(f"{path.name} {ALIAS_RULE}; it was refused.")
    if front is None or front.data.get("contribution") != FORMAT:
        raise ContributionInvalid(f"{path.name} is not a contribution file (one written by 'Suggest a practice').")
    values = {k: v for k, v in front.data.items() if k != "contribution"}
    values["description"] = front.body
    if isinstance(values.get("submitted"), dt.date):
        values["submitted"] = values["submitted"].isoformat()
    return make_contribution(values, taxonomy)


def _guess_country(place: str, taxonomy: Taxonomy) -> str | None:
    words = f" {re.sub(r'[^a-z0-9]+', ' ', fold(place))} "
    best = None
    for term in taxonomy["country"].terms:
        if term.id == "global":
            continue
        for label in term.labels.values():
            name = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(label)).split())
            if name and f" {name} " in words and (best is None or len(name) > best[0]):
                best = (len(name), term.id)
    return best[1] if best else None


def _summary(description: str) -> str:
    plain = " ".join(re.sub(r"[#*_`>\[\]]", "", description).split())
    sentence = re.split(r"(?<=[.!?])\s", plain, maxsplit=1)[0]
    return sentence[:300]


def _ensure_field_document(resources: Path) -> bool:
    path = resources / "sources.yaml"
    if any(d.id == FIELD_DOCUMENT for d in load_documents(path)):
        return False
    text = path.read_text(encoding="utf-8")
    entry = (f"- id: {FIELD_DOCUMENT}\n  title: \"Suggestions from field offices (drafts awaiting review)\"\n"
             "  publisher: Practice Catalogue field offices\n")
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text.rstrip("\n") + "\n" + entry, encoding="utf-8")
    os.replace(temporary, path)  # an editor's source list is never left half written
    return True


def import_contribution(resources: Path, path: Path) -> ImportedContribution:
    """Add a contribution to `resources/practices/` as a draft practice for review.

    Never overwrites: when the id is taken, `-2`, `-3`... is added. Raises ContributionInvalid."""
    resources = Path(resources)
    taxonomy = load_taxonomy(resources / "taxonomy.yaml")
    document_ids = {d.id for d in load_documents(resources / "sources.yaml")}
    contribution = read_contribution(path, taxonomy)
    notes = []
    countries = list(contribution.country)
    if not countries:
        guessed = _guess_country(contribution.place, taxonomy)
        countries = [guessed or "global"]
        notes.append(f"the country '{countries[0]}' was {'guessed from the place' if guessed else 'not given'}; "
                     "check it")
    document = contribution.document if contribution.document in document_ids else FIELD_DOCUMENT
    section = contribution.source or "Field contribution"
    credit = f"Suggested by {contribution.contributor or 'a field office'} on {contribution.submitted}."
    front = {"id": "", "title": contribution.title, "summary": _summary(contribution.description) or contribution.title,
             "country": countries if len(countries) > 1 else countries[0], "place": contribution.place,
             "levels": list(contribution.levels), "approaches": list(contribution.approaches),
             "topics": ["field contribution"], "source": {"document": document, "section": section},
             "last_reviewed": contribution.submitted, "status": "draft"}
    body = f"{contribution.description}\n\n## Source\n{contribution.source or 'Not given.'}\n\n{credit}\n"
    folder = resources / "practices"
    existing = {p.stem for p in folder.glob("*.md")}
    stem = slug_of(contribution.title)
    for number in range(1, 10_000):
        practice_id = stem if number == 1 else f"{stem}-{number}"
        if practice_id in existing:
            continue
        front["id"] = practice_id
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000) + "---\n" + body
        _, problems = parse_practice(Path(f"{practice_id}.md"), text, taxonomy, document_ids | {FIELD_DOCUMENT},
                                     frozenset(existing | {practice_id}))
        if problems:
            raise ContributionInvalid(f"The contribution cannot become a valid practice: {problems[0].message}.")
        if document == FIELD_DOCUMENT and _ensure_field_document(resources):
            notes.append(f"the source document '{FIELD_DOCUMENT}' was added to sources.yaml")
        try:
            with open(folder / f"{practice_id}.md", "x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except FileExistsError:  # written by someone else since we listed the folder
            existing.add(practice_id)
            continue
        return ImportedContribution(path=folder / f"{practice_id}.md", practice_id=practice_id,
                                    title=contribution.title, notes=tuple(notes))
    raise ContributionInvalid(f"Too many practices are named {stem}; rename the contribution's title.")
