#!/usr/bin/env bash
# The GPU check (README, "GPU check"): one command that prints, as one JSON (and into --out FILE), every
# figure that section records: the device and versions, fine-tuning throughput and MFU of a ~1B Llama
# (the pipeline's finetune as it runs, then with torch.compile), HFBackend generation on compiled HumanEval
# prompts (bench/data/humaneval-*.jsonl: tokens/s, wall time, pass@1 where their interpreter is), and each
# phase's seconds. By default it ends in about 5 minutes on one H200 (--budget 540 skips a phase that would
# pass 9); no network needed.
#
#   here, once:       PYTHON=.venv/bin/python scripts/gpu-check.sh --prepare
#                     (the device image lacks lark, which pipeline.config imports: its wheel goes to
#                     build/gpu-wheels, which is git-ignored; carry that folder to the device)
#   on the device:    bash scripts/gpu-check.sh --out "$OUT/gpu-check.json"
#   on a CPU:         scripts/gpu-check.sh --size tiny --steps 6 --warmup 1 --seq-len 128 --batch 4 \
#                         --micro-batch 2 --prompts 2 --max-new-tokens 8
#
# The completions land beside --out (gpu-check-completions.jsonl); where no interpreter ran them, score here:
#   testcompiler evaluate FILE -o DIR && testcompiler passk DIR
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
WHEELS="${GPU_CHECK_WHEELS:-build/gpu-wheels}"
if [ "${1:-}" = "--prepare" ]; then
    version=$("$PY" -c 'import lark; print(lark.__version__)')  # the version the tests pass with here
    "$PY" -m pip download -q --no-deps --only-binary=:all: "lark==$version" -d "$WHEELS"
    ls "$WHEELS"
    exit 0
fi
if ! "$PY" -c 'import lark' 2>/dev/null; then
    if compgen -G "$WHEELS/lark-*.whl" >/dev/null; then
        site=$(mktemp -d)
        "$PY" -m pip install -q --no-index --no-deps --no-compile --target "$site" "$WHEELS"/lark-*.whl
        export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}"
    else
        echo "gpu-check: $PY cannot import lark (pipeline.config needs it) and $WHEELS has no lark wheel:" \
            "run 'PYTHON=.venv/bin/python scripts/gpu-check.sh --prepare' first and carry $WHEELS" >&2
        exit 2
    fi
fi
nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv,noheader || true
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
exec "$PY" bench/gpu_check.py "$@"
