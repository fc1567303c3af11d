#!/usr/bin/env bash
# Sets everything up (see setup.sh), then opens Practice Catalogue on the shipped catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m desktop "$@"
