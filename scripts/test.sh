#!/usr/bin/env bash
# The test command of the README and of CI: set up, lint, type-check, check the import layers, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache  # the layers of pyproject.toml
.venv/bin/python -m pytest -q "$@"
