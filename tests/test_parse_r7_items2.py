"""Round 7 second pass (items2): shapes of issuers outside our data, on invented releases
(no corpus text). A count of papers keeps the noun phrase the release wrote ("eight
memoranda of understanding and agreements in various fields") and its verb ("exchanged");
a plural head inside that phrase is no paper of its own; an exchange of papers announced
for a visit still to come is no agreement."""

from __future__ import annotations

import datetime as dt

from invented import agreements_of

PUBLISHED = dt.date(2031, 5, 3)
LEAD = ("Talks with President of Tella\n\nPresident Ana Kell held talks with President Ivo "
        "Marr of Tella in Orvia City on 2 May 2031.\n\n")


def agreements(text: str) -> list[str]:
    return agreements_of(text, PUBLISHED)


def test_count_keeps_its_whole_noun_phrase() -> None:
    got = agreements(LEAD + "After the talks, the two presidents witnessed the signing of six "
                     "memoranda of understanding and agreements in different fields.")
    assert got == ["six memoranda of understanding and agreements in different fields signed"]


def test_count_of_papers_exchanged_says_exchanged() -> None:
    got = agreements(LEAD + "The two Presidents witnessed the exchange of four Memoranda of "
                     "Understanding in the presence of the press.")
    assert got == ["four Memoranda of Understanding exchanged"]


def test_exchange_announced_for_a_visit_to_come_is_no_agreement() -> None:
    text = ("President Kell to visit Tella\n\nPresident Ana Kell will make a State Visit to "
            "Tella from 10 to 12 May 2031 at the invitation of President Ivo Marr.\n\n"
            "The two Presidents will hold talks in Tella City on 11 May, and will witness the "
            "exchange of agreements on fisheries, tourism and civil aviation.")
    assert agreements(text) == []


def follow_ups(text: str) -> list[str]:
    from invented import parse_invented
    return [f.text for f in parse_invented(text, PUBLISHED).follow_ups]


def test_acceptance_of_an_invitation_is_folded_in() -> None:
    got = follow_ups(LEAD + "President Marr invited President Kell to pay a State Visit to "
                     "Tella. President Kell accepted the invitation, with dates to be fixed "
                     "through diplomatic channels.")
    assert not [f for f in got if "dates to be fixed" in f]
    assert any("State Visit" in f for f in got)


def test_the_proposed_thing_is_no_proposal() -> None:
    from briefgen.parse.followups import _cue_matches
    text = ("The two sides agreed to set up a Joint Committee on Railways to study the proposed "
            "rail link across the northern border. Orvia proposed to hold a forum in June.")
    found = [m.group(0).strip() for cue, ms in _cue_matches(text) if cue.name == "proposed"
             for m in ms]
    assert found == ["proposed to"]


def test_courtesy_call_on_a_minister_is_no_instruction() -> None:
    got = follow_ups(LEAD + "The visiting delegation also called on Deputy Prime Minister Ola "
                     "Brin, who conveyed his greetings and reiterated his resolve to deepen "
                     "the friendly relations.")
    assert not [f for f in got if "Brin" in f]


def areas(text: str) -> list[str]:
    from invented import parse_invented
    return [a.text for a in parse_invented(text, PUBLISHED).cooperation_areas]


def test_clause_left_in_a_list_is_no_area() -> None:
    got = areas(LEAD + "President Marr welcomed Orvian expertise in the fields of fisheries "
                "and port management, and pointed out that many firms are keen to invest. "
                "They discussed cooperation in tourism, noting the growing number of "
                "visitors. The sides exchanged views on regional issues, foremost of which "
                "are the developments in the Northern Strait.")
    assert not [a for a in got if a.lower().startswith(("pointed", "noting", "foremost"))]


def test_colon_list_after_a_long_named_source() -> None:
    got = areas(LEAD + "The leaders reviewed the four pillars identified by the Orvia-Tella "
                "Joint Ministerial Committee on Trade: fisheries, aviation, shipbuilding and "
                "forestry.")
    assert {"fisheries", "aviation", "shipbuilding", "forestry"} <= {a.lower() for a in got}


def test_last_pair_split_before_a_clause_that_runs_on() -> None:
    got = areas(LEAD + "The ministers reviewed bilateral relations, including political, "
                "aviation, defence, education and culture, and expressed satisfaction at "
                "the progress made, which was noted by both.")
    low = {a.lower() for a in got}
    assert {"education", "culture"} <= low and "education and culture" not in low


def test_colon_list_splits_its_last_pair() -> None:
    got = areas(LEAD + "The new Action Plan has five pillars: economy and trade, aviation, "
                "energy, health and culture.")
    low = {a.lower() for a in got}
    assert {"health", "culture"} <= low and "health and culture" not in low


def test_clause_after_a_cue_ends_its_list() -> None:
    got = areas(LEAD + "Regarding bilateral relations, the two ministers welcomed progress "
                "in the Orvia-Tella University of Science and Technology (OTUST).")
    assert "Technology" not in got


def test_proposal_of_a_clause_keeps_no_proposer_as_its_subject() -> None:
    from briefgen.parse.followups import candidates
    from briefgen.parse.segment import segment
    text = ("The Orvian leader proposed that the two sides increase the exchange of "
            "delegations at all levels.")
    doc = segment(text, None)
    got = [c.text for c in candidates(doc, len(text), [])]
    assert got and not [t for t in got if "leader the two sides" in t]
