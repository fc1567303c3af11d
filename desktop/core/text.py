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
