"""What a batch run is made of: its options, its items and its report.

The data types ``batch``, ``executors`` and ``progress`` share live here, below all three,
so the arrows between them run one way: ``batch`` uses ``executors``, ``dask_executor``
and ``progress``; none of them imports ``batch``. (The per-input types ``Task``,
``Result`` and ``WorkerConfig`` live one floor lower still, in ``worker``.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from briefgen.ingest import DEFAULT_MAX_BYTES
from briefgen.support.errors import EXIT_FAILED, EXIT_OK

CONVERTED, SKIPPED, FAILED = "converted", "skipped", "failed"


@dataclass(frozen=True)
class BatchOptions:
    formats: list[str] = field(default_factory=lambda: ["docx", "pdf"])
    template: str | None = None
    force: bool = False
    quiet: bool = False
    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Item:
    """One input found on disk and what this run decided about it."""

    path: Path
    display: str
    rel: PurePosixPath  # output location below OUTDIR, without suffix
    sha256: str = ""
    key: str = ""
    status: str = ""
    outputs: list[str] = field(default_factory=list)
    error: str | None = None
    cached: bool = False  # a failure remembered from an earlier run of the same bytes

    def entry(self) -> dict[str, Any]:
        return {"input": self.display, "sha256": self.sha256 or None, "status": self.status,
                "outputs": self.outputs, "error": self.error, "key": self.key or None}


@dataclass
class BatchReport:
    """What a run did; ``run_batch`` prints it, bench/ reads it."""

    items: list[Item]
    ignored: int = 0
    seconds: float = 0.0
    worker_rss: dict[int, list[int]] = field(default_factory=dict)
    interrupted: bool = False

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.count(FAILED) or self.interrupted else EXIT_OK
