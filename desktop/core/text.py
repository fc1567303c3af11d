"""Text normalisation shared by indexing, querying and the taxonomy."""

import re
import unicodedata

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fold(text: str) -> str:
    """Return `text` lower-cased with accents removed ("São Paulo" -> "sao paulo").

    Officials type without accents on keyboards that lack them, so every comparison of
    user text with catalogue text goes through this.
    """
    if text.isascii():  # most words: nothing to decompose, strip or translate
        return text.lower()
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
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


def markdown_plain_text(markdown_text: str) -> str:
    """Markdown without its markup, on one line: what is indexed and what snippets are cut from.

    Only markup is removed (link targets, heading lines, list and quote markers, emphasis
    marks, backticks); every other character of the text stays, "<" and "&" included."""
    # Each pattern runs only when its mark occurs: a snippet is cut from every hit's text.
    text = _LINK.sub(r"\1", markdown_text) if "](" in markdown_text else markdown_text
    text = _HEADING.sub("", text) if "#" in text else text
    text = _LINE_MARKER.sub("", text)
    text = _EMPHASIS.sub(r"\2", text) if "*" in text or "_" in text else text
    return " ".join(text.replace("`", "").split())  # runs of white space as one space


# -- characters that must never reach a terminal or a catalogue field ----------------------------
# C0 controls (ESC starts terminal escape sequences, CR rewrites a line), DEL and the C1 controls
# (U+009B is a one-character CSI on some terminals).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and line feed allowed
# Bidirectional embeddings, overrides and isolates: they reorder what follows them on screen, so
# a title could show one text and hold another ("Trojan source").
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# What a terminal gets escaped: every control but tab and line feed, bidi controls and marks,
# and the Unicode line and paragraph separators.
_TERMINAL_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}\u200e\u200f\u061c\u2028\u2029]")
_NAMES = {0: "NUL", 7: "BEL", 8: "backspace", 9: "tab", 10: "line break", 13: "carriage return",
          27: "ESC", 127: "DEL", 0x9B: "CSI"}


def describe_character(ch: str) -> str:
    """`U+001B (ESC)`: how messages name an invisible character."""
    name = _NAMES.get(ord(ch))
    if name is None and ch in BIDI_CONTROLS:
        name = "a bidirectional override"
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


_FORBIDDEN = {  # (lines allowed, bidi refused) -> one pattern: a field is checked with one search
    (False, True): re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]"),
    (False, False): _CONTROL,
    (True, True): re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]"),
    (True, False): _CONTROL_BUT_LINES,
}


def forbidden_character(text: str, lines: bool = False, bidi: bool = True) -> str | None:
    """The first character of `text` a catalogue field may not hold, or None.

    Control characters are never allowed (with `lines`, tab and line feed are, and a carriage
    return just before a line feed); with `bidi`, neither are bidirectional overrides."""
    pattern = _FORBIDDEN[(lines, bidi)]
    found = pattern.search(text)
    if found is not None and lines and found.group() == "\r":
        found = pattern.search(text.replace("\r\n", "\n"))
    return found.group() if found is not None else None


def terminal_safe(text: str) -> str:
    """`text` with every character that a terminal would act on (escape sequences, carriage
    returns, bidi overrides...) written out as `\\u001b`; tabs and line feeds are kept.

    The `\\uXXXX` form keeps JSON output valid and equal to what it says."""
    if not _TERMINAL_UNSAFE.search(text):
        return text
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
