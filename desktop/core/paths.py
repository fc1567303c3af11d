"""Where things live: the shipped resources and catalogue, and the user's home folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PracticeCatalogue"
HOME_ENV = "PRACTICE_CATALOGUE_HOME"


def app_root() -> Path:
    """The folder holding resources/, catalogue.db and search_index/ as shipped.

    In the source tree it is the project root; in the PyInstaller build it is the bundle's
    data folder (sys._MEIPASS).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent.parent


def executable_dir() -> Path:
    """Folder of the running executable (build) or of the project (source tree)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return app_root()


def is_portable() -> bool:
    """Portable mode: a file named `portable` sits beside the executable."""
    return (executable_dir() / "portable").is_file()


def default_home() -> Path:
    """The user data folder: env override, then portable `data/`, then the platform's folder."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    if is_portable():
        return executable_dir() / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Layout:
    """The paths one run of the app uses."""

    resources: Path  # practice sources, taxonomy, keys (read-only in the field)
    shipped_catalogue: Path  # catalogue.db beside the app
    shipped_index: Path  # search_index/ beside the app
    home: Path  # user data and imported catalogues

    @property
    def user_db(self) -> Path:
        return self.home / "user.db"

    @property
    def catalogues(self) -> Path:
        """Imported catalogue versions (updates) live here, never beside the app."""
        return self.home / "catalogues"

    @property
    def inbox(self) -> Path:
        return self.home / "inbox"


def layout(home: str | os.PathLike | None = None, root: Path | None = None) -> Layout:
    """Paths for this run. `home` is the --home option; `root` overrides app_root() (tests)."""
    root = Path(root) if root else app_root()
    return Layout(
        resources=root / "resources",
        shipped_catalogue=root / "catalogue.db",
        shipped_index=root / "search_index",
        home=Path(home).expanduser() if home else default_home(),
    )
