"""gated.Alternatives: a cue list searched through the alternatives a text can match must
find exactly what the joined pattern finds (the parse's output depends on it)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.parse.clauses import lexicon
from briefgen.parse.gated import Alternatives, gate
from briefgen.parse.segment import segment

CUE_LISTS = ["sign_cues", "past_cues", "future_cues"]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def _same(alts: Alternatives, text: str, pos: int = 0, endpos: int | None = None) -> None:
    end = len(text) if endpos is None else endpos
    assert _span(alts.search(text, pos, end)) == _span(alts.joined.search(text, pos, end)), text


def test_gates_are_words_every_match_holds() -> None:
    assert gate(r"\bsign(?:ed|ing)\b", re.I) == (frozenset({"signed", "signing"}),)
    assert set(gate(r"\bentr(?:y|ied)\s+into\s+force\b", re.I)) == {
        frozenset({"entry", "entried"}), frozenset({"force"})}
    # nothing required: an optional word, a class, a look-ahead
    assert gate(r"(?:signed)?\d+", re.I) == ()
    assert gate(r"(?=signed)\w+", re.I) == ()
    # a letter beyond ASCII in the pattern may match an ASCII one: no word of it
    assert gate("\u212a", re.I) == ()


def test_the_leftmost_match_and_the_first_alternative_there_win() -> None:
    alts = Alternatives([r"b\w+", r"a\w*", r"ab"])
    assert alts.search("xx ab abc").group(0) == "ab"  # "a\w*" before "ab" at 3
    assert alts.search("xx ab abc", 4).group(0) == "abc"  # from 4 on: "bc" starts later
    assert alts.search("bar ab").group(0) == "bar"
    assert alts.search("zzz") is None


@pytest.mark.parametrize("name", CUE_LISTS)
def test_the_cue_lists_find_what_their_joined_pattern_finds(name: str) -> None:
    alts = Alternatives(lexicon("items")["agreements"][name], re.IGNORECASE)
    texts = [
        "The sides signed a memorandum of understanding on cooperation in energy.",
        "The Agreement, signed in March 2019, entered into force last year.",
        "They will sign the agreement tomorrow; it must be respected.",
        "Since 2015 the two countries have signed more than 40 agreements.",
        "The ministers exchanged views and welcomed the signing of the roadmap.",
        "THE PRESIDENTS SIGNED A JOINT DECLARATION.",
        # letters beyond ASCII that re's case folding matches with ASCII ones
        "The sides \u017figned it (\u017f is s), İN 2019 they \u212aept signing.",
        "Les parties ont sign\u00e9 un accord \u2013 signed in 2019 \u2013 \u201crecently\u201d.",
    ]
    for text in texts:
        _same(alts, text)
        _same(alts, text, 5, len(text) - 3)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["sign", "ed", "ing", "in", "since ", "2019", " ", "the ", "agreement", "last ", "year",
     "recent", "ly", "will ", "be ", "signed", ", ", ". ", "had ", "ago", "\u017f", "İ",
     "\u212a", "\u00e9", "\u2019", "Today ", "SIGNED", "memorandum", "that "]), max_size=30),
    st.sampled_from(CUE_LISTS))
def test_any_text_finds_what_the_joined_pattern_finds(parts: list[str], name: str) -> None:
    alts = _alternatives(name)
    text = "".join(parts)
    _same(alts, text)
    _same(alts, text, len(text) // 3)


_CACHE: dict[str, Alternatives] = {}


def _alternatives(name: str) -> Alternatives:
    if name not in _CACHE:
        _CACHE[name] = Alternatives(lexicon("items")["agreements"][name], re.IGNORECASE)
    return _CACHE[name]


def test_the_sample_releases_find_what_the_joined_patterns_find() -> None:
    from pathlib import Path

    samples = Path(__file__).resolve().parent.parent / "samples"
    sentences = [s.text for p in sorted(samples.glob("*.txt"))
                 for s in segment(p.read_text(encoding="utf-8")).sentences]
    assert sentences
    for name in CUE_LISTS:
        alts = _alternatives(name)
        for text in sentences:
            _same(alts, text)


def _screened() -> list:
    from briefgen.parse import agreements, areas, dates, followups, people

    return [agreements.rules().reference, dates._SITE, followups._PAST_TIME,
            followups._PAPER_WILL, followups._EVENT, followups.rules().current,
            areas._PORTFOLIO, people._CREDENTIALS]


SCREEN_TEXTS = [
    "Official websites use .gov. Close this search box. This website uses cookies.",
    "The ministers met last year and two weeks ago; the agreement will also help to",
    "The summit and the working group of the commission, after the Minister of Trade and ",
    "Strikes on the energy infrastructure and attacks against ports, ",
    "The President accepted the letters of credence of the Ambassador; humanitarian aid",
    "Nothing here at all, just words.",
    "They discussed the agreement signed in Lima and, according to the communiqué of ",
    "under the framework of the ",
    "strengthen the longstanding relationship; the next round of talks later this year",
    "during the talks the atmosphere was warm; deepen the historic and brotherly ties",
    "The \u017fummit (\u017f is s to re) LA\u0130ST YEAR, Minister o\u017f ",
]


def test_a_screened_pattern_finds_what_it_finds_unscreened() -> None:
    for screened in _screened():
        for text in SCREEN_TEXTS:
            for pos, end in [(0, len(text)), (10, len(text)), (0, 40), (15, 60), (5, 5)]:
                got = screened.search(text, pos, end)
                want = screened.pattern.search(text, pos, end)
                assert _span(got) == _span(want), (screened.pattern.pattern[:40], text)
                got = screened.match(text, pos, end)
                want = screened.pattern.match(text, pos, end)
                assert _span(got) == _span(want), (screened.pattern.pattern[:40], text)
        assert screened.words, screened.pattern.pattern[:40]  # each has words to screen


def test_the_letter_scan_is_letters_beyond_ascii() -> None:
    import sys

    from briefgen.parse.gated import _LETTER_BEYOND_ASCII

    # one character class, the same set as "(?![\x00-\x7f])[^\W\d_]"
    spelled = re.compile(r"(?![\x00-\x7f])[^\W\d_]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert bool(_LETTER_BEYOND_ASCII.match(ch)) == bool(spelled.match(ch)), hex(code)


def test_the_openers_of_a_pattern_are_its_first_characters() -> None:
    from briefgen.parse.gated import openers

    assert openers(r",?\s+and\b|;|:") == "[,:;\\s]"
    assert openers(r"(?<=[a-z])[.!?]+|\*{3}") == "[!\\*\\.\\?]"
    assert openers("[\\s\u2013]x", re.IGNORECASE) == "[\\s\u2013]"  # a dash has no case
    # unknown: a letter (case folding), a wildcard, a range, a match that may be empty
    assert openers(r"\s+and|or") is None
    assert openers(r".x") is None
    assert openers(r"[a-z]+") is None
    assert openers(r",?") is None


def test_an_opening_pattern_finds_what_the_plain_pattern_finds() -> None:
    from briefgen.parse.clauses import lexicon as load
    from briefgen.parse.gated import opening

    sources = [
        (load("followups")["clauses"]["vp_end"], re.IGNORECASE),
        (load("areas")["areas"]["item_end"], re.IGNORECASE),
        (r"(?:\s+(?:and|or|as well as|including|as|the|a|an))+$", 0),
        (r"\s*;\s*(?:and\s+|as well as\s+)?|,(?!\s*\d{4}\b)\s*(?:and\s+|as well as\s+|or\s+)?"
         r"|\s+as well as\s+|\s+and also\s+", 0),
        (r"[.!?]+[\"'”’)]*(?=\s+|$)|(?<=[a-z][a-z])[.!?](?=[A-Z][a-z])|\*{3}", 0),
    ]
    texts = [
        "The sides agreed to meet in May, which will help trade; they also noted: talks "
        "continue - and the President said so.\nHe met them.The end*** A, B and",
        "energy, tourism and health as well as culture, 23 December, 1994; and mining or",
        "They pledged to promote trade, including in energy \u2013 covering oil as a basis ",
        "\u00a0and\u2003the\u3000",
    ]
    for source, flags in sources:
        plain, fast = re.compile(source, flags), opening(source, flags)
        assert fast.pattern != plain.pattern  # each has a look-ahead
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == \
                [m.span() for m in plain.finditer(text)]
            for pos in range(0, len(text), 7):
                assert _span(fast.search(text, pos, pos + 40)) == \
                    _span(plain.search(text, pos, pos + 40))
