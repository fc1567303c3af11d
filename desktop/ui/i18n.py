"""Choosing and installing the interface language (Qt's translation system)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "es", "fr", "pt")
# The app's translation files (<name>_<language>.qm): the map, presentation and comparison
# (overviews_*) have their own, made with lupdate from their modules only.
APP_CATALOGUES = ("practice_catalogue", "overviews")


def effective_language(setting: str) -> str:
    """The language to use: the setting, else the system's when supported, else English."""
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translators(app, language: str, translations_dir: Path) -> list:
    """Install the app's and Qt's own translators for `language`; return them (keep them
    alive for as long as the app runs). English needs only its plural forms ("1 practice",
    "53 practices" rather than "53 practice(s)")."""
    installed = []
    if language == "en":
        plurals = QTranslator(app)
        if plurals.load(str(Path(translations_dir) / "practice_catalogue_en.qm")):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    for catalogue in APP_CATALOGUES:
        ours = QTranslator(app)
        if ours.load(str(Path(translations_dir) / f"{catalogue}_{language}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own dialogs: print, file chooser, standard buttons
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir) or qt_base.load(f"qt_{language}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
