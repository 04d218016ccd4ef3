"""LLM backends behind one interface: n completions per prompt, cut at stop strings.

``hf`` runs transformers in this process (a model directory or a .gguf file), ``openai`` talks to any
OpenAI-compatible completions endpoint (a vLLM or TGI server), ``vllm`` runs vLLM in this process. Every
backend is wrapped in a cache on disk, so a rerun asks the model only for what it has not answered yet.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pipeline.config import ModelConfig, RayConfig
from pipeline.healing import Healer, HealingProcessor, strip_healed
from pipeline.records import content_hash, crash_point


@dataclass(frozen=True)
class Sampling:
    n: int = 1
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 256
    stop: tuple[str, ...] = ()


class Backend(Protocol):
    name: str

    def generate(self, prompts: Sequence[str], sampling: Sampling) -> list[list[str]]:
        """``sampling.n`` completions for each prompt, in order, each cut at the first stop string."""
        ...


class BackendError(RuntimeError):
    pass


def truncate(text: str, stop: Sequence[str]) -> str:
    cut = min((i for i in (text.find(s) for s in stop if s) if i >= 0), default=len(text))
    return text[:cut]


def _batches(items: Sequence[str], size: int) -> list[list[str]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


class HFBackend:
    """transformers on CPU or GPU: batched, left-padded sampling with ``num_return_sequences``."""

    def __init__(self, config: ModelConfig) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from pipeline.models import ModelMissing, resolve_model

        if config.threads:
            torch.set_num_threads(config.threads)
        self.config = config
        self.name = config.name
        folder, gguf = resolve_model(config.name)
        kwargs: dict[str, Any] = {"gguf_file": gguf} if gguf else {}
        if not Path(folder).is_dir():
            kwargs["local_files_only"] = True  # a hub id: from the local cache, or not at all
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(folder, **kwargs)
        except OSError as exc:
            raise ModelMissing(f"{config.name}: cannot load: {str(exc).splitlines()[0]}") from None
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        device = config.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype = torch.bfloat16 if device == "cuda" else torch.float32
        model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype, **kwargs)
        self.model = model.to(device).eval()  # type: ignore[arg-type]
        self.device = device
        self.torch = torch
        self.healer: Healer | None = None  # the vocabulary as text, read on the first healed batch

    def generate(self, prompts: Sequence[str], sampling: Sampling) -> list[list[str]]:
        removed, raw = self.sample(prompts, sampling)
        return [
            [truncate(strip_healed(t, r), sampling.stop) for t in texts]
            for r, texts in zip(removed, raw, strict=True)
        ]

    def sample(self, prompts: Sequence[str], sampling: Sampling) -> tuple[list[str], list[list[str]]]:
        """(the text healing removed from each prompt, its completions as generated: beginning with that
        text, not yet cut at the stop strings)."""
        torch = self.torch
        removed: list[str] = []
        out: list[list[str]] = []
        torch.manual_seed(self.config.seed)
        for batch in _batches(prompts, max(1, self.config.batch_size)):
            cut = [""] * len(batch)
            if self.config.token_healing:
                if self.healer is None:
                    self.healer = Healer(self.tokenizer)
                healed = [self.healer.back_up(p) for p in batch]
                batch, cut = [head for head, _ in healed], [removed for _, removed in healed]
            inputs = self.tokenizer(batch, return_tensors="pt", padding=True).to(self.device)
            sample = sampling.temperature > 0
            options: dict[str, Any] = {
                "max_new_tokens": sampling.max_new_tokens,
                "num_return_sequences": sampling.n,
                "do_sample": sample,
                "pad_token_id": self.tokenizer.pad_token_id,
            }
            if sample:
                options |= {"temperature": sampling.temperature, "top_p": sampling.top_p}
            if sampling.stop:
                options |= {"stop_strings": list(sampling.stop), "tokenizer": self.tokenizer}
            if any(cut) and self.healer is not None:
                from transformers import LogitsProcessorList

                start = inputs["input_ids"].shape[1]
                healing = HealingProcessor(self.healer, cut, sampling.n, start)
                options["logits_processor"] = LogitsProcessorList([healing])
            with torch.inference_mode():
                tokens = self.model.generate(**inputs, **options)
            new = tokens[:, inputs["input_ids"].shape[1] :]
            texts = self.tokenizer.batch_decode(new, skip_special_tokens=True)
            for i in range(len(batch)):
                removed.append(cut[i])
                out.append(texts[i * sampling.n : (i + 1) * sampling.n])
        return removed, out


class OpenAIBackend:
    """Any OpenAI-compatible ``/completions`` endpoint. Choices are matched to prompts by their index.

    No token healing: the API cannot constrain the first token alone (vLLM's ``allowed_token_ids`` holds for
    every token), and backing the prompt up without that constraint lets the model write anything there.
    """

    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self.name = config.name
        self.urls = [u.rstrip("/") + "/completions" for u in (config.base_url, *config.base_urls)]
        self.key = os.environ.get(config.api_key_env, "")

    def _post(self, body: dict[str, Any], url: str) -> dict[str, Any]:
        headers = {"Content-Type": "application/json"}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        request = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
        for attempt in range(4):
            try:
                with urllib.request.urlopen(request, timeout=self.config.request_timeout) as response:
                    return dict(json.loads(response.read()))
            except urllib.error.HTTPError as exc:
                if exc.code not in (429, 500, 502, 503) or attempt == 3:
                    detail = exc.read().decode(errors="replace")[:200]
                    raise BackendError(f"{url}: HTTP {exc.code}: {detail}") from None
            except (urllib.error.URLError, OSError) as exc:
                if attempt == 3:
                    raise BackendError(f"{url}: {getattr(exc, 'reason', exc)}") from None
            time.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")

    def _batch(self, batch: list[str], sampling: Sampling, slots: queue.Queue[str]) -> list[list[str]]:
        url = slots.get()  # a server with a request slot free; as many threads as slots, so never a wait
        try:
            return self._ask(url, batch, sampling)
        finally:
            slots.put(url)

    def _ask(self, url: str, batch: list[str], sampling: Sampling) -> list[list[str]]:
        body = {
            "model": self.name,
            "prompt": batch,
            "n": sampling.n,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "max_tokens": sampling.max_new_tokens,
            "stop": list(sampling.stop),
        }
        choices = self._post(body, url).get("choices")
        if not isinstance(choices, list) or len(choices) != len(batch) * sampling.n:
            raise BackendError(f"{url}: expected {len(batch) * sampling.n} choices")
        texts = [""] * len(choices)
        for choice in choices:
            texts[int(choice["index"])] = str(choice["text"])
        n = sampling.n
        return [[truncate(t, sampling.stop) for t in texts[i * n : (i + 1) * n]] for i in range(len(batch))]

    def generate(self, prompts: Sequence[str], sampling: Sampling) -> list[list[str]]:
        """Requests of ``batch_size`` prompts, at most ``concurrency`` in flight on each server; a batch goes
        to whichever server has a free slot."""
        slots: queue.Queue[str] = queue.Queue()
        for _ in range(max(1, self.config.concurrency)):
            for url in self.urls:
                slots.put(url)
        batches = _batches(prompts, max(1, self.config.batch_size))
        with ThreadPoolExecutor(max_workers=slots.qsize()) as pool:
            answered = list(pool.map(lambda b: self._batch(b, sampling, slots), batches))
        return [answers for batch in answered for answers in batch]


class VLLMBackend:
    """vLLM in this process (the ``vllm`` extra, GPU machines).

    Healing constrains the first token(s) with per-request ``logits_processors`` where the installed vLLM
    takes them (its V0 engine); an engine that refuses them (V1) generates unhealed, as ``openai`` does.
    Untested here: vLLM is not installed in CI.
    """

    def __init__(self, config: ModelConfig) -> None:
        try:
            import vllm
        except ImportError:
            raise BackendError("the vllm backend needs vLLM: pip install 'testcompiler[vllm]'") from None
        self.vllm = vllm
        self.config = config
        self.name = config.name
        self.llm = vllm.LLM(model=config.name, seed=config.seed)
        self.healer: Healer | None = None
        self.constrain = config.token_healing  # until the engine refuses a logits processor

    def _params(self, sampling: Sampling, removed: str) -> Any:
        options: dict[str, Any] = {
            "n": sampling.n,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "max_tokens": sampling.max_new_tokens,
            "stop": list(sampling.stop),
        }
        healer = self.healer
        if removed and self.constrain and healer is not None:

            def heal(generated: list[int], logits: Any) -> Any:
                rest = removed
                for token in generated:
                    rest = healer.advance(rest, token)
                    if not rest:
                        return logits
                allowed = healer.allowed(rest)
                if not allowed:
                    return logits
                masked = logits.new_full(logits.shape, float("-inf"))
                masked[allowed] = logits[allowed]
                return masked

            options["logits_processors"] = [heal]
        return self.vllm.SamplingParams(**options)

    def _run(self, prompts: Sequence[str], sampling: Sampling) -> tuple[list[tuple[str, str]], Any]:
        cut = [(p, "") for p in prompts]
        if self.constrain:
            if self.healer is None:
                self.healer = Healer(self.llm.get_tokenizer())
            cut = [self.healer.back_up(p) for p in prompts]
        params = [self._params(sampling, removed) for _, removed in cut]
        return cut, self.llm.generate([head for head, _ in cut], params)

    def generate(self, prompts: Sequence[str], sampling: Sampling) -> list[list[str]]:
        try:
            cut, results = self._run(prompts, sampling)
        except (TypeError, ValueError, NotImplementedError):
            if not self.constrain:
                raise
            self.constrain = False  # an engine without per-request logits processors (vLLM V1)
            cut, results = self._run(prompts, sampling)
        return [
            [truncate(strip_healed(o.text, removed), sampling.stop) for o in r.outputs]
            for r, (_, removed) in zip(results, cut, strict=True)
        ]


def model_identity(config: ModelConfig) -> tuple[Any, ...]:
    """What decides a model's answers (not where they come from): part of every cache and stage key. Healing
    off, or on a backend that cannot heal (openai), keeps the keys made before healing existed."""
    identity: tuple[Any, ...] = (config.backend, config.name, config.seed)
    healed = config.token_healing and config.backend != "openai"
    return (*identity, "token-healing") if healed else identity


def prompts_per_call(config: ModelConfig) -> int:
    """How many prompts the answer cache hands a backend at once (its answers are saved after each call):
    one batch for hf, a batch per request in flight for openai, and a whole stage's worth for vLLM, whose
    own scheduler batches best when it sees everything."""
    batch = max(1, config.batch_size)
    if config.backend == "openai":
        return batch * max(1, config.concurrency) * (1 + len(config.base_urls))
    if config.backend == "vllm":
        return 1 << 30
    return batch


def make_backend(config: ModelConfig) -> Backend:
    backends: dict[str, Callable[[ModelConfig], Backend]] = {
        "hf": HFBackend,
        "openai": OpenAIBackend,
        "vllm": VLLMBackend,
    }
    return backends[config.backend](config)


class CachedBackend:
    """Answers from a JSONL file of earlier answers; asks the real backend (made on first need) for the rest.

    Answers are appended batch by batch, so a run stopped half-way keeps what it had generated.
    """

    def __init__(
        self,
        config: ModelConfig,
        path: Path,
        factory: Callable[[ModelConfig], Backend] = make_backend,
        spread: RayConfig | None = None,  # answer on Ray actors (executor "ray")
    ):
        self.config = config
        self.name = config.name
        self.path = path
        self.factory = factory
        self.backend: Backend | None = None
        self.spread = spread
        self.generated = 0  # prompts the model was asked this run
        # skipped: cache lines that could not be read (a torn last line, a damaged one), so asked again
        self.answers, self.skipped = load_answers(path)

    def _answer(self, chunks: list[list[str]], sampling: Sampling) -> Iterator[list[list[str]]]:
        """Each chunk's answers, in order: from the model in this process, or from Ray actors holding it."""
        if self.spread is not None and len(chunks) > 0:
            from pipeline.executors import RayGenerators

            # The actors hold their CPUs (or GPUs) while they live, and the stage's own Ray tasks need those
            # CPUs between generation rounds: so they live for one call only.
            actors = RayGenerators(self.factory, self.config, self.spread)
            try:
                yield from actors.map(chunks, sampling)
            finally:
                actors.close()
            return
        for chunk in chunks:
            if self.backend is None:
                self.backend = self.factory(self.config)
            yield self.backend.generate(chunk, sampling)

    def key(self, prompt: str, sampling: Sampling) -> str:
        model = model_identity(self.config)
        return content_hash(
            model,
            prompt,
            sampling.n,
            sampling.temperature,
            sampling.top_p,
            sampling.max_new_tokens,
            list(sampling.stop),
        )

    def generate(
        self, prompts: Sequence[str], sampling: Sampling, progress: Callable[[int], None] | None = None
    ) -> list[list[str]]:
        keys = [self.key(p, sampling) for p in prompts]
        first: dict[str, int] = {}  # a prompt given twice is asked once
        for i, k in enumerate(keys):
            first.setdefault(k, i)
        todo = [i for k, i in first.items() if k not in self.answers]
        if progress:
            progress(len(prompts) - len(todo))
        step = prompts_per_call(self.config)
        chunks = [todo[start : start + step] for start in range(0, len(todo), step)]
        texts = [[prompts[i] for i in chunk] for chunk in chunks]
        for chunk, answers in zip(chunks, self._answer(texts, sampling), strict=True):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:  # whole lines only: see load_answers
                for i, completions in zip(chunk, answers, strict=True):
                    self.answers[keys[i]] = completions
                    line = json.dumps({"key": keys[i], "completions": completions}) + "\n"
                    crash_point(self.path, fh, line[: len(line) // 2])
                    fh.write(line)
            self.generated += len(chunk)
            if progress:
                progress(len(chunk))
        return [self.answers[k] for k in keys]


def load_answers(path: Path) -> tuple[dict[str, list[str]], int]:
    """The answers in a cache file: one JSON line each, appended as they come.

    A run killed while appending leaves its last line torn. That line is cut off the file (so the next
    append starts a line of its own instead of gluing onto it) and its prompt is asked again; any other line
    that cannot be read is skipped. Both are counted (the second value) and said on stderr, never fatal.
    """
    answers: dict[str, list[str]] = {}
    if not path.exists():
        return answers, 0
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    skipped = 0
    if end < len(data):  # the last line has no newline: torn by a kill, whatever it holds
        with path.open("r+b") as fh:
            fh.truncate(end)
        skipped += 1
    for line in data[:end].splitlines():
        try:
            entry = json.loads(line)
            key, completions = entry["key"], entry["completions"]
        except (ValueError, TypeError, KeyError):  # ValueError: not JSON, or not UTF-8
            if line.strip():
                skipped += 1
            continue
        if isinstance(key, str) and isinstance(completions, list):
            answers[key] = [str(c) for c in completions]
        else:
            skipped += 1
    if skipped:
        print(f"{path}: {skipped} unreadable line(s) skipped; their prompts are asked again", file=sys.stderr)
    return answers, skipped
