"""Cooperation areas, round 5: behaviour kept after measuring the learned filter on
left-out sources (invented sentences only, no corpus text)."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest import Release
from briefgen.parse import parse_release
from briefgen.parse.area_model import broad_candidates
from briefgen.parse.areas import _clean
from briefgen.parse.segment import segment


def _areas(text: str) -> list[str]:
    release = Release(text=text, path=None, sha256="0" * 64, published=dt.date(2025, 3, 4))
    return [i.text for i in parse_release(release).cooperation_areas]


def _broad(text: str) -> list[str]:
    doc = segment(text)
    return [i.text for s in doc.sentences for i in broad_candidates(doc, s)]


def test_a_party_after_against_stays_with_the_subject() -> None:
    # "sanctions against Freedonia": the annotated subject keeps its target
    got = _broad("The ministers discussed sanctions against Freedonia, grain exports and tourism.")
    assert "sanctions against Freedonia" in got
    assert "sanctions" not in got


def test_against_a_common_noun_still_ends_the_member() -> None:
    got = _broad("The ministers discussed joint action against smuggling networks.")
    assert not any("against" in g for g in got)


def test_support_for_a_named_party_is_kept_whole() -> None:
    text = "Cooperation in humanitarian support for Freedonia"
    span = _clean(text, len("Cooperation in "), len(text))
    assert span is not None and text[span[0]:span[1]] == "humanitarian support for Freedonia"


def test_for_before_a_common_noun_still_ends_the_area() -> None:
    text = "Cooperation in vocational training for young engineers"
    span = _clean(text, len("Cooperation in "), len(text))
    assert span is not None and text[span[0]:span[1]] == "vocational training"


def test_release_lists_the_party_subject() -> None:
    got = _areas("Rome, 3 March 2025. President Ana Lima of Freedonia held talks with Prime "
                 "Minister Tom Berg of Ruritania in Rome. The leaders discussed sanctions "
                 "against Sylvania, energy security and wine exports.")
    assert any(g.startswith("sanctions against Sylvania") for g in got), got


def test_a_quality_of_a_tie_is_no_area() -> None:
    # GUIDELINES: qualities, levels and principles are not areas
    got = _broad("The leaders welcomed their formal partnership and unwavering support, "
                 "and discussed new opportunities, fisheries, tourism and mining.")
    assert "formal partnership" not in got
    assert "unwavering support" not in got
    assert not any("opportunities" in g for g in got)
    assert "fisheries" in got


def test_a_sector_with_a_quality_is_still_an_area() -> None:
    got = _broad("The leaders discussed shared water management, fisheries and tourism.")
    assert any("water management" in g for g in got)


def test_what_a_party_says_is_needed_is_a_candidate_subject() -> None:
    # "stressed the need for X": X is what the talks were about (the filter decides)
    got = _broad("The president stressed the need for new port dredging in the north.")
    assert any("port dredging" in g for g in got)


def test_a_principle_is_no_area() -> None:
    got = _broad("The ministers discussed equality, fisheries, tourism and mining, on the "
                 "basis of mutual respect.")
    assert "equality" not in got
    assert not any("respect" in g for g in got)
    assert "fisheries" in got


def test_a_topic_put_first_is_an_area_but_not_an_occasion() -> None:
    got = _areas("Talks\n\nPresident Ana Silva held talks with President Ivo Ramos in Lisbon "
                 "on 3 May 2026. On illegal migration, the leaders agreed to step up joint "
                 "patrols. On the sidelines of the forum, they also met business leaders.")
    assert "illegal migration" in got, got
    assert not any("sidelines" in a for a in got), got


# --- second pass: lists the broad cues missed ----------------------------------------

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
