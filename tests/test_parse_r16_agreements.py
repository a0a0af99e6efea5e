"""Round 16, agreements: a document listed after an inline marker ("(ii) Agreement on
X") is named without the marker. Invented text only."""

from __future__ import annotations

import datetime as dt

from tests.invented import agreements_of


def test_inline_list_markers_are_not_part_of_the_document() -> None:
    text = ("President Kofi Mensah of Ghana held talks with President Tran Van Long of Vietnam "
            "in Hanoi on 14 March. The following instruments were exchanged: (i) MoU on Health "
            "Cooperation; (ii) Agreement on Visa Exemption for Diplomatic Passports; (iii) "
            "Cultural Exchange Programme 2025-2028.")
    assert agreements_of(text, dt.date(2023, 3, 15)) == [
        "MoU on Health Cooperation", "Agreement on Visa Exemption for Diplomatic Passports",
        "Cultural Exchange Programme 2025-2028"]
