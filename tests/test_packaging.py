"""The wheel carries its templates: installed into a fresh venv and run from another folder.

The first test installs only the wheel into a fresh venv and borrows the dependencies
already in this interpreter's site-packages (a plain path in a .pth file: the editable
install's own hook there is not run, so ``briefgen`` can only come from the wheel). The
second installs the wheel with its dependencies from the package index into a venv made by
``python -m venv`` with the pip it ships, not upgraded, as a user would: a newer pip
resolves extras that an older one ignores (lxml[html_clean] once broke every HTML release
on a plain install). It reuses pip's wheel cache, so it takes well under a minute.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT

SUMMARY = {
    "date": "2024-03-04",
    "location": {"city": "Valletta", "country": "Malta"},
    "visit_type": "official visit",
    "countries": ["Iceland", "Malta"],
    "participants": [{"name": "Anna Jónsdóttir", "title": "Prime Minister", "country": "Iceland"}],
    "agreements": ["memorandum on fisheries research"],
    "follow_ups": ["joint working group on ports"],
}


def run(*args: str | Path, cwd: Path | None = None, timeout: int = 600) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=env)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    isolation = ["--no-build-isolation"] if _has_hatchling() else []
    run(sys.executable, "-m", "pip", "wheel", ROOT, "-w", out, "--no-deps", "-q", *isolation)
    (path,) = out.glob("briefgen-*.whl")
    return path


def _has_hatchling() -> bool:
    try:
        import hatchling  # noqa: F401
    except ImportError:
        return False
    return True


def check_installed(venv: Path, elsewhere: Path) -> None:
    """From a folder outside the checkout: the package, its templates, a full render."""
    python = venv / "bin" / "python"
    briefgen = venv / "bin" / "briefgen"
    where = run(python, "-c", "import briefgen.compose.templates as t; print(t.builtin_dir())",
                cwd=elsewhere).strip()
    assert where.startswith(str(venv)) and where.endswith("briefgen/compose/templates"), where
    listed = run(briefgen, "templates", "list", cwd=elsewhere)
    assert [line.split()[0] for line in listed.splitlines()] == ["memo", "one-pager", "readout"]
    (elsewhere / "s.json").write_text(json.dumps(SUMMARY), encoding="utf-8")
    for template in ("memo", "one-pager", "readout"):
        printed = run(briefgen, "render", "s.json", "-f", "docx,pdf,md", "-o", template,
                      "--template", template, cwd=elsewhere).split()
        assert [Path(p).suffix for p in printed] == [".docx", ".pdf", ".md"]
    assert "## Follow-ups" in (elsewhere / "memo" / "s.md").read_text(encoding="utf-8")
    run(briefgen, "templates", "export", "memo", "mine", cwd=elsewhere)
    run(briefgen, "render", "s.json", "-f", "md", "-o", "edited", "--template",
        "mine/memo.md.j2", cwd=elsewhere)
    assert (elsewhere / "edited" / "s.md").is_file()


def test_wheel_contains_templates(wheel: Path):
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    for name in ("memo", "one-pager", "readout", "_blocks"):
        assert f"briefgen/compose/templates/{name}.md.j2" in names


def test_wheel_in_fresh_venv_finds_templates(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    run(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q",
        "--no-deps", "--no-index", wheel)
    target = Path(run(venv / "bin" / "python", "-c",
                      "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip())
    # dependencies from this interpreter, appended after the venv's own site-packages
    (target / "zz_borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    check_installed(venv, elsewhere)


HTML_RELEASE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Prime Minister receives the President of Malta</title></head><body>
<article><h1>Prime Minister receives the President of Malta</h1>
<p>Reykjavik, 4 March 2024. Prime Minister Anna J\u00f3nsd\u00f3ttir received President
Georg Vella of Malta for talks on fisheries research and port cooperation.</p>
<p>The two sides signed a memorandum of understanding on fisheries research.</p>
</article></body></html>"""


def test_wheel_with_dependencies_from_the_index_and_stock_pip(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)  # its bundled pip, deliberately not upgraded
    run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, timeout=900)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    check_installed(venv, elsewhere)
    (elsewhere / "release.html").write_text(HTML_RELEASE, encoding="utf-8")
    summary = json.loads(run(venv / "bin" / "briefgen", "parse", "release.html", cwd=elsewhere))
    assert summary["agreements"], summary
    printed = run(venv / "bin" / "briefgen", "memo", "release.html", "-f", "docx,pdf",
                  "-o", "html-out", cwd=elsewhere).split()
    assert [Path(p).suffix for p in printed] == [".docx", ".pdf"]
