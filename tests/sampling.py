"""Slow cases, sampled: CI's half hour holds 25 languages only if the costly cases run a share each time, a
different share each day: one in 5, one in 6 or fewer for the slow-starting ones (a JVM, a compiler per
program).

A test marked ``@pytest.mark.slow`` and parametrized by ``language`` runs only if today's sample holds it
(the rest are skipped, with that reason); a test that runs many programs of one language takes
``sample(programs, language)``. ``TESTCOMPILER_FULL=1`` runs everything;
``TESTCOMPILER_SEED=N`` repeats the sample of a given run (pytest's header names it).

Where each of several cases should meet each of several languages (every hostile kind among the mixed run's
programs, every fuzzing find in every slow-starting parser), ``cover`` takes one pair in ``per`` on a diagonal
that moves with the seed: each case meets at least one language and each language at least one case in every
run, and each pair comes round once in ``per`` days.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from emitters import get_emitter

T = TypeVar("T")

FULL = os.environ.get("TESTCOMPILER_FULL") == "1"
SEED = int(os.environ.get("TESTCOMPILER_SEED") or date.today().toordinal())
# a language that starts fast runs one slow case in 5, one program in 5 of a list (in 2 until the hostile
# kinds, 25 languages and two cores' CI put the test run past its half hour; in 3 until a slower day of
# this machine's took the whole of CI's run to 37 minutes; in 4 until a slow hour took it to 32)
FAST_SHARE = 5
SHARE = 6  # a slow-starting language runs at most one slow case in SHARE, one program in SHARE of a list
SLOW_START = 1.0  # a start-up allowance above this many seconds makes a language slow-starting


def slow_starting(language: str) -> bool:
    return get_emitter(language).runtime.startup_seconds > SLOW_START


def share(language: str) -> int:
    """One case in how many runs today: SHARE, or one per second of the language's start-up allowance where
    that is more (a JVM, a C++ compile), so that each slow-starting language costs CI about the same;
    FAST_SHARE for a language that starts fast."""
    if not slow_starting(language):
        return FAST_SHARE
    return max(SHARE, math.ceil(get_emitter(language).runtime.startup_seconds))


def chosen(name: str, language: str) -> bool:
    """Whether today's sample holds the case called ``name`` (the same answer in every xdist worker)."""
    digest = hashlib.sha256(f"{SEED} {name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % share(language) == 0


def sample(items: Sequence[T], language: str, name: str = "") -> list[T]:
    """``items`` in a full run; else today's share of them (at least one)."""
    if FULL or len(items) <= 1:
        return list(items)
    kept = [item for i, item in enumerate(items) if chosen(f"{name} {language} {i}", language)]
    return kept or [items[SEED % len(items)]]


def diagonal(case: int, language: int, per: int) -> bool:
    """Whether case number ``case`` runs in language number ``language`` today: one pair in ``per``, such that
    any ``per`` consecutive languages hold every case and any ``per`` consecutive cases every language."""
    return FULL or (case + language + SEED) % per == 0


def cover(cases: Sequence[str], languages: Sequence[str], per: int) -> set[tuple[str, str]]:
    """Today's (case, language) pairs: all of them in a full run, else one in ``per`` on the diagonal, so that
    every case runs in a language and every language runs a case (``per`` comes down to the fewer of the two
    where there are fewer cases or languages than that)."""
    per = max(1, min(per, len(cases), len(languages)))
    return {
        (case, language)
        for i, case in enumerate(cases)
        for j, language in enumerate(languages)
        if diagonal(i, j, per)
    }


def header() -> str:
    if FULL:
        return "slow cases: all (TESTCOMPILER_FULL=1)"
    return (
        f"slow cases: one in {FAST_SHARE}, of slow-starting languages one in {SHARE} or more "
        f"(tests/sampling.py), seed {SEED} "
        f"(TESTCOMPILER_SEED={SEED} repeats it, TESTCOMPILER_FULL=1 runs all)"
    )
