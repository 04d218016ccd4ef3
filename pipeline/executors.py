"""Where a stage's heavy work runs: in this process (``local``) or as Ray tasks (``ray``).

A stage hands the executor a module-level function of a batch and the items to run it on; the results come
back one per item, in the items' order, whichever executor ran them. Nothing a stage keeps depends on where
or in which order the batches ran, so a stage's output is the same under both executors.

- ``local`` runs the function once, on all the items: the function's own pools (warm interpreters, threads)
  use this machine's cores, as before.
- ``ray`` cuts the items into batches of ``batch_size`` and runs each batch as a Ray task that reserves
  ``cpus_per_task`` CPUs and uses that many threads, so a node runs as many batches at once as it has CPUs.
  It joins the cluster at ``address``, or starts a local Ray instance when the address is empty.

Generation on Ray is ``RayGenerators``: model replicas as Ray actors, used by the answer cache.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.config import RayConfig

Done = Callable[[], None] | None
BatchFn = Callable[..., list[Any]]  # fn(batch, done=...) -> one result per item of the batch
Progress = Callable[[int], None] | None
JOBS_ENV = "TESTCOMPILER_JOBS"  # testcompiler.run.pool.default_jobs honours it: the threads a task may use


class ExecutorError(RuntimeError):
    """An executor that cannot start (Ray missing, a cluster out of reach): reported as one line."""


class Executor(Protocol):
    name: str
    tasks: int

    def map(self, fn: BatchFn, items: Sequence[Any], progress: Progress = None) -> list[Any]: ...


class LocalExecutor:
    name = "local"

    def __init__(self) -> None:
        self.tasks = 0  # batches run

    def map(self, fn: BatchFn, items: Sequence[Any], progress: Progress = None) -> list[Any]:
        if not items:
            return []
        self.tasks += 1
        results = fn(list(items), done=(lambda: progress(1)) if progress else None)
        if len(results) != len(items):
            raise RuntimeError(f"{fn}: {len(results)} results for {len(items)} items")
        return results


def _run_batch(fn: BatchFn, batch: list[Any], cpus: int) -> list[Any]:
    os.environ[JOBS_ENV] = str(cpus)
    return fn(batch, done=None)


def _reachable(address: str) -> None:
    """An address nothing answers on fails here in seconds; ``ray.init`` would retry it for minutes."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return  # "" (a local instance) or "auto": Ray itself answers at once
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise ExecutorError(f"cannot reach Ray at {address}: {exc.strerror or exc}") from None


def start_ray(address: str = "", num_cpus: int | None = None) -> Any:
    """The ``ray`` module, joined to the cluster at ``address`` (or a local instance) unless it already is."""
    try:
        import ray
    except ImportError:
        raise ExecutorError("executor 'ray' needs Ray: pip install 'testcompiler[ray]'") from None
    if not ray.is_initialized():
        _reachable(address)
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if address:
            options["address"] = address
        else:
            options["num_cpus"] = num_cpus
        try:
            ray.init(**options)
        except (ConnectionError, RuntimeError) as exc:
            raise ExecutorError(f"cannot start Ray at {address or 'a local instance'}: {exc}") from None
    return ray


@dataclass
class RayExecutor:
    address: str = ""  # "" starts a local Ray instance; "auto" or "ray://host:10001" joins a cluster
    batch_size: int = 64
    cpus_per_task: int = 1
    num_cpus: int | None = None  # a local instance's CPUs (None: all of this machine's)
    name: str = "ray"
    tasks: int = 0  # Ray tasks submitted

    def __post_init__(self) -> None:
        self.ray = start_ray(self.address, self.num_cpus)
        self._task = self.ray.remote(num_cpus=self.cpus_per_task, max_retries=2)(_run_batch)

    def map(self, fn: BatchFn, items: Sequence[Any], progress: Progress = None) -> list[Any]:
        ray = self.ray
        batches = [list(items[i : i + self.batch_size]) for i in range(0, len(items), self.batch_size)]
        refs = [self._task.remote(fn, batch, self.cpus_per_task) for batch in batches]
        self.tasks += len(refs)
        size = {ref: len(batch) for ref, batch in zip(refs, batches, strict=True)}
        waiting = list(refs)
        while waiting:
            finished, waiting = ray.wait(waiting, num_returns=1)
            if progress:
                progress(sum(size[r] for r in finished))
        results: list[Any] = []
        for batch, out in zip(batches, ray.get(refs), strict=True):
            if len(out) != len(batch):
                raise RuntimeError(f"{fn}: {len(out)} results for a batch of {len(batch)}")
            results += out
        return results


def make_executor(name: str, ray: RayConfig) -> Executor:
    if name == "local":
        return LocalExecutor()
    if name == "ray":
        return RayExecutor(ray.address, ray.batch_size, ray.cpus_per_task)
    raise ExecutorError(f"unknown executor {name!r} (local or ray)")


class _Generator:
    """A Ray actor holding one model replica."""

    def __init__(self, factory: Callable[[Any], Any], config: Any) -> None:
        self.backend = factory(config)

    def generate(self, prompts: list[str], sampling: Any) -> list[list[str]]:
        return list(self.backend.generate(prompts, sampling))


class RayGenerators:
    """``generators`` model replicas as Ray actors; chunks of prompts go to whichever is free, and the answers
    come back in the chunks' order."""

    def __init__(self, factory: Callable[[Any], Any], model: Any, config: RayConfig) -> None:
        from ray.util import ActorPool

        self.ray = ray = start_ray(config.address)
        actor = ray.remote(num_cpus=config.cpus_per_generator, num_gpus=config.gpus_per_generator)(_Generator)
        # No more replicas than the cluster can place at once: one that never starts would hold its chunk.
        have = ray.cluster_resources()
        needs = {"CPU": config.cpus_per_generator, "GPU": config.gpus_per_generator}
        fits = [int(have.get(kind, 0) // need) for kind, need in needs.items() if need > 0]
        count = max(1, min([config.generators, *fits]))
        self.actors: list[Any] = [actor.remote(factory, model) for _ in range(count)]
        self.pool = ActorPool(self.actors)

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)

    def map(self, chunks: list[list[str]], sampling: Any) -> Iterator[list[list[str]]]:
        return self.pool.map(lambda actor, chunk: actor.generate.remote(chunk, sampling), chunks)
