"""Round 6 agreements: releases where nothing was signed must give no agreement. Each test
runs an invented release through ``parse_release`` (no corpus text): treaties only
referred to, papers wished for, weighed or still to be written, papers signed before
the event, one state's own acts, and a joint statement named by the release's headline."""

from __future__ import annotations

import datetime as dt

import pytest
from invented import agreements_of

PUBLISHED = dt.date(2031, 5, 3)


def agreements(text: str) -> list[str]:
    return agreements_of(text, PUBLISHED)


LEAD = ("Talks in Orvia\n\nPresident Ana Kell held talks with President Ivo Marr of Tella in "
        "Orvia City on 2 May 2031.\n\n")


def body(sentence: str) -> list[str]:
    return agreements(LEAD + sentence)


# --- a signing wished for, weighed or talked about is no paper of the event --------------

@pytest.mark.parametrize("sentence", [
    "The sides stressed the importance of the early signing of the agreement on fisheries.",
    "The ministers discussed the signing of an agreement on seasonal workers.",
    "The issue of signing the treaty on the river border was also raised.",
    "Both sides expressed interest in signing a convention on the avoidance of double "
    "taxation.",
    "The leaders exchanged views on the prospects of concluding a free trade agreement.",
    "The ministers agreed on the text of the joint communique to be adopted at the summit.",
    "A decision was made to begin talks on signing a trade agreement with the Southern Union.",
    "President Kell supported the idea of signing an agreement with the Ministry of Transport "
    "on a bypass road.",
])
def test_a_signing_wished_for_or_discussed_gives_no_agreement(sentence: str) -> None:
    assert body(sentence) == []


def test_a_signing_of_the_day_beside_a_wish_is_still_kept() -> None:
    items = body("The ministers signed a memorandum on cooperation in fisheries.")
    assert items == ["memorandum on cooperation in fisheries"]


# --- papers signed before the event ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Earlier, the two governments had signed an agreement on the protection of investments.",
    "The leaders welcomed the signing of the agreement on a rail link by the transport "
    "ministers earlier this week.",
    '"We signed the Declaration on Friendship in this very hall," President Kell recalled.',
    "President Kell congratulated President Marr on the signing of the Association "
    "Agreement with the Northern Union.",
])
def test_a_paper_signed_before_the_event_gives_no_agreement(sentence: str) -> None:
    assert body(sentence) == []


def test_reported_speech_backshift_keeps_the_paper_of_the_day() -> None:
    items = body("President Kell noted that today Orvia and Tella had signed an agreement on "
                 "the joint production of buses.")
    assert len(items) == 1 and "buses" in items[0]


# --- a treaty ratified, or a paper still to be written ---------------------------------

@pytest.mark.parametrize("sentence", [
    "President Kell signed Law No. 4411 ratifying the Agreement between Orvia and Tella on "
    "Air Services.",
    "President Kell signed a decree suspending the Treaty on Conventional Forces.",
    "The leaders issued instructions to prepare a roadmap on industrial cooperation.",
    "The Presidents signed off on plans to work out an agreement on water sharing.",
])
def test_a_ratified_or_unwritten_paper_gives_no_agreement(sentence: str) -> None:
    assert body(sentence) == []


def test_a_paper_on_a_development_next_to_another_keeps_both() -> None:
    items = body("The ministers signed an agreement on the development of the northern port "
                 "and a memorandum on tourism.")
    assert len(items) == 2


# --- one state's own acts --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "President Kell signed a National Security Memorandum on critical infrastructure.",
    "The Palace issued a Statement by Press Secretary Lina Dorr on the visit.",
])
def test_one_states_own_act_gives_no_agreement(sentence: str) -> None:
    assert body(sentence) == []


# --- a joint statement named by the headline -------------------------------------------

def test_the_present_joint_statement_is_the_headline_one() -> None:
    text = ("Joint Statement of Orvia and Tella on Cooperation in Energy\n\n"
            "At the invitation of President Ana Kell, President Ivo Marr of Tella paid a state "
            "visit to Orvia. The sides adopted the present Joint Statement.")
    assert agreements(text) == ["Joint Statement of Orvia and Tella on Cooperation in Energy"]


def test_a_long_headline_keeps_the_statements_subject_without_its_issuers() -> None:
    text = ("Joint Statement of the Heads of State of Orvia and Tella on Strengthening "
            "Comprehensive Strategic Partnership and Deepening Friendship between the Two "
            "Peoples\n\nPresident Ana Kell met President Ivo Marr of Tella in Orvia City on "
            "2 May 2031. The leaders adopted the Joint Statement.")
    items = agreements(text)
    assert len(items) == 1
    assert items[0].startswith("Joint Statement on Strengthening Comprehensive")


def test_a_paper_named_by_its_purpose_takes_its_subject_from_the_headline() -> None:
    text = ("Bilateral Agreement on Water Sharing in the Orvo Basin\n\n"
            "President Ana Kell and President Ivo Marr of Tella today signed a landmark ten year "
            "agreement to secure supplies for farmers downstream.")
    assert agreements(text) == ["landmark ten year agreement on Water Sharing in the Orvo Basin"]


def test_a_paper_the_headline_reports_signed_is_the_bodys_one_named_once() -> None:
    text = ("Agreement on Water Sharing signed in Orvia City\n\n"
            "President Ana Kell and President Ivo Marr of Tella today signed a landmark "
            "agreement to secure supplies for farmers downstream.")
    assert agreements(text) == ["landmark agreement on Water Sharing"]


def test_a_body_naming_its_paper_keeps_its_own_name() -> None:
    text = ("Agreement on Water Sharing in the Orvo Basin\n\n"
            "President Ana Kell and President Ivo Marr of Tella today signed an agreement on "
            "water sharing and a contract to build a dam.")
    assert agreements(text) == ["agreement on water sharing", "contract to build a dam"]


# --- quoted talk in the narrative reads like a transcript ------------------------------

@pytest.mark.parametrize("sentence", [
    '"We have already signed the agreement on visas, now we must apply it," President Kell '
    'said.',
    'The leaders spoke to the press. President Kell noted: “Our nations are old friends. We '
    'signed an agreement on trade and it works well.”',
])
def test_quoted_talk_recalling_a_paper_gives_no_agreement(sentence: str) -> None:
    assert body(sentence) == []


def test_quoted_talk_reporting_the_days_signing_keeps_it() -> None:
    items = body('"Today we have signed a joint declaration on energy," President Kell said.')
    assert items == ["joint declaration on energy"]


# --- a document's noun used as a modifier names no document ----------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("As treaty allies, the leaders signed a joint statement on defence.",
     ["joint statement on defence"]),
    ("President Kell signed a law on the status of contract soldiers.", []),
    ("The leaders adopted a statement underlining their treaty obligations.", []),
    ("The leaders signed a memorandum on the protection of treaty rights and contract labour.",
     ["memorandum on the protection of treaty rights and contract labour"]),
    ("The leaders signed the agreement, which builds on the Framework Agreement of 2019.", []),
])
def test_a_documents_noun_as_a_modifier_names_no_document(sentence: str,
                                                          expected: list[str]) -> None:
    assert body(sentence) == expected


def test_a_paper_agreed_to_is_a_document_with_its_parties() -> None:
    items = body("The Orvo Port Authority and Tella's National Shipping Commission have agreed "
                 "to a Memorandum of Understanding on Harbour Pilots.")
    assert len(items) == 1
    assert "Orvo Port Authority" in items[0] and items[0].endswith("on Harbour Pilots")
    assert body("The ministers agreed to the text of the draft agreement on fisheries.") == []


def test_plural_papers_with_two_named_parties_are_one_with_each() -> None:
    items = body("The Orvo State Development Corporation concluded loan agreements with "
                 "companies Almar Mining and Smelting Plant and Tellaneft.")
    assert len(items) == 2
    assert items[0].endswith("Almar Mining and Smelting Plant")
    assert items[1].endswith("Tellaneft")
    items = body("The two ministers signed agreements with trade and energy firms.")
    assert len(items) == 1  # no names to part


# --- words that look like a signing cue and are none ------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Presidents noted that the agreement on the ceasefire was a good sign.",
    "The leaders concluded that the treaty on the border remained valid.",
    "The parties concluded their talks with a review of the memorandum on energy.",
    "The sides are preparing the signing of an agreement on industrial cooperation.",
])
def test_a_noun_sign_or_a_concluded_meeting_is_no_signing(sentence: str) -> None:
    assert body(sentence) == []


def test_an_agreement_concluded_with_a_state_is_still_one() -> None:
    items = body("A social security agreement was concluded with Tella.")
    assert items == ["social security agreement with Tella"]


@pytest.mark.parametrize("sentence", [
    "The treaty and legal framework between the two countries comprises more than 60 signed "
    "documents.",
    "The legal basis of relations includes 45 agreements signed at the intergovernmental level.",
    "The parties have already signed 3 agreements this year.",
])
def test_a_record_of_papers_is_no_count_of_the_event(sentence: str) -> None:
    assert body(sentence) == []


def test_a_count_of_the_days_papers_stays() -> None:
    assert body("The Presidents witnessed the signing of 12 agreements.") == \
        ["12 agreements signed"]
    assert body("The ministers have already signed 3 agreements today.") == \
        ["3 agreements signed"]
    assert body("The ministers signed the Plan of Consultations for this year.") == \
        ["Plan of Consultations for this year"]


def test_the_importance_of_a_signing_or_a_speakers_statement_keeps_the_paper() -> None:
    assert body("The Presidents stressed the importance of the signing of the Joint "
                "Declaration on Energy.") == ["Joint Declaration on Energy"]
    items = body("The Joint Statement adopted by the Speakers of the Parliaments of Orvia and "
                 "Tella calls for peace.")
    assert len(items) == 1 and items[0].startswith("Joint Statement")


def test_a_long_headline_naming_only_its_occasion_keeps_the_bare_statement() -> None:
    text = ("Joint Statement from the Republic of Orvia and the Republic of Tella on the State "
            "Visit of President Ivo Marr of the Republic of Tella to the Capital City\n\n"
            "President Ana Kell hosted "
            "President Ivo Marr of Tella in Orvia City for a State Visit on 2 May 2031.")
    assert agreements(text) == ["Joint Statement"]


def test_a_quoted_document_name_is_no_quoted_talk() -> None:
    items = body('"Agreement between Orvia and Tella on Air Services" was signed.')
    assert len(items) == 1 and "Air Services" in items[0]


@pytest.mark.parametrize("sentence", [
    "They were also informed about the progress of the Treaty on Open Skies.",
    "They are committed to the Paris Agreement.",
])
def test_a_sentence_after_a_signing_lists_papers_only_when_it_names_them(sentence: str) -> None:
    assert body("The leaders signed a joint statement on energy. " + sentence) == \
        ["joint statement on energy"]


def test_they_were_a_list_of_papers_after_a_count_still_lists_them() -> None:
    items = body("Two documents were signed. They were a memorandum on tourism and an agreement "
                 "on fisheries.")
    assert len(items) == 2


# --- lists of outcomes that are no lists of papers -------------------------------------

def test_an_outcomes_list_keeps_only_entries_that_open_with_a_papers_name() -> None:
    text = LEAD + ("Outcomes of the visit include:\n\n"
                   "- Launch of the Orvia-Tella Green Energy Partnership;\n"
                   "- Agreement to hold annual leaders' meetings;\n"
                   "- A new programme of student exchanges;\n"
                   "- Memorandum of Understanding on Tourism.")
    assert agreements(text) == ["Memorandum of Understanding on Tourism"]
    text = LEAD + ("Key deliverables include:\n\n"
                   "- Agreement to establish a business council;\n"
                   "- Protocol on Customs Cooperation.")
    assert agreements(text) == ["Protocol on Customs Cooperation"]


def test_a_headline_naming_only_its_issuers_gives_way_to_the_bodys_subject() -> None:
    text = ("Joint Statement between the Republic of Orvia and the Republic of Tella\n\n"
            "President Ana Kell held talks with President Ivo Marr of Tella in Orvia City on "
            "2 May 2031. The leaders adopted the Joint Statement on Strategic Partnership.")
    assert agreements(text) == ["Joint Statement on Strategic Partnership"]
    text = ("Joint Statement of the Presidents of Orvia and Tella on Strategic Partnership\n\n"
            "President Ana Kell held talks with President Ivo Marr of Tella in Orvia City on "
            "2 May 2031. The leaders adopted the Joint Statement on the strategic partnership.")
    assert agreements(text) == [
        "Joint Statement of the Presidents of Orvia and Tella on Strategic Partnership"]


def test_a_paper_in_force_to_be_respected_is_none_a_new_one_to_implement_is() -> None:
    assert body("The leaders stressed that the Agreement on the Northern Sea, signed by Tella "
                "and the Union in Marn City, must be respected.") == []
    assert body("The Presidents signed a Roadmap on trade, which must be fully implemented "
                "by 2033.") == ["Roadmap on trade"]


def test_a_new_paper_forming_a_legal_basis_or_recalling_a_charter_stays() -> None:
    assert body("The leaders signed an agreement on energy, which will form the legal basis "
                "for cooperation.") == ["agreement on energy"]
    assert body("The leaders signed a joint declaration which recalls the principles of the "
                "Charter.") == ["joint declaration"]


def test_congratulating_the_sides_on_the_days_signing_keeps_the_paper() -> None:
    assert body("President Kell congratulated the sides on the signing of the agreement on "
                "trade.") == ["agreement on trade"]
