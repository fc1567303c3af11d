"""Presentation mode's logic: what a slide says, and how the keys move through pages and practices."""

from desktop.core.slides import Position, backward, forward, make_slide, start_index


def test_forward_goes_through_the_pages_then_to_the_next_practice():
    assert forward(Position(0, 0), pages_here=3, count=2) == Position(0, 1)
    assert forward(Position(0, 2), pages_here=3, count=2) == Position(1, 0)
    assert forward(Position(1, 0), pages_here=1, count=2) is None  # the end: stays


def test_backward_goes_to_the_last_page_of_the_previous_practice():
    pages = {0: 4, 1: 2}
    assert backward(Position(1, 1), pages.get) == Position(1, 0)
    assert backward(Position(1, 0), pages.get) == Position(0, 3)
    assert backward(Position(0, 0), pages.get) is None


def test_the_presentation_starts_at_the_open_practice():
    assert start_index(["a", "b", "c"], "b") == 1
    assert start_index(["a", "b"], "z") == 0 and start_index(["a"], None) == 0


def test_a_slide_has_the_header_and_text_in_the_interface_language(shipped_catalogue):
    practice = shipped_catalogue.practice("cabo-verde-high-authority-for-immigration")
    slide = make_slide(practice, shipped_catalogue.taxonomy, "fr")
    assert slide.language == "fr" and slide.title == practice.translation("fr").title
    assert "Cap-Vert" in slide.header
    assert practice.translation("fr").summary.split()[0] in slide.body_html
    assert "<a " not in slide.body_html  # nothing to click on a projector
    english = make_slide(practice, shipped_catalogue.taxonomy, "en")
    assert "Cabo Verde" in english.header and english.title == practice.title
