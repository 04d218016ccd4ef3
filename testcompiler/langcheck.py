"""``testcompiler langs --check KEY``: is a language's bundle (emitters/<key>/) fit to use?

It checks that the bundle provides everything a language must (methods, attributes, files, a readback
grammar); that its templates render every suite of the corpus; and, where the interpreter is installed,
that every stub harness passes the language's own parser or compiler, and that the reference solutions'
values (emitters/<key>/solutions/), as its prelude prints them, read back through its grammar equal to what
the suites expect.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from rich.console import Console
from rich.table import Table

from emitters import Compiled, Emitter
from testcompiler.api import expectations, observed_program, stub_program
from testcompiler.frontend import FrontendError, read_suite
from testcompiler.run.executor import InterpreterMissing, Status, interpreter, parses
from testcompiler.run.pool import default_jobs, run_many

# The checkout's test corpus, when this runs from one; the packaged sample suites always.
CHECKOUT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


PARSE = "stub harnesses pass the language's parser"
READ_BACK = "reference values read back as expected"


@dataclass
class Step:
    name: str
    passed: int = 0
    failures: list[str] = field(default_factory=list)
    not_run: str = ""  # why the step could not run (no interpreter)

    @property
    def ok(self) -> bool:
        return not self.failures


def corpus_folders(extra: list[Path]) -> list[Path]:
    """Folders holding a suite.py (and perhaps ref.<ext> solutions): the samples, the checkout's corpus,
    and any given."""
    roots = [Path(str(files("testcompiler").joinpath("samples")))]
    roots += [CHECKOUT_CORPUS] if CHECKOUT_CORPUS.is_dir() else []
    roots += extra
    return sorted({p.parent for root in roots for p in root.glob("*/suite.py")}, key=str)


def check_bundle(emitter: Emitter) -> Step:
    step = Step("bundle: methods, attributes, files, readback grammar")
    step.failures += [f"lacks {name}" for name in type(emitter).missing()]
    folder = emitter.bundle()
    needed = ["harness.j2", "prompt.j2", f"prelude.{emitter.file_ext}", "samples.py", "expectations.py"]
    if emitter.runtime.worker is not None:
        needed.append(emitter.runtime.worker.script)
    step.failures += [f"no {name} in {folder}" for name in needed if not (folder / name).is_file()]
    if not files("grammars").joinpath(emitter.value_grammar).is_file():
        step.failures.append(f"no grammars/{emitter.value_grammar}")
    step.passed = 1 if step.ok else 0
    return step


def render_corpus(emitter: Emitter, folders: list[Path]) -> tuple[Step, list[tuple[Path, Compiled]]]:
    step = Step("templates render every corpus suite")
    compiled = []
    for folder in folders:
        path = folder / "suite.py"
        try:
            c = emitter.compile(read_suite(path.read_text(encoding="utf-8"), str(path)))
        except FrontendError:
            continue  # not a suite this compiler reads: the frontend's business, not the bundle's
        except Exception as exc:  # the bundle's templates or methods failed on a suite
            step.failures.append(f"{path}: {type(exc).__name__}: {exc}")
            continue
        step.passed += 1
        if c.checks:
            compiled.append((folder, c))
    return step, compiled


def parse_stubs(emitter: Emitter, compiled: list[tuple[Path, Compiled]], timeout: float) -> Step:
    step = Step(PARSE)

    def one(item: tuple[Path, Compiled]) -> tuple[Path, bool, str]:
        folder, c = item
        ok, complaint = parses(stub_program(c), emitter, timeout)
        return folder, ok, complaint

    with ThreadPoolExecutor(max_workers=default_jobs()) as pool:
        for folder, ok, complaint in pool.map(one, compiled):
            if ok:
                step.passed += 1
            else:
                step.failures.append(f"{folder.name}: {complaint.strip()[-300:]}")
    return step


def read_back(emitter: Emitter, compiled: list[tuple[Path, Compiled]], timeout: float) -> Step:
    step = Step(READ_BACK)
    jobs, names = [], []
    for folder, c in compiled:
        reference = folder / f"ref.{emitter.file_ext}"  # a corpus of the user's, else the bundle's
        if not reference.is_file():
            reference = emitter.solution(folder.name)
        if reference.is_file():
            solution = reference.read_text(encoding="utf-8")
            jobs.append((emitter, observed_program(c, solution), expectations(c)))
            names.append(folder.name)
    for name, outcome in zip(names, run_many(jobs, timeout), strict=True):
        if outcome.status is Status.OK:
            step.passed += 1
        else:
            wrong = [
                f"check {r.index}: {r.status} {r.detail[:120]}" for r in outcome.checks if r.status != "pass"
            ]
            step.failures.append(f"{name}: {outcome.status.value}; " + "; ".join(wrong[:3]))
    return step


def check_language(emitter: Emitter, extra: list[Path], timeout: float = 30.0) -> list[Step]:
    steps = [check_bundle(emitter)]
    render, compiled = render_corpus(emitter, corpus_folders(extra))
    steps.append(render)
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        steps += [Step(name, not_run=str(exc)) for name in (PARSE, READ_BACK)]
        return steps
    steps.append(parse_stubs(emitter, compiled, timeout))
    steps.append(read_back(emitter, compiled, timeout))
    return steps


def report(emitter: Emitter, steps: list[Step], console: Console) -> bool:
    table = Table(title=f"{emitter.display} ({emitter.name}): emitters/{emitter.name}/")
    table.add_column("check")
    table.add_column("passed", justify="right")
    table.add_column("result")
    for step in steps:
        result = (
            f"[yellow]not run: {step.not_run}[/yellow]"
            if step.not_run
            else ("[green]ok[/green]" if step.ok else f"[red]{len(step.failures)} failed[/red]")
        )
        table.add_row(step.name, str(step.passed), result)
    console.print(table)
    for step in steps:
        for failure in step.failures:
            console.print(f"[red]{step.name}[/red]: {failure}", markup=True, highlight=False)
    return all(step.ok for step in steps)
