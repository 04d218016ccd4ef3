"""The verify workload on the local executor and on Ray, in one run: the ratio, and where the time goes.

The workload is the verify stage's own (``pipeline.verify.verify_programs``) on the same N mixed candidates
per language that bench/executor.py uses (passing, failing, erroring, 1 in 100 never ending), all languages
interleaved as in a real verify stage. The local executor runs it in one pool of warm workers; the Ray
executor cuts it into batches of --batch programs (one language after another), one Ray task each (one CPU,
one program at a time, its own warm workers). Ray runs it twice: the first run includes starting Ray's
worker processes; the second is the steady state. Verdicts must be equal.

    python bench/ray_verify.py [--n 100] [--batch 25] [--timeout 1] [--languages L ...] [--json]

Per language, the local run alone is also timed (programs per second on this machine), for docs/scale.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from executor import candidates
from rich.console import Console
from rich.table import Table

from emitters import get_emitter, multipl_t_languages
from pipeline.executors import Executor, LocalExecutor, RayExecutor
from pipeline.verify import verify_programs
from testcompiler import InterpreterMissing
from testcompiler.run.executor import interpreter


def timed(executor: Executor, jobs: list[tuple[str, str, int]], timeout: float) -> tuple[float, list[str]]:
    start = time.perf_counter()
    outcomes = verify_programs(executor, jobs, timeout, warm=True)
    return time.perf_counter() - start, [o.status.value for o in outcomes]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=100, help="candidates per language")
    p.add_argument("--batch", type=int, default=25, help="programs per Ray task")
    p.add_argument("--timeout", type=float, default=1.0)
    p.add_argument("--languages", nargs="*", default=list(multipl_t_languages()))
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    languages = []
    for language in args.languages:
        try:
            interpreter(get_emitter(language))
            languages.append(language)
        except InterpreterMissing as exc:
            print(f"skipping {language}: {exc}", file=sys.stderr)
    per_language: dict[str, dict[str, float]] = {}
    jobs: list[tuple[str, str, int]] = []
    for language in languages:
        mine = [(language, text, checks) for text, checks in candidates(language, args.n)]
        seconds, _ = timed(LocalExecutor(), mine, args.timeout)
        per_language[language] = {"programs": len(mine), "seconds": round(seconds, 2),
                                  "programs_per_second": round(len(mine) / seconds, 2)}  # fmt: skip
        jobs += mine
    random.Random(0).shuffle(jobs)

    local_seconds, local_verdicts = timed(LocalExecutor(), jobs, args.timeout)
    start = time.perf_counter()
    ray = RayExecutor(batch_size=args.batch)
    ray_init = time.perf_counter() - start
    cold_seconds, cold_verdicts = timed(ray, jobs, args.timeout)
    warm_seconds, warm_verdicts = timed(ray, jobs, args.timeout)
    result = {
        "cpus": os.cpu_count(),
        "programs": len(jobs),
        "batch": args.batch,
        "tasks": ray.tasks // 2,
        "local_seconds": round(local_seconds, 2),
        "ray_init_seconds": round(ray_init, 2),
        "ray_first_seconds": round(cold_seconds, 2),
        "ray_seconds": round(warm_seconds, 2),
        "ratio_local_over_ray": round(local_seconds / warm_seconds, 2),
        "ratio_local_over_ray_first": round(local_seconds / cold_seconds, 2),
        "verdicts_equal": local_verdicts == cold_verdicts == warm_verdicts,
        "per_language_local": per_language,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    table = Table("language", "programs", "local s", "programs/s (local)", title="one language at a time")
    for language, row in per_language.items():
        table.add_row(language, *(str(row[k]) for k in ("programs", "seconds", "programs_per_second")))
    Console().print(table)
    title = f"{len(jobs)} programs, all languages mixed"
    table = Table("executor", "seconds", "local / this", "verdicts equal", title=title)
    table.add_row("local (one warm pool)", str(result["local_seconds"]), "1.00", "")
    rows = [
        (f"ray, first run ({result['tasks']} tasks, workers starting)", "ray_first_seconds", "_first"),
        ("ray, second run", "ray_seconds", ""),
    ]
    for label, seconds, suffix in rows:
        ratio = str(result[f"ratio_local_over_ray{suffix}"])
        table.add_row(label, str(result[seconds]), ratio, str(result["verdicts_equal"]))
    Console().print(table)
    print(f"ray.init: {result['ray_init_seconds']} s; {result['cpus']} CPUs")
    return 0 if result["verdicts_equal"] else 1


if __name__ == "__main__":
    sys.exit(main())
