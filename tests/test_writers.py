"""DOCX and PDF writers: real styles, page furniture, safety, theme, validity.

Outputs are opened with python-docx and pypdf and checked for real content; external
validators (qpdf, LibreOffice) run when installed and are skipped otherwise.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st
from memo_samples import HOSTILE, hostile_memo, long_memo, r, typical_memo

from briefgen.compose.theme import load_theme
from briefgen.memo import Memo, Paragraph
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf
from briefgen.render.text import clean_text, memo_datetime
from briefgen.support.errors import UsageError


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def open_pdf(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def body_styles(document: docx.document.Document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]


@pytest.fixture(scope="module")
def typical_docx() -> bytes:
    return render_docx(typical_memo())


@pytest.fixture(scope="module")
def typical_pdf() -> bytes:
    return render_pdf(typical_memo())


# ---------------------------------------------------------------- DOCX

def test_docx_uses_real_word_styles(typical_docx: bytes) -> None:
    document = open_docx(typical_docx)
    styles = body_styles(document)
    assert styles[0] == ("Title", "Briefing memo: state visit to Astana")
    assert ("Heading 1", "Outcomes") in styles
    assert ("Heading 2", "Next round") in styles
    assert ("List Bullet", "A joint working group on transit corridors will be formed.") in styles
    assert ("List Number", "Prepare the working group's terms of reference.") in styles
    assert all(t.style.name == "Table Grid" for t in document.tables)


def test_docx_header_block(typical_docx: bytes) -> None:
    texts = [p.text for p in open_docx(typical_docx).paragraphs]
    assert texts[1:5] == ["TO:\tThe Minister", "FROM:\tCentral Asia Department",
                          "DATE:\t24 May 2024", "SUBJECT:\tState visit, 23-24 May 2024"]


def test_docx_banner_in_header_and_footer_with_page_fields(typical_docx: bytes) -> None:
    section = open_docx(typical_docx).sections[0]
    assert not section.header.is_linked_to_previous
    assert [p.text for p in section.header.paragraphs] == ["OFFICIAL-SENSITIVE"]
    footer = section.footer
    assert [p.text for p in footer.paragraphs] == ["Page 1 of 1", "OFFICIAL-SENSITIVE"]
    instr = [el.text.strip() for el in footer._element.iter(qn("w:instrText"))]
    assert instr == ["PAGE", "NUMPAGES"]
    kinds = [el.get(qn("w:fldCharType")) for el in footer._element.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    # one header for every page: no separate first-page header hides the banner
    assert not section.different_first_page_header_footer


def test_docx_table_header_rows_repeat_and_rows_do_not_split(typical_docx: bytes) -> None:
    table = open_docx(typical_docx).tables[1]
    assert [c.text for c in table.rows[0].cells] == ["Document", "Parties", "Status"]
    first, second = table.rows[0]._tr, table.rows[1]._tr
    assert first.trPr.find(qn("w:tblHeader")) is not None
    assert second.trPr.find(qn("w:tblHeader")) is None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    assert len(table.rows) == 6


def test_docx_ordered_lists_restart_numbering(typical_docx: bytes) -> None:
    document = open_docx(typical_docx)
    num_ids = [p._p.pPr.numPr.numId.val for p in document.paragraphs
               if p.style.name == "List Number"]
    assert len(num_ids) == 3
    assert num_ids[0] == num_ids[1] != num_ids[2]
    numbering = document.part.numbering_part.element
    for num_id in set(num_ids):
        num = numbering.num_having_numId(num_id)
        assert num.find(qn("w:lvlOverride")) is not None  # each list starts at 1


def test_docx_core_properties_come_from_the_memo(typical_docx: bytes) -> None:
    props = open_docx(typical_docx).core_properties
    assert props.title == "Briefing memo: state visit to Astana"
    assert props.subject == "State visit to Astana"
    assert props.keywords == "state visit, Kazakhstan"
    assert props.created == props.modified == memo_datetime("2024-05-23T09:30:00Z")
    assert props.revision == 1


def test_docx_text_is_data_not_markup() -> None:
    data = render_docx(hostile_memo())
    document = open_docx(data)
    texts = [p.text for p in document.paragraphs]
    assert f"Title {HOSTILE}" in texts
    assert f"Heading {HOSTILE}" in texts
    assert "Para " + HOSTILE + " bell nul vt esc end" in texts  # control characters dropped
    assert document.tables[0].rows[0].cells[0].text == "<w:t>cell</w:t>"
    assert document.sections[0].header.paragraphs[0].text == "SECRET</w:t><w:t>"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("word/document.xml").decode()
    assert "<img" not in xml and "&lt;img src=" in xml


def test_docx_is_a_clean_package(typical_docx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(typical_docx)) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
    assert names[0] == "[Content_Types].xml"
    assert names[1:] == sorted(names[1:])
    assert "docProps/thumbnail.jpeg" not in names


# ---------------------------------------------------------------- PDF

def test_pdf_holds_sections_and_items(typical_pdf: bytes) -> None:
    text = " ".join(" ".join(page.extract_text() for page in open_pdf(typical_pdf).pages).split())
    for expected in ("Briefing memo: state visit to Astana", "Bottom line up front",
                     "Outcomes", "Agreements", "Follow-ups",
                     "Memorandum on cooperation in field 5", "Report on the trade target",
                     "SUBJECT:", "The Minister"):
        assert expected in text


def test_pdf_metadata_and_fonts(typical_pdf: bytes) -> None:
    reader = open_pdf(typical_pdf)
    meta = reader.metadata
    assert meta.title == "Briefing memo: state visit to Astana"
    assert meta.subject == "State visit to Astana"
    assert meta["/CreationDate"] == "D:20240523093000+00'00'"
    assert meta["/ModDate"] == meta["/CreationDate"]
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"], "every font embedded as TrueType"
    assert {f.split("+", 1)[1] for f in fonts} >= {"FiraSans-Regular", "FiraSans-Bold"}


def test_pdf_three_pages_each_with_banners_and_page_n_of_3() -> None:
    reader = open_pdf(render_pdf(long_memo()))
    assert len(reader.pages) == 3
    for number, page in enumerate(reader.pages, start=1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        assert lines[0] == "UNCLASSIFIED", f"banner at the top of page {number}"
        assert lines[-1] == "UNCLASSIFIED", f"banner at the bottom of page {number}"
        assert lines[-2] == f"Page {number} of 3"


def test_pdf_table_header_repeats_and_rows_stay_whole() -> None:
    reader = open_pdf(render_pdf(long_memo()))
    later = [page.extract_text() for page in reader.pages[1:]]
    # the annex table continues onto page 3 and repeats its header row there
    assert "Agreement number 45 on scientific exchange" in later[-1]
    assert re.search(r"Document\s+Owner\s+Due", later[-1])
    for i in range(1, 46):  # every row whole on exactly one page
        holders = [t for t in later if f"Agreement number {i} on scientific exchange" in t]
        assert len(holders) == 1


def test_pdf_text_is_data_not_markup() -> None:
    reader = open_pdf(render_pdf(hostile_memo()))
    text = reader.pages[0].extract_text()
    flat = " ".join(text.split())
    assert f"Title {HOSTILE}" in flat
    assert f"Heading {HOSTILE}" in flat
    assert "bell nul vt esc end" in flat
    assert "SECRET</w:t><w:t>" in flat
    # the escaped <img> never became an image, the <font> never changed a colour
    assert not page_has_images(reader.pages[0])


def page_has_images(page: pypdf.PageObject) -> bool:
    xobjects = page["/Resources"].get("/XObject")
    return bool(xobjects)


def test_pdf_no_banner_when_classification_empty() -> None:
    memo = typical_memo(classification="")
    text = open_pdf(render_pdf(memo)).pages[0].extract_text()
    assert "OFFICIAL-SENSITIVE" not in text
    assert re.search(r"Page 1 of \d+$", text.strip())
    assert open_docx(render_docx(memo)).sections[0].header.paragraphs[0].text == ""


def test_pdf_oversized_table_row_still_renders() -> None:
    """A row taller than a page cannot stay whole; the writer falls back instead of failing."""
    huge = " ".join(f"word{i}" for i in range(3000))
    from briefgen.memo import Table

    memo = Memo(title="Huge", blocks=(Table((r("A"),), ((r(huge),),)),), created="2024-01-01")
    reader = open_pdf(render_pdf(memo))
    assert len(reader.pages) >= 2
    assert "word2999" in reader.pages[-1].extract_text()


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_pdf_passes_qpdf_check(tmp_path: Path, typical_pdf: bytes) -> None:
    path = tmp_path / "memo.pdf"
    path.write_bytes(typical_pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_converts_the_docx(tmp_path: Path) -> None:
    memo = long_memo()
    path = tmp_path / "memo.docx"
    path.write_bytes(render_docx(memo))
    profile = tmp_path / "profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=180)
    out = tmp_path / "memo.pdf"
    assert result.returncode == 0 and out.exists(), result.stdout + result.stderr
    reader = pypdf.PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    total = len(pages)
    assert total >= 2
    for number, text in enumerate(pages, start=1):
        assert text.count("UNCLASSIFIED") == 2  # header and footer banner on every page
        assert f"Page {number} of {total}" in text  # the PAGE/NUMPAGES fields work
    assert "Қасым-Жомарт Тоқаев" in pages[0]


# ---------------------------------------------------------------- theme

def write_png(path: Path, size: tuple[int, int] = (120, 40)) -> Path:
    from PIL import Image

    Image.new("RGB", size, (20, 60, 120)).save(path)
    return path


def test_theme_letterhead_logo_and_colours_reach_both_writers(tmp_path: Path) -> None:
    write_png(tmp_path / "crest.png")
    theme_file = tmp_path / "house.toml"
    theme_file.write_text(
        '[letterhead]\ntext = ["Ministry of Examples", "Department of Tests"]\n'
        'logo = "crest.png"\nlogo_width_mm = 20\n'
        '[colours]\nbanner = "#005A32"\n[page]\nsize = "Letter"\n', encoding="utf-8")
    theme = load_theme(theme_file)
    assert theme.letterhead == ("Ministry of Examples", "Department of Tests")
    assert theme.logo == str(tmp_path / "crest.png")
    memo = typical_memo()

    document = open_docx(render_docx(memo, theme))
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts[:3] == ["Ministry of Examples", "Department of Tests",
                         "Briefing memo: state visit to Astana"]
    assert len(document.inline_shapes) == 1
    assert abs(document.inline_shapes[0].width.mm - 20) < 0.1
    assert round(document.sections[0].page_width.inches, 1) == 8.5
    header_xml = document.sections[0].header._element.xml
    assert 'w:fill="005A32"' in header_xml

    reader = open_pdf(render_pdf(memo, theme))
    page = reader.pages[0]
    assert page_has_images(page)
    assert round(float(page.mediabox.width)) == 612  # Letter
    lines = page.extract_text().splitlines()
    assert lines[1:3] == ["Ministry of Examples", "Department of Tests"]


def test_default_theme_is_complete() -> None:
    theme = load_theme()
    assert theme == load_theme(None)
    assert theme.pdf_family == "Fira Sans" and theme.page_size == "A4"
    assert isinstance(hash(theme), int)  # writers cache per theme


@pytest.mark.parametrize(("content", "message"), [
    ("[page\nsize = 1", "not a valid TOML"),
    ("[page]\nsize = \"A5\"\n", "must be one of A4, Letter"),
    ("[colours]\nbanner = \"red\"\n", "must be a colour"),
    ("[fonts]\nbody_size = \"big\"\n", "non-negative number"),
    ("[fonts]\nbodysize = 11\n", "unknown key 'bodysize'"),
    ("[look]\nx = 1\n", "unknown theme section [look]"),
    ("[letterhead]\nlogo = \"missing.png\"\n", "logo file not found"),
    ("[fonts]\npdf_family = \"No Such Family\"\n", "not usable"),
])
def test_bad_theme_files_raise_usage_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(message)):
        theme = load_theme(path)
        render_pdf(typical_memo(), theme)


def test_missing_theme_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="theme file not found"):
        load_theme(tmp_path / "nope.toml")


def test_broken_logo_image_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"not an image")
    (tmp_path / "t.toml").write_text('[letterhead]\nlogo = "logo.png"\n', encoding="utf-8")
    theme = load_theme(tmp_path / "t.toml")
    with pytest.raises(UsageError, match="cannot use this logo"):
        render_docx(typical_memo(), theme)
    with pytest.raises(UsageError, match="cannot use this logo"):
        render_pdf(typical_memo(), theme)


# ---------------------------------------------------------------- reference document

def make_reference(path: Path) -> Path:
    """A reference .docx with its own fonts, page size and some body text to be dropped."""
    from docx.shared import Mm, Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(13)
    heading = document.styles["Heading 1"]
    heading.font.name = "Courier New"
    heading.element.rPr.rFonts.attrib.pop(qn("w:asciiTheme"), None)
    heading.element.rPr.rFonts.attrib.pop(qn("w:hAnsiTheme"), None)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(250), Mm(176)  # B5 landscape-ish
    document.add_paragraph("Reference body text that must not survive.")
    document.save(path)
    return path


def style_font(document: docx.document.Document, name: str) -> str | None:
    rfonts = document.styles[name].element.rPr.rFonts
    return rfonts.get(qn("w:ascii"))


def test_reference_docx_styles_and_page_setup_are_used(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "ref.docx")
    memo = typical_memo()
    plain_doc = open_docx(render_docx(memo))
    ref_doc = open_docx(render_docx(memo, reference_docx=reference))
    assert style_font(plain_doc, "Normal") == "Arial"
    assert style_font(ref_doc, "Normal") == "Georgia"
    assert style_font(ref_doc, "Heading 1") == "Courier New"
    assert ref_doc.styles["Normal"].font.size.pt == 13
    assert round(ref_doc.sections[0].page_width.mm) == 250
    texts = [p.text for p in ref_doc.paragraphs]
    assert "Reference body text that must not survive." not in texts
    assert "Outcomes" in texts
    assert ref_doc.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_reference_docx_picks_up_edits(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "ref.docx")
    first = open_docx(render_docx(typical_memo(), reference_docx=reference))
    edited = docx.Document(reference)
    edited.styles["Normal"].font.name = "Verdana"
    edited.save(reference)
    second = open_docx(render_docx(typical_memo(), reference_docx=reference))
    assert style_font(first, "Normal") == "Georgia"
    assert style_font(second, "Normal") == "Verdana"


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"plain text"])
def test_bad_reference_docx_is_a_usage_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ref.docx"
    path.write_bytes(content)
    with pytest.raises(UsageError, match="reference"):
        render_docx(typical_memo(), reference_docx=path)
    with pytest.raises(UsageError, match="cannot read reference"):
        render_docx(typical_memo(), reference_docx=tmp_path / "missing.docx")


# ---------------------------------------------------------------- helpers

def test_clean_text_keeps_tabs_and_newlines_only() -> None:
    assert clean_text("a\tb\r\nc\rd\x00e\x1ff\ud800g\ufffe") == "a\tb\nc\ndefg"


def test_paragraph_with_line_breaks_and_tabs() -> None:
    memo = Memo(title="T", blocks=(Paragraph(r("one\ttwo\nthree")),), created="2024-01-01")
    document = open_docx(render_docx(memo))
    assert "one\ttwo\nthree" in [p.text for p in document.paragraphs]
    text = open_pdf(render_pdf(memo)).pages[0].extract_text()
    assert "one two" in text and "three" in text


def test_degenerate_memos_still_give_valid_files() -> None:
    """Empty memo, empty lists and cells, odd heading levels, ragged table rows."""
    from briefgen.memo import BulletList, Heading, Table

    empty = Memo(title="", blocks=(), classification="RESTRICTED", created="2024-01-01")
    reader = open_pdf(render_pdf(empty))
    assert len(reader.pages) == 1
    assert reader.pages[0].extract_text().split() == ["RESTRICTED", "Page", "1", "of", "1",
                                                      "RESTRICTED"]
    assert open_docx(render_docx(empty)).paragraphs == []

    odd = Memo(title="Odd", created="2024-01-01", blocks=(
        Heading(0, r("level zero")), Heading(9, r("level nine")),
        Table((), ((r("no"), r("header")),)), Table((r("only header"),), ()),
        Table((r("h"),), ((r("a"), r("b"), r("c")),)),
        Paragraph(()), BulletList(()), BulletList((r(""), r("x" * 400))),
    ))
    document = open_docx(render_docx(odd))
    styles = body_styles(document)
    assert styles[1:3] == [("Heading 1", "level zero"), ("Heading 4", "level nine")]
    assert [len(t.columns) for t in document.tables] == [2, 1, 3]
    text = " ".join(page.extract_text() for page in open_pdf(render_pdf(odd)).pages)
    assert "level nine" in text and "only header" in text and "c" in text.split()


def test_reference_docx_without_our_styles_gets_them_added(tmp_path: Path) -> None:
    document = docx.Document()
    for name in ("List Bullet", "List Number", "Table Grid", "Title", "Header"):
        element = document.styles[name].element
        element.getparent().remove(element)
    reference = tmp_path / "bare.docx"
    document.save(reference)
    result = open_docx(render_docx(typical_memo(), reference_docx=reference))
    styles = body_styles(result)
    assert styles[0] == ("Title", "Briefing memo: state visit to Astana")
    assert ("List Bullet", "Direct flights between the capitals are to resume.") in styles
    assert result.tables[0].style.name == "Table Grid"
    assert result.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_pdf_outline_lists_headings_with_their_pages() -> None:
    reader = open_pdf(render_pdf(long_memo()))
    entries: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                entries.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    titles = [(depth, title) for depth, title, _ in entries]
    assert titles == [(0, "Bottom line up front"), (0, "Visit at a glance"), (0, "Outcomes"),
                      (0, "Agreements"), (0, "Follow-ups"), (1, "Next round"), (0, "Source"),
                      (0, "Annex: all documents")]
    for _, title, page in entries:  # each bookmark opens the page that shows the heading
        assert title in reader.pages[page - 1].extract_text()


def test_fast_package_path_matches_python_docx_save(monkeypatch: pytest.MonkeyPatch) -> None:
    """The base package is read from python-docx's parts directly; if those internals
    move, the writer falls back to a real save, with the same bytes either way."""
    from briefgen.render import docx as docx_writer

    theme = load_theme()
    fast = render_docx(typical_memo(), theme)

    class NoWrite:  # makes the direct path fail as if python-docx had changed
        pass

    docx_writer._base.cache_clear()
    monkeypatch.setattr(docx_writer, "_Collector", NoWrite)
    try:
        assert render_docx(typical_memo(), theme) == fast
    finally:
        docx_writer._base.cache_clear()


def test_reference_docx_even_and_first_page_headers_do_not_hide_the_banner(
        tmp_path: Path) -> None:
    document = docx.Document()
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "first-page header of the reference"
    section.even_page_header.paragraphs[0].text = "even-page header of the reference"
    reference = tmp_path / "ref.docx"
    document.save(reference)
    result = open_docx(render_docx(long_memo(), reference_docx=reference))
    assert not result.settings.odd_and_even_pages_header_footer
    section = result.sections[0]
    assert not section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == "UNCLASSIFIED"
    refs = section._sectPr.findall(qn("w:headerReference"))
    assert [r.get(qn("w:type")) for r in refs] == ["default"]


def test_logo_taller_than_the_page_is_a_clear_error(tmp_path: Path) -> None:
    from briefgen.support.errors import OutputError

    write_png(tmp_path / "tall.png", size=(20, 400))
    (tmp_path / "t.toml").write_text('[letterhead]\nlogo = "tall.png"\nlogo_width_mm = 60\n',
                                     encoding="utf-8")
    with pytest.raises(OutputError, match="cannot be laid out"):
        render_pdf(typical_memo(), load_theme(tmp_path / "t.toml"))


def test_column_widths_fit_each_columns_longest_word() -> None:
    from briefgen.memo import Table
    from briefgen.render.text import column_weights

    table = Table((r("Document"), r("Parties"), r("Status")),
                  ((r("A long memorandum on cooperation in many fields " * 3),
                    r("Ministry of Trade"), r("Signed")),))
    weights = column_weights(table, 3, capacity=90)
    assert abs(sum(weights) - 1) < 1e-9
    assert weights[2] * 90 >= len("Signed") + 2  # the short column never breaks its word
    assert weights[1] * 90 >= len("Ministry of Trade")  # a short cell stays on one line
    assert weights[0] == max(weights)  # the long text gets the rest


def test_long_classification_shrinks_to_fit_the_banner() -> None:
    marking = "OFFICIAL-SENSITIVE // RELEASABLE TO PARTNERS // NOT FOR PUBLICATION " * 2
    memo = typical_memo(classification=marking.strip())
    page = open_pdf(render_pdf(memo)).pages[0]
    sizes: list[float] = []

    def visitor(text: str, cm: list, tm: list, font: dict, size: float) -> None:
        if "RELEASABLE" in text:
            sizes.append(size * tm[0])

    page.extract_text(visitor_text=visitor)
    assert sizes and max(sizes) < 9  # smaller than the usual 9 pt banner text
    assert "RELEASABLE TO PARTNERS" in " ".join(page.extract_text().split())


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_text_gives_valid_files_that_keep_it(text: str) -> None:
    """Whatever characters a release holds, both writers produce files that open, and
    the DOCX keeps exactly the cleaned text."""
    from briefgen.memo import Run

    memo = Memo(title="T", blocks=(Paragraph((Run(text, bold=True), Run(" | end"))),),
                fields=(("TO", text),), classification=text, created="2024-01-01")
    document = open_docx(render_docx(memo))
    cleaned = clean_text(text)
    assert document.paragraphs[2].text == cleaned + " | end"
    assert document.sections[0].header.paragraphs[0].text == cleaned.strip()
    reader = open_pdf(render_pdf(memo))
    assert "| end" in reader.pages[0].extract_text()
