"""Property tests: random text through ingest and parse, random summaries through compose
and both writers. Nothing may escape but briefgen's documented errors, every summary must
hold together, and every DOCX must open in python-docx and every PDF in pypdf.

Cases per target: BRIEFGEN_FUZZ_EXAMPLES (default 30, CI); ``make fuzz`` sets 10000.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefgen.ingest import Release, clean_text, release_from_bytes
from briefgen.model import VISIT_TYPES, VisitSummary
from briefgen.support.errors import BriefgenError

EXAMPLES = int(os.environ.get("BRIEFGEN_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
    print_blob=True,
)
PUBLISHED = dt.date(2025, 5, 24)

# ------------------------------------------------------------------ text strategies

# the characters that have broken text tools before: markup of every layer, controls,
# XML-invalid code points, bidi controls, combining marks, scripts the fonts must carry
NASTY = ("{}%#<>&|*_`[]()!\\\"'~-=+.:;/\n\t\r\x00\x01\x0b\x0c\x1b\x7f\x85\u2028\u2029"
         "\ufeff\ufffe\uffff\ufdd0\u202e\u202c\u2066\u2069\u200b\u200f\u0301\u0308")
SCRIPTS = ("Қасым-Жомарт Тоқаев Михаил Şükrü Yıldırımoğlu Nguyễn Thị Thanh Hương "
           "Γιώργος Αντωνόπουλος Ó Briain Ortúzar 李强 محمد שלום 🇰🇿")
alphabet = st.one_of(
    st.characters(min_codepoint=32, max_codepoint=126),
    st.sampled_from(NASTY),
    st.sampled_from(SCRIPTS),
    st.characters(exclude_categories=("Cs",)),
)
raw_text = st.text(alphabet, max_size=300)

# release-shaped text: the phrases the parser looks for, glued with random noise, so the
# fuzzer reaches the extractors rather than stopping at "nothing recognised"
FRAGMENTS = [
    "President", "Prime Minister", "Minister of Foreign Affairs of", "Kazakhstan", "Malta",
    "Viet Nam", "Türkiye", "Greece", "Russia", "held talks with", "met with",
    "spoke by telephone with", "paid a state visit to", "official visit", "on May 22-23",
    "on 3 March", "yesterday", "on Tuesday", "in Astana", "in Valletta", "LISBON –",
    "signed a memorandum of understanding on", "memoranda on A, B and C", "and", ",", ".",
    "agreed to", "invited", "to pay an official visit", "proposed establishing",
    "a joint working group", "instructed the ministries to", "by the end of the year",
    "cooperation in", "energy, transport and logistics", "\n\n", "Mr.", "U.S.", "No. 5",
    "the sides", "Қасым-Жомарт Тоқаев", "Nguyễn Thị Thanh Hương", "Γιώργος Αντωνόπουλος",
    "{{ 7*7 }}", "<b>", "&amp;", "# ", "| x |", "**", "\u202e", "\x00",
]
release_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet, max_size=12)), max_size=80,
).map(" ".join)


def _release(text: str) -> Release:
    text = clean_text(text)
    return Release(text=text, path="fuzz.txt",
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   title=None, published=PUBLISHED)


def _check_summary(summary: VisitSummary, text: str) -> None:
    """A parser result must be a valid summary whose evidence points into the text."""
    assert isinstance(summary, VisitSummary)
    VisitSummary.model_validate_json(summary.model_dump_json())  # round-trips
    items = [*summary.participants, *summary.agreements, *summary.outcomes,
             *summary.follow_ups, *summary.cooperation_areas, *summary.projects]
    for item in items:
        for ev in item.evidence:
            assert 0 <= ev.start <= ev.end <= len(text), (ev, len(text))


def _parse(text: str) -> None:
    from briefgen.parse import parse_release

    release = _release(text)
    if not release.text.strip():
        return
    try:
        summary = parse_release(release)
    except BriefgenError as exc:
        event(f"parse refused: {type(exc).__name__}")
        return
    _check_summary(summary, release.text)


@FUZZ
@given(raw_text)
def test_parse_random_text(text: str) -> None:
    _parse(text)


@FUZZ
@given(release_text)
def test_parse_release_shaped_text(text: str) -> None:
    _parse(text)


@FUZZ
@given(st.binary(max_size=600), st.sampled_from(["r.txt", "r.html", "r.md", "-"]))
def test_ingest_random_bytes(data: bytes, name: str) -> None:
    try:
        release = release_from_bytes(data, name, PUBLISHED)
    except BriefgenError as exc:
        event(f"ingest refused: {str(exc).split(': ', 1)[-1][:40]}")
        return
    assert release.text.strip()
    assert "\x00" not in release.text
    release.text.encode("utf-8")  # no lone surrogates reach the parser
    from briefgen.parse import parse_release

    try:  # and what ingest accepts, the parser takes
        _check_summary(parse_release(release), release.text)
    except BriefgenError as exc:
        event(f"parse refused: {type(exc).__name__}")


# ------------------------------------------------------------------ summary strategies

# an edited summary (JSON "\ud800" escapes) can hold lone surrogates the writers must survive
summary_alphabet = st.one_of(alphabet, st.characters(categories=["Cs"]))
short = st.text(summary_alphabet, max_size=40)
longish = st.one_of(short, short, st.text(summary_alphabet, min_size=200, max_size=1000))
maybe = st.none() | short
dates = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
evidence = st.lists(st.fixed_dictionaries({
    "sentence": st.integers(0, 500), "start": st.integers(0, 10_000),
    "end": st.integers(0, 10_000), "quote": short, "cue": maybe,
}), max_size=2)


def _items(extra: dict[str, Any], size: int) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(st.fixed_dictionaries({"text": longish, "evidence": evidence, **extra}),
                    max_size=size)


summaries = st.fixed_dictionaries({
    "title": maybe,
    "date": dates,
    "date_end": dates,
    "location": st.fixed_dictionaries({"city": maybe, "country": maybe}),
    "visit_type": st.none() | st.sampled_from(VISIT_TYPES),
    "countries": st.lists(short, max_size=4),
    "participants": st.lists(st.fixed_dictionaries({
        "name": short, "title": maybe, "country": maybe, "evidence": evidence}), max_size=6),
    "agreements": _items({"kind": maybe, "parties": st.lists(short, max_size=3)}, 8),
    "outcomes": _items({}, 5),
    "follow_ups": _items({"kind": maybe, "owner": maybe, "due": maybe}, 6),
    "cooperation_areas": _items({}, 6),
    "projects": _items({}, 4),
    "source": st.fixed_dictionaries({"path": maybe, "title": maybe, "published": dates,
                                     "sha256": st.none() | st.just("ab" * 32)}),
    "other_sources": st.lists(st.fixed_dictionaries({"path": maybe, "published": dates}),
                              max_size=2),
    "conflicts": st.lists(short, max_size=2),
}).map(VisitSummary.model_validate)
templates = st.sampled_from([None, "memo", "one-pager", "readout"])


def _compose(summary: VisitSummary, template: str | None) -> Any:
    """Built-in templates must compose every valid summary: here even a TemplateError is
    a bug, not a documented refusal."""
    from briefgen.compose import compose

    return compose(summary, template, {})


@FUZZ
@given(summaries, templates)
def test_writers_on_random_summaries(summary: VisitSummary, template: str | None) -> None:
    """One summary, composed once, through both writers (a case for each writer)."""
    memo = _compose(summary, template)
    _check_docx(memo)
    _check_pdf(memo)


def _check_docx(memo: Any) -> None:
    import docx

    from briefgen.render.docx import render_docx

    try:
        data = render_docx(memo)
    except BriefgenError as exc:  # documented refusal; counted in --hypothesis-show-statistics
        event(f"docx refused: {type(exc).__name__}")
        return
    document = docx.Document(io.BytesIO(data))
    assert document.paragraphs or document.tables
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text  # noqa: B018 - every cell must parse


def _check_pdf(memo: Any) -> None:
    from pypdf import PdfReader

    from briefgen.render.pdf import render_pdf

    try:
        data = render_pdf(memo)
    except BriefgenError as exc:
        event(f"pdf refused: {type(exc).__name__}")
        return
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) >= 1
    for page in reader.pages:  # every content stream must decompress
        assert page.get_contents().get_data()
    assert reader.metadata is not None


@pytest.mark.parametrize("text", ["", " ", "\x00", "{{ 7*7 }}", "\u202e" * 50, "a" * 100_000])
def test_parse_edge_cases(text: str) -> None:
    _parse(text)
