#!/usr/bin/env bash
# Checks the field build the way a field office uses it: no Python, an empty home, a
# read-only app folder, portable mode on a stick that moves between computers.
# Usage: bash build/check_field_build.sh build/dist/PracticeCatalogue-<version>-linux
set -euo pipefail
build=$(cd "$1" && pwd)
exe=PracticeCatalogue
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
clean_env() { env -i HOME="$1" PATH=/nonexistent LANG=C.UTF-8 "${@:2}"; }
fail() { echo "FIELD BUILD CHECK FAILED: $*" >&2; exit 1; }

echo "1. Clean environment (env -i, no Python on PATH, empty HOME): self-test and a CLI search"
mkdir -p "$work/home1"
clean_env "$work/home1" "$build/$exe" --self-test || fail "self-test in a clean environment"
out=$(clean_env "$work/home1" "$build/$exe" search "Sao Paulo" --json --limit 1)
echo "$out" | grep -q '"id": "sao-paulo-municipal-plan-immigrant-population"' || fail "CLI search: $out"
echo "   search for 'Sao Paulo' found the São Paulo plan"

echo "2. Read-only app folder, run by an unprivileged user (root would ignore the permissions)"
cp -a "$build" "$work/readonly"
chmod -R a-w "$work/readonly"
chmod a+rx "$work"
mkdir -p "$work/home2"
before=$(find "$work/readonly" | sort | sha256sum)
if [ "$(id -u)" = 0 ]; then
  chown nobody "$work/home2"
  as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env -i HOME="$work/home2" PATH=/nonexistent LANG=C.UTF-8 "$@"; }
else  # an ordinary user already cannot write into a folder without write permission
  as_nobody() { env -i HOME="$work/home2" PATH=/nonexistent LANG=C.UTF-8 "$@"; }
fi
as_nobody "$work/readonly/$exe" --self-test || fail "self-test with a read-only folder"
as_nobody "$work/readonly/$exe" search diaspora --limit 1 >/dev/null || fail "CLI search with a read-only folder"
[ "$before" = "$(find "$work/readonly" | sort | sha256sum)" ] || fail "something was written into the read-only folder"
[ -f "$work/home2/.local/share/PracticeCatalogue/user.db" ] || fail "user data did not go to the user's data folder"
echo "   nothing written in the app folder; user data in the user's folder"

echo "3. Portable mode: a 'portable' file beside the executable keeps all data in data/"
cp -a "$build" "$work/stick"
touch "$work/stick/portable"
mkdir -p "$work/home3"
clean_env "$work/home3" "$work/stick/$exe" --self-test || fail "self-test in portable mode"
[ -f "$work/stick/data/user.db" ] || fail "portable mode did not write data/user.db beside the executable"
[ -z "$(ls -A "$work/home3")" ] || fail "portable mode wrote into HOME: $(ls -A "$work/home3")"
echo "   data/user.db beside the executable; HOME untouched"

echo "4. The stick moves to another computer (another path, another HOME): the data comes along"
mv "$work/stick" "$work/other-laptop"
mkdir -p "$work/home4"
clean_env "$work/home4" "$work/other-laptop/$exe" --self-test | grep -q "$work/other-laptop/data" \
  || fail "after moving, the app did not use the stick's data folder"
[ -z "$(ls -A "$work/home4")" ] || fail "portable mode wrote into the second HOME"
echo "   the moved copy uses its own data/"
echo "Field build checks passed."
