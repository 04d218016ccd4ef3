"""The LLM backends: a tiny transformers model built from a config, and the OpenAI-compatible client against
a real HTTP server on loopback. Nothing is downloaded."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pipeline_support.server import serve
from pipeline_support.tiny_model import build

from pipeline.config import ModelConfig, parse_config
from pipeline.driver import Pipeline
from pipeline.llm import (
    BackendError,
    CachedBackend,
    HFBackend,
    OpenAIBackend,
    Sampling,
    prompts_per_call,
    truncate,
)

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch.set_num_threads(1)
    return build(tmp_path_factory.mktemp("tiny-llama"))


def test_truncate_cuts_at_the_first_stop_string() -> None:
    assert truncate("a\nb\n\nc", ["\n\n", "\nb"]) == "a"
    assert truncate("abc", []) == "abc"


def test_hf_backend_gives_n_completions_per_prompt_cut_at_stops(tiny_model: Path) -> None:
    backend = HFBackend(ModelConfig(name=str(tiny_model), batch_size=2, threads=1))
    prompts = ["def f(x):\n", "assert f(", "local function f(x)\n"]
    sampled = backend.generate(prompts, Sampling(n=3, temperature=0.8, max_new_tokens=12, stop=("\n",)))
    assert [len(s) for s in sampled] == [3, 3, 3]
    assert all("\n" not in text for texts in sampled for text in texts)
    greedy = Sampling(n=1, temperature=0.0, max_new_tokens=8)
    assert backend.generate(prompts[:1], greedy) == backend.generate(
        prompts[:1], greedy
    )  # greedy is repeatable
    assert any(t for texts in backend.generate(prompts, greedy) for t in texts)  # it does write something


def test_openai_backend_sends_the_request_and_matches_shuffled_choices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TEST_KEY", "sekret")
    with serve(lambda prompt, n: [f" {prompt}-{j}\nSTOP more" for j in range(n)]) as server:
        config = ModelConfig(
            backend="openai", name="m", base_url=server.url, api_key_env="TEST_KEY", batch_size=2
        )
        out = OpenAIBackend(config).generate(
            ["a", "b", "c"], Sampling(n=3, max_new_tokens=5, stop=("\nSTOP",))
        )
    assert out == [[f" {p}-{j}" for j in range(3)] for p in "abc"]
    first = server.requests[0]
    assert first["prompt"] == ["a", "b"] and first["n"] == 3 and first["max_tokens"] == 5
    assert first["stop"] == ["\nSTOP"] and first["model"] == "m" and first["auth"] == "Bearer sekret"
    assert len(server.requests) == 2  # batches of two prompts


def test_openai_backend_retries_overload_and_reports_bad_requests() -> None:
    with serve(lambda prompt, n: ["x"] * n) as server:
        config = ModelConfig(backend="openai", name="m", base_url=server.url)
        server.fail_next = [503, 429]
        assert OpenAIBackend(config).generate(["p"], Sampling()) == [["x"]]
        server.fail_next = [400]
        with pytest.raises(BackendError, match="HTTP 400"):
            OpenAIBackend(config).generate(["p"], Sampling())
    with pytest.raises(BackendError, match=r"127\.0\.0\.1"):
        OpenAIBackend(ModelConfig(backend="openai", base_url=server.url, request_timeout=1)).generate(
            ["p"], Sampling()
        )


def test_cache_answers_again_without_the_model(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    class Counting:
        name = "counting"

        def generate(self, prompts, sampling):  # type: ignore[no-untyped-def]
            calls.append(list(prompts))
            return [[p.upper()] * sampling.n for p in prompts]

    config = ModelConfig(batch_size=2)
    cache = CachedBackend(config, tmp_path / "llm.jsonl", lambda _: Counting())
    assert cache.generate(["a", "b", "c"], Sampling(n=2)) == [["A", "A"], ["B", "B"], ["C", "C"]]
    assert calls == [["a", "b"], ["c"]]
    again = CachedBackend(config, tmp_path / "llm.jsonl", lambda _: pytest.fail("the model was loaded"))
    assert again.generate(["c", "a"], Sampling(n=2)) == [["C", "C"], ["A", "A"]]
    with (tmp_path / "llm.jsonl").open("a") as fh:
        fh.write('{"key": "cut sh')  # a run killed while writing
    assert CachedBackend(config, tmp_path / "llm.jsonl").generate(["b"], Sampling(n=2)) == [["B", "B"]]


def test_the_pipeline_runs_every_stage_with_the_tiny_model(tiny_model: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "m.py").write_text(
        'def digit_sum(n):\n    """Sum of the digits.\n\n    >>> digit_sum(1234)\n    10\n    """\n'
        "    total = 0\n    while n > 0:\n        total += n % 10\n        n //= 10\n    return total\n"
    )
    data = {
        "source": {"paths": ["corpus"]},
        "model": {"backend": "hf", "name": str(tiny_model), "threads": 1},
        "gentests": {"samples": 2, "rounds": 0, "max_new_tokens": 16},
        "translate": {"languages": ["lua", "rkt"], "samples": 2, "max_new_tokens": 16},
    }
    config = parse_config(data, tmp_path)
    funnel = Pipeline(config, tmp_path / "work").run()
    stages = {s["stage"]: s for s in funnel["stages"]}
    assert list(stages) == [
        "collect",
        "filter",
        "gentests",
        "typeinfer",
        "translate",
        "verify",
        "dedup",
        "export",
    ]
    # The docstring's example passes and covers every line, so the function goes on to translation.
    assert stages["gentests"]["by_language"]["py"]["out"] == 1
    assert stages["translate"]["by_language"]["lua"] == {"in": 1, "out": 2, "dropped": {}}
    verify = stages["verify"]["by_language"]
    for lang in ("lua", "rkt"):
        f = verify[lang]
        assert f["in"] == 2 and f["out"] + sum(f["dropped"].values()) == 2
    assert funnel["llm"]["prompts_generated_this_run"] == 3  # one test prompt, two translation prompts
    assert json.loads((tmp_path / "work" / "funnel.json").read_text()) == funnel
    assert (tmp_path / "work" / "export" / "dataset").is_dir()
    again = Pipeline(config, tmp_path / "work").run()
    assert again["llm"]["prompts_generated_this_run"] == 0


def test_openai_backend_spreads_batches_over_servers_with_a_limit_in_flight() -> None:
    """Two servers of one model, at most 2 requests in flight on each: 8 one-prompt batches (each answer
    takes a while) keep both servers at exactly 2 at once, and answers keep the prompts' order."""

    def slow(name: str) -> Callable[[str, int], list[str]]:
        lock = threading.Lock()
        state = {"now": 0, "most": 0}

        def answer(prompt: str, n: int) -> list[str]:
            with lock:
                state["now"] += 1
                state["most"] = max(state["most"], state["now"])
            time.sleep(0.3)
            with lock:
                state["now"] -= 1
            return [f"{name}:{prompt}"] * n

        answer.state = state  # type: ignore[attr-defined]
        return answer

    first, second = slow("one"), slow("two")
    with serve(first) as one, serve(second) as two:
        config = ModelConfig(
            backend="openai", name="m", base_url=one.url, base_urls=(two.url,), batch_size=1, concurrency=2
        )
        prompts = [f"p{i}" for i in range(8)]
        out = OpenAIBackend(config).generate(prompts, Sampling())
    assert [texts[0].split(":")[1] for texts in out] == prompts
    assert len(one.requests) + len(two.requests) == 8 and len(one.requests) >= 2 and len(two.requests) >= 2
    assert first.state["most"] == second.state["most"] == 2  # type: ignore[attr-defined]
    assert prompts_per_call(config) == 4  # the cache hands it 1 batch per request in flight at once
    assert prompts_per_call(ModelConfig(backend="vllm")) > 1_000_000  # vLLM sees a whole stage
