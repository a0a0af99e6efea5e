"""Bad input: every case ends in one clear stderr line, a documented exit code and no
stray output; text that can be read is read correctly and gives valid memos."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from briefgen.support.errors import EXIT_INPUT, EXIT_OUTPUT, EXIT_USAGE

RELEASE = (
    "President of Chile holds talks with President of Uruguay\n\n"
    "SANTIAGO, March 3 – President of Chile Gabriel Ortúzar Reyes held talks with President "
    "of Uruguay Martín Echeverría Sosa in Santiago on March 3.\n\n"
    "The presidents signed a memorandum of understanding on cooperation in renewable energy.\n\n"
    "President Ortúzar invited President Echeverría to pay a state visit to Chile next year.\n"
)
CYRILLIC = (
    "Президент Казахстана провёл переговоры с Премьер-министром Сингапура\n\n"
    "АСТАНА, 3 марта – Президент Казахстана Қасым-Жомарт Тоқаев провёл переговоры с "
    "Премьер-министром Сингапура в Астане 3 марта.\n\nСтороны подписали меморандум.\n"
)
LATIN1 = (
    "Le Président reçoit le Ministre des Affaires étrangères\n\n"
    "PARIS, 3 mars - Le Président de la République a reçu à l'Élysée le Ministre "
    "des Affaires étrangères du Pérou, Señor Muñoz, le 3 mars.\n"
)


def outputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")) if folder.exists() else []


def assert_refused(result: subprocess.CompletedProcess[bytes], code: int, fragment: str,
                   out: Path) -> None:
    err = result.stderr.decode("utf-8", errors="replace")
    assert result.returncode == code, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("briefgen: ") and fragment in lines[0], lines[0]
    assert "Traceback" not in err
    assert outputs(out) == [], "a refused input left output behind"


def assert_ok(result: subprocess.CompletedProcess[bytes]) -> None:
    """Accepted input: exit 0 and at most one notice on stderr, never a traceback."""
    err = result.stderr.decode("utf-8", errors="replace")
    assert result.returncode == 0, err
    assert len(err.splitlines()) <= 1 and "Traceback" not in err, err


def memo(path: Path | str, out: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return run_cli("memo", str(path), "-o", str(out), "-f", "docx,pdf", *extra)


def parse_json(path: Path) -> dict:
    result = run_cli("parse", str(path), "--published", "2025-03-04")
    assert_ok(result)
    return json.loads(result.stdout)


def assert_valid_memos(out: Path, stem: str) -> str:
    """Both memos exist, open in python-docx and pypdf; returns the DOCX text."""
    import docx
    from pypdf import PdfReader

    document = docx.Document(str(out / f"{stem}.docx"))
    reader = PdfReader(io.BytesIO((out / f"{stem}.pdf").read_bytes()))
    assert len(reader.pages) >= 1
    assert [p.name for p in outputs(out)] == [f"{stem}.docx", f"{stem}.pdf"]
    return "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)


# --- inputs refused with exit 3 ------------------------------------------------------------

def _pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf, invariant=1)
    page.drawString(72, 720, "President held talks with the Prime Minister.")
    page.save()
    return buf.getvalue()


def _png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("release.txt", RELEASE)
    return buf.getvalue()


REFUSED = {
    "empty": (b"", "empty"),
    "whitespace": (b"  \n\t\r\n   \n\xc2\xa0\n", "empty"),
    "pdf": (_pdf_bytes(), "binary"),
    "png": (_png_bytes(), "binary"),
    "zip": (_zip_bytes(), "binary"),
    "random-bytes": (random.Random(7).randbytes(4096), "binary"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_unreadable_content_is_refused(tmp_path: Path, case: str) -> None:
    data, fragment = REFUSED[case]
    release = tmp_path / f"{case}.txt"
    release.write_bytes(data)
    assert_refused(memo(release, tmp_path / "out"), EXIT_INPUT, fragment, tmp_path / "out")


def test_parse_refuses_the_same_way_and_prints_nothing(tmp_path: Path) -> None:
    release = tmp_path / "doc.txt"
    release.write_bytes(REFUSED["pdf"][0])
    target = tmp_path / "visit.json"
    result = run_cli("parse", str(release), "-o", str(target))
    assert_refused(result, EXIT_INPUT, "binary", tmp_path / "out")
    assert result.stdout == b"" and not target.exists()


def test_missing_file(tmp_path: Path) -> None:
    assert_refused(memo(tmp_path / "nope.txt", tmp_path / "out"), EXIT_INPUT, "no such file",
                   tmp_path / "out")


def test_directory_where_a_file_is_expected(tmp_path: Path) -> None:
    folder = tmp_path / "release.txt"
    folder.mkdir()
    assert_refused(memo(folder, tmp_path / "out"), EXIT_INPUT, "is a directory",
                   tmp_path / "out")


def test_summary_file_given_to_memo_points_to_render(tmp_path: Path) -> None:
    summary = tmp_path / "visit.json"
    summary.write_text("{}", encoding="utf-8")
    assert_refused(memo(summary, tmp_path / "out"), EXIT_INPUT, "render", tmp_path / "out")


def test_file_above_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.write(RELEASE.encode())
        fh.truncate(50 * 1024 * 1024)
    assert_refused(memo(big, tmp_path / "out"), EXIT_INPUT, "--max-size", tmp_path / "out")
    # above the raised limit it is read, and refused for what it is (mostly NUL bytes)
    assert_refused(memo(big, tmp_path / "out", "--max-size", "60"), EXIT_INPUT, "binary",
                   tmp_path / "out")


def test_size_limit_can_be_raised(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    release = folder / "long.txt"
    release.write_text(RELEASE + ("The sides discussed trade. " * 50_000), encoding="utf-8")
    assert 1024 * 1024 < release.stat().st_size < 2 * 1024 * 1024
    small = run_cli("parse", str(release), "--max-size", "1")
    assert_refused(small, EXIT_INPUT, "larger than the 1 MB input limit", tmp_path / "none")
    raised = run_cli("parse", str(release), "--max-size", "2")
    assert raised.returncode == 0, raised.stderr.decode()
    assert json.loads(raised.stdout)["source"]["path"].endswith("long.txt")
    # batch has the same option; a refused input is reported and gets no output
    batch = run_cli("batch", str(release), "-o", str(tmp_path / "a"), "-f", "json",
                    "--max-size", "1", "-q")
    assert batch.returncode != 0
    assert "--max-size" in batch.stderr.decode() + batch.stdout.decode()
    assert not list((tmp_path / "a").rglob("long*.json"))


def test_unknown_format_and_bad_date_are_usage_errors(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    assert_refused(memo(release, tmp_path / "out", "-f", "odt"), EXIT_USAGE, "format",
                   tmp_path / "out")
    assert_refused(memo(release, tmp_path / "out", "--published", "03/04/2025"), EXIT_USAGE,
                   "YYYY-MM-DD", tmp_path / "out")


def test_output_folder_that_is_a_file_is_an_output_error(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_bytes(b"not a folder")
    result = memo(release, blocker)
    err = result.stderr.decode()
    assert result.returncode == EXIT_OUTPUT, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert blocker.read_bytes() == b"not a folder"


@pytest.fixture
def unreadable_release() -> Iterator[Path]:
    """A release only root could read, in a folder anyone may enter."""
    folder = Path(tempfile.mkdtemp(prefix="briefgen-perm-"))
    folder.chmod(0o755)
    release = folder / "secret.txt"
    release.write_text(RELEASE, encoding="utf-8")
    release.chmod(0)
    yield release
    shutil.rmtree(folder, ignore_errors=True)


def test_unreadable_permissions(unreadable_release: Path) -> None:
    out = unreadable_release.parent / "out"
    command = [sys.executable, "-m", "briefgen", "memo", str(unreadable_release), "-o", str(out)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "HOME": str(out.parent)}
    if os.geteuid() == 0:
        # root reads anything: drop to 'nobody' if it can still run the project
        try:
            check = subprocess.run([sys.executable, "-c", "import briefgen.run.cli"], user=65534,
                                   capture_output=True, env=env, cwd=out.parent)
        except OSError:  # e.g. the interpreter lives under /root
            check = None
        if check is None or check.returncode != 0:
            pytest.skip("running as root and user 'nobody' cannot import the project")
        result = subprocess.run(command, user=65534, capture_output=True, env=env,
                                cwd=out.parent, timeout=120)
    else:
        result = subprocess.run(command, capture_output=True, env=env, cwd=out.parent,
                                timeout=120)
    assert_refused(result, EXIT_INPUT, "permission denied", out)


# --- inputs that are read (and read correctly) ---------------------------------------------

def test_utf16_with_bom(tmp_path: Path) -> None:
    release = tmp_path / "utf16.txt"
    release.write_bytes(CYRILLIC.encode("utf-16"))
    # the headline is the first line: it must come through decoded
    assert "провёл переговоры" in json.dumps(parse_json(release), ensure_ascii=False)


@pytest.mark.parametrize(("encoding", "text", "needle"), [
    ("cp1251", CYRILLIC.replace("Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев"), "провёл"),
    ("latin-1", LATIN1, "Président reçoit"),
])
def test_legacy_single_byte_encodings(tmp_path: Path, encoding: str, text: str,
                                      needle: str) -> None:
    release = tmp_path / f"{encoding}.txt"
    release.write_bytes(text.encode(encoding))
    summary = json.dumps(parse_json(release), ensure_ascii=False)
    assert needle in summary
    assert "Ã" not in summary and "Ð" not in summary  # no mojibake


def test_invalid_utf8_keeps_the_good_text(tmp_path: Path) -> None:
    release = tmp_path / "damaged.txt"
    release.write_bytes(RELEASE.encode("utf-8").replace(b"Santiago in", b"Santiago\xff in"))
    out = tmp_path / "out"
    result = memo(release, out)
    assert_ok(result)
    text = assert_valid_memos(out, "damaged")
    assert "Ortúzar" in text
    assert "\ufffd" not in json.dumps(parse_json(release))


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    release = tmp_path / "controls.txt"
    release.write_bytes(RELEASE.encode("utf-8").replace(b"Ort", b"Ort\x07").replace(
        b"Uruguay\n", b"Uruguay\x1b[31m\x0c\x7f\n"))
    out = tmp_path / "out"
    result = memo(release, out)
    assert_ok(result)
    text = assert_valid_memos(out, "controls")
    assert not any(ch in text for ch in "\x00\x07\x1b\x7f")
    summary = json.dumps(parse_json(release), ensure_ascii=False)
    assert not any(ch in summary for ch in ("\\u0000", "\\u0007", "\\u001b", "\\u007f"))


def test_extremely_long_lines(tmp_path: Path) -> None:
    release = tmp_path / "long-lines.txt"
    unbroken = "Ortúzar" + "x" * 20_000
    release.write_text(f"{unbroken}\n\n" + RELEASE.replace("\n\n", " ") * 300, encoding="utf-8")
    out = tmp_path / "out"
    result = memo(release, out)
    assert_ok(result)
    assert_valid_memos(out, "long-lines")


def test_html_with_scripts_shows_no_script(tmp_path: Path) -> None:
    release = tmp_path / "page.html"
    body = "".join(f"<p>{para}</p>" for para in RELEASE.split("\n\n")[1:])
    release.write_text(
        "<!doctype html><html><head><title>Talks in Santiago</title>"
        "<script>document.write('INJECTED-HEAD')</script></head><body onload=\"alert('x')\">"
        f"<article>{body}<script>alert('INJECTED-BODY')</script>"
        "<img src=x onerror=\"alert('INJECTED-IMG')\"><noscript>INJECTED-NOSCRIPT</noscript>"
        "</article></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    result = memo(release, out)
    assert_ok(result)
    text = assert_valid_memos(out, "page")
    assert "Ortúzar" in text
    for needle in ("INJECTED", "alert(", "<script", "document.write"):
        assert needle not in text
    assert "INJECTED" not in json.dumps(parse_json(release))


def test_no_recognisable_event_gives_a_memo_that_says_so(tmp_path: Path) -> None:
    release = tmp_path / "weather.txt"
    release.write_text("The weather in the capital stayed mild this week.\n\nShops opened "
                       "at nine and the buses ran on time.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = memo(release, out)
    assert_ok(result)
    import docx

    assert_valid_memos(out, "weather")
    # documented choice: a memo that says what the release did not give, not an error
    glance = {row.cells[0].text: row.cells[1].text
              for table in docx.Document(str(out / "weather.docx")).tables for row in table.rows}
    for field in ("Type", "Date", "Place", "Participants"):
        assert glance.get(field) == "Not stated in the release", (field, glance)


def test_readme_documents_every_exit_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Errors and exit codes", 1)[1].split("\n## ", 1)[0]
    for code in (0, 1, 2, 3, 4, 5, 70):
        assert f"| {code} " in section, code


def test_stdin_is_read_like_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("memo", "-", "-o", str(out), "--published", "2025-03-04",
                     input=RELEASE.encode("utf-8"))
    assert_ok(result)
    assert_valid_memos(out, "memo")
    empty = run_cli("memo", "-", "-o", str(out / "x"), input=b"")
    assert_refused(empty, EXIT_INPUT, "empty", out / "x")



def test_permission_error_becomes_an_input_error(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # the same path as test_unreadable_permissions, for machines where that one must skip
    from briefgen.ingest import load_release
    from briefgen.support.errors import InputError

    release = tmp_path / "secret.txt"
    release.write_text(RELEASE, encoding="utf-8")

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError, match="permission denied") as caught:
        load_release(release)
    assert caught.value.code == EXIT_INPUT
