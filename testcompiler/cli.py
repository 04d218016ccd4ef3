"""The ``testcompiler`` command line. Bad input: one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import NoReturn

from rich.console import Console
from rich.table import Table

from emitters import Compiled, Emitter, UnknownLanguage, all_emitters, get_emitter, languages
from emitters import cache as machine_cache
from ir import Suite, Tolerance, to_json
from testcompiler.api import compile_suite, run_solution, run_stub
from testcompiler.batch import FORMATS, Batch, BatchInputError
from testcompiler.frontend import FrontendError, read_suite
from testcompiler.humaneval import DatasetMissing
from testcompiler.ircache import IRCache, open_cache
from testcompiler.run.evaluate import EvaluationError
from testcompiler.run.executor import InterpreterMissing, Outcome, Status, interpreter
from testcompiler.trace import TraceOptions, trace_suite

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Reported as one line and exit code 2."""


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text") from None


def _trace_options(args: argparse.Namespace) -> TraceOptions | None:
    if getattr(args, "trace", None) is None:
        if getattr(args, "reference", None):
            raise UsageError("--reference is for trace mode: add --trace")
        return None
    return TraceOptions(pin=args.trace == "pin", seed=args.seed)


def _reference(args: argparse.Namespace) -> str | None:
    return _read(args.reference) if getattr(args, "reference", None) else None


def _suite(path: str, args: argparse.Namespace) -> Suite:
    trace = _trace_options(args)
    try:
        if trace is not None:
            suite = trace_suite(_read(path), path, args.entry, reference=_reference(args),
                                doctests=not args.no_doctests, options=trace)  # fmt: skip
        else:
            suite = read_suite(_read(path), path, args.entry, doctests=not args.no_doctests)
    except FrontendError as exc:
        raise UsageError(exc.render(path)) from None
    return _adjust(args)(suite)


def _compile(path: str, language: str, args: argparse.Namespace) -> Compiled:
    compiled = compile_suite(_suite(path, args), language)
    for diagnostic in compiled.diagnostics:
        print(diagnostic.render(path), file=sys.stderr)
    if not compiled.checks:
        raise UsageError(f"{path}: no check could be compiled for {language}")
    return compiled


def _adjust(args: argparse.Namespace) -> Callable[[Suite], Suite]:
    """The command line's float tolerance, where it gives one."""

    def adjust(suite: Suite) -> Suite:
        if args.rel_tol is None and args.abs_tol is None:
            return suite
        tolerance = Tolerance(
            rel=suite.tolerance.rel if args.rel_tol is None else args.rel_tol,
            abs=suite.tolerance.abs if args.abs_tol is None else args.abs_tol,
        )
        return dataclasses.replace(suite, tolerance=tolerance)

    return adjust


def _languages(text: str) -> list[Emitter]:
    """``--lang``: one key or alias, several separated by commas, or ``all`` (every registered language)."""
    if text.strip() == "all":
        return all_emitters()
    chosen: dict[str, Emitter] = {}
    for word in text.split(","):
        if word.strip():
            emitter = get_emitter(word.strip())
            chosen.setdefault(emitter.name, emitter)
    if not chosen:
        raise UsageError(f"--lang {text!r}: no language named")
    return list(chosen.values())


def _jobs(args: argparse.Namespace) -> int:
    return int(args.jobs or os.cpu_count() or 1)


def _ir_cache(args: argparse.Namespace) -> IRCache | None:
    try:
        return open_cache(not args.no_cache)
    except ValueError as exc:  # a bound that is no number
        raise UsageError(f"error: {exc}") from None


def cmd_compile(args: argparse.Namespace) -> int:
    from testcompiler.batch import Source, compile_many, from_benchmark, from_files

    emitters = _languages(args.lang)
    if len(emitters) > 1 and args.format == "text" and not args.out:
        raise UsageError("several languages in text format need --out DIR (or use --format jsonl)")
    sources: Iterator[Source]
    if args.source_format:
        sources = (source for path in args.src for source in from_benchmark(args.source_format, Path(path)))
        if args.reference:
            raise UsageError("--reference is for .py files: benchmark records bring their own solutions")
    else:
        sources = from_files(args.src, args.entry, not args.no_doctests, _reference(args))
    many = compile_many(sources, emitters, _adjust(args), _trace_options(args),
                        jobs=_jobs(args), cache=_ir_cache(args))  # fmt: skip
    codes = [_write_batch(many.batches[e.name], e, args, len(emitters) > 1) for e in emitters]
    return max(codes, key=lambda code: (code == EXIT_BAD_INPUT, code))


def _write_batch(batch: Batch, emitter: Emitter, args: argparse.Namespace, several: bool) -> int:
    """One language's files, messages and summary, as a run for that language alone gives them; with
    several languages, text files go into a folder per language and the count line names the language."""
    from testcompiler.batch import print_summary, write_rejects

    for origin, c in zip(batch.origins, batch.compiled, strict=True):
        for diagnostic in c.diagnostics:
            print(diagnostic.render(origin), file=sys.stderr)
    for reject in batch.rejects:
        print(f"{reject.origin}: {reject.reason}", file=sys.stderr)
    out = Path(args.out) if args.out else None
    if out and batch.rejects:
        write_rejects(batch, out / f"{emitter.name}.rejects.jsonl")
    if not batch.compiled:
        if batch.suites > 1:
            print_summary(batch, emitter)
        return EXIT_BAD_INPUT
    if args.format == "jsonl":
        lines = "".join(json.dumps(c.to_record(), ensure_ascii=False) + "\n" for c in batch.compiled)
        if out:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{emitter.name}.jsonl").write_text(lines, encoding="utf-8")
        else:
            sys.stdout.write(lines)
    else:
        folder = out / emitter.name if out and several else out
        for c in batch.compiled:
            if folder:
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{c.name}.prompt.{emitter.file_ext}").write_text(c.prompt, encoding="utf-8")
                (folder / f"{c.name}.tests.{emitter.file_ext}").write_text(c.harness, encoding="utf-8")
            else:
                sys.stdout.write(c.prompt + c.harness)
    skipped = sum(batch.skipped.values())
    counts = f"{len(batch.compiled)} suite(s), {batch.kept} checks compiled, {skipped} skipped"
    print(f"{emitter.name}: {counts}" if several else counts, file=sys.stderr)
    if batch.suites > 1:
        print_summary(batch, emitter)
    if args.strict and (skipped or batch.rejects):
        print("error: --strict and some assertions or suites were skipped", file=sys.stderr)
        return 1
    return 0


def cmd_ir(args: argparse.Namespace) -> int:
    suite = _suite(args.src, args)
    print(to_json(suite, indent=2))
    return 0


def _chosen(only: str | None) -> list[Emitter]:
    """The languages ``only`` names (comma-separated keys or aliases), or all of them."""
    return [get_emitter(key.strip()) for key in only.split(",") if key.strip()] if only else all_emitters()


def install_plan(only: str | None) -> list[str]:
    """What scripts/setup.sh installs: one line per step, ``apt PACKAGE``, ``npm PACKAGE`` or ``unavailable
    KEY REASON``, for every language (or those ``only`` names, comma-separated). Every apt package is listed
    (setup.sh leaves out those dpkg has): a runtime found on the machine may still lack a package beside it
    (a preinstalled JDK without javatuples). npm packages and what cannot be installed, only for a runtime
    that is missing."""
    plan: list[str] = []
    for e in _chosen(only):
        install = e.runtime.install
        plan += [f"apt {package}" for package in (*install.speedups, *install.debian)]
        try:
            interpreter(e)
            continue
        except InterpreterMissing:
            pass
        if install.unavailable:
            plan.append(f"unavailable {e.name} {install.unavailable}")
        plan += [f"npm {package}" for package in install.npm]
    return plan


def cmd_langs(args: argparse.Namespace) -> int:
    if args.check:
        from testcompiler.langcheck import check_language, report

        emitter = get_emitter(args.check)
        steps = check_language(emitter, [Path(p) for p in args.corpus])
        return 0 if report(emitter, steps, Console()) else 1
    only = args.only if args.only is not None else os.environ.get("TESTCOMPILER_LANGS")
    if args.install_plan:
        for line in install_plan(only):
            print(line)
        return 0
    if args.prepare:
        for e in _chosen(only):
            try:
                interpreter(e)
            except InterpreterMissing:
                continue
            e.prepare()
        folder = machine_cache.directory()
        removed = machine_cache.prune(folder) if folder is not None else []
        if removed:
            megabytes = sum(size for _, size in removed) / 1e6
            names = ", ".join(name for name, _ in removed)
            days = machine_cache.UNUSED_DAYS
            print(f"machine cache: removed {len(removed)} entries unused for {days} days", end=" ")
            print(f"({megabytes:.1f} MB): {names}")
        return 0
    table = Table("key", "aliases", "language", "extension", "interpreter")
    for e in all_emitters():
        try:
            found = interpreter(e)
        except InterpreterMissing:
            found = "[red]not found[/red]"
        table.add_row(e.name, ", ".join(e.aliases), e.display, e.file_ext, found)
    Console().print(table)
    return 0


def _print_outcome(compiled: Compiled, outcome: Outcome, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    "status": outcome.status.value,
                    "exit_code": outcome.exit_code,
                    "checks": [
                        {
                            "index": r.index,
                            "line": c.span.line,
                            "status": r.status,
                            "detail": r.detail,
                            "text": c.text,
                        }
                        for r, c in zip(outcome.checks, compiled.checks, strict=True)
                    ],
                    "stderr": outcome.stderr[-2000:],
                },
                ensure_ascii=False,
            )
        )
        return
    for r, c in zip(outcome.checks, compiled.checks, strict=True):
        detail = f"  got {r.actual}" if r.actual is not None else (f"  {r.detail}" if r.detail else "")
        print(f"{r.status:7} line {c.span.line:<4} {c.text.splitlines()[0]}{detail}")
    print(f"{outcome.status.value}: {outcome.passed}/{len(compiled.checks)} checks passed")
    if outcome.status in (Status.SYNTAX_ERROR, Status.EXCEPTION) and outcome.stderr.strip():
        print(outcome.stderr.strip()[-2000:], file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    compiled = _compile(args.src, get_emitter(args.lang).name, args)
    if args.stub:
        outcome = run_stub(compiled, args.timeout)
    else:
        outcome = run_solution(compiled, _read(args.solution), args.timeout)
    _print_outcome(compiled, outcome, args.json)
    return 0 if outcome.status is Status.OK else 1


def cmd_humaneval(args: argparse.Namespace) -> int:
    from testcompiler.humaneval_cmd import compile_humaneval

    return compile_humaneval(_languages(args.lang), Path(args.output), args.limit, _trace_options(args),
                             jobs=_jobs(args), cache=_ir_cache(args))  # fmt: skip


def cmd_evaluate(args: argparse.Namespace) -> int:
    from testcompiler.run.evaluate import evaluate, load
    from testcompiler.run.pool import default_jobs

    problems, rejected = load(Path(args.path), Path(args.output) if args.output else None)
    for bad in rejected:
        print(bad, file=sys.stderr)
    if not problems:
        print(f"error: {args.path}: no problem to evaluate ({len(rejected)} rejected)", file=sys.stderr)
        return EXIT_BAD_INPUT
    cache_dir = None if args.no_cache else Path(args.cache)
    counts = evaluate(problems, cache_dir, args.timeout, args.jobs or default_jobs(), warm=not args.no_warm)
    print(
        f"{counts['problems']} problems ({counts['skipped_complete']} already complete): "
        f"{counts['programs']} programs, {counts['run']} run, {counts['cached']} from the cache"
    )
    if counts["self_checked"]:
        print(
            f"{counts['self_checked']} programs checked by their own harness, which a hostile completion can "
            "fool (records without observer and expectations: compile them with --format jsonl)"
        )
    if rejected:
        print(f"{len(rejected)} file(s) or record(s) rejected, each named above; the rest were evaluated")
        return 1
    return 0


def cmd_passk(args: argparse.Namespace) -> int:
    from testcompiler.run.evaluate import pass_at_k

    rows = {d: pass_at_k(Path(d)) for d in args.dirs}
    for row in rows.values():
        for bad in row.pop("rejected"):
            print(f"{bad} (left out)", file=sys.stderr)
    if args.json:
        print(json.dumps(rows))
        return 0
    table = Table("results", "problems", "completions", "pass@1", "pass@10", "pass@100")
    for d, row in rows.items():
        completions = f"{row['min_completions']}-{row['max_completions']}"
        scores = ("n/a" if v is None else f"{v:.4f}" for v in (row[f"pass@{k}"] for k in (1, 10, 100)))
        table.add_row(d, str(row["problems"]), completions, *scores)
    Console().print(table)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from testcompiler.demo import run_demo

    return run_demo(args.languages or languages())


def _seconds(text: str) -> float:
    """A time limit: a positive, finite number of seconds (nan would mean no limit at all)."""
    value = float(text)
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def _tolerance(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a tolerance (a finite number, 0 or more)")
    return value


LANG_HELP = "a language key or alias, several separated by commas (lua,rkt,ml), or all"
IR_CACHE_ENV = "TESTCOMPILER_IR_CACHE"

# Packages that add commands name a function ``register(subparsers)`` in this entry point group.
COMMANDS = "testcompiler.commands"


class OneLineParser(argparse.ArgumentParser):
    """Bad arguments are one line and exit 2, as every other bad input here (argparse would print its usage
    first); `--help` still shows the usage. Subcommands' parsers are of this class too."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def parser() -> argparse.ArgumentParser:
    p = OneLineParser(prog="testcompiler", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    def frontend_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--entry", help="the function under test (default: from check(NAME) or the asserts)")
        sp.add_argument("--no-doctests", action="store_true", help="ignore examples in the docstring")
        sp.add_argument("--rel-tol", type=_tolerance, help="relative float tolerance of == (default 1e-9)")
        sp.add_argument("--abs-tol", type=_tolerance, help="absolute float tolerance of == (default 1e-12)")
        trace_options(sp)
        sp.add_argument(
            "--reference",
            metavar="FILE",
            help="with --trace: Python source defining the function (default: the function in the file)",
        )

    def trace_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--trace",
            nargs="?",
            const="exact",
            choices=("exact", "pin"),
            help="compile the assertions no static rule can (loops, computed values, random inputs) by "
            "running the tests in Python against the reference, in the sandbox; --trace=pin also pins "
            "property-shaped assertions to the reference's result (stricter than the test)",
        )
        sp.add_argument(
            "--seed", type=int, default=0, help="with --trace: random.seed for the tests (default 0)"
        )

    def speed_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--jobs", type=_count, help="suites compiled at once (default: the number of CPUs)")
        sp.add_argument(
            "--no-cache",
            action="store_true",
            help=f"read every suite again, not its IR from the cache (also: {IR_CACHE_ENV}=off)",
        )

    c = sub.add_parser("compile", help="compile Python tests into a harness for another language")
    c.add_argument("src", nargs="+", help=".py files, or benchmark JSONL files with --from")
    c.add_argument("--from", dest="source_format", choices=FORMATS,
                   help="read each SRC as that benchmark's JSONL (gzipped or not)")  # fmt: skip
    c.add_argument("--lang", required=True, help=LANG_HELP)
    c.add_argument("--out", help="write files into this directory instead of stdout")
    c.add_argument("--format", choices=("text", "jsonl"), default="text")
    c.add_argument("--strict", action="store_true", help="exit 1 when any assertion or suite is skipped")
    speed_options(c)
    frontend_options(c)
    c.set_defaults(func=cmd_compile)

    i = sub.add_parser("ir", help="print the typed IR of a suite as JSON")
    i.add_argument("src")
    frontend_options(i)
    i.set_defaults(func=cmd_ir)

    g = sub.add_parser("langs", help="list target languages and their interpreters")
    g.add_argument(
        "--install-plan",
        action="store_true",
        help="print the packages that the missing runtimes need (what scripts/setup.sh installs)",
    )
    g.add_argument(
        "--prepare",
        action="store_true",
        help="build, once per machine, what makes the runtimes start faster (a JVM's class archive)",
    )
    g.add_argument(
        "--only",
        help="with --install-plan or --prepare: these languages (default: $TESTCOMPILER_LANGS or all)",
    )
    g.add_argument(
        "--check",
        metavar="KEY",
        help="validate a language's bundle: it renders the corpus, its stubs parse, its values read back",
    )
    g.add_argument(
        "--corpus", action="append", default=[], help="with --check: more folders of <problem>/suite.py"
    )
    g.set_defaults(func=cmd_langs)

    r = sub.add_parser("run", help="run a solution against the compiled harness in the real interpreter")
    r.add_argument("src")
    r.add_argument("--lang", required=True)
    how = r.add_mutually_exclusive_group(required=True)
    how.add_argument("--solution", help="a file holding the whole function in the target language")
    how.add_argument(
        "--stub", action="store_true", help="complete the prompt with a body that returns nothing"
    )
    r.add_argument("--json", action="store_true")
    r.add_argument("--timeout", type=_seconds, default=10.0)
    r.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)
    frontend_options(r)
    r.set_defaults(func=cmd_run)

    h = sub.add_parser("humaneval", help="compile the 164 HumanEval problems")
    h.add_argument("--lang", required=True, help=LANG_HELP)
    h.add_argument(
        "-o", "--output", required=True, help="JSONL file to write (several languages: STEM.<key>.jsonl)"
    )
    h.add_argument("--limit", type=_count, help="only the first N problems")
    speed_options(h)
    trace_options(h)
    h.set_defaults(func=cmd_humaneval)

    e = sub.add_parser("evaluate", help="run MultiPL-E completion files and write *.results.json.gz")
    e.add_argument("path", help="a directory of *.json(.gz) completion files, or a JSONL file of them")
    e.add_argument("-o", "--output", help="where results go (default: beside the input)")
    e.add_argument("--cache", default=str(Path.home() / ".cache" / "testcompiler" / "results"))
    e.add_argument("--no-cache", action="store_true")
    e.add_argument("--timeout", type=_seconds, default=10.0, help="seconds per program, beyond start-up")
    e.add_argument("--jobs", type=_count, help="programs at once (default: the number of CPUs)")
    e.add_argument("--no-warm", action="store_true", help="one process per program, no warm workers")
    e.set_defaults(func=cmd_evaluate)

    k = sub.add_parser("passk", help="pass@1/10/100 of results directories (MultiPL-E's estimator)")
    k.add_argument("dirs", nargs="+")
    k.add_argument("--json", action="store_true")
    k.set_defaults(func=cmd_passk)

    d = sub.add_parser("demo", help="compile and run the bundled sample suites in every language")
    d.add_argument("languages", nargs="*")
    d.set_defaults(func=cmd_demo)

    for command in entry_points(group=COMMANDS):  # the pipeline's, and any other package's
        command.load()(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    # `--trace` takes an optional mode only as `--trace=pin`: a bare `--trace` never swallows the next word
    words = [
        ("--trace=exact" if word == "--trace" else word) for word in (sys.argv[1:] if argv is None else argv)
    ]
    args = parser().parse_args(words)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    except (EvaluationError, BatchInputError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    except (InterpreterMissing, DatasetMissing, UnknownLanguage) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an output path that is a file, a directory, or not writable
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
