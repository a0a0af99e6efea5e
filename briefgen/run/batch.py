"""Convert whole archives: discover inputs, skip unchanged ones, convert the rest in parallel.

The parent process owns the output folder: it hashes inputs, decides skips, names
outputs, writes every file atomically and keeps ``manifest.json``. Workers (local
processes or Dask workers, see ``briefgen.run.executors``) only turn input bytes into
output bytes (``briefgen.run.worker``). The manifest is rewritten atomically every few
seconds, so a run that is killed keeps what it finished and a rerun does the rest.

Output folder rules: OUTDIR belongs to the batch. Outputs mirror the input's path
below the folder (or glob prefix) it was found in; files briefgen produced there are
replaced on a rerun when their input changed, and leftover temp files of a killed run
(``.NAME.*.part``) are removed at start.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from briefgen import __version__
from briefgen.ingest import (
    RELEASE_SUFFIXES,
    SUMMARY_SUFFIXES,
    read_bytes,
)
from briefgen.run import executors
from briefgen.run.jobs import (
    CONVERTED,
    FAILED,
    SKIPPED,
    BatchOptions,
    BatchReport,
    Item,
)
from briefgen.run.worker import Result, Task, WorkerConfig, warm_up
from briefgen.support.errors import BriefgenError, OutputError, UsageError
from briefgen.support.fsutil import safe_stem, write_bytes_atomic

MANIFEST = "manifest.json"
FOLDER_SUFFIXES = (RELEASE_SUFFIXES | SUMMARY_SUFFIXES) - {""}


def run_batch(inputs: list[str], outdir: Path, options: BatchOptions) -> int:
    """The ``briefgen batch`` command: run, print the table, return the exit code."""
    from briefgen.run.progress import Reporter

    reporter = Reporter(quiet=options.quiet)
    with _terminate_as_interrupt():
        report = execute_batch(inputs, outdir, options, reporter=reporter)
    reporter.summary(report, outdir / MANIFEST)
    if report.interrupted:
        return 130
    return report.exit_code


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a scheduler's stop) ends the run like Ctrl-C: manifest written, exit 130."""

    def interrupt(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class Found:
    path: Path
    display: str
    rel: PurePosixPath


def discover(inputs: list[str], outdir: Path) -> tuple[list[Found], list[Found], int]:
    """Expand files, folders (recursively) and globs; return (found, missing, ignored)."""
    out_root = outdir.resolve()
    found: list[Found] = []
    missing: list[Found] = []
    seen: set[Path] = set()
    ignored = 0

    def add(path: Path, root: Path) -> None:
        resolved = path.resolve()
        if resolved in seen or _inside(resolved, out_root):
            return
        seen.add(resolved)
        try:
            rel = path.relative_to(root)
        except ValueError:
            rel = Path(path.name)
        found.append(Found(path, str(path), PurePosixPath(*rel.parts)))

    for spec in inputs:
        if spec == "-":
            raise UsageError("batch reads files, not stdin; use 'briefgen memo -' for one release")
        path = Path(spec)
        if path.is_dir():
            files, skipped = _walk(path)
            ignored += skipped
            for file in files:
                add(file, path)
        elif path.exists() or path.is_symlink():
            add(path, path.parent)
        elif glob.has_magic(spec):
            root = _glob_root(spec)
            matches = sorted(glob.glob(spec, recursive=True))
            for match in matches:
                mpath = Path(match)
                if mpath.is_file():
                    add(mpath, root)
                elif mpath.is_dir():
                    files, skipped = _walk(mpath)
                    ignored += skipped
                    for file in files:
                        add(file, root)
            if not matches:
                missing.append(Found(path, spec, PurePosixPath(safe_stem(spec))))
        else:
            missing.append(Found(path, spec, PurePosixPath(safe_stem(spec))))
    return found, missing, ignored


def _walk(folder: Path) -> tuple[list[Path], int]:
    """Release files below ``folder`` in a stable order; hidden files and others skipped."""
    files: list[Path] = []
    ignored = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in FOLDER_SUFFIXES:
                files.append(Path(dirpath) / name)
            else:
                ignored += 1
    return files, ignored


def _glob_root(spec: str) -> Path:
    parts: list[str] = []
    for part in Path(spec).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


# --------------------------------------------------------------------------- output names


def assign_names(found: list[Found], formats: list[str]) -> list[PurePosixPath]:
    """Unique, safe output stems below OUTDIR, mirroring where each input was found.

    Every path part is made safe (no ``..``, no absolute parts, no odd characters);
    clashes (``a.txt`` and ``a.html``, or two roots holding the same name, or a
    case-only difference) get the input suffix and then a counter, decided in input
    order so the same inputs always get the same names.
    """
    taken: set[str] = {MANIFEST.lower()}
    names: list[PurePosixPath] = []
    for item in found:
        parts = [safe_stem(p) for p in item.rel.parts[:-1] if p not in ("", ".", "..")]
        last = item.rel.parts[-1] if item.rel.parts else "memo"
        base = safe_stem(PurePosixPath(last).stem or last)
        suffix = safe_stem(PurePosixPath(last).suffix.lstrip(".")) if "." in last else ""
        for stem in _candidates(base, suffix):
            rel = PurePosixPath(*parts, stem)
            keys = {f"{rel}.{fmt}".lower() for fmt in formats}
            if not keys & taken:
                taken |= keys
                names.append(rel)
                break
    return names


def _candidates(base: str, suffix: str) -> Iterator[str]:
    yield base
    if suffix:
        yield f"{base}-{suffix}"
    n = 2
    while True:
        yield f"{base}-{n}"
        n += 1


# --------------------------------------------------------------------------- manifest


def load_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """Previous entries by input; a missing or damaged manifest just means 'redo all'."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    items = data.get("items") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return {}
    return {e["input"]: e for e in items if isinstance(e, dict) and isinstance(e.get("input"), str)}


def write_manifest(path: Path, items: list[Item], previous: dict[str, dict[str, Any]],
                   options: BatchOptions) -> None:
    """Entries of this run (in input order) plus untouched entries from earlier runs."""
    current = [item.entry() for item in items if item.status]
    names = {item.display for item in items}
    kept = [entry for name, entry in previous.items() if name not in names]
    done = {item.display for item in items if item.status}
    # inputs of this run not reached yet keep their earlier entry, so a kill loses nothing
    pending = [previous[item.display] for item in items
               if not item.status and item.display in previous and item.display not in done]
    document = {
        "briefgen": __version__,
        "formats": list(options.formats),
        "template": options.template,
        "items": current + pending + kept,
    }
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    write_bytes_atomic(path, text.encode("utf-8"), force=True)


# --------------------------------------------------------------------------- planning


def options_fingerprint(options: BatchOptions, template_text: str | None) -> str:
    """What besides the input bytes decides the outputs; part of every skip key."""
    doc = {
        "version": __version__,
        "formats": sorted(options.formats),
        "template": options.template,
        "template_sha256": hashlib.sha256(template_text.encode()).hexdigest()
        if template_text is not None else None,
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


def _hash_file(path: Path, max_bytes: int) -> str:
    return hashlib.sha256(read_bytes(path, max_bytes)).hexdigest()


def _template_text(template: str | None) -> str | None:
    """A template given as a file travels as text, so remote workers need not see it."""
    if not template:
        return None
    path = Path(template)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"--template: cannot read {template} ({exc})") from None
    return None


def plan(items: list[Item], outdir: Path, options: BatchOptions, fingerprint: str,
         previous: dict[str, dict[str, Any]]) -> list[Item]:
    """Hash each input and decide: skip (unchanged, outputs present) or convert."""
    todo: list[Item] = []
    for item in items:
        try:
            item.sha256 = _hash_file(item.path, options.max_bytes)
        except BriefgenError as exc:
            item.status, item.error = FAILED, str(exc)
            continue
        item.key = hashlib.sha256(f"{item.sha256}:{fingerprint}".encode()).hexdigest()
        expected = [str(item.rel.with_name(f"{item.rel.name}.{fmt}")) for fmt in options.formats]
        old = previous.get(item.display)
        if not options.force and old and old.get("key") == item.key:
            if old.get("status") in (CONVERTED, SKIPPED) and old.get("outputs") == expected \
                    and all((outdir / name).is_file() for name in expected):
                item.status, item.outputs = SKIPPED, expected
                continue
            if old.get("status") == FAILED and old.get("error"):
                item.status, item.error, item.cached = FAILED, old["error"], True
                continue
        todo.append(item)
    return todo


def clean_partials(outdir: Path) -> int:
    """Remove temp files a killed run left behind (our ``.NAME.XXXX.part`` pattern only)."""
    removed = 0
    if not outdir.is_dir():
        return 0
    for dirpath, _dirs, files in os.walk(outdir):
        for name in files:
            if name.startswith(".") and name.endswith(".part"):
                try:
                    (Path(dirpath) / name).unlink()
                    removed += 1
                except OSError:
                    pass
    return removed


# --------------------------------------------------------------------------- running


def execute_batch(inputs: list[str], outdir: Path, options: BatchOptions,
                  reporter: Any = None) -> BatchReport:
    """Discover, plan, convert and record; never raises for a bad input."""
    start = time.perf_counter()
    _check_options(options, outdir)
    found, missing, ignored = discover(inputs, outdir)
    if not found and not missing:
        raise UsageError("no input files found (looked for "
                         + ", ".join(sorted(FOLDER_SUFFIXES)) + ")")
    names = assign_names(found, options.formats)
    items = [Item(f.path, f.display, rel) for f, rel in zip(found, names, strict=True)]
    for miss in missing:
        items.append(Item(miss.path, miss.display, miss.rel, status=FAILED,
                          error=f"{miss.display}: no such file or no match"))
    template_text = _template_text(options.template)
    fingerprint = options_fingerprint(options, template_text)
    manifest_path = outdir / MANIFEST
    previous = load_manifest(manifest_path)
    todo = plan([i for i in items if not i.status], outdir, options, fingerprint, previous)
    report = BatchReport(items=items, ignored=ignored)
    _prepare_outdir(outdir)
    clean_partials(outdir)
    config = WorkerConfig(formats=tuple(options.formats), template=options.template,
                          template_text=template_text)
    try:
        if todo and (options.executor == "local" or options.template):
            # in the parent: a broken template stops the run here with one message, and
            # forked local workers start with everything already loaded (Dask workers warm
            # up on their own, so with a built-in template the client need not)
            warm_up(config)
        if todo:
            _convert_all(todo, outdir, options, config, report, reporter, previous)
    finally:
        # also when the executor fails (a lost Dask scheduler): keep what was written
        write_manifest(manifest_path, items, previous, options)
    report.seconds = time.perf_counter() - start
    return report


def _check_options(options: BatchOptions, outdir: Path) -> None:
    if options.jobs < 1:
        raise UsageError("--jobs: must be at least 1")
    if options.max_bytes < 1:
        raise UsageError("--max-size: must be at least 1 MB")
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"--output-dir: {outdir} exists and is not a folder")
    if options.executor not in ("local", "dask"):
        raise UsageError(f"--executor: expected local or dask, got {options.executor!r}")
    if options.executor == "dask":
        from briefgen.run.dask_executor import check_available

        check_available(options.scheduler)


def _prepare_outdir(outdir: Path) -> None:
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot create ({exc.strerror or exc})") from None


def _tasks(todo: list[Item], max_bytes: int, unreadable: list[Item]) -> Iterator[Task]:
    """Read inputs lazily, as the executor asks for work, so memory stays bounded."""
    for index, item in enumerate(todo):
        try:
            data = read_bytes(item.path, max_bytes)
        except BriefgenError as exc:
            item.status, item.error = FAILED, str(exc)
            unreadable.append(item)
            continue
        yield Task(index, item.display, data)


def _convert_all(todo: list[Item], outdir: Path, options: BatchOptions, config: WorkerConfig,
                 report: BatchReport, reporter: Any, previous: dict[str, dict[str, Any]]) -> None:
    manifest_path = outdir / MANIFEST
    flush_every = max(2.0, len(report.items) / 5000)
    last_flush = time.monotonic()
    unreadable: list[Item] = []
    # connect (Dask) or fork (local) before the progress bar starts its refresh thread
    executor = make_executor(options, config, len(todo))
    if reporter is not None:
        reporter.start(len(todo), len(report.items) - len(todo))

    def advance(item: Item) -> None:
        if reporter is not None:
            reporter.advance(item)

    try:
        for result in executor.run(_tasks(todo, options.max_bytes, unreadable)):
            while unreadable:
                advance(unreadable.pop())
            item = todo[result.index]
            _record(item, result, outdir, report)
            advance(item)
            if time.monotonic() - last_flush > flush_every:
                write_manifest(manifest_path, report.items, previous, options)
                last_flush = time.monotonic()
        while unreadable:
            advance(unreadable.pop())
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        executor.close()
        if reporter is not None:
            reporter.stop()


def make_executor(options: BatchOptions, config: WorkerConfig, n_tasks: int) -> executors.Executor:
    """In this process (one job), a local process pool, or Dask workers."""
    if options.executor == "dask":
        from briefgen.run.dask_executor import DaskExecutor

        return DaskExecutor(config, options.scheduler, n_tasks)
    jobs = min(options.jobs, n_tasks)
    if jobs <= 1:
        return executors.InlineExecutor(config)
    return executors.PoolExecutor(config, jobs, executors.chunk_size(n_tasks, jobs))


def _record(item: Item, result: Result, outdir: Path, report: BatchReport) -> None:
    """Write one input's outputs atomically; any write error fails only this input."""
    if result.pid:
        report.worker_rss.setdefault(result.pid, []).append(result.rss)
    if result.sha256 and result.sha256 != item.sha256:
        # the file changed between hashing and reading: record what was converted
        item.sha256 = result.sha256
        item.key = ""
    if result.error:
        item.status, item.error = FAILED, result.error
        if result.transient:
            item.key = ""  # not remembered as this input's failure: retried next run
        return
    written: list[str] = []
    try:
        for fmt, data in result.outputs:
            rel = item.rel.with_name(f"{item.rel.name}.{fmt}")
            write_bytes_atomic(outdir / rel, data, force=True)
            written.append(str(rel))
    except OutputError as exc:
        item.status, item.error = FAILED, str(exc)
        return
    item.status, item.outputs = CONVERTED, written
