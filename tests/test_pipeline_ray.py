"""The pipeline on Ray: a local Ray instance on this machine runs gentests' asserts and coverage, verify,
dedup and generation (two model actors), and every stage's output equals the local executor's.

The config is the demo's (examples/demo.toml: its corpus, stages and languages) with the model swapped for
the scripted OpenAI-compatible server on loopback, whose answers make some items pass, and the shipped
corpus plus the scripted one as sources. The Ray run goes through the CLI's ``--executor ray``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pipeline_support.scripted import CORPUS, answer
from pipeline_support.server import serve

from pipeline.config import ConfigError, load_config, parse_config
from pipeline.driver import STAGES, Pipeline

pytest.importorskip("ray")

ROOT = Path(__file__).resolve().parent.parent


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def demo_config(tmp: Path, url: str) -> Path:
    """examples/demo.toml, served by the scripted model, without the fine-tuning steps; as a TOML file."""
    data = tomllib.loads((ROOT / "examples" / "demo.toml").read_text())
    (tmp / "scripted").mkdir()
    (tmp / "scripted" / "numbers.py").write_text(CORPUS)
    data["source"]["paths"] = [str(ROOT / "examples" / "corpus"), str(tmp / "scripted")]
    data["model"] = {"backend": "openai", "name": "scripted", "base_url": url, "batch_size": 4}
    data["ray"] = {"batch_size": 3, "generators": 2}
    del data["finetune"], data["evaluate"]
    lines = []
    for table, keys in data.items():
        lines.append(f"[{table}]")
        lines += [f"{key} = {_toml(value)}" for key, value in keys.items()]
    path = tmp / "demo-scripted.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("ray")
    with serve(answer) as server:
        config = demo_config(tmp, server.url)
        local = Pipeline(load_config(config), tmp / "local").run()
        before = len(server.requests)
        command = [sys.executable, "-m", "testcompiler", "pipeline", "run", str(config)]
        command += ["--workdir", str(tmp / "ray"), "--executor", "ray"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]
        yield tmp, local, json.loads((tmp / "ray" / "funnel.json").read_text()), len(server.requests) - before


def test_the_ray_run_keeps_and_drops_exactly_what_the_local_run_does(both) -> None:  # type: ignore[no-untyped-def]
    tmp, _, _, _ = both
    for index, name in enumerate(STAGES, 1):
        for table in ("kept", "dropped"):
            path = f"stages/{index}-{name}/{table}.jsonl"
            assert (tmp / "ray" / path).read_bytes() == (tmp / "local" / path).read_bytes(), path
    exported = (tmp / "local" / "export" / "train.jsonl").read_text().splitlines()
    assert len(exported) == 16  # the right translations the scripted server gives, 4 per language but jl
    assert (tmp / "ray" / "export" / "train.jsonl").read_text().splitlines() == exported


def test_the_ray_funnel_matches_and_the_model_was_asked_as_often(both) -> None:  # type: ignore[no-untyped-def]
    _, local, ray_funnel, ray_requests = both

    def counts(funnel: dict) -> list:  # type: ignore[type-arg]
        return [(s["stage"], s["by_language"], s.get("notes")) for s in funnel["stages"]]

    assert counts(ray_funnel) == counts(local)
    # Locally, one call each: doctest seeds, 2 rounds of asserts, coverage, verify, ROUGE-L, MinHash.
    assert local["executor"] == {"name": "local", "tasks_this_run": 7}
    # On Ray the same work in batches of 3 (13 functions: 5 tasks a round; 11 for coverage; 132 candidates
    # with Julia left out, fewer distinct programs): 49 tasks when this was written.
    assert ray_funnel["executor"]["name"] == "ray" and ray_funnel["executor"]["tasks_this_run"] > 30
    verify = next(s for s in ray_funnel["stages"] if s["stage"] == "verify")["by_language"]
    assert sum(f["out"] for f in verify.values()) > 12  # dedup's input: some were near copies
    # The Ray run asked the model for every prompt itself (its own workdir, its own answer cache).
    assert ray_requests > 0 and ray_funnel["llm"]["prompts_generated_this_run"] > 0


def test_the_executor_is_a_config_key_checked_like_the_rest(tmp_path: Path) -> None:
    config = parse_config({"executor": "ray", "ray": {"address": "auto", "generators": 3}}, tmp_path)
    assert config.executor == "ray" and config.ray.address == "auto" and config.ray.generators == 3
    with pytest.raises(ConfigError, match="executor must be"):
        parse_config({"executor": "spark"}, tmp_path)
    with pytest.raises(ConfigError, match="unknown key 'workers'"):
        parse_config({"ray": {"workers": 2}}, tmp_path)


def test_model_replicas_on_ray_sample_what_the_local_model_samples(tmp_path: Path) -> None:
    """Generation on Ray actors: two replicas of a tiny Llama (hf backend, sampling at temperature 0.8)
    answer chunks of prompts; each generate call is seeded, so the answers equal the local model's."""
    pytest.importorskip("torch")
    from pipeline_support.tiny_model import build

    from pipeline.config import ModelConfig, RayConfig
    from pipeline.llm import CachedBackend, Sampling

    model = ModelConfig(backend="hf", name=str(build(tmp_path / "model")), batch_size=2, threads=1, seed=3)
    prompts = [f"def f{i}(x):\n    return" for i in range(6)]
    sampling = Sampling(n=2, temperature=0.8, top_p=0.95, max_new_tokens=8)
    local = CachedBackend(model, tmp_path / "local.jsonl").generate(prompts, sampling)
    spread = RayConfig(generators=2, cpus_per_generator=1.0)
    try:
        on_ray = CachedBackend(model, tmp_path / "ray.jsonl", spread=spread).generate(prompts, sampling)
    finally:
        import ray

        ray.shutdown()  # the rest of the suite runs without a Ray instance in this process
    assert on_ray == local
    assert len({t for texts in local for t in texts}) > 2  # it really sampled different texts


def test_a_cluster_out_of_reach_is_one_line_and_exit_2(tmp_path: Path) -> None:
    address = "127.0.0.1:1"  # nothing listens there: an error in a second, not minutes of Ray's retries
    (tmp_path / "in.jsonl").write_text("")
    command = [sys.executable, "-m", "testcompiler", "pipeline", "verify", str(tmp_path / "in.jsonl")]
    command += ["-o", str(tmp_path / "out.jsonl"), "--executor", "ray", "--ray-address", address]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot ") and address in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
