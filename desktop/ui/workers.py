"""Running core calls off the GUI thread (conventions.md, rule 5)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import CatalogueError


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Run `function()` in the thread pool; emit `succeeded(result)` or `failed(sentence)`."""

    def __init__(self, function):
        super().__init__()
        self.function = function
        self.signals = _Signals()

    def run(self):
        try:
            result = self.function()
        except CatalogueError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # shown as a sentence; the window must never die of it
            self.signals.failed.emit(f"Internal error ({type(error).__name__}: {error}).")
        else:
            self.signals.succeeded.emit(result)


def run_in_background(function, on_success, on_failure, pool: QThreadPool | None = None) -> Job:
    """Start `function` in the background; the callbacks run on the GUI thread."""
    job = Job(function)
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(on_failure)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


class SearchRunner(QObject):
    """Runs one search at a time in its own thread pool; only the newest result is delivered.

    Typing fires many requests; a result that arrives after a newer request was made is
    dropped, so the list never flickers back to an older query."""

    finished = Signal(object, object)  # (SearchRequest, SearchResult)
    failed = Signal(object, str)  # (SearchRequest, sentence)

    def __init__(self, catalogue, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._serial = 0
        self._jobs = set()

    def submit(self, request) -> int:
        self._serial += 1
        serial = self._serial
        catalogue = self.catalogue
        # A search a newer keystroke replaced stops at its next check instead of holding the
        # catalogue's lock (and one queued behind it never starts).
        job = Job(lambda: catalogue.search(request, cancelled=lambda: serial != self._serial))
        self._jobs.add(job)

        def done(result, serial=serial):
            self._jobs.discard(job)
            if serial == self._serial:
                self.finished.emit(request, result)

        def error(message, serial=serial):
            self._jobs.discard(job)
            if serial == self._serial:
                self.failed.emit(request, message)

        job.signals.succeeded.connect(done)
        job.signals.failed.connect(error)
        self._pool.start(job)
        return serial

    def wait(self, msecs: int = 5000) -> bool:
        """Block until queued searches are done (tests, shutdown)."""
        return self._pool.waitForDone(msecs)
