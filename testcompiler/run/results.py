"""What a harness reports, line by line: shared by the executor (our result lines) and the judge (an
observing harness's values)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class CheckResult:
    index: int
    status: str  # pass | fail | error | oom | missing
    detail: str = ""  # as the harness printed it, in the target language's notation
    actual: str | None = None  # for a failed check: the value the solution returned, in Python notation


def tagged_lines(stdout: str, tag: str) -> Iterator[list[str]]:
    """The words of each line a harness printed under ``tag``: index or ``done``, kind, and the rest."""
    prefix = tag + " "
    for line in stdout.splitlines():
        if line.startswith(prefix):
            yield line[len(prefix) :].split(" ", 2)
