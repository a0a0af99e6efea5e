"""Round 9 (lead): agreements classes found on the new-issuer check half (invented text only).

A count read from the number nearest its head, not from "the two countries" before it; two
longer subjects of one plural head; and the subjects of a count that lists fields, each one
paper beside the count (GUIDELINES), however alike their names.
"""

from __future__ import annotations

import datetime as dt

from invented import agreements_of

DAY = dt.date(2025, 3, 12)


def agreements(body: str) -> list[str]:
    return agreements_of(f"Ministers of Orvia and Tella meet\n\n{body}", DAY)


def test_the_count_nearest_the_head_counts_the_papers() -> None:
    got = agreements("During the session the two countries signed two MoUs on Fisheries and "
                     "Rail Transport.")
    assert got == ["MoU on Fisheries", "MoU on Rail Transport"]


def test_a_count_of_people_before_an_uncounted_plural_is_no_count() -> None:
    got = agreements("The two leaders signed memoranda on tide tables and orchards.")
    assert got == ["memorandum on tide tables", "memorandum on orchards"]


def test_two_longer_subjects_of_one_plural_head() -> None:
    got = agreements("Memoranda of Understanding on the avoidance of double taxation and "
                     "capacity building for customs officers were exchanged.")
    assert got == ["Memorandum of Understanding on the avoidance of double taxation",
                   "Memorandum of Understanding on capacity building for customs officers"]


def test_a_subject_whose_second_part_is_an_adjective_stays_whole() -> None:
    got = agreements("The sides signed memoranda on the promotion of trade and economic "
                     "cooperation.")
    assert len(got) == 1 and "trade and economic cooperation" in got[0]


def test_each_field_of_a_count_stays_however_alike_the_names() -> None:
    got = agreements("In total, 11 interstate, intergovernmental and interdepartmental "
                     "documents were signed in the fields of trade, transport, agriculture, "
                     "education and healthcare.")
    fields = ("trade", "transport", "agriculture", "education", "healthcare")
    assert all(any(f in g for g in got) for f in fields)
    assert got[-1].startswith("11 ") and len(got) == 6
