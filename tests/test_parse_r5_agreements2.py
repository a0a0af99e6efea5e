"""Round 5 agreements, second pass: a count beside the subjects it lists, and document
names that run over small linking words or commas, on invented releases run through
``parse_release`` (no corpus text)."""

from __future__ import annotations

import datetime as dt

from invented import agreements_of

PUBLISHED = dt.date(2031, 5, 3)

LEAD = ("Talks in Orvia\n\nPresident Ana Kell held talks with President Ivo Marr of Tella in "
        "Orvia City on 2 May 2031. ")


def agreements(text: str) -> list[str]:
    return agreements_of(LEAD + text, PUBLISHED)


def has(items: list[str], *words: str) -> bool:
    return any(all(w.lower() in i.lower() for w in words) for i in items)


# --- a count with its subjects listed -------------------------------------------------------

def test_count_splits_the_and_that_makes_its_number() -> None:
    got = agreements("The two Presidents witnessed the signing of four agreements on road "
                     "haulage for carriers of both states, fisheries and aquaculture, the "
                     "film industry and coastal shipping.")
    assert len(got) == 4
    assert has(got, "road haulage", "carriers") and has(got, "fisheries", "aquaculture")
    assert has(got, "film industry") and has(got, "coastal shipping")
    assert not has(got, "four agreements")


def test_namely_introduces_the_subjects_of_a_count() -> None:
    got = agreements("Afterwards the leaders witnessed the exchange of three Memoranda of "
                     "Understanding, namely on Cooperation in Rare Earths, on Cooperation "
                     "in Seed Testing, and on Cooperation in Port Management.")
    assert len(got) == 3
    assert has(got, "Memorandum", "Rare Earths") and has(got, "Seed Testing")
    assert has(got, "Port Management")


def test_fields_that_do_not_match_the_count_give_each_field_and_the_count() -> None:
    # GUIDELINES: where a sentence lists the subjects of several papers each subject is one
    # item; the count, which the three fields do not account for, stays beside them (round 9
    # follows this; the earlier heldout h7 gold kept the count alone)
    got = agreements("After the talks, 7 agreements were signed in the fields of mining, "
                     "tourism and sport.")
    assert len(got) == 4 and has(got, "7 agreements")
    assert all(any(w in g for g in got) for w in ("mining", "tourism", "sport"))


def test_more_than_a_count_of_documents_covering_areas_such_as() -> None:
    # the subjects named as examples are one item each, the count stays (GUIDELINES, round 9)
    got = agreements("During the visit, more than twelve cooperation documents covering "
                     "areas such as forestry, aviation and statistics were signed.")
    assert len(got) == 4 and has(got, "twelve", "documents")
    assert all(any(w in g for g in got) for w in ("forestry", "aviation", "statistics"))


def test_count_equal_to_a_plain_list_gives_no_count_item() -> None:
    got = agreements("The ministers signed three agreements on tourism, mining and sport.")
    assert len(got) == 3 and not has(got, "three")


def test_partnership_signed_after_a_comma() -> None:
    got = agreements("We welcomed the launch of the Blue Harbour Partnership, signed today.")
    assert has(got, "Blue Harbour Partnership")


# --- document names that run over linking words and commas ----------------------------------

def test_title_case_subject_runs_over_against() -> None:
    got = agreements("The Ministers of Justice signed the Agreement on Cooperation in Border "
                     "Policing and the Struggle against Illicit Arms Trafficking.")
    assert got == ["Agreement on Cooperation in Border Policing and the Struggle against "
                   "Illicit Arms Trafficking"]


def test_protocol_to_an_agreement_is_one_name() -> None:
    got = agreements("The ministers signed the Amending Protocol to the Agreement on Seasonal "
                     "Workers and a Memorandum on Chess.")
    assert len(got) == 2
    assert has(got, "Amending Protocol to the Agreement on Seasonal Workers")
    assert has(got, "Memorandum on Chess")


def test_and_inside_a_title_case_treaty_name() -> None:
    got = agreements("The leaders signed the historic Orvia-Tella Customs and Border Treaty.")
    assert has(got, "Customs and Border Treaty")


def test_country_and_country_before_a_name_does_not_join_a_sentence_subject() -> None:
    got = agreements("The Presidents of Orvia and Tella signed the Fisheries Agreement.")
    assert got == ["Fisheries Agreement"]


def test_adjectives_listed_before_one_noun_keep_their_commas() -> None:
    got = agreements("Several documents were signed, including an MoU on road safety, an MoU "
                     "on visa exemption for diplomatic, official and service passports, and a "
                     "framework agreement on forestry.")
    assert len(got) == 3
    assert has(got, "visa exemption", "diplomatic", "official", "service passports")
    assert has(got, "road safety") and has(got, "forestry")


# --- more ways of setting out the subjects of a count ---------------------------------------

def test_subjects_after_a_comma_and_covering() -> None:
    got = agreements("Five agreements were signed, covering mining, fisheries, aviation, "
                     "statistics and sport.")
    assert len(got) == 5 and has(got, "aviation") and not has(got, "Five")


def test_pertaining_to_and_a_dash_introduce_subjects() -> None:
    got = agreements("The two sides signed three MoUs pertaining to chess, rowing and judo.")
    assert len(got) == 3 and has(got, "rowing")
    got = agreements("The two sides signed four agreements - on trade, tourism, mining and "
                     "sport.")
    assert len(got) == 4 and has(got, "tourism") and not has(got, "sides")


def test_in_diverse_sectors_including_leads_the_subjects() -> None:
    got = agreements("The leaders witnessed the exchange of MoUs in diverse sectors including "
                     "forestry, aviation and statistics.")
    assert len(got) == 3 and has(got, "forestry") and has(got, "statistics")
    assert not has(got, "sectors")


def test_bilateral_instruments_are_documents() -> None:
    got = agreements("The visit saw the signing of three bilateral instruments on mining, "
                     "fisheries and youth.")
    assert len(got) == 3 and has(got, "instrument", "fisheries")


def test_financial_instruments_are_no_documents() -> None:
    assert agreements("They discussed financial instruments for climate adaptation.") == []


def test_including_on_and_bare_subjects_after_a_colon() -> None:
    got = agreements("The Prime Ministers witnessed the exchange of Memoranda of "
                     "Understanding, including on chess, rowing and judo.")
    assert len(got) == 3 and has(got, "Memorandum", "rowing") and has(got, "judo")
    got = agreements("The leaders witnessed the signing of the following agreements: seed "
                     "testing for small farms, forestry, and the film industry.")
    assert len(got) == 3 and has(got, "seed testing") and has(got, "film industry")
    got = agreements("Three agreements were signed: tourism, mining and sport.")
    assert len(got) == 3 and not has(got, "Three")


def test_a_term_of_years_is_part_of_the_name() -> None:
    got = agreements("The ministers signed a five year agreement to expand rural clinics.")
    assert has(got, "five year agreement")


def test_adjectives_before_one_noun_in_a_plural_list() -> None:
    got = agreements("Agreements on visa exemption for diplomatic, official and service "
                     "passports and on coastal shipping were signed.")
    assert len(got) == 2
    assert has(got, "diplomatic", "official", "service passports") and has(got, "shipping")


def test_the_next_sentence_lists_the_subjects_of_a_count() -> None:
    got = agreements("Three agreements were signed. They cover extradition, tourism and "
                     "chess.")
    assert len(got) == 3 and has(got, "extradition") and has(got, "chess")
    assert not has(got, "Three")
    # fewer subjects than the count are fields: the count stays the item
    got = agreements("Three agreements were signed. They cover extradition and chess.")
    assert got == ["Three agreements signed"]


def test_a_signing_still_aimed_at_is_no_agreement() -> None:
    got = agreements("They agreed to accelerate the second phase of the railway, with the aim "
                     "of signing the civil works contract within the first half of 2032.")
    assert not got, got
