"""briefgen batch: real archives in, real files out, manifest, skips, names, crashes, kills."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest
from conftest import ROOT, run_cli
from docx import Document
from pypdf import PdfReader

from briefgen.run.batch import Found, assign_names, discover
from briefgen.run.executors import PoolExecutor
from briefgen.run.worker import Task, WorkerConfig, convert_chunk

sys.path.insert(0, str(ROOT / "bench"))
from synth import release_of_size, write_archive  # noqa: E402

SLOW = os.environ.get("BRIEFGEN_SLOW") == "1"


def manifest(out: Path) -> dict[str, dict]:
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {entry["input"]: entry for entry in data["items"]}


def batch(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return run_cli("batch", *args, cwd=cwd)


def assert_outputs_valid(out: Path) -> int:
    """Every DOCX opens in python-docx and every PDF in pypdf, with text inside."""
    count = 0
    for path in out.rglob("*.docx"):
        assert any(p.text.strip() for p in Document(str(path)).paragraphs), path
        count += 1
    for path in out.rglob("*.pdf"):
        assert PdfReader(str(path)).pages[0].extract_text().strip(), path
        count += 1
    for path in out.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    return count


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive") / "in"
    write_archive(folder, 14, seed=3, broken=3, target_chars=1500)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a release")  # ignored: other extension
    return folder


def test_mixed_archive_converts_good_lists_broken_and_exits_1(archive: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = batch(str(archive), "-o", str(out), "-f", "docx,pdf,json", "-j", "2")
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr
    entries = manifest(out)
    assert len(entries) == 14
    failed = {k: v for k, v in entries.items() if v["status"] == "failed"}
    converted = {k: v for k, v in entries.items() if v["status"] == "converted"}
    assert len(failed) == 3 and len(converted) == 11
    for name, entry in failed.items():
        assert entry["error"] and entry["outputs"] == []
        assert f"failed: {name}" in stderr  # each broken input is listed
    for entry in converted.values():
        assert entry["error"] is None and len(entry["sha256"]) == 64
        assert [Path(o).suffix for o in entry["outputs"]] == [".docx", ".pdf", ".json"]
        assert all((out / o).is_file() for o in entry["outputs"])
    assert assert_outputs_valid(out) == 22
    assert "11 converted, 0 skipped, 3 failed, 1 ignored" in stderr
    # outputs mirror the archive's folders
    some = next(iter(converted))
    rel = Path(some).relative_to(archive)
    assert (out / rel.parent / f"{rel.stem}.docx").is_file()


def test_rerun_skips_unchanged_and_redoes_changed_missing_or_forced(archive: Path,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert batch(str(archive), "-o", str(out), "-f", "json", "-q").returncode == 1
    first = manifest(out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != "manifest.json"}

    again = batch(str(archive), "-o", str(out), "-f", "json", "-q")
    assert again.returncode == 1  # the broken inputs are still broken
    assert "0 converted, 11 skipped, 3 failed" in again.stderr.decode()
    second = manifest(out)
    assert {k: v["status"] for k, v in second.items()} == {
        k: ("skipped" if v["status"] == "converted" else "failed") for k, v in first.items()}
    assert stamps == {p: p.stat().st_mtime_ns for p in stamps}  # nothing rewritten

    good = sorted(k for k, v in first.items() if v["status"] == "converted")
    changed, removed = Path(good[0]), out / first[good[1]]["outputs"][0]
    changed.write_bytes(changed.read_bytes() + b"\nThe ministers also met students.\n")
    removed.unlink()
    try:
        third = batch(str(archive), "-o", str(out), "-f", "json", "-q")
        assert "2 converted, 9 skipped, 3 failed" in third.stderr.decode()
        statuses = manifest(out)
        assert statuses[good[0]]["status"] == statuses[good[1]]["status"] == "converted"
        assert statuses[good[0]]["sha256"] != first[good[0]]["sha256"]
        assert removed.is_file()

        forced = batch(str(archive), "-o", str(out), "-f", "json", "-q", "--force")
        assert "11 converted, 0 skipped, 3 failed" in forced.stderr.decode()
        # another template is another set of outputs: no skip
        other = batch(str(archive), "-o", str(out), "-f", "json", "-q", "-t", "one-pager")
        assert "11 converted, 0 skipped" in other.stderr.decode()
    finally:
        changed.write_bytes(changed.read_bytes().replace(
            b"\nThe ministers also met students.\n", b""))


def test_all_good_exits_0_and_plain_progress_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.txt").write_text(release_of_size(900, seed=i), encoding="utf-8")
    out = tmp_path / "out"
    result = batch(str(folder), "-o", str(out), "-f", "docx", "-j", "1")
    assert result.returncode == 0, result.stderr.decode()
    stderr = result.stderr.decode()
    assert "converting 3 inputs" in stderr and "3 converted, 0 skipped, 0 failed" in stderr
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "r0.docx", "r1.docx",
                                                     "r2.docx"]
    assert_outputs_valid(out)
    quiet = batch(str(folder), "-o", str(out), "-q")
    assert quiet.returncode == 0 and "converting" not in quiet.stderr.decode()


@pytest.mark.parametrize("args", [
    ("-f", "docx,odt"),
    ("--jobs", "-3"),
    ("--executor", "spark"),
])
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "a.txt").write_text(release_of_size(600), encoding="utf-8")
    result = batch(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), *args)
    assert result.returncode == 2, result.stderr.decode()
    assert result.stderr.decode().count("\n") == 1  # one line, no traceback


def test_nothing_found_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = batch(str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2 and "no input files found" in result.stderr.decode()


def test_missing_input_is_listed_as_failed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(release_of_size(600), encoding="utf-8")
    out = tmp_path / "out"
    result = batch(str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"), "-o", str(out),
                   "-f", "json")
    assert result.returncode == 1
    entries = manifest(out)
    assert entries[str(tmp_path / "a.txt")]["status"] == "converted"
    assert entries[str(tmp_path / "nope.txt")]["status"] == "failed"


def test_globs_folders_and_outdir_inside_the_input_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "x" / "y").mkdir(parents=True)
    (folder / "x" / "y" / "deep.txt").write_text(release_of_size(700, 1), encoding="utf-8")
    (folder / "top.md").write_text(release_of_size(700, 2), encoding="utf-8")
    out = folder / "out"  # inside the input folder: its files must never become inputs
    assert batch(f"{folder}/**/*.txt", "-o", str(out), "-f", "json", "-q").returncode == 0
    assert [p.relative_to(out).as_posix() for p in out.rglob("*.json")
            if p.name != "manifest.json"] == ["x/y/deep.json"]
    assert batch(str(folder), "-o", str(out), "-f", "json", "-q").returncode == 0
    assert sorted(manifest(out)) == sorted([f"{folder}/x/y/deep.txt", f"{folder}/top.md"])
    again = batch(str(folder), "-o", str(out), "-f", "json", "-q")
    assert "0 converted, 2 skipped, 0 failed" in again.stderr.decode()


def test_summary_inputs_skip_parsing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "edited.yaml").write_text("title: Talks in Oslo\ncountries: [Norway, Chile]\n",
                                        encoding="utf-8")
    out = tmp_path / "out"
    result = batch(str(folder), "-o", str(out), "-f", "docx,json", "-q")
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads((out / "edited.json").read_text())["countries"] == ["Norway", "Chile"]
    assert_outputs_valid(out)


def test_output_names_are_unique_and_stay_inside(tmp_path: Path) -> None:
    found = [
        Found(Path("a.txt"), "a.txt", PurePosixPath("a.txt")),
        Found(Path("a.html"), "a.html", PurePosixPath("a.html")),
        Found(Path("A.md"), "A.md", PurePosixPath("A.md")),
        Found(Path("x"), "x", PurePosixPath("..", "..", "etc", "passwd")),
        Found(Path("m"), "m", PurePosixPath("manifest.txt")),
        Found(Path("w"), "w", PurePosixPath("sub dir", "we|ird;name$.txt")),
        Found(Path("h"), "h", PurePosixPath(".hidden")),
    ]
    names = [str(n) for n in assign_names(found, ["docx", "json"])]
    assert names[:3] == ["a", "a-html", "A-md"]
    assert len(set(n.lower() for n in names)) == len(names)
    assert "manifest" not in names  # manifest.json stays the manifest
    out = tmp_path / "out"
    for name in names:
        target = (out / f"{name}.docx").resolve()
        assert out.resolve() in target.parents, name
        assert ".." not in Path(name).parts


def test_discover_skips_hidden_and_counts_other_extensions(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("no", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("no", encoding="utf-8")
    (tmp_path / "a.TXT").write_text("yes", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"PK")
    found, missing, ignored = discover([str(tmp_path)], tmp_path / "out")
    assert [f.rel.as_posix() for f in found] == ["a.TXT"] and not missing and ignored == 1


def test_leftover_temp_files_are_removed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(release_of_size(700), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".a.docx.k2j3h4.part"
    stale.write_bytes(b"PK\x03\x04half")
    assert batch(str(tmp_path / "in"), "-o", str(out), "-f", "docx", "-q").returncode == 0
    assert not stale.exists() and not list(out.rglob("*.part"))


def _crash_on_name(config: WorkerConfig, tasks: list[Task]) -> list:
    if any(t.name == "crash" for t in tasks):
        os._exit(9)
    return convert_chunk(config, tasks)


def test_a_crashing_worker_costs_only_its_input(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.run.executors as executors

    monkeypatch.setattr(executors, "convert_chunk", _crash_on_name)
    text = release_of_size(600).encode()
    tasks = [Task(i, "crash" if i == 3 else f"r{i}.txt", text) for i in range(8)]
    pool = PoolExecutor(WorkerConfig(formats=("json",)), jobs=2, size=2)
    try:
        results = {r.index: r for r in pool.run(tasks)}
    finally:
        pool.close()
    assert sorted(results) == list(range(8))
    assert "crashed" in (results[3].error or "") and results[3].transient
    assert all(results[i].error is None and results[i].outputs for i in results if i != 3)


def _wait_for(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_sigkill_halfway_then_rerun_finishes_with_no_partial_file(tmp_path: Path) -> None:
    """A scripted kill: SIGKILL the whole batch mid-run, rerun, check every output."""
    n = 200
    formats = "docx,pdf" if SLOW else "json,docx"
    folder = tmp_path / "in"
    specs = write_archive(folder, n, seed=11, broken=4, target_chars=1200)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "briefgen", "batch", str(folder), "-o", str(out),
               "-f", formats, "-j", "2", "-q"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        def halfway() -> bool:
            return len(list(out.rglob("*.docx"))) >= n // 3

        assert _wait_for(halfway, 240), "batch made no progress"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # parent and workers, no chance to clean up
        proc.wait()
    done_before = len(list(out.rglob("*.docx")))
    assert done_before < n - 4, "the run finished before it could be killed"
    assert_outputs_valid(out)  # whatever exists under a final name is complete

    rerun = subprocess.run(command, capture_output=True, timeout=600)
    assert rerun.returncode == 1, rerun.stderr.decode()  # the broken inputs
    entries = manifest(out)
    good = [s for s in specs if s.kind != "broken"]
    assert len(entries) == n
    assert all(entries[str(s.path)]["status"] in ("converted", "skipped") for s in good)
    assert sum(e["status"] == "failed" for e in entries.values()) == 4
    assert not list(out.rglob("*.part"))
    assert len(list(out.rglob("*.docx"))) == len(good)
    assert assert_outputs_valid(out) == len(good) * (2 if SLOW else 1)
