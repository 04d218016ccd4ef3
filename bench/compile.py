"""Compile time against the number of assertions: a suite of N repeated assertions (mixed shapes: ints,
strings, nested lists, dicts, None, floats), read and compiled for every language, at N = 200 and N = 2,000 in
one run. Linear time means the ratio of the two times is near 10, the ratio of the sizes.

    python bench/compile.py [--small 200] [--large 2000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from emitters import get_emitter, languages
from testcompiler.frontend import read_suite

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = {}
    for language in languages():
        small, large = seconds(args.small, language), seconds(args.large, language)
        rows[language] = {"small_s": small, "large_s": large, "ratio": large / small}
    if args.json:
        print(json.dumps(rows))
        return
    print(f"assertions: {args.small} vs {args.large} (size ratio {args.large / args.small:g})")
    for language, row in rows.items():
        print(f"{language:4} {row['small_s']:7.3f} s {row['large_s']:7.3f} s  time ratio {row['ratio']:.1f}")


if __name__ == "__main__":
    main()
