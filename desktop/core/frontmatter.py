"""Split a Markdown file into YAML front matter and body, keeping line numbers.

Validation messages must point at the line an editor has to fix, so the YAML is composed
into nodes first (which know their line) and only then turned into Python values.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a source file, printed as `file:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class FrontMatter:
    """Parsed front matter: `data` as Python values, `lines` maps each key to its line."""

    data: dict
    lines: dict
    body: str
    body_line: int  # line number where the body starts

    def line_of(self, key: str) -> int:
        """Line of `key` in the file, or 1 when the key is absent."""
        return self.lines.get(key, 1)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys instead of silently keeping the last."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key '{key}' appears twice (first on line {seen[key] + 1})",
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
        node = yaml.compose(yaml_text, Loader=_UniqueKeyLoader)
        data = yaml.load(yaml_text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark else 1
        reason = exc.problem or exc.context or "invalid YAML"
        return None, [Problem(path, line, f"the front matter is not valid YAML: {reason}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, f"the front matter is not valid YAML: {exc}")]
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        return None, [Problem(path, 2, "the front matter must be a set of 'key: value' lines")]
    key_lines = {}
    for key_node, _ in node.value:
        key_lines[str(key_node.value)] = key_node.start_mark.line + 2
    body = "\n".join(lines[end + 1:])
    return FrontMatter(data={str(k): v for k, v in data.items()}, lines=key_lines,
                       body=body, body_line=end + 2), []
