"""Where ``briefgen.run.worker.convert_chunk`` runs: in this process, a local process pool, or Dask.

Each executor takes a lazy stream of tasks and yields results as they finish, keeping
only a bounded number of chunks in flight (back-pressure), so a run over 100,000
inputs never holds all their bytes or futures at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, Protocol

from briefgen.run.worker import Result, Task, WorkerConfig, convert_chunk, warm_up

IN_FLIGHT_PER_WORKER = 3
MAX_CHUNK = 16


class Executor(Protocol):
    def run(self, tasks: Iterable[Task]) -> Iterator[Result]: ...

    def close(self) -> None: ...


def chunk_size(n_tasks: int, workers: int) -> int:
    """Big enough to amortise IPC, small enough to balance load and keep progress smooth."""
    return max(1, min(MAX_CHUNK, n_tasks // (workers * 8)))


def chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    it = iter(tasks)
    while batch := list(islice(it, size)):
        yield batch


class InlineExecutor:
    """One job: no pool, no pickling; the parent converts the inputs itself."""

    def __init__(self, config: WorkerConfig) -> None:
        self.config = config

    def run(self, tasks: Iterable[Task]) -> Iterator[Result]:
        warm_up(self.config)
        for task in tasks:
            yield from convert_chunk(self.config, [task])

    def close(self) -> None:
        pass


def _init_worker(config: WorkerConfig) -> None:
    # Ctrl-C is the parent's to handle: it stops feeding work and writes the manifest
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # a broken template fails here and again, reported per input, in convert()
    with contextlib.suppress(Exception):
        warm_up(config)


class PoolExecutor:
    """A local process pool fed chunk by chunk; a crashed worker costs only its inputs."""

    def __init__(self, config: WorkerConfig, jobs: int, size: int) -> None:
        self.config = config
        self.jobs = jobs
        self.size = size
        self._pool: Any = None
        self._suspects: set[int] = set()

    def _new_pool(self) -> Any:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        methods = mp.get_all_start_methods()
        # fork shares the parent's already-imported modules and starts in milliseconds
        context = mp.get_context("fork" if "fork" in methods else methods[0])
        return ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(self.config,))

    def run(self, tasks: Iterable[Task]) -> Iterator[Result]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        self._pool = self._new_pool()
        feed = chunks(tasks, self.size)
        retry: deque[list[Task]] = deque()
        in_flight: dict[Any, list[Task]] = {}
        limit = self.jobs * IN_FLIGHT_PER_WORKER
        exhausted = False
        while True:
            while len(in_flight) < limit and not self._suspect_running(in_flight):
                if retry:
                    # a suspect runs alone, so a second crash names its input exactly
                    if in_flight:
                        break
                    suspect = retry.popleft()
                    in_flight[self._pool.submit(convert_chunk, self.config, suspect)] = suspect
                    continue
                batch = None
                if not exhausted:
                    batch = next(feed, None)
                    exhausted = batch is None
                if batch is None:
                    break
                in_flight[self._pool.submit(convert_chunk, self.config, batch)] = batch
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken: list[list[Task]] = []
            for future in done:
                batch = in_flight.pop(future)
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    broken.append(batch)
            if broken:
                broken.extend(in_flight.values())
                in_flight.clear()
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
                yield from self._requeue(broken, retry)

    def _suspect_running(self, in_flight: dict[Any, list[Task]]) -> bool:
        return any(t.index in self._suspects for batch in in_flight.values() for t in batch)

    def _requeue(self, batches: list[list[Task]], retry: deque[list[Task]]) -> Iterator[Result]:
        """Retry each input of a crashed chunk alone; one that crashes twice is failed."""
        for batch in batches:
            for task in batch:
                if task.index in self._suspects:
                    yield Result(task.index, error=f"{task.name}: the worker process crashed "
                                 "while converting this input", transient=True)
                else:
                    self._suspects.add(task.index)
                    retry.append([task])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1

