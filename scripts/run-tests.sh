#!/usr/bin/env bash
# Sets everything up with the test and build tools (see setup.sh), then: ruff; on Linux the
# field build (PyInstaller) and its checks in a clean environment; then the whole test suite
# headless (tests/conftest.py makes Qt draw offscreen). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/python -m ruff check desktop tests benchmarks build
if [ "$(uname -s)" = "Linux" ] && [ "${SKIP_FIELD_BUILD:-0}" != 1 ]; then
  .venv/bin/python build/make_field_build.py
  version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
  bash build/check_field_build.sh "build/dist/PracticeCatalogue-$version-linux"
fi
.venv/bin/python -m pytest "$@"
