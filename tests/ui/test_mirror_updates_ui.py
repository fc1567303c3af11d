"""Updates from a mirror in the window, driven as a user would: Help → Check for updates, Yes,
the download dialog with its remaining size (and its Cancel), then the ordinary preview and
Apply; a refused mirror is one sentence. The mirror is a real HTTP server on 127.0.0.1."""

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import mirror_support  # noqa: E402  (a real local mirror server, a mirror folder with versions 4 and 5)

from desktop.core.mirrors.state import downloads_dir  # noqa: E402
from desktop.core.paths import layout as make_layout  # noqa: E402
from desktop.core.session import open_catalogue  # noqa: E402
from desktop.core.userdata import UserData  # noqa: E402


@pytest.fixture
def mirror_world(tmp_path_factory):
    return mirror_support.session_mirror_world(tmp_path_factory)  # built once, shared with the core tests


@pytest.fixture
def served(mirror_world, tmp_path):
    """A copy of the mirror folder, served on 127.0.0.1."""
    folder = tmp_path / "mirror"
    shutil.copytree(mirror_world.mirror, folder)
    with mirror_support.MirrorServer(folder) as server:
        yield server


@pytest.fixture
def field_window(qtbot, mirror_world, tmp_path, monkeypatch, served):
    """A window on the field project with version 4 installed and the served mirror in Settings."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    field, home = tmp_path / "field", tmp_path / "home"
    shutil.copytree(mirror_world.field, field)
    shutil.copytree(mirror_world.home, home)
    (home / "user.db").unlink()  # the core tests' stand-in; the window makes a real one
    layout = make_layout(home, field)
    settings = AppSettings(home)
    settings.mirror_urls = [served.url]
    userdata = UserData(home / "user.db")
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.Ok)
    window = MainWindow(open_catalogue(layout), userdata, settings, "en", layout)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.show()
    yield window, layout
    window.close()
    window.runner.wait()
    window.catalogue.close()
    userdata.close()


def click_help_check_for_updates(window) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "Check for updates").trigger()


def offer_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.mirror_updates.last_offer_box is not None
                    and window.mirror_updates.last_offer_box.isVisible(), timeout=20000)
    return window.mirror_updates.last_offer_box


def test_check_download_preview_and_apply(qtbot, field_window, served, mirror_world):
    window, layout = field_window
    assert window.catalogue.catalogue_version == 4
    delta = "catalogue-v000004-to-v000005.pcbundle"
    served.faults[delta] = {"rate": 20_000}
    click_help_check_for_updates(window)
    box = offer_box(qtbot, window)
    assert box.text().startswith("Catalogue version 5 is available (16 KB).")
    box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: window.mirror_updates.download_dialog is not None
                    and 0 < window.mirror_updates.download_dialog.bar.value(), timeout=10000)
    status = window.mirror_updates.download_dialog.status.text()
    assert "of 16 KB downloaded" in status and "remaining" in status
    qtbot.waitUntil(lambda: window.updates.last_preview_dialog is not None
                    and window.updates.last_preview_dialog.isVisible(), timeout=20000)
    preview = window.updates.last_preview_dialog
    assert "Catalogue version 4 → 5" in preview.text.toPlainText()
    assert "A title changed for version 5" in preview.text.toPlainText()
    with qtbot.waitSignal(window.catalogue_replaced, timeout=30000):
        preview.apply_button.click()
    assert window.catalogue.catalogue_version == 5
    assert window.catalogue.practice(mirror_world.changed_id).title == "A title changed for version 5"
    assert [name for name, *_ in served.requests] == ["index.json", delta]


def test_cancel_keeps_the_download_for_next_time(qtbot, field_window, served):
    window, layout = field_window
    served.faults["catalogue-v000004-to-v000005.pcbundle"] = {"rate": 4_000}
    click_help_check_for_updates(window)
    offer_box(qtbot, window).button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: window.mirror_updates.download_dialog is not None
                    and window.mirror_updates.download_dialog.bar.value() > 0, timeout=10000)
    click_help_check_for_updates(window)  # while downloading: the download is shown, nothing else asked
    assert [name for name, *_ in served.requests].count("index.json") == 1
    window.mirror_updates.download_dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10000)
    parts = list(downloads_dir(layout).glob("*.part"))
    assert len(parts) == 1 and parts[0].stat().st_size > 0
    assert window.catalogue.catalogue_version == 4 and window.updates.last_preview_dialog is None
    window.mirror_updates.last_offer_box = None
    click_help_check_for_updates(window)  # asked again: the offer says what is already there
    assert "was downloaded before" in offer_box(qtbot, window).text()


def test_a_replayed_index_is_refused_in_one_sentence(qtbot, field_window, served, mirror_world, monkeypatch):
    window, _ = field_window
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    click_help_check_for_updates(window)
    offer_box(qtbot, window).button(QMessageBox.No).click()
    served.faults["index.json"] = {"body": mirror_world.index_v4}
    click_help_check_for_updates(window)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert len(errors) == 1 and "\n" not in errors[0] and "older than one this office has already seen" in errors[0]
    assert window.catalogue.catalogue_version == 4


def test_settings_take_mirror_addresses_and_say_what_is_wrong(qtbot, tmp_path):
    from desktop.ui.dialogs import SettingsDialog
    from desktop.ui.mirror_updates import apply_mirror_settings
    from desktop.ui.settings import AppSettings

    settings = AppSettings(tmp_path)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    fields = dialog.mirror_fields
    qtbot.keyClicks(fields.mirrors, "http://example.org/catalogue")
    assert "is not HTTPS" in fields.problem.text()
    fields.mirrors.clear()
    qtbot.keyClicks(fields.mirrors, "https://example.org/catalogue")
    qtbot.keyClicks(fields.local, "http://192.168.1.20/catalogue")
    assert fields.problem.text() == ""
    apply_mirror_settings(settings, dialog.values())
    assert AppSettings(tmp_path).mirror_urls == ["https://example.org/catalogue"]
    assert AppSettings(tmp_path).local_mirror_urls == ["http://192.168.1.20/catalogue"]


def test_the_check_at_start_runs_once_a_day(qtbot, field_window, served):
    window, _ = field_window
    window.mirror_updates.check_at_start()
    offer_box(qtbot, window).button(QMessageBox.No).click()
    assert [name for name, *_ in served.requests] == ["index.json"]
    window.mirror_updates.last_offer_box = None
    window.mirror_updates.check_at_start()  # a restart within the day: no request at all
    qtbot.wait(300)
    assert len(served.requests) == 1 and window.mirror_updates.last_offer_box is None


def test_a_check_that_finds_no_connection_is_retried_until_one_appears(qtbot, field_window, served):
    window, _ = field_window
    placeholder = mirror_support.MirrorServer(served.folder)  # a free port with nobody listening
    port = placeholder.server_address[1]
    placeholder.server_close()
    window.settings.mirror_urls = [f"http://127.0.0.1:{port}"]
    window.mirror_updates._retry.setInterval(300)  # half an hour in the app
    window.mirror_updates.check_at_start()
    qtbot.waitUntil(lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=10000)
    assert window.mirror_updates._retry.isActive()
    with mirror_support.MirrorServer(served.folder, port=port):  # the connection appears
        assert "Catalogue version 5 is available" in offer_box(qtbot, window).text()
