"""Progress bars (rich) for the long stages: generation and execution."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

console = Console(stderr=True)


@contextmanager
def bar(label: str, total: int) -> Iterator[Callable[[int], None]]:
    """A bar on stderr; yields ``advance(n)``, safe to call from worker threads."""
    lock = threading.Lock()
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=total == 0,
    ) as progress:  # fmt: skip
        task = progress.add_task(label, total=total)

        def advance(n: int = 1) -> None:
            with lock:
                progress.advance(task, n)

        yield advance
