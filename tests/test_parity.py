"""The DOCX and the PDF of one memo hold the same sections, items and order.

Both ways: every text unit of the DOCX (body paragraphs and table cells, in document
order) is found in the PDF's extracted text in the same order, and once those are taken
out the PDF has nothing left but page furniture (banners, "Page X of Y") and list
markers. Whitespace is ignored because the two lay lines out differently.
"""

from __future__ import annotations

import io
import re
import unicodedata

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from memo_samples import NAMES, hostile_memo, long_memo, typical_memo, unicode_memo

from briefgen.memo import Memo, Table, plain
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFC", text))


def docx_units(data: bytes) -> list[str]:
    """Body paragraphs and table cells, in document order, as a reader meets them."""
    document = docx.Document(io.BytesIO(data))
    units: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            units.append(docx.text.paragraph.Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            table = docx.table.Table(child, document)
            units.extend(cell.text for row in table.rows for cell in row.cells)
    return [squash(u) for u in units if u.strip()]


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "".join(squash(page.extract_text()) for page in reader.pages)


def leftover_after_matching(units: list[str], text: str) -> str:
    """Match units in order; return what the PDF holds beyond them (asserting order)."""
    rest, pos = [], 0
    for unit in units:
        found = text.find(unit, pos)
        assert found >= 0, f"DOCX text missing from the PDF or out of order: {unit[:60]!r}"
        rest.append(text[pos:found])
        pos = found + len(unit)
    rest.append(text[pos:])
    return "".join(rest)


def furniture_only(leftover: str, memo: Memo) -> str:
    """What is left once banners, page numbers, repeated table headers and list markers go."""
    banner = squash(memo.classification)
    if banner:
        leftover = leftover.replace(banner, "|")
    for block in memo.blocks:
        if isinstance(block, Table) and block.header:  # header rows repeat on each page
            leftover = leftover.replace(squash("".join(plain(c) for c in block.header)), "|")
    leftover = re.sub(r"Page\d+of\d+", "|", leftover)
    return re.sub(r"•|\d+\.", "|", leftover).replace("|", "")


def check_parity(memo: Memo) -> None:
    units = docx_units(render_docx(memo))
    assert units, "the DOCX has text"
    leftover = leftover_after_matching(units, pdf_text(render_pdf(memo)))
    assert furniture_only(leftover, memo) == "", "the PDF holds text the DOCX does not"


@pytest.mark.parametrize("make", [typical_memo, long_memo, unicode_memo, hostile_memo])
def test_docx_and_pdf_hold_the_same_text_in_the_same_order(make: object) -> None:
    check_parity(make())


def test_parity_check_catches_a_difference() -> None:
    """The comparison is not vacuous: a reordered memo fails it."""
    memo = typical_memo()
    swapped = Memo(title=memo.title, blocks=memo.blocks[2:] + memo.blocks[:2],
                   fields=memo.fields, classification=memo.classification,
                   created=memo.created)
    units = docx_units(render_docx(memo))
    with pytest.raises(AssertionError, match="missing from the PDF or out of order"):
        leftover_after_matching(units, pdf_text(render_pdf(swapped)))


def test_parity_catches_extra_pdf_text() -> None:
    memo = typical_memo()
    leftover = leftover_after_matching(docx_units(render_docx(memo)),
                                       pdf_text(render_pdf(memo)) + "Extra")
    assert furniture_only(leftover, memo) == "Extra"


@pytest.mark.parametrize("template", ["memo", "one-pager", "readout"])
def test_built_in_templates_give_the_same_text_in_both_formats(template: str) -> None:
    compose = pytest.importorskip("briefgen.compose")
    from briefgen.model import VisitSummary

    summary = VisitSummary.model_validate({
        "title": None, "date": "2024-03-04", "date_end": "2024-03-05",
        "location": {"city": "Astana", "country": "Kazakhstan"},
        "visit_type": "state visit", "countries": ["Kazakhstan", "Greece"],
        "participants": [
            {"name": NAMES["kazakh"], "title": "President", "country": "Kazakhstan"},
            {"name": NAMES["greek"], "title": "Prime Minister", "country": "Greece"},
        ],
        "agreements": [{"text": "memorandum on maritime research", "kind": "memorandum"},
                       {"text": "agreement on air services", "kind": "agreement"}],
        "outcomes": ["leaders agreed to widen tourism links"],
        "follow_ups": [{"text": "working group on ports", "owner": "Ministry of Transport",
                        "due": "2025"}],
        "cooperation_areas": ["shipping", "solar energy"],
        "projects": [],
        "source": {"path": "/releases/example.txt", "published": "2024-03-05",
                   "sha256": "cd" * 32},
    })
    memo = compose.compose(summary, template)
    check_parity(memo)
    assert squash(NAMES["kazakh"]) in pdf_text(render_pdf(memo))
