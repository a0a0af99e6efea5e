"""``briefgen serve`` as a user starts it: a real uvicorn process on a real socket.

Checks the bar of issue 16 from outside: the tokened URL is printed within 3 s, the
server listens on 127.0.0.1 only, the guard holds over real HTTP, and 20 parse requests
at once all get the same, right answer.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import SAMPLES

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")

SAMPLE = SAMPLES / "state-visit-memoranda.txt"
URL = re.compile(r"http://localhost:(\d+)/\?token=([A-Za-z0-9_-]{40,})")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, process: subprocess.Popen[str], url: str, port: int, token: str,
                 started_in: float) -> None:
        self.process, self.url, self.port, self.token = process, url, port, token
        self.started_in = started_in
        self.base = f"http://127.0.0.1:{port}"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def start_server(*args: str, timeout: float = 10) -> Server:
    """Start ``briefgen serve`` and wait for its URL line (stdout, unbuffered)."""
    port = free_port()
    began = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "--port", str(port), "--no-open", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stdout is not None
    line = process.stdout.readline()  # the first line is the URL
    elapsed = time.monotonic() - began
    match = URL.search(line)
    if not match:
        process.kill()
        raise AssertionError(f"no URL printed: {line!r} {process.stderr.read()!r}")
    return Server(process, match.group(0), int(match.group(1)), match.group(2), elapsed)


def stop(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = start_server()
    yield srv
    stop(srv)


def test_prints_a_tokened_url_within_3_seconds(server: Server):
    assert server.started_in < 3, f"URL after {server.started_in:.2f} s"
    assert server.port > 0 and len(server.token) >= 40


def _listeners(port: int) -> list[str]:
    """Local addresses listening on ``port``, from /proc/net/tcp and tcp6 (Linux)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for row in path.read_text().splitlines()[1:]:
            fields = row.split()
            address, state = fields[1], fields[3]
            host, _, hexport = address.partition(":")
            if state == "0A" and int(hexport, 16) == port:
                found.append(host)
    return found


def test_listens_on_127_0_0_1_only(server: Server):
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read listening sockets from")
    assert _listeners(server.port) == ["0100007F"]  # 127.0.0.1, little-endian hex
    with socket.create_connection(("127.0.0.1", server.port), timeout=5):
        pass


def test_root_is_403_without_the_token_and_the_page_with_it(server: Server):
    assert httpx.get(server.base + "/").status_code == 403
    page = httpx.get(server.url)
    assert page.status_code == 200
    assert "briefgen" in page.text and 'id="release"' in page.text


def test_foreign_host_is_refused(server: Server):
    response = httpx.get(server.url, headers={"Host": f"attacker.example:{server.port}"})
    assert response.status_code == 403


def test_oversized_upload_is_413_over_http():
    srv = start_server("--max-size", "1")
    try:
        big = b"word " * (1024 * 1024 // 5 + 10)
        response = httpx.post(srv.base + "/api/parse", headers=srv.auth, timeout=30,
                              files=[("files", ("big.txt", big, "text/plain"))])
        assert response.status_code == 413
        assert "1 MB input limit" in response.json()["error"]
    finally:
        stop(srv)


def test_twenty_parse_requests_at_once(server: Server):
    data = SAMPLE.read_bytes()

    def one(i: int) -> tuple[int, dict]:
        response = httpx.post(server.base + "/api/parse", headers=server.auth, timeout=120,
                              data={"published": "2025-04-17"},
                              files=[("files", (SAMPLE.name, data, "text/plain"))])
        return response.status_code, response.json()

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(one, range(20)))
    assert [code for code, _ in results] == [200] * 20
    first = results[0][1]
    assert len(first["summary"]["agreements"]) == 5
    assert all(body == first for _, body in results)


def test_binary_upload_is_a_clean_json_error(server: Server):
    response = httpx.post(server.base + "/api/parse", headers=server.auth, timeout=30,
                          files=[("files", ("a.pdf", b"%PDF-1.7\n" + bytes(300), "x/y"))])
    assert response.status_code == 400
    assert response.json() == {"error": "a.pdf: binary file (PDF document), expected a text, "
                                        "Markdown or HTML release"}


def test_port_in_use_is_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "briefgen", "serve", "--port", str(port),
                               "--no-open"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr.strip().startswith(f"briefgen: --port: cannot listen on 127.0.0.1:{port}")
    assert len(done.stderr.strip().splitlines()) == 1
