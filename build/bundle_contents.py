"""What the field build leaves out of PySide6, the same on Windows, macOS and Linux.

build/practice_catalogue.spec filters PyInstaller's file list through `wanted()`. Qt names a
file differently on each platform (Windows `Qt6Network.dll` and `plugins/imageformats/qsvg.dll`,
Linux `libQt6Network.so.6` and `libqsvg.so`, macOS `QtNetwork.framework/...` and `libqsvg.dylib`),
so the lists below hold Qt's own names and `wanted()` reduces each file to them. Kept apart from
the spec (which PyInstaller executes) so that tests can check every platform's names on Linux.
"""

from __future__ import annotations

import re

KEEP_QT_LANGUAGES = ("es", "fr", "pt")  # the app's languages besides English

# Qt libraries nothing in the app loads. Network and Svg come only with plugins left out below;
# the EGLFS and Wayland ones only with the platform plugins left out below (Wayland sessions run
# the app through XWayland, xcb).
UNUSED_QT_LIBRARIES = frozenset({"Network", "Svg", "SvgWidgets", "EglFsKmsSupport", "EglFSDeviceIntegration",
                                 "WaylandClient", "WlShellIntegration"})

# Whole plugin folders the app has no use for.
UNUSED_PLUGIN_FOLDERS = frozenset({"iconengines", "networkinformation", "tls", "generic",
                                   "platforminputcontexts", "egldeviceintegrations"})

UNUSED_PLUGINS = {
    # PNG, JPEG, GIF and ICO are kept; the app's icons and practice pages use no other format.
    "imageformats": frozenset({"qsvg", "qtiff", "qwebp", "qicns", "qtga", "qwbmp"}),
    # Kept: xcb (Linux), windows, cocoa, offscreen (the self-test) and minimal. direct2d is an
    # alternative Windows platform that is only used when asked for by name.
    # (Every qwayland* plugin goes too: see UNUSED_QT_LIBRARIES.)
    "platforms": frozenset({"qvnc", "qlinuxfb", "qeglfs", "qminimalegl", "qvkkhrdisplay", "qdirect2d"}),
    # GTK theme integration drags in GTK, Pango, Cairo and GIO on Linux (about 6 MiB); Qt's own
    # style and dialogs serve instead.
    "platformthemes": frozenset({"qgtk3"}),
}

# Windows only: Mesa's software OpenGL (19.7 MiB), a fallback for Qt Quick and OpenGL widgets on
# machines without a GPU driver; the app draws with QtWidgets' raster engine and never loads it.
UNUSED_OTHER_FILES = frozenset({"opengl32sw"})


def _stem(file_name: str) -> str:
    """`libqsvg.so`, `qsvg.dll`, `libqsvg.dylib` -> `qsvg`; `libQt6Network.so.6` -> `Qt6Network`."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def _qt_module(stem: str) -> str | None:
    """`Qt6Network` (Windows, Linux) or `QtNetwork` (macOS frameworks, Python bindings) -> `Network`."""
    match = re.fullmatch(r"Qt6?([A-Za-z]+)", stem)
    return match.group(1) if match else None


def wanted(destination: str) -> bool:
    """True if the file PyInstaller would put at `destination` (a path inside the bundle, with
    either kind of slash) belongs in the field build."""
    parts = destination.replace("\\", "/").split("/")
    if "PySide6" not in parts:
        return True
    name = parts[-1]
    if "translations" in parts and name.endswith(".qm"):
        # qt_<lang>.qm and qtbase_<lang>.qm in the app's languages; not qt_help_, qtdeclarative_...
        base = name[:-3]
        return base.startswith(("qt_", "qtbase_")) and not base.startswith("qt_help_") \
            and any(base.endswith(f"_{lang}") or f"_{lang}_" in base for lang in KEEP_QT_LANGUAGES)
    if "plugins" in parts and parts.index("plugins") < len(parts) - 2:
        folder = parts[parts.index("plugins") + 1]
        if folder in UNUSED_PLUGIN_FOLDERS or folder.startswith("wayland-"):
            return False
        plugin = _stem(name)
        return plugin not in UNUSED_PLUGINS.get(folder, ()) and not plugin.startswith("qwayland")
    frameworks = [part[:-len(".framework")] for part in parts if part.endswith(".framework")]
    stem = frameworks[0] if frameworks else _stem(name)
    if _qt_module(stem) in UNUSED_QT_LIBRARIES:
        return False
    return stem not in UNUSED_OTHER_FILES
