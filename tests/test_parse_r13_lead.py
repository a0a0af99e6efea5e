"""Round 13, the lead's fixes: each on invented text, failing without its fix."""

from __future__ import annotations

import datetime as dt

from briefgen.parse.segment import segment
from tests.invented import agreements_of

DAY = dt.date(2021, 5, 6)


def test_a_photo_credit_in_capitals_is_masked_too() -> None:
    # the credit pattern ignores case, but its cheap pre-check once did not, so a page
    # whose only credit was in capitals kept it, and it ran on into the paper's name
    text = ("Minister Alpha met Minister Beta in Vesta.\n\n"
            "The ministers signed the Protocol on Border Cooperation - PHOTO: AGENCY/NAME")
    body = " ".join(s.text for s in segment(text).sentences)
    assert "AGENCY" not in body
    assert agreements_of(text, DAY) == ["Protocol on Border Cooperation"]
