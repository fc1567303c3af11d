"""build/windows/check_bundle.py finds what must not be in the Windows field build: Linux or macOS
binaries, Wine's own DLLs, the test-only stand-ins, and DLLs that import what is not there."""

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("check_bundle", ROOT / "build" / "windows" / "check_bundle.py")
check_bundle = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(check_bundle)


@pytest.fixture
def layout(tmp_path):
    """(bundle, system32, stand_in): an empty bundle, a fake System32 and one stand-in DLL."""
    bundle, system32, stand_ins = tmp_path / "bundle", tmp_path / "system32", tmp_path / "stand-ins"
    for folder in (bundle / "_internal", system32, stand_ins):
        folder.mkdir(parents=True)
    stand_in = stand_ins / "icuuc.dll"
    stand_in.write_bytes(b"not a PE file, only its bytes matter here" * 10)
    (bundle / "_internal" / "data.bin").write_bytes(b"catalogue bytes")
    return bundle, system32, stand_in


def test_a_clean_bundle_passes(layout):
    bundle, system32, stand_in = layout
    assert check_bundle.problems(bundle, system32, [stand_in]) == []


@pytest.mark.parametrize("head, what", [(b"\x7fELF\x02\x01", "Linux"), (b"\xcf\xfa\xed\xfe", "macOS")])
def test_linux_and_macos_binaries_are_found(layout, head, what):
    bundle, system32, stand_in = layout
    (bundle / "_internal" / "libfoo.so.1").write_bytes(head + b"\0" * 100)
    assert [p for p in check_bundle.problems(bundle, system32, [stand_in]) if what in p]


def test_wines_own_dlls_are_found(layout):
    bundle, system32, stand_in = layout
    (bundle / "_internal" / "bcrypt.bin").write_bytes(b"MZ" + b"\0" * 62 + b"Wine builtin DLL" + b"\0" * 100)
    assert check_bundle.problems(bundle, system32, [stand_in]) == ["_internal/bcrypt.bin is one of Wine's own DLLs"]


def test_a_stand_in_is_found_by_name_and_by_content(layout):
    bundle, system32, stand_in = layout
    shutil.copy(stand_in, bundle / "_internal" / "ICUUC.DLL")
    shutil.copy(stand_in, bundle / "_internal" / "renamed.dll")
    found = check_bundle.problems(bundle, system32, [stand_in])
    assert sorted(found) == ["_internal/ICUUC.DLL is a test-only stand-in", "_internal/renamed.dll is a test-only stand-in"]


@pytest.mark.skipif(not (shutil.which("x86_64-w64-mingw32-gcc") and shutil.which(check_bundle.OBJDUMP)),
                    reason="needs Debian's mingw-w64 (build/check_windows_build.sh installs it)")
def test_a_dll_importing_what_is_neither_in_the_bundle_nor_in_windows_is_found(layout, tmp_path):
    bundle, system32, stand_in = layout
    source = tmp_path / "plugin.c"
    source.write_text("#include <windows.h>\n__declspec(dllexport) int plugin(void) { return (int)GetTickCount(); }\n")
    subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-o", str(bundle / "_internal" / "plugin.dll"), str(source)],
                   check=True)
    imports = {name.lower() for name in check_bundle.imported_dlls(bundle / "_internal" / "plugin.dll")}
    assert "kernel32.dll" in imports
    for name in imports:  # Windows has them all
        (system32 / name).write_bytes(b"")
    assert check_bundle.problems(bundle, system32, [stand_in]) == []
    (system32 / "kernel32.dll").unlink()  # now nothing provides KERNEL32.dll
    found = check_bundle.problems(bundle, system32, [stand_in])
    assert [p for p in found if "_internal/plugin.dll needs KERNEL32.dll" in p], found
