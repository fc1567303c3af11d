"""Catalogue updates in the window: inbox offer, preview, apply, delta, rollback, suggestions."""

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import updates_support  # noqa: E402  (the update tests' world: keys, bundles, a field project)

from desktop.core.paths import layout as make_layout  # noqa: E402
from desktop.core.session import open_catalogue  # noqa: E402
from desktop.core.userdata import UserData  # noqa: E402


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return updates_support.build_world(tmp_path_factory.mktemp("update-world"))


@pytest.fixture
def field_window(qtbot, world, tmp_path, monkeypatch):
    """A window on the field project (version 1 shipped), with a note on a practice that the
    version 3 delta removes."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    field = tmp_path / "field"
    shutil.copytree(world.field, field)
    home = tmp_path / "home"
    layout = make_layout(home, field)
    userdata = UserData(home / "user.db")
    removed_later = world.ids[1]
    userdata.set_note(removed_later, "The practice v3 removes", "keep me")
    userdata.set_bookmark(removed_later, "The practice v3 removes")
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
    window = MainWindow(open_catalogue(layout), userdata, AppSettings(home), "en", layout)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.show()
    yield window, layout, userdata
    window.close()
    window.runner.wait()
    window.catalogue.close()
    userdata.close()


def _apply_shown_preview(qtbot, window):
    qtbot.waitUntil(lambda: window.updates.last_preview_dialog is not None
                    and window.updates.last_preview_dialog.isVisible(), timeout=20000)
    dialog = window.updates.last_preview_dialog
    text = dialog.text.toPlainText()
    with qtbot.waitSignal(window.catalogue_replaced, timeout=30000):
        dialog.done(QDialog.Accepted)
    window.updates.last_preview_dialog = None
    return text


def test_inbox_offer_preview_and_apply(qtbot, world, field_window):
    window, layout, _ = field_window
    assert window.catalogue.catalogue_version == 1
    layout.inbox.mkdir(parents=True, exist_ok=True)
    shutil.copy(world.v2, layout.inbox / world.v2.name)
    window.updates.check_inbox(quiet=True)
    qtbot.waitUntil(lambda: getattr(window.updates, "last_offer_box", None) is not None, timeout=20000)
    box = window.updates.last_offer_box
    assert "version 2" in box.text()
    box.done(QMessageBox.Yes)
    text = _apply_shown_preview(qtbot, window)
    assert "Catalogue version 1 → 2" in text and "test-editor" in text
    assert window.catalogue.catalogue_version == 2
    qtbot.waitUntil(lambda: window.last_result is not None and window.last_result.total == 6, timeout=10000)


def test_delta_removal_keeps_the_note_and_rollback_restores(qtbot, world, field_window):
    window, layout, userdata = field_window
    window.updates.review(world.v2)
    _apply_shown_preview(qtbot, window)
    window.updates.review(world.v3)
    text = _apply_shown_preview(qtbot, window)
    assert "Removed (1)" in text and "Catalogue version 2 → 3" in text
    assert window.catalogue.catalogue_version == 3
    removed = world.ids[1]
    assert not window.catalogue.has_practice(removed)
    window.reader.open_page("practice", removed)
    assert "no longer in the catalogue" in window.reader.browser.toPlainText()
    assert window.reader.note.toPlainText() == "keep me"
    assert userdata.is_bookmarked(removed)
    with qtbot.waitSignal(window.catalogue_replaced, timeout=30000):
        window.updates.rollback()
    assert window.catalogue.catalogue_version == 2
    assert window.catalogue.has_practice(removed)
    assert userdata.note(removed) == "keep me"


def test_a_refused_bundle_is_one_sentence_and_changes_nothing(qtbot, world, field_window, tmp_path, monkeypatch):
    window, _, _ = field_window
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    damaged = tmp_path / "damaged.pcbundle"
    damaged.write_bytes(world.v2.read_bytes()[:400])
    window.updates.review(damaged)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert len(errors) == 1 and "\n" not in errors[0] and "damaged" in errors[0]
    assert window.catalogue.catalogue_version == 1


def test_suggest_a_practice_writes_a_contribution_file(qtbot, field_window, tmp_path):
    from PySide6.QtCore import Qt
    window, _, _ = field_window
    dialog = window.suggest_practice()
    qtbot.keyClicks(dialog.title, "Neighbourhood migrant help desk")
    qtbot.keyClicks(dialog.place, "Cuenca")
    dialog.save(tmp_path)  # nothing ticked yet: the form says what is missing
    assert "level" in dialog.error.text() and dialog.written is None
    dialog.levels.item(4).setCheckState(Qt.Checked)  # local
    dialog.approaches.item(0).setCheckState(Qt.Checked)
    dialog.save(tmp_path)
    assert "description" in dialog.error.text().lower()
    dialog.description.setPlainText("The municipality opened a desk where migrants get help with papers.")
    dialog.save(tmp_path)
    assert dialog.written is not None and dialog.written.exists()
    text = dialog.written.read_text(encoding="utf-8")
    assert "Neighbourhood migrant help desk" in text and "Cuenca" in text and "local" in text


def test_the_preview_speaks_the_windows_language_and_names_what_the_user_loses_sight_of(
        qtbot, world, field_window, monkeypatch):
    window, _, _ = field_window
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.updates.review(world.v2)
    _apply_shown_preview(qtbot, window)
    removed_title = window.catalogue.practice(world.ids[1]).title  # v3 removes it; it has a note
    window.updates.review(world.v3)
    qtbot.waitUntil(lambda: window.updates.last_preview_dialog is not None, timeout=20000)
    dialog = window.updates.last_preview_dialog
    text = dialog.text.toPlainText()
    assert "you bookmarked or wrote a note on" in text
    warning = text.split("you bookmarked or wrote a note on")[1].split("Published")[0]
    assert removed_title in warning
    published = text.split("Published: ")[1].splitlines()[0]
    import re
    assert published and not re.search(r"\d{4}-\d\d-\d\d", published)  # "December 1, 2026", not ISO
    dialog.done(QDialog.Rejected)
    window.updates.last_preview_dialog = None
    window.updates.review(world.v2)  # the installed version again: refused in the window's words
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert "--" not in errors[0] and "Roll back" in errors[0] and "version 2" in errors[0]
    assert window.catalogue.catalogue_version == 2


def test_suggest_checks_the_form_before_asking_for_a_folder_and_the_error_goes_when_fixed(
        qtbot, field_window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    window, _, _ = field_window
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a) or "")
    dialog = window.suggest_practice()
    dialog.save_button.click()
    assert asked == [] and "title" in dialog.error.text().lower()
    qtbot.keyClicks(dialog.title, "Neighbourhood help desk")
    assert dialog.error.text() == ""
