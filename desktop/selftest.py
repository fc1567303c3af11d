"""`--self-test`: check, without a window, that this installation can do its job.

Opens the catalogue, runs a search, renders a practice the way the reader does, loads a
translation and opens the user data; prints one line and exits 0, or 1 with the reason.
Field staff (and CI, on the built executable) run it after copying the app somewhere new."""

from __future__ import annotations

import os
import sys
import tempfile


def run_self_test(argv) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from pathlib import Path

    from .core.errors import CatalogueError
    from .core.model import SearchRequest
    from .core.paths import layout as make_layout
    from .core.rendering import PracticePage
    from .core.session import open_catalogue
    from .core.userdata import UserData

    home = None
    root = None
    for flag in ("--home", "--root"):
        if flag in argv and argv.index(flag) + 1 < len(argv):
            value = argv[argv.index(flag) + 1]
            home, root = (value, root) if flag == "--home" else (home, value)
    layout = make_layout(home, Path(root) if root else None)
    step = "opening the catalogue"
    try:
        catalogue = open_catalogue(layout)
        try:
            step = "searching"
            result = catalogue.search(SearchRequest(query="migration", limit=1))
            if not result.hits:
                raise CatalogueError("a search for 'migration' found nothing")
            step = "correcting a typo"  # the ranking arrays (numpy) and the speller (rapidfuzz)
            corrected = catalogue.search(SearchRequest(query="diaspra", limit=1, language="es"))
            if not (corrected.corrected and corrected.suggestion == "diaspora" and corrected.hits):
                raise CatalogueError("a search for 'diaspra' was not corrected to 'diaspora'")
            step = "rendering a practice"
            practice = catalogue.practice(result.hits[0].id)
            html = PracticePage(practice=practice, taxonomy=catalogue.taxonomy).to_html()
            from PySide6.QtGui import QGuiApplication, QTextDocument
            app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
            document = QTextDocument()
            document.setHtml(html)
            if practice.title not in document.toPlainText():
                raise CatalogueError("the rendered practice lacks its title")
            if practice.translation("es") is None:
                raise CatalogueError(f"the practice {practice.id} has no Spanish translation")
            step = "loading the Spanish translation"
            from PySide6.QtCore import QTranslator
            translator = QTranslator(app)
            if not translator.load(str(layout.resources / "translations" / "practice_catalogue_es.qm")):
                raise CatalogueError("resources/translations/practice_catalogue_es.qm is missing")
            step = "opening the user data"
            layout.home.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=layout.home, prefix=".self-test-"):
                pass  # the home folder is writable
            UserData(layout.user_db).close()
            step = "preparing secure connections to mirrors"  # ssl and truststore are in the build
            from .core.mirrors.client import system_context
            system_context()
            stats = catalogue.stats()
        finally:
            catalogue.close()
    except (CatalogueError, OSError) as error:
        print(f"Self-test failed while {step}: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - the self-test reports anything as a reason
        print(f"Self-test failed while {step}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(f"Self-test passed: catalogue {stats.catalogue_id} version {stats.catalogue_version}, "
          f"{stats.practice_count} practices; search found {result.total}; rendered '{practice.title}'; "
          f"user data in {layout.home}.")
    return 0
