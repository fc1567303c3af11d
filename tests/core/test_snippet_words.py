"""Snippets find the query's words with one regular expression built from the words a text
holds; it must find them exactly where the tokenizer does: whole words only, never a piece of
"paulo's" or "whole-of-government", whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.search.snippets import _spans
from desktop.core.search.terms import TOKEN, stem

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
    assert _spans(text, wanted) == expected


def test_a_word_inside_a_longer_word_is_not_marked():
    text = "Sao Paulo's whole-of-government plan, of Paulo"
    assert [text[start:end] for start, end in _spans(text, ["Paulo", "of"])] == ["of", "Paulo"]


WORDS = ["Migrants", "migrant", "MIGRACIÓN", "migración", "Œuvre", "oeuvre", "État", "etat", "local", "Locales",
         "councils", "council's", "São", "sao", "ß", "ss", "x", "municipal", "Municipalités", "hometown"]


def _reference(marker, tokens):
    """What marking means, word by word, with nothing remembered."""
    from desktop.core.search.snippets import fold
    found = set()
    for token in tokens:
        folded = fold(token)
        if folded[:2] in marker.starts and (
                folded in marker.words or folded.startswith(marker.prefixes)
                or any(stem(lang, folded) in stems for lang, stems in marker.stems.items())):
            found.add(token)
    return found


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sets(st.sampled_from(WORDS), max_size=12), min_size=1, max_size=4),
       st.sets(st.sampled_from(["migrant", "local", "oeuvre", "etat", "sao", "council", "ss"]), min_size=1),
       st.booleans(), st.integers(min_value=0, max_value=30))
def test_the_words_marked_are_the_query_s_whatever_was_filed_before(texts, query_words, prefix, limit):
    # Words are folded once and filed by their start, up to a bound; past it, and for words a
    # query met before or never, the marked words must be exactly the query's.
    from desktop.core.search import snippets
    from desktop.core.search.ranking import Highlights
    saved = (dict(snippets._FOLDED), {k: set(v) for k, v in snippets._BY_START.items()}, snippets.FOLDED_LIMIT)
    snippets._FOLDED.clear()
    snippets._BY_START.clear()
    snippets.FOLDED_LIMIT = limit
    try:
        highlights = Highlights()
        for word in query_words:
            highlights.words.add(word)
            for lang in highlights.stems:
                highlights.stems[lang].update({stem(lang, word)} - {None})  # None: a stop word there
        if prefix:
            highlights.prefixes.add("mun")
        marker = snippets.Marker(highlights)
        for tokens in texts:
            assert marker.marked_among(frozenset(tokens)) == _reference(marker, tokens)
    finally:
        snippets._FOLDED.clear()
        snippets._FOLDED.update(saved[0])
        snippets._BY_START.clear()
        snippets._BY_START.update(saved[1])
        snippets.FOLDED_LIMIT = saved[2]
