#!/usr/bin/env bash
# The main job on built-in defaults: compile the bundled sample suites into every language and run them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/testcompiler demo "$@"
