"""`briefgen --help` from the stored text: always identical to typer's, or not used at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.run import fasthelp

ARGV = ["/usr/local/bin/briefgen", "--help"]


def test_stored_help_is_current_and_identical_to_typer() -> None:
    text = fasthelp.cached_help(ARGV)
    assert text is not None, ("briefgen/help.txt is stale (cli.py changed): regenerate it "
                              "with .venv/bin/python -m briefgen.run.fasthelp")
    assert text == fasthelp.real_help()


def test_stale_or_missing_store_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "help.txt"
    stale.write_text("briefgen 0.0.0 cli.py 0000\nUsage: an old CLI\n", encoding="utf-8")
    monkeypatch.setattr(fasthelp, "CACHE", stale)
    assert fasthelp.cached_help(ARGV) is None
    monkeypatch.setattr(fasthelp, "CACHE", tmp_path / "absent.txt")
    assert fasthelp.cached_help(ARGV) is None


@pytest.mark.parametrize("argv", [
    ["/usr/bin/briefgen"], ["/usr/bin/briefgen", "batch", "--help"],
    ["/usr/bin/briefgen", "--help", "-v"], ["/tmp/other-name", "--help"],
])
def test_only_the_plain_top_level_help_is_served(argv: list[str]) -> None:
    assert fasthelp.cached_help(argv) is None


def test_narrow_terminals_get_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_tty(_fd: int) -> os.terminal_size:
        raise OSError

    monkeypatch.setattr(os, "get_terminal_size", no_tty)
    monkeypatch.setenv("COLUMNS", "60")
    assert fasthelp.cached_help(ARGV) is None
    monkeypatch.setenv("COLUMNS", "120")
    assert fasthelp.cached_help(ARGV) is not None


def test_installed_script_prints_the_same_help_as_typer() -> None:
    script = Path(sys.executable).parent / "briefgen"
    if "fasthelp" not in script.read_text(encoding="utf-8", errors="replace"):
        pytest.skip("entry point not reinstalled yet (pip install -e .)")
    fast = subprocess.run([str(script), "--help"], capture_output=True, timeout=60)
    slow = subprocess.run([sys.executable, "-m", "briefgen", "--help"], capture_output=True,
                          timeout=60, env={**os.environ, "COLUMNS": "80"})
    assert fast.returncode == slow.returncode == 0
    assert fast.stdout.decode() == slow.stdout.decode().replace("python -m briefgen",
                                                                "briefgen")
