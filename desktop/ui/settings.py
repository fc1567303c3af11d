"""User settings (language, font size, window state, inbox folder, mirrors) in home/settings.ini.

An INI file in the home folder rather than the registry, so portable mode keeps settings on
the stick with the rest of the user's data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings

from ..core.userdata import NotSaved

LANGUAGES = {"": "System", "en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
DEFAULT_FONT_SIZE = 10


class AppSettings:
    """Typed access to the settings file."""

    def __init__(self, home: Path):
        self._qsettings = QSettings(str(Path(home) / "settings.ini"), QSettings.IniFormat)

    def _get(self, key, default, kind):
        value = self._qsettings.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        """'' follows the system; else en, es, fr or pt."""
        value = self._get("ui/language", "", str)
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qsettings.setValue("ui/language", value)

    @property
    def font_size(self) -> int:
        return max(7, min(28, self._get("ui/font_size", DEFAULT_FONT_SIZE, int)))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._qsettings.setValue("ui/font_size", int(value))

    @property
    def extra_inbox(self) -> str:
        """A folder (USB stick, synced folder) checked for updates besides home/inbox."""
        return self._get("updates/extra_inbox", "", str)

    @extra_inbox.setter
    def extra_inbox(self, value: str) -> None:
        self._qsettings.setValue("updates/extra_inbox", value)

    @property
    def mirror_urls(self) -> list:
        """Web addresses of mirror folders checked for updates (HTTPS), in the order tried."""
        return [line for line in self._get("updates/mirrors", "", str).splitlines() if line.strip()]

    @mirror_urls.setter
    def mirror_urls(self, urls) -> None:
        self._qsettings.setValue("updates/mirrors", "\n".join(u.strip() for u in urls if u.strip()))

    @property
    def local_mirror_urls(self) -> list:
        """Mirrors on the office's own network, where plain HTTP is allowed."""
        return [line for line in self._get("updates/local_mirrors", "", str).splitlines() if line.strip()]

    @local_mirror_urls.setter
    def local_mirror_urls(self, urls) -> None:
        self._qsettings.setValue("updates/local_mirrors", "\n".join(u.strip() for u in urls if u.strip()))

    @property
    def notes_in_briefs(self) -> bool:
        """Whether printed briefs carry the user's own notes (off: briefs are often handouts)."""
        return self._get("print/notes_in_briefs", "false", str).lower() == "true"

    @notes_in_briefs.setter
    def notes_in_briefs(self, value: bool) -> None:
        self._qsettings.setValue("print/notes_in_briefs", "true" if value else "false")

    def window_state(self) -> tuple:
        return (self._qsettings.value("window/geometry"), self._qsettings.value("window/state"),
                self._qsettings.value("window/splitter"))

    def save_window_state(self, geometry, state, splitter) -> None:
        self._qsettings.setValue("window/geometry", geometry)
        self._qsettings.setValue("window/state", state)
        self._qsettings.setValue("window/splitter", splitter)

    def sync(self) -> None:
        self._qsettings.sync()

    def save(self) -> None:
        """Write the settings file now. Raises NotSaved when it cannot be written (QSettings
        only says that it failed; the folder and its free space say why)."""
        if self._qsettings.status() != QSettings.NoError:
            # QSettings keeps its error status for good, even once a later write succeeds: carry
            # the values (the unwritten ones too) over to a fresh object, whose status is honest.
            failed = self._qsettings
            self._qsettings = QSettings(failed.fileName(), QSettings.IniFormat)
            for key in failed.allKeys():
                self._qsettings.setValue(key, failed.value(key))
        self._qsettings.sync()
        if self._qsettings.status() == QSettings.NoError:
            return
        path = Path(self._qsettings.fileName())
        if not os.access(path.parent, os.W_OK):
            reason = "read-only"
        else:
            try:
                reason = "full" if shutil.disk_usage(path.parent).free < 1 << 20 else "failed"
            except OSError:
                reason = "failed"
        raise NotSaved("settings", reason, path)
