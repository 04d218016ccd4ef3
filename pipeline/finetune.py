"""Fine-tune a causal LM on the exported items: transformers' Trainer over packed fixed-length windows.

MultiPL-T's recipe: full fine-tuning, learning rate 3e-5, batch 8, 2,048-token windows of documents
separated by EOS, a cosine schedule. Its 1B trainer's schedule covered about 1/8 of its decay because the
step count was computed wrongly; here the Trainer derives the schedule from the windows it really has, and
the test checks that the learning rate has decayed to (nearly) zero by the last step.
"""

from __future__ import annotations

import copy
import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import FinetuneConfig, ModelConfig
from pipeline.models import resolve_model
from pipeline.records import Record, read_jsonl


class FinetuneError(ValueError):
    pass


def load_items(dataset: Path, language: str = "") -> list[Record]:
    """Items of an exported dataset: the ``export`` folder, its ``dataset`` folder, or a JSONL file."""
    if dataset.is_dir() and (dataset / "train.jsonl").exists():
        dataset = dataset / "train.jsonl"
    if dataset.is_dir():
        from datasets import load_from_disk

        items = [dict(r) for r in load_from_disk(str(dataset))]
    elif dataset.exists():
        items = list(read_jsonl(dataset))
    else:
        raise FinetuneError(f"{dataset}: no such dataset")
    return [r for r in items if not language or r.get("language") == language]


def pack(token_lists: list[list[int]], eos: int, seq_len: int) -> list[list[int]]:
    """Documents joined with EOS after each, cut into windows of ``seq_len`` tokens. The tail shorter than a
    window is kept as a last, shorter window (it is padded in its batch and its padding is not learned)."""
    stream = [t for tokens in token_lists for t in [*tokens, eos]]
    return [stream[i : i + seq_len] for i in range(0, len(stream), seq_len)]


@dataclass
class _Collator:
    pad: int

    def __call__(self, windows: list[dict[str, list[int]]]) -> dict[str, Any]:
        import torch

        width = max(len(w["input_ids"]) for w in windows)
        ids = torch.full((len(windows), width), self.pad, dtype=torch.long)
        labels = torch.full((len(windows), width), -100, dtype=torch.long)
        mask = torch.zeros((len(windows), width), dtype=torch.long)
        for i, w in enumerate(windows):
            n = len(w["input_ids"])
            ids[i, :n] = torch.tensor(w["input_ids"])
            labels[i, :n] = ids[i, :n]
            mask[i, :n] = 1
        return {"input_ids": ids, "labels": labels, "attention_mask": mask}


def _plain_copy(network: Any) -> Any:
    """A model loaded from GGUF holds dequantized fp32 weights but stays flagged as quantized, which the
    Trainer refuses to train; the same weights in a model built from the config (minus the GGUF flag)."""
    from transformers import AutoModelForCausalLM

    config = copy.deepcopy(network.config)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    plain = AutoModelForCausalLM.from_config(config, dtype=network.dtype)
    plain.load_state_dict(network.state_dict())
    return plain


def finetune(
    dataset: Path, model: ModelConfig, config: FinetuneConfig, out: Path, callbacks: list[Any] | None = None
) -> dict[str, Any]:
    """Trains, saves a checkpoint per epoch under ``out/checkpoints`` (resumed from the last one when there
    is one), the final model under ``out/final``, the log as ``out/train_log.jsonl``; returns the summary."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments
    from transformers.trainer_utils import get_last_checkpoint

    items = load_items(dataset, config.language)
    if not items:
        raise FinetuneError(
            f"{dataset}: no items to fine-tune on" + (f" in {config.language}" if config.language else "")
        )
    if model.threads:
        torch.set_num_threads(model.threads)
    folder, gguf = resolve_model(config.model or model.name)
    kwargs: dict[str, Any] = {"gguf_file": gguf} if gguf else {}
    tokenizer = AutoTokenizer.from_pretrained(folder, **kwargs)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    cuda = torch.cuda.is_available() and model.device != "cpu"
    network = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32, **kwargs)
    if gguf:
        network = _plain_copy(network)
    if config.lora:
        try:
            from peft import LoraConfig, get_peft_model
        except ImportError:
            raise FinetuneError("LoRA needs peft: pip install 'testcompiler[lora]'") from None
        lora = LoraConfig(
            r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
            target_modules="all-linear", task_type="CAUSAL_LM",
        )  # fmt: skip
        network = get_peft_model(network, lora)  # type: ignore[assignment]

    tokens = [tokenizer(r["content"], add_special_tokens=False)["input_ids"] for r in items]
    windows = pack(tokens, tokenizer.eos_token_id, config.seq_len)
    micro = config.micro_batch_size or config.batch_size
    if config.batch_size % micro:
        raise FinetuneError(f"batch_size {config.batch_size} is not a multiple of micro_batch_size {micro}")
    args = TrainingArguments(
        output_dir=str(out / "checkpoints"),
        per_device_train_batch_size=micro,
        gradient_accumulation_steps=config.batch_size // micro,
        learning_rate=config.learning_rate,
        lr_scheduler_type="cosine",
        warmup_steps=config.warmup_ratio,  # a float below 1: a share of all steps
        weight_decay=config.weight_decay,
        num_train_epochs=config.epochs,
        max_steps=config.max_steps or -1,
        save_strategy="epoch" if config.save_checkpoints else "no",
        logging_steps=1,
        report_to=[],
        bf16=cuda,
        use_cpu=not cuda,
        seed=config.seed,
        dataloader_num_workers=0,
        remove_unused_columns=False,
        disable_tqdm=True,
    )
    trainer = Trainer(
        model=network,
        args=args,
        train_dataset=[{"input_ids": w} for w in windows],  # a list will do: no datasets needed on a GPU box
        data_collator=_Collator(tokenizer.pad_token_id),
        callbacks=callbacks,
    )
    last = get_last_checkpoint(str(out / "checkpoints")) if (out / "checkpoints").is_dir() else None
    start = time.monotonic()
    trainer.train(resume_from_checkpoint=last)
    seconds = time.monotonic() - start
    final: Any = trainer.model
    if config.lora:
        final = final.merge_and_unload()  # a plain model: every backend can load it
    if config.save_final:
        final.save_pretrained(out / "final")
        tokenizer.save_pretrained(out / "final")
    log = trainer.state.log_history
    with (out / "train_log.jsonl").open("w") as fh:
        for entry in log:
            fh.write(json.dumps(entry) + "\n")
    losses = [e["loss"] for e in log if "loss" in e]
    steps_per_epoch = math.ceil(math.ceil(len(windows) / micro) / (config.batch_size // micro))
    summary = {
        "items": len(items),
        "tokens": sum(len(w) for w in windows),
        "windows": len(windows),
        "steps": trainer.state.global_step,
        "steps_per_epoch": steps_per_epoch,
        "epochs": config.epochs,
        "first_loss": losses[0] if losses else None,
        "last_loss": losses[-1] if losses else None,
        "resumed_from": last,
        "seconds": round(seconds, 2),
        "train_seconds": trainer.state.log_history[-1].get("train_runtime"),
        "parameters": sum(p.numel() for p in network.parameters()),
        "device": "cuda" if cuda else "cpu",
        "model": str(out / "final"),
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    return summary
