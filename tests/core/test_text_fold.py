"""fold() takes a shortcut for ASCII text (lower case only); it must give what the full
folding (decompose, strip accents, translate, casefold) gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text import _fold_unicode, fold


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_shortcut_folds_as_the_full_folding_does(text):
    assert fold(text) == _fold_unicode(text)


def test_accents_and_letters_without_decomposition_are_folded():
    assert fold("São Paulo's Œuvre, Łódź ØRESUND Straße") == "sao paulo's oeuvre, lodz oresund strasse"


def _plain_text_reference(markdown_text: str) -> str:
    """markdown_plain_text as first written: every pattern on every text."""
    import re

    from desktop.core import text as t
    out = t._LINK.sub(r"\1", markdown_text)
    out = t._HEADING.sub("", out)
    out = t._LINE_MARKER.sub("", out)
    out = t._EMPHASIS.sub(r"\2", out)
    out = out.replace("`", "")
    return re.sub(r"\s+", " ", out).strip()


MARKDOWN_PIECES = ["word", "Ça", "[link](http://x)", "![img](a.png)", "](", "[", "]", "(", ")", "# ", "## Title",
                   "#tag", "\n", "\n- ", "\n* ", "\n+ ", "\n1. ", "\n2) ", "\n> ", "*", "**", "_", "__", "`", " ",
                   "\t", "\xa0", "\u2028", "\u3000", "\x1c", "\r\n", "x_y", "a*b*c"]


@given(st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=40))
def test_plain_text_skips_only_patterns_whose_mark_is_absent(pieces):
    from desktop.core.text import markdown_plain_text
    text = "".join(pieces)
    assert markdown_plain_text(text) == _plain_text_reference(text)
