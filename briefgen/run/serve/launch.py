"""``briefgen serve``: bind, print the tokened URL, run uvicorn until Ctrl-C.

The socket is bound before the URL is printed, so the URL is never printed for a port
that turns out to be taken, and a script that waits for the line can connect at once
(connections queue in the listen backlog while uvicorn starts its loop).
"""

from __future__ import annotations

import socket
import sys
import threading
import webbrowser
from pathlib import Path

from briefgen.run.serve.app import Settings, create_app
from briefgen.support.errors import UsageError


def url_for(settings: Settings) -> str:
    host = settings.host
    shown = "localhost" if host in ("127.0.0.1", "localhost") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{settings.port}/?token={settings.token}"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on exactly ``host`` (no dual-stack surprises)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"--port: cannot listen on {host}:{port} "
                         f"({exc.strerror or exc})") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(host: str = "127.0.0.1", port: int = 8000, *, open_browser: bool = True,
          max_bytes: int | None = None, config: Path | None = None) -> None:
    """Run the review page until interrupted."""
    import uvicorn

    from briefgen.run.serve.library import memo_fields

    memo_fields(config, {})  # a broken config file is reported now, not at each download
    sock = bind(host, port)
    settings = Settings(host=host, port=sock.getsockname()[1], config=config)
    if max_bytes is not None:
        settings.max_bytes = max_bytes
    url = url_for(settings)
    print(f"briefgen review page: {url}", flush=True)
    print("Press Ctrl-C to stop.", file=sys.stderr, flush=True)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    config_ = uvicorn.Config(create_app(settings), log_level="warning", access_log=False,
                             lifespan="off", server_header=False,
                             limit_concurrency=200, timeout_graceful_shutdown=2)
    try:
        uvicorn.Server(config_).run(sockets=[sock])
    finally:
        sock.close()
