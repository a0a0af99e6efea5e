"""Batch progress on stderr: a rich bar on a terminal, plain lines in logs and CI.

With ``--quiet`` only failures and the one-line summary are printed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefgen.run.jobs import BatchReport, Item

PLAIN_EVERY_SECONDS = 5.0
MAX_LISTED_FAILURES = 20


class Reporter:
    def __init__(self, *, quiet: bool = False, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.rich = not quiet and _isatty(self.stream)
        self._progress: Any = None
        self._task: Any = None
        self.total = 0
        self.done = 0
        self._started = 0.0
        self._last_line = 0.0

    def start(self, total: int, already: int) -> None:
        self.total, self.done = total, 0
        self._started = self._last_line = time.monotonic()
        if self.quiet:
            return
        if self.rich:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            console = Console(file=self.stream)
            self._progress = Progress(
                TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                TimeRemainingColumn(), console=console, transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("batch", total=total, rate="")
        else:
            skipped = f" ({already} unchanged or already failed)" if already else ""
            self._print(f"briefgen: converting {total} inputs{skipped}")

    def advance(self, item: Item) -> None:
        self.done += 1
        now = time.monotonic()
        if self._progress is not None:
            self._progress.update(self._task, advance=1, rate=f"{self._rate(now):.1f}/s")
        elif not self.quiet and (now - self._last_line >= PLAIN_EVERY_SECONDS):
            self._last_line = now
            rate = self._rate(now)
            eta = (self.total - self.done) / rate if rate else 0.0
            self._print(f"briefgen: {self.done}/{self.total} "
                        f"({100 * self.done // max(self.total, 1)}%) {rate:.1f}/s "
                        f"ETA {_clock(eta)}")

    def _rate(self, now: float) -> float:
        elapsed = now - self._started
        return self.done / elapsed if elapsed > 0 else 0.0

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def summary(self, report: BatchReport, manifest: Path) -> None:
        from briefgen.run.jobs import CONVERTED, FAILED, SKIPPED

        counts = {s: report.count(s) for s in (CONVERTED, SKIPPED, FAILED)}
        failures = [i for i in report.items if i.status == FAILED]
        for item in failures[:MAX_LISTED_FAILURES]:
            self._print(f"failed: {item.error or item.display}")
        if len(failures) > MAX_LISTED_FAILURES:
            self._print(f"failed: ... and {len(failures) - MAX_LISTED_FAILURES} more, "
                        f"see {manifest}")
        if self.rich:
            self._table(counts, report, manifest)
        else:
            extra = f", {report.ignored} ignored (other extensions)" if report.ignored else ""
            self._print(f"briefgen: {counts[CONVERTED]} converted, {counts[SKIPPED]} skipped, "
                        f"{counts[FAILED]} failed{extra} in {report.seconds:.1f}s; "
                        f"manifest: {manifest}")
        if report.interrupted:
            self._print("briefgen: interrupted; the manifest keeps what was done, "
                        "rerun to finish")

    def _table(self, counts: dict[str, int], report: BatchReport, manifest: Path) -> None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"briefgen batch ({report.seconds:.1f}s)",
                      caption=f"manifest: {manifest}")
        for name in counts:
            table.add_column(name, justify="right")
        if report.ignored:
            table.add_column("ignored", justify="right")
        row = [str(v) for v in counts.values()] + ([str(report.ignored)] if report.ignored
                                                   else [])
        table.add_row(*row)
        Console(file=self.stream).print(table)

    def _print(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"
