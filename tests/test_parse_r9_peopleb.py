"""Participants of issuers absent from our data (round 9, second pass on ext half B): page
furniture before a quoting headline, announcements written with a day between "will" and its
verb, second events in one briefing. Invented names and sentences only, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

from briefgen.parse import people as people_mod
from briefgen.parse.segment import segment

PUB = dt.date(2025, 6, 3)


def test_a_quoting_headline_after_site_furniture_is_no_transcript() -> None:
    # a scraped page: a line of site furniture, then a headline quoting its person ("X on
    # ...: “...”"), which reads like a speaker's turn after the first paragraph
    got = people(parse_invented(
        "You are being redirected to the state portal\n\n"
        "President Varo on his first day in Peru: “We have agreed on many joint actions”\n\n"
        "Veltria’s President, Tomas Varo Lind, began his official visit to Peru by meeting "
        "businesspersons. The meeting was also attended by Trade Minister Ilse Morant.\n\n"
        "In the evening President Varo held a bilateral meeting with President Ana Quispe "
        "at the Government Palace.\n", PUB))
    assert "Tomas Varo Lind" in got, got
    assert "Ilse Morant" in got, got
    assert "Ana Quispe" in got, got


def test_an_announcement_with_the_day_between_will_and_its_verb() -> None:
    got = people(parse_invented(
        "Peruvian President to undertake a State Visit to Veltria\n\n"
        "President Tomas Lind will on Friday host President Ana Quispe of the Republic of "
        "Peru on a State Visit at the Government House.\n\n"
        "The leaders will discuss trade and investment.\n", PUB))
    assert got.get("Tomas Lind", (None, None))[0] == "President", got
    assert got.get("Ana Quispe", (None, None))[1] == "Peru", got


def test_the_host_who_invites_is_not_the_one_who_travels() -> None:
    # "Y, at the invitation of President X, will undertake a visit to Z": X is no visitor
    # to Z; and a "Meanwhile" sentence of an announcement is a second, separate event
    got = people(parse_invented(
        "President Cyril Ramaphosa will on Friday host President Emmanuel Macron of the "
        "Republic of France on a State Visit in Pretoria.\n\n"
        "The leaders will discuss trade.\n\n"
        "Meanwhile, the Prime Minister of Peru, Dr Ana Quispe, at the invitation of "
        "President Ramaphosa, will undertake a Working Visit to South Africa on 17 June.\n",
        PUB))
    assert got.get("Cyril Ramaphosa", (None, None))[1] == "South Africa", got
    assert "Ana Quispe" not in got, got


def test_initials_glued_to_the_name_by_full_stops() -> None:
    # Mongolian and some Central Asian releases: "Kh.Battulga", "I.K.Azizov"
    got = people(parse_invented(
        "President of Mongolia Kh.Barsgol received Ambassador of Peru to Mongolia I.K.Quispe "
        "and Minister of Foreign Affairs of Mongolia D.Tumen on Monday.\n", PUB))
    assert "Kh.Barsgol" in got, got
    assert "I.K.Quispe" in got, got
    assert "D.Tumen" in got, got


def test_a_glottal_stop_written_as_a_quotation_mark_stays_in_the_name() -> None:
    got = people(parse_invented(
        "Prime Minister Lee Hsien Loong received the Prime Minister of Tonga Sione ‘Ofa "
        "Taufahema and the Prime Minister of the Cook Islands Mark Tavita in Singapore.\n",
        PUB))
    assert "Sione ‘Ofa Taufahema" in got, got
    assert got.get("Mark Tavita", (None, None))[1] == "Cook Islands", got


def test_a_state_name_with_a_lower_case_word_from_a_scrape() -> None:
    got = people(parse_invented(
        "Foreign Minister Lars Holm of Norway met the Foreign Affairs Minister of Cote "
        "d’ivoire, Awa Kone, in Oslo.\n", PUB))
    assert got.get("Awa Kone", (None, None))[1] == "Cote d'Ivoire", got


def test_a_dateline_with_no_comma_before_its_date() -> None:
    # the state the release files from and never names is its own side
    got = people(parse_invented(
        "Seoul May 2/2025 /KNA/ Prime Minister Kim Dae-ho received Foreign Minister Ana "
        "Quispe of Peru. Kim Dae-ho said the talks were useful.\n", PUB))
    assert got.get("Kim Dae-ho", (None, None))[1] == "South Korea", got


def _found(text: str) -> list[str]:
    """Everyone the people stage reads as a person (before choosing participants)."""
    found, _ = people_mod.find_people(segment(text, None))
    return [p.name for p in found]


def test_an_office_ending_in_an_abstract_noun_leaves_no_name() -> None:
    # "The Founder of Peace and National Unity, Leader of the Nation, President X"
    got = _found(
        "The Founder of Peace and National Unity, Leader of the Nation, President of "
        "Tajikistan Emomali Rahmon met with the President of Peru Ana Quispe in Dushanbe.\n")
    assert "Unity" not in got, got
    assert "Emomali Rahmon" in got, got


def test_a_page_label_before_the_date_is_no_name() -> None:
    got = _found(
        "President Widodo meets leaders\n\n"
        "By Office of Assistant to Deputy Cabinet Secretary for State Documents & Translation"
        "     Date 15 May 2025\n\n"
        "President Joko Widodo met President Ana Quispe of Peru in Bali.\n")
    assert "Date" not in got, got
    assert "Joko Widodo" in got, got


def test_a_military_rank_before_a_name_and_the_office_after_it() -> None:
    # "received Brigadier General X, Senior Director for ...": the rank leads to the name,
    # the office in apposition is the title; an initial "A." is no article
    got = people(parse_invented(
        "Foreign Minister Ana Quispe of Peru has received Brigadier General Tomas A. Reed, "
        "Senior Director for Andean Affairs, National Security Council of the United "
        "States, in Lima.\n", PUB))
    assert "Tomas A. Reed" in got, got
    assert got["Tomas A. Reed"][0].startswith("Senior Director for Andean Affairs"), got


def test_a_rank_of_two_words_after_an_office_in_apposition() -> None:
    got = people(parse_invented(
        "President Ana Quispe of Peru met the Governor-General, HE Major General Tom Reed, "
        "and Prime Minister Jane Holt in Canberra.\n", PUB))
    assert got.get("Tom Reed", (None, None))[0] == "Governor-General", got


def test_a_bare_rank_before_one_word_names_no_one() -> None:
    got = _found("Minister Ana Quispe of Peru will attend the UN General Assembly and deliver "
                 "the General Debate statement in New York.\n")
    assert "Debate" not in got, got


def test_a_delegation_named_by_a_states_initials_and_a_list_in_semicolons() -> None:
    got = people(parse_invented(
        "President Ana Quispe of Peru received a delegation from the United States in Lima.\n\n"
        "Also present was the Peruvian Foreign Minister, Luis Tello. The U.S. delegation "
        "consisted of the U.S. Ambassador to Peru, Tom Reed; political advisor Jane Holt; "
        "and advisor Mark Dunn, who were also present at the meeting.\n", PUB))
    assert got.get("Tom Reed", (None, None))[1] == "United States", got
    assert got.get("Jane Holt", (None, None))[1] == "United States", got
    assert got.get("Mark Dunn", (None, None))[1] == "United States", got


def test_envoys_presenting_credentials_in_a_list_of_name_dash_state_lines() -> None:
    got = people(parse_invented(
        "The President of the Republic, Ana Quispe, received letters of credence of the "
        "following envoys on Friday at the Government Palace:\n\n"
        "H.E. Mr. Tom Reed – Republic of Tunisia\n\n"
        "H.E. Dr. Jane Holt – Ukraine\n\n"
        "H.E. the President congratulated both envoys and wished them a fruitful stay in "
        "Peru.\n", PUB))
    assert got.get("Tom Reed") == ("Ambassador", "Tunisia"), got
    assert got.get("Jane Holt") == ("Ambassador", "Ukraine"), got


def test_an_envoys_brief_is_not_their_state() -> None:
    got = people(parse_invented(
        "Crown Prince Tariq Al Mansour of the United Arab Emirates received Senator Ben "
        "Hale of the United States. The US delegation included Tom Reed, Special Envoy for "
        "Iran, and several senior officials.\n", PUB))
    assert got.get("Tom Reed", (None, None))[1] == "United States", got


def test_a_highness_in_a_list_of_those_present_is_an_official() -> None:
    got = people(parse_invented(
        "Crown Prince Tariq Al Mansour of the United Arab Emirates received Senator Ben "
        "Hale of the United States in Abu Dhabi.\n\nThe meeting was attended by H.H. Sheikh "
        "Saif bin Tariq Al Mansour; H.H. Hamid bin Saif bin Tariq Al Mansour; and Sheikh "
        "Omar Al Mansour, Chairman of the Ports Authority.\n", PUB))
    assert "Hamid bin Saif bin Tariq Al Mansour" in got, got


def test_a_counterpart_without_a_possessive_and_a_capitalised_noun_that_will() -> None:
    # "held a meeting with Chilean counterpart X ..., within the framework of the Leaders'
    # Meeting that will take place in ...": a noun's relative clause, not a later event
    got = people(parse_invented(
        "Peruvian Foreign Affairs Minister Luis Tello held a meeting with Chilean counterpart "
        "Alberto van Hecke on Tuesday, within the framework of the APEC Leaders' Meeting that "
        "will take place in San Francisco.\n", PUB))
    assert got.get("Alberto van Hecke", (None, None))[1] == "Chile", got
    assert "Luis Tello" in got, got


def test_a_portfolio_word_in_lower_case_inside_an_office_in_apposition() -> None:
    got = people(parse_invented(
        "H.E. Hon. Dr. Tom Reed, Cabinet Secretary for Foreign Affairs of Kenya, together with "
        "his counterpart H.E. Ali Omar Farah, Minister of Foreign Affairs and International "
        "cooperation of the Federal Republic of Somalia, today led the Ministerial Session in "
        "Nairobi.\n", PUB))
    assert got.get("Ali Omar Farah", (None, None))[1] == "Somalia", got


def test_two_lists_of_parties_in_two_offices() -> None:
    s = parse_invented(
        "President Ana Quispe returns home\n\n"
        "After a three-day visit to Tajikistan to attend the summit, President Ana Quispe of "
        "Peru arrived in Lima on Saturday.\n\n"
        "During the visit, the President met with the Presidents of Uzbekistan, Belarus, "
        "Kazakhstan and Turkmenistan, and the Prime Ministers of Pakistan, Armenia and "
        "Tajikistan.\n", PUB)
    for state in ("Uzbekistan", "Belarus", "Kazakhstan", "Turkmenistan", "Pakistan", "Armenia"):
        assert state in s.countries, s.countries


def test_a_capital_inside_a_name_word_is_its_spelling_unless_an_office_runs_on() -> None:
    got = _found("Minister Ana Quispe of Peru conferred with Abraham Korir SingOei, the "
                 "Principal Secretary of Foreign Affairs of Kenya, in Lima.\n")
    assert "Abraham Korir SingOei" in got, got
    got = _found("Kassym-JomartPresident Tom Reed met Minister Ana Quispe of Peru in Lima.\n")
    assert not any("Kassym" in name for name in got), got


def test_a_state_agency_filing_from_the_venue_of_a_summit_is_the_host_side() -> None:
    # filed from the venue's capital, on the margins of a body's meeting held there: the
    # official the release opens on, with no state written, is of the state it files from
    s = parse_invented(
        "Addis Ababa February 15/2025 /ENA/ Deputy Prime Minister and Minister of Foreign "
        "Affairs, Tesfaye Bekele has conferred with Foreign Affairs Ministers of various "
        "countries.\n\n"
        "Tesfaye exchanged views with the ministers on the margins of the Ordinary Session of "
        "the Executive Council of the African Union, which has kicked off today in Addis "
        "Ababa.\n\n"
        "Tesfaye conferred with Spain's Foreign Affairs Minister, Luis Ortega, and the "
        "Foreign Affairs Minister of Somalia, Ali Omar Farah.\n\n"
        "Furthermore, Tesfaye discussed enhancing Ethiopia's existing relations with the "
        "respective countries.\n\n"
        "Similarly, State Minister of Foreign Affairs Ambassador Hana Girma has also conferred "
        "with Tom Okello, the Principal Secretary of Foreign Affairs of Kenya, on regional "
        "issues.\n", PUB)
    got = people(s)
    assert got.get("Tesfaye Bekele", (None, None))[1] == "Ethiopia", got
    assert got.get("Hana Girma", (None, None))[1] == "Ethiopia", got
    assert "Ethiopia" in s.countries, s.countries


def test_a_long_office_in_apposition_with_a_states_initials_and_its_bureau() -> None:
    got = people(parse_invented(
        "President Ana Quispe of Peru met the Acting Assistant Secretary for U.S. Department "
        "of State's Bureau of Western Hemisphere Affairs, Tom Reed, in Lima.\n", PUB))
    assert got.get("Tom Reed", (None, None))[0] == (
        "Acting Assistant Secretary for U.S. Department of State's Bureau of Western "
        "Hemisphere Affairs"), got
    got = people(parse_invented(
        "President Ana Quispe of Peru met the Assistant Secretary for Western Hemisphere "
        "Affairs, Tom Reed, in Lima.\n", PUB))
    assert got.get("Tom Reed", (None, None))[0] == (
        "Assistant Secretary for Western Hemisphere Affairs"), got


def test_the_leader_a_guest_calls_on_is_a_host() -> None:
    got = people(parse_invented(
        "Official Visit of the Prime Minister of Sri Lanka Ana Perera to Singapore, 17 to 19 "
        "July 2025\n\n"
        "Prime Minister of Sri Lanka Ana Perera received a ceremonial welcome at the Istana "
        "in Singapore this morning. He called on President Tom Reed Kah Wee and met Prime "
        "Minister Lee Hsien Loong.\n", PUB))
    assert got.get("Tom Reed Kah Wee", (None, None))[1] == "Singapore", got


def test_second_minister_is_one_office_held_beside_another() -> None:
    got = people(parse_invented(
        "Prime Minister Jane Holt of the United Kingdom met Prime Minister Lee Hsien Loong in "
        "Singapore. Also present was Second Minister for the Environment and Water Resources "
        "and Second Minister for Foreign Affairs Mary Tan.\n", PUB))
    assert got.get("Mary Tan", (None, None))[0] == (
        "Second Minister for the Environment and Water Resources and Second Minister for "
        "Foreign Affairs"), got


def test_a_leaders_visit_destination_and_style_stay_out_of_title_and_name() -> None:
    got = people(parse_invented(
        "Official Visit of the Right Honourable Jane Holt, Prime Minister of the United "
        "Kingdom to Singapore, 27 to 29 July 2025\n\n"
        "Prime Minister Jane Holt met Prime Minister Lee Hsien Loong at the Istana.\n", PUB))
    assert got.get("Jane Holt", (None, None))[0] == "Prime Minister of the United Kingdom", got


def test_an_initial_in_a_name_after_a_long_body_name() -> None:
    got = _found("President Putin was accompanied by CEO of the Russian Direct Investment Fund "
                 "Kirill A. Dmitrov and heads of some Russian companies.\n")
    assert "Kirill A. Dmitrov" in got, got


def test_a_lower_case_office_of_a_seat_of_state_joined_to_a_leader() -> None:
    got = people(parse_invented(
        "Peru's President, Ana Quispe, began her official visit to Chile by meeting "
        "businesspersons.\n\n"
        "After the meeting, President Ana Quispe and the sociocultural coordinator of the "
        "Presidency, Rosa Mendez, traveled to a park in Santiago, where they laid a wreath. "
        "President Tom Reed of Chile later held a bilateral meeting with President Quispe.\n",
        PUB))
    assert got.get("Rosa Mendez") == ("coordinator of the Presidency", "Peru"), got


def test_a_reported_trip_in_the_first_line_is_no_headline_infinitive() -> None:
    assert people_mod._HEADLINE_TO_VISIT.match("Peruvian President to undertake a State Visit")
    assert not people_mod._HEADLINE_TO_VISIT.match(
        "The President flew to Accra to attend the summit")


def test_a_news_agencys_short_lower_case_offices() -> None:
    got = people(parse_invented(
        "President Ana Quispe of Peru met with China's top diplomat Wang Yi and China's top "
        "legislator, Zhao Leji, in Beijing.\n", PUB))
    assert got.get("Wang Yi") == ("top diplomat", "China"), got
    assert got.get("Zhao Leji") == ("top legislator", "China"), got


def test_the_untitled_last_member_of_an_attendance_list() -> None:
    got = people(parse_invented(
        "President Ana Quispe of Peru received the US Assistant Secretary of State, Tom Reed, "
        "in Lima.\n\nAlso in attendance were the Peruvian Secretary for Strategic Affairs, "
        "Luis Tello, and Jorge Arguedas.\n", PUB))
    assert got.get("Jorge Arguedas", (None, None))[1] == "Peru", got
