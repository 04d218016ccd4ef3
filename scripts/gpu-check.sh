#!/usr/bin/env bash
# Fine-tuning throughput on one GPU (sized for under 8 minutes on an H100, no network): a ~1B Llama from a
# config, trained 40 steps of 8 x 2,048 tokens on the pipeline's exported items. Prints tokens/s and MFU.
# On the device machine its python3 already has torch, transformers and tokenizers.
set -euo pipefail
cd "$(dirname "$0")/.."
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
PYTHONUNBUFFERED=1 exec "${PYTHON:-python3}" bench/gpu_check.py "$@"
