"""Split a Markdown file into YAML front matter and body, keeping line numbers.

Validation messages must point at the line an editor has to fix, so the YAML is composed
into nodes first (which know their line) and only then turned into Python values.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from .files import read_regular
from .safe_yaml import ALIAS_RULE, FAST_LOADER, AliasFound, refuse_aliases

MAX_SOURCE_BYTES = 4 << 20  # a bundle member's cap too; the longest practice file is under 10 KB

@dataclass(frozen=True)
class Problem:
    """One thing wrong with a source file, printed as `file:line: message`."""

    path: str
    line: int
    message: str
    severity: str = "error"  # or "warning": reported, but does not stop a build or a publish

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}: {label}{self.message}"


@dataclass(frozen=True)
class FrontMatter:
    """Parsed front matter: `data` as Python values; `lines` maps each key to its line,
    `item_lines` each list item and `sub_lines` each key of a nested mapping to theirs."""

    data: dict
    lines: dict
    body: str
    body_line: int  # line number where the body starts
    item_lines: dict = None  # key -> [line of item 0, line of item 1, ...]
    sub_lines: dict = None  # (key, subkey) -> line

    def line_of(self, key: str, item: int | None = None, sub: str | None = None) -> int:
        """Line of `key` (or of its `item`-th list item, or of its nested key `sub`) in the
        file: the line an editor has to fix. 1 when the key is absent."""
        if item is not None and self.item_lines and item < len(self.item_lines.get(key, ())):
            return self.item_lines[key][item]
        if sub is not None and self.sub_lines and (key, sub) in self.sub_lines:
            return self.sub_lines[(key, sub)]
        return self.lines.get(key, 1)


class _UniqueKeyLoader(FAST_LOADER):
    """A safe loader (libyaml's when PyYAML has it: importing 10,000 practices spent most of its
    checking time in pure-Python YAML) that refuses duplicate keys instead of keeping the last."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                # +2: line numbers count from 1 and the YAML starts after the opening '---'
                None, None, f"the key '{key}' appears twice (first on line {seen[key] + 2})",
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def split_front_matter(text: str, path: str) -> tuple[FrontMatter | None, list[Problem]]:
    """Parse `text`. Returns (front matter, []) or (None, [problems])."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, [Problem(path, 1, "the file must start with a front matter block opened by a '---' line")]
    end = None
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            end = number
            break
    if end is None:
        return None, [Problem(path, 1, "the front matter block opened on line 1 is never closed by a '---' line")]
    yaml_text = "\n".join(lines[1:end])
    try:
        node = data = None
        refuse_aliases(yaml_text)  # before anything is built from it: see safe_yaml
        loader = _UniqueKeyLoader(yaml_text)
        try:  # one parse gives both the nodes (for line numbers) and the values
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except AliasFound as exc:
        return None, [Problem(path, exc.line + 1, f"the front matter {ALIAS_RULE}")]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if isinstance(exc, yaml.scanner.ScannerError) and exc.context_mark is not None:
            mark = exc.context_mark  # e.g. an unclosed quote: where it opens, not where the file ends
        line = (mark.line + 2) if mark else 1
        reason = exc.problem or exc.context or "invalid YAML"
        opened = _unclosed_quote_line(yaml_text, mark.line if mark else len(lines))
        if opened is not None:  # the parser gives up far below the quote that swallowed the lines
            return None, [Problem(path, opened + 2, "a quote opened on this line is never closed")]
        return None, [Problem(path, line, f"the front matter is not valid YAML: {reason}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, f"the front matter is not valid YAML: {exc}")]
    except ValueError:  # PyYAML turns 2026-02-30 into a date and fails: find which value it was
        return None, [_impossible_date(node, path)]
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        return None, [Problem(path, 2, "the front matter must be a set of 'key: value' lines")]
    key_lines, item_lines, sub_lines = {}, {}, {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        key_lines[key] = key_node.start_mark.line + 2
        if isinstance(value_node, yaml.SequenceNode):
            item_lines[key] = [item.start_mark.line + 2 for item in value_node.value]
        elif isinstance(value_node, yaml.MappingNode):
            for sub_key, _ in value_node.value:
                sub_lines[(key, str(sub_key.value))] = sub_key.start_mark.line + 2
    body = "\n".join(lines[end + 1:])
    return FrontMatter(data={str(k): v for k, v in data.items()}, lines=key_lines, body=body,
                       body_line=end + 2, item_lines=item_lines, sub_lines=sub_lines), []


def _unclosed_quote_line(yaml_text: str, last_line: int):
    """0-based line (up to `last_line`) whose value opens a double quote it never closes."""
    for number, line in enumerate(yaml_text.split("\n")[: last_line + 1]):
        _, colon, value = line.partition(":")
        value = value.strip() if colon else line.strip()
        if value.startswith('"') and (len(value) == 1 or not value.rstrip().endswith('"')
                                      or value.count('"') - value.count('\\"') == 1):
            return number
    return None


def _impossible_date(node, path: str) -> Problem:
    import datetime as dt
    for scalar in _scalars(node):
        if scalar.tag == "tag:yaml.org,2002:timestamp":
            try:
                dt.date.fromisoformat(scalar.value[:10])
            except ValueError:
                return Problem(path, scalar.start_mark.line + 2, f"'{scalar.value}' is not a real date")
    return Problem(path, 2, "the front matter holds a value that is not a real date")


def _scalars(node):
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(key)
            yield from _scalars(value)


def read_source(path, problems: list) -> tuple[bytes, str] | None:
    """(bytes, text) of a source file, or None with a Problem added to `problems`: unreadable,
    not a regular file (a pipe would block forever), too large, or not UTF-8."""
    try:
        raw = read_regular(path, MAX_SOURCE_BYTES)
    except OSError as exc:
        problems.append(Problem(str(path), 1, f"cannot be read: {exc.strerror or exc}"))
        return None
    if len(raw) > MAX_SOURCE_BYTES:
        problems.append(Problem(str(path), 1, f"is larger than {MAX_SOURCE_BYTES >> 20} MB, far past any catalogue "
                                              "file; it was not read"))
        return None
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(str(path), line, "is not UTF-8 text; save it as UTF-8"))
        return None
