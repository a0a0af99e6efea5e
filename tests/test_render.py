"""write_outputs: compose once, write every format atomically; memo fields from config."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from conftest import SEED, needs_shared, run_cli
from pypdf import PdfReader
from test_compose import make_summary

from briefgen.render import render_bytes
from briefgen.review.summary_io import load_summary
from briefgen.support.config import load_memo_fields
from briefgen.support.errors import OutputError, TemplateError, UsageError
from briefgen.write import write_outputs

ALL = ["docx", "pdf", "md", "json", "yaml"]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_writes_every_format(tmp_path):
    paths = write_outputs(make_summary(), tmp_path, ALL, stem="visit",
                           fields={"to": "Minister", "from": "Desk"})
    assert [p.name for p in paths] == [f"visit.{f}" for f in ALL]
    data = {p.suffix[1:]: p.read_bytes() for p in paths}
    assert data["docx"][:2] == b"PK" and data["pdf"][:5] == b"%PDF-"
    md = data["md"].decode()
    assert md.startswith("---\ntitle: Briefing memorandum") and "## Follow-ups" in md
    assert load_summary(tmp_path / "visit.json") == make_summary()
    assert load_summary(tmp_path / "visit.yaml") == make_summary()
    for text in (pdf_text(data["pdf"]), docx_text(data["docx"])):
        for expected in ("Outcomes", "Agreements", "Follow-ups", "Minister",
                         "Memorandum on fisheries research", "Invitation to Marco Vella"):
            assert expected in text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_outputs_are_byte_identical_and_clock_free(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render_bytes(make_summary(), ["docx", "pdf", "md"])
    second = render_bytes(make_summary(), ["docx", "pdf", "md"])
    assert first == second
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stamped = render_bytes(make_summary(), ["pdf"])["pdf"]
    assert stamped != first["pdf"]
    assert b"D:20231114" in stamped or b"2023-11-14" in stamped


def test_template_error_leaves_no_file(tmp_path):
    bad = tmp_path / "bad.md.j2"
    bad.write_text("{{ nothing_here }}\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(TemplateError):
        write_outputs(make_summary(), out, ["json", "md", "docx"], template=str(bad))
    assert not out.exists()


def test_existing_file_stops_everything_before_writing(tmp_path):
    (tmp_path / "visit.pdf").write_bytes(b"keep me")
    with pytest.raises(OutputError, match="already exists"):
        write_outputs(make_summary(), tmp_path, ["docx", "pdf"], stem="visit")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["visit.pdf"]
    assert (tmp_path / "visit.pdf").read_bytes() == b"keep me"
    write_outputs(make_summary(), tmp_path, ["docx", "pdf"], stem="visit", force=True)
    assert (tmp_path / "visit.pdf").read_bytes()[:5] == b"%PDF-"


def test_stem_cannot_leave_outdir(tmp_path):
    out = tmp_path / "out"
    (path,) = write_outputs(make_summary(), out, ["md"], stem="../../etc/passwd")
    assert path.parent == out and path.name == "passwd.md"


def test_bad_format_and_missing_reference(tmp_path):
    with pytest.raises(UsageError, match="unknown format"):
        write_outputs(make_summary(), tmp_path, ["odt"])
    with pytest.raises(UsageError, match="reference"):
        write_outputs(make_summary(), tmp_path, ["docx"], reference_docx=tmp_path / "no.docx")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- config


def test_config_file_and_cli_override(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_memo_fields(None, {}) == {"classification": "UNCLASSIFIED"}
    (tmp_path / "briefgen.toml").write_text(
        'to = "Minister"\nfrom = "Europe Desk"\nclassification = "OFFICIAL-SENSITIVE"\n'
        "date = 2024-06-01\n", encoding="utf-8")
    fields = load_memo_fields(None, {"to": "Cabinet"})
    assert fields == {"to": "Cabinet", "from": "Europe Desk", "date": "2024-06-01",
                      "classification": "OFFICIAL-SENSITIVE"}


def test_config_paths_are_relative_to_the_file(tmp_path):
    (tmp_path / "house.toml").write_text("", encoding="utf-8")
    config = tmp_path / "conf" / "briefgen.toml"
    config.parent.mkdir()
    config.write_text('theme = "../house.toml"\n', encoding="utf-8")
    assert load_memo_fields(config, {})["theme"] == (tmp_path / "house.toml").resolve()


@pytest.mark.parametrize("body,message", [
    ("to = [unclosed", "not a valid TOML config"),
    ('clasification = "SECRET"', "unknown key 'clasification'"),
    ("to = 3", "must be a string"),
    ('theme = "nowhere.toml"', "file not found"),
    ('date = "2024-13-01"', "YYYY-MM-DD"),
])
def test_config_errors_are_usage_errors(tmp_path, body, message):
    config = tmp_path / "briefgen.toml"
    config.write_text(body + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        load_memo_fields(config, {})
    with pytest.raises(UsageError, match="not found"):
        load_memo_fields(tmp_path / "missing.toml", {})


def test_cli_fields_reach_the_memo(tmp_path):
    summary = tmp_path / "s.json"
    summary.write_text(make_summary().model_dump_json(), encoding="utf-8")
    (tmp_path / "briefgen.toml").write_text('from = "Europe Desk"\n', encoding="utf-8")
    result = run_cli("render", str(summary), "-f", "md,pdf", "-o", "out", "--to", "Cabinet",
                     "--classification", "OFFICIAL-SENSITIVE", "--subject", "Malta talks",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    md = (tmp_path / "out" / "s.md").read_text(encoding="utf-8")
    for line in ("to: Cabinet", "from: Europe Desk", "classification: OFFICIAL-SENSITIVE",
                 "subject: Malta talks"):
        assert line in md
    text = pdf_text((tmp_path / "out" / "s.pdf").read_bytes())
    assert "OFFICIAL-SENSITIVE" in text and "Cabinet" in text and "Europe Desk" in text
    bad = run_cli("render", str(summary), "-f", "md", "-o", "out2", "--config", "nope.toml",
                  cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.decode().count("\n") == 1


# ---------------------------------------------------------------- built-ins on the seed


def test_one_pager_fits_one_page_even_when_long():
    summary = make_summary(
        agreements=[f"memorandum of understanding on cooperation in field number {i} between "
                    "the two ministries concerned" for i in range(25)],
        follow_ups=[{"text": f"follow-up action number {i} agreed by the two sides for the "
                             "coming year", "owner": "Ministry of Foreign Affairs",
                     "due": "by the end of next year"} for i in range(15)],
    )
    assert len(PdfReader(io.BytesIO(render_bytes(summary, ["pdf"],
                                                 template="one-pager")["pdf"])).pages) == 1


@needs_shared
def test_seed_memo_for_every_builtin(tmp_path):
    """Issue 2's bar for each template: DOCX opens in LibreOffice, the PDF passes qpdf."""
    out = tmp_path / "out"
    for template in ("memo", "one-pager", "readout"):
        result = run_cli("memo", str(SEED), "--published", "2024-05-23", "-f", "docx,pdf",
                         "-o", str(out / template), "--template", template)
        assert result.returncode == 0, result.stderr.decode()
        printed = result.stdout.decode().split()
        assert [Path(p).suffix for p in printed] == [".docx", ".pdf"]
    memo_pdf = pdf_text((out / "memo" / f"{SEED.stem}.pdf").read_bytes())
    for heading in ("Outcomes", "Agreements", "Follow-ups"):
        assert heading in memo_pdf
    one_pager = (out / "one-pager" / f"{SEED.stem}.pdf").read_bytes()
    assert len(PdfReader(io.BytesIO(one_pager)).pages) == 1
    pdfs = sorted(out.rglob("*.pdf"))
    if shutil.which("qpdf"):
        for pdf in pdfs:
            check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True)
            assert check.returncode == 0, check.stdout.decode()
    if shutil.which("soffice"):
        converted = tmp_path / "lo"
        docs = []
        for template in ("memo", "one-pager", "readout"):
            target = tmp_path / f"{template}.docx"
            shutil.copy(out / template / f"{SEED.stem}.docx", target)
            docs.append(str(target))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                        "--headless", "--convert-to", "pdf", "--outdir", str(converted),
                        *docs], capture_output=True, timeout=240, check=True)
        for template in ("memo", "one-pager", "readout"):
            pdf = converted / f"{template}.pdf"
            assert pdf.is_file() and pdf.stat().st_size > 1000, template
            assert "Bottom line up front" in pdf_text(pdf.read_bytes()) or template == "readout"


def test_config_reference_docx_and_theme_reach_the_writers(tmp_path):
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Courier New"
    reference.save(str(tmp_path / "house.docx"))
    (tmp_path / "house.toml").write_text('[colours]\nbanner = "#123456"\n', encoding="utf-8")
    config = tmp_path / "briefgen.toml"
    config.write_text('reference_docx = "house.docx"\ntheme = "house.toml"\n', encoding="utf-8")
    fields = load_memo_fields(config, {})
    out = render_bytes(make_summary(), ["docx", "pdf"], fields=fields)
    assert docx.Document(io.BytesIO(out["docx"])).styles["Normal"].font.name == "Courier New"
    plain_out = render_bytes(make_summary(), ["docx", "pdf"])
    assert docx.Document(io.BytesIO(plain_out["docx"])).styles["Normal"].font.name != \
        "Courier New"
    assert out["pdf"] != plain_out["pdf"]  # the banner colour changed


def test_bad_max_pages_is_a_template_error(tmp_path):
    bad = tmp_path / "t.md.j2"
    bad.write_text("---\nmax_pages: one\n---\n\n## X\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="max_pages"):
        render_bytes(make_summary(), ["pdf"], template=str(bad))


HOSTILE_FIELDS = {"to": "[to be completed]", "from": "Desk: Europe #2 'west'",
                  "subject": 'State visit: Iceland – Malta, "first" *ever* \\ 4 March'}


def _md_front_matter(tmp_path: Path) -> tuple[str, dict]:
    from ruamel.yaml import YAML

    (path,) = write_outputs(make_summary(), tmp_path, ["md"], stem="visit",
                            fields=HOSTILE_FIELDS)
    text = path.read_text(encoding="utf-8")
    _, front, _ = text.split("---\n", 2)
    return text, YAML(typ="safe", pure=True).load(front)


def test_md_front_matter_is_yaml_that_loads_back_to_the_header_values(tmp_path):
    text, front = _md_front_matter(tmp_path)
    assert list(front)[:3] == ["title", "classification", "to"]
    for key, value in HOSTILE_FIELDS.items():
        assert front[key] == value  # no Markdown escapes inside YAML, nothing lost
    assert "\\[" not in text.split("---\n", 2)[1]


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
def test_pandoc_converts_an_md_memo(tmp_path):
    text, _ = _md_front_matter(tmp_path)
    done = subprocess.run(["pandoc", str(tmp_path / "visit.md"), "-f", "markdown", "-t", "json"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    import json

    meta = json.loads(done.stdout)["meta"]
    assert set(meta) >= {"title", "to", "from", "subject"}
    subprocess.run(["pandoc", str(tmp_path / "visit.md"), "-o", str(tmp_path / "p.docx")],
                   check=True, timeout=60)
    assert "Follow-ups" in docx_text((tmp_path / "p.docx").read_bytes())
