"""Snippets find the query's words with one regular expression built from the words a text
holds; it must find them exactly where the tokenizer does: whole words only, never a piece of
"paulo's" or "whole-of-government", whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.search.snippets import _exactly
from desktop.core.search.terms import TOKEN

# Words, joiners and separators that make the tokenizer's boundaries hard.
PIECES = ["paulo", "paulo's", "sao", "of", "whole", "-", "'", "’", " ", "--", "-'", ".", "é", "migrants",
          "migrant", "x", "1", "_", "œuvre", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.data())
def test_marked_words_are_found_where_the_tokenizer_finds_them(pieces, data):
    text = "".join(pieces)
    tokens = sorted(set(TOKEN.findall(text)))
    if not tokens:
        return
    wanted = set(data.draw(st.lists(st.sampled_from(tokens), min_size=1, unique=True)))
    expected = [(m.start(), m.end()) for m in TOKEN.finditer(text) if m.group(0) in wanted]
    assert [(m.start(), m.end()) for m in _exactly(sorted(wanted)).finditer(text)] == expected


def test_a_word_inside_a_longer_word_is_not_marked():
    text = "Sao Paulo's whole-of-government plan, of Paulo"
    assert [m.group(0) for m in _exactly(["Paulo", "of"]).finditer(text)] == ["of", "Paulo"]
