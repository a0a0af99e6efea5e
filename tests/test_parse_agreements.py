"""Agreement rules that generalise to real releases, each on invented text (no corpus text)."""

from __future__ import annotations

from briefgen.parse.items import extract_items
from briefgen.parse.segment import segment


def agreements(text: str) -> list[str]:
    return [a.text for a in extract_items(segment(text), []).agreements]


def has(items: list[str], *words: str) -> bool:
    return any(all(w.lower() in i.lower() for w in words) for i in items)


# --- lists of documents ----------------------------------------------------------------

def test_unmarked_lines_under_a_list_intro_are_one_document_each() -> None:
    got = agreements("The following documents were signed during the visit:\n"
                     "Memorandum of Understanding between the Orvian Space Agency and the "
                     "Tellan Institute of Astronomy\n"
                     "Agreement on mutual legal assistance between Orvia and Tella\n"
                     "Protocol amending the Convention on double taxation\n\n"
                     "The leaders then held a press conference.")
    assert len(got) == 3
    assert has(got, "Memorandum", "Space Agency") and has(got, "legal assistance")
    assert has(got, "Protocol", "double taxation")


def test_signer_lines_between_entries_do_not_end_the_list() -> None:
    got = agreements("The following agreements were signed:\n"
                     "Memorandum of Understanding on cooperation in tourism.\n"
                     "Signed by Minister of Tourism Ana Perez and Ambassador Joon Kim.\n"
                     "Agreement on the readmission of persons.\n"
                     "Signed by Interior Minister Rolf Grau and Interior Minister Sami Dar.\n"
                     "The leaders then visited a museum.")
    assert len(got) == 2
    assert has(got, "tourism") and has(got, "readmission")


def test_list_entries_sharing_their_parties_stay_separate_documents() -> None:
    got = agreements("Documents signed:\n"
                     "1. Agreement between Orvia and Tella on air services.\n"
                     "2. Joint statement of the Presidents of Orvia and Tella.")
    assert len(got) == 2
    assert has(got, "air services") and has(got, "Joint statement", "Presidents")


def test_including_colon_introduces_a_bulleted_list() -> None:
    got = agreements("After the talks the presidents witnessed the signing of 4 documents, "
                     "including:\n"
                     "- an agreement on defence cooperation between the defence ministries;\n"
                     "- a memorandum on cooperation in education between the Orvian Academy "
                     "and Tella University.")
    assert has(got, "defence cooperation") and has(got, "education", "Tella University")
    assert has(got, "4 documents")  # two named do not account for four


def test_last_member_between_ministries_is_a_document_and_count_is_accounted() -> None:
    got = agreements("Orvia and Tella sign four memoranda\n\n"
                     "During the visit, officials exchanged memoranda of understanding on seed "
                     "certification, on tourism promotion, on civil aviation, and on cooperation "
                     "between the Ministry of Home Affairs of Orvia and the Ministry of "
                     "Interior of Tella.")
    assert len(got) == 4
    assert has(got, "cooperation between the Ministry of Home Affairs of Orvia")
    assert not has(got, "four memoranda")


# --- headings naming a joint statement -------------------------------------------------

def test_joint_statement_heading_is_named_by_its_whole_title() -> None:
    got = agreements("Joint Statement from the Leaders of Orvia and Tella on Fisheries\n\n"
                     "Today the President of Orvia welcomed the Prime Minister of Tella.")
    assert got == ["Joint Statement from the Leaders of Orvia and Tella on Fisheries"]


def test_heading_byline_after_a_comma_or_dash_is_not_the_name() -> None:
    got = agreements("Joint Communique - The President of Orvia and the Prime Minister of "
                     "Tella\n\nThe two leaders met in Port Len today.")
    assert got == ["Joint Communique"]
    got = agreements("Joint statement with the Prime Minister of Tella, Harbour House, "
                     "Port Len\n\nThe two leaders met in Port Len today.")
    assert got == ["Joint statement with the Prime Minister of Tella"]


def test_very_long_heading_falls_back_to_the_document_kind() -> None:
    got = agreements("Joint Outcomes Statement following bilateral talks between Prime "
                     "Minister Ana Maria Lopez Ortega and Prime Minister Jon Peter Kessel "
                     "Marrow\n\nThe two leaders met today.")
    assert got == ["Joint Outcomes Statement"]


def test_transcript_headed_joint_statement_is_a_press_appearance() -> None:
    got = agreements("Joint Statement with the President of Tella, Parliament House\n\n"
                     "PRIME MINISTER:\n\nLadies and gentlemen, welcome.\n\n"
                     "PRESIDENT:\n\nThank you.")
    assert got == []


# --- documents that were not signed at the event ---------------------------------------

def test_future_witnessing_or_conclusion_is_not_an_agreement() -> None:
    assert agreements("During the visit, the two leaders will witness the signing of a "
                      "fisheries agreement.") == []
    assert agreements("Their security ties will be further strengthened by the conclusion of "
                      "a Defence Cooperation Agreement.") == []


def test_hypothetical_signing_is_not_an_agreement() -> None:
    assert agreements("Even if we sign the strongest security treaty, the threat remains.") == []
    assert agreements("It must be a multilateral treaty signed by all guarantor states.") == []


def test_signed_on_a_dated_past_day_or_last_month_is_not_an_agreement() -> None:
    assert agreements("The Trade Charter was signed on 4 March 1961 by two ministers.") == []
    assert agreements("Last November, we signed a declaration on the Arctic.") == []
    assert agreements("In February, at our meeting in Velm, we signed a joint declaration on "
                      "grain.") == []
    assert agreements("Recently a third firm, Pell Mining, has signed an agreement with the "
                      "Government of Tella.") == []


def test_one_of_a_series_is_a_back_reference() -> None:
    got = agreements("The Premier and the Prime Minister signed a health agreement on rural "
                     "clinics. This is the fourth health agreement signed under the national "
                     "framework.")
    assert len(got) == 1 and has(got, "rural clinics")


def test_document_worked_towards_or_governing_contracts_is_not_signed() -> None:
    got = agreements("We concluded agreements on tourism and culture and agreed to work "
                     "towards an agreement on mutual recognition.")
    assert not has(got, "mutual recognition") and has(got, "tourism")
    assert agreements("The same rule applies to contracts for grain supplies signed with "
                      "foreign buyers.") == []


def test_place_after_in_is_no_subject_and_domestic_memorandum_is_no_agreement() -> None:
    assert agreements("Years later we arrived at the signing of agreements in the city of "
                      "Velm.") == []
    assert agreements("The task force was set up by a Presidential Memorandum signed on "
                      "Thursday.") == []


# --- naming ----------------------------------------------------------------------------

def test_bare_joint_statement_takes_its_issuers() -> None:
    got = agreements("Following the talks, the Presidents of Orvia, Tella and Marn approved "
                     "a joint statement.")
    assert got == ["joint statement of the Presidents of Orvia, Tella and Marn"]
    assert agreements("The leaders signed a joint statement.") == ["joint statement"]


def test_range_of_issues_lists_one_document_per_subject() -> None:
    got = agreements("There were agreements signed between ministers covering a range of "
                     "issues including "
                     "fisheries, tourism and consular access, consequent upon the new border.")
    assert len(got) == 3
    assert has(got, "fisheries") and has(got, "tourism")
    assert has(got, "consular access", "new border")
    assert not has(got, "between")  # "ministers" tells no paper from another


# --- headings: courtesy words, occasions, parties before "Joint", standalone texts ------

def test_heading_drops_honorific_names_and_keeps_a_co_issuers_title() -> None:
    got = agreements("Joint Statement by the Premier, The Hon Ana Lopez MP and the Governor of "
                     "the Northern Isles, The Hon. Jon Kessel, MLA\n\n"
                     "The Premier and the Governor met today in Port Len.")
    assert got == ["Joint Statement by the Premier and the Governor of the Northern Isles"]
    got = agreements("Joint Statement with His Excellency Professor Ivo Marrow, Prime Minister "
                     "of the Republic of Tella\n\nThe two leaders met today in Port Len.")
    assert got == ["Joint Statement with Ivo Marrow, Prime Minister of the Republic of Tella"]


def test_heading_stops_before_the_occasion_and_takes_parties_before_joint() -> None:
    got = agreements("Joint Statement from Orvia and Tella following the Bilateral Meeting "
                     "Between President Ana Lopez and President Jon Kessel\n\n"
                     "The two presidents met today.")
    assert got == ["Joint Statement from Orvia and Tella"]
    got = agreements("Orvian-Tellan Joint Statement\n\nThe President of Orvia welcomed the "
                     "Prime Minister of Tella on his first visit.")
    assert got == ["Orvian-Tellan Joint Statement"]
    assert agreements("President Announces Joint Statement\n\nThe leaders met today.") == []


def test_statement_reporting_no_event_is_no_agreement() -> None:
    assert agreements("Joint Statement by the Leaders of Orvia and Tella on Grain\n\n"
                      "We condemn the blockade of the ports. We will keep markets open and "
                      "call on all states to refrain from export bans.") == []


def test_signing_looked_forward_to_or_listed_among_plans_is_not_an_agreement() -> None:
    assert agreements("The leaders looked forward to the signing of a memorandum on customs "
                      "cooperation.") == []
    assert agreements("During the visit, the President will tour the port, meet business "
                      "leaders and sign the Orvia-Tella Fisheries Agreement.") == []


def test_anniversary_or_dated_signature_or_third_party_paper_is_not_an_agreement() -> None:
    assert agreements("The talks marked the anniversary of the signing of the Treaty on "
                      "Friendship.") == []
    assert agreements("Trade grew steadily following the signature of the Grain Agreement in "
                      "1961.") == []
    assert agreements("The President welcomed Tella's conclusion of a border agreement with "
                      "Marn.") == []


def test_purpose_after_a_document_is_no_part_of_its_subject() -> None:
    got = agreements("The leaders welcomed the signing of a memorandum on fisheries cooperation "
                     "as a means of expanding trade into new markets.")
    assert got == ["memorandum on fisheries cooperation"]
    got = agreements("The leaders welcomed the signing of a Memorandum of Understanding to "
                     "further strengthen cooperation in forestry.")
    assert has(got, "forestry")
    got = agreements("The ministers signed three agreements to further expand cooperation in "
                     "mining, shipping and banking.")
    assert not has(got, "mining")


def test_speaker_turn_starts_the_transcript_without_a_separator() -> None:
    text = ("Meeting with the head of Orvian Shipyards\n\n"
            "The President met the head of Orvian Shipyards, Ivo Marrow.\n\n"
            "President of Orvia Ana Lopez: Good afternoon. How is the order book?\n\n"
            "Ivo Marrow: Talks had gone on for years, and on 3 May we signed the contract.")
    assert agreements(text) == []


def test_capitalised_statement_by_its_issuers_is_a_document() -> None:
    got = agreements("Following the talks, the three leaders approved a Statement by the "
                     "President of Orvia, the Prime Minister of Tella and the President of "
                     "Marn.")
    assert got == ["Statement by the President of Orvia, the Prime Minister of Tella and the "
                   "President of Marn"]


def test_document_adopted_by_an_earlier_years_meeting_is_past() -> None:
    assert agreements("The Prime Ministers noted the Velm Statement on Trade adopted by the "
                      "Commonwealth summit 2013 in Velm.") == []


def test_signatory_parties_stay_with_their_subject_in_a_list() -> None:
    got = agreements("The leaders supported the signing of memoranda of cooperation on "
                     "fisheries, between the Orvian Coast Authority and Tella's Ministry of "
                     "Fisheries, Forestry and Water; and on tourism, between Visit Orvia and "
                     "the Tellan Tourism Board.")
    assert len(got) == 2
    assert has(got, "fisheries", "Coast Authority", "Forestry and Water")
    assert has(got, "tourism", "Visit Orvia", "Tellan Tourism Board")


def test_initiatives_welcomed_beside_memoranda_are_not_memoranda() -> None:
    got = agreements("The leaders welcomed the signing of memoranda of cooperation on fisheries, "
                     "and major initiatives such as the Velm Port Project and the Marn "
                     "Railway.")
    assert len(got) == 1 and has(got, "fisheries") and not has(got, "Velm")


def test_apposition_after_an_abbreviation_describes_the_same_paper() -> None:
    got = agreements("The two leaders signed the Orvia-Tella Trade Agreement (OTTA), the most "
                     "ambitious economic accord between the two countries.")
    assert got == ["Orvia-Tella Trade Agreement"]


def test_a_coordinated_last_member_opening_with_between_is_its_own_paper() -> None:
    got = agreements("The ministers exchanged memoranda of understanding on port logistics, "
                     "on seed research, and between the Ministry of Health of Orvia and the "
                     "Ministry of Public Health of Belmora.")
    assert len(got) == 3, got
    assert has(got, "Ministry of Health", "Public Health")
    assert not any("seed" in g and "Health" in g for g in got), got


# --- round 4: list formats, table rows, party names -------------------------------------

def test_list_of_outcomes_heading_introduces_numbered_documents() -> None:
    got = agreements("The Chancellor of Orvia held talks with the President of Tella.\n\n"
                     "List of outcomes:\n\n"
                     "1. Agreement on the avoidance of double taxation\n"
                     "2. Cultural Exchange Programme for 2031-2034\n"
                     "3. MoU on cooperation in renewable energy")
    assert len(got) == 3
    assert has(got, "double taxation") and has(got, "Cultural Exchange Programme")
    assert has(got, "renewable energy")


def test_table_rows_give_the_first_cell_and_skip_the_header() -> None:
    got = agreements("The following Agreements/MoUs were exchanged during the visit:\n\n"
                     "No.\tName of the document\tSignatory for Orvia\tSignatory for Tella\n"
                     "1.\tAgreement on Defence Cooperation\tMinister of Defence\tAmbassador\n"
                     "2.\tWork Plan for Science and Technology\tSecretary\tDeputy Minister")
    assert got == ["Agreement on Defence Cooperation", "Work Plan for Science and Technology"]


def test_signing_of_colon_introduces_bullets_and_roman_markers_are_stripped() -> None:
    got = agreements("After the talks the leaders witnessed the exchange of:\n\n"
                     "(i) a Memorandum of Understanding on digital cooperation;\n\n"
                     "(ii) an Agreement on the recognition of driving licences.")
    assert len(got) == 2
    assert has(got, "digital cooperation") and has(got, "driving licences")
    assert not any(g.startswith("(") for g in got)


def test_unmarked_list_ends_at_a_sentence_of_its_own() -> None:
    got = agreements("After the talks, the two sides exchanged the following agreements:\n"
                     "Agreement on Mutual Legal Assistance in Criminal Matters\n"
                     "Treaty on Extradition\n"
                     "The leaders also adopted a Joint Declaration on Strategic Partnership.")
    assert "Treaty on Extradition" in got
    assert has(got, "Joint Declaration", "Strategic Partnership")


def test_for_and_a_gerund_is_a_subject_so_ministries_drop_out() -> None:
    got = agreements("The leaders witnessed the signing of a Memorandum of Understanding between "
                     "Orvia's Department of Foreign Affairs and Tella's Ministry of Commerce "
                     "for Strengthening Development Cooperation.")
    assert got == ["Memorandum of Understanding for Strengthening Development Cooperation"]


def test_praising_a_recent_conclusion_reports_no_paper_of_the_call() -> None:
    got = agreements("President Ana Perez had a phone call with Prime Minister Joon Kim. The "
                     "leaders praised the recent conclusion of the Agreement on Defence "
                     "Cooperation between Orvia and Tella.")
    assert got == []


def test_bulleted_entries_named_by_purpose_after_a_counted_intro() -> None:
    got = agreements("The two leaders witnessed the signature of three bilateral agreements:\n\n"
                     "* A Memorandum of Understanding on tidal power cooperation aimed at "
                     "helping Orvia train its engineers.\n\n"
                     "* A Memorandum of Understanding to promote orchard development and the "
                     "sharing of seed stocks, with the aim of better harvests.\n\n"
                     "* A Memorandum of Understanding between the two governments to foster "
                     "the exchange of archive records.")
    assert "Memorandum of Understanding on tidal power cooperation" in got
    assert has(got, "to promote orchard development")
    assert has(got, "archive records") and not has(got, "two governments")


def test_two_short_subjects_of_a_plural_head_are_two_papers() -> None:
    got = agreements("The leaders welcomed the signing of memoranda of cooperation on "
                     "innovation and sport.")
    assert got == ["memorandum of cooperation on innovation", "memorandum of cooperation on sport"]


def test_a_law_ratifying_a_convention_is_no_paper_signed_at_the_event() -> None:
    got = agreements("The President met the Prime Minister of Orvia. Today I signed the law on "
                     "ratification of the Convention on preventing violence.")
    assert got == []


# --- transcript_start: speaker turns after the lead --------------------------------------

def test_speaker_turn_after_the_lead_starts_the_transcript() -> None:
    from briefgen.parse.segment import transcript_start
    text = ("The President of Orvia met the Prime Minister of Tella in Orvia City.\n\n"
            "President of Orvia Ana Perez: Colleagues, welcome.\n\n"
            "Q: Will you sign a treaty?")
    assert transcript_start(text) == text.index("President of Orvia Ana")
    qa = "The leaders met today.\n\nThey talked about ports.\n\nQUESTION: Is the port ready?"
    assert transcript_start(qa) == qa.index("QUESTION")


def test_upper_case_labels_and_the_lead_itself_start_no_transcript() -> None:
    from briefgen.parse.segment import transcript_start
    text = ("Joint press conference, Orvia City\n\nPRIME MINISTER:\n\nWe signed an agreement "
            "on ports today.")
    assert transcript_start(text) == len(text)


def test_a_press_question_recalls_no_paper_of_the_event() -> None:
    got = agreements("The leaders held talks today and signed an agreement on ports.\n\n"
                     "The talks were useful.\n\n"
                     "JOURNALIST:\n\nI believe you signed a fisheries agreement with Tella. "
                     "Is that right?")
    assert len(got) == 1 and has(got, "ports")


def test_mous_is_a_plural_head_split_by_subject_and_counted() -> None:
    got = agreements("The two sides exchanged MoUs on tide tables, orchards and archives.")
    assert got == ["MoU on tide tables", "MoU on orchards", "MoU on archives"]
    # a count the subjects do not account for: each subject and the count (GUIDELINES;
    # the count alone until round 9)
    got = agreements("The leaders witnessed the exchange of six MoUs in areas such as tide "
                     "tables, orchards and archives.")
    assert got == ["MoU on tide tables", "MoU on orchards", "MoU on archives", "six MoUs signed"]


def test_roman_dot_markers_and_a_sentence_after_the_list() -> None:
    got = agreements("The Prime Minister met the President of Orvia today. Both leaders "
                     "witnessed the exchange of the following MoUs:\n"
                     "i. MoU on cooperation in the field of tidal power\n"
                     "ii. Agreement on the transfer of sentenced persons\n"
                     "Both leaders also opened a bridge by video link.")
    assert got == ["MoU on cooperation in the field of tidal power",
                   "Agreement on the transfer of sentenced persons"]


def test_history_calls_and_records_are_no_papers_of_the_event() -> None:
    got = agreements("The President met the Prime Minister of Orvia today. In 2011 the two "
                     "countries signed an agreement on fisheries. The leaders called for the "
                     "early conclusion of a peace agreement. Orvia has signed agreements with "
                     "30 countries. The leaders signed an agreement on ports.")
    assert got == ["agreement on ports"]


def test_a_state_administration_is_a_government_body_and_trailing_parties_stay() -> None:
    got = agreements("Signed a Memorandum of Understanding between Orvia's Department of "
                     "Fisheries and Tella's Food and Drug Administration on Cooperation in the "
                     "Field of Food Safety.")
    assert got == ["Memorandum of Understanding on Cooperation in the Field of Food Safety"]
    got = agreements("The leaders supported the signing of memoranda of cooperation on orchards, "
                     "between Orvia's Northern Province Government and Tella's Ministry of "
                     "Agriculture, Forestry and Fisheries; and on tides, between the Orvian "
                     "Tide Board and the Tellan Harbour Office.")
    assert has(got, "orchards", "Northern Province Government")
