"""Checking sources for editors: `validate` (one file, a folder, or a whole resources/) and
`stamp` (recording in a translation which English text it matches)."""

from __future__ import annotations

from pathlib import Path

from .errors import ValidationFailed
from .frontmatter import Problem
from .frontmatter import read_source as _read
from .sources import load_documents, load_sources, parse_guidance, parse_practice
from .taxonomy import load_taxonomy
from .translations import (
    english_files,
    english_hash,
    guidance_english_hash,
    missing_translation_warnings,
    parse_guidance_translation,
    parse_practice_translation,
    split_name,
    stamp,
    translation_files,
)


def validate_path(path: Path, resources: Path) -> list:
    """Problems found in `path`: a resources folder, its practices folder, one practice file or
    one translation (checked against the taxonomy and the practices of `resources`). Warnings
    (stale or missing translations) come with severity "warning". Empty list when all is well."""
    path = Path(path)
    if path.is_dir():
        root = path.parent if path.name in ("practices", "guidance") else path
        try:
            return list(load_sources(root).warnings)
        except ValidationFailed as failed:
            return failed.problems
    resources = Path(resources)
    taxonomy = load_taxonomy(resources / "taxonomy.yaml")
    document_ids = {d.id for d in load_documents(resources / "sources.yaml")}
    problems: list = []
    read = _read(path, problems)
    if read is None:
        return problems
    known_ids = frozenset(p.stem for p in english_files(resources / "practices")) | {path.stem}
    name = split_name(path)
    if name is not None:  # a translation: check it against its English file beside it
        english_path = path.with_name(f"{name[0]}.md")
        english_read = _read(english_path, []) if english_path.is_file() else None
        if english_read is None:
            return [Problem(str(path), 1, f"this translates '{name[0]}', but there is no {name[0]}.md beside it")]
        if path.parent.name == "guidance":
            english, found = parse_guidance(english_path, english_read[1], taxonomy, document_ids)
            parse = parse_guidance_translation
        else:
            english, found = parse_practice(english_path, english_read[1], taxonomy, document_ids, known_ids)
            parse = parse_practice_translation
        if english is None:
            return [Problem(str(path), 1, f"its English file {english_path.name} has problems; fix those first")]
        return parse(path, read[1], english)[1]
    if path.parent.name == "guidance":
        item, problems = parse_guidance(path, read[1], taxonomy, document_ids)
    else:
        item, problems = parse_practice(path, read[1], taxonomy, document_ids, known_ids)
    if item is not None and getattr(item, "status", "published") == "published":
        languages = {split_name(t)[1] for t in translation_files(path.parent) if split_name(t)[0] == path.stem}
        problems = problems + missing_translation_warnings(path, languages)
    return problems


def stamp_translations(resources: Path, paths: list) -> list:
    """Record the current English hash in translation files: those in `paths`, or (when empty)
    every translation that records none yet ('pending'). Returns the files changed.

    Raises ValidationFailed when a named file is not a translation or its English has errors."""
    resources = Path(resources)
    sources = load_sources(resources)
    hashes = {("practices", p.id): english_hash(p) for p in sources.practices}
    hashes.update({("guidance", g.policy_area): guidance_english_hash(g) for g in sources.guidance})
    if paths:
        targets = [Path(p) for p in paths]
    else:
        targets = [w_path for w in sources.warnings if "does not record which English text" in w.message
                   for w_path in [Path(w.path)]]
    problems, changed = [], []
    for path in targets:
        name = split_name(path)
        key = (path.parent.name, name[0]) if name else None
        if key not in hashes:
            problems.append(Problem(str(path), 1, "is not a translation of a practice or guidance page in "
                                                  f"{resources}"))
            continue
        if stamp(path, hashes[key]):
            changed.append(path)
    if problems:
        raise ValidationFailed(problems)
    return changed
