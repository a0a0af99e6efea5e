"""Round 16, places: a headline in title case ("State Visit of the President of Kenya to
India") names the destination as the lower-case sentence does. Invented text only."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.invented import parse_invented

_BODY = ("\n\nThe following agreements were signed:\n\n"
         "1. Memorandum of Understanding on Cooperation in Renewable Energy\n"
         "2. Agreement on Mutual Legal Assistance in Criminal Matters\n")


@pytest.mark.parametrize("headline", [
    "State Visit of the President of Kenya to India (March 11-13, 2025)",
    "Outcomes of the state visit of the President of Kenya to India (March 11-13, 2025)",
])
def test_the_destination_of_a_visit_of_x_to_y_headline_is_the_place(headline: str) -> None:
    summary = parse_invented(headline + _BODY, dt.date(2025, 3, 13))
    assert summary.location.country == "India"
    assert summary.visit_type == "state visit"
