"""Translations of practices and guidance pages: `<id>.<language>.md` beside the English file.

A translation holds only what is translated (title, summary, place, aliases and body; for
guidance: title, highlights, recommendations and body) and `source_hash`, the hash of the
English text it was made from. When the English changes, the hash no longer matches and the
translation is *stale*: still shown (an editor may publish an English correction before the
translators catch up) but reported by `validate` as a warning, and labelled in the app.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from .field_rules import TRANSLATION_RULES, check_fields
from .frontmatter import Problem, read_source, split_front_matter
from .model import GuidanceText, PracticeText

TRANSLATED_LANGUAGES = ("es", "fr", "pt")
PRACTICE_KEYS = ("translation_of", "language", "source_hash", "title", "summary", "place", "aliases")
GUIDANCE_KEYS = ("translation_of", "language", "source_hash", "title", "highlights", "recommendations")
_FILE_NAME = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<language>[a-z]{2})\.md$")
_BODY_LINK = re.compile(r"\]\((practice:[^)\s]*)\)")


def split_name(path: Path) -> tuple[str, str] | None:
    """`ecuador-congope.es.md` -> ('ecuador-congope', 'es'); None for an English file."""
    match = _FILE_NAME.match(Path(path).name)
    return (match["id"], match["language"]) if match else None


def practice_hash(english_digest: str, translation_digests: dict) -> str:
    """What catalogue.db records per practice: the English file's SHA-256 when it has no
    translations, else a SHA-256 over it and each `{language: digest}`. Computed from digests
    so that an update can check it against a bundle's signed list of file hashes."""
    if not translation_digests:
        return english_digest
    text = english_digest + "".join(f"\n{lang}:{translation_digests[lang]}" for lang in sorted(translation_digests))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def is_translation_file(path: Path) -> bool:
    """True for `<id>.<xx>.md` files: translations, not practices of their own."""
    return split_name(path) is not None


def _digest(parts) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.strip().encode("utf-8") + b"\0")
    return hasher.hexdigest()[:16]


def english_hash(practice) -> str:
    """The hash a translation records: of the English title, summary, place and body."""
    return _digest([practice.title, practice.summary, practice.place, practice.body])


def guidance_english_hash(item) -> str:
    """The same for a guidance page: title, highlights, recommendations and body."""
    return _digest([item.title, *item.highlights, "\0", *item.recommendations, item.body])


def _text(data: dict, key: str, where: str, line, problems: list) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(Problem(where, line(key), f"'{key}' must be text"))
        return ""
    return value.strip()


def _texts(data: dict, key: str, where: str, line, problems: list) -> tuple:
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        problems.append(Problem(where, line(key), f"'{key}' must be a list"))
        return ()
    return tuple(str(v).strip() for v in value if v is not None and str(v).strip())


def _common(path: Path, text: str, keys: tuple, expected_id: str) -> tuple:
    """Front matter checks shared by both kinds: (front, language, problems)."""
    where = str(path)
    front, problems = split_front_matter(text, where)
    if front is None:
        return None, "", problems
    problems = check_fields(front, where, TRANSLATION_RULES)
    if problems:  # nothing else looks at an oversized or hostile value
        return None, "", problems
    data, line = front.data, front.line_of
    name = split_name(path)
    language = name[1] if name else ""
    for key in data:
        if key not in keys:
            problems.append(Problem(where, line(key), f"unknown field '{key}' in a translation; "
                                                      f"a translation has only {', '.join(keys)}"))
    if language not in TRANSLATED_LANGUAGES:
        problems.append(Problem(where, 1, f"'{language}' is not a catalogue language; translation files "
                                          f"end in {', '.join('.' + lang + '.md' for lang in TRANSLATED_LANGUAGES)}"))
    if str(data.get("translation_of") or "") != expected_id:
        problems.append(Problem(where, line("translation_of"),
                                f"'translation_of' must be '{expected_id}', the id in the file name"))
    if str(data.get("language") or "") != language:
        problems.append(Problem(where, line("language"), f"'language' must be '{language}', as in the file name"))
    if not _text(data, "title", where, line, []):
        problems.append(Problem(where, line("title"), "the translation has no title"))
    return front, language, problems


def _stale_warning(where, line, recorded: str, current: str) -> list:
    if recorded == current:
        return []
    if recorded in ("", "pending"):
        message = (f"this translation does not record which English text it was made from; when it matches "
                   f"the English, set 'source_hash: {current}'")
    else:
        message = (f"the English entry changed since this translation was made (it records {recorded}, the "
                   f"English is now {current}); bring the translation up to date, then set "
                   f"'source_hash: {current}'")
    return [Problem(where, line("source_hash"), message, severity="warning")]


def parse_practice_translation(path: Path, text: str, practice) -> tuple[PracticeText | None, list]:
    """Parse and check a practice translation against its English `practice`.

    Returns (PracticeText, problems); problems may be warnings only (stale), with a value."""
    where = str(path)
    front, language, problems = _common(path, text, PRACTICE_KEYS, practice.id)
    if front is None:
        return None, problems
    data, line = front.data, front.line_of
    title = _text(data, "title", where, line, problems)
    summary = _text(data, "summary", where, line, problems)
    if not summary:
        problems.append(Problem(where, line("summary"), "the translation has no summary"))
    place = _text(data, "place", where, line, problems)
    if practice.place and not place:
        problems.append(Problem(where, line("place") if "place" in data else 1,
                                f"the English entry has a place ('{practice.place}'); give it in this language",
                                severity="warning"))
    aliases = _texts(data, "aliases", where, line, problems)
    body = front.body.strip("\n")
    if not body.strip():
        problems.append(Problem(where, front.body_line, "the translation has no text after its front matter"))
    english_links = sorted(set(_BODY_LINK.findall(practice.body)))
    if body.strip() and sorted(set(_BODY_LINK.findall(body))) != english_links:
        problems.append(Problem(where, front.body_line, "the links to other practices differ from the English "
                                                        f"entry's ({', '.join(english_links) or 'none'})"))
    recorded = str(data.get("source_hash") or "")
    current = english_hash(practice)
    problems += _stale_warning(where, line, recorded, current)
    if any(p.severity == "error" for p in problems):
        return None, problems
    return PracticeText(language=language, title=title, summary=summary, body=body, place=place,
                        aliases=aliases, source_hash=recorded, stale=recorded != current), problems


def parse_guidance_translation(path: Path, text: str, item) -> tuple[GuidanceText | None, list]:
    """Parse and check a guidance translation against its English page `item`."""
    where = str(path)
    front, language, problems = _common(path, text, GUIDANCE_KEYS, item.policy_area)
    if front is None:
        return None, problems
    data, line = front.data, front.line_of
    title = _text(data, "title", where, line, problems)
    lists = {}
    for key in ("highlights", "recommendations"):
        lists[key] = _texts(data, key, where, line, problems)
        if len(lists[key]) != len(getattr(item, key)):
            problems.append(Problem(where, line(key), f"the English page has {len(getattr(item, key))} {key}, "
                                                      f"this translation {len(lists[key])}"))
    body = front.body.strip("\n")
    recorded = str(data.get("source_hash") or "")
    current = guidance_english_hash(item)
    problems += _stale_warning(where, line, recorded, current)
    if any(p.severity == "error" for p in problems):
        return None, problems
    return GuidanceText(language=language, title=title, body=body, highlights=lists["highlights"],
                        recommendations=lists["recommendations"], source_hash=recorded,
                        stale=recorded != current), problems


def missing_translation_warnings(english_path: Path, translated: set) -> list:
    """A warning per catalogue language without a translation of this English file."""
    missing = [lang for lang in TRANSLATED_LANGUAGES if lang not in translated]
    if not missing:
        return []
    stem = Path(english_path).stem
    names = ", ".join(f"{stem}.{lang}.md" for lang in missing)
    return [Problem(str(english_path), 1, f"no translation yet in {', '.join(missing)} (expected {names}); "
                                          "the app shows the English text there", severity="warning")]


def stamp(path: Path, current_hash: str) -> bool:
    """Record `current_hash` as the English text a translation file was made from.

    Only the `source_hash:` line changes. Returns False when the file already records it."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"^source_hash:.*$", re.M)
    new_line = f"source_hash: {current_hash}"
    if pattern.search(text):
        updated = pattern.sub(new_line, text, count=1)
    else:
        updated = text.replace("---\n", f"---\n{new_line}\n", 1)
    if updated == text:
        return False
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(updated, encoding="utf-8", newline="")
    temporary.replace(path)
    return True


def english_files(folder: Path) -> list:
    """The English reference files of a practices or guidance folder (not the translations)."""
    if not Path(folder).is_dir():
        return []
    return [path for path in sorted(Path(folder).glob("*.md")) if not is_translation_file(path)]


def translation_files(folder: Path) -> list:
    """The `<id>.<language>.md` files of a practices or guidance folder."""
    if not Path(folder).is_dir():
        return []
    return [path for path in sorted(Path(folder).glob("*.*.md")) if is_translation_file(path)]


def attach_translations(folder: Path, english: dict, english_paths: dict, parse, raws: dict,
                         problems: list, warnings: list) -> dict:
    """{key: the English value with its translations attached}. Every translation file is
    checked against its English entry; a missing language is a warning on the English file."""
    found: dict = {key: [] for key in english}
    for path in translation_files(folder):
        key, language = split_name(path)
        if key not in english:
            if key in english_paths or (folder / f"{key}.md").exists():
                continue  # its English file has problems of its own, already reported
            problems.append(Problem(str(path), 1, f"this translates '{key}', but there is no {key}.md beside it"))
            continue
        read = read_source(path, problems)
        if read is None:
            continue
        raw, text = read
        value, issues = parse(path, text, english[key])
        problems.extend(p for p in issues if p.severity == "error")
        warnings.extend(p for p in issues if p.severity == "warning")
        if value is not None:
            found[key].append(value)
            if key in raws:
                raws[key][language] = hashlib.sha256(raw).hexdigest()
    out = {}
    for key, value in english.items():
        languages = {t.language for t in found[key]}
        if getattr(value, "status", "published") == "published":
            warnings.extend(missing_translation_warnings(Path(english_paths[key]), languages))
        out[key] = replace(value, translations=tuple(sorted(found[key], key=lambda t: t.language)))
    return out
