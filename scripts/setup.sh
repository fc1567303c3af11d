#!/usr/bin/env bash
# Sets up everything Practice Catalogue needs on a Debian/Ubuntu machine that has python3:
# the Debian libraries Qt loads (with apt-get, when run as root), a virtual environment in
# .venv with the Python packages, and the catalogue built from resources/.
# Usage: bash scripts/setup.sh [--test]   (--test also installs the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Qt's xcb (windows) and offscreen (tests) platforms need these shared libraries; xvfb lets
# tests and screenshots run a real X server when there is no display.
debian_packages="python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  missing=""
  for package in $debian_packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    echo "Installing Debian packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
elif ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  echo "python3-venv is missing; run this script as root (or: sudo apt-get install python3-venv)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "$with_tests" = 1 ]; then
  .venv/bin/python -m pip install --quiet -e ".[test,build]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
.venv/bin/python -m desktop build
