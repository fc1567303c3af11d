"""YAML as catalogue files write it: plain values, no anchors and no aliases.

An alias makes one YAML node appear in several places. Loading stays cheap (PyYAML shares the
node), but everything that walks the values afterwards (validation turning them into text, a
build writing them as JSON) does the work once per appearance: nine levels of nine aliases
("billion laughs") turn 600 bytes into billions of strings. No catalogue file needs them, so
every YAML the app reads (practice and translation front matter, guidance, contributions,
taxonomy.yaml, sources.yaml, catalogue.yaml, the taxonomy kept in catalogue.db) is checked for
them before anything is built from it, and refused with one sentence.
"""

from __future__ import annotations

import yaml

from .errors import CatalogueError
from .files import read_regular

# libyaml's loader when PyYAML was built with it: about ten times faster than pure Python.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_YAML_FILE_BYTES = 16 << 20  # taxonomy.yaml is 60 KB; a bundle member is at most 4 MB
ALIAS_RULE = ("uses a YAML anchor or alias ('&name' or '*name'), which catalogue files do not allow; "
              "write each value out in full")


class AliasFound(yaml.YAMLError):
    """The YAML holds an anchor or an alias; `line` is its 1-based line in the YAML text."""

    def __init__(self, line: int):
        super().__init__(f"line {line} {ALIAS_RULE}")
        self.line = line


def first_alias_line(text: str) -> int | None:
    """1-based line of the first anchor or alias in the YAML `text`, or None when it has none.

    Raises yaml.YAMLError when the text is not YAML at all. Only text holding '&' or '*' is
    parsed for this, so the check costs nothing for the usual file."""
    if "&" not in text and "*" not in text:
        return None
    for event in yaml.parse(text, Loader=FAST_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            return event.start_mark.line + 1
    return None


def refuse_aliases(text: str) -> None:
    """Raise AliasFound when the YAML `text` holds an anchor or an alias."""
    line = first_alias_line(text)
    if line is not None:
        raise AliasFound(line)


def load_text(text: str):
    """The value of the YAML `text`. Raises yaml.YAMLError (AliasFound for anchors and aliases)."""
    refuse_aliases(text)
    try:
        return yaml.load(text, Loader=FAST_LOADER)
    except RecursionError as exc:  # the pure-Python loader on absurdly nested YAML
        raise yaml.YAMLError("it is nested too deeply") from exc


def load_file(path, what: str):
    """The value of the YAML file `path`, called `what` in messages ("the taxonomy file").

    Raises CatalogueError with one sentence: unreadable, too large, not YAML, or using aliases."""
    title = what[:1].upper() + what[1:]
    try:
        data = read_regular(path, MAX_YAML_FILE_BYTES)
    except OSError as exc:
        raise CatalogueError(f"Cannot read {what} {path}: {exc.strerror or exc}.") from exc
    if len(data) > MAX_YAML_FILE_BYTES:
        raise CatalogueError(f"{title} {path} is larger than {MAX_YAML_FILE_BYTES >> 20} MB, far past "
                             "any real one; it was not read.")
    try:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"{title} {path} is not UTF-8 text; save it as UTF-8.") from exc
    try:
        return load_text(text)
    except AliasFound as exc:
        raise CatalogueError(f"{title} {path} {ALIAS_RULE} (line {exc.line}).") from exc
    except yaml.YAMLError as exc:
        detail = " ".join(str(exc).split())
        raise CatalogueError(f"{title} {path} is not valid YAML: {detail}.") from exc
