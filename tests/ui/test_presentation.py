"""Presentation mode driven with the keys, at projector and laptop sizes, in two languages."""

from PySide6.QtCore import Qt

from desktop.ui.overviews import present, present_results
from desktop.ui.presentation import start_presentation


def _long_practice(catalogue):
    """A practice whose text takes several screens at 1024×768."""
    return max(catalogue.practice_ids(), key=lambda pid: len(catalogue.practice(pid).body))


def _presenter(qtbot, window, ids, size=(1024, 768), start=0):
    presenter = start_presentation(window, window.catalogue, ids, window.language, start, full_screen=False)
    presenter.resize(*size)
    qtbot.waitExposed(presenter)
    return presenter


def test_leaving_shows_the_practice_the_talk_stopped_at(qtbot, open_window):
    window = open_window()
    ids = window.catalogue.practice_ids()[:3]
    presenter = present(window, ids, ids[0])
    presenter.showNormal()
    presenter.resize(1024, 768)
    qtbot.waitExposed(presenter)
    qtbot.keyClick(presenter, Qt.Key_End)
    qtbot.keyClick(presenter, Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.reader.current == ("practice", ids[2]))
    assert window._presentation is None


def test_f5_presents_the_result_list_from_the_open_practice(qtbot, open_window):
    window = open_window()
    hits = window.catalogue.search(window.last_request.__class__(limit=100)).hits
    window.open_practice(hits[2].id)
    action = next(a for a in window.menuBar().actions() if a.menu() and a.text() == "&View")
    present_action = next(a for a in action.menu().actions() if a.shortcut().toString() == "F5")
    present_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "_presentation", None) is not None, timeout=10000)
    presenter = window._presentation
    assert presenter.isFullScreen()
    assert len(presenter.practice_ids) == window.last_result.total
    assert presenter.practice_ids[presenter.position.index] == window.reader.current[1]
    assert presenter.footer_text().endswith(f"{presenter.position.index + 1} / {window.last_result.total}")
    qtbot.keyClick(presenter, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not presenter.isVisible())


def test_keys_go_through_the_pages_then_to_the_next_practice_and_back(qtbot, open_window):
    window = open_window()
    long_id = _long_practice(window.catalogue)
    short_id = min(window.catalogue.practice_ids(), key=lambda pid: len(window.catalogue.practice(pid).body))
    presenter = _presenter(qtbot, window, [short_id, long_id, short_id])
    assert presenter.footer_text().endswith("1 / 3")
    first_pages = presenter.page_count(0)
    for _ in range(first_pages):
        qtbot.keyClick(presenter, Qt.Key_Right)
    assert (presenter.position.index, presenter.position.page) == (1, 0)
    pages = presenter.page_count(1)
    assert pages >= 2  # the long text is paginated, not cut off
    for expected_page in range(1, pages):
        qtbot.keyClick(presenter, Qt.Key_PageDown)
        assert (presenter.position.index, presenter.position.page) == (1, expected_page)
        assert presenter.footer_text() == f"page {expected_page + 1} of {pages}   ·   2 / 3"
    qtbot.keyClick(presenter, Qt.Key_Right)
    assert (presenter.position.index, presenter.position.page) == (2, 0)
    qtbot.keyClick(presenter, Qt.Key_End)
    for _ in range(first_pages + 2):  # past the end: stays on the last page
        qtbot.keyClick(presenter, Qt.Key_Space)
    assert (presenter.position.index, presenter.position.page) == (2, first_pages - 1)
    for _ in range(first_pages):
        qtbot.keyClick(presenter, Qt.Key_Left)
    assert (presenter.position.index, presenter.position.page) == (1, pages - 1)  # the previous one's last page
    qtbot.keyClick(presenter, Qt.Key_PageUp)
    assert presenter.position.page == pages - 2
    qtbot.keyClick(presenter, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not presenter.isVisible())


def test_type_is_sized_to_the_screen(qtbot, open_window):
    window = open_window()
    long_id = _long_practice(window.catalogue)
    presenter = _presenter(qtbot, window, [long_id], size=(1024, 768))
    projector_unit, projector_pages = presenter.unit(), presenter.page_count(0)
    assert projector_unit >= 28  # about 22 pt: readable from the back of a room at 768 lines
    header, body, footer = presenter.areas()
    assert header.bottom() <= body.top() and body.bottom() <= footer.top() <= presenter.height()
    presenter.resize(1920, 1080)
    qtbot.waitUntil(lambda: presenter.height() == 1080)
    assert presenter.unit() > projector_unit * 1.3
    presenter.resize(640, 480)
    qtbot.waitUntil(lambda: presenter.height() == 480)
    assert presenter.unit() < projector_unit
    # Same proportion of the screen: about the same number of pages whatever its size.
    assert abs(presenter.page_count(0) - projector_pages) <= 2
    presenter.grab()  # drawing at every size must not fail
    presenter.close()


def test_the_presentation_speaks_the_interface_language(qtbot, open_window):
    window = open_window("es")
    practice = window.catalogue.practice("cabo-verde-high-authority-for-immigration")
    presenter = present(window, ["cabo-verde-high-authority-for-immigration"], None)
    header_text, title, _text = presenter._documents(0)
    assert title.toPlainText() == practice.translation("es").title
    assert "Cabo Verde" in header_text and "Nacional" in header_text
    presenter.close()


def test_an_empty_result_list_is_not_presented(qtbot, open_window):
    window = open_window()
    window.search_field.setText("zzzqqqxxy")
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search_now()
    present_results(window)
    assert getattr(window, "_presentation", None) is None
    assert "no practice" in window.statusBar().currentMessage()
