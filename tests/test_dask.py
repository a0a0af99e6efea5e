"""--executor dask against a real scheduler and worker processes on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

sys.path.insert(0, str(ROOT / "bench"))
from synth import write_archive  # noqa: E402

distributed = pytest.importorskip("distributed", reason="Dask is an optional extra")
DASK = Path(sys.executable).parent / "dask"


class Cluster:
    """``dask scheduler`` and ``dask worker`` processes we can kill one by one."""

    def __init__(self, folder: Path, workers: int = 2) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.file = folder / "scheduler.json"
        self.log = (folder / "cluster.log").open("wb")
        self.scheduler = self._spawn("scheduler", "--host", "127.0.0.1", "--port", "0",
                                     "--scheduler-file", str(self.file), "--no-dashboard")
        deadline = time.monotonic() + 60
        while not self.file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.address = json.loads(self.file.read_text())["address"]
        self.workers = [self._spawn("worker", self.address, "--nthreads", "1", "--no-nanny",
                                    "--no-dashboard") for _ in range(workers)]
        client = distributed.Client(self.address, timeout="30s", set_as_default=False)
        try:
            client.wait_for_workers(workers, timeout=90)
        finally:
            client.close()

    def _spawn(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen([str(DASK), *args], stdout=self.log, stderr=self.log,
                                start_new_session=True)

    def kill(self, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            self.kill(proc)
        self.log.close()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Cluster:
    c = Cluster(tmp_path_factory.mktemp("cluster"))
    yield c
    c.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask-archive") / "in"
    write_archive(folder, 16, seed=5, broken=3, target_chars=1200)
    return folder


def digests(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != "manifest.json"}


def statuses(out: Path) -> dict[str, str]:
    items = json.loads((out / "manifest.json").read_text())["items"]
    return {e["input"]: e["status"] for e in items}


def test_dask_writes_the_same_bytes_as_local_and_rerun_skips(cluster: Cluster, archive: Path,
                                                             tmp_path: Path) -> None:
    local, remote = tmp_path / "local", tmp_path / "dask"
    a = run_cli("batch", str(archive), "-o", str(local), "-f", "docx,pdf,json", "-j", "2", "-q")
    b = run_cli("batch", str(archive), "-o", str(remote), "-f", "docx,pdf,json", "-q",
                "--executor", "dask", "--scheduler", cluster.address)
    assert a.returncode == b.returncode == 1, b.stderr.decode()  # 3 broken inputs
    assert statuses(local) == statuses(remote)
    assert list(statuses(remote).values()).count("failed") == 3
    assert "13 converted, 0 skipped, 3 failed" in b.stderr.decode()
    same = digests(local)
    assert len(same) == 13 * 3 and digests(remote) == same
    # skips are decided on the client: no scheduler is needed when nothing is to do
    again = run_cli("batch", str(archive), "-o", str(remote), "-f", "docx,pdf,json", "-q",
                    "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert "0 converted, 13 skipped, 3 failed" in again.stderr.decode()


def test_scheduler_from_the_environment(cluster: Cluster, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("batch", str(archive / "2015"), "-o", str(out), "-f", "json", "-q",
                     "--executor", "dask", env={"DASK_SCHEDULER_ADDRESS": cluster.address})
    assert result.returncode in (0, 1) and "converted" in result.stderr.decode()
    assert any(s == "converted" for s in statuses(out).values())


def _wait(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_killing_a_worker_mid_run_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    specs = write_archive(folder, 60, seed=8, broken=2, target_chars=1200)
    good = [s for s in specs if s.kind != "broken"]
    own = Cluster(tmp_path / "cluster")
    out = tmp_path / "out"
    try:
        proc = subprocess.Popen([sys.executable, "-m", "briefgen", "batch", str(folder), "-o",
                                 str(out), "-f", "json,docx", "-q", "--executor", "dask",
                                 "--scheduler", own.address], stderr=subprocess.PIPE)
        assert _wait(lambda: len(list(out.rglob("*.docx"))) >= 5, 180)
        own.kill(own.workers[0])
        _, stderr = proc.communicate(timeout=300)
    finally:
        own.close()
    assert proc.returncode == 1, stderr.decode()  # the 2 broken inputs, nothing else
    assert "58 converted, 0 skipped, 2 failed" in stderr.decode()
    assert len(list(out.rglob("*.docx"))) == len(good) and not list(out.rglob("*.part"))


def test_losing_the_scheduler_ends_with_one_error_and_rerun_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    specs = write_archive(folder, 80, seed=9, broken=0, target_chars=1200)
    out = tmp_path / "out"
    first = Cluster(tmp_path / "c1", workers=1)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "briefgen", "batch", str(folder), "-o",
                                 str(out), "-f", "json,docx", "-q", "--executor", "dask",
                                 "--scheduler", first.address], stderr=subprocess.PIPE)
        assert _wait(lambda: len(list(out.rglob("*.docx"))) >= 5, 180)
        first.kill(first.scheduler)
        _, stderr = proc.communicate(timeout=180)
    finally:
        first.close()
    lines = stderr.decode().strip().splitlines()
    assert proc.returncode == 1 and len(lines) == 1, stderr.decode()
    assert "lost the connection to the Dask scheduler" in lines[0]
    done = [k for k, v in statuses(out).items() if v == "converted"]
    assert 0 < len(done) < len(specs)

    second = Cluster(tmp_path / "c2", workers=1)
    try:
        rerun = run_cli("batch", str(folder), "-o", str(out), "-f", "json,docx", "-q",
                        "--executor", "dask", "--scheduler", second.address)
    finally:
        second.close()
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert f"{len(specs) - len(done)} converted, {len(done)} skipped" in rerun.stderr.decode()


def test_without_dask_the_error_says_how_to_install(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ministers met in Oslo and signed a memorandum.\n")
    code = ("import sys; sys.modules['distributed'] = None; from briefgen.run.cli import main; "
            f"sys.argv = ['briefgen', 'batch', {str(tmp_path / 'a.txt')!r}, '-o', "
            f"{str(tmp_path / 'out')!r}, '--executor', 'dask', '--scheduler', 'tcp://x:1']; "
            "main()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.returncode == 2
    assert "pip install 'briefgen[dask]'" in result.stderr.decode()
    assert result.stderr.decode().count("\n") == 1


def test_dask_without_a_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ministers met in Oslo and signed a memorandum.\n")
    env = {k: v for k, v in os.environ.items() if k != "DASK_SCHEDULER_ADDRESS"}
    result = subprocess.run([sys.executable, "-m", "briefgen", "batch", str(tmp_path / "a.txt"),
                             "-o", str(tmp_path / "out"), "--executor", "dask"],
                            capture_output=True, env=env, timeout=120)
    assert result.returncode == 2 and "--scheduler" in result.stderr.decode()
