"""The field build leaves out the same Qt files on Windows, macOS and Linux (build/bundle_contents.py).

The names are those PyInstaller gives the files inside the bundle, as found in the PySide6
6.10 wheels for each platform."""

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "bundle_contents", Path(__file__).resolve().parents[2] / "build" / "bundle_contents.py")
bundle_contents = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bundle_contents)
wanted = bundle_contents.wanted

# The same unused thing, as each platform names it: (Windows, Linux, macOS).
LEFT_OUT = [
    ("PySide6\\Qt6Network.dll", "PySide6/Qt/lib/libQt6Network.so.6",
     "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork"),
    ("PySide6\\Qt6Svg.dll", "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg"),
    ("PySide6\\Qt6SvgWidgets.dll", "PySide6/Qt/lib/libQt6SvgWidgets.so.6",
     "PySide6/Qt/lib/QtSvgWidgets.framework/Resources/Info.plist"),
    ("PySide6\\plugins\\imageformats\\qtiff.dll", "PySide6/Qt/plugins/imageformats/libqtiff.so",
     "PySide6/Qt/plugins/imageformats/libqtiff.dylib"),
    ("PySide6\\plugins\\imageformats\\qsvg.dll", "PySide6/Qt/plugins/imageformats/libqsvg.so",
     "PySide6/Qt/plugins/imageformats/libqsvg.dylib"),
    ("PySide6\\plugins\\imageformats\\qtga.dll", "PySide6/Qt/plugins/imageformats/libqtga.so",
     "PySide6/Qt/plugins/imageformats/libqtga.dylib"),
    ("PySide6\\plugins\\imageformats\\qwebp.dll", "PySide6/Qt/plugins/imageformats/libqwebp.so",
     "PySide6/Qt/plugins/imageformats/libqwebp.dylib"),
    ("PySide6\\plugins\\imageformats\\qicns.dll", "PySide6/Qt/plugins/imageformats/libqicns.so",
     "PySide6/Qt/plugins/imageformats/libqicns.dylib"),
    ("PySide6\\plugins\\imageformats\\qwbmp.dll", "PySide6/Qt/plugins/imageformats/libqwbmp.so",
     "PySide6/Qt/plugins/imageformats/libqwbmp.dylib"),
    ("PySide6\\plugins\\iconengines\\qsvgicon.dll", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
     "PySide6/Qt/plugins/iconengines/libqsvgicon.dylib"),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
     "PySide6/Qt/plugins/tls/libqsecuretransportbackend.dylib"),
    ("PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll",
     "PySide6/Qt/plugins/networkinformation/libqglib.so",
     "PySide6/Qt/plugins/networkinformation/libqscnetworkreachability.dylib"),
    ("PySide6\\plugins\\generic\\qtuiotouchplugin.dll", "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
     "PySide6/Qt/plugins/generic/libqtuiotouchplugin.dylib"),
    ("PySide6\\translations\\qt_help_es.qm", "PySide6/Qt/translations/qt_help_es.qm",
     "PySide6/Qt/translations/qt_help_es.qm"),
    ("PySide6\\translations\\qtbase_de.qm", "PySide6/Qt/translations/qtbase_de.qm",
     "PySide6/Qt/translations/qtbase_de.qm"),
    ("PySide6\\translations\\qtdeclarative_fr.qm", "PySide6/Qt/translations/qtdeclarative_fr.qm",
     "PySide6/Qt/translations/qtdeclarative_fr.qm"),
]

# What the app needs, as each platform names it.
KEPT = [
    ("PySide6\\Qt6Core.dll", "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore"),
    ("PySide6\\Qt6Widgets.dll", "PySide6/Qt/lib/libQt6Widgets.so.6",
     "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets"),
    ("PySide6\\Qt6PrintSupport.dll", "PySide6/Qt/lib/libQt6PrintSupport.so.6",
     "PySide6/Qt/lib/QtPrintSupport.framework/Versions/A/QtPrintSupport"),
    ("PySide6\\QtWidgets.pyd", "PySide6/QtWidgets.abi3.so", "PySide6/QtWidgets.abi3.so"),
    ("PySide6\\plugins\\platforms\\qwindows.dll", "PySide6/Qt/plugins/platforms/libqxcb.so",
     "PySide6/Qt/plugins/platforms/libqcocoa.dylib"),
    ("PySide6\\plugins\\platforms\\qoffscreen.dll", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
     "PySide6/Qt/plugins/platforms/libqoffscreen.dylib"),
    ("PySide6\\plugins\\imageformats\\qjpeg.dll", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
     "PySide6/Qt/plugins/imageformats/libqjpeg.dylib"),
    ("PySide6\\plugins\\imageformats\\qico.dll", "PySide6/Qt/plugins/imageformats/libqico.so",
     "PySide6/Qt/plugins/imageformats/libqico.dylib"),
    ("PySide6\\translations\\qtbase_es.qm", "PySide6/Qt/translations/qtbase_es.qm",
     "PySide6/Qt/translations/qtbase_es.qm"),
    ("PySide6\\translations\\qt_pt_BR.qm", "PySide6/Qt/translations/qt_pt_BR.qm",
     "PySide6/Qt/translations/qt_pt_BR.qm"),
]


@pytest.mark.parametrize("names", LEFT_OUT, ids=lambda names: names[1].rsplit("/", 1)[-1])
def test_an_unused_qt_file_is_left_out_on_every_platform(names):
    assert [wanted(name) for name in names] == [False, False, False]


@pytest.mark.parametrize("names", KEPT, ids=lambda names: names[1].rsplit("/", 1)[-1])
def test_what_the_app_loads_is_kept_on_every_platform(names):
    assert [wanted(name) for name in names] == [True, True, True]


@pytest.mark.parametrize("name", [
    "PySide6\\opengl32sw.dll",  # Windows' software OpenGL (19.7 MiB)
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
])
def test_platform_specific_leftovers_are_left_out(name):
    assert not wanted(name)


@pytest.mark.parametrize("name", ["numpy.libs\\libscipy_openblas64_-caad45.dll", "python312.dll",
                                  "libpython3.11.so.1.0", "search_index/MAIN_x.seg", "resources/translations/x.qm",
                                  "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll"])
def test_files_outside_qt_or_in_kept_folders_are_kept(name):
    assert wanted(name)
