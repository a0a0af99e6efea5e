"""Rules added while measuring the parser on releases it had never seen
(tests/fixtures/heldout): each one on invented sentences, no corpus text."""

from __future__ import annotations

import datetime as dt

from briefgen.parse.dates import find_event_date
from briefgen.parse.followups import extract_followups
from briefgen.parse.items import extract_items
from briefgen.parse.segment import segment
from briefgen.parse.visit import classify


def areas(text: str) -> list[str]:
    return [i.text for i in extract_items(segment(text), []).cooperation_areas]


def agreements(text: str) -> list[str]:
    return [a.text for a in extract_items(segment(text), []).agreements]


def follow_ups(text: str, speech_start: int | None = None) -> list[str]:
    start = len(text) if speech_start is None else speech_start
    return [f.text for f in extract_followups(segment(text), start)]


def has(items: list[str], *words: str) -> bool:
    return any(all(w.lower() in i.lower() for w in words) for i in items)


# --- areas ---------------------------------------------------------------------------------

def test_what_was_discussed_is_a_list_of_areas() -> None:
    got = areas("The envoys discussed fisheries, port logistics and wine exports.")
    assert got == ["fisheries", "port logistics", "wine exports"]


def test_discussing_a_state_or_a_plan_names_no_area() -> None:
    assert areas("The envoys discussed the state of preparations for the forum.") == []
    assert areas("The sides discussed major events planned for the spring.") == []


def test_attention_paid_to_lists_areas() -> None:
    got = areas("Special attention was paid to beekeeping, forest monitoring and seed banks.")
    assert got == ["beekeeping", "forest monitoring", "seed banks"]


def test_a_participle_after_the_list_is_no_area() -> None:
    got = areas("They discussed shipbuilding and tourism, noting the rise of cruise traffic.")
    assert has(got, "shipbuilding") and not has(got, "noting")


def test_a_date_stamp_or_salutation_is_no_heading() -> None:
    text = "Envoys meet\n\nMarch 3, 2025\n\nColleagues,\n\nThe envoys met in Oslo."
    assert areas(text) == []


def test_a_term_naming_a_document_or_body_is_no_area() -> None:
    assert areas("They opened a new science and technology centre in the capital.") == []


# --- agreements ----------------------------------------------------------------------------

def test_plans_and_exchanged_letters_are_documents() -> None:
    got = agreements("The ministers signed the Harbour Partnership Implementation Plan 2026-2028 "
                     "and exchanged letters on a joint seed bank.")
    assert has(got, "Implementation Plan") and has(got, "letters", "seed bank")


# --- follow-ups ----------------------------------------------------------------------------

def test_accepting_someones_invitation_is_a_follow_up() -> None:
    got = follow_ups("I accepted Premier Olsen's invitation to visit Bergen next spring.")
    assert has(got, "visit Bergen next spring")
    got = follow_ups("I accepted the invitation of my colleague to visit Tromso in June.")
    assert has(got, "visit Tromso in June")


def test_reported_plan_with_said_and_a_second_would() -> None:
    got = follow_ups("Ms Berg said Norway would join the grain coalition and would host "
                     "a donor meeting in May.")
    assert has(got, "join the grain coalition") and has(got, "host a donor meeting")


def test_a_future_relative_clause_stays_with_its_step() -> None:
    got = follow_ups("They announced a new fisheries dialogue, whose first session will be held "
                     "in Reykjavik in May.")
    assert len(got) == 1 and has(got, "fisheries dialogue", "Reykjavik")


def test_an_amount_keeps_its_purpose() -> None:
    got = follow_ups("The country will provide $12 million over three years to strengthen "
                     "rural clinics.")
    assert has(got, "$12 million", "rural clinics")


def test_a_relative_clause_with_its_own_subject_commits() -> None:
    got = follow_ups("They signed a pact under which Chile will provide 30 buses this year.")
    assert has(got, "30 buses")


def test_a_proposal_in_a_statement() -> None:
    text = "Statements\n\nMs Berg: We propose to set up a joint board on salmon farming."
    got = follow_ups(text, speech_start=text.index("Ms Berg"))
    assert has(got, "joint board on salmon farming")


# --- dates and headlines -------------------------------------------------------------------

def test_a_filing_stamp_gives_way_to_the_events_date() -> None:
    text = "Envoys meet\n\n18 June 2025 16:05 On 17 June 2025, the envoys met in Oslo."
    found = find_event_date(segment(text), dt.date(2025, 6, 18))
    assert found is not None and found.date == dt.date(2025, 6, 17)


def test_a_date_line_gives_way_to_the_events_date() -> None:
    text = "Envoys meet\n\nOctober 8, 2024\n\nThe envoys met in Oslo on October 7, 2024."
    found = find_event_date(segment(text), dt.date(2024, 10, 8))
    assert found is not None and found.date == dt.date(2024, 10, 7)


def test_a_glued_headline_is_its_own_paragraph() -> None:
    doc = segment("Call with the Premier of Tonga\nThe Minister spoke with the Premier.")
    assert doc.title == "Call with the Premier of Tonga"
    assert doc.sentences[1].text == "The Minister spoke with the Premier."


def test_a_wrapped_first_line_is_no_headline() -> None:
    doc = segment("The Minister spoke with the Premier of\nTonga about fisheries.")
    assert doc.title is None


def test_a_flattened_headline_does_not_run_into_the_documents_name() -> None:
    got = agreements("Chile and Peru signed a fisheries agreement Today in Arica, the Minister "
                     "of Chile Ana Soto and the Minister of Peru Luis Rojas signed it.")
    assert got == ["fisheries agreement"]


def test_a_common_noun_in_apposition_is_the_same_document() -> None:
    got = agreements("The ministers signed the Koru Accord, a fisheries accord between the two "
                     "states, and a memorandum on seed banks.")
    assert len(got) == 2 and has(got, "Koru Accord") and has(got, "memorandum", "seed banks")


def test_a_bullet_dash_is_no_part_of_the_name() -> None:
    text = ("The following documents were signed:\n- Agreement on the mutual recognition of "
            "licences;\n- Memorandum on cooperation in beekeeping.")
    got = agreements(text)
    assert got and not any(a.startswith("-") for a in got)


def test_first_of_two_joint_subjects_takes_part() -> None:
    from briefgen.parse import people

    doc = segment("Talks in Oslo\n\nIngrid Moe and President of Chile Ana Soto held talks in "
                  "Oslo on 3 May.\n\nThe sides discussed fisheries.")
    found, _ = people.find_people(doc)
    names = [p.name for p in people.participants(found)]
    assert "Ingrid Moe" in names and "Ana Soto" in names


def test_talks_held_on_a_list_name_areas() -> None:
    got = areas("Today we held detailed talks on fisheries, shipbuilding and wine exports.")
    assert got == ["fisheries", "shipbuilding", "wine exports"]
    assert areas("They looked forward to negotiations on a new fisheries accord.") == []


def test_a_term_in_a_centres_name_is_no_area() -> None:
    assert areas("They will establish a Chile-Peru Centre for Renewable Energy.") == []


def test_a_clause_after_a_list_is_no_area() -> None:
    got = areas("They held talks on fisheries, which eased tension and created the conditions "
                "for trade.")
    assert not has(got, "created")


def test_accepting_an_invitation_to_take_part() -> None:
    got = follow_ups("Ms Soto accepted the invitation to take part in the Ocean Forum in Lima.")
    assert has(got, "take part in the Ocean Forum")


def test_the_launch_of_something_new_is_a_step() -> None:
    got = follow_ups("They welcomed the signing of a visa accord and the launch of a new "
                     "Fisheries Dialogue.")
    assert has(got, "Fisheries Dialogue")


def test_an_untitled_name_does_not_take_the_other_leaders_state() -> None:
    from briefgen.ingest import release_from_bytes
    from briefgen.parse import parse_release

    text = ("Call with President of Chile Ana Soto\n\nIngrid Moe had a telephone conversation "
            "with President of Chile Ana Soto. Ingrid Moe thanked Ana Soto for the call.")
    summary = parse_release(release_from_bytes(text.encode(), "call.txt"))
    moe = next(p for p in summary.participants if p.name == "Ingrid Moe")
    assert moe.country != "Chile"


def test_a_member_before_a_new_clause_with_its_own_cue_is_kept() -> None:
    got = areas("The leaders discussed grain supplies to Chile for the winter and confirmed "
                "their interest in building silos.")
    assert has(got, "grain supplies")


def test_a_documents_effect_is_not_prefixed_with_the_sentence() -> None:
    from briefgen.parse.followups import rule_followups

    text = ("They welcomed the signing of a Harbour Agreement, which will allow direct "
            "ferries between the two countries.")
    # a rule candidate; the learned filter may drop it (an agreement's effect is optional)
    got = [f.text for f in rule_followups(segment(text), len(text))]
    assert got and all(not g.startswith("They") for g in got) and has(got, "direct ferries")


def test_the_two_presidents_give_the_untitled_one_the_office() -> None:
    from briefgen.ingest import release_from_bytes
    from briefgen.parse import parse_release

    text = ("Talks with President of Chile Ana Soto\n\nIngrid Moe held talks with President of "
            "Chile Ana Soto. The two Presidents discussed fisheries and copper.")
    summary = parse_release(release_from_bytes(text.encode(), "talks.txt"))
    moe = next(p for p in summary.participants if p.name == "Ingrid Moe")
    assert moe.title == "President"


def test_the_dateline_city_when_the_lead_names_no_place() -> None:
    from briefgen.parse.places import find_place

    # GUIDELINES: a dateline alone does not place the event; said again, it does
    doc = segment("Envoys meet\n\nOSLO, 3 May 2025 - On the sidelines of the Ocean Forum, the "
                  "envoy of Chile met the envoy of Peru.")
    assert find_place(doc, False).city is None
    doc = segment("Envoys meet\n\nOSLO, 3 May 2025 - On the sidelines of the Ocean Forum, the "
                  "envoy of Chile met the envoy of Peru. They thanked Oslo for its welcome.")
    assert find_place(doc, False).city == "Oslo"
    doc = segment("Envoys meet\n\nOSLO - The envoy of Chile met the envoy of Peru in Lima.")
    assert find_place(doc, False).city == "Lima"


def test_joint_work_to_deliver_something_is_a_step_but_not_a_wish() -> None:
    got = follow_ups("They agreed to align port fees and to work together to deliver a joint "
                     "ferry terminal in Arica by 2030.")
    assert has(got, "ferry terminal")
    got = follow_ups("They pledged to deepen trade and to work together to integrate their "
                     "economies more deeply.")
    assert not has(got, "integrate")


def test_an_invitation_to_a_place_for_an_event() -> None:
    got = follow_ups("Premier Soto invited Premier Moe to Chile for the 2026 Ocean Forum.")
    assert has(got, "Premier Moe", "Chile", "Ocean Forum")


def test_a_season_is_no_area() -> None:
    assert not has(areas("They agreed to hold a dialogue in Oslo this autumn."), "autumn")


def test_a_deputy_head_holding_a_portfolio_is_one_title() -> None:
    from briefgen.parse import people

    doc = segment("Deputy Prime Minister and Foreign Minister Ana Soto met Ingrid Moe.")
    found, _ = people.find_people(doc)
    assert [(p.name, p.title) for p in found][0] == (
        "Ana Soto", "Deputy Prime Minister and Foreign Minister")
    doc = segment("The Vice President and Prime Minister Moe discussed trade.")
    found, _ = people.find_people(doc)
    assert [(p.name, p.title) for p in found] == [("Moe", "Prime Minister")]


def test_a_hard_wrapped_text_has_no_glued_headline() -> None:
    doc = segment("The Minister held talks with the Premier of Tonga Ana\nSoto in Oslo, and the "
                  "two\nsides discussed fisheries.")
    assert doc.title is None


# --- shapes of issuers in none of the corpus (invented text) ------------------------------

def test_numbered_lines_start_sentences_and_their_numbers_end_none() -> None:
    doc = segment("The ministers met.\n\nThe outcome is as follows:\n1. The ministers agreed"
                  " on ports\n2. They welcomed the forum. It opens in May.\n\n3. Nothing else.")
    assert [s.text for s in doc.sentences] == [
        "The ministers met.", "The outcome is as follows:", "The ministers agreed on ports",
        "They welcomed the forum.", "It opens in May.", "Nothing else."]


def test_a_numbered_list_of_mous_exchanged_is_one_agreement_per_line() -> None:
    got = agreements("The leaders held talks.\n\nThe following MoUs were exchanged in the"
                     " presence of the leaders:\n1. MoU on cooperation in fisheries\n"
                     "2. MoU between the Port Authority of A and the Harbour Board of B\n"
                     "3. Agreement on the avoidance of double taxation\n\nThe talks ended.")
    assert got == ["MoU on cooperation in fisheries",
                   "MoU between the Port Authority of A and the Harbour Board of B",
                   "Agreement on the avoidance of double taxation"]


def test_a_visit_at_the_invitation_of_the_host_is_that_visit() -> None:
    doc = segment("The President of Chile is on a State Visit to India from 2-4 May at the"
                  " invitation of the President of India.\n\nThe Prime Minister held"
                  " delegation-level talks with the President today.")
    assert classify(doc).kind == "state visit"


def test_the_afternoon_of_a_day_dates_the_event() -> None:
    doc = segment("On the afternoon of June 9, 2025, the Foreign Minister held talks with"
                  " his counterpart in Beijing.")
    found = find_event_date(doc, dt.date(2025, 6, 9))
    assert found is not None and found.date == dt.date(2025, 6, 9)


def test_signed_minutes_of_a_session_are_a_document() -> None:
    assert agreements("The ministers chaired the fourth session of the Joint Commission and"
                      " signed the minutes of the session.") == ["minutes of the session"]
    assert agreements("The talks lasted forty minutes of open discussion.") == []


def test_a_second_verb_of_the_same_subject_names_no_signatory() -> None:
    assert agreements("The ministers chaired the fourth session of the Joint Commission and"
                      " signed a memorandum on fisheries.") == ["memorandum on fisheries"]


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    from briefgen.ingest import release_from_bytes
    from briefgen.parse import parse_release
    summary = parse_release(release_from_bytes(text.encode(), "r.txt", dt.date(2025, 5, 3)))
    return [(p.name, p.title, p.country) for p in summary.participants]


def test_the_one_left_acting_at_home_takes_no_part() -> None:
    got = people("Prime Minister Ana Lind of Estonia will make an official visit to Chile."
                 " Deputy Prime Minister Tom Rebane will be Acting Prime Minister in"
                 " Prime Minister Lind's absence.")
    assert [g[0] for g in got] == ["Ana Lind"]


def test_a_visitor_making_a_visit_to_a_state_is_not_from_it() -> None:
    got = people("Prime Minister Ana Lind will make an Official Visit to Chile, at the"
                 " invitation of Chilean President Rosa Vidal. Prime Minister Lind is"
                 " accompanied by Minister for Foreign Affairs Dr Karl Sepp.")
    assert ("Ana Lind", "Prime Minister", "Chile") not in got
    assert any(g[:2] == ("Karl Sepp", "Minister for Foreign Affairs") for g in got)


def test_a_spouse_then_a_titled_minister_are_two_people() -> None:
    got = people("President Rosa Vidal met Prime Minister Ana Lind today. Prime Minister Lind"
                 " was accompanied by Mr Lind, Minister for Foreign Affairs Karl Sepp and"
                 " officials.")
    assert any(g[0] == "Karl Sepp" and g[1] == "Minister for Foreign Affairs" for g in got)


def test_two_heads_of_an_organisation_meeting_one_state_take_part() -> None:
    got = people("Today, we, the President of the European Council, Anna Rossi, the President"
                 " of the European Commission, Eva Berg, and the Prime Minister of Canada,"
                 " Paul Roy, met in Brussels.")
    assert {g[0] for g in got} == {"Anna Rossi", "Eva Berg", "Paul Roy"}


def test_a_headline_destination_is_no_part_of_a_leaders_title() -> None:
    got = people("Visit of the President of the Republic of Chile to India\n\nThe President"
                 " of the Republic of Chile, Ms. Rosa Vidal, is on a state visit to India."
                 " Prime Minister Arjun Rao held talks with President Vidal today.")
    assert ("Rosa Vidal", "President of the Republic of Chile", "Chile") in got


def test_long_portfolios_end_before_the_name() -> None:
    got = people("President Rosa Vidal met Prime Minister Ana Lind today. Minister of Public"
                 " Works and Public Housing Budi Santoso also attended.")
    assert "Budi Santoso" in {g[0] for g in got}
    got = people("Foreign Minister Wang Lin held talks with the Chilean Minister of Public"
                 " Works and Public Housing Luis Mora in Beijing.")
    assert ("Luis Mora", "Minister of Public Works and Public Housing", "Chile") in got


def test_talks_on_the_margins_of_a_leaders_meeting_are_a_meeting() -> None:
    doc = segment("Japan-Peru Summit Meeting\n\nOn November 15, Mr. ISHIBA Shigeru, Prime Minister"
                  " of Japan, who is visiting Lima to attend the APEC Economic Leaders' Meeting,"
                  " held a summit meeting with the President of Peru on the margins of the"
                  " meeting.")
    assert classify(doc).kind == "meeting"

