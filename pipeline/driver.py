"""The driver: every stage in order, each one's output persisted under the workdir, finished work skipped.

A stage's output is reused when its key matches: a hash of the stage's input, its settings (and the model's,
for the LLM stages) and the pipeline's version. The LLM answers are cached too, prompt by prompt, so a run
stopped in the middle of generation resumes where it was. ``funnel.json`` counts, per stage and language,
what entered, what left and why the rest was dropped.

Crash safety: a run may be killed (SIGKILL) at any point and run again. Every file here is written whole into
a temporary file and renamed into place (``write_jsonl``, ``write_json``), or, for the answer cache,
appended line by line with a torn last line cut off on reading. A stage's ``meta.json`` is removed before
the stage writes anything and written last, so it exists only beside the complete output of its key.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline.collect import collect
from pipeline.config import Config
from pipeline.dedup import dedup
from pipeline.executors import Executor, make_executor
from pipeline.export import export
from pipeline.filters import filter_functions
from pipeline.gentests import gentests
from pipeline.llm import Backend, CachedBackend, make_backend, model_identity
from pipeline.models import DEFAULT_MODEL, resolve_model
from pipeline.records import Record, StageResult, content_hash, read_jsonl, write_json, write_jsonl
from pipeline.translate import translate
from pipeline.typeinfer import typeinfer
from pipeline.verify import verify

VERSION = 1  # bump when a stage's behaviour changes, so old outputs are not reused
STAGES = ("collect", "filter", "gentests", "typeinfer", "translate", "verify", "dedup", "export")
UNITS = {"collect": "functions", "filter": "functions", "gentests": "functions", "typeinfer": "functions",
         "translate": "functions -> candidates", "verify": "candidates", "dedup": "candidates",
         "export": "items"}  # fmt: skip


def files_key(paths: tuple[str, ...]) -> str:
    """The content of every file behind ``paths``, by name relative to its path: moving a corpus (or the
    workdir beside it) keeps the key."""
    parts = []
    for p in map(Path, paths):
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            name = str(f.relative_to(p)) if p.is_dir() else f.name
            parts.append((name, hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None))
    return content_hash(parts)


@dataclass
class StageRun:
    name: str
    records: list[Record]
    funnel: dict[str, Any]
    notes: dict[str, Any]
    seconds: float
    reused: bool


class Pipeline:
    def __init__(
        self,
        config: Config,
        workdir: Path,
        backend_factory: Callable[[Any], Backend] = make_backend,
        console: Console | None = None,
    ) -> None:
        self.config = config
        self.workdir = workdir
        self.console = console or Console(stderr=True)
        spread = config.ray if config.executor == "ray" else None
        self.llm = CachedBackend(config.model, workdir / "cache" / "llm.jsonl", backend_factory, spread)
        self.runs: list[StageRun] = []
        self._executor: Executor | None = None

    @property
    def executor(self) -> Executor:
        """Made on first need: a run that reuses every stage never starts Ray."""
        if self._executor is None:
            self._executor = make_executor(self.config.executor, self.config.ray)
        return self._executor

    def _finished(self, name: str, meta_path: Path, key: str) -> dict[str, Any] | None:
        """The stage's meta when its output for ``key`` is on disk; None when the stage must run. A meta
        that cannot be read (not one a run of ours left: they are written whole) is said and run again."""
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                raise ValueError("not a JSON object")
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            problem = escape(f"{name}: {meta_path} unreadable ({exc}), running it again")
            self.console.print(f"[yellow]{problem}[/yellow]", soft_wrap=True)
            return None
        return meta if meta.get("key") == key else None

    def _stage(self, index: int, name: str, key: str, work: Callable[[], StageResult]) -> StageRun:
        folder = self.workdir / "stages" / f"{index}-{name}"
        meta_path = folder / "meta.json"
        meta = self._finished(name, meta_path, key)
        if meta is not None:
            try:
                records = list(read_jsonl(folder / "kept.jsonl"))
                run = StageRun(name, records, meta["funnel"], meta.get("notes", {}), meta["seconds"], True)
            except (OSError, ValueError, KeyError) as exc:
                problem = escape(f"{name}: its output is unreadable ({exc}), running it again")
                self.console.print(f"[yellow]{problem}[/yellow]", soft_wrap=True)
            else:
                self.console.print(f"[dim]{name}: done before, {len(records)} records reused[/dim]")
                self.runs.append(run)
                return run
        # From here until the new meta is written, the folder holds no finished output of any key: a meta
        # left from another key must not come to stand beside this key's files if the run dies half-way.
        meta_path.unlink(missing_ok=True)
        start = time.monotonic()
        result = work()
        seconds = round(time.monotonic() - start, 2)
        write_jsonl(folder / "kept.jsonl", result.kept)
        write_jsonl(folder / "dropped.jsonl", result.dropped)
        for table, rows in result.extras.items():
            write_jsonl(folder / f"{table}.jsonl", rows)
        funnel = result.funnel()
        meta = {"key": key, "funnel": funnel, "notes": result.notes, "seconds": seconds}
        write_json(meta_path, meta)  # written last: it marks the stage finished
        counts = ", ".join(f"{lang} {f['in']} -> {f['out']}" for lang, f in funnel.items()) or "nothing"
        self.console.print(f"{name}: {counts} ({seconds:.1f} s)")
        run = StageRun(name, result.kept, funnel, result.notes, seconds, False)
        self.runs.append(run)
        return run

    def run(self) -> dict[str, Any]:
        c = self.config
        if c.model.backend == "hf" and c.model.name != DEFAULT_MODEL:
            resolve_model(c.model.name)  # a model path that is not there: one line now, not hours later
        model = model_identity(c.model)  # what decides the answers, not where from
        key = content_hash(VERSION, "collect", c.source.column, files_key(c.source.paths))
        records = self._stage(
            1, "collect", key, lambda: collect(list(c.source.paths), c.source.column)
        ).records
        steps: list[tuple[str, tuple[Any, ...], Callable[[list[Record]], StageResult]]] = [
            (
                "filter",
                (c.section("filter"), files_key(c.filter.benchmarks)),
                lambda rs: filter_functions(rs, c.filter),
            ),
            (
                "gentests",
                (c.section("gentests"), model),
                lambda rs: gentests(rs, c.gentests, self.llm, self.executor),
            ),
            ("typeinfer", (c.gentests.timeout,), lambda rs: typeinfer(rs, c.gentests.timeout)),
            ("translate", (c.section("translate"), model), lambda rs: translate(rs, c.translate, self.llm)),
            ("verify", (c.section("verify"),), lambda rs: verify(rs, c.verify, self.executor)),
            ("dedup", (c.section("dedup"),), lambda rs: dedup(rs, c.dedup, self.executor)),
            ("export", (), lambda rs: export(rs, self.workdir / "export")),
        ]
        for index, (name, settings, work) in enumerate(steps, 2):
            key = content_hash(VERSION, name, settings, key)
            records = self._stage(index, name, key, partial(work, records)).records
        funnel = self.funnel()
        write_json(self.workdir / "funnel.json", funnel)
        self.export_key = key
        return funnel

    def _once(self, name: str, key: str, work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """A step that makes files, not records (a model, a report): skipped when its key is unchanged."""
        meta_path = self.workdir / name / "meta.json"
        meta = self._finished(name, meta_path, key)
        if meta is not None and isinstance(meta.get("result"), dict):
            self.console.print(f"[dim]{name}: done before, reused[/dim]")
            return dict(meta["result"])
        meta_path.unlink(missing_ok=True)
        result = work()
        write_json(meta_path, {"key": key, "result": result})
        return result

    def close_the_loop(self) -> dict[str, Any] | None:
        """After export: fine-tune on the dataset, then evaluate the base and the tuned model, as configured.
        Returns the comparison (also written to ``evaluation.json``), or None when nothing was asked."""
        c = self.config
        model_key = (c.model.backend, c.model.name, c.model.seed)
        tuned: dict[str, Any] | None = None
        if c.finetune.enabled:
            from pipeline.finetune import finetune

            if c.finetune.dataset:  # named in the config: its files decide, not where they lie
                dataset, data_key = Path(c.finetune.dataset), files_key((c.finetune.dataset,))
            else:
                dataset, data_key = self.workdir / "export", self.export_key
            recipe = {**c.section("finetune"), "dataset": None}
            key = content_hash(VERSION, "finetune", recipe, model_key, data_key)
            out = self.workdir / "finetune"
            tuned = self._once("finetune", key, lambda: finetune(dataset, c.model, c.finetune, out))
            first, last = tuned["first_loss"], tuned["last_loss"]
            self.console.print(f"finetune: {tuned['steps']} steps, loss {first:.4f} -> {last:.4f}")
        if not c.evaluate.enabled:
            return None
        from pipeline.evalmodel import evaluate_model

        languages = list(c.evaluate.languages) or (
            [c.finetune.language] if c.finetune.language else list(c.translate.languages)
        )
        settings = (c.section("evaluate"), languages)
        reports: dict[str, Any] = {}
        if c.evaluate.compare_base or tuned is None:
            key = content_hash(VERSION, "evaluate-base", settings, model_key)
            out = self.workdir / "evaluate" / "base"
            reports["base"] = self._once(
                "evaluate/base", key, lambda: evaluate_model(c.model, languages, c.evaluate, out)
            )
        if tuned is not None:
            local = dataclasses.replace(c.model, backend="hf", name=tuned["model"])
            key = content_hash(VERSION, "evaluate-tuned", settings, tuned)
            out = self.workdir / "evaluate" / "tuned"
            reports["tuned"] = self._once(
                "evaluate/tuned", key, lambda: evaluate_model(local, languages, c.evaluate, out)
            )
        write_json(self.workdir / "evaluation.json", reports)
        return reports

    def funnel(self) -> dict[str, Any]:
        return {
            "stages": [
                {
                    "stage": r.name,
                    "unit": UNITS[r.name],
                    "seconds": r.seconds,
                    "reused": r.reused,
                    "by_language": r.funnel,
                    **({"notes": r.notes} if r.notes else {}),
                }
                for r in self.runs
            ],
            "executor": {
                "name": self.config.executor,
                "tasks_this_run": self._executor.tasks if self._executor else 0,
            },
            "llm": {
                "model": self.config.model.name,
                "backend": self.config.model.backend,
                "prompts_generated_this_run": self.llm.generated,
            },
        }


def funnel_table(funnel: dict[str, Any]) -> Table:
    """Rows are stages; each language's cell is ``in -> out``; the reasons for drops are in funnel.json."""
    languages: list[str] = []
    for stage in funnel["stages"]:
        languages += [lang for lang in stage["by_language"] if lang not in languages]
    table = Table(title="funnel: in -> out (functions up to translate, candidates after)")
    table.add_column("stage")
    for lang in languages:
        table.add_column(lang, justify="right", no_wrap=True)
    table.add_column("dropped most for")
    for stage in funnel["stages"]:
        cells = []
        reasons: dict[str, int] = {}
        for lang in languages:
            f = stage["by_language"].get(lang)
            cells.append(f"{f['in']}->{f['out']}" if f else "")
            for reason, n in (f or {}).get("dropped", {}).items():
                reasons[reason] = reasons.get(reason, 0) + n
        top = ", ".join(f"{r} {n}" for r, n in sorted(reasons.items(), key=lambda x: -x[1])[:2])
        table.add_row(stage["stage"], *cells, top)
    return table


def method_lines(funnel: dict[str, Any]) -> list[str]:
    """gentests' yield per test method (``method = "types"`` or ``"both"``), to read beside the funnel."""
    lines = []
    for stage in funnel["stages"]:
        for method, y in stage.get("notes", {}).get("by_method", {}).items():
            lines.append(
                f"gentests ({method}): {y['functions_with_tests']} functions with tests, "
                f"{y['functions_kept']} kept at the coverage bar, {y['tests_kept']} tests, "
                f"mean coverage {y['mean_coverage']:.0%}, {y['seconds_per_function']:.2f} s per function"
            )
    return lines


def report_table(reports: dict[str, Any]) -> Table:
    """One row per model and language: pass@k, and the change against the first model (the base)."""
    table = Table(title="pass@k on the compiled benchmark")
    for column in ("model", "language", "problems", "pass@1", "pass@10", "change in pass@1"):
        left = column in ("model", "language")
        table.add_column(column, justify="left" if left else "right", no_wrap=column == "model")
    base = next(iter(reports.values()), None)
    for label, report in reports.items():
        for lang, scores in report["languages"].items():
            change = ""
            if base is not None and report is not base and lang in base["languages"]:
                change = f"{scores['pass@1'] - base['languages'][lang]['pass@1']:+.4f}"
            p10 = scores.get("pass@10")
            model = "/".join(Path(report["model"]).parts[-2:])  # a tuned model's folder: finetune/final
            name = f"{label} ({model})" if label != "model" else model
            p1 = f"{scores['pass@1']:.4f}"
            table.add_row(
                name, lang, str(scores["problems"]), p1, "" if p10 is None else f"{p10:.4f}", change
            )
    return table
