"""Start-up stays light: which modules each command line pulls in (structure, not timing).

``briefgen --help`` has a budget of 150 ms per process; pydantic, Jinja2, python-docx,
ReportLab, trafilatura or markdown-it would each eat a large part of it. These tests read
``python -X importtime`` output, so a top-level import of any of them anywhere on the path
(cli.py, briefgen/__init__.py, a module cli.py imports) fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pydantic", "jinja2", "docx", "reportlab", "trafilatura", "markdown_it")


def imported_modules(args: list[str], tmp_path: Path, **env: str) -> tuple[set[str], str]:
    """Top-level package names imported by ``python -X importtime <args>``, and stdout."""
    run_env = {**os.environ, "BRIEFGEN_CACHE_DIR": str(tmp_path / "cache"), **env}
    done = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True,
                          text=True, cwd=ROOT, env=run_env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            module = line.rsplit("|", 1)[1].strip()
            if module != "imported package":
                names.add(module.split(".")[0])
    assert "briefgen" in names, "importtime output not understood"
    return names, done.stdout


def test_help_imports_nothing_heavy(tmp_path: Path) -> None:
    names, out = imported_modules(["-m", "briefgen", "--help"], tmp_path)
    assert "Usage:" in out and "memo" in out
    assert "typer" in names  # the real CLI answered, not a stand-in
    assert not names & set(HEAVY), f"--help imported {sorted(names & set(HEAVY))}"


def test_version_imports_nothing_heavy(tmp_path: Path) -> None:
    names, out = imported_modules(["-m", "briefgen", "--version"], tmp_path)
    assert out.startswith("briefgen ")
    assert not names & set(HEAVY), f"--version imported {sorted(names & set(HEAVY))}"


def test_installed_entry_point_help_imports_nothing_heavy(tmp_path: Path) -> None:
    code = ("import sys; sys.argv = ['briefgen', '--help']; "
            "from briefgen.run.fasthelp import main; main()")
    names, out = imported_modules(["-c", code], tmp_path, COLUMNS="100")
    assert "Usage: briefgen" in out
    assert not names & set(HEAVY), f"entry point imported {sorted(names & set(HEAVY))}"


@pytest.mark.parametrize("module", HEAVY)
def test_the_check_sees_heavy_imports(module: str, tmp_path: Path) -> None:
    """The structural check is live: the same probe does see each heavy module when used."""
    pytest.importorskip(module)
    names, _ = imported_modules(["-c", f"import briefgen, {module}"], tmp_path)
    assert module in names


def test_docx_memo_needs_neither_reportlab_nor_python_docx_once_cached(tmp_path: Path) -> None:
    release = ROOT / "samples" / "state-visit-memoranda.txt"
    args = ["-m", "briefgen", "memo", str(release), "-f", "docx", "-o", str(tmp_path / "out"),
            "--force"]
    imported_modules(args, tmp_path)  # first run fills the DOCX base cache
    names, _ = imported_modules(args, tmp_path)
    assert (tmp_path / "out" / "state-visit-memoranda.docx").stat().st_size > 0
    assert "reportlab" not in names
    assert "docx" not in names
