"""Same memo, theme and version => byte-identical DOCX and PDF, across runs, processes
and time zones; dates inside come from the memo, never from the clock."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pypdf
from memo_samples import long_memo, typical_memo

from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf

TESTS = Path(__file__).resolve().parent

_CHILD = """
import hashlib, sys
sys.path.insert(0, {tests!r})
from memo_samples import typical_memo
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf
memo = typical_memo()
print(hashlib.sha256(render_docx(memo)).hexdigest())
print(hashlib.sha256(render_pdf(memo)).hexdigest())
"""


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_two_renders_in_one_process_are_identical() -> None:
    memo = long_memo()
    assert render_docx(memo) == render_docx(memo)
    assert render_pdf(memo) == render_pdf(memo)


def test_other_process_and_time_zone_give_the_same_bytes() -> None:
    memo = typical_memo()
    expected = [sha(render_docx(memo)), sha(render_pdf(memo))]
    for tz in ("Asia/Almaty", "America/Los_Angeles"):
        env = {**os.environ, "TZ": tz, "PYTHONHASHSEED": "random"}
        result = subprocess.run([sys.executable, "-c", _CHILD.format(tests=str(TESTS))],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == expected, tz


def test_zip_entries_have_fixed_order_and_the_memo_timestamp() -> None:
    data = render_docx(typical_memo(created="2024-05-23T09:30:00Z"))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])
    assert {i.date_time for i in infos} == {(2024, 5, 23, 9, 30, 0)}


def test_pre_1980_dates_clamp_to_the_zip_epoch() -> None:
    data = render_docx(typical_memo(created="1975-01-01T00:00:00Z"))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_dates_follow_the_memo_not_the_clock() -> None:
    early, late = typical_memo(created="2024-05-23T00:00:00Z"), typical_memo(
        created="2025-01-02T00:00:00+06:00")
    assert render_pdf(early) != render_pdf(late)
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(late)))
    assert reader.metadata["/CreationDate"] == "D:20250101180000+00'00'"  # as UTC
    docx_late = render_docx(late)
    with zipfile.ZipFile(io.BytesIO(docx_late)) as zf:
        core = zf.read("docProps/core.xml").decode()
    assert ">2025-01-01T18:00:00Z</dcterms:created>" in core
    assert ">2025-01-01T18:00:00Z</dcterms:modified>" in core


def test_no_random_ids_in_the_pdf() -> None:
    """Invariant mode: the trailer /ID is a digest of content, so it repeats."""
    first = pypdf.PdfReader(io.BytesIO(render_pdf(typical_memo())))
    second = pypdf.PdfReader(io.BytesIO(render_pdf(typical_memo())))
    assert first.trailer["/ID"] == second.trailer["/ID"]
    changed = pypdf.PdfReader(io.BytesIO(render_pdf(typical_memo(classification="OTHER"))))
    assert changed.trailer["/ID"] != first.trailer["/ID"]


_CACHED_CHILD = """
import hashlib, sys
sys.path.insert(0, {tests!r})
from memo_samples import typical_memo
from briefgen.render.docx import render_docx
print(hashlib.sha256(render_docx(typical_memo())).hexdigest(), "docx" in sys.modules)
"""


def run_child(env: dict[str, str]) -> tuple[str, str]:
    result = subprocess.run([sys.executable, "-c", _CACHED_CHILD.format(tests=str(TESTS))],
                            capture_output=True, text=True, env={**os.environ, **env},
                            timeout=120)
    assert result.returncode == 0, result.stderr
    digest, imported = result.stdout.split()
    return digest, imported


def test_disk_cache_of_the_base_package_changes_no_byte(tmp_path: Path) -> None:
    """A one-memo process reuses the prepared base from disk (no python-docx import);
    the bytes are the same as building it, and a damaged cache file is just rebuilt."""
    cache = {"BRIEFGEN_CACHE_DIR": str(tmp_path)}
    expected = sha(render_docx(typical_memo()))
    assert run_child({"BRIEFGEN_NO_CACHE": "1"}) == (expected, "True")
    assert run_child(cache) == (expected, "True")  # builds and stores
    files = list(tmp_path.glob("docx-base-*.json"))
    assert len(files) == 1
    assert run_child(cache) == (expected, "False")  # from disk, python-docx not imported
    files[0].write_text('{"key": "damaged', encoding="utf-8")
    assert run_child(cache) == (expected, "True")
