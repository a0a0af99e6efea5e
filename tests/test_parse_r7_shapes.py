"""Round 7 (shapes): sentence splitting, sub-national regions and "Secretary of State of the
Holy See" on invented text, shapes an issuer in none of our sources will write."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.parse.geo import country_mentions
from briefgen.parse.segment import segment
from tests.invented import parse_invented, people


def _sentences(text: str) -> list[str]:
    return [s.text for s in segment(text).sentences]


@pytest.mark.parametrize("name", ["Retno L.P. Marsudi", "John F. Kennedy", "A.B. Vajpayee",
                                  "Ana M.T. Ruiz", "J.R.R. Tolkien"])
def test_initials_do_not_split_a_name(name: str) -> None:
    text = f"Foreign Minister {name} met the delegation in Ruritania. They talked for an hour."
    assert _sentences(text) == [f"Foreign Minister {name} met the delegation in Ruritania.",
                                "They talked for an hour."]


@pytest.mark.parametrize("day", ["12. Februar 2026", "3. März", "1. Oktober 2025",
                                 "24. januar 2026"])
def test_dotted_day_does_not_end_a_sentence(day: str) -> None:
    text = f"Die Ministerin reiste am {day} nach Ruritanien. Dort traf sie den Premier."
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize("abbr", ["H.E.", "Hon.", "No.", "Art.", "St.", "Dr.", "Mr.", "Mrs.",
                                  "Ms.", "Prof.", "Gen.", "Lt.", "Col.", "Amb.", "approx.",
                                  "e.g.", "i.e.", "U.S.", "U.K.", "U.N.", "Sr.", "Jr.", "Rt.",
                                  "Msgr.", "Fr.", "Mme.", "Dy.", "Addl.", "Govt.", "Sh.",
                                  "Brig.", "Cdr.", "Jt.", "Secy.", "Sra.", "Nr."])
def test_common_abbreviations_end_no_sentence(abbr: str) -> None:
    text = f"The talks named {abbr} Zorvan Keel among others. They ended at noon."
    assert len(_sentences(text)) == 2


def test_a_sentence_still_ends_after_a_number_or_a_lower_case_word() -> None:
    text = "The two sides signed 12. The rest follow in May. Agreement No. 4 was signed."
    assert _sentences(text) == ["The two sides signed 12.", "The rest follow in May.",
                                "Agreement No. 4 was signed."]


def test_a_place_in_initials_still_ends_a_sentence() -> None:
    assert len(_sentences("They met in Washington, D.C. During the talks they ate.")) == 2


def test_secretary_of_state_of_a_state_keeps_its_head() -> None:
    text = ("Minister of Foreign Affairs Elena Brask met the Secretary of State of the Holy See, "
            "Cardinal Pietro Zanetti, in Vatican City on 3 March 2026. The two discussed peace.")
    found = country_mentions(text)
    assert [text[c.start:c.end] for c in found][0] == "Holy See"
    got = people(parse_invented(text, dt.date(2026, 3, 4)))
    assert got["Pietro Zanetti"] == ("Secretary of State of the Holy See", "Holy See")


def test_the_state_of_a_country_is_still_one_name() -> None:
    text = "The Emir of the State of Qatar received the delegation."
    assert [text[c.start:c.end] for c in country_mentions(text)] == ["State of Qatar"]


@pytest.mark.parametrize(("title", "name", "state"), [
    ("Governor of Sichuan", "Wang Lihong", "China"),
    ("Chief Minister of Tamil Nadu", "Arun Selvan", "India"),
    ("Premier of Saskatchewan", "Joan Marlow", "Canada"),
    ("Minister of Economy of the Province of Nova Scotia", "Ellen Drake", "Canada"),
    ("Governor of Minas Gerais", "Paulo Ferraz", "Brazil"),
    ("Governor of Jalisco", "Marta Olvera", "Mexico"),
    ("Minister-President of Lower Saxony", "Jens Kohlmann", "Germany"),
    ("Chief Minister of Sarawak", "Awang Jeli", "Malaysia"),
    ("President of the Generalitat of Catalonia", "Jordi Puyal", "Spain"),
    ("Premier of KwaZulu-Natal", "Thandi Zungu", "South Africa"),
])
def test_an_official_of_a_region_serves_its_state(title: str, name: str, state: str) -> None:
    text = (f"Prime Minister Tomas Velk of Portugal met the {title} {name} on 3 March 2026. "
            "They discussed trade and investment.")
    got = people(parse_invented(text, dt.date(2026, 3, 4)))
    assert got[name] == (title, state)


def test_a_city_before_a_province_is_placed_in_its_state() -> None:
    text = ("Prime Minister Tomas Velk of Portugal met Premier Joan Marlow in Regina, "
            "Saskatchewan on 3 March 2026. They discussed trade.")
    loc = parse_invented(text, dt.date(2026, 3, 4)).location
    assert (loc.city, loc.country) == ("Regina", "Canada")


def test_a_stop_glued_to_the_next_sentence_ends_it() -> None:
    text = "The ministers met for two hours.They agreed to meet again, e.g.In Lisbon."
    assert _sentences(text) == ["The ministers met for two hours.",
                                "They agreed to meet again, e.g.In Lisbon."]
    assert len(_sentences("See www.example.org.Then call the U.S.A.Embassy today.")) == 2


@pytest.mark.parametrize(("text", "state"), [
    ("the Prime Minister of São Tomé and Príncipe arrived", "Sao Tome and Principe"),
    ("the Cabo Verdean minister arrived", "Cape Verde"),
])
def test_accented_and_local_country_names(text: str, state: str) -> None:
    assert [c.country for c in country_mentions(text)] == [state]


@pytest.mark.parametrize(("city", "state"), [("Changsha", "China"), ("Bhubaneswar", "India"),
                                             ("Winnipeg", "Canada"), ("Düsseldorf", "Germany")])
def test_a_regional_capital_places_the_event(city: str, state: str) -> None:
    text = (f"Prime Minister Tomas Velk of Portugal held talks with local leaders in {city} "
            "on 3 March 2026. They discussed trade.")
    loc = parse_invented(text, dt.date(2026, 3, 4)).location
    assert (loc.city, loc.country) == (city, state)


def test_an_abbreviation_in_brackets_ends_no_sentence() -> None:
    assert len(_sentences("Lt. Gen. (Retd.) Omar Zaki met the envoy. They talked.")) == 2
    text = "Hon. (Dr.) Mina Patel spoke. They talked (see Annex B.) Then left."
    assert len(_sentences(text)) == 3
