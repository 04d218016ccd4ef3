"""Whole benchmarks in: many suites compiled for one language or several, every one accounted for.

Each suite is read once (or its IR taken from the cache, testcompiler.ircache), then emitted for every
language; suites are independent, so ``jobs`` forked processes share them, the results kept in input order.

A suite that cannot be compiled is a reject with a code and a reason, never the end of the batch; a crash
inside the compiler is that suite's ``internal-error``. Inputs are ``.py`` files or benchmark records
(HumanEval, MBPP, MultiPL-E's Python records, in JSONL, gzipped or not).
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import multiprocessing
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from emitters import SOURCE, Compiled, Emitter, is_source
from ir import Suite
from testcompiler.frontend import FrontendError, read_suite
from testcompiler.ircache import IRCache, Rejection, key
from testcompiler.trace import TraceOptions, trace_suite

FORMATS = ("humaneval", "mbpp", "multipl-e")  # what compile --from reads


class BatchInputError(Exception):
    """An input file that cannot be read at all: one line, exit 2."""


@dataclass(frozen=True)
class Source:
    """One suite to compile: Python source and where it came from."""

    name: str  # the record name it gets (MultiPL-E's naming for benchmarks)
    origin: str  # file, or file:line for a record, for messages
    text: str
    entry: str | None = None
    doctests: bool = True
    docstring: str | None = None  # the task's wording, where the source has no docstring (MBPP)
    unreadable: tuple[str, str] | None = None  # code and reason: no text to read (not UTF-8, a bad record)
    reference: str | None = None  # trace mode: Python source defining the function (default: the text's own)


@dataclass(frozen=True)
class Reject:
    name: str
    origin: str
    code: str
    reason: str

    def record(self) -> dict[str, str]:
        return {"name": self.name, "origin": self.origin, "code": self.code, "reason": self.reason}


@dataclass
class Batch:
    compiled: list[Compiled] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)  # where each compiled suite came from
    rejects: list[Reject] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)  # a reason per skipped code
    traced_assertions: int = 0  # trace mode: assertions compiled by running the tests in Python
    traced_checks: int = 0  # and the checks they became (one per execution: a loop gives many)

    @property
    def suites(self) -> int:
        return len(self.compiled) + len(self.rejects)

    @property
    def kept(self) -> int:
        return sum(len(c.checks) for c in self.compiled)


def compile_batch(
    sources: Iterator[Source] | list[Source],
    emitter: Emitter,
    adjust: Callable[[Suite], Suite] = lambda suite: suite,
    trace: TraceOptions | None = None,
) -> Batch:
    """Compile every source; what fails becomes a reject and the rest go on. With ``trace``, assertions
    the static rules skip are traced (testcompiler.trace) with the source's reference."""
    return compile_many(sources, [emitter], adjust, trace).batches[emitter.name]


@dataclass
class Many:
    """One batch per language, from one reading of each suite."""

    batches: dict[str, Batch]
    cache_hits: int = 0  # suites whose IR came from the cache (testcompiler.ircache)
    cache_misses: int = 0


@dataclass(frozen=True)
class _Job:
    """What every suite of a run is compiled with: set before the worker processes fork, so that nothing of
    it (a closure, the emitters) has to be pickled."""

    emitters: tuple[Emitter, ...]
    adjust: Callable[[Suite], Suite]
    trace: TraceOptions | None
    cache: IRCache | None


_job: _Job | None = None
_Outcome = Compiled | Reject


def compile_many(
    sources: Iterator[Source] | list[Source],
    emitters: list[Emitter],
    adjust: Callable[[Suite], Suite] = lambda suite: suite,
    trace: TraceOptions | None = None,
    *,
    jobs: int = 1,
    cache: IRCache | None = None,
) -> Many:
    """Read each source once (or take its IR from ``cache``) and compile it for every one of ``emitters``;
    each language gets the batch ``compile_batch`` would give it alone. With ``jobs`` over 1, suites are
    compiled in that many forked processes, the results kept in input order."""
    global _job
    many = Many({e.name: Batch() for e in emitters})
    job = _Job(tuple(emitters), adjust, trace, cache)
    items = list(sources)
    workers = min(jobs, len(items))
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        _job = job
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                chunk = max(1, min(32, len(items) // (workers * 8)))
                results = list(pool.imap(_in_worker, items, chunk))
        finally:
            _job = None
        results = [
            (hit, [_attach(o, e) for o, e in zip(outs, emitters, strict=True)]) for hit, outs in results
        ]
    else:
        results = [_compile_one(source, job) for source in items]
    for source, (hit, outcomes) in zip(items, results, strict=True):
        if hit is not None:
            many.cache_hits += hit
            many.cache_misses += not hit
            if workers > 1 and cache is not None:  # the workers counted in their copies of the cache
                cache.hits += hit
                cache.misses += not hit
        for emitter, outcome in zip(emitters, outcomes, strict=True):
            _account(many.batches[emitter.name], outcome, source, emitter)
    return many


def _in_worker(source: Source) -> tuple[bool | None, list[_Outcome]]:
    """A suite compiled in a worker process; each language's result travels back without its emitter
    (the parent has its own)."""
    assert _job is not None
    hit, outcomes = _compile_one(source, _job)
    bare = [dataclasses.replace(o, emitter=None) if isinstance(o, Compiled) else o for o in outcomes]  # type: ignore[arg-type]
    return hit, bare


def _attach(outcome: _Outcome, emitter: Emitter) -> _Outcome:
    return dataclasses.replace(outcome, emitter=emitter) if isinstance(outcome, Compiled) else outcome


def _compile_one(source: Source, job: _Job) -> tuple[bool | None, list[_Outcome]]:
    """The suite read once and compiled for every language; and whether its IR came from the cache (None:
    no cache, or nothing to read)."""
    if source.unreadable:
        return None, [Reject(source.name, source.origin, *source.unreadable)] * len(job.emitters)
    read, hit = _read(source, job)
    if isinstance(read, Reject):
        return hit, [read] * len(job.emitters)
    suite = job.adjust(read)
    return hit, [_emit(source, suite, emitter) for emitter in job.emitters]


def _read(source: Source, job: _Job) -> tuple[Suite | Reject, bool | None]:
    """The suite's IR (before the command line's adjustments), from the cache where it has it."""
    name = None
    if job.cache is not None and job.trace is None:  # a trace also depends on the sandbox and its Python
        name = ircache_key(source)
        found = job.cache.get(name)
        if found is not None:
            return _with_docstring(source, found), True
    try:
        if job.trace is not None:
            value: Suite | Rejection = trace_suite(
                source.text, source.origin, source.entry, reference=source.reference,
                doctests=source.doctests, name=source.name, options=job.trace,
            )  # fmt: skip
        else:
            value = read_suite(source.text, source.origin, source.entry, doctests=source.doctests,
                               name=source.name)  # fmt: skip
    except FrontendError as exc:
        value = Rejection(exc.code, exc.message, exc.line, exc.col)
    except Exception as exc:  # a bug of ours: this suite's reject, never the batch's end (and never cached)
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        return Reject(source.name, source.origin, "internal-error", reason), None if name is None else False
    if job.cache is not None and name is not None:
        job.cache.put(name, value)
    return _with_docstring(source, value), None if name is None else False


def ircache_key(source: Source) -> str:
    """What a suite's IR is made from, as the cache's key."""
    parts: dict[str, object] = {
        "text": source.text,
        "origin": source.origin,
        "name": source.name,
        "entry": source.entry,
        "doctests": source.doctests,
    }
    return key(parts)


def _with_docstring(source: Source, value: Suite | Rejection) -> Suite | Reject:
    if isinstance(value, Rejection):
        where = f":{value.line}:{value.col}" if value.line else ""
        return Reject(source.name, source.origin + where, value.code, value.message)
    if source.docstring and not value.signature.docstring:
        signature = dataclasses.replace(value.signature, docstring=source.docstring)
        value = dataclasses.replace(value, signature=signature)
    return value


def _emit(source: Source, suite: Suite, emitter: Emitter) -> _Outcome:
    try:
        compiled = emitter.compile(suite)
    except FrontendError as exc:
        where = f":{exc.line}:{exc.col}" if exc.line else ""
        return Reject(source.name, source.origin + where, exc.code, exc.message)
    except Exception as exc:  # a bug of ours: this suite's reject, never the batch's end
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        return Reject(source.name, source.origin, "internal-error", reason)
    return compiled


def _account(batch: Batch, outcome: _Outcome, source: Source, emitter: Emitter) -> None:
    """The outcome counted in its language's batch; what kept no check is rejected (its skips still count)."""
    if isinstance(outcome, Reject):
        batch.rejects.append(outcome)
        return
    for d in outcome.skipped:
        batch.skipped[d.code] += 1
        batch.examples.setdefault(d.code, d.message)
    if not outcome.checks:
        reason = f"no check could be compiled for {emitter.display}"
        if outcome.skipped:
            first = outcome.skipped[0]
            reason += f" ({len(outcome.skipped)} skipped, the first: {first.message} [{first.code}])"
        batch.rejects.append(Reject(source.name, source.origin, "no-checks", reason))
        return
    batch.compiled.append(outcome)
    batch.origins.append(source.origin)
    traced = [c for c in outcome.checks if c.origin == "traced"]
    batch.traced_assertions += len({c.span for c in traced})
    batch.traced_checks += len(traced)


def print_summary(batch: Batch, emitter: Emitter, console: Console | None = None) -> None:
    """What went in, what came out, and why the rest did not (rich tables)."""
    console = console or Console(file=sys.stderr)
    skipped = sum(batch.skipped.values())
    if batch.traced_assertions:  # a traced assertion is a check per execution: count assertions
        kept = batch.kept - batch.traced_checks + batch.traced_assertions
        share = f" ({kept / (kept + skipped):.1%})" if kept + skipped else ""
        console.print(
            f"{emitter.display}: {batch.suites} suites in, {len(batch.compiled)} compiled, "
            f"{len(batch.rejects)} rejected; {kept} assertions kept{share}, {skipped} skipped; "
            f"{batch.kept} checks, of which {batch.traced_checks} traced from {batch.traced_assertions} "
            "assertions (one check per execution with the Python reference)"
        )
    else:
        share = f" ({batch.kept / (batch.kept + skipped):.1%})" if batch.kept + skipped else ""
        console.print(
            f"{emitter.display}: {batch.suites} suites in, {len(batch.compiled)} compiled, "
            f"{len(batch.rejects)} rejected; {batch.kept} checks kept{share}, {skipped} skipped"
        )
    if batch.rejects:
        table = Table("rejected", "code", "for example")
        by_code = Counter(r.code for r in batch.rejects)
        first: dict[str, str] = {}
        for r in batch.rejects:
            first.setdefault(r.code, f"{r.origin}: {r.reason}")
        for code, n in by_code.most_common():
            table.add_row(str(n), code, first[code])
        console.print(table)
    if batch.skipped:
        table = Table("skipped checks", "code", "for example")
        for code, n in batch.skipped.most_common():
            table.add_row(str(n), code, batch.examples[code])
        console.print(table)


def write_rejects(batch: Batch, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r.record()) + "\n" for r in batch.rejects), encoding="utf-8")


# --- inputs ----------------------------------------------------------------------------------------------


def from_files(
    paths: list[str], entry: str | None, doctests: bool, reference: str | None = None
) -> Iterator[Source]:
    for path in paths:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            yield Source(
                Path(path).stem, path, "", unreadable=("unreadable", f"cannot read: {exc.strerror or exc}")
            )
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            yield Source(
                Path(path).stem, path, "", entry, doctests, unreadable=("unreadable", "not UTF-8 text")
            )
            continue
        yield Source(Path(path).stem, path, text, entry, doctests, reference=reference)


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise BatchInputError(f"{path}:{number}: not JSON ({exc.msg})") from None
                if not isinstance(record, dict):
                    raise BatchInputError(f"{path}:{number}: not a JSON object")
                yield number, record
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise BatchInputError(f"{path}: not a readable JSONL file ({exc})") from None


class _BadRecord(Exception):
    pass


def _fields(record: dict[str, Any], names: tuple[str, ...]) -> None:
    missing = [n for n in names if n not in record]
    if missing:
        raise _BadRecord(f"missing field(s) {', '.join(missing)}")
    wrong = [n for n in names if n not in ("task_id", "test_list") and not isinstance(record[n], str)]
    if wrong:
        raise _BadRecord(f"not text: {', '.join(wrong)}")


def _identifier(text: str) -> str:
    return re.sub(r"\W+", "_", text).strip("_")


def from_benchmark(kind: str, path: Path) -> Iterator[Source]:
    """HumanEval (``task_id, prompt, test, entry_point``), MBPP (``task_id, text, code, test_list``, with
    ``test_setup_code``) or MultiPL-E's Python records (``name, prompt, tests``), named as MultiPL-E names
    them (``HumanEval_0_has_close_elements``, ``mbpp_2_similar_elements``). A record without what its
    format needs is a reject (``bad-record``), the rest go on."""
    read = dict(zip(FORMATS, (_humaneval, _mbpp, _multipl_e), strict=True))[kind]
    for number, record in _records(path):
        where = f"{path}:{number}"
        try:
            yield read(record, where)
        except _BadRecord as exc:
            name = str(record.get("name") or record.get("task_id") or f"record_{number}")
            yield Source(name, where, "", unreadable=("bad-record", str(exc)))


def _humaneval(record: dict[str, Any], where: str) -> Source:
    _fields(record, ("task_id", "prompt", "test", "entry_point"))
    task_id = str(record["task_id"])
    prefix, _, task = task_id.rpartition("/")
    name = f"{_identifier(prefix or 'HumanEval')}_{_identifier(task)}_{record['entry_point']}"
    text = record["prompt"] + "\n" + record["test"]
    solution = record.get("canonical_solution")
    reference = record["prompt"] + solution if isinstance(solution, str) else None
    return Source(name, where, text, record["entry_point"], doctests=False, reference=reference)


def _mbpp(record: dict[str, Any], where: str) -> Source:
    _fields(record, ("task_id", "text", "code", "test_list"))
    if not isinstance(record["test_list"], list) or not all(isinstance(t, str) for t in record["test_list"]):
        raise _BadRecord("test_list is not a list of strings")
    code = record["code"].replace("\r\n", "\n")
    setup = record.get("test_setup_code") or ""
    match = re.search(r"^def\s+(\w+)", code, re.M)
    entry = _mbpp_entry(record["test_list"]) or (match.group(1) if match else None)
    name = f"mbpp_{record['task_id']}_{entry or 'unknown'}"
    text = code + "\n\n" + str(setup) + "\n" + "\n".join(record["test_list"]) + "\n"
    return Source(name, where, text, entry, doctests=False, docstring=record["text"])


def _multipl_e(record: dict[str, Any], where: str) -> Source:
    _fields(record, ("name", "prompt", "tests"))
    if not is_source(str(record.get("language", SOURCE))):
        raise _BadRecord(f"a {record['language']} record: --from multipl-e reads the Python ones")
    text = record["prompt"].rstrip("\n") + "\n    pass\n\n" + record["tests"]
    return Source(_identifier(record["name"]), where, text, None, doctests=False)


def _mbpp_entry(tests: list[str]) -> str | None:
    """The function MBPP's asserts call first (the solution may define helpers before it)."""
    for test in tests:
        match = re.match(r"\s*assert\s+(?:not\s+)?\(?\s*(?:set\(|math\.isclose\()?\s*(\w+)\s*\(", test)
        if match and match.group(1) not in ("set", "sorted", "abs", "round", "math", "isclose"):
            return match.group(1)
    return None
