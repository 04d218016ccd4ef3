"""Fine-tuning throughput on a GPU: a ~1B-parameter Llama (random init, built from a config) trained for a
fixed number of steps by ``pipeline.finetune`` on items the pipeline exported; prints tokens per second and
model FLOPs utilisation (MFU = 6 x parameters x tokens/s / peak bf16 FLOP/s, attention FLOPs left out).

Needs only torch, transformers and tokenizers (all on the device image) and this repository's ``pipeline``
package on PYTHONPATH; ``--size tiny`` runs the same path on a CPU in seconds (the tests do).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import FinetuneConfig, ModelConfig  # noqa: E402
from pipeline.finetune import finetune  # noqa: E402
from pipeline.records import read_jsonl, write_jsonl  # noqa: E402

DATA = ROOT / "bench" / "data" / "pipeline-export.jsonl"
PEAK_BF16 = {"H100": 989e12, "H200": 989e12, "A100": 312e12}  # dense bf16, from NVIDIA's data sheets

SIZES = {  # hidden, layers, heads, kv heads, intermediate, vocab
    "1b": (2048, 16, 32, 8, 8192, 32000),
    "tiny": (64, 2, 4, 2, 128, 2000),
}


def build(folder: Path, size: str, items: list[dict]) -> None:  # type: ignore[type-arg]
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    hidden, layers, heads, kv, inter, vocab = SIZES[size]
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=min(vocab, 2000),
        special_tokens=["<eos>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tokenizer.train_from_iterator([r["content"] for r in items], trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, eos_token="<eos>", pad_token="<eos>")
    config = LlamaConfig(
        vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
        num_key_value_heads=kv, intermediate_size=inter, max_position_embeddings=4096,
        eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id,
    )  # fmt: skip
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(folder)
    fast.save_pretrained(folder)


class Clock:
    """A transformers callback: the time of each optimizer step, so warm-up steps can be left out."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        if name.startswith("on_"):
            return lambda *args, **kwargs: None
        raise AttributeError(name)

    def on_step_end(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        import torch

        if torch.cuda.is_available():
            torch.cuda.synchronize()
        self.times.append(time.perf_counter())


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--size", choices=tuple(SIZES), default="1b")
    p.add_argument("--steps", type=int, default=40)
    p.add_argument("--warmup", type=int, default=5, help="steps left out of the timing")
    p.add_argument("--seq-len", type=int, default=2048)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--micro-batch", type=int, default=4)
    p.add_argument("--out", type=Path, help="also write the result here as JSON")
    args = p.parse_args()

    import torch

    items = list(read_jsonl(DATA))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "model"
        build(folder, args.size, items)
        # Enough copies of the exported items for every step to see full windows.
        windows_needed = args.steps * args.batch + args.batch
        tokens_per_copy = sum(len(r["content"]) for r in items) // 3 + len(items)  # a rough lower bound
        copies = max(1, windows_needed * args.seq_len // max(1, tokens_per_copy) + 1)
        data = Path(tmp) / "train.jsonl"
        write_jsonl(data, items * copies)
        config = FinetuneConfig(
            batch_size=args.batch,
            micro_batch_size=args.micro_batch,
            seq_len=args.seq_len,
            max_steps=args.steps,
            learning_rate=3e-5,
            save_checkpoints=False,
            save_final=False,
        )
        clock = Clock()
        summary = finetune(data, ModelConfig(name=str(folder)), config, Path(tmp) / "out", callbacks=[clock])
    timed = clock.times[args.warmup :]
    steps = len(timed) - 1
    seconds = timed[-1] - timed[0] if steps > 0 else float("nan")
    tokens_per_second = steps * args.batch * args.seq_len / seconds
    params = summary["parameters"]
    device = torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu"
    peak = next((v for k, v in PEAK_BF16.items() if k in device), None)
    result = {
        "device": device, "parameters": params, "seq_len": args.seq_len, "batch": args.batch,
        "micro_batch": args.micro_batch, "steps_timed": steps, "seconds": round(seconds, 3),
        "tokens_per_second": round(tokens_per_second, 1), "first_loss": summary["first_loss"],
        "last_loss": summary["last_loss"],
        "mfu": round(6 * params * tokens_per_second / peak, 4) if peak else None,
    }  # fmt: skip
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
