"""Make the field build for this OS: one folder (and an archive of it) that runs without Python.

    .venv/bin/python build/make_field_build.py          # -> build/dist/PracticeCatalogue-<version>-<os>/

Builds catalogue.db and search_index/ from resources/ first, runs PyInstaller with
build/practice_catalogue.spec, adds the field notes, packs the folder (.tar.xz on Linux and
macOS, .zip on Windows) and prints what takes the room.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "work"
FIELD_NOTES = """Practice Catalogue {version}

Run PracticeCatalogue (PracticeCatalogue.exe on Windows) to open the app.
The same program runs the command line: "PracticeCatalogue search diaspora", show, stats,
import, rollback... (on Windows and macOS use practice-catalogue-cli for the command line).
Run "PracticeCatalogue --self-test" to check this copy works on this computer.

Portable mode (USB stick): create an empty file named "portable" in this folder. Bookmarks,
notes, settings, imported catalogue updates and the update inbox then live in the "data"
folder beside it, and the stick can move from laptop to laptop with them. Without that file
they live in the user's data folder of each computer.
"""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# (unpacked, archive) in MiB, per platform. Linux: numpy (search ranking) came with a larger
# unpacked budget and a tighter archive one; TLS for updates from mirrors (libssl, libcrypto:
# 187.8 MiB unpacked, 51.5 MiB packed) raised the unpacked one from 185 to 190. Windows:
# measured on the build made under Wine by build/check_windows_build.sh (numpy's OpenBLAS DLL
# alone is 31 MiB; the .zip compresses less than .tar.xz). macOS: no build has been measured
# yet; Linux's figures stand in until one is.
BUDGETS = {"linux": (190, 55), "windows": (130, 55), "macos": (190, 55)}


# Collected as dependencies of Qt's GTK theme plugin, which the spec then leaves out: once it is
# gone nothing needs them (about 8 MiB). Only these families are ever removed, and only when no
# collected binary lists them as NEEDED.
GTK_FAMILY = ("libatk", "libcairo", "libdatrie", "libfribidi", "libgdk_pixbuf", "libgio", "libgmodule",
              "libgobject", "libgraphite2", "libharfbuzz", "libpango", "libpixman", "libthai", "libmount",
              "libblkid", "libselinux", "libXrender", "libjpeg")


def _needed(path: Path, readelf: str) -> list:
    out = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return re.findall(r"NEEDED.*\[(.+?)\]", out)


def drop_unreferenced_gtk_libraries(folder: Path) -> None:
    """Remove GTK-family libraries that no collected binary needs any more."""
    readelf = shutil.which("readelf")
    if readelf is None:
        print("  (no 'readelf' on this machine: GTK leftovers kept)")
        return
    internal = folder / "_internal"
    top = {p.name: p for p in internal.glob("*.so*") if p.is_file()}
    roots = [p for p in folder.iterdir() if p.is_file()] + \
        [p for p in internal.rglob("*.so*") if p.is_file() and p.parent != internal]
    reached, stack = set(), list(roots)
    while stack:
        for name in _needed(stack.pop(), readelf):
            if name in top and name not in reached:
                reached.add(name)
                stack.append(top[name])
    for name, path in top.items():
        if name not in reached and name.startswith(GTK_FAMILY):
            path.unlink()


def strip_libraries(folder: Path) -> None:
    """Strip symbols from the collected shared libraries (pyenv-style Python builds ship
    libpython and extension modules with debug symbols: libpython alone shrinks from 22 to
    about 5 MiB), leaving out numpy's bundled libraries, which stripping breaks."""
    strip = shutil.which("strip")
    if strip is None:
        print("  (no 'strip' on this machine: libraries left as they are)")
        return
    for path in sorted((folder / "_internal").rglob("*.so*")):
        if path.is_file() and not path.is_symlink() and "numpy.libs" not in path.parts:
            subprocess.run([strip, str(path)], check=False, capture_output=True)


def largest(path: Path, count: int = 12) -> list:
    sizes = {}
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            top = p.relative_to(path).parts
            key = "/".join(top[:3]) if len(top) > 3 else "/".join(top)
            sizes[key] = sizes.get(key, 0) + p.stat().st_size
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:count]


def main() -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    platform = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    unpacked_budget, packed_budget = BUDGETS.get(platform, BUDGETS["linux"])
    name = f"PracticeCatalogue-{version}-{platform}"
    # From scratch: an index updated in place keeps the segments of deleted documents.
    subprocess.run([sys.executable, "-m", "desktop", "build", "--force"], cwd=ROOT, check=True)
    env = dict(os.environ, FIELD_BUILD_NAME=name)
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "practice_catalogue.spec"),
                    "--distpath", str(DIST), "--workpath", str(WORK), "--noconfirm", "--log-level", "WARN"],
                   cwd=ROOT, check=True, env=env)
    folder = DIST / name
    if sys.platform.startswith("linux"):
        drop_unreferenced_gtk_libraries(folder)
    if sys.platform != "win32":
        strip_libraries(folder)
    (folder / "README-FIELD.txt").write_text(FIELD_NOTES.format(version=version), encoding="utf-8")
    archive_format = "zip" if sys.platform == "win32" else "xztar"  # xz: about a third smaller than gzip
    archive = shutil.make_archive(str(DIST / name), archive_format, root_dir=DIST, base_dir=name)
    unpacked, packed = folder_size(folder), Path(archive).stat().st_size
    print(f"Field build: {folder}")
    print(f"  unpacked {unpacked / 2**20:.1f} MiB (budget {unpacked_budget} MiB), archive {packed / 2**20:.1f} MiB "
          f"(budget {packed_budget} MiB): "
          f"{Path(archive).name}")
    print("  largest parts:")
    for part, size in largest(folder):
        print(f"    {size / 2**20:7.1f} MiB  {part}")
    if unpacked > unpacked_budget * 2**20 or packed > packed_budget * 2**20:
        print(f"The {platform} field build is over its budget (build/make_field_build.py, BUDGETS).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
