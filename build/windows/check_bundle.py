"""Check a Windows field build made under Wine for what a run under Wine cannot show.

    python build/windows/check_bundle.py BUNDLE_FOLDER WINE_SYSTEM32 STAND_IN_DLL...

Fails (exit 1, one line per problem) if the bundle holds a Linux or macOS binary, a DLL of
Wine's own, one of the test-only stand-ins, or a DLL or .pyd that imports a DLL found neither
in the bundle nor among Windows' own. That last check covers Qt's `windows` platform plugin,
which Wine 8 cannot run. Uses x86_64-w64-mingw32-objdump (Debian's binutils-mingw-w64-x86-64).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

OBJDUMP = "x86_64-w64-mingw32-objdump"
FOREIGN_MAGIC = {b"\x7fELF": "a Linux (ELF) binary", b"\xcf\xfa\xed\xfe": "a macOS (Mach-O) binary",
                 b"\xce\xfa\xed\xfe": "a macOS (Mach-O) binary", b"\xca\xfe\xba\xbe": "a macOS (Mach-O) binary"}
WINE_MARKS = (b"Wine builtin DLL", b"Wine placeholder DLL")
# Windows 10 has these in System32; Wine 8 lacks them (the check puts stand-ins in its System32).
WINDOWS_ONLY_SYSTEM_DLLS = {"icuuc.dll", "bcryptprimitives.dll"}
# Wine's System32 has its own Visual C++ runtime; Windows has one only where some program
# installed it, so the bundle must bring its own.
NOT_SYSTEM = re.compile(r"^(msvcp\d+|vcruntime\d+|concrt\d+|vccorlib\d+)(_\w+)?\.dll$", re.IGNORECASE)


def imported_dlls(path: Path) -> list:
    out = subprocess.run([OBJDUMP, "-p", str(path)], capture_output=True, text=True, check=False).stdout
    return re.findall(r"DLL Name: (\S+)", out)


def problems(bundle: Path, system32: Path, stand_ins: list) -> list:
    found = []
    files = [p for p in bundle.rglob("*") if p.is_file()]
    in_bundle = {p.name.lower() for p in files}
    system = {p.name.lower() for p in system32.iterdir() if not NOT_SYSTEM.match(p.name)} | WINDOWS_ONLY_SYSTEM_DLLS
    stand_in_digests = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in stand_ins}
    for path in files:
        where = path.relative_to(bundle)
        with path.open("rb") as file:
            head = file.read(1024)
        for magic, what in FOREIGN_MAGIC.items():
            if head.startswith(magic):
                found.append(f"{where} is {what}")
        if any(mark in head for mark in WINE_MARKS):
            found.append(f"{where} is one of Wine's own DLLs")
        if path.name.lower() in {p.name.lower() for p in stand_ins} or \
                (path.suffix.lower() == ".dll" and hashlib.sha256(path.read_bytes()).hexdigest() in stand_in_digests):
            found.append(f"{where} is a test-only stand-in")
        if path.suffix.lower() in (".dll", ".pyd", ".exe") and head.startswith(b"MZ"):
            for name in imported_dlls(path):
                lower = name.lower()
                if lower not in in_bundle and lower not in system and not lower.startswith(("api-ms-win-", "ext-ms-")):
                    found.append(f"{where} needs {name}, which is neither in the bundle nor part of Windows")
    return found


def main(argv) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    bundle, system32, stand_ins = Path(argv[1]), Path(argv[2]), [Path(p) for p in argv[3:]]
    found = problems(bundle, system32, stand_ins)
    for problem in found:
        print(f"  {problem}", file=sys.stderr)
    if found:
        return 1
    pe_count = sum(1 for p in bundle.rglob("*") if p.suffix.lower() in (".dll", ".pyd", ".exe"))
    print(f"   {pe_count} DLLs, .pyd and .exe files: none from Linux, macOS or Wine, no stand-in, "
          "every imported DLL in the bundle or part of Windows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
