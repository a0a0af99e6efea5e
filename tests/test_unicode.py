"""Names in Cyrillic (Kazakh), Turkish, Vietnamese, Greek and accented Latin, drawn with
real glyphs: an embedded TrueType subset that covers every letter, text that pypdf
extracts intact, and DOCX runs whose fonts name those glyphs in every script slot."""

from __future__ import annotations

import io
import unicodedata

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from memo_samples import NAMES, unicode_memo

from briefgen.compose.fonts import FACES, font_files, missing_glyphs
from briefgen.compose.theme import load_theme
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf

ALL_NAMES = " ".join(NAMES.values()) + " Ελλάδα Việt Nam Türkiye ҒғҮүҰұҺһӘәӨөҢңІі"


@pytest.fixture(scope="module")
def pdf() -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(render_pdf(unicode_memo())))


@pytest.mark.parametrize("face", FACES)
def test_every_face_has_every_letter(face: str) -> None:
    assert missing_glyphs(ALL_NAMES, load_theme(), face) == ""


def test_default_fonts_are_static_ttf_files_from_the_package() -> None:
    files = font_files(load_theme())
    for face in FACES:
        path = getattr(files, face)
        assert path.suffix == ".ttf" and "[" not in path.name  # not a variable font
        assert "site-packages" in str(path) or "fontpkg" in str(path)


def test_missing_glyph_check_can_fail() -> None:
    assert missing_glyphs("abc \u4e2d\u6587", load_theme()) == "\u4e2d\u6587"


def test_pdf_extracts_every_name_intact(pdf: pypdf.PdfReader) -> None:
    text = unicodedata.normalize("NFC", pdf.pages[0].extract_text())
    assert "Қасым-Жомарт Тоқаев" in text
    for name in NAMES.values():
        assert name in text, name
    for country in ("Ελλάδα", "Việt Nam", "Türkiye"):
        assert country in text


def test_pdf_fonts_are_embedded_truetype_subsets(pdf: pypdf.PdfReader) -> None:
    fonts = pdf.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/TrueType"
        base = str(font["/BaseFont"])
        assert "+" in base, "subset tag"
        assert "/FontFile2" in font["/FontDescriptor"]
        assert not base.lstrip("/").startswith(("Helvetica", "Times", "Courier"))


def test_docx_holds_names_and_fonts_cover_all_scripts() -> None:
    document = docx.Document(io.BytesIO(render_docx(unicode_memo())))
    texts = [p.text for p in document.paragraphs]
    for name in NAMES.values():
        assert name in texts
    assert document.tables[0].rows[1].cells[0].text == NAMES["greek"]
    for style in ("Normal", "Title", "Heading 1"):
        rfonts = document.styles[style].element.rPr.rFonts
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            assert rfonts.get(qn(slot)) == "Arial", (style, slot)
        assert rfonts.get(qn("w:asciiTheme")) is None  # a theme font would override ours


def test_fast_font_lookup_agrees_with_fontpkg() -> None:
    from briefgen.compose.fonts import _fontpkg_files, _static_files_fast

    fast = _static_files_fast("Fira Sans")
    assert fast is not None
    assert fast == _fontpkg_files("Fira Sans")
    assert _static_files_fast("No Such Family") is None
