"""Round 7 agreements: releases that report no signing yield no agreement, and signings in
other issuers' wordings. Each test runs an invented release (no corpus text) through ingest
and ``parse_release``: papers dated back from the event by a span of time ("a month
earlier", "two years before", "back in 2012", "in the spring"), a record of papers ("has
signed more than 40 agreements"), a signing put on the calendar or to which someone is
invited, and legislation (an Act named after a paper, a bill signed into law)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented import agreements_of

PUBLISHED = dt.date(2031, 5, 3)
LEAD = ("Talks with President of Tella\n\nPresident Ana Kell held talks with President Ivo "
        "Marr of Tella in Orvia City on 2 May 2031.\n\n")


def agreements(text: str) -> list[str]:
    return agreements_of(text, PUBLISHED)


@pytest.mark.parametrize("sentence", [
    "The leaders praised the Defence Cooperation Agreement concluded a month earlier.",
    "The two leaders highlighted the signing of the Comprehensive Economic Partnership "
    "Agreement two years before.",
    "Back in 2012, the two countries signed a Treaty on Friendship.",
    "Twenty years after the signing of the Treaty of Friendship, relations are stronger "
    "than ever.",
    "Relations reached a new level, as enshrined in the Declaration on Strategic Partnership "
    "which we signed during my visit to Tella City in the spring.",
    "The parties signed the Comprehensive Strategic Partnership Agreement during the "
    "previous visit of President Kell.",
    "Orvia has signed more than 40 agreements with Tella, he noted.",
])
def test_paper_signed_before_the_event_is_no_agreement(sentence: str) -> None:
    assert agreements(LEAD + sentence) == []


@pytest.mark.parametrize("sentence", [
    "The signing of a security agreement with Tella is planned for next month.",
    "Ivo Marr invited Ana Kell to attend the signing of the Strategic Partnership Treaty "
    "next year.",
])
def test_signing_still_to_come_is_no_agreement(sentence: str) -> None:
    assert agreements(LEAD + sentence) == []


@pytest.mark.parametrize("sentence", [
    "President Kell signed into law the Orvia-Tella Trade Agreement Implementation Act.",
    "President Kell signed the Free Trade Agreement Implementation Bill.",
])
def test_legislation_is_no_agreement(sentence: str) -> None:
    assert agreements(LEAD + sentence) == []


def test_papers_signed_today_are_still_counted() -> None:
    got = agreements(LEAD + "Today the sides have signed more than 20 documents, among them "
                     "an Agreement on Air Services.")
    assert "Agreement on Air Services" in got
    got = agreements(LEAD + "The ministers signed an agreement on tourism and agreed to meet "
                     "again next year.")
    assert got == ["agreement on tourism"]


def test_weak_head_inside_a_phrase_after_the_verb_is_not_its_object() -> None:
    assert agreements(LEAD + "The President adopted a decision on a new programme of "
                      "assistance.") == []
    assert agreements(LEAD + "The ministers signed a programme of cultural exchanges.") == [
        "programme of cultural exchanges"]


def test_statement_issued_in_an_earlier_year_is_no_agreement() -> None:
    assert agreements(LEAD + "The Prime Ministers issued a Joint Statement on climate change "
                      "in 2029.") == []


KREMLIN_STYLE = ("Press statements following talks\n\nPresident Ana Kell and President of Tella "
                 "Ivo Marr made press statements following talks.\n\nAna Kell: Mr President, "
                 "our talks were held in a friendly atmosphere. ")


def test_in_our_presence_ends_the_documents_name() -> None:
    got = agreements(KREMLIN_STYLE + "Our ministers signed an agreement on the supply of grain "
                     "in our presence.")
    assert got == ["agreement on the supply of grain"]


def test_package_with_an_adjective_is_a_count() -> None:
    got = agreements(KREMLIN_STYLE + "A substantial package of intergovernmental documents was "
                     "signed in our presence.")
    assert got == ["A substantial package of intergovernmental documents signed"]


def test_list_intro_that_names_the_parties_is_no_paper() -> None:
    got = agreements(LEAD + "The following agreements were signed between the two countries:"
                     "\n1) Agreement on visa waiver for holders of diplomatic passports;\n2) "
                     "Treaty on extradition.")
    assert got == ["Agreement on visa waiver for holders of diplomatic passports",
                   "Treaty on extradition"]


def test_counted_subjects_after_today_and_a_colon() -> None:
    got = agreements("Joint press conference\n\nPRIME MINISTER: It is a pleasure to welcome "
                     "Prime Minister Marr. We've signed three important agreements today: on "
                     "science, on tourism and on defence.")
    assert len(got) == 3 and got[1].endswith("on tourism")


def test_subscribed_is_a_signing() -> None:
    got = agreements(LEAD + "During the meeting, both officials subscribed a Memorandum of "
                     "Understanding on Consular Cooperation.")
    assert got == ["Memorandum of Understanding on Consular Cooperation"]


def test_signing_and_exchange_of_the_notes_concerning_a_loan() -> None:
    got = agreements(LEAD + "The two leaders witnessed the signing and exchange of the Notes "
                     "concerning a loan for the Tella City Metro Project.")
    assert len(got) == 1 and "Metro Project" in got[0]


def test_handover_of_documents_that_a_list_names() -> None:
    got = agreements(LEAD + "The two leaders witnessed the handover of cooperation documents "
                     "between ministries and provinces of the two countries, including an "
                     "agreement on labour cooperation and a memorandum of understanding on rice "
                     "trade.")
    assert got == ["agreement on labour cooperation",
                   "memorandum of understanding on rice trade"]


def test_cooperation_in_a_capitalised_field_is_not_cut_before_the_field() -> None:
    got = agreements(LEAD + "The two leaders witnessed the exchange of MoUs on cooperation in "
                     "Ayurveda, cybersecurity and space.")
    assert got == ["MoU on cooperation in Ayurveda", "MoU on cooperation in cybersecurity",
                   "MoU on cooperation in space"]


def test_fields_after_the_two_countries_are_one_paper_each() -> None:
    got = agreements(LEAD + "The two Presidents witnessed the signing of memoranda of "
                     "understanding between the two countries in the fields of electricity, "
                     "renewable energy, housing and investment.")
    assert len(got) == 4 and got[3].endswith("investment")


def test_papers_between_two_states_name_no_paper_the_count_does() -> None:
    got = agreements(LEAD + "The two Presidents attended the signing ceremony of the "
                     "agreements between Orvia and Tella. A total of nine agreements were signed "
                     "in the fields of trade, energy and education.")
    # each field and the count beside them (GUIDELINES; the count alone until round 9)
    assert got == ["agreement in the field of trade", "agreement in the field of energy",
                   "agreement in the field of education", "nine agreements signed"]


def test_statement_named_by_its_occasion_or_its_issuers() -> None:
    assert agreements(LEAD + "Ana Kell and Ivo Marr signed the Joint Statement on the Results "
                      "of the Official Visit.") == [
        "Joint Statement on the Results of the Official Visit"]
    assert agreements(LEAD + "We agreed on a joint statement by the G7 on the war and global "
                      "threats.") == ["joint statement by the G7 on the war and global threats"]


def test_signed_up_to_a_standing_agreement_is_no_paper_of_the_event() -> None:
    assert agreements(LEAD + "We have signed up to the Paris Agreement and we will meet our "
                      "targets.") == []


@pytest.mark.parametrize("sentence", [
    "Some 30 agreements have been concluded between the regions of the two countries.",
    "Since independence, the two countries have concluded 80 agreements.",
])
def test_record_of_papers_over_the_years_is_no_count_of_the_event(sentence: str) -> None:
    assert agreements(LEAD + sentence) == []


def test_approximate_count_of_the_visit_stays() -> None:
    assert agreements(LEAD + "More than 20 documents were signed during the visit.") == [
        "20 documents signed"]


def test_entries_after_an_inline_following_documents_colon_are_a_list() -> None:
    got = agreements(LEAD + "The Presidents witnessed the signing of the following documents: "
                     "an Agreement on Road Transport, signed by the Ministers of Transport; a "
                     "Memorandum on Youth Policy, signed by the Ministers of Youth; and a "
                     "Programme of Cooperation in Culture for 2031-2033.")
    assert got == ["Agreement on Road Transport", "Memorandum on Youth Policy",
                   "Programme of Cooperation in Culture for 2031-2033"]


def test_subject_in_title_case_after_named_ministries_runs_over_in() -> None:
    got = agreements(LEAD + "The documents signed include:\n1. Memorandum of Understanding "
                     "between the Ministry of Agriculture of Orvia and the Ministry of Agriculture "
                     "of Tella on Cooperation in Agriculture\n2. Agreement on Economic and "
                     "Technical Cooperation")
    assert got[0].endswith("on Cooperation in Agriculture") and len(got) == 2


def test_one_states_cabinet_adopting_its_programme_is_no_agreement() -> None:
    assert agreements(LEAD + "The Cabinet of Ministers adopted a Programme of Action for "
                      "2032.") == []
    assert agreements(LEAD + "The two Governments adopted a Programme of Action for 2032.") == [
        "Programme of Action for 2032"]


def test_papers_signed_by_ministers_take_no_subject_from_their_signers() -> None:
    got = agreements(LEAD + "President Marr said: \"We have signed five agreements today, "
                     "including an agreement on agriculture and an MoU on mining.\"\n\nThe "
                     "agreements were signed by the Ministers of Foreign Affairs of both "
                     "countries.")
    assert got == ["agreement on agriculture", "MoU on mining", "five agreements signed"]
    got = agreements(LEAD + "The Presidents adopted a joint statement by the leaders of the "
                     "two states.")
    assert got == ["joint statement by the leaders of the two states"]


TRANSCRIPT = ("Talks with President of Tella\n\nAna Kell held talks with President of Tella Ivo "
              "Marr, who is on an official visit.\n\nFollowing the talks, the leaders made press "
              "statements.\n\n* * *\n\nPresident of Orvia Ana Kell: Mr President, ladies and "
              "gentlemen, our talks were held in a friendly atmosphere. ")


@pytest.mark.parametrize(("sentence", "item"), [
    ("A number of documents were signed in our presence, including an agreement on cooperation "
     "in space.", "agreement on cooperation in space"),
    ("We adopted a joint statement on the further development of the partnership.",
     "joint statement on the further development of the partnership"),
    ("I would like to note the memorandum on investment signed by our economy ministers.",
     "memorandum on investment"),
    ("Following our talks, we signed a Joint Declaration on a New Stage of Partnership.",
     "Joint Declaration on a New Stage of Partnership"),
])
def test_a_leaders_statement_reports_the_papers_of_the_day(sentence: str, item: str) -> None:
    assert agreements(TRANSCRIPT + sentence) == [item]


@pytest.mark.parametrize("sentence", [
    "The agreement on the free trade zone that has been signed between the Union and Tella is "
    "working well.",
    "We adopted the Joint Declaration on Strategic Partnership at our previous meeting.",
    "The Treaty on Friendship, which we signed in 2001, remains the foundation.",
])
def test_a_leaders_statement_recalling_older_papers_yields_none(sentence: str) -> None:
    assert agreements(TRANSCRIPT + sentence) == []


def test_others_signing_welcomed_is_no_agreement_of_the_event() -> None:
    assert agreements(LEAD + "They welcomed the signature by Presidents Ode Ban and Kai Ro of "
                      "the Joint Understanding for a new Arms Reduction Treaty.") == []
    assert agreements(LEAD + "They welcomed the signing by the two ministers of a memorandum on "
                      "tourism.") == ["memorandum on tourism"]


@pytest.mark.parametrize("sentence", [
    "The Prosecutor General handed over a package of documents on war crimes to the Court.",
    "The President handed over 15 documents on the deportation of children to the Ombudsman.",
    "Both states subscribed to the principles of the Charter of the United Nations.",
])
def test_papers_handed_over_or_principles_subscribed_to_are_no_signing(sentence: str) -> None:
    assert agreements(LEAD + sentence) == []


def test_signatures_put_to_a_declaration_sign_it() -> None:
    got = agreements(LEAD + "The Presidents put their signatures to the Declaration on the "
                     "Establishment of a Comprehensive Strategic Partnership.")
    assert got == ["Declaration on the Establishment of a Comprehensive Strategic Partnership"]


@pytest.mark.parametrize("sentence", [
    "The participants adopted the programme of the forum.",
    "The President signed the visit programme presented by the protocol service.",
    "The leaders adopted a framework approach to the talks.",
])
def test_a_schedule_or_an_approach_is_no_paper(sentence: str) -> None:
    assert agreements(LEAD + sentence) == []


def test_a_programme_of_cooperation_is_still_a_paper() -> None:
    assert agreements(LEAD + "The ministers signed a programme of cooperation in culture for "
                      "2031-2033.") == ["programme of cooperation in culture for 2031-2033"]


def test_of_inside_a_documents_name_before_its_head() -> None:
    got = agreements(LEAD + "The two countries concluded a Status of Forces Agreement.")
    assert got == ["Status of Forces Agreement"]
    got = agreements(LEAD + "The ministers signed a Rules of Origin Protocol.")
    assert got == ["Rules of Origin Protocol"]
    got = agreements(LEAD + "The Minister of Trade signed the Trade Agreement.")
    assert got == ["Trade Agreement"]


def test_back_in_a_place_is_no_past() -> None:
    assert agreements(LEAD + "Back in Orvia City, the ministers signed a memorandum on "
                      "energy.") == ["memorandum on energy"]
