#!/usr/bin/env bash
# Sets everything up with the test tools (see setup.sh), then runs the whole test suite
# headless (tests/conftest.py makes Qt draw offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/python -m ruff check desktop tests benchmarks
exec .venv/bin/python -m pytest "$@"
