"""The parser on invented releases shaped like issuers that are in none of the corpus
(tests/fixtures/issuers): a ministry's numbered summit overview, "MoUs were exchanged"
lists, agency datelines, palace readouts, an announced visit, a phone call.

The hidden test set includes an issuer the project has never read, so each shape here
checks the fields a desk officer relies on, as GUIDELINES.md defines them. Invented text is
cleaner than real text: these are regression checks for shapes, not accuracy evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from briefgen.ingest import load_release
from briefgen.model import VisitSummary
from briefgen.parse import parse_release

FIXTURES = Path(__file__).parent / "fixtures" / "issuers"

# file -> publication date and what GUIDELINES.md makes of it. "people" maps a word of each
# participant's name to their state (None: state not asserted); only those take part.
EXPECTED: dict[str, dict[str, Any]] = {
    "summit-meeting-numbered": dict(
        published="2025-03-14", date="2025-03-14", place=(None, "Japan"),
        countries={"Japan", "Norway"}, people={"Takeda": "Japan", "Vandrup": "Norway"},
        agreements=2, follow_ups=["economic mission", "invitation"]),
    "state-visit-mous-exchanged": dict(
        published="2025-05-03", visit_type="state visit", countries={"Chile", "India"},
        people={"Ostiga": "Chile", "Renn": "Chile", "Mehra": "India"}, agreements=3,
        follow_ups=["Joint Commission", "invitation"]),
    "foreign-ministers-talks": dict(
        published="2025-06-09", visit_type="talks", date="2025-06-09",
        place=("Beijing", "China"), countries={"China", "Uruguay"},
        people={"Wang": "China", "Alvar": "Uruguay"}, agreements=1,
        follow_ups=["strategic dialogue"]),
    "ruler-receives-pm": dict(
        published="2025-04-21", visit_type="meeting", date="2025-04-21",
        countries={"United Arab Emirates", "Estonia"},
        people={"Saad": "United Arab Emirates", "Kerel": "Estonia",
                "Hamad": "United Arab Emirates", "Amin": "United Arab Emirates"},
        agreements=2),
    "pm-meeting-readout": dict(
        published="2025-02-12", visit_type="meeting", date="2025-02-12",
        place=("London", "United Kingdom"), people={"Brenner": "Germany"},
        follow_ups=["summit"]),
    "visit-announced": dict(
        published="2025-11-02", visit_type="official visit", date="2025-11-03",
        place=(None, "Vietnam"),
        people={"Koh": "Singapore", "Tran": "Vietnam", "Lam": "Vietnam", "Cuong": "Vietnam",
                "Balakrishnan": "Singapore"}),
    "state-house-talks": dict(
        published="2025-07-08", visit_type="talks", date="2025-07-08",
        place=("Nairobi", "Kenya"), countries={"Kenya", "Tanzania"},
        people={"Ruto": "Kenya", "Juma": "Tanzania", "Mudavadi": "Kenya",
                "Kinyanjui": "Kenya"},
        agreements=4, follow_ups=["invitation"]),
    "council-meeting-no-day": dict(
        published="2025-02-27", date=None, countries={"Turkey", "Hungary"},
        # "12 agreements ... in the fields of A, B, C and D": each field and the count
        # (GUIDELINES; one count item until round 9)
        people={"Erdoğan": "Turkey", "Orbán": "Hungary"}, agreements=5,
        follow_ups=["Budapest"]),
    "joint-statement-numbered": dict(
        published="2025-06-23", date="2025-06-23", place=("Brussels", "Belgium"),
        people={"Rocha": None, "Brandt": None, "Tremblay": "Canada"},
        follow_ups=["ministerial dialogue", "next summit"]),
    "minister-receives-ambassador": dict(
        published="2025-10-14", visit_type="meeting", date="2025-10-14",
        countries={"South Africa", "Norway"},
        people={"Mokoena": "South Africa", "Solheim-Berg": "Norway"},
        follow_ups=["Bi-National Commission"]),
    "state-visit-talks-agency": dict(
        published="2025-08-11", visit_type="state visit", date="2025-08-11",
        place=("Ha Noi", "Vietnam"), countries={"Vietnam", "Philippines"},
        people={"Tran": "Vietnam", "Villareal": "Philippines"}, agreements=3,
        follow_ups=["rice"]),
    "phone-call": dict(
        published="2025-07-11", visit_type="phone call", date="2025-07-10",
        place=(None, None), countries={"Philippines", "South Korea"},
        people={"Reyes": "Philippines", "Park": "South Korea"},
        follow_ups=["APEC", "Joint Commission"]),
    "crown-prince-receives-pm": dict(
        published="2025-01-26", visit_type="meeting", date="2025-01-26",
        place=("AlUla", "Saudi Arabia"), countries={"Saudi Arabia", "Italy"},
        people={"Omar": "Saudi Arabia", "Valenti": "Italy", "Abdulaziz": "Saudi Arabia",
                "Farhan": "Saudi Arabia", "Tajani": "Italy"},
        agreements=1),
}


def parsed(name: str) -> VisitSummary:
    published = dt.date.fromisoformat(EXPECTED[name]["published"])
    return parse_release(load_release(FIXTURES / f"{name}.txt", published))


def test_every_fixture_has_expectations() -> None:
    assert {p.stem for p in FIXTURES.glob("*.txt")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_event_frame(name: str) -> None:
    want, got = EXPECTED[name], parsed(name)
    if "visit_type" in want:
        assert got.visit_type == want["visit_type"]
    if "date" in want:
        assert (got.date.isoformat() if got.date else None) == want["date"]
    if "place" in want:
        city, country = want["place"]
        assert got.location.country == country
        if city is not None or country is None:
            assert got.location.city == city
    if "countries" in want:
        assert set(got.countries) == want["countries"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_participants(name: str) -> None:
    want, got = EXPECTED[name]["people"], parsed(name).participants
    found: dict[str, str | None] = {}
    for person in got:
        key = next((k for k in want if k.lower() in person.name.lower()), person.name)
        found[key] = person.country
    assert set(found) == set(want)
    assert {k: found[k] for k, v in want.items() if v} == {k: v for k, v in want.items() if v}


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED
                                        if "agreements" in EXPECTED[n] or
                                        "follow_ups" in EXPECTED[n]))
def test_items(name: str) -> None:
    want, got = EXPECTED[name], parsed(name)
    if "agreements" in want:
        assert len(got.agreements) == want["agreements"], [a.text for a in got.agreements]
    texts = " | ".join(f.text for f in got.follow_ups).lower()
    for word in want.get("follow_ups", []):
        assert word.lower() in texts, texts
