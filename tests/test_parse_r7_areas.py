"""Cooperation areas, round 7: behaviour kept after measuring the learned filter on
left-out sources (invented sentences only, no corpus text)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.ingest import Release
from briefgen.parse import parse_release
from briefgen.parse.area_model import candidates
from briefgen.parse.areas import normal_area, rule_areas
from briefgen.parse.segment import segment


def _areas(text: str) -> list[str]:
    release = Release(text=text, path=None, sha256="0" * 64, published=dt.date(2025, 3, 4))
    return [i.text for i in parse_release(release).cooperation_areas]


@pytest.mark.parametrize("written", [
    "fight against terrorism", "the struggle against terrorism", "battle against terrorism",
    "combating terrorism", "Combatting terrorism", "countering terrorism", "terrorism",
])
def test_the_fight_against_terrorism_is_written_counter_terrorism(written: str) -> None:
    # annotators write "counter-terrorism"; so written, the item also matches gold
    # written "terrorism" or "counterterrorism"
    assert normal_area(written) == "counter-terrorism"


def test_counter_words_are_hyphenated_and_other_items_unchanged() -> None:
    assert normal_area("counterterrorism cooperation") == "counter-terrorism cooperation"
    assert normal_area("Counternarcotics") == "Counter-narcotics"
    assert normal_area("the war on narcotics") == "counter-narcotics"
    for kept in ("international terrorism", "terrorist financing", "counter-terrorism",
                 "violent extremism", "encounters", "energy security"):
        assert normal_area(kept) == kept


def test_a_release_prints_the_fight_against_terrorism_as_counter_terrorism() -> None:
    got = _areas("Ministers of Norland and Suravia met in Kelda on Monday.\n\n"
                 "The ministers agreed to deepen cooperation in the fight against terrorism, "
                 "fisheries and renewable energy.")
    assert "counter-terrorism" in got
    assert not any("fight" in g for g in got)


def test_candidates_keep_the_release_wording_in_their_features() -> None:
    text = "The two sides discussed combating terrorism and water management."
    doc = segment(text)
    cands = candidates(doc, len(text), rule_areas(doc, len(text)), [])
    normalised = [c for c in cands if c.item.text == "counter-terrorism"]
    assert normalised
    # the filter judges the words the release wrote, not the printed form
    assert all("w=counter" not in c.features for c in normalised)
    assert any("first=combating" in c.features for c in normalised)


def _candidate_texts(text: str) -> list[str]:
    doc = segment(text)
    return [c.item.text for c in candidates(doc, len(text), rule_areas(doc, len(text)), [])]


def test_help_is_written_with_whom_it_goes_to() -> None:
    got = _candidate_texts("The ministers reviewed financial assistance to Norland and "
                           "security assistance to the Baltic States, as well as "
                           "humanitarian aid for the Suravian people.")
    assert "financial assistance to Norland" in got
    assert "security assistance to the Baltic States" in got
    # "Suravian people": an adjective before a common noun, no party the help goes to
    assert "humanitarian aid" in got
    assert not any("Suravian" in g for g in got)


def test_help_to_a_place_keeps_its_place_in_the_printed_areas() -> None:
    got = _areas("Ministers of Norland and Suravia met in Kelda on Monday.\n\n"
                 "The ministers praised the humanitarian assistance to Norland.")
    assert "humanitarian assistance to Norland" in got
    assert "humanitarian assistance" not in got


def test_sanctions_membership_and_stability_keep_the_party_they_concern() -> None:
    got = _candidate_texts("The ministers reviewed energy security in the Baltic Sea, "
                           "sanctions on Norland and the membership of Suravia.")
    assert "energy security in the Baltic Sea" in got
    assert "sanctions on Norland" in got
    # lower-case words after the preposition are no party: the item stays as it was
    got = _candidate_texts("The ministers stressed food security in the region.")
    assert "food security" in got
    assert not any(g.startswith("food security in") for g in got)


def test_a_kind_of_tie_keeps_the_party_it_is_with() -> None:
    got = _candidate_texts("Both leaders praised growing commercial ties with Norland.")
    assert "commercial ties with Norland" in got
