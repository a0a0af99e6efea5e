"""The event frame (place, date, visit type) on invented releases: round 7 rules, each
general across issuers and grounded in GUIDELINES. No corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented

from briefgen.model import VisitSummary

PUB = dt.date(2025, 3, 12)


def parse(text: str, title: str | None = None, published: dt.date | None = PUB) -> VisitSummary:
    return parse_invented(text, published, title)


# --- a dateline alone does not place the event (GUIDELINES) --------------------------------------

def test_a_dateline_of_another_city_of_the_visited_state_is_only_the_filing_place() -> None:
    s = parse("Toronto, Canada\n\nThe two Prime Ministers held their annual leaders' talks in "
              "Canada today and agreed to lower roaming charges.",
              title="Leaders agree to lower roaming charges")
    assert (s.location.city, s.location.country) == (None, "Canada")


def test_a_dateline_naming_the_visited_states_capital_places_the_talks() -> None:
    s = parse("Ottawa\n\nPrime Minister Ana Ruiz met President Tomas Berg on 11 March as part of "
              "his State Visit to Canada.", title="Joint statement of the two leaders")
    assert (s.location.city, s.location.country) == ("Ottawa", "Canada")
