"""Round 5 agreements: the shapes other issuers give their lists of outcomes (numbered rows
with signatories, tables flattened to lines, instruments exchanged, documents initialled or
renewed), each on invented releases run through ``parse_release`` (no corpus text)."""

from __future__ import annotations

import datetime as dt

from invented import agreements_of

PUBLISHED = dt.date(2031, 5, 3)


def agreements(text: str) -> list[str]:
    return agreements_of(text, PUBLISHED)


def has(items: list[str], *words: str) -> bool:
    return any(all(w.lower() in i.lower() for w in words) for i in items)


LEAD = ("Talks in Orvia\n\nPresident Ana Kell held talks with President Ivo Marr of Tella in "
        "Orvia City on 2 May 2031.\n\n")


# --- lists whose entries stand on lines of their own ---------------------------------------

def test_unmarked_entries_in_the_paragraph_after_the_colon() -> None:
    got = agreements(LEAD + "The following agreements were signed:\n\n"
                     "Memorandum of Understanding on Cooperation in Solar Energy between the "
                     "Ministry of Energy of Orvia and the Ministry of Climate of Tella\n"
                     "Agreement on Social Security between the Government of Orvia and the "
                     "Government of Tella\n"
                     "Letter of Intent on Vocational Training\n\n"
                     "The two leaders also discussed regional security.")
    assert len(got) == 3
    assert has(got, "Solar Energy") and has(got, "Social Security")
    assert has(got, "Letter of Intent", "Vocational Training")


def test_exchange_of_notes_on_a_line_of_its_own_is_one_entry() -> None:
    got = agreements(LEAD + "The two ministers witnessed the exchange of the following "
                     "documents:\n\n"
                     "Memorandum of Cooperation on Port Logistics\n"
                     "Exchange of Notes on the Loan for the Coastal Railway\n\n"
                     "The ministers then attended a reception.")
    assert len(got) == 2
    assert has(got, "Port Logistics") and has(got, "Exchange of Notes", "Coastal Railway")


def test_each_entry_a_paragraph_with_its_signatories_below() -> None:
    got = agreements(LEAD + "The following agreements were signed:\n\n"
                     "Memorandum of Understanding on wind energy\n"
                     "Signed by: Minister of Economy Ola Berg and Minister Jan Kos\n\n"
                     "Agreement on road transport\n"
                     "Signed by: Minister of Transport Liv Kalna and Ambassador Per Zupan\n\n"
                     "Memorandum of Understanding on Cooperation in Health\n"
                     "Signed by: Minister of Health Ilse Vik and Minister Mia Horvat\n\n"
                     "The Presidents then gave a press conference.")
    assert len(got) == 3
    assert has(got, "wind energy") and has(got, "road transport")
    assert has(got, "Cooperation in Health") and not has(got, "Signed")


def test_numbered_outcome_list_under_a_title_that_runs_on() -> None:
    got = agreements("List of Outcomes: State Visit of the President of Tella to Orvia "
                     "(May 2, 2031)\n\n"
                     "1. Memorandum of Understanding between the Ministry of Agriculture of "
                     "Orvia and the Ministry of Agriculture of Tella on cooperation in "
                     "agriculture\n"
                     "Signatories: Mr A. Kumar, Secretary; Mr B. Tomas, Minister\n"
                     "2. Agreement on Visa Exemption for Holders of Diplomatic Passports\n"
                     "Signatories: Mr C. Rao, Secretary; Ms D. Lind, Ambassador\n"
                     "3. MoU on Cooperation in the field of Digital Public Infrastructure\n"
                     "4. Plan of Action 2031-2033 for the Strategic Partnership\n"
                     "5. Exchange of Notes on the extension of the Line of Credit\n")
    assert len(got) == 5
    assert has(got, "agriculture") and has(got, "Visa Exemption")
    assert has(got, "Digital Public Infrastructure") and has(got, "Plan of Action", "2031-2033")
    assert has(got, "Exchange of Notes", "Line of Credit")
    assert not has(got, "Signatories")


def test_tab_table_whose_header_names_the_document_column() -> None:
    got = agreements(LEAD + "S.No.\tName of the MoU/Agreement\tSignatory from Orvia\t"
                     "Signatory from Tella\n"
                     "1\tMoU on Cooperation in Green Hydrogen\tMr Tan Wei, Secretary\t"
                     "Mr Ali Omar, Undersecretary\n"
                     "2\tAgreement on Mutual Legal Assistance in Criminal Matters\t"
                     "Ms Grace Lim, Minister\tMr Saad Aziz, Minister\n")
    assert got == ["MoU on Cooperation in Green Hydrogen",
                   "Agreement on Mutual Legal Assistance in Criminal Matters"]


def test_bar_table_rows_and_a_renewed_programme() -> None:
    got = agreements(LEAD + "Sl. No. | MoU/Agreement | Orvian signatory | Tellan signatory\n"
                     "1 | Agreement on Cooperation in Ocean Research | Dr P Q, Secretary | "
                     "Ms R S, Ambassador\n"
                     "2 | Renewal of the Cultural Exchange Programme for 2031-2035 | Mr T U, "
                     "Secretary | Mr V W, Ambassador\n")
    assert len(got) == 2
    assert has(got, "Ocean Research")
    assert has(got, "Cultural Exchange Programme", "2031-2035")


def test_signatories_in_brackets_after_an_entry_are_left_out() -> None:
    got = agreements(LEAD + "The following agreements were signed:\n"
                     "- Memorandum of Understanding on energy cooperation (signed by the "
                     "Minister of Economy of Orvia and the Minister of Industry of Tella)\n"
                     "- Agreement on road transport (signed by the Ministers of Transport)\n"
                     "- Joint Declaration on Strategic Partnership (the two Presidents)\n")
    assert got == ["Memorandum of Understanding on energy cooperation",
                   "Agreement on road transport", "Joint Declaration on Strategic Partnership"]


def test_years_after_a_programme_name_stay_in_the_name() -> None:
    got = agreements(LEAD + "Following the talks, two documents were signed:\n\n"
                     "1. Programme of Cooperation in Science for 2031-2034 between the "
                     "Ministry of Education of Orvia and the Ministry of Science of Tella\n"
                     "2. Agreement on Cooperation in Defence\n")
    assert has(got, "Science", "2031-2034") and has(got, "Defence")
    assert len(got) == 2


def test_signatories_after_a_dash_are_left_out_initials_included() -> None:
    got = agreements(LEAD + "After the talks, the two Presidents witnessed the exchange of the "
                     "following documents:\n"
                     "Memorandum of Understanding on Cooperation in Education – Minister of "
                     "Education L. Ek and Minister N. K. Son\n"
                     "Agreement on Defence Industry Cooperation – Minister of Defence P. Dahl "
                     "and Minister P. V. Giang\n"
                     "Letter of Intent on Green Transition – Mr. R. Pour and Dr. D. Q. Khanh\n"
                     "The leaders then met the press.")
    assert got == ["Memorandum of Understanding on Cooperation in Education",
                   "Agreement on Defence Industry Cooperation",
                   "Letter of Intent on Green Transition"]


def test_a_counted_bulleted_list_with_parties_gives_the_documents_not_the_count() -> None:
    got = agreements(LEAD + "Following the talks, 3 documents were signed. The following "
                     "agreements were signed:\n"
                     "- Agreement between the Government of Orvia and the Government of Tella "
                     "on cooperation in veterinary medicine;\n"
                     "- Roadmap for the development of trade for 2031-2033 – Minister of Trade "
                     "A. Sol and Minister of Economy D. Amar;\n"
                     "- Memorandum between the Orvian National University and Tella State "
                     "University – Rector Z. Kass and Rector B. Uson.")
    assert len(got) == 3
    assert has(got, "veterinary medicine") and has(got, "Roadmap", "trade", "2031-2033")
    assert has(got, "Orvian National University") and not has(got, "Rector")
    assert not has(got, "3 documents")


# --- prose: initialled, renewed; papers of an earlier day ----------------------------------

def test_initialling_and_renewal_are_documents_of_the_event() -> None:
    got = agreements(LEAD + "The two ministers witnessed the initialling of the Agreement on "
                     "the Security of Information. The sides renewed the Memorandum of "
                     "Understanding on Youth Exchanges. The Agreement on Working Holidays was "
                     "initialled by the two directors.")
    assert has(got, "Security of Information") and has(got, "Youth Exchanges")
    assert has(got, "Working Holidays")


def test_renewed_resolve_or_commitment_is_no_document() -> None:
    got = agreements(LEAD + "The leaders renewed their commitment to the goals of the "
                     "Paris Agreement and renewed calls for a ceasefire.")
    assert got == []


def test_documents_of_an_earlier_year_or_recalled_are_not_agreements() -> None:
    got = agreements(LEAD + "Recalling the Joint Declaration adopted at the summit in Orvia "
                     "City in 2029, the leaders agreed to deepen ties. They noted the Framework "
                     "Agreement on Science concluded between the two countries in 2027. The "
                     "Partnership Roadmap adopted in March 2028 remains their guide. They "
                     "signed an Agreement on Air Services.")
    assert got == ["Agreement on Air Services"]


def test_a_roadmap_for_a_span_of_years_is_no_past_paper() -> None:
    got = agreements(LEAD + "The ministers adopted a Roadmap for cooperation in 2031-2033.")
    assert has(got, "Roadmap", "2031-2033")


def test_agreements_covering_a_range_of_issues_are_on_each_issue() -> None:
    got = agreements(LEAD + "A number of agreements were signed between ministers covering a "
                     "range of issues including fisheries, aviation and consular access.")
    assert got == ["agreement on fisheries", "agreement on aviation",
                   "agreement on consular access"]


def test_a_record_over_years_or_a_previous_visits_paper_is_no_agreement() -> None:
    got = agreements(LEAD + "Since 2015, the two countries have signed more than 30 "
                     "agreements. Over the past decade the sides concluded 12 intergovernmental "
                     "agreements. They reviewed the Action Plan for 2029-2031 adopted during the "
                     "previous visit. The Agreement on Trade, which was signed during the Prime "
                     "Minister's visit to Tella City in March 2029, entered into force.\n\n"
                     "The leaders signed a Joint Declaration on Strategic Partnership.")
    assert got == ["Joint Declaration on Strategic Partnership"]


def test_a_previous_meeting_named_as_the_source_of_a_new_paper_keeps_it() -> None:
    got = agreements(LEAD + "As agreed at the previous meeting, the ministers signed an "
                     "Agreement on Water Management.")
    assert has(got, "Water Management")


# --- lists under a heading without a verb ----------------------------------------------------

def test_deliverables_include_colon_opens_a_list() -> None:
    got = agreements(LEAD + "Key deliverables of the visit include:\n"
                     "• A Memorandum of Understanding on Critical Minerals;\n"
                     "• A Letter of Intent on Space Exploration;\n"
                     "• An Arrangement on Cybersecurity Capacity Building.")
    assert len(got) == 3
    assert has(got, "Critical Minerals") and has(got, "Letter of Intent", "Space")
    assert has(got, "Arrangement", "Cybersecurity")


def test_bare_outcomes_heading_takes_the_bullets_that_name_documents() -> None:
    got = agreements(LEAD + "Outcomes\n"
                     "• Memorandum of Understanding on Critical Minerals\n"
                     "• The leaders welcomed progress towards the Free Trade Agreement\n"
                     "• Joint Statement on the Comprehensive Partnership")
    assert got == ["Memorandum of Understanding on Critical Minerals",
                   "Joint Statement on the Comprehensive Partnership"]


# --- lists a count announces: the documents, not the count ---------------------------------

def test_following_agreements_sentence_ending_in_a_full_stop_opens_a_list() -> None:
    got = agreements(LEAD.replace("2031.", "2031. Three documents were signed.")
                     + "The following agreements were signed in the presence of the two "
                     "Presidents.\n\n"
                     "Agreement on Cooperation in Defence, between the Ministry of Defence of "
                     "Orvia and the Ministry of Defence of Tella\n"
                     "Agreement on Air Services, between the Government of Orvia and the "
                     "Government of Tella\n"
                     "Programme of Cultural Exchanges, between the Ministry of Culture of Orvia "
                     "and the Ministry of Culture of Tella\n")
    assert len(got) == 3
    assert has(got, "Defence") and has(got, "Air Services") and has(got, "Cultural Exchanges")


def test_quoted_entries_after_a_counted_intro_and_no_count_item() -> None:
    got = agreements(LEAD + "Three documents were signed:\n\n"
                     "\"Agreement between the Government of Orvia and the Government of Tella "
                     "on Air Services\";\n"
                     "\"Agreement between the Central Bank of Orvia and the National Bank of "
                     "Tella on Currency Swap\";\n"
                     "\"Protocol on Amendments to the Agreement on Trade\".")
    assert len(got) == 3
    assert has(got, "Air Services") and has(got, "Central Bank", "Currency Swap")
    assert has(got, "Protocol", "Amendments") and not has(got, "documents")


def test_entries_named_after_their_parties_and_a_colon() -> None:
    got = agreements(LEAD + "Three documents were signed:\n"
                     "Ministry of Health of Orvia – Ministry of Health of Tella: Memorandum of "
                     "Understanding on Medical Cooperation\n"
                     "Government of Orvia – Government of Tella: Agreement on Air Services\n"
                     "Orvia Railways – Tella Railways: Agreement on Freight Transit\n")
    assert len(got) == 3
    assert has(got, "Medical Cooperation") and has(got, "Air Services")
    assert has(got, "Freight Transit")


def test_a_one_sentence_list_after_following_keeps_every_document() -> None:
    got = agreements(LEAD + "Following the talks, the following agreements were signed:\n"
                     "agreement on cooperation in defence between the defence ministries;\n"
                     "memorandum of understanding on health between the health ministries;\n"
                     "agreement on air services between the two governments.")
    assert len(got) == 3


def test_lines_naming_each_side_under_a_numbered_entry_are_no_part_of_it() -> None:
    got = agreements(LEAD + "Three documents were signed:\n\n"
                     "1. Agreement on Cooperation in Ocean Research\n"
                     "   Ministry of Science of Orvia – Ministry of Education of Tella\n"
                     "2. Memorandum of Understanding on Medical Cooperation\n"
                     "   Orvian side: Minister of Health A. Berg; Tellan side: Ambassador C. Dahl\n"
                     "3. Memorandum of Understanding on Tourism\n"
                     "   For Orvia: Minister of Economy; for Tella: Minister of Tourism\n")
    assert got == ["Agreement on Cooperation in Ocean Research",
                   "Memorandum of Understanding on Medical Cooperation",
                   "Memorandum of Understanding on Tourism"]


def test_a_wrapped_entry_still_carries_on() -> None:
    got = agreements(LEAD + "The following documents were signed:\n"
                     "1. Memorandum of Understanding between the Orvian Academy of Sciences and\n"
                     "   the Tellan Institute of Physics on joint research\n"
                     "2. Agreement on Air Services\n")
    assert has(got, "Tellan Institute", "joint research") and has(got, "Air Services")


def test_a_list_whose_intro_dates_it_before_the_event_is_no_list_of_outcomes() -> None:
    got = agreements(LEAD + "The following documents were signed during the visit:\n"
                     "- Agreement on Air Services;\n"
                     "- Memorandum of Understanding on Tourism.\n\n"
                     "Agreements signed during the previous visit in 2029 include:\n"
                     "1. Agreement on Visa Facilitation\n"
                     "2. Memorandum of Understanding on Sport\n\n"
                     "Previously signed documents:\n"
                     "- Agreement on Culture, signed in 2027\n"
                     "- Memorandum on Education, signed in 2028\n")
    assert got == ["Agreement on Air Services", "Memorandum of Understanding on Tourism"]


def test_a_lead_line_of_several_sentences_before_a_list_keeps_all_its_papers() -> None:
    got = agreements("Summit\n\nThe Orvia-Tella Summit was held on 2 May 2031. The Leaders "
                     "adopted the Joint Vision Statement on Comprehensive Partnership and "
                     "welcomed the adoption of the Plan of Action to Implement the Partnership "
                     "(2031-2035). The following documents were exchanged:\n"
                     "- Memorandum of Understanding on Maritime Cooperation\n"
                     "- Agreement on Digital Trade\n")
    assert len(got) == 4
    assert has(got, "Joint Vision Statement") and has(got, "Plan of Action", "2031-2035")
    assert not has(got, "following") and not has(got, "Leaders")


def test_a_sentence_naming_the_following_documents_after_a_colon_lists_them_all() -> None:
    got = agreements(LEAD + "The following documents were signed in the presence of the two "
                     "Presidents: Agreement on Cooperation in Defence, signed by the Ministers "
                     "of Defence; Memorandum of Understanding on Tourism, signed by the "
                     "Ministers of Economy; and Agreement on Social Security.")
    assert len(got) == 3


# --- subjects numbered inline --------------------------------------------------------------

def test_memoranda_on_inline_numbered_subjects_are_one_each() -> None:
    got = agreements(LEAD + "Both countries signed MoUs on: (1) renewable energy; (2) water "
                     "desalination; (3) tourism promotion. They also held talks.")
    assert got == ["MoU on renewable energy", "MoU on water desalination",
                   "MoU on tourism promotion"]


def test_roman_numbered_subjects_with_a_final_and() -> None:
    got = agreements(LEAD + "The two sides signed MoUs on (i) cooperation in solar energy, "
                     "(ii) health and medicine and (iii) cultural exchanges.")
    assert len(got) == 3
    assert has(got, "solar energy") and has(got, "health and medicine")
    assert has(got, "cultural exchanges")


# --- en-dash bullets and weak heads inside a list -------------------------------------------

def test_en_dash_bullets_give_every_document_and_no_count() -> None:
    got = agreements(LEAD + "Following the talks, 3 documents were signed:\n"
                     "– Agreement between the Government of Orvia and the Government of Tella "
                     "on international road transport;\n"
                     "– Memorandum of Understanding on cultural heritage;\n"
                     "– Programme of cooperation between the foreign ministries for 2031-2033.")
    assert len(got) == 3
    assert has(got, "road transport") and has(got, "cultural heritage")
    assert has(got, "Programme", "2031-2033") and not has(got, "3 documents")


def test_a_programme_in_a_semicolon_or_comma_list_is_a_document() -> None:
    got = agreements(LEAD + "Four documents were signed, including an Agreement on road "
                     "transport, a Memorandum of Understanding on culture, a Programme of "
                     "cooperation between the foreign ministries for 2031-2033 and a Work Plan "
                     "on tourism.")
    assert len(got) == 4 and has(got, "Programme", "2031-2033")
    got = agreements(LEAD + "The following documents were signed: an Agreement on road "
                     "transport; a Programme of cooperation in science for 2031-2033.")
    assert len(got) == 2 and has(got, "Programme", "science")


def test_a_whole_list_under_its_count_accounts_for_it() -> None:
    got = agreements(LEAD + "Following the talks, 4 documents were signed:\n"
                     "– Agreement on international road transport;\n"
                     "– Memorandum of Understanding on culture;\n"
                     "– Veterinary certificate for poultry exports;\n"
                     "– Programme of cooperation between the foreign ministries.")
    assert not has(got, "4 documents") and len(got) == 3


def test_a_list_including_some_papers_keeps_the_larger_count() -> None:
    got = agreements(LEAD + "Following the talks, 14 documents were signed, including:\n"
                     "– Agreement on international road transport;\n"
                     "– Memorandum of Understanding on culture.")
    assert has(got, "14 documents") and len(got) == 3


def test_terms_of_reference_and_record_of_discussions_are_documents() -> None:
    got = agreements(LEAD + "The following documents were exchanged:\n"
                     "1. Terms of Reference for the Joint Working Group on Health\n"
                     "2. Record of Discussions on the Technical Cooperation Project for Rice "
                     "Farming\n"
                     "3. Agreement on Air Services\n")
    assert len(got) == 3
    assert has(got, "Terms of Reference", "Working Group") and has(got, "Record", "Rice")


def test_a_table_flattened_one_cell_per_line() -> None:
    got = agreements("List of Outcomes: Visit of the Prime Minister of Tella to Orvia\n\n"
                     "S.No.\nName of MoU/Agreement\nOrvian Signatory\nTellan Signatory\n"
                     "1.\nMoU on Cooperation in Traditional Medicine\nMr A. Kumar, Secretary\n"
                     "Mr B. Holm, Ambassador\n"
                     "2.\nAgreement on Mutual Legal Assistance in Civil Matters\n"
                     "Mr C. Rao, Secretary\nMs D. Lind, Minister\n"
                     "3.\nCultural Exchange Programme for 2031-2035\nMr E. Singh, Secretary\n"
                     "Mr F. Berg, Minister\n")
    assert got == ["MoU on Cooperation in Traditional Medicine",
                   "Agreement on Mutual Legal Assistance in Civil Matters",
                   "Cultural Exchange Programme for 2031-2035"]


def test_signed_at_another_meeting_in_a_past_month_is_no_agreement() -> None:
    got = agreements(LEAD + "The Agreement on Trade, which the two countries signed on the "
                     "sidelines of the G20 summit in November, was discussed. The leaders "
                     "signed a Treaty on Extradition.")
    assert got == ["Treaty on Extradition"]


def test_a_joint_statement_title_drops_its_dates_in_brackets() -> None:
    got = agreements("Orvia-Tella Joint Statement on the State Visit of the President of Tella "
                     "to Orvia (May 1-3, 2031)\n\nAt the invitation of the President of Orvia, "
                     "the President of Tella paid a State Visit to Orvia from 1 to 3 May 2031. "
                     "The two leaders held talks in Orvia City on 2 May.")
    assert got == ["Orvia-Tella Joint Statement on the State Visit of the President of Tella "
                   "to Orvia"]


def test_a_paper_renewed_in_the_passive_or_by_name_alone_is_found() -> None:
    got = agreements(LEAD + "The Memorandum of Understanding on Fisheries was renewed for five "
                     "years. The sides renewed the Agreement on Air Services.")
    assert has(got, "Fisheries") and has(got, "Air Services")


def test_an_extended_deadline_is_no_paper() -> None:
    assert agreements(LEAD + "The ministers extended the deadline for the agreement.") == []


def test_rows_numbered_without_a_dot_before_a_document_name() -> None:
    got = agreements(LEAD + "Three documents were signed:\n"
                     "1 Agreement on road transport\n"
                     "2 Memorandum of Understanding on culture\n"
                     "3 Programme of cooperation in science for 2031-2033\n")
    assert got == ["Agreement on road transport", "Memorandum of Understanding on culture",
                   "Programme of cooperation in science for 2031-2033"]


def test_parties_in_brackets_on_the_line_under_an_entry_are_left_out() -> None:
    got = agreements(LEAD + "The following documents were signed:\n\n"
                     "1. Memorandum of Understanding on Cooperation in Agriculture\n"
                     "(Ministry of Agriculture of Orvia and Ministry of Agriculture of Tella)\n"
                     "2. Agreement on Air Services\n"
                     "(Government of Orvia and Government of Tella)\n")
    assert got == ["Memorandum of Understanding on Cooperation in Agriculture",
                   "Agreement on Air Services"]


def test_signatories_after_a_colon_are_left_out() -> None:
    got = agreements(LEAD + "The following documents were signed:\n"
                     "Agreement on Air Services: Minister of Transport Ola Berg and Minister of "
                     "Transport Ian Kos\n"
                     "Memorandum of Understanding on Health: signed by Minister of Health Ada "
                     "Lim and Ambassador Bo Dahl\n"
                     "Treaty on Extradition: Ministers of Justice\n")
    assert got == ["Agreement on Air Services", "Memorandum of Understanding on Health",
                   "Treaty on Extradition"]


def test_initials_moc_and_loi_and_a_pact_are_documents() -> None:
    got = agreements(LEAD + "The two sides signed an MoC on disaster risk reduction and an LoI "
                     "on semiconductor supply chains. The countries also inked a defence pact. "
                     "They recalled the Stability Pact of 1999.")
    assert got == ["MoC on disaster risk reduction", "LoI on semiconductor supply chains",
                   "defence pact"]


def test_a_truce_between_others_welcomed_is_no_paper_of_the_event() -> None:
    got = agreements(LEAD + "The leaders welcomed a ceasefire agreement between Arland and "
                     "Beland. They signed a Memorandum on Trade.")
    assert got == ["Memorandum on Trade"]


def test_today_we_signed_in_remarks_reports_papers_of_the_day() -> None:
    got = agreements("Press statements following talks\n\nPresident Ana Kell held talks with "
                     "President Ivo Marr of Tella in Orvia City on 2 May 2031.\n\n* * *\n\n"
                     "President Ana Kell: Colleagues, today we signed 12 documents, including "
                     "an agreement on road transport. In 2029 we signed a treaty on friendship.")
    assert has(got, "road transport") and has(got, "12 documents")
    assert not has(got, "friendship")


def test_counted_memoranda_in_the_fields_of_are_one_per_field() -> None:
    got = agreements(LEAD + "The two sides signed 3 MoUs in the fields of energy, investment "
                     "and culture.")
    assert got == ["MoU in the field of energy", "MoU in the field of investment",
                   "MoU in the field of culture"]
