"""The per-release function batch maps over its inputs, on local processes or Dask workers.

It takes bytes and returns bytes: a worker never touches the output folder, so the
same function runs where there is no shared file system, and the parent alone writes
files (atomically) and keeps the manifest. Errors a bad input causes come back as
strings, never as exceptions, so one file cannot stop the others.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from briefgen.support.errors import BriefgenError

MEMO_FORMATS = ("docx", "pdf", "md")
SUMMARY_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs besides the input bytes; small, picklable, sent once."""

    formats: tuple[str, ...]
    template: str | None = None
    # the text of a template given as a file, so remote workers need not see the file
    template_text: str | None = None
    fields: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Task:
    index: int
    name: str
    data: bytes


@dataclass
class Result:
    index: int
    outputs: list[tuple[str, bytes]] = field(default_factory=list)
    error: str | None = None
    sha256: str = ""
    pid: int = 0
    rss: int = 0
    seconds: float = 0.0
    # a crash or a lost worker, not the input's fault: the next run tries it again
    transient: bool = False


_WARM: dict[WorkerConfig, Any] = {}


def warm_up(config: WorkerConfig) -> None:
    """Import the heavy libraries, compile the template, load fonts: once per process.

    A broken template or theme raises its ``BriefgenError`` here, so the parent can stop
    the run with one message instead of failing every input with the same one.
    """
    renderer = _renderer(config)
    try:
        renderer.warm_up()
    except BriefgenError:
        raise
    except Exception:  # noqa: BLE001 - a parser bug on the sample is reported per input
        pass


def _renderer(config: WorkerConfig) -> Any:
    renderer = _WARM.get(config)
    if renderer is None:
        from briefgen.render import Renderer

        renderer = Renderer(config.formats, template=config.template,
                            template_text=config.template_text, fields=dict(config.fields))
        _WARM.clear()
        _WARM[config] = renderer
    return renderer


def convert(config: WorkerConfig, task: Task) -> Result:
    """One input's bytes -> its outputs' bytes, or the one-line reason it failed."""
    import hashlib

    start = time.perf_counter()
    result = Result(task.index, sha256=hashlib.sha256(task.data).hexdigest(), pid=os.getpid())
    try:
        summary = _summary(task)
        result.outputs = _renderer(config).render(summary)
    except BriefgenError as exc:
        result.error = str(exc)
    except RecursionError:
        result.error = f"{task.name}: input too deeply nested"
    except MemoryError:
        result.error = f"{task.name}: out of memory"
    except Exception as exc:  # a bug in briefgen: reported per file, the run goes on
        result.error = f"{task.name}: internal error: {type(exc).__name__}: {exc}"
    result.seconds = time.perf_counter() - start
    return result


def convert_chunk(config: WorkerConfig, tasks: list[Task]) -> list[Result]:
    """Several inputs per round trip, so small releases do not drown in IPC overhead."""
    results = [convert(config, task) for task in tasks]
    rss = current_rss()
    for result in results:
        result.rss = rss
    return results


def _summary(task: Task) -> Any:
    from briefgen.ingest import release_from_bytes
    from briefgen.review.summary_io import summary_from_bytes

    if PurePath(task.name).suffix.lower() in SUMMARY_SUFFIXES:
        return summary_from_bytes(task.data, task.name)
    from briefgen.parse import parse_release

    return parse_release(release_from_bytes(task.data, task.name))


def current_rss() -> int:
    """Resident set size of this process in bytes (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
