"""Round 9: agreements as issuers outside our data write them (invented text only).

Classes found on the new-issuer study half: documents named in a sentence that points back
to an earlier count or signing, a count's subjects read one paper each, a signing still on
the schedule, and a communiqué only cited as a source.
"""

from __future__ import annotations

import datetime as dt

from invented import agreements_of

DAY = dt.date(2025, 3, 12)


def agreements(body: str) -> list[str]:
    return agreements_of(f"Visit of the President of Orvia\n\n{body}", DAY)


def has(got: list[str], *words: str) -> bool:
    return any(all(w.lower() in g.lower() for w in words) for g in got)


def test_back_reference_names_the_memoranda_of_a_count() -> None:
    got = agreements("The foreign minister presided over the signing of 3 different memoranda "
                     "with his counterpart.\n\nThe signing took place in the presence of the two "
                     "presidents.\n\nThe Memoranda of Understanding (MoU) include an MoU on "
                     "Fisheries, an MoU on Rail Transport and an MoU on Youth and Sport.")
    assert has(got, "Fisheries") and has(got, "Rail Transport") and has(got, "Youth and Sport")
    assert not has(got, "3 different memoranda")


def test_definite_count_further_on_gives_the_subjects() -> None:
    got = agreements("The two presidents witnessed the signing of two agreements and a "
                     "Memorandum of Understanding between the two states.\n\nBefore the talks, the "
                     "guest toured the national museum.\n\nAccording to the state agency, the two "
                     "agreements signed were focused on economic and technical cooperation and the "
                     "avoidance of double taxation. The MoU was established to foster cooperation "
                     "in the field of civil aviation.")
    assert has(got, "agreement", "economic and technical cooperation")
    assert has(got, "agreement", "double taxation")
    assert has(got, "Memorandum", "civil aviation")
    assert not has(got, "two agreements") and not has(got, "between the two states")
    assert len(got) == 3


def test_definite_plural_without_an_earlier_signing_lists_nothing() -> None:
    got = agreements("The presidents discussed trade and energy.\n\nThe two agreements under "
                     "negotiation were focused on fisheries and on customs.")
    assert got == []


def test_purpose_does_not_rename_a_paper_with_a_subject() -> None:
    got = agreements("The ministers signed an Agreement on Air Services.\n\nThe agreement is "
                     "designed to increase the number of flights.")
    assert got == ["Agreement on Air Services"]


def test_signing_on_the_schedule_is_no_agreement() -> None:
    got = agreements("The two leaders held talks on Monday morning. They are scheduled to witness "
                     "the signing of more than a dozen cooperation documents after the talks.")
    assert got == []
    assert agreements("The visit is expected to result in the signing of some ten "
                      "agreements.") == []


def test_communique_cited_as_a_source_is_no_agreement() -> None:
    got = agreements("The two kings held talks at the palace this evening. According to a "
                     "communiqué issued afterwards, the two leaders discussed regional security.")
    assert got == []


def test_joint_communique_issued_is_still_an_agreement() -> None:
    got = agreements("The two kings held talks at the palace this evening and issued a joint "
                     "communiqué on regional security.")
    assert has(got, "joint communiqué")


# --- precision: releases that report no signing of their own ---------------------------------

def test_one_partys_communique_is_no_agreement() -> None:
    assert agreements("After the meeting, the Secretary General issued a communiqué on the "
                      "situation in the region.") == []
    got = agreements("After the meeting, the two presidents issued a communiqué on regional "
                     "security.")
    assert has(got, "communiqué", "regional security")


def test_record_since_relations_were_established_is_no_count() -> None:
    assert agreements("The two countries have signed a total of 45 agreements since "
                      "establishing diplomatic relations.") == []


def test_support_to_a_third_partys_agreement_is_no_agreement() -> None:
    assert agreements("The minister thanked Orvia for its support to the peace agreement "
                      "signed by the parties in the capital.") == []


def test_paper_only_discussed_is_no_agreement() -> None:
    assert agreements("The officials discussed the agreement signed in the capital between "
                      "the two ministries of health.") == []
    got = agreements("The ministers reviewed and signed the Agreement on Air Services.")
    assert got == ["Agreement on Air Services"]


def test_count_with_its_figure_in_brackets() -> None:
    got = agreements("The two Presidents witnessed the signing of seven (7) Memoranda of "
                     "Understanding in various fields.")
    assert len(got) == 1 and has(got, "seven", "Memoranda")


def test_count_of_mous_and_their_areas_in_the_next_sentence() -> None:
    assert agreements("The two leaders witnessed the signing of four MoUs.") == [
        "four MoUs signed"]
    got = agreements("The two leaders witnessed the signing of three MoUs. The MoUs are in the "
                     "areas of health, tourism and sports.")
    assert got == ["MoU on health", "MoU on tourism", "MoU on sports"]


def test_back_referring_subject_names_no_paper() -> None:
    got = agreements("The Presidents witnessed the signing of three instruments. The instruments "
                     "signed were a Memorandum on Trade, an Agreement on Culture and a Protocol "
                     "on Consultations.")
    assert got == ["Memorandum on Trade", "Agreement on Culture", "Protocol on Consultations"]


def test_plural_back_reference_gives_the_subjects_of_its_count() -> None:
    got = agreements("The two ministers signed three memoranda of understanding. The memoranda "
                     "cover fisheries, mining and youth.")
    assert len(got) == 3 and has(got, "fisheries") and has(got, "youth")


def test_subjects_after_among_others() -> None:
    got = agreements("The two leaders also witnessed the exchange of several MoUs, among others "
                     "on energy, health and education.")
    assert got == ["MoU on energy", "MoU on health", "MoU on education"]


def test_count_of_accords_is_a_count() -> None:
    assert agreements("The leaders signed five accords.") == ["five accords signed"]


def test_a_meetings_programme_of_work_is_no_paper() -> None:
    assert agreements("The meeting adopted the agenda and the programme of work.") == []


def test_conclusion_to_be_expedited_is_still_to_come() -> None:
    assert agreements("The leaders agreed to expedite the conclusion of the Comprehensive "
                      "Economic Partnership Agreement.") == []


def test_record_in_the_past_years_is_no_count() -> None:
    assert agreements("The two countries have signed 15 agreements in the past five "
                      "years.") == []


def test_back_reference_that_relates_or_deals_with_subjects() -> None:
    got = agreements("The ministers signed two agreements. The agreements signed relate to "
                     "trade and tourism.")
    assert got == ["agreement on trade", "agreement on tourism"]
    got = agreements("The ministers signed two agreements.\n\nThe two agreements deal with health "
                     "and the protection of investments.")
    assert got == ["agreement on health", "agreement on the protection of investments"]


def test_signing_in_other_words() -> None:
    assert agreements("The two countries entered into an agreement on the avoidance of double "
                      "taxation.") == ["agreement on the avoidance of double taxation"]
    assert agreements("The two governments sealed an agreement on fisheries during the "
                      "visit.") == ["agreement on fisheries"]
    assert agreements("The protocol on trade entered into force last year.") == []


def test_subjectless_paper_named_by_what_it_covers() -> None:
    got = agreements("The ministers signed an agreement between the two governments. The "
                     "agreement covers cooperation in fisheries and aquaculture.")
    assert got == ["agreement on cooperation in fisheries and aquaculture"]
