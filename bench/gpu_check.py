"""The GPU check: every figure the README's "GPU check" section records, from one run under 10 minutes.

Phases, each timed and reported even when a later one fails:

1. build: a ~1B-parameter Llama (random init, from a config; bf16 on disk) and a byte-level BPE tokenizer
   trained on the pipeline's sample export, its vocabulary filled to the model's so that every id the
   model can sample decodes (and stop strings, token healing and decoding see one vocabulary).
2. finetune: ``pipeline.finetune`` as the pipeline runs it (fp32 weights, bf16 autocast, the Trainer's
   default optimizer and attention) for a fixed number of steps; then, on a GPU, the same with
   ``torch.compile`` (accelerate's ``ACCELERATE_DYNAMO_*`` settings, the switch ``accelerate launch``
   uses). Throughput leaves the warm-up steps out; MFU = 6 x parameters x tokens/s / peak bf16 FLOP/s
   (``mfu``, attention left out, as before) and with PaLM's 12 x layers x hidden x seq_len attention term
   added per token (``mfu_with_attention``).
3. generate: ``evaluate-model`` in miniature through the pipeline's ``HFBackend`` (bench/gpu_generate.py):
   N HumanEval prompts in Lua, tokens/s, wall time, pass@1 where it can be scored.

Needs torch, transformers, accelerate and tokenizers (the device image has them) and this repository's
``pipeline`` package; ``--size tiny`` runs the same phases on a CPU in seconds (the tests do).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from gpu_generate import PROMPTS, generate_phase  # noqa: E402

from pipeline.config import FinetuneConfig, ModelConfig  # noqa: E402
from pipeline.finetune import finetune  # noqa: E402
from pipeline.records import read_jsonl, write_jsonl  # noqa: E402

DATA = ROOT / "bench" / "data" / "pipeline-export.jsonl"
PEAK_BF16 = {"H100": 989e12, "H200": 989e12, "A100": 312e12}  # dense bf16, from NVIDIA's data sheets

SIZES = {  # hidden, layers, heads, kv heads, intermediate, vocab
    "1b": (2048, 16, 32, 8, 8192, 32000),
    "tiny": (64, 2, 4, 2, 128, 2000),
}
FILLER = "\x01"  # a byte no training text holds: one token per character, to size the last document


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def fill_vocab(tokenizer: Any, size: int) -> Any:
    """The trained tokenizer with unreachable two-byte tokens appended until it has ``size`` ids: sampled
    ids decode to bytes, and nothing that indexes by token id runs past the vocabulary."""
    from tokenizers import Tokenizer, pre_tokenizers

    spec = json.loads(tokenizer.to_str())
    vocab: dict[str, int] = spec["model"]["vocab"]
    taken = set(vocab) | {t["content"] for t in spec.get("added_tokens", [])}
    alphabet = sorted(pre_tokenizers.ByteLevel.alphabet())
    pairs = (a + b for a in alphabet for b in alphabet)
    next_id = max([*vocab.values(), *(t["id"] for t in spec.get("added_tokens", []))]) + 1
    for pair in pairs:
        if next_id >= size:
            break
        if pair not in taken:
            vocab[pair] = next_id
            next_id += 1
    return Tokenizer.from_str(json.dumps(spec))


def build(folder: Path, size: str, items: list[dict[str, Any]]) -> dict[str, Any]:
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
    trained = tokenizer.get_vocab_size()
    tokenizer = fill_vocab(tokenizer, vocab)
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, eos_token="<eos>", pad_token="<eos>")
    config = LlamaConfig(
        vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
        num_key_value_heads=kv, intermediate_size=inter, max_position_embeddings=4096,
        eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id,
    )  # fmt: skip
    torch.manual_seed(0)
    cuda = torch.cuda.is_available()
    with torch.device("cuda" if cuda else "cpu"):  # initialising 1B weights on the GPU takes no time
        model = LlamaForCausalLM(config)
    if cuda:
        model = model.bfloat16()  # half the bytes to write and read; finetune loads it as fp32
    model.save_pretrained(folder)
    fast.save_pretrained(folder)
    del model
    return {"vocab": vocab, "trained_vocab": trained, "layers": layers, "hidden": hidden}


def training_data(path: Path, items: list[dict[str, Any]], folder: Path, windows: int, seq_len: int) -> int:
    """Enough copies of the exported items for ``windows`` full windows, plus one filler document that
    makes the packed stream an exact multiple of ``seq_len``: every batch has one shape, so a compiled
    model is not compiled again for a short last window. Returns the stream's length in tokens."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    per_copy = sum(len(tokenizer(r["content"], add_special_tokens=False)["input_ids"]) + 1 for r in items)
    copies = max(1, -(-windows * seq_len // per_copy))
    stream = copies * per_copy
    rest = -stream % seq_len
    data = items * copies
    if rest:
        filler = FILLER * (rest - 1)
        if len(tokenizer(filler, add_special_tokens=False)["input_ids"]) == rest - 1:
            data.append({**items[0], "content": filler})
            stream += rest
    write_jsonl(path, data)
    return stream


class Clock:
    """A transformers callback: the time of each optimizer step (so warm-up steps can be left out), and
    what the Trainer really used (optimizer, attention kernel, checkpointing)."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.used: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("on_"):
            return lambda *args, **kwargs: None
        raise AttributeError(name)

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        model, optimizer = kwargs.get("model"), kwargs.get("optimizer")
        inner = getattr(optimizer, "optimizer", optimizer)
        self.used = {
            "optim": str(getattr(args.optim, "value", args.optim)),
            "optimizer": type(inner).__name__ if inner is not None else None,
            "fused": bool(getattr(inner, "defaults", {}).get("fused")),
            "attn_implementation": getattr(getattr(model, "config", None), "_attn_implementation", None),
            "gradient_checkpointing": bool(args.gradient_checkpointing),
            "bf16": bool(args.bf16),
        }

    def on_step_end(self, *args: Any, **kwargs: Any) -> None:
        import torch

        if torch.cuda.is_available():
            torch.cuda.synchronize()
        self.times.append(time.perf_counter())


DYNAMO = ("ACCELERATE_DYNAMO_BACKEND", "ACCELERATE_DYNAMO_USE_REGIONAL_COMPILATION")


def train_once(
    args: argparse.Namespace, folder: Path, data: Path, tmp: Path, micro: int, compiled: bool
) -> dict[str, Any]:
    import torch

    config = FinetuneConfig(
        batch_size=args.batch, micro_batch_size=micro, seq_len=args.seq_len, max_steps=args.steps,
        learning_rate=3e-5, save_checkpoints=False, save_final=False,
    )  # fmt: skip
    clock = Clock()
    saved = {k: os.environ.get(k) for k in DYNAMO}
    graphs_before = 0
    if compiled:
        from torch._dynamo.utils import counters

        graphs_before = counters["stats"]["unique_graphs"]
        os.environ["ACCELERATE_DYNAMO_BACKEND"] = "inductor"
        os.environ["ACCELERATE_DYNAMO_USE_REGIONAL_COMPILATION"] = "false" if args.full_compile else "true"
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    try:
        out = tmp / ("out-compiled" if compiled else "out")
        summary = finetune(data, ModelConfig(name=str(folder)), config, out, callbacks=[clock])
    finally:
        for k, v in saved.items():
            os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
    timed = clock.times[args.warmup :]
    steps = len(timed) - 1
    seconds = timed[-1] - timed[0] if steps > 0 else float("nan")
    tokens_per_second = steps * args.batch * args.seq_len / seconds
    result: dict[str, Any] = {
        "compile": compiled, "micro_batch": micro, "steps": summary["steps"], "steps_timed": steps,
        "seconds": round(seconds, 3), "tokens_per_second": round(tokens_per_second, 1),
        "first_loss": summary["first_loss"], "last_loss": summary["last_loss"],
        "parameters": summary["parameters"], **clock.used,
    }  # fmt: skip
    if compiled:
        from torch._dynamo.utils import counters

        result["compiled_graphs"] = counters["stats"]["unique_graphs"] - graphs_before
        result["regional_compilation"] = not args.full_compile
    if torch.cuda.is_available():
        result["peak_memory_gib"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
    return result


def train_phase(
    args: argparse.Namespace, folder: Path, data: Path, tmp: Path, compiled: bool, shape: dict
) -> dict[str, Any]:
    """One finetune run; out of GPU memory, once more at half the micro-batch (the batch stays)."""
    import torch

    micro = args.micro_batch
    retries = 0
    while True:
        try:
            result = train_once(args, folder, data, tmp, micro, compiled)
            break
        except torch.cuda.OutOfMemoryError:
            if micro == 1 or retries:
                raise
        # Outside the except block: its traceback no longer holds the failed run's model and optimizer.
        gc.collect()
        torch.cuda.empty_cache()
        micro, retries = micro // 2, retries + 1
        log(f"out of GPU memory: again at micro-batch {micro}")
    result["oom_retries"] = retries
    device = torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu"
    peak = next((v for k, v in PEAK_BF16.items() if k in device), None)
    per_token = 6 * result["parameters"]
    attention = 12 * shape["layers"] * shape["hidden"] * args.seq_len
    result["mfu"] = round(per_token * result["tokens_per_second"] / peak, 4) if peak else None
    result["mfu_with_attention"] = (
        round((per_token + attention) * result["tokens_per_second"] / peak, 4) if peak else None
    )
    return result


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", choices=tuple(SIZES), default="1b")
    p.add_argument("--steps", type=int, default=40)
    p.add_argument("--warmup", type=int, default=5, help="steps left out of the timing")
    p.add_argument("--seq-len", type=int, default=2048)
    p.add_argument("--batch", type=int, default=8, help="windows per optimizer step (MultiPL-T's 8)")
    p.add_argument("--micro-batch", type=int, default=8, help="windows per forward pass (8: no accumulation)")
    p.add_argument("--compile", choices=("off", "on", "both"), help="default: both on a GPU, off on a CPU")
    p.add_argument("--full-compile", action="store_true", help="compile the whole model, not layer by layer")
    p.add_argument("--prompts", type=int, default=20, help="HumanEval prompts to complete (0: no generation)")
    p.add_argument("--prompts-file", type=Path, default=PROMPTS)
    p.add_argument("--max-new-tokens", type=int, default=256)
    p.add_argument("--model", type=Path, help="generate with this model folder instead of the random 1B one")
    p.add_argument("--completions", type=Path, help="where the completion records go (default: beside --out)")
    p.add_argument(
        "--budget", type=float, default=540.0, help="seconds: a phase that would overrun is skipped"
    )
    p.add_argument("--out", type=Path, help="also write the result here as JSON")
    args = p.parse_args(argv)
    if min(args.steps - args.warmup, args.batch, args.micro_batch, args.seq_len) < 1 or args.prompts < 0:
        p.error("--steps must exceed --warmup; --batch, --micro-batch and --seq-len must be positive")
    if args.batch % args.micro_batch:
        p.error(f"--batch {args.batch} is not a multiple of --micro-batch {args.micro_batch}")
    for path in (args.prompts_file, args.model):
        if path is not None and not path.exists():
            p.error(f"{path}: no such file or directory")
    return args


def environment() -> dict[str, Any]:
    import accelerate
    import torch
    import transformers

    device = torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu"
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"), "device": device,
        "peak_bf16_flops": next((v for k, v in PEAK_BF16.items() if k in device), None),
        "torch": torch.__version__, "cuda": torch.version.cuda, "transformers": transformers.__version__,
        "accelerate": accelerate.__version__, "python": sys.version.split()[0],
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    start = time.perf_counter()
    args = parse(argv)
    import torch

    cuda = torch.cuda.is_available()
    modes = {"off": [False], "on": [True], "both": [False, True]}[args.compile or ("both" if cuda else "off")]
    result: dict[str, Any] = {
        **environment(),
        "argv": sys.argv[1:] if argv is None else argv,
        "size": args.size,
        "seq_len": args.seq_len,
        "batch": args.batch,
    }
    phases: dict[str, float] = {}
    errors: list[str] = []
    items = list(read_jsonl(DATA))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        folder = tmp / "model"
        began = time.perf_counter()
        shape = build(folder, args.size, items)
        data = tmp / "train.jsonl"
        shape["stream_tokens"] = training_data(
            data, items, folder, (args.steps + 1) * args.batch, args.seq_len
        )
        phases["build"] = round(time.perf_counter() - began, 2)
        result["model"] = shape
        log(f"build: {phases['build']} s")
        runs: dict[str, Any] = {}
        for compiled in modes:
            key = "finetune_compiled" if compiled else "finetune"
            elapsed = time.perf_counter() - start
            estimate = phases.get("finetune", 60.0) + (240.0 if compiled else 0.0)
            if elapsed + estimate > args.budget:
                runs[key] = {
                    "skipped": f"{elapsed:.0f} s spent, about {estimate:.0f} s more would pass --budget"
                }
                continue
            began = time.perf_counter()
            try:
                runs[key] = train_phase(args, folder, data, tmp, compiled, shape)
            except Exception as exc:  # one phase failing must not lose the other figures
                runs[key] = {"error": f"{type(exc).__name__}: {str(exc)[:400]}"}
                errors.append(key)
            gc.collect()
            if cuda:
                torch.cuda.empty_cache()
            phases[key] = round(time.perf_counter() - began, 2)
            log(f"{key}: {phases[key]} s: {json.dumps(runs[key])}")
        result |= runs
        done = [r for r in runs.values() if "mfu" in r]
        if done:
            best = max(done, key=lambda r: r["tokens_per_second"])
            result |= {k: best[k] for k in ("parameters", "tokens_per_second", "mfu", "mfu_with_attention")}
            result["best"] = "finetune_compiled" if best["compile"] else "finetune"
        elapsed = time.perf_counter() - start
        if args.prompts and elapsed + 60.0 > args.budget:
            result["generate"] = {"skipped": f"{elapsed:.0f} s spent, about 60 s more would pass --budget"}
        elif args.prompts:
            completions = args.completions or (
                args.out.with_name(args.out.stem + "-completions.jsonl")
                if args.out
                else tmp / "completions.jsonl"
            )
            began = time.perf_counter()
            try:
                model = args.model or folder
                result["generate"] = generate_phase(
                    model, args.prompts_file, args.prompts, args.max_new_tokens, completions
                )
            except Exception as exc:
                result["generate"] = {"error": f"{type(exc).__name__}: {str(exc)[:400]}"}
                errors.append("generate")
            phases["generate"] = round(time.perf_counter() - began, 2)
            log(f"generate: {phases['generate']} s: {json.dumps(result['generate'])}")
    result["phase_seconds"] = phases
    result["total_seconds"] = round(time.perf_counter() - start, 2)
    result["errors"] = errors
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
