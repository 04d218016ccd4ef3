#!/usr/bin/env bash
# The test command of the README and of CI: set up, lint, type-check, run every test (the import layers too).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# mypy's incremental cache lives in the machine cache (emitters/cache.py's directory), so that it outlives the
# clone: mypy checks each file's hash against it, and a fresh clone type-checks in 2 s instead of 60.
machine_cache=/var/cache/testcompiler
if [ "$(id -u)" != 0 ]; then machine_cache="${XDG_CACHE_HOME:-$HOME/.cache}/testcompiler"; fi
mkdir -p "$machine_cache"
MYPY_CACHE_DIR="${MYPY_CACHE_DIR:-$machine_cache/mypy}" .venv/bin/mypy

# Both cores: pytest-xdist, each worker taking the next test as it frees (worksteal).
.venv/bin/python -m pytest -q -n auto --dist worksteal "$@"
