"""The Reading lists pane driven like a trainer would: make a list, add the open practice,
reorder it by keyboard and by drag (the model's moveRows, which QListView's drop calls), comment,
share it as a file, import it on another laptop, print the workshop pack; in Spanish too."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.reading_list_model import ListItemsModel

CONGOPE = "ecuador-congope"
SAO_PAULO = "sao-paulo-municipal-plan-immigrant-population"
ALMATY = "almaty-process"


def _answer_dialog(act, seen=None):
    """When the next modal dialog opens, hand it to `act` (fill it in, press a button)."""
    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        if seen is not None:
            seen.append(dialog.text() if hasattr(dialog, "text") else dialog.windowTitle())
        act(dialog)
    QTimer.singleShot(0, attempt)


def _type_name(name):
    def act(dialog):
        dialog.setTextValue(name)
        dialog.accept()
    return act


def _shown_ids(pane):
    return [pane.model.index(row).data(ListItemsModel.IdRole) for row in range(pane.model.rowCount())]


def _stored_ids(window):
    return [item.practice_id for item in window.userdata.lists.get(window.lists_pane.current_list_id).items]


def _menu(window, title):
    for action in window.menuBar().actions():
        if action.text() == title:
            return action.menu()
    raise AssertionError(f"no menu {title}")


@pytest.fixture
def trainer_list(qtbot, open_window):
    """A window whose pane holds "Workshop day 2" with three practices, added the way a user does."""
    window = open_window()
    pane = window.lists_pane
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.lists_dock.isVisible() and pane.new_button.hasFocus()
    _answer_dialog(_type_name("Workshop day 2"))
    pane.new_button.click()
    assert pane.list_box.currentText() == "Workshop day 2"
    for practice_id in (CONGOPE, SAO_PAULO, ALMATY):
        window.open_practice(practice_id)
        qtbot.waitUntil(pane.add_button.isEnabled)
        pane.add_button.click()
    return window


def test_a_list_is_made_and_filled_from_the_reader(qtbot, trainer_list):
    window, pane = trainer_list, trainer_list.lists_pane
    assert _shown_ids(pane) == _stored_ids(window) == [CONGOPE, SAO_PAULO, ALMATY]
    assert pane.model.index(0).data().startswith("1. ") and "CONGOPE" in pane.model.index(0).data()
    pane.add_button.click()  # Almaty is open and already in the list: not added twice
    assert _stored_ids(window) == [CONGOPE, SAO_PAULO, ALMATY]
    qtbot.waitUntil(lambda: "&Lists" in [a.text() for a in window.menuBar().actions()])
    add_to = next(a.menu() for a in _menu(window, "&Lists").actions() if a.text() == "Add this practice to")
    entry = next(a for a in add_to.actions() if a.text() == "Workshop day 2")
    assert entry.isChecked() and not entry.isEnabled()  # a practice can be in several lists, once in each


def test_the_same_practice_goes_into_a_second_list_from_the_menu(qtbot, trainer_list):
    window, pane = trainer_list, trainer_list.lists_pane
    _answer_dialog(_type_name("Day 3"))
    from desktop.ui.reading_lists_menu import _add_to
    _add_to(window, ALMATY, None)  # Lists → Add this practice to → New list…
    assert window.userdata.lists.lists_with(ALMATY) == ["Day 3", "Workshop day 2"]
    assert pane.list_box.currentText() == "Day 3" and _shown_ids(pane) == [ALMATY]
    assert not window.userdata.is_bookmarked(ALMATY)  # bookmarks stay what they are


def test_keyboard_reorders_removes_and_opens(qtbot, trainer_list):
    window, pane = trainer_list, trainer_list.lists_pane
    view = pane.items_view
    view.setFocus()
    view.setCurrentIndex(pane.model.index(2))
    qtbot.keyClick(view, Qt.Key_Up, Qt.ControlModifier)
    assert _stored_ids(window) == [CONGOPE, ALMATY, SAO_PAULO]
    assert view.currentIndex().data(ListItemsModel.IdRole) == ALMATY  # the moved one stays selected
    qtbot.keyClick(view, Qt.Key_Up, Qt.ControlModifier)
    qtbot.keyClick(view, Qt.Key_Up, Qt.ControlModifier)  # already first: nothing happens
    assert _stored_ids(window) == [ALMATY, CONGOPE, SAO_PAULO]
    qtbot.keyClick(view, Qt.Key_Down, Qt.ControlModifier)
    assert _stored_ids(window) == [CONGOPE, ALMATY, SAO_PAULO]
    assert pane.model.index(1).data().startswith("2. ")  # the numbers follow the order
    qtbot.keyClick(view, Qt.Key_Delete)
    assert _stored_ids(window) == [CONGOPE, SAO_PAULO]
    view.setCurrentIndex(pane.model.index(1))
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.reader.current == ("practice", SAO_PAULO)


def test_dragging_an_item_moves_it_and_the_order_is_stored(qtbot, trainer_list):
    window, pane = trainer_list, trainer_list.lists_pane
    assert pane.items_view.dragDropMode() == pane.items_view.DragDropMode.InternalMove
    assert pane.model.flags(pane.model.index(0)) & Qt.ItemIsDragEnabled
    # What QListView's InternalMove drop does: move the dragged row before the drop row.
    assert pane.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert _shown_ids(pane) == _stored_ids(window) == [SAO_PAULO, ALMATY, CONGOPE]
    assert not pane.model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself: no move


def test_comments_are_saved_and_survive_a_restart(qtbot, trainer_list, open_window):
    window, pane = trainer_list, trainer_list.lists_pane
    pane.items_view.setCurrentIndex(pane.model.index(1))
    qtbot.keyClicks(pane.comment_edit, "Ask who pays for the plan")
    qtbot.waitUntil(lambda: window.userdata.lists.get(pane.current_list_id).items[1].comment
                    == "Ask who pays for the plan", timeout=3000)
    pane.items_view.setCurrentIndex(pane.model.index(0))
    qtbot.keyClicks(pane.comment_edit, "Open with this")
    window.close()  # writes the comment still waiting for its pause
    reopened = open_window()
    reading_list = reopened.userdata.lists.find("Workshop day 2")
    assert [item.comment for item in reading_list.items] == ["Open with this", "Ask who pays for the plan", ""]
    assert reopened.lists_pane.comment_edit.toPlainText() == "Open with this"


def test_rename_and_delete_a_list(qtbot, trainer_list):
    window, pane = trainer_list, trainer_list.lists_pane
    window.userdata.set_bookmark(CONGOPE, "CONGOPE")
    _answer_dialog(_type_name("Taller Tegucigalpa"))
    pane.rename_button.click()
    assert pane.list_box.currentText() == "Taller Tegucigalpa"
    _answer_dialog(lambda box: box.button(box.StandardButton.Yes).click())
    pane.delete_button.click()
    assert window.userdata.lists.all() == [] and pane.list_box.count() == 0
    assert window.userdata.is_bookmarked(CONGOPE) and not pane.export_button.isEnabled()


def test_export_then_import_on_another_laptop_keeps_order_comments_and_missing_items(
        qtbot, trainer_list, tmp_path):
    window, pane = trainer_list, trainer_list.lists_pane
    pane.items_view.setCurrentIndex(pane.model.index(0))
    qtbot.keyClicks(pane.comment_edit, "Start here")
    written = pane.export_file(str(tmp_path / "day2"))
    document = json.loads(open(written, encoding="utf-8").read())
    assert written.endswith("day2.pclist") and document["items"][0]["comment"] == "Start here"
    document["items"].append({"practice_id": "a-practice-of-version-nine", "title": "From HQ"})
    document["catalogue"]["version"] = 9
    (tmp_path / "newer.pclist").write_text(json.dumps(document), encoding="utf-8")

    new_id = pane.import_file(str(tmp_path / "newer.pclist"))
    assert pane.list_box.currentText() == "Workshop day 2 (2)" and pane.current_list_id == new_id
    assert _shown_ids(pane) == [CONGOPE, SAO_PAULO, ALMATY, "a-practice-of-version-nine"]
    last = pane.model.index(3)
    assert last.data() == "4. From HQ — not in this catalogue (version 9)"
    assert last.data(Qt.FontRole).italic()
    assert window.userdata.lists.find("Workshop day 2").items[0].comment == "Start here"  # not overwritten
    pane.items_view.setCurrentIndex(last)
    qtbot.keyClick(pane.items_view, Qt.Key_Return)
    assert "no longer in the catalogue" in window.reader.browser.toPlainText()


@pytest.mark.parametrize("content", [b"{\"format\": broken", b"x" * (5 * 1024 * 1024),
                                     json.dumps({"format": "practice-catalogue-reading-list", "format_version": 1,
                                                 "name": "Evil", "catalogue": {"id": "x", "version": 1},
                                                 "items": [{"practice_id": "../../../.ssh/id_rsa"}]}).encode()])
def test_a_bad_file_is_one_sentence_in_a_message_and_nothing_changes(qtbot, trainer_list, tmp_path, content):
    window, pane = trainer_list, trainer_list.lists_pane
    before = window.userdata.lists.all()
    path = tmp_path / "bad.pclist"
    path.write_bytes(content)
    seen = []
    _answer_dialog(lambda box: box.accept(), seen)
    assert pane.import_file(str(path)) is None
    assert len(seen) == 1 and seen[0].startswith("This file cannot be imported") and "\n" not in seen[0]
    assert window.userdata.lists.all() == before and pane.list_box.count() == 1


def test_workshop_pack_pdf_has_cover_contents_comments_and_notes_only_when_chosen(qtbot, trainer_list, tmp_path):
    from pypdf import PdfReader

    from desktop.ui.reading_lists_menu import workshop_pack_dialog
    window, pane = trainer_list, trainer_list.lists_pane
    window.userdata.set_note(SAO_PAULO, "São Paulo", "Private note about the budget")
    pane.items_view.setCurrentIndex(pane.model.index(1))
    qtbot.keyClicks(pane.comment_edit, "Show the 80 actions")
    texts = {}
    for notes in (False, True):
        path = tmp_path / f"pack-{notes}.pdf"
        dialog = workshop_pack_dialog(window, pane.current_list_id, str(path))
        qtbot.addWidget(dialog)
        dialog.notes_box.setChecked(notes)
        dialog.pdf_button.click()
        qtbot.waitUntil(lambda dialog=dialog: dialog.pages_written is not None, timeout=20000)
        reader = PdfReader(str(path))
        assert len(reader.pages) == dialog.pages_written
        texts[notes] = [" ".join(page.extract_text().split()) for page in reader.pages]
    pages = texts[False]
    assert "Workshop day 2" in pages[0] and "Workshop pack" in pages[0] and "version" in pages[0]
    assert "Contents" in pages[1]
    sao_paulo_page = next(n for n, text in enumerate(pages, start=1) if "Show the 80 actions" in text)
    assert "Trainer’s comment" in pages[sao_paulo_page - 1] and "Municipal Plan" in pages[sao_paulo_page - 1]
    contents_line = pages[1].split("2. ")[1]
    assert f" {sao_paulo_page} " in f" {contents_line.split('3. ')[0]} "  # the contents give its page
    assert not any("Private note about the budget" in text for text in pages)
    assert any("Private note about the budget" in text for text in texts[True])


def test_spanish_interface(qtbot, open_window, project_root, tmp_path):
    from desktop.ui.i18n import install_translators
    app = QApplication.instance()
    translators = install_translators(app, "es", project_root / "resources" / "translations")
    try:
        window = open_window("es")
        pane = window.lists_pane
        assert any("Listas" in a.text() for a in window.menuBar().actions())
        assert pane.new_button.text() != "&New…" and pane.pack_button.text() != "Workshop &pack…"
        assert window.lists_dock.windowTitle() != "Reading lists"
        path = tmp_path / "taller.pclist"
        path.write_text(json.dumps({"format": "practice-catalogue-reading-list", "format_version": 1,
                                    "name": "Taller día 2", "catalogue": {"id": "mlg-practices", "version": 4},
                                    "items": [{"practice_id": "morocco-ms2-listening-centres"},
                                              {"practice_id": "gone-practice", "title": "Práctica nueva"}]}),
                        encoding="utf-8")
        pane.import_file(str(path))
        assert "Marruecos" in pane.model.index(0).data(Qt.ToolTipRole)
        assert pane.model.index(1).data() == "2. Práctica nueva — no está en este catálogo (versión 4)"
        (tmp_path / "bad.pclist").write_bytes(b"\x00" * 100)
        seen = []
        _answer_dialog(lambda box: box.accept(), seen)
        assert pane.import_file(str(tmp_path / "bad.pclist")) is None
        assert seen == ["No se puede importar este archivo como lista de lectura; no se ha cambiado nada."]
        assert pane.list_box.count() == 1
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_pack_that_cannot_be_written_is_one_sentence(qtbot, trainer_list, tmp_path):
    from desktop.ui.reading_lists_menu import workshop_pack_dialog
    window = trainer_list
    dialog = workshop_pack_dialog(window, window.lists_pane.current_list_id, str(tmp_path / "no-folder" / "p.pdf"))
    qtbot.addWidget(dialog)
    seen = []
    _answer_dialog(lambda box: box.accept(), seen)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: dialog.pages_written == 0 and bool(seen), timeout=20000)
    assert seen == [f"The PDF could not be written: {tmp_path / 'no-folder' / 'p.pdf'}"]


def test_the_pane_follows_a_change_of_language(qtbot, trainer_list, project_root):
    from desktop.ui.i18n import install_translators
    window, pane = trainer_list, trainer_list.lists_pane
    app = QApplication.instance()
    translators = install_translators(app, "es", project_root / "resources" / "translations")
    try:
        window.set_language("es")  # what Settings → language does once the translators are in
        qtbot.waitUntil(lambda: pane.new_button.text() == "&Nueva…")
        assert window.lists_dock.windowTitle() == "Listas de lectura"
        assert pane.model.index(1).data().startswith("2. El Plano Municipal")  # titles in Spanish
    finally:
        for translator in translators:
            app.removeTranslator(translator)
