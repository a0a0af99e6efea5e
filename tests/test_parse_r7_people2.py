"""Round-7 second pass (people2): issuer styles and titles from releases outside our sources.

All text here is invented."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

DAY = dt.date(2026, 3, 4)


def test_styled_office_then_courtesy_rank_keeps_the_office() -> None:
    """ "the Honourable Minister of X, Ambassador Y" / ", Chief Y": the style before the office
    does not hide the office; the rank (or chieftaincy style) is no title and no new person."""
    text = ("President Alpha Berro on Monday received the Prime Minister of Norway, Jonas Gahr "
            "Store, in Accra.\n\nThe two leaders witnessed the signing of a memorandum on "
            "fisheries, signed by the Honourable Minister of Trade, Ambassador Kofi Mensah Osei, "
            "and the Honourable Minister of Energy, Chief Kwame Addo Boateng, for Ghana.")
    got = people(parse_invented(text, DAY))
    assert got["Kofi Mensah Osei"][0] == "Minister of Trade"
    assert got["Kwame Addo Boateng"][0] == "Minister of Energy"
