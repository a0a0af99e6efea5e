"""Round 6 agreements, third pass: shapes any issuer may use. Each test runs an invented
release through ``parse_release`` (no corpus text): a counted list of memoranda whose
subjects each open with "on" (a subject may hold an "and" of its own), a headline's short
name "visa MoU on sidelines of X" that the body names in full, a statement "in which" the
sides say something, and parties named with their short forms in brackets."""

from __future__ import annotations

import datetime as dt

from invented import agreements_of

PUBLISHED = dt.date(2031, 5, 3)
LEAD = ("Talks in Orvia\n\nPresident Ana Kell held talks with President Ivo Marr of Tella in "
        "Orvia City on 2 May 2031.\n\n")


def agreements(text: str) -> list[str]:
    return agreements_of(text, PUBLISHED)


def test_counted_memoranda_each_opened_by_on() -> None:
    got = agreements(LEAD + "In their presence, the ministers signed three memoranda of "
                     "understanding: on the recruitment of nurses in the health sector, on "
                     "cooperation in fisheries and ports, and on culture and youth.")
    assert got == ["memorandum of understanding on the recruitment of nurses in the health sector",
                   "memorandum of understanding on cooperation in fisheries and ports",
                   "memorandum of understanding on culture and youth"]


def test_counted_memoranda_without_the_serial_comma() -> None:
    got = agreements(LEAD + "The ministers signed three memoranda of understanding: on "
                     "tourism, on roads and bridges and on youth.")
    assert len(got) == 3 and got[1] == "memorandum of understanding on roads and bridges"


def test_count_that_the_on_list_does_not_match_stays_beside_it() -> None:
    # each subject and the count the subjects do not account for (GUIDELINES; the count
    # alone until round 9)
    got = agreements(LEAD + "The ministers signed five memoranda of understanding: on "
                     "tourism, on roads and bridges, and on youth.")
    assert got[-1] == "five memoranda of understanding signed"
    assert all(any(w in g for g in got) for w in ("tourism", "roads", "youth"))


def test_headline_short_name_on_sidelines_merges_into_the_body() -> None:
    got = agreements("Orvia and Tella sign Joint Statement and visa MoU on margins of summit\n\n"
                     "President Ana Kell held talks with President Ivo Marr of Tella in Orvia "
                     "City on 2 May 2031.\n\nThe two ministers signed a Joint Statement in "
                     "which they agreed to work together. They also signed a Memorandum of "
                     "Understanding on the waiver of visas for holders of service passports.")
    assert got == ["Joint Statement", "Memorandum of Understanding on the waiver of visas for "
                   "holders of service passports"]


def test_parties_named_by_their_short_forms() -> None:
    got = agreements(LEAD + "The leaders witnessed the signing of a Memorandum of Cooperation "
                     "on solar energy between the Renewable Power Agency of Orvia (RPAO) and "
                     "Tella's National Grid and Transmission Board (NGTB).")
    assert got == ["Memorandum of Cooperation on solar energy between RPAO and NGTB"]


def test_party_name_with_inner_and_is_cut_where_its_short_form_starts() -> None:
    got = agreements(LEAD + "The ministers signed a memorandum of cooperation between the "
                     "Orvian Weavers Union and Tella National Cotton and Silk Corporation "
                     "(TENCOS).")
    assert got == ["memorandum of cooperation between the Orvian Weavers Union and TENCOS"]


def test_a_short_form_in_the_documents_own_name_stays() -> None:
    got = agreements(LEAD + "The ministers signed an agreement on the Orvia Free Trade Area "
                     "(OFTA).")
    assert got == ["agreement on the Orvia Free Trade Area (OFTA)"]
