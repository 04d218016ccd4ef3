"""``testcompiler demo``: compile the bundled sample suites into every language and run the references."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from rich.console import Console
from rich.table import Table

from emitters import get_emitter
from testcompiler.api import compile_source, run_solution
from testcompiler.run.executor import InterpreterMissing, Status, interpreter


def samples() -> list[Path]:
    root = Path(str(files("testcompiler").joinpath("samples")))
    return sorted(p for p in root.iterdir() if (p / "suite.py").exists())


def run_demo(languages: list[str]) -> int:
    console = Console()
    table = Table("sample", "language", "checks", "skipped", "verdict", "seconds")
    ok = True
    missing: dict[str, str] = {}
    for sample in samples():
        source = (sample / "suite.py").read_text(encoding="utf-8")
        for language in languages:
            emitter = get_emitter(language)
            try:
                interpreter(emitter)
            except InterpreterMissing as exc:
                missing[emitter.display] = str(exc)
                table.add_row(sample.name, emitter.display, "-", "-", "[yellow]not run[/yellow]", "-")
                continue
            compiled = compile_source(source, emitter.name, str(sample / "suite.py"), name=sample.name)
            solution = emitter.solution(sample.name).read_text(encoding="utf-8")
            outcome = run_solution(compiled, solution)
            good = outcome.status is Status.OK
            ok &= good
            verdict = f"[green]{outcome.status}[/green]" if good else f"[red]{outcome.status}[/red]"
            table.add_row(
                sample.name,
                emitter.display,
                f"{outcome.passed}/{len(compiled.checks)}",
                str(len(compiled.skipped)),
                verdict,
                f"{outcome.seconds:.2f}",
            )
    console.print(table)
    for reason in missing.values():
        console.print(f"[yellow]not run: {reason}[/yellow]")
    console.print(
        "Each sample's Python tests were compiled to every language and run against a reference solution."
    )
    return 0 if ok else 1
