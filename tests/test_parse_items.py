"""Rules of the items half of the parser, each on invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from briefgen.parse.clauses import lexicon, split_list
from briefgen.parse.items import Items, extract_items, speech_start
from briefgen.parse.segment import segment


def items_of(text: str) -> Items:
    return extract_items(segment(text), [])


def texts(items: list) -> list[str]:
    return [i.text for i in items]


def has(items: list, *words: str) -> bool:
    """Some item holds every one of ``words`` (case-insensitive)."""
    return any(all(w.lower() in i.text.lower() for w in words) for i in items)


# --- agreements -------------------------------------------------------------------------

def test_coordinated_memoranda_become_one_agreement_each() -> None:
    got = items_of("The visit resulted in the signing of memoranda of understanding on "
                   "fisheries, urban planning and water supply.").agreements
    assert len(got) == 3
    assert has(got, "fisheries") and has(got, "urban planning") and has(got, "water supply")
    assert {a.kind for a in got} == {"memorandum"}


def test_repeated_preposition_splits_and_pairs_stay_whole() -> None:
    got = items_of("The ministers signed intergovernmental agreements on road haulage and "
                   "on veterinary inspection.").agreements
    assert texts(got) == ["intergovernmental agreement on road haulage",
                          "intergovernmental agreement on veterinary inspection"]
    got = items_of("Officials signed memoranda on shipping and ports, mining, and "
                   "tax administration.").agreements
    assert has(got, "shipping and ports") and has(got, "mining") and has(got, "tax administration")


def test_singular_document_keeps_its_whole_subject() -> None:
    got = items_of("The leaders signed a roadmap for cooperation in robotics, space and "
                   "oceanography; a protocol on consular offices.").agreements
    assert has(got, "roadmap", "robotics", "space", "oceanography")
    assert has(got, "protocol", "consular offices")
    assert len(got) == 2


def test_passive_signing_is_an_agreement() -> None:
    got = items_of("After the talks a treaty on border demarcation was signed. Several documents "
                   "were signed between the two national railways.").agreements
    assert has(got, "treaty", "border demarcation")
    assert has(got, "documents", "railways")


def test_joint_declaration_adopted_with_title_case_name() -> None:
    got = items_of("The presidents adopted the Joint Declaration on Green Growth and Clean Seas "
                   "Partnership.").agreements
    assert texts(got) == ["Joint Declaration on Green Growth and Clean Seas Partnership"]
    assert got[0].kind == "declaration"


def test_organisation_that_signs_is_named_in_the_agreement() -> None:
    got = items_of("The Northern Export Bank signed a credit line agreement to finance "
                   "grain terminals.").agreements
    assert has(got, "Northern Export Bank", "credit line agreement")


def test_document_signed_long_ago_or_recently_is_not_an_agreement() -> None:
    got = items_of("The leaders noted the recently signed treaty on fisheries. They recalled "
                   "the charter that we signed several years ago.").agreements
    assert got == []


def test_future_signing_is_not_an_agreement_but_a_follow_up() -> None:
    it = items_of("The foreign ministers will sign a revised action plan on migration later "
                  "this year.")
    assert it.agreements == []
    assert has(it.follow_ups, "sign", "action plan")


def test_bulleted_list_after_intro_gives_one_agreement_per_bullet() -> None:
    text = ("Leaders witnessed four signings.\n\nThe agreements were:\n\n"
            "* A Memorandum of Understanding on Seismic Research to share data.\n\n"
            "* A loan agreement between the Harbour Fund and a regional port authority.\n\n"
            "Officials met later.")
    got = items_of(text).agreements
    assert has(got, "Seismic Research") and has(got, "Harbour Fund")
    assert len(got) == 2


def test_release_titled_joint_statement_counts_as_adopted() -> None:
    got = items_of("Joint Statement by the Prime Ministers of Arland and Borovia\n\n"
                   "The two leaders met in Arlan City.").agreements
    assert texts(got) == ["Joint Statement by the Prime Ministers of Arland and Borovia"]


def test_count_only_when_no_document_is_named() -> None:
    got = items_of("In total, 14 documents were signed during the visit.").agreements
    assert len(got) == 1 and "14 documents" in got[0].text


def test_transcript_after_separator_gives_no_agreements() -> None:
    text = ("The president held talks with his guest. * * * President: Last year we signed "
            "a memorandum on forestry, and it works well.")
    doc = segment(text)
    assert speech_start(doc) == text.index("*")
    assert extract_items(doc, []).agreements == []


def test_split_plural_reads_as_one_document_each() -> None:
    got = items_of("The delegations exchanged memoranda on cooperation in beekeeping, "
                   "textiles and seismology.").agreements
    assert texts(got) == ["memorandum on cooperation in beekeeping",
                          "memorandum on cooperation in textiles",
                          "memorandum on cooperation in seismology"]
    got = items_of("The ministers signed protocols on customs and on tariffs.").agreements
    assert texts(got) == ["protocol on customs", "protocol on tariffs"]


def test_plural_between_parties_splits_its_subjects() -> None:
    got = items_of("The ministers signed memoranda of understanding between the governments "
                   "on flood control, seed banks and the repair of dams.").agreements
    assert len(got) == 3
    assert all(a.text.startswith("memorandum of understanding between the governments on ")
               for a in got)
    assert has(got, "flood control") and has(got, "seed banks") and has(got, "repair of dams")


def test_long_list_of_ministries_gives_way_to_the_subject() -> None:
    got = items_of("A memorandum between the Ministry of Water of Arland and the Ministry of "
                   "Rural Affairs and Fisheries of Beland on irrigation was signed.").agreements
    assert texts(got) == ["memorandum on irrigation"]
    # counterparts with one name, a company among the parties, or a short pair stay
    got = items_of("The ministers signed a memorandum between the Ministry of Culture of "
                   "Arland and the Ministry of Culture of Beland on museum loans.").agreements
    assert has(got, "Ministry of Culture", "museum loans")
    got = items_of("The sides signed an agreement between the Ministry of Mines of Arland and "
                   "Beland Copper Holdings on ore exports.").agreements
    assert has(got, "Beland Copper Holdings", "ore exports")
    got = items_of("The Arlish Ministry of Health and the Belish Ministry of Labour signed an "
                   "agreement on seasonal nurses.").agreements
    assert has(got, "Arlish Ministry of Health", "Belish Ministry of Labour", "seasonal nurses")


def test_numbered_list_lines_are_one_document_each() -> None:
    text = ("After the talks the sides signed the following documents:\n\n"
            "1. Agreement on the avoidance of double taxation;\n"
            "2. Memorandum of understanding on beekeeping;\n"
            "3. Plan of consultations for 2027-2028.\n\n"
            "The ministers then toured the port.")
    got = items_of(text).agreements
    assert len(got) == 3
    assert has(got, "double taxation") and has(got, "beekeeping") and has(got, "2027-2028")
    assert all(a.evidence[0].quote.startswith(("Agreement", "Memorandum", "Plan")) for a in got)


def test_wrapped_list_items_and_wrapped_prose_stay_whole() -> None:
    text = ("The sides signed the following documents:\n"
            "- Agreement on the avoidance of double\n  taxation;\n"
            "- Protocol on consular fees.")
    got = items_of(text).agreements
    assert len(got) == 2 and has(got, "double", "taxation") and has(got, "consular fees")
    text = ("The ministers met in March\n2024. The sides signed a memorandum on\n"
            "beekeeping and a protocol on customs.")
    got = items_of(text).agreements
    assert has(got, "memorandum", "beekeeping") and has(got, "protocol", "customs")


def test_dash_list_after_deliverables_intro() -> None:
    text = ("The leaders welcomed the following deliverables, which were signed today:\n"
            "- A Memorandum of Understanding on Rare Earths;\n"
            "- A Letter of Intent on port security.")
    got = items_of(text).agreements
    assert len(got) == 2 and has(got, "Rare Earths") and has(got, "Letter of Intent", "port")


def test_exchange_of_notes_bringing_a_treaty_into_force_is_one_document() -> None:
    got = items_of("The two leaders witnessed the exchange of notes bringing into force the "
                   "Fisheries Agreement between the two countries.").agreements
    assert len(got) == 1 and has(got, "exchange of notes", "Fisheries Agreement")
    got = items_of("They witnessed an exchange of diplomatic notes on the Treaty on Extradition, "
                   "extending it for five years.").agreements
    assert len(got) == 1 and has(got, "diplomatic notes", "Extradition")


def test_company_contract_keeps_names_and_value() -> None:
    got = items_of("In addition, Arland shipping company Blue Gull Lines and Beland carrier "
                   "Nordwind inked a $300 million contract for six ferries.").agreements
    assert texts(got) == ["Blue Gull Lines and Nordwind $300 million contract for six ferries"]
    got = items_of("The Ministers of Energy inked an agreement on gas grids.").agreements
    assert texts(got) == ["agreement on gas grids"]


def test_title_case_subject_runs_over_in() -> None:
    got = items_of("They witnessed the signing of a Memorandum of Understanding on Cooperation "
                   "in Space Weather Research, and an Arrangement on Sports.").agreements
    assert has(got, "Space Weather Research") and has(got, "Arrangement on Sports")


def test_one_on_each_subject_gives_one_document_each() -> None:
    got = items_of("Officials signed two memoranda of understanding - one on glacier monitoring, "
                   "and one on seed banks.").agreements
    assert texts(got) == ["memorandum of understanding on glacier monitoring",
                          "memorandum of understanding on seed banks"]


def test_modifiers_sharing_a_plural_head_are_two_documents() -> None:
    got = items_of("The Arland Ports Authority (APA) and the Beland Shipping Fund (BSF) signed "
                   "leasing and joint dredging agreements.").agreements
    assert texts(got) == ["APA and BSF leasing agreement", "APA and BSF joint dredging agreement"]
    assert items_of("The ministers discussed leasing and dredging agreements.").agreements == []


def test_approved_roadmap_is_an_agreement_but_an_approved_agenda_is_not() -> None:
    got = items_of("The ministers approved a roadmap for tourism exchanges for 2027-2029. "
                   "They also approved the agenda of the forum.").agreements
    assert texts(got) == ["roadmap for tourism exchanges for 2027-2029"]
    got = items_of("An action plan on glacier research was approved by the two ministries.")
    assert has(got.agreements, "action plan", "glacier research")


def test_transcript_counts_only_a_signing_of_the_day() -> None:
    text = ("The president held talks with his guest.\n\n* * *\n\nPresident: Our ministers "
            "have just signed a memorandum on forestry. Years ago we built a bridge, and a "
            "treaty on borders has served us well.")
    got = items_of(text).agreements
    assert texts(got) == ["memorandum on forestry"]


def test_heading_with_words_inside_joint_statement() -> None:
    doc = segment("Joint Leaders' Statement of Arland and Beland\n\nThe leaders met today.",
                  title="Joint Leaders' Statement of Arland and Beland")
    assert has(extract_items(doc, []).agreements, "Joint Leaders' Statement")


def test_weak_head_joined_to_a_named_document_is_the_next_paper() -> None:
    got = items_of("Several papers were signed, including an agreement on seed exchange and a "
                   "programme of scientific cooperation for 2027-2029.").agreements
    assert has(got, "seed exchange") and has(got, "programme", "2027-2029")
    got = items_of("They signed a memorandum on ports and a Framework Agreement on the Arland "
                   "Fund compact for rail.").agreements
    assert has(got, "Framework Agreement", "compact for rail")


def test_list_after_the_following_were_signed() -> None:
    got = items_of("In the presence of the leaders, the following were signed:\n"
                   "- Agreement on air services;\n- Protocol on consular fees.").agreements
    assert texts(got) == ["Agreement on air services", "Protocol on consular fees"]


def test_government_pair_reads_as_intergovernmental() -> None:
    got = items_of("The sides signed an Agreement between the Government of the Republic of "
                   "Arland and the Government of the Kingdom of Beland on cooperation in "
                   "seismology.").agreements
    assert texts(got) == ["intergovernmental Agreement on cooperation in seismology"]


def test_exchange_of_instruments_of_ratification() -> None:
    got = items_of("The ministers exchanged instruments of ratification of the treaty on "
                   "extradition.").agreements
    assert has(got, "instruments of ratification", "extradition") and len(got) == 1


def test_transcript_passive_signing_today_counts_but_a_dated_one_does_not() -> None:
    text = ("The president held talks with his guest.\n\n* * *\n\nPresident: A package of "
            "documents was signed today, including a treaty on borders. In 2009 we signed a "
            "memorandum on forests.")
    got = items_of(text).agreements
    assert texts(got) == ["treaty on borders"]


def test_concluded_negotiations_sign_nothing() -> None:
    got = items_of("The leaders welcomed the conclusion of negotiations on the Arland-Beland "
                   "Economic Partnership Agreement. The sides concluded talks on a fisheries "
                   "agreement.").agreements
    assert got == []


def test_statements_released_endorsed_or_agreed() -> None:
    got = items_of("The leaders released a joint statement on ocean health. They endorsed the "
                   "Joint Vision Statement for the next decade. The ministers agreed a new "
                   "Joint Declaration on Water Security and agreed on a work plan for "
                   "2027-2028.").agreements
    assert has(got, "joint statement", "ocean health") and has(got, "Joint Vision Statement")
    assert has(got, "Joint Declaration", "Water Security") and has(got, "work plan", "2027")
    assert items_of("The ministers agreed to develop a roadmap on ports.").agreements == []


def test_heads_of_agreement_and_deals_by_value() -> None:
    got = items_of("Arland Gas and Beland Power signed a heads of agreement on LNG supply. "
                   "Commercial contracts worth $3 billion were signed.").agreements
    assert has(got, "Arland Gas and Beland Power heads of agreement on LNG supply")
    assert has(got, "contracts worth $3 billion")


def test_unmarked_list_of_documents_one_paragraph_each() -> None:
    text = ("The following documents were also signed:\n\n"
            "Agreement between Arland Rail and Beland Rail on freight tariffs;\n\n"
            "Protocol on the exchange of seismic data.\n\n"
            "The leaders then spoke to the press about tourism and a treaty on borders.")
    got = items_of(text).agreements
    assert texts(got) == ["Agreement between Arland Rail and Beland Rail on freight tariffs",
                          "Protocol on the exchange of seismic data"]


def test_a_question_reports_no_document() -> None:
    assert items_of("JOURNALIST: When will the trade agreement be signed?").agreements == []


def test_named_partnership_signed_but_not_a_strategic_partnership() -> None:
    got = items_of("The leaders witnessed the signing of the Clean Shipping Partnership, which "
                   "funds green ports, and announced a Comprehensive Strategic Partnership "
                   "and released a joint statement.").agreements
    assert has(got, "Clean Shipping Partnership") and has(got, "joint statement")
    assert not has(got, "Comprehensive Strategic")


def test_companies_announce_a_deal() -> None:
    got = items_of("Arland Airways and Skyplane announced a deal worth $2 billion for 20 "
                   "aircraft.").agreements
    assert texts(got) == ["Arland Airways and Skyplane deal worth $2 billion for 20 aircraft"]


def test_headline_package_gives_way_to_the_documents_of_the_body() -> None:
    text = ("Arland and Beland sign a package of documents on energy\n\n"
            "The ministers signed an agreement on grid links and a memorandum on solar power.")
    got = items_of(text).agreements
    assert texts(got) == ["agreement on grid links", "memorandum on solar power"]


def test_proposed_signing_is_not_a_signing() -> None:
    got = items_of("The Arland side proposed signing a memorandum on digital customs. The "
                   "ministers discussed preparations for the signing of a treaty on borders.")
    assert got.agreements == []


def test_transcript_we_signed_needs_a_mark_of_today() -> None:
    text = ("The president held talks with his guest.\n\n* * *\n\nPresident: We signed a "
            "treaty on borders, and it has served us well. We have just signed a memorandum "
            "on forestry.")
    assert texts(items_of(text).agreements) == ["memorandum on forestry"]


def test_two_joint_statements_on_different_subjects_are_two() -> None:
    got = items_of("The leaders signed a Joint Statement on river navigation and a Joint "
                   "Statement on a fair world order.").agreements
    assert len(got) == 2
    text = ("Joint Statement on river navigation\n\nThe leaders adopted a joint statement on "
            "river navigation. They also signed a joint statement on food security and an "
            "arrangement on ports. The arrangement takes effect in May.")
    got = items_of(text).agreements
    assert has(got, "river navigation") and has(got, "food security")
    assert has(got, "arrangement on ports") and len(got) == 3
    got = items_of("The leaders signed a Joint Statement on the strategic partnership. They "
                   "also adopted a Joint Statement on strategic stability.").agreements
    assert len(got) == 2


def test_exchanged_views_drafts_and_big_historic_counts_are_no_papers() -> None:
    got = items_of("The sides exchanged views on the draft agreement on grain trade. The "
                   "ministers had an exchange of views on the free trade agreement. The "
                   "president noted that more than 300 agreements have been signed so far.")
    assert got.agreements == []
    got = items_of("The ministers exchanged notes on the air services agreement.").agreements
    assert len(got) == 1


def test_subjects_after_a_colon_and_a_dozen_and_a_compact() -> None:
    got = items_of("They signed two agreements: on seed banks and on river pilots.").agreements
    assert texts(got) == ["agreement on seed banks", "agreement on river pilots"]
    got = items_of("Over a dozen agreements were signed during the visit.").agreements
    assert len(got) == 1 and "dozen" in got[0].text
    got = items_of("The governments signed a $90 million compact to modernise the grid.")
    assert has(got.agreements, "$90 million compact", "grid")


def test_welcomed_a_new_declaration_but_not_the_old_agreements() -> None:
    got = items_of("The leaders welcomed a Joint Declaration on Maritime Safety that will guide "
                   "patrols. They welcomed the agreements reached in Astana.").agreements
    assert texts(got) == ["Joint Declaration on Maritime Safety"]


def test_signing_in_the_presence_of_leaders_is_not_a_subject() -> None:
    got = items_of("Following the talks, 9 documents were signed in the presence of the "
                   "two leaders.").agreements
    assert texts(got) == ["9 documents signed"]


# --- follow-ups -------------------------------------------------------------------------

def test_invitation_names_guest_and_destination() -> None:
    got = items_of("The President invited the Chancellor to pay an official visit to "
                   "Lisbon.").follow_ups
    assert len(got) == 1 and got[0].kind == "invitation"
    assert has(got, "invitation", "Chancellor", "Lisbon")


def test_accepted_invitation_is_marked() -> None:
    got = items_of("The Premier extended to Prime Minister Ola Berg an invitation to visit "
                   "Oslo, which he accepted.").follow_ups
    assert has(got, "Ola Berg", "Oslo", "accepted")


def test_proposal_to_create_a_body() -> None:
    got = items_of("The Minister proposed the creation of a joint business council.").follow_ups
    assert [(f.kind, f.text) for f in got] == [("proposal",
                                               "proposal to create a joint business council")]


def test_instruction_has_owner_and_deadline() -> None:
    got = items_of("The President instructed the Ministry of Transport to prepare a rail "
                   "tariff plan by June 2026.").follow_ups
    assert got[0].kind == "instruction"
    assert got[0].owner == "the Ministry of Transport"
    assert got[0].due == "by June 2026"


def test_next_meeting_and_agreed_steps_split() -> None:
    it = items_of("Zeland will host the next round of consultations in 2027. The sides agreed "
                  "to establish a joint laboratory and to conduct a feasibility study on "
                  "a ferry line.")
    assert has(it.follow_ups, "Zeland", "host", "2027")
    assert has(it.follow_ups, "establish a joint laboratory")
    assert has(it.follow_ups, "feasibility study", "ferry line")


def test_vague_intent_is_not_a_follow_up() -> None:
    got = items_of("The sides agreed to strengthen bilateral cooperation. They agreed to work "
                   "together closely.").follow_ups
    assert got == []


def test_measures_list_gives_one_follow_up_per_measure() -> None:
    got = items_of("The ministers agreed a package of measures to train customs officers, "
                   "modernise border posts and digitise transit permits.").follow_ups
    assert len(got) == 3
    assert has(got, "train customs officers") and has(got, "digitise transit permits")


# --- cooperation areas ------------------------------------------------------------------

def test_areas_listed_after_cooperation_in() -> None:
    got = items_of("They discussed cooperation in renewable energy, agriculture, transport "
                   "and logistics, and tourism.").cooperation_areas
    assert texts(got) == ["renewable energy", "agriculture", "transport and logistics",
                          "tourism"]


def test_areas_such_as_and_framing_words_removed() -> None:
    got = items_of("The partners see promise in sectors such as mining, healthcare and "
                   "the digital economy.").cooperation_areas
    assert texts(got) == ["mining", "healthcare", "digital economy"]


def test_area_named_as_subject_and_heading() -> None:
    text = ("Leaders met in the capital to talk about maritime matters.\n\nMaritime "
            "cooperation\n\nFisheries is a long-standing area of cooperation between the "
            "two states.\n\nArlan City\n\nThe talks ended.")
    got = items_of(text).cooperation_areas
    assert has(got, "Maritime") and has(got, "Fisheries")
    assert not has(got, "Arlan")  # a heading that is a place name


def test_names_and_people_are_not_areas() -> None:
    got = items_of("The ministers discussed the situation in the region, including Arland, "
                   "Borovia and Celtica.").cooperation_areas
    assert not has(got, "Arland")


# --- evidence and data ------------------------------------------------------------------

@pytest.mark.parametrize("field", ["agreements", "follow_ups", "cooperation_areas"])
def test_every_item_carries_evidence_with_a_cue(field: str) -> None:
    text = ("The leaders signed memoranda on fisheries and tourism. The President invited "
            "the Premier to visit Oslo. They discussed cooperation in shipping and aviation.")
    items = getattr(items_of(text), field)
    assert items
    for item in items:
        ev = item.evidence[0]
        assert ev.cue
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start:ev.end] in ev.quote


def test_lexicon_is_loaded_once() -> None:
    assert lexicon("items") is lexicon("items")


def test_split_list_keeps_adjectives_sharing_a_noun() -> None:
    text = "trade, economic, scientific and cultural cooperation"
    assert [s.text for s in split_list(text, 0, len(text))] == [text]


# --- projects and outcomes (not scored, but shown in the memo) --------------------------

def test_projects_from_lists_and_capitalised_names() -> None:
    got = items_of("They praised projects such as Harbour Gate and the Northern Rail Link. "
                   "Both sides back the Green Delta Fund.").projects
    assert has(got, "Harbour Gate") and has(got, "Green Delta Fund")


def test_outcomes_are_narrative_sentences_not_quotes_or_transcript() -> None:
    text = ("Arland and Borovia agreed to open a consulate in Port Lea. \"We signed a lot,\" "
            "the minister said. The weather was fine. * * * Speaker: We agreed on everything.")
    got = items_of(text).outcomes
    assert texts(got) == ["Arland and Borovia agreed to open a consulate in Port Lea."]
    assert got[0].evidence[0].cue == "agreed"


def test_agreed_that_names_who_acts() -> None:
    got = items_of("The sides agreed that the transport ministries would draft a ferry "
                   "timetable by March.").follow_ups
    assert [(f.text, f.owner, f.due) for f in got] == [
        ("the transport ministries to draft a ferry timetable by March",
         "the transport ministries", "by March")]


def test_a_count_with_fields_gives_each_field_and_the_count() -> None:
    # GUIDELINES: the subjects of several papers are one item each; a count they do not
    # account for stays beside them (one count item until round 9)
    got = items_of("Altogether, 14 interstate and interministerial documents were signed in "
                   "the fields of mining, tourism, forestry and healthcare.").agreements
    assert len(got) == 5 and texts(got)[-1] == "14 interstate and interministerial documents signed"
    assert all(has(got, w) for w in ("mining", "tourism", "forestry", "healthcare"))
    got = items_of("Nine agreements in the spheres of energy, trade and culture were "
                   "signed.").agreements
    assert len(got) == 4 and has(got, "Nine agreements")
    # a count matching its subjects still names each paper; a count of people is no count
    got = items_of("The ministers signed three memoranda on fisheries, forestry and "
                   "tourism.").agreements
    assert len(got) == 3 and has(got, "forestry")
    got = items_of("The two leaders signed memoranda on ports, roads and "
                   "railways.").agreements
    assert len(got) == 3 and has(got, "railways")


def test_a_comma_inside_a_ministry_name_keeps_the_signatories_whole() -> None:
    text = ("The leaders welcomed these outcomes:\n\n"
            "- The Arlish Department of Water and Beland's Ministry of Lakes, Rivers and "
            "Canals signed a Memorandum of Understanding on flood forecasting.\n\n"
            "- Beland Rail and the Arlish Ministry of Transport, Ports and Roads signed an "
            "agreement on sleeper cars.\n")
    got = items_of(text).agreements
    assert not any(a.text.startswith(("Rivers", "Canals", "Ports", "Roads")) for a in got)
    assert texts(got)[0] == "Memorandum of Understanding on flood forecasting"
    assert has(got, "Beland Rail and the Arlish Ministry of Transport, Ports and Roads",
               "sleeper cars")


def test_a_state_signing_or_joining_a_named_accord() -> None:
    assert texts(items_of("Beland signed the Lunar Accords, becoming the tenth "
                          "member.").agreements) == ["Lunar Accords"]
    assert texts(items_of("During the visit Beland joined the Reef Protection "
                          "Convention.").agreements) == ["Reef Protection Convention"]
    assert items_of("The president recalled that Beland joined the Lunar Accords in "
                    "2019.").agreements == []
    assert items_of("The sides signed commercial agreements.").agreements == []


def test_a_paper_to_be_drafted_for_adoption_is_not_signed() -> None:
    got = items_of("The ministers told officials to draft a plan of action on coastal "
                   "patrols for adoption by the end of next year.").agreements
    assert got == []
    got = items_of("The ministers signed a roadmap on customs and asked officials to "
                   "prepare a fishing plan.").agreements
    assert texts(got) == ["roadmap on customs"]


def test_a_count_beyond_the_named_papers_is_kept_beside_them() -> None:
    got = items_of("Altogether 9 documents were signed, including an agreement on the "
                   "shared use of a lake.").agreements
    assert has(got, "shared use of a lake") and has(got, "9 documents")
    got = items_of("Two documents were signed, including an agreement on a lake and a "
                   "memorandum on pastures.").agreements
    assert len(got) == 2 and not has(got, "Two documents")
