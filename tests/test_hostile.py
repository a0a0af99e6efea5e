"""Hostile text is data: it shows literally in both memos and never acts as Jinja2,
ReportLab markup, Markdown structure or XML; templates are sandboxed; outputs stay put."""

from __future__ import annotations

import io
import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest
from conftest import run_cli

from briefgen.support.errors import EXIT_OUTPUT, EXIT_TEMPLATE

JINJA = ["{{ 7*7 }}", "{% include '/etc/passwd' %}", "{{ ''.__class__.__mro__ }}",
         "{# hidden #}", "{%raw%}"]
REPORTLAB = ['<font color="red">red</font>', '<img src="/etc/passwd"/>', "AT&T &amp; &lt;b&gt;",
             "<b>not bold</b><br/>", "<para>x</para>"]
MARKDOWN = ["# Not a heading", "| a | b |", "**not bold**", "- not a bullet", "1. not ordered",
            "[link](http://example.invalid)", "--- rule", "`code` _under_ \\back"]
XML_INVALID = "Ctrl\x01\x0b\x1f\ufffe\uffff\ud800\ufdd0 end"
BIDI = ["Amb\u202eassador", "\u2067Minister\u2069 of \u202bX", "\u200fRLM\u200e and \u061c"]
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HOSTILE = [*JINJA, *REPORTLAB, *MARKDOWN]


def visible(text: str) -> str:
    """What a reader should see: no control, XML-invalid or bidi formatting characters."""
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
                   and ch not in "\ufffe\uffff" and not 0xFDD0 <= ord(ch) <= 0xFDEF)
    return re.sub(r"\s+", "", text)


def summary_with(strings: list[str]) -> dict:
    """A summary whose every text field carries one of ``strings`` (cycled)."""
    it = itertools.cycle(strings)

    def nxt() -> str:
        return next(it)

    return {
        "title": nxt(),
        "date": "2025-03-04",
        "location": {"city": nxt(), "country": nxt()},
        "visit_type": "official visit",
        "countries": [nxt(), nxt()],
        "participants": [{"name": nxt(), "title": nxt(), "country": nxt()} for _ in range(3)],
        "agreements": [{"text": nxt(), "kind": nxt()} for _ in range(4)],
        "outcomes": [nxt() for _ in range(4)],
        "follow_ups": [{"text": nxt(), "owner": nxt(), "due": nxt()} for _ in range(4)],
        "cooperation_areas": [nxt() for _ in range(3)],
        "projects": [nxt() for _ in range(3)],
        "source": {"path": nxt(), "title": nxt(), "published": "2025-03-05"},
    }


def render(tmp_path: Path, summary: dict, name: str) -> tuple[object, str, str]:
    """Render a summary through the CLI; return the python-docx Document, DOCX and PDF text."""
    import docx
    from pypdf import PdfReader

    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(summary), encoding="utf-8")
    out = tmp_path / f"out-{name}"
    result = run_cli("render", str(source), "-o", str(out), "-f", "docx,pdf")
    assert result.returncode == 0, result.stderr.decode()
    document = docx.Document(str(out / f"{name}.docx"))
    reader = PdfReader(io.BytesIO((out / f"{name}.pdf").read_bytes()))
    return document, docx_text(document), "\n".join(p.extract_text() or "" for p in reader.pages)


def docx_text(document: object) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    core = document.core_properties
    parts += [core.title or "", core.subject or "", core.keywords or "", core.author or ""]
    return "\n".join(parts)


def shape(document: object) -> list[object]:
    """The memo's structure: paragraph styles and table sizes, not their text."""
    return ([p.style.name for p in document.paragraphs]
            + [(len(t.rows), len(t.columns)) for t in document.tables])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, str, str]:
    return render(tmp_path_factory.mktemp("hostile"), summary_with(HOSTILE), "hostile")


@pytest.fixture(scope="module")
def benign(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, str, str]:
    plain = [f"Plain text {chr(65 + i)}" for i in range(len(HOSTILE))]
    return render(tmp_path_factory.mktemp("benign"), summary_with(plain), "benign")


def test_jinja_in_data_is_never_evaluated(hostile: tuple[object, str, str]) -> None:
    _, doc_text, pdf_text = hostile
    for text in (doc_text, pdf_text):
        assert "49" not in text
        assert "root:" not in text and "<class" not in text
        squashed = visible(text)
        for literal in JINJA:
            assert visible(literal) in squashed, literal


def test_reportlab_markup_in_data_shows_literally(hostile: tuple[object, str, str]) -> None:
    _, doc_text, pdf_text = hostile
    for text in (doc_text, pdf_text):
        squashed = visible(text)
        for literal in REPORTLAB:
            assert visible(literal) in squashed, literal


def test_markdown_in_data_shows_literally(hostile: tuple[object, str, str]) -> None:
    _, doc_text, pdf_text = hostile
    for text in (doc_text, pdf_text):
        squashed = visible(text)
        for literal in MARKDOWN:
            assert visible(literal) in squashed, literal


def test_hostile_text_does_not_change_the_memo_structure(
        hostile: tuple[object, str, str], benign: tuple[object, str, str]) -> None:
    assert shape(hostile[0]) == shape(benign[0])
    document = hostile[0]
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith(("Heading", "Title")):
            assert "Not a heading" not in paragraph.text
        for run in paragraph.runs:
            if "not bold" in run.text:
                assert not run.bold


def test_xml_invalid_and_control_characters_are_dropped(tmp_path: Path) -> None:
    document, doc_text, pdf_text = render(tmp_path, summary_with([XML_INVALID]), "ctrl")
    for text in (doc_text, pdf_text):
        assert "Ctrl" in text and "end" in text
        assert not any(ch in text for ch in "\x01\x0b\x1f\ufffe\uffff\ud800")


def test_bidi_overrides_cannot_spill_over(tmp_path: Path) -> None:
    document, doc_text, pdf_text = render(tmp_path, summary_with(BIDI), "bidi")
    lines = [p.text for p in document.paragraphs]
    lines += [c.text for t in document.tables for r in t.rows for c in r.cells]
    for line in lines:
        opened = sum(line.count(ch) for ch in "\u202a\u202b\u202d\u202e")
        isolates = sum(line.count(ch) for ch in "\u2066\u2067\u2068")
        assert opened <= line.count("\u202c"), repr(line)
        assert isolates <= line.count("\u2069"), repr(line)
    for text in (doc_text, pdf_text):
        squashed = visible(text)
        for literal in BIDI:
            assert visible(literal) in squashed, literal
    assert not any(ch in pdf_text for ch in BIDI_CONTROLS)


def test_hostile_release_text_through_the_parser(tmp_path: Path) -> None:
    import docx
    from pypdf import PdfReader

    release = tmp_path / "hostile.txt"
    release.write_text(
        "Talks {{ 7*7 }} <font color=\"red\">in</font> **Valletta** & # | friends\n\n"
        "VALLETTA, March 4 – President of Malta George Vella{% include 'x' %} held talks "
        "with President of Iceland Halla Tómasdóttir <img src=\"/etc/passwd\"/> on March 4.\n\n"
        "The presidents signed a memorandum of understanding on {{ config }} cooperation in "
        "geothermal energy & <b>fisheries</b>.\n\n"
        "| a | b |\n# Heading?\n- bullet?\n\n"
        "President Vella invited President \u202eTómasdóttir to pay a state visit to Malta.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("memo", str(release), "-o", str(out), "--published", "2025-03-05")
    assert result.returncode == 0, result.stderr.decode()
    document = docx.Document(str(out / "hostile.docx"))
    doc_text = docx_text(document)
    pdf_text = "\n".join(p.extract_text() or "" for p in
                         PdfReader(io.BytesIO((out / "hostile.pdf").read_bytes())).pages)
    for text in (doc_text, pdf_text):
        assert "49" not in text and "root:" not in text
        assert visible("Talks {{ 7*7 }}") in visible(text)
        assert visible('<font color="red">in</font>') in visible(text)


# --- user templates run in a sandbox ---------------------------------------------------------

ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ summary.__class__.__init__.__globals__ }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../etc/passwd' %}",
    "{% import 'os' as os %}{{ os }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ undefined_variable_here }}",
]


@pytest.mark.parametrize("body", ESCAPES)
def test_user_template_cannot_escape_the_sandbox(tmp_path: Path, body: str) -> None:
    template = tmp_path / "evil.md.j2"
    template.write_text(f"# Memo\n\n{body}\n", encoding="utf-8")
    source = tmp_path / "s.json"
    source.write_text(json.dumps(summary_with(["Plain"])), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("render", str(source), "-o", str(out), "--template", str(template))
    err = result.stderr.decode()
    assert result.returncode == EXIT_TEMPLATE, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "uid=" not in err and "root:" not in err
    assert not out.exists() or not any(out.iterdir())


# --- files: no clobbering, no escaping the output folder -------------------------------------

RELEASE = ("President of Malta George Vella held talks with President of Iceland Halla "
           "Tómasdóttir in Valletta on March 4.\n")


def test_existing_output_is_not_overwritten_without_force(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.docx").write_bytes(b"the user's own file")
    result = run_cli("memo", str(release), "-o", str(out), "--published", "2025-03-05")
    err = result.stderr.decode()
    assert result.returncode == EXIT_OUTPUT, err
    assert "already exists" in err and "--force" in err and len(err.splitlines()) == 1
    assert (out / "r.docx").read_bytes() == b"the user's own file"
    assert sorted(p.name for p in out.iterdir()) == ["r.docx"]  # no pdf, no temp file

    forced = run_cli("memo", str(release), "-o", str(out), "--published", "2025-03-05",
                     "--force")
    assert forced.returncode == 0, forced.stderr.decode()
    assert (out / "r.docx").read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in out.iterdir()) == ["r.docx", "r.pdf"]


ODD_NAMES = ["..txt", "...txt", "-dash.txt", "semi;colon $(id) `x`.txt", "new\nline.txt",
             "Тоқаев визит.txt", "a\u202egpj.txt", "CON.txt", " spaced .txt", "%2e%2e%2f.txt",
             "x" * 250 + ".txt"]


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


@pytest.mark.parametrize("name", ODD_NAMES)
def test_output_names_cannot_escape_the_output_folder(tmp_path: Path, name: str) -> None:
    inputs = tmp_path / "in" / "deep"
    inputs.mkdir(parents=True)
    release = inputs / name
    release.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    before = _tree(tmp_path)
    result = run_cli("memo", f"./{name}", "-o", str(out), "--published", "2025-03-05",
                     cwd=inputs)
    assert result.returncode == 0, result.stderr.decode()
    made = _tree(tmp_path) - before
    assert made, "nothing written"
    for path in made:
        assert path == out or path.parent == out, path
        if path != out:
            assert re.fullmatch(r"\w[\w.-]*", path.name), path.name
            assert len(path.name.encode("utf-8")) <= 255


def test_batch_output_names_stay_inside_the_output_folder(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    for name in ("a..b.txt", "semi;colon $(id).txt", "Тоқаев.txt", "sub/a\u202eb.txt"):
        (inputs / name).write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("batch", str(inputs), "-o", str(out), "-f", "json", "-q", "-j", "1")
    assert result.returncode == 0, result.stderr.decode() + result.stdout.decode()
    outside = _tree(tmp_path) - _tree(out) - _tree(inputs) - {out, inputs}
    assert outside == set()
    assert len([p for p in out.rglob("*.json") if "manifest" not in p.name]) == 4
    for path in out.rglob("*"):
        assert out.resolve() in path.resolve().parents


def test_other_commands_do_not_clobber_either(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    summary = tmp_path / "visit.json"
    summary.write_text("precious", encoding="utf-8")
    parsed = run_cli("parse", str(release), "-o", str(summary))
    assert parsed.returncode == EXIT_OUTPUT, parsed.stderr.decode()
    assert summary.read_text(encoding="utf-8") == "precious"
    exported = tmp_path / "mine"
    assert run_cli("templates", "export", "memo", str(exported)).returncode == 0
    edited = next(exported.iterdir())
    edited.write_text("{# my edits #}\n# Memo\n", encoding="utf-8")
    again = run_cli("templates", "export", "memo", str(exported))
    assert again.returncode == EXIT_OUTPUT
    assert edited.read_text(encoding="utf-8") == "{# my edits #}\n# Memo\n"
    assert sorted(p.name for p in tmp_path.rglob("*.part")) == []
