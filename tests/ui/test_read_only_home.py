"""A home on a write-protected stick (issue 12, item 7): the app opens and searches, and every
save says why it cannot be kept; nothing is lost silently. Run on a real read-only mount."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from hostile_support import MOUNT_SKIP_REASON, can_mount, remount_read_only, tmpfs  # noqa: E402

from desktop.core.model import SearchRequest  # noqa: E402
from desktop.core.userdata import NotSaved, UserData  # noqa: E402

PRACTICE = "sao-paulo-municipal-plan-immigrant-population"
MOUNTABLE = can_mount()


@pytest.fixture(params=["used before", "never used"])
def read_only_home(request, tmp_path, qapp):
    if not MOUNTABLE:
        pytest.skip(MOUNT_SKIP_REASON)
    with tmpfs(tmp_path / "stick", "16m") as mount:
        home = mount / "home"
        if request.param == "used before":
            UserData(home / "user.db").close()
            (home / "inbox").mkdir()
        else:
            home.mkdir()
        remount_read_only(mount)
        yield home
        import subprocess
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=False)


def test_the_app_opens_searches_and_says_why_a_bookmark_is_not_kept(qtbot, qapp, read_only_home):
    from desktop.ui.app import Application

    application = Application(["--home", str(read_only_home), "--lang", "en"], qt_app=qapp)
    application.open()
    window = application.window
    try:
        assert window.catalogue.search(SearchRequest(query="diaspora")).total > 0
        window._bookmark(PRACTICE, True)
        qtbot.waitUntil(lambda: window.save_guard.banner.isVisible(), timeout=5000)
        assert "cannot be written" in window.save_guard.banner.label.text()
        assert not window.userdata.is_bookmarked(PRACTICE)
        with pytest.raises(NotSaved, match="cannot be written"):
            window.userdata.lists.create("Workshop")
    finally:
        window.save_guard.confirm_close = lambda: True
        window.close()
        window.runner.wait()
        application.close()
