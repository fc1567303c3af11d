"""Text normalisation shared by indexing, querying and the taxonomy."""

import re
import unicodedata

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fold(text: str) -> str:
    """Return `text` lower-cased with accents removed ("São Paulo" -> "sao paulo").

    Officials type without accents on keyboards that lack them, so every comparison of
    user text with catalogue text goes through this.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Letters that do not decompose into base + accent.
    return stripped.translate(_EXTRA).casefold()


def fold_accents(text: str) -> str:
    """Like `fold` but keeps case (query operators such as OR are upper case)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_EXTRA)


_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
                        "’": "'", "‘": "'"})


def is_slug(value: str) -> bool:
    """True when `value` is a lower-case hyphenated slug such as `costa-rica`."""
    return bool(_SLUG_RE.match(value))


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^#{1,6}\s.*$", re.M)  # section titles ("Who is involved") read as noise
_LINE_MARKER = re.compile(r"^\s*(?:>\s?|[-*+]\s+|\d+[.)]\s+)", re.M)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_SPACE = re.compile(r"\s+")


def markdown_plain_text(markdown_text: str) -> str:
    """Markdown without its markup, on one line: what is indexed and what snippets are cut from.

    Only markup is removed (link targets, heading lines, list and quote markers, emphasis
    marks, backticks); every other character of the text stays, "<" and "&" included."""
    text = _LINK.sub(r"\1", markdown_text)
    text = _HEADING.sub("", text)
    text = _LINE_MARKER.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("`", "")
    return _SPACE.sub(" ", text).strip()
