"""Round 9 cooperation-area fixes (briefgen/parse/areas.py, area_model.py), each on
invented sentences: classes seen on releases of issuers the parser was never tuned on."""

from __future__ import annotations

from briefgen.parse.items import extract_items
from briefgen.parse.segment import segment


def areas(text: str) -> list[str]:
    return [i.text for i in extract_items(segment(text), []).cooperation_areas]


def test_an_initials_dot_does_not_end_a_list_member() -> None:
    got = areas("The ministers discussed the vital Norland-U.K. partnership and the "
                "discovery of U.N. supply depots.")
    assert not any(a.rstrip(".").endswith(("U.K", "U.N", "U")) for a in got), got
    assert any("supply depots" in a for a in got), got


def test_an_initials_dot_before_a_capital_still_ends_the_list() -> None:
    # the segmenter may leave "the U.S. The leaders" in one sentence
    got = areas("They agreed to deepen cooperation on maritime safety and port security "
                "with the U.S. The leaders later visited a harbour in the capital city.")
    assert not any("leaders" in a or "harbour" in a for a in got), got


def test_a_party_and_its_stance_are_no_area() -> None:
    got = areas("The talks covered the Norlandian side, Westerian support and "
                "renewable energy.")
    assert "renewable energy" in got
    assert not any("side" in a or "support" in a for a in got), got


def test_an_item_pointing_back_with_this_is_no_area() -> None:
    got = areas("The minister praised the Coastal Union. They discussed cooperation with this "
                "organization and renewable energy.")
    assert "renewable energy" in got
    assert not any("this" in a for a in got), got


def test_next_steps_before_a_document_are_no_area() -> None:
    got = areas("They discussed next steps in the implementation of the agreement on fishing "
                "quotas, and the drought in the south.")
    assert not any("steps" in a or "implementation" in a for a in got), got


def test_the_developments_of_a_subject_give_the_subject() -> None:
    got = areas("They discussed the developments of the military escalation in the region and "
                "its serious repercussions on regional security.")
    assert "military escalation in the region" in got, got


def test_one_partys_help_to_anothers_sector_names_the_sector() -> None:
    got = areas("The presidents discussed U.S. support to Westeria’s shipbuilding sector and "
                "economic recovery.")
    assert any(a.endswith("shipbuilding sector") and "support" not in a for a in got), got


def test_a_crisis_keeps_its_noun_with_its_place() -> None:
    # annotators write "Syria crisis" or "crisis in Syria", not the place alone
    got = areas("They discussed next steps in the implementation of the agreement on fishing "
                "quotas, and the crisis in Syria.")
    assert got == ["crisis in Syria"], got
