"""The ``briefgen`` entry point: ``briefgen --help`` without importing typer.

Importing typer (and the click it vendors) costs about 120 ms of CPU, which alone breaks
the 150 ms budget for ``briefgen --help``. The top-level help is therefore kept in
``help.txt`` beside this module, stamped with a hash of ``cli.py`` and the version; it is
printed only while that stamp matches (so it can never describe another CLI) and only
where click would print the same text (program name ``briefgen``, 80+ columns).
Otherwise, and for every other command line, the real typer CLI runs.

Regenerate after changing the CLI: ``.venv/bin/python -m briefgen.run.fasthelp``.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / "help.txt"
WIDTH = 80


def stamp() -> str:
    from briefgen import __version__

    digest = hashlib.sha256((HERE / "cli.py").read_bytes()).hexdigest()[:16]
    return f"briefgen {__version__} cli.py {digest}"


def cached_help(argv: list[str]) -> str | None:
    """The stored help text when it is exactly what typer would print now, else None."""
    if argv[1:] != ["--help"] or os.path.basename(argv[0]) != "briefgen":
        return None
    try:
        columns = os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):
        columns = int(os.environ.get("COLUMNS", WIDTH) or WIDTH)
    if columns < WIDTH:
        return None
    try:
        first, _, text = CACHE.read_text(encoding="utf-8").partition("\n")
    except OSError:
        return None
    return text if first == stamp() else None


def real_help() -> str:
    """What the typer CLI prints for ``briefgen --help`` (same call path as ``main``)."""
    import contextlib
    import io

    from briefgen.run.cli import app

    buffer = io.StringIO()
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(WIDTH)
    try:
        with contextlib.redirect_stdout(buffer), contextlib.suppress(SystemExit):
            app(["--help"], prog_name="briefgen")
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    return buffer.getvalue()


def main() -> None:
    text = cached_help(sys.argv)
    if text is not None:
        sys.stdout.write(text)
        return
    from briefgen.run.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    CACHE.write_text(f"{stamp()}\n{real_help()}", encoding="utf-8")
    print(f"wrote {CACHE}")
