"""Cooperation areas, round 5 (second pass): candidate recall of lists the broad cues
missed (invented sentences only, no corpus text)."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest import Release
from briefgen.parse import parse_release
from briefgen.parse.area_model import broad_candidates
from briefgen.parse.segment import segment


def _areas(text: str) -> list[str]:
    release = Release(text=text, path=None, sha256="0" * 64, published=dt.date(2025, 3, 4))
    return [i.text for i in parse_release(release).cooperation_areas]


def _broad(text: str) -> list[str]:
    doc = segment(text)
    return [i.text for s in doc.sentences for i in broad_candidates(doc, s)]


def test_a_colon_after_including_opens_the_list() -> None:
    got = _broad("The accord frames the two states' work, including in: marine science, "
                 "soil surveys, tourism and culture.")
    for area in ("marine science", "soil surveys", "tourism", "culture"):
        assert area in got


def test_short_members_between_semicolons_stay_in_the_list() -> None:
    got = _broad("Joint action was agreed for several priority areas, including road safety; "
                 "water and sanitation; rural broadband; and school meals.")
    for area in ("road safety", "water and sanitation", "rural broadband", "school meals"):
        assert area in got


def test_a_long_clause_after_a_semicolon_ends_the_list() -> None:
    got = _broad("They talked about fisheries; the delegation later toured the old harbour "
                 "district and met the mayor of the city for a long lunch.")
    assert "fisheries" in got
    assert not any("mayor" in g or "harbour" in g for g in got)


def test_semicolon_list_reaches_the_parsed_areas() -> None:
    got = _areas("The Prime Minister of Freedonia met the President of Sylvania in Capital "
                 "City on 3 March. They agreed on cooperation in several areas, including "
                 "tourism; agriculture; and renewable energy.")
    assert {"tourism", "agriculture", "renewable energy"} <= set(got)
