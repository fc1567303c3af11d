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
