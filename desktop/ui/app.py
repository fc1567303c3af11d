"""Starting the app: options, language, opening the catalogue (built first if needed), window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.errors import CatalogueError, ValidationFailed
from ..core.paths import layout as make_layout
from ..core.session import open_catalogue
from .i18n import effective_language, install_translators
from .settings import AppSettings


def parse_options(argv):
    parser = argparse.ArgumentParser(prog="python -m desktop", add_help=False)
    parser.add_argument("--home")
    parser.add_argument("--root")
    parser.add_argument("--lang", choices=["en", "es", "fr", "pt"])
    # Start-up benchmark: print "shown N" once the first results are drawn, then quit.
    parser.add_argument("--benchmark-start", action="store_true")
    options, _qt_args = parser.parse_known_args(argv)
    return options


class Application:
    """Owns the QApplication, translators, catalogue, user data and the main window."""

    def __init__(self, argv, qt_app=None):
        options = parse_options(argv)
        self.qt_app = qt_app or QApplication.instance() or QApplication([sys.argv[0]])
        self.qt_app.setApplicationName("Practice Catalogue")
        self.qt_app.setOrganizationName("PracticeCatalogue")
        from pathlib import Path
        self.layout = make_layout(options.home, Path(options.root) if options.root else None)
        self.layout.home.mkdir(parents=True, exist_ok=True)
        self.settings = AppSettings(self.layout.home)
        from PySide6.QtGui import QIcon
        self.qt_app.setWindowIcon(QIcon(str(self.layout.resources / "icons" / "app.png")))
        if options.lang:
            self.settings.language = options.lang
        self.language = effective_language(self.settings.language)
        self.translators = install_translators(self.qt_app, self.language, self.layout.resources / "translations")
        from .menus import apply_font_size
        apply_font_size(self.settings.font_size)
        self.catalogue = None
        self.userdata = None
        self.window = None
        self.benchmark_start = options.benchmark_start
        self.ask_user = QMessageBox.exec  # runs a question at start (tests answer it themselves)

    def _report_start(self) -> None:
        print("shown", self.window.results_model.total, flush=True)
        self.qt_app.quit()

    def open(self):
        """Open the catalogue and user data and show the window. Raises CatalogueError."""
        self.catalogue = open_catalogue(self.layout)
        from .user_data_dialog import open_user_data, show_recovery
        self.userdata, recovery = open_user_data(self.layout.user_db, ask=self.ask_user)
        from .main_window import MainWindow
        self.window = MainWindow(self.catalogue, self.userdata, self.settings, self.language, self.layout)
        self.window.language_change_requested.connect(self.change_language)
        from .catalogue_notice import show_catalogue_warnings
        show_catalogue_warnings(self.window, self.catalogue.warnings)
        if recovery is not None:
            show_recovery(self.window, recovery)
        if self.benchmark_start:
            self.window.results_shown.connect(self._report_start)
        self.window.show()
        if not self.benchmark_start:
            self.window.updates.check_inbox(quiet=True)  # offers a newer bundle found in the inbox
            self.window.mirror_updates.check_at_start()  # asks the mirrors once a day
            self.verify_index_later()
        return self.window

    def verify_index_later(self, delay_ms: int = 3000) -> None:
        """Once the window is up, read every file of the search index against its build
        checksums in the background (a failing disk changes bytes, not sizes or times, so the
        check at start cannot see it); a damaged index is rebuilt and the status bar says so."""
        from PySide6.QtCore import QTimer

        from .workers import run_in_background

        checker = _IndexCheck(self.window)  # its slots run on the GUI thread (queued signals)

        def start():
            if not checker.window.isVisible():
                return  # closed meanwhile: its catalogue is closed too
            # The job is kept until it reports: a collected job takes its signals with it.
            checker.job = run_in_background(checker.window.catalogue.verify_index, checker.report, checker.failed)
        QTimer.singleShot(delay_ms, checker, start)  # dropped if the window goes first

    def change_language(self, setting: str) -> None:
        for translator in self.translators:
            self.qt_app.removeTranslator(translator)
        self.language = effective_language(setting)
        self.translators = install_translators(self.qt_app, self.language, self.layout.resources / "translations")
        self.window.set_language(self.language)

    def close(self) -> None:
        if self.window is not None:
            self.window.catalogue.close()  # the one in use (an update may have replaced it)
        elif self.catalogue is not None:
            self.catalogue.close()
        if self.userdata is not None:
            self.userdata.close()


class _IndexCheck(QObject):
    """Receives the background index check's answer on the GUI thread."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.job = window, None

    @Slot(object)
    def report(self, sound: bool) -> None:
        if not sound:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The search index was damaged; it has been rebuilt from the catalogue."), 15000)

    @Slot(str)
    def failed(self, sentence: str) -> None:
        self.window.show_error(sentence)


def run_app(argv) -> int:
    """Run the GUI until the window closes; returns the exit code."""
    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    application = Application(argv)
    try:
        application.open()
    except ValidationFailed as failed:
        details = "\n".join(str(p) for p in failed.problems[:20])
        QMessageBox.critical(None, "Practice Catalogue", f"{failed}\n\n{details}")
        return 2
    except CatalogueError as error:
        print(str(error), file=sys.stderr)  # also for whoever started the app from a terminal
        QMessageBox.critical(None, "Practice Catalogue", str(error))
        return 2
    code = application.qt_app.exec()
    application.close()
    return code
