"""Evaluate completions in MultiPL-E's file formats, and compute pass@k.

Input: a directory of completion files (``*.json`` / ``*.json.gz`` with ``name, language, prompt, tests,
completions``) or one JSONL file of such records. Output: one ``<name>.results.json.gz`` per problem, in
MultiPL-E's schema (the record without ``completions``, plus ``results``: ``program, status, exit_code,
stdout, stderr``), each result with our per-check detail under ``checks``.

A record that ``compile --format jsonl`` wrote also carries ``observer`` and ``expectations``: each
completion then runs with the observing harness and is judged here, outside its program (README, the
executor). Any other record (MultiPL-E's own) runs ``prompt + completion + tests`` and is judged by its exit
code or its harness's result lines, which a hostile completion can fool: those programs are counted.

Every program of every problem goes into one pool of jobs. Results are cached by (program, interpreter
version), so a rerun, or the same completion twice, costs nothing; problems whose results file is complete
are skipped, so an interrupted run resumes.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from emitters import Emitter, UnknownLanguage, get_emitter
from ir import Check, Tolerance, from_data, to_json
from testcompiler.run.executor import Expect, Expectations, Outcome, Status, interpreter
from testcompiler.run.pool import run_many


class EvaluationError(Exception):
    """Input that leaves nothing to evaluate: reported as one line."""


class BadInput(Exception):
    """One file or record that cannot be evaluated: reported, counted, and the rest go on."""


@dataclass(frozen=True)
class Rejected:
    where: str  # the file, or file:line
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class Problem:
    record: dict[str, Any]
    results_path: Path
    expect: Expect = None  # what the programs are judged by

    @property
    def observed(self) -> bool:
        return isinstance(self.expect, Expectations)

    @property
    def programs(self) -> list[str]:
        r = self.record
        harness = r["observer"] if self.observed else r["tests"]
        return [r["prompt"] + completion + "\n" + harness for completion in r["completions"]]


def _problem(record: dict[str, Any], results_path: Path) -> Problem:
    """A checked record and how its programs are judged: by its expectations where it has an observing
    harness, else by its own harness's result lines (ours) or exit code (a foreign one)."""
    if record.get("observer") is None and record.get("expectations") is None:
        return Problem(record, results_path, checks_in(record))
    try:
        data = record["expectations"]
        checks, tolerance = from_data(data["checks"]), from_data(data["tolerance"])
        if not isinstance(record["observer"], str) or not all(isinstance(c, Check) for c in checks):
            raise TypeError("not an observing harness and its checks")
        if not isinstance(tolerance, Tolerance):
            raise TypeError("not a tolerance")
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise BadInput(f"unreadable observer or expectations ({exc})") from None
    return Problem(record, results_path, Expectations(checks, tolerance))


# What JSON parsing and decompression raise on a bad file: truncated gzip is EOFError, bad UTF-8 and bad
# JSON are ValueErrors, and a very deep document is a RecursionError.
_UNREADABLE = (OSError, EOFError, ValueError, RecursionError)


def _read_json(path: Path) -> Any:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    except _UNREADABLE as exc:
        raise BadInput(f"not a readable JSON file ({type(exc).__name__}: {exc})") from None


def _check_record(record: Any) -> dict[str, Any]:
    """The record if it can be evaluated: MultiPL-E's fields, each of the right kind, a known language."""
    if not isinstance(record, dict):
        raise BadInput(f"not a record but {type(record).__name__}")
    missing = {"name", "language", "prompt", "tests", "completions"} - set(record)
    if missing:
        raise BadInput(f"missing field(s) {', '.join(sorted(missing))}")
    for key in ("name", "language", "prompt", "tests"):
        if not isinstance(record[key], str):
            raise BadInput(f"{key} is {type(record[key]).__name__}, not a string")
    if not record["name"]:
        raise BadInput("empty name")
    completions = record["completions"]
    if not isinstance(completions, list) or not all(isinstance(c, str) for c in completions):
        raise BadInput("completions is not a list of strings")
    try:
        get_emitter(record["language"])
    except UnknownLanguage as exc:
        raise BadInput(str(exc)) from None
    return record


def results_stem(name: str) -> str:
    """A results file's name from a problem's: only letters, digits, ``_``, ``-`` and ``.`` (never a
    leading dot), so no name reaches outside the output directory."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name).lstrip(".")[:200] or "_"


def _records(path: Path) -> Iterator[tuple[str, Any]]:
    """(where, parsed record or the BadInput raised reading it) for each file or JSONL line."""
    if path.is_dir():
        for file in sorted(path.iterdir()):
            if re.search(r"\.json(\.gz)?$", file.name) and ".results." not in file.name:
                try:
                    yield str(file), _read_json(file)
                except BadInput as exc:
                    yield str(file), exc
        return
    try:
        lines = path.read_bytes().splitlines()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc.strerror or exc}") from None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield f"{path}:{number}", json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError) as exc:
            yield f"{path}:{number}", BadInput(f"not a JSON record ({type(exc).__name__})")


def load(path: Path, output: Path | None) -> tuple[list[Problem], list[Rejected]]:
    """Completion records from a directory of files or a JSONL file, and those that cannot be evaluated
    (each with its reason). Results go to ``output`` (default: beside the input), one file per problem,
    named by ``results_stem``: two records that would share a file are an error for the second."""
    if not path.exists():
        raise EvaluationError(f"{path}: no such file or directory")
    out = output or (path if path.is_dir() else path.parent)
    problems: list[Problem] = []
    rejected: list[Rejected] = []
    taken: dict[str, str] = {}
    for where, parsed in _records(path):
        try:
            if isinstance(parsed, BadInput):
                raise parsed
            record = _check_record(parsed)
            # A directory's files name their results; a JSONL file's records, by their names.
            name = (
                Path(where).name.removesuffix(".gz").removesuffix(".json")
                if path.is_dir()
                else record["name"]
            )
            stem = results_stem(name)
            if stem in taken:
                raise BadInput(f"its results would overwrite those of {taken[stem]} ({stem}.results.json.gz)")
            problems.append(_problem(record, out / f"{stem}.results.json.gz"))
            taken[stem] = where
        except BadInput as exc:
            rejected.append(Rejected(where, str(exc)))
    return problems, rejected


@cache
def interpreter_version(language: str) -> str:
    emitter = get_emitter(language)
    interp = interpreter(emitter)
    argv = [part.replace("{interpreter}", interp) for part in emitter.runtime.version]
    ran = subprocess.run(argv, capture_output=True, text=True, check=False)
    return f"{interp} {(ran.stdout + ran.stderr).strip()}"


class Cache:
    """Results by (program, interpreter version), one small JSON file each."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        if directory:
            directory.mkdir(parents=True, exist_ok=True)

    def _path(self, language: str, program: str, expect: Expect) -> Path | None:
        """Keyed by what decides the verdict: the interpreter, the program and what it is judged by."""
        if not self.directory:
            return None
        judged_by = to_json(expect) if isinstance(expect, Expectations) else repr(expect)
        text = "\0".join((interpreter_version(language), program, judged_by))
        return self.directory / f"{hashlib.sha256(text.encode()).hexdigest()}.json"

    def get(self, language: str, program: str, expect: Expect) -> dict[str, Any] | None:
        path = self._path(language, program, expect)
        if path and path.exists():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                return None
        return None

    def put(self, language: str, program: str, expect: Expect, result: dict[str, Any]) -> None:
        path = self._path(language, program, expect)
        if path:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(result), encoding="utf-8")
            tmp.replace(path)


def result_record(program: str, outcome: Outcome) -> dict[str, Any]:
    return {
        "program": program,
        "status": outcome.status.value,
        "exit_code": outcome.exit_code if outcome.exit_code is not None else -1,
        "stdout": outcome.stdout[:2048],
        "stderr": outcome.stderr[:2048],
        "checks": [
            {"index": c.index, "status": c.status, "detail": c.detail, "actual": c.actual}
            for c in outcome.checks
        ],
    }


def checks_in(record: dict[str, Any]) -> int | None:
    """How many checks the record's harness runs: our records say so (``checks``, from ``Compiled``); None
    for a harness we did not write, judged by its exit code."""
    checks = record.get("checks")
    return checks if isinstance(checks, int) and not isinstance(checks, bool) and checks >= 0 else None


def evaluate(
    problems: list[Problem], cache_dir: Path | None, timeout: float, jobs: int, warm: bool = True
) -> dict[str, int]:
    """Run every program not yet evaluated or cached; write each problem's results file. Returns counts."""
    cache_ = Cache(cache_dir)
    counts = dict.fromkeys(("skipped_complete", "programs", "cached", "run", "self_checked"), 0)
    counts["problems"] = len(problems)
    pending: list[Problem] = []
    for problem in problems:
        if _complete(problem):
            counts["skipped_complete"] += 1
        else:
            pending.append(problem)
    results: dict[tuple[int, int], dict[str, Any]] = {}
    to_run: list[tuple[int, int, Emitter, str, Expect]] = []
    for p_index, problem in enumerate(pending):
        emitter = get_emitter(problem.record["language"])
        for c_index, program in enumerate(problem.programs):
            counts["programs"] += 1
            counts["self_checked"] += not problem.observed
            cached = cache_.get(emitter.name, program, problem.expect)
            if cached is not None:
                counts["cached"] += 1
                results[(p_index, c_index)] = cached
            else:
                to_run.append((p_index, c_index, emitter, program, problem.expect))
    outcomes = run_many([(emitter, program, e) for _, _, emitter, program, e in to_run], timeout, jobs, warm)
    for (p_index, c_index, emitter, program, expect), outcome in zip(to_run, outcomes, strict=True):
        record = result_record(program, outcome)
        if outcome.status is not Status.TIMEOUT:  # a timeout may be the machine's fault: try again next time
            cache_.put(emitter.name, program, expect, record)
        results[(p_index, c_index)] = record
        counts["run"] += 1
    for p_index, problem in enumerate(pending):
        out = {k: v for k, v in problem.record.items() if k != "completions"}
        out["results"] = [results[(p_index, c)] for c in range(len(problem.record["completions"]))]
        write_json_gz(problem.results_path, out)
    return counts


def _complete(problem: Problem) -> bool:
    if not problem.results_path.exists():
        return False
    try:
        with gzip.open(problem.results_path, "rt", encoding="utf-8") as fh:
            done = json.load(fh)
    except _UNREADABLE:  # a corrupt results file is evaluated again and replaced
        return False
    results = done.get("results") if isinstance(done, dict) else None
    return isinstance(results, list) and len(results) == len(problem.record["completions"])


def write_json_gz(path: Path, data: dict[str, Any]) -> None:
    """A MultiPL-E file: gzipped JSON, written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    tmp.replace(path)


# --- pass@k ---------------------------------------------------------------------------------------------


def estimator(n: int, c: int, k: int) -> float:
    """The unbiased pass@k estimator: 1 - C(n - c, k) / C(n, k), as a numerically stable product."""
    if n - c < k:
        return 1.0
    product = 1.0
    for i in range(n - c + 1, n + 1):
        product *= 1.0 - k / i
    return 1.0 - product


def results_files(directory: Path) -> Iterator[Path]:
    yield from sorted(directory.glob("*.results.json"))
    yield from sorted(directory.glob("*.results.json.gz"))


def pass_at_k(directory: Path, ks: tuple[int, ...] = (1, 10, 100)) -> dict[str, Any]:
    """Mean pass@k over the problems of a results directory; a completion passes when OK with exit code 0.
    pass@k is None (not estimable) where a problem has fewer than k completions, as MultiPL-E reports it."""
    if not directory.is_dir():
        raise EvaluationError(f"{directory}: not a directory")
    per_problem = []
    rejected: list[str] = []
    for path in results_files(directory):
        try:
            results = _read_json(path).get("results", [])
            if not isinstance(results, list) or not all(
                isinstance(r, dict)
                and isinstance(r.get("status"), str)
                and isinstance(r.get("exit_code"), int)
                for r in results
            ):
                raise BadInput("results is not a list of {status, exit_code, ...} entries")
        except (BadInput, AttributeError) as exc:
            rejected.append(f"{path}: {exc if isinstance(exc, BadInput) else 'not a results record'}")
            continue
        n = len(results)
        if n == 0:
            continue
        c = sum(1 for r in results if r["status"] == "OK" and r["exit_code"] == 0)
        per_problem.append((n, c))
    if not per_problem:
        raise EvaluationError(
            f"{directory}: no readable *.results.json(.gz) files"
            + (f" ({len(rejected)} unreadable: {rejected[0]})" if rejected else "")
        )
    out: dict[str, Any] = {
        "rejected": rejected,
        "problems": len(per_problem),
        "min_completions": min(n for n, _ in per_problem),
        "max_completions": max(n for n, _ in per_problem),
    }
    for k in ks:  # only where every problem has k completions: with fewer, the estimator says 1.0
        mean = sum(estimator(n, c, k) for n, c in per_problem) / len(per_problem)
        out[f"pass@{k}"] = mean if out["min_completions"] >= k else None
    return out
