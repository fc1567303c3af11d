"""Reading lists shared as files (*.pclist): plain JSON a colleague imports on another laptop.

    {"format": "practice-catalogue-reading-list", "format_version": 1,
     "name": "Workshop Tegucigalpa, day 2: diaspora",
     "catalogue": {"id": "mlg-practices", "version": 3}, "exported": "2026-12-01T10:00:00+00:00",
     "items": [{"practice_id": "ecuador-congope", "title": "…", "comment": "…"}, …]}

An item may carry its own "catalogue_version" when it came from an older catalogue than the file.
A file comes from outside (USB stick, e-mail), so it is read with a size limit before it is
parsed and checked whole before anything is written: a damaged or hostile file gets one sentence
and changes nothing. Importing never overwrites a list: a name already taken gets " (2)".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import CatalogueError
from .reading_lists import (
    MAX_COMMENT_LENGTH,
    MAX_ITEMS,
    MAX_NAME_LENGTH,
    MAX_TITLE_LENGTH,
    ListItem,
    ReadingList,
    ReadingLists,
    valid_practice_id,
)

FORMAT = "practice-catalogue-reading-list"
FORMAT_VERSION = 1
SUFFIX = ".pclist"
# The largest list we write (500 items with long comments) stays far below this.
MAX_FILE_BYTES = 4 * 1024 * 1024


class ListFileRefused(CatalogueError):
    """A .pclist file that cannot be imported; the message says why in one sentence."""


@dataclass(frozen=True)
class SharedList:
    """What a .pclist file holds, checked: the name, the items, and the catalogue it was made with."""

    name: str
    items: tuple  # ListItems
    catalogue_id: str
    catalogue_version: int


def export_list(reading_list: ReadingList, path, catalogue_id: str, catalogue_version: int,
                present_ids=None) -> Path:
    """Write `reading_list` to `path` (".pclist" added when missing); return the path written.

    Items whose practice is not in `present_ids` keep the catalogue version they came from.
    The file is written whole or not at all. Raises CatalogueError when it cannot be written."""
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    items = []
    for item in reading_list.items:
        entry = {"practice_id": item.practice_id, "title": item.title, "comment": item.comment}
        if present_ids is not None and item.practice_id not in present_ids and item.catalogue_version:
            entry["catalogue_version"] = item.catalogue_version
        items.append(entry)
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, "name": reading_list.name,
                "catalogue": {"id": catalogue_id, "version": int(catalogue_version)},
                "exported": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
                "items": items}
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".pclist-", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise CatalogueError(f"The reading list could not be written to {path} ({error.strerror or error}).") \
            from error
    return path


def _refuse(reason: str) -> ListFileRefused:
    return ListFileRefused(f"This file cannot be imported as a reading list: {reason}; nothing was changed.")


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                raise _refuse(f"it is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            data = handle.read(MAX_FILE_BYTES + 1)  # a file that grows while read is caught too
    except IsADirectoryError as error:
        raise _refuse("it is a folder, not a file") from error
    except OSError as error:
        raise ListFileRefused(f"The file {path} cannot be read ({error.strerror or error}); nothing was changed.") \
            from error
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(f"it is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return data


def _text(value, what: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _refuse(f"{what} is not text")
    if len(value) > limit:
        raise _refuse(f"{what} is longer than {limit} characters")
    return value


def _version(value) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise _refuse("its catalogue version is not a number")
    return value


def _parse(data: bytes) -> dict:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise _refuse("it is not text (UTF-8)") from error
    except (ValueError, RecursionError) as error:  # json.JSONDecodeError is a ValueError
        raise _refuse("it is not valid JSON, perhaps damaged in transfer") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refuse("it is not a Practice Catalogue reading list")
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ListFileRefused("This reading list was saved by a newer Practice Catalogue: update the app to "
                              "import it; nothing was changed.")
    if version != FORMAT_VERSION:
        raise _refuse("its format version is not one this app knows")
    return document


def read_list_file(path) -> SharedList:
    """Read and check a .pclist file. Raises ListFileRefused with one sentence when it is
    damaged, too large, holds too many items, or names practice ids that are not ids."""
    document = _parse(_read_bytes(Path(path)))
    name = _text(document.get("name"), "its name", MAX_NAME_LENGTH)
    if not " ".join(name.split()):
        raise _refuse("the list has no name")
    catalogue = document.get("catalogue")
    if not isinstance(catalogue, dict):
        raise _refuse("it does not say which catalogue it was made with")
    catalogue_id = _text(catalogue.get("id"), "its catalogue id", 100)
    catalogue_version = _version(catalogue.get("version"))
    entries = document.get("items")
    if not isinstance(entries, list):
        raise _refuse("it has no list of practices")
    if len(entries) > MAX_ITEMS:
        raise _refuse(f"it has {len(entries)} items, more than the {MAX_ITEMS} a list can hold")
    items, seen = [], set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise _refuse("one of its items is not a practice")
        practice_id = entry.get("practice_id")
        if not isinstance(practice_id, str):
            raise _refuse("one of its items has no practice id")
        if not valid_practice_id(practice_id):
            shown = "".join(c if c.isprintable() else "?" for c in practice_id[:40])
            raise _refuse(f"'{shown}' is not a practice id")
        if practice_id in seen:
            continue
        seen.add(practice_id)
        items.append(ListItem(practice_id=practice_id,
                              title=_text(entry.get("title"), "a practice's title", MAX_TITLE_LENGTH),
                              comment=_text(entry.get("comment"), "a comment", MAX_COMMENT_LENGTH),
                              catalogue_version=_version(entry.get("catalogue_version")) or catalogue_version))
    return SharedList(" ".join(name.split()), tuple(items), catalogue_id, catalogue_version)


def import_list(lists: ReadingLists, path) -> ReadingList:
    """Add the list in a .pclist file as a new list (never replacing one: a name already taken
    gets " (2)", " (3)"…). Returns the new list. Raises ListFileRefused and changes nothing
    when the file cannot be imported."""
    shared = read_list_file(path)
    return lists.create(lists.free_name(shared.name), shared.items)
