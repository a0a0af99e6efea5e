"""``--executor dask``: the same per-release function, submitted to a Dask cluster.

Workers get input bytes and return output bytes (``briefgen.run.worker.convert_chunk``), so
they need no shared file system; this client writes every file and keeps the manifest,
exactly as with the local pool. At most a fixed number of chunks is in flight, so the
client holds a bounded number of futures and bytes whatever the archive size. A worker
that dies mid-task loses nothing: the scheduler runs its tasks elsewhere. Losing the
scheduler ends the run with one error; the manifest keeps what was written.

Start workers with one thread each (``dask worker ADDRESS --nthreads 1``): rendering is
CPU-bound Python, so more threads per process only contend for the GIL (a lock keeps
several threads in one worker from rendering at once, as ReportLab is not thread-safe).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from briefgen.run.executors import IN_FLIGHT_PER_WORKER, chunk_size, chunks
from briefgen.run.worker import Result, Task, WorkerConfig, convert_chunk
from briefgen.support.errors import EXIT_FAILED, BriefgenError, UsageError

INSTALL_HINT = "pip install 'briefgen[dask]'"
CONNECT_TIMEOUT = "20s"
TASK_RETRIES = 2

_RENDER_LOCK = threading.Lock()


class SchedulerLost(BriefgenError):
    code = EXIT_FAILED


def convert_chunk_serial(config: WorkerConfig, tasks: list[Task]) -> list[Result]:
    """What runs on a Dask worker: one chunk at a time per process, whatever its threads."""
    with _RENDER_LOCK:
        return convert_chunk(config, tasks)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError(f"--executor dask needs Dask distributed: {INSTALL_HINT}") from None
    return distributed


def check_available(scheduler: str | None) -> None:
    """Fail fast, before any work, when Dask is missing or no scheduler is named."""
    import importlib.util

    try:
        found = importlib.util.find_spec("distributed") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise UsageError(f"--executor dask needs Dask distributed: {INSTALL_HINT}")
    if not scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS "
                         "(or DASK_SCHEDULER_ADDRESS), e.g. tcp://127.0.0.1:8786")


class DaskExecutor:
    def __init__(self, config: WorkerConfig, scheduler: str | None, n_tasks: int) -> None:
        check_available(scheduler)
        distributed = _import_distributed()
        self.config = config
        self.scheduler = scheduler
        self.n_tasks = n_tasks
        _quiet_dask_logs()
        try:
            self.client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT,
                                             set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"--scheduler: cannot reach the Dask scheduler at {scheduler} "
                             f"({type(exc).__name__})") from None
        self.threads = self._wait_for_workers()

    def _wait_for_workers(self) -> int:
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError):
            self.close()
            raise UsageError(f"--scheduler: no Dask worker joined {self.scheduler} within "
                             f"{CONNECT_TIMEOUT}") from None
        workers = self.client.scheduler_info().get("workers", {})
        return max(1, len(workers))

    def run(self, tasks: Iterable[Task]) -> Iterator[Result]:
        from distributed import as_completed

        size = chunk_size(self.n_tasks, self.threads)
        limit = max(2, self.threads * IN_FLIGHT_PER_WORKER)
        feed = chunks(tasks, size)
        pending = as_completed(loop=self.client.loop)
        in_flight: dict[Any, list[Task]] = {}

        def submit() -> bool:
            batch = next(feed, None)
            if batch is None:
                return False
            future = self.client.submit(convert_chunk_serial, self.config, batch,
                                        retries=TASK_RETRIES, pure=False)
            in_flight[future] = batch
            pending.add(future)
            return True

        while len(in_flight) < limit and submit():
            pass
        for future in pending:
            batch = in_flight.pop(future)
            yield from self._results(future, batch)
            future.release()
            if len(in_flight) < limit:
                submit()

    def _results(self, future: Any, batch: list[Task]) -> list[Result]:
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker:
            # the chunk took down several workers in turn: fail its inputs, not the run
            return [Result(t.index, error=f"{t.name}: Dask workers died repeatedly while "
                           "converting this input", transient=True) for t in batch]
        except Exception as exc:  # noqa: BLE001 - anything else means the cluster is gone
            if self.client.status in ("running", "connecting") and not _is_cancel(exc):
                return [Result(t.index, error=f"{t.name}: internal error on a Dask worker: "
                               f"{type(exc).__name__}: {exc}", transient=True) for t in batch]
            raise SchedulerLost(f"lost the connection to the Dask scheduler at "
                                f"{self.scheduler}; the manifest keeps what was written, "
                                "rerun to finish") from None

    def close(self) -> None:
        client, self.client = getattr(self, "client", None), None
        if client is not None:
            # closing a client whose scheduler is already gone may raise anything
            with contextlib.suppress(Exception):
                client.close(timeout=5)


def _quiet_dask_logs() -> None:
    """distributed logs reconnection attempts with tracebacks; the CLI reports one line."""
    names = [n for n in logging.root.manager.loggerDict if n.startswith("distributed")]
    for name in ["distributed", *names]:
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL + 1)
        for handler in logger.handlers:
            handler.setLevel(logging.CRITICAL + 1)


def _is_cancel(exc: BaseException) -> bool:
    return "Cancel" in type(exc).__name__
