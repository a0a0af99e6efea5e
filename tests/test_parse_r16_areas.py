"""Round 16, areas: a time after the area ("... in the coming months", "... next year",
"... in 2022") ends the item; it is when, not what. Invented text only."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.invented import parse_invented

_LEAD = ("President Kemal Demir met with President Ivo Marek of Hungary in Ankara on "
         "Tuesday. ")


@pytest.mark.parametrize(("sentence", "time"), [
    ("The leaders agreed to expand cooperation in energy and agriculture next year.",
     "next year"),
    ("They discussed gas supplies in 2026 and the transit of oil.", "2026"),
    ("The sides will deepen cooperation in tourism in the coming months.", "coming months"),
])
def test_a_time_after_an_area_is_not_part_of_it(sentence: str, time: str) -> None:
    areas = [a.text for a in parse_invented(_LEAD + sentence,
                                            dt.date(2025, 3, 6)).cooperation_areas]
    assert areas, "the sentence names an area"
    assert not any(time in a for a in areas), areas


@pytest.mark.parametrize("sentence", [
    "The talks covered trade, energy and transport, whereas security was discussed apart.",
    "The first memorandum covers rice farming, while the second concerns fisheries.",
    "They reviewed ways to enhance ties in various fields, particularly energy, investment and "
    "tourism, in addition to discussing the latest regional developments.",
])
def test_a_clause_opening_on_a_conjunction_is_no_area(sentence: str) -> None:
    areas = [a.text for a in parse_invented(_LEAD + sentence,
                                            dt.date(2025, 3, 6)).cooperation_areas]
    assert areas and not any(a.split()[0] in {"whereas", "while", "addition"} for a in areas), areas


@pytest.mark.parametrize(("sentence", "areas"), [
    ("Topics discussed included energy, migration and trade.", ["energy", "migration", "trade"]),
    ("Further topics were migration and the situation in the Middle East.",
     ["migration", "situation in the Middle East"]),
])
def test_topics_named_by_a_copula_are_areas(sentence: str, areas: list[str]) -> None:
    found = [a.text for a in parse_invented(_LEAD + sentence,
                                            dt.date(2025, 3, 6)).cooperation_areas]
    assert found == areas


def test_a_contact_block_at_the_foot_names_no_area() -> None:
    text = (_LEAD + "They discussed peace and security.\n\n"
            "For further information, please contact:\n"
            "Information and Communication Directorate\nE-mail: info@example.org\n")
    found = [a.text for a in parse_invented(text, dt.date(2025, 3, 6)).cooperation_areas]
    assert found == ["peace and security"]
