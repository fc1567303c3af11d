"""Updates from mirrors in the app: the mirror fields of Settings, the check at start (once a
day, and again every half hour while no mirror can be reached), Help → Check for updates, and
a download dialog with the remaining size and a Cancel. Checking and downloading run in the
background through the core (desktop/core/mirrors); the downloaded bundle is then handed to
the same preview and import as a file from a USB stick (updates_ui.UpdateController.review)."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import CatalogueError
from .workers import run_in_background

RETRY_MS = 30 * 60 * 1000  # while offline, try again every half hour: a connection may appear


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or "", n)


def _mirrors():
    """desktop.core.mirrors (HTTP, TLS, signatures), imported when mirrors are first used: most
    starts have none set, and every module imported at start-up costs the start."""
    from ..core import mirrors
    return mirrors


def _lines(edit: QPlainTextEdit) -> list:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class MirrorSettingsFields(QWidget):
    """The two mirror lists of the Settings dialog, with the first problem shown as it is typed."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.mirrors = QPlainTextEdit("\n".join(settings.mirror_urls), self)
        self.mirrors.setPlaceholderText(tr("One web address per line, e.g. https://example.org/catalogue"))
        self.mirrors.setAccessibleName(tr("Mirrors checked for updates"))
        self.local = QPlainTextEdit("\n".join(settings.local_mirror_urls), self)
        self.local.setPlaceholderText(tr("A server on this office's own network, e.g. http://192.168.1.20/catalogue"))
        self.local.setAccessibleName(tr("Local mirrors (plain HTTP allowed)"))
        for edit in (self.mirrors, self.local):
            edit.setMaximumHeight(70)
            edit.textChanged.connect(self._show_problem)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Mirrors:"), self.mirrors)
        form.addRow(tr("Local mirrors:"), self.local)
        form.addRow(self.problem)
        self._show_problem()

    def _show_problem(self) -> None:
        try:
            for url in _lines(self.mirrors):
                _mirrors().parse_address(url)
            for url in _lines(self.local):
                _mirrors().parse_address(url, local=True)
        except CatalogueError as error:
            self.problem.setText(str(error))
        else:
            self.problem.setText("")
        self.problem.setVisible(bool(self.problem.text()))

    def values(self) -> dict:
        return {"mirrors": _lines(self.mirrors), "local_mirrors": _lines(self.local)}


def apply_mirror_settings(settings, values: dict) -> None:
    """Store what the Settings dialog's mirror fields hold."""
    settings.mirror_urls = values.get("mirrors", settings.mirror_urls)
    settings.local_mirror_urls = values.get("local_mirrors", settings.local_mirror_urls)


class _DownloadSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)


class DownloadJob(QRunnable):
    """Downloads an offer in the thread pool; `cancel()` stops it between chunks."""

    def __init__(self, layout, offer):
        super().__init__()
        self.layout, self.offer = layout, offer
        self.cancelled = threading.Event()
        self.signals = _DownloadSignals()

    def cancel(self) -> None:
        self.cancelled.set()

    def run(self):
        try:
            path = _mirrors().download_offer(self.layout, self.offer, self.signals.progress.emit, self.cancelled)
        except CatalogueError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # shown as a sentence; the window must never die of it
            self.signals.failed.emit(f"The download failed ({type(error).__name__}: {error}).")
        else:
            self.signals.succeeded.emit(path)


class DownloadDialog(QDialog):
    """A progress bar, what is left to download, and Cancel."""

    def __init__(self, offer, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Downloading catalogue version %1").replace("%1", str(offer.version)))
        self.status = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.cancel_button = buttons.button(QDialogButtonBox.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self.set_progress(0, offer.size)
        self.resize(420, 120)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setValue(int(1000 * done / max(total, 1)))
        kilobytes = _mirrors().download.kilobytes
        self.status.setText(tr("%1 of %2 downloaded, %3 remaining").replace("%1", kilobytes(done))
                            .replace("%2", kilobytes(total)).replace("%3", kilobytes(max(0, total - done))))


@dataclass(frozen=True)
class _Offline:
    """A check that found no mirror reachable (the sentence says why)."""

    sentence: str


class MirrorUpdateController:
    """Checks the mirrors set in Settings and downloads what they offer, for one main window.

    `imports` is the window's UpdateController: it previews and applies the downloaded file."""

    def __init__(self, window, layout, imports):
        self.window, self.layout, self.imports = window, layout, imports
        self._jobs = []
        self.last_offer_box = None
        self.download_dialog = None
        self._retry = QTimer(window)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(lambda: self.check(quiet=True))
        self._job = None
        app = QCoreApplication.instance()
        if app is not None:  # quitting must not wait for a slow download: it resumes next time
            app.aboutToQuit.connect(lambda: self._job.cancel() if self._job is not None else None)

    def addresses(self) -> list:
        """The mirrors of the settings; raises MirrorRefused for a bad address."""
        settings = self.window.settings
        parse_address = _mirrors().parse_address
        return [parse_address(u) for u in settings.mirror_urls] + \
               [parse_address(u, local=True) for u in settings.local_mirror_urls]

    def check_at_start(self) -> None:
        """Check quietly when mirrors are set and none answered within a day."""
        if (self.window.settings.mirror_urls or self.window.settings.local_mirror_urls) and \
                _mirrors().state.check_due(self.layout, dt.datetime.now(dt.timezone.utc)):
            self.check(quiet=True)

    def _downloading(self) -> bool:
        """True (and the download shown) while a download runs: one at a time per partial file."""
        if self.download_dialog is not None and self.download_dialog.isVisible():
            self.download_dialog.raise_()
            return True
        return False

    def check(self, quiet: bool = False) -> None:
        """Ask the mirrors for their index in the background; offer what is newer."""
        if self._downloading():
            return
        try:
            addresses = self.addresses()
        except CatalogueError as error:
            self._failed(str(error), quiet, retry=False)
            return
        if not addresses:
            if not quiet:
                self.window.show_error(tr("No mirror is set: add the web address of one in File → Settings."))
            return
        layout = self.layout
        self.window.statusBar().showMessage(tr("Checking the mirrors for catalogue updates…"))
        self._jobs.append(run_in_background(lambda: self._check_now(layout, addresses),
                                            lambda result: self._checked(result, quiet),
                                            lambda message: self._failed(message, quiet, retry=quiet)))

    @staticmethod
    def _check_now(layout, addresses):
        try:
            return _mirrors().check_mirrors(layout, addresses)
        except _mirrors().MirrorUnreachable as error:  # not a failure of the mirror: try again later
            return _Offline(str(error))

    def _failed(self, message: str, quiet: bool, retry: bool = False) -> None:
        self.window.statusBar().clearMessage()
        if retry:
            self._retry.start()
        if quiet:
            self.window.statusBar().showMessage(message, 15000)
        else:
            self.window.show_error(message)

    def _checked(self, result, quiet: bool) -> None:
        if isinstance(result, _Offline):
            self._failed(result.sentence, quiet, retry=True)
            return
        self.window.statusBar().clearMessage()
        offer = result.offer
        if offer is None:
            if not quiet:
                QMessageBox.information(self.window, tr("Catalogue updates"),
                                        tr("The catalogue is up to date (version %1).").replace(
                                            "%1", str(result.installed_version)))
            return
        text = tr("Catalogue version %1 is available (%2).").replace("%1", str(offer.version)).replace(
            "%2", _mirrors().download.kilobytes(offer.size))
        already = _mirrors().check.downloaded_so_far(self.layout, offer)
        if already:
            text += " " + tr("%1 of it was downloaded before.").replace("%1", _mirrors().download.kilobytes(already))
        box = QMessageBox(QMessageBox.Question, tr("Catalogue update available"),
                          text + " " + tr("Download it now?"), QMessageBox.Yes | QMessageBox.No, self.window)
        box.finished.connect(lambda code: self.download(offer) if code == QMessageBox.Yes and not self._downloading()
                             else None)
        self.last_offer_box = box
        box.open()

    def download(self, offer) -> DownloadDialog:
        """Download `offer` in the background with a progress dialog; then preview and import."""
        dialog = DownloadDialog(offer, self.window)
        job = DownloadJob(self.layout, offer)
        job.signals.progress.connect(dialog.set_progress)
        job.signals.succeeded.connect(lambda path: self._downloaded(dialog, path))
        job.signals.failed.connect(lambda message: self._download_failed(dialog, message))
        dialog.rejected.connect(job.cancel)
        self.download_dialog, self._job = dialog, job
        dialog.open()
        QThreadPool.globalInstance().start(job)
        return dialog

    def _downloaded(self, dialog, path) -> None:
        dialog.accept()
        self.imports.review(path)  # the same checks, preview and atomic import as a file from a USB stick

    def _download_failed(self, dialog, message: str) -> None:
        cancelled = dialog.result() == QDialog.Rejected and self._job.cancelled.is_set()
        dialog.done(QDialog.Rejected)
        if cancelled:
            self.window.statusBar().showMessage(tr("The download was cancelled; the next download resumes where "
                                                   "it stopped."), 15000)
        else:
            self.window.show_error(message)
