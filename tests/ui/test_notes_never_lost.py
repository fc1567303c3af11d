"""A note, a bookmark or a setting that cannot be written (full disk) is kept, said, retried and
never discarded on close without asking (issue 12, item 10).

Two ways to fill the disk: SQLite's `PRAGMA max_page_count` set to the file's current size
(SQLite then raises "database or disk is full" exactly as on a full disk; runs everywhere), and
a real, tiny tmpfs filled to the last byte (needs root; skipped with the reason otherwise)."""

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.catalogue import Catalogue
from desktop.core.userdata import UserData

PRACTICE = "sao-paulo-municipal-plan-immigrant-population"
TYPED = "Call the municipal office on Monday. " * 140  # about 5 KB: needs pages the file lacks


@pytest.fixture
def window_on(qtbot, shipped_build):
    """A factory: window_on(home) -> MainWindow over the real catalogue, user data in `home`."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    opened = []

    def factory(home: Path):
        catalogue = Catalogue.open(shipped_build / "catalogue.db", shipped_build / "search_index")
        userdata = UserData(home / "user.db")
        window = MainWindow(catalogue, userdata, AppSettings(home), "en")
        # Not qtbot.addWidget: pytest-qt would close it before the teardown below can stop a
        # failed test's unsaved change from asking its (modal) question.
        with qtbot.waitSignal(window.results_shown, timeout=10000):
            window.show()
        opened.append((window, catalogue, userdata))
        return window

    yield factory
    for window, catalogue, userdata in opened:
        window.save_guard.confirm_close = lambda: True  # a failed test must not hang on the question
        window.close()
        window.runner.wait()
        catalogue.close()
        userdata.close()


def _limit_growth(userdata, on: bool) -> None:
    if on:
        userdata._db.execute("VACUUM")  # no free pages left for a new row to reuse
    pages = userdata._db.execute("PRAGMA page_count").fetchone()[0]
    userdata._db.execute(f"PRAGMA max_page_count = {pages if on else 1_000_000}")


def _other_id(window) -> str:
    return next(pid for pid in window.catalogue.practice_ids() if pid != PRACTICE)


def _type_note(qtbot, window, text: str) -> None:
    window.reader.note.setFocus()
    window.reader.note.insertPlainText(text[:-20])  # pasted, then typed
    qtbot.keyClicks(window.reader.note, text[-20:])
    window.reader.save_pending_note()  # what the 600 ms pause does


def _answer_close_question(qtbot, window, button_text: str) -> None:
    def answer():
        box = window.save_guard.close_question
        if box is None:
            QTimer.singleShot(20, answer)
            return
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, answer)


def test_a_note_that_cannot_be_saved_stays_in_the_editor_and_is_saved_later(qtbot, window_on, tmp_path):
    window = window_on(tmp_path)
    window.open_practice(PRACTICE)
    _limit_growth(window.userdata, True)
    _type_note(qtbot, window, TYPED)
    assert window.userdata.note(PRACTICE) == ""  # really not written
    guard = window.save_guard
    assert guard.banner.isVisible() and "disk is full" in guard.banner.label.text()
    assert window.reader.note.toPlainText() == TYPED and window.reader.note.document().isModified()
    # Leaving the practice and coming back shows the unsaved text, not the empty saved one.
    window.reader.open_page("practice", _other_id(window))
    assert window.reader.note.toPlainText() == ""
    window.reader.back()
    assert window.reader.note.toPlainText() == TYPED
    # Space again: the retry writes it, the window says so.
    _limit_growth(window.userdata, False)
    guard.banner.retry_button.click()
    assert window.userdata.note(PRACTICE) == TYPED
    assert not guard.banner.isVisible() and not guard.pending


def test_closing_with_an_unsaved_note_asks_and_offers_to_copy_it(qtbot, window_on, tmp_path):
    window = window_on(tmp_path)
    window.open_practice(PRACTICE)
    _limit_growth(window.userdata, True)
    _type_note(qtbot, window, TYPED)
    QApplication.clipboard().clear()
    _answer_close_question(qtbot, window, "Copy the text")
    assert not window.close()  # copying keeps the window open, so the text can be pasted
    assert window.isVisible() and TYPED in QApplication.clipboard().text()
    _answer_close_question(qtbot, window, "Cancel")
    assert not window.close() and window.isVisible()
    _answer_close_question(qtbot, window, "Close without saving")
    assert window.close()  # only now, and because the user said so


@pytest.mark.parametrize("what", ["bookmark", "saved search", "settings"])
def test_bookmarks_saved_searches_and_settings_are_kept_and_retried(qtbot, window_on, tmp_path, monkeypatch, what):
    """A bookmark is too small to need a new page, so user.db is made to refuse every write
    (`PRAGMA query_only`, SQLite's "attempt to write a readonly database")."""
    from desktop.core.userdata import NotSaved

    window = window_on(tmp_path)
    window.open_practice(PRACTICE)
    window.userdata._db.execute("PRAGMA query_only = ON")
    settings_file = tmp_path / "settings.ini"
    settings_file.write_text("")
    blocked = {"on": True}
    original_save = type(window.settings).save

    def save(settings):  # QSettings cannot be made to fail without a full disk: see the tmpfs test
        if blocked["on"]:
            raise NotSaved("settings", "read-only", settings_file)
        original_save(settings)
    monkeypatch.setattr(type(window.settings), "save", save)
    if what == "bookmark":
        window.reader.bookmark_button.click()
        saved = lambda: window.userdata.is_bookmarked(PRACTICE)  # noqa: E731
    elif what == "saved search":
        window.search_field.setText("diaspora")
        from desktop.ui import menus

        def answered(window):  # the name typed and OK pressed in the real dialog
            dialog = menus.QInputDialog(window)
            dialog.exec = lambda: menus.QInputDialog.Accepted
            dialog.setTextValue("Diaspora")
            return dialog
        monkeypatch.setattr(menus, "save_search_dialog", answered)
        menus.save_search(window)
        saved = lambda: [s.name for s in window.userdata.saved_searches()] == ["Diaspora"]  # noqa: E731
    else:
        window.settings.font_size = 17
        window.save_guard.save_settings(window.settings)
        saved = lambda: "font_size=17" in settings_file.read_text()  # noqa: E731
    assert not saved()
    text = window.save_guard.banner.label.text()
    assert window.save_guard.banner.isVisible() and "could not be saved" in text and "cannot be written" in text
    window.userdata._db.execute("PRAGMA query_only = OFF")
    blocked["on"] = False
    window.save_guard.retry()
    assert saved() and not window.save_guard.pending and not window.save_guard.banner.isVisible()


def _mount_tmpfs(folder: Path, size: str):
    if os.name != "posix" or os.geteuid() != 0:
        return "mounting a small file system needs root"
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    return None if result.returncode == 0 else f"mount refused: {result.stderr.strip()}"


def _fill(folder: Path) -> Path:
    filler = folder / f"filler-{uuid.uuid4().hex}"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass  # ENOSPC: the disk is full now
    finally:
        os.close(fd)
    return filler


def test_a_really_full_disk_loses_no_note_and_no_setting(qtbot, window_on, tmp_path):
    home = tmp_path / "small-disk"
    home.mkdir()
    refused = _mount_tmpfs(home, "512k")
    if refused:
        pytest.skip(refused)
    try:
        window = window_on(home)
        window.open_practice(PRACTICE)
        window.settings.font_size = 11
        window.save_guard.save_settings(window.settings)
        filler = _fill(home)
        _type_note(qtbot, window, TYPED)
        window.reader.bookmark_button.click()
        window.settings.extra_inbox = "/media/stick/" + "updates/" * 600
        window.save_guard.save_settings(window.settings)
        assert window.userdata.note(PRACTICE) == "" and not window.userdata.is_bookmarked(PRACTICE)
        assert set(window.save_guard.pending) == {("note", PRACTICE), ("bookmark", PRACTICE), ("settings",)}
        assert "the disk is full" in window.save_guard.banner.label.text()
        filler.unlink()
        window.save_guard.banner.retry_button.click()
        assert not window.save_guard.pending
        assert window.userdata.note(PRACTICE) == TYPED and window.userdata.is_bookmarked(PRACTICE)
        assert "updates/updates/" in (home / "settings.ini").read_text()
        window.close()
    finally:
        window_on_cleanup = subprocess.run(["umount", "-l", str(home)], capture_output=True)
        assert window_on_cleanup.returncode == 0


def test_the_unsaved_note_is_said_in_the_interface_language(qtbot, window_on, tmp_path, project_root):
    from desktop.ui.i18n import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "fr", project_root / "resources" / "translations")
    try:
        window = window_on(tmp_path)
        window.open_practice(PRACTICE)
        _limit_growth(window.userdata, True)
        _type_note(qtbot, window, TYPED)
        assert "n’a pas pu être enregistrée : le disque est plein" in window.save_guard.banner.label.text()
        assert window.save_guard.banner.retry_button.text() == "Réessayer maintenant"
        _limit_growth(window.userdata, False)
        window.save_guard.retry()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
