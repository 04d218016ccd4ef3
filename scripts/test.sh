#!/usr/bin/env bash
# The test command of the README and of CI: set up, lint, type-check, run every test (the import layers too).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy

# Both cores: pytest-xdist, each worker taking the next test as it frees (worksteal).
.venv/bin/python -m pytest -q -n auto --dist worksteal "$@"
