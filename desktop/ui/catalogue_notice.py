"""The line at the bottom of the window saying that the installed catalogue could not be opened
and which version is shown instead (catalogue_fallback.CatalogueWarning), in the interface
language. It stays until the app is restarted on a sound catalogue: showing other content
than the installed one is never silent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ..core.catalogue_fallback import SHIPPED

CONTEXT = ""  # the context lupdate gives module-level tr("...") calls


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def warning_text(warning) -> str:
    """One CatalogueWarning as a sentence in the interface language."""
    if warning.shown == SHIPPED:
        shown = tr("the catalogue shipped with the app (version %1)").replace("%1", str(warning.shown_version))
    else:
        shown = tr("version %1").replace("%1", str(warning.shown_version))
    template = {
        "pointer-damaged": tr("The record of the installed catalogue (current.json) is damaged; showing %3."),
        "pointer-missing": tr("No installed catalogue is recorded (current.json is missing), but version %1 is kept "
                              "in the catalogues folder; showing %3. Import the update again to use it."),
        "incomplete": tr("The installed catalogue version %1 is incomplete (its catalogue.db or install.json is "
                         "missing); showing %3."),
    }.get(warning.problem, tr("The installed catalogue version %1 is damaged (%2); showing %3."))
    text = template.replace("%1", str(warning.version)).replace("%2", warning.reason).replace("%3", shown)
    return text if warning.problem == "pointer-missing" else text + " " + tr("Import the update again to repair it.")


def show_catalogue_warnings(window, warnings) -> QLabel | None:
    """Put the warnings in `window`'s status bar (kept there, replacing those of the catalogue
    shown before); returns the label, or None."""
    old = getattr(window, "catalogue_notice", None)
    if old is not None:
        window.statusBar().removeWidget(old)
        old.deleteLater()
        window.catalogue_notice = None
    if not warnings:
        return None
    label = QLabel(" ".join(warning_text(w) for w in warnings), window)
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a4b00; font-weight: bold;")
    label.setAccessibleName(tr("Catalogue warning"))
    window.statusBar().addPermanentWidget(label, 1)
    window.catalogue_notice = label
    return label
