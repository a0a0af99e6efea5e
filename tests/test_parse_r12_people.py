"""Participants of issuers absent from our data (round 12): forms of address of other
regions, offices that name a region, and names of other shapes. Invented names and sentences
only, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

PUB = dt.date(2025, 3, 12)


def test_a_regional_form_of_address_opens_the_name_not_the_office() -> None:
    # "Minister of Trade Bapak X", "State Minister Ato Y", "Minister of Investment Tengku Z":
    # the form of address is no name word; the holder is found, the office is the title
    for style in ("Bapak", "Ato", "Tengku", "Engr"):
        got = people(parse_invented(
            f"Minister of Trade {style} Baruno Wiratmo received the Ambassador of Albania, "
            "Ilvar Tomesk, in Veltria City.\n", PUB))
        assert got.get("Baruno Wiratmo", (None,))[0] == "Minister of Trade", (style, got)


def test_a_courtesy_word_after_a_court_office_is_the_holders() -> None:
    # "Minister of the Amiri Diwan Sheikh X": the courtesy word opens the name
    got = people(parse_invented(
        "The Minister of the Amiri Diwan Sheikh Tarek Jaber Al-Harun received the Ambassador "
        "of Albania, Ilvar Tomesk.\n", PUB))
    assert got["Tarek Jaber Al-Harun"][0] == "Minister of the Amiri Diwan", got


def test_an_office_for_a_world_region_ends_before_the_holders_name() -> None:
    # "Minister of State for the Middle East X": "East" opens no name, so the region is the
    # office's and the name follows (the holder had been lost)
    got = people(parse_invented(
        "Minister of State for the Middle East Tomas Verley met Albania's Foreign Minister "
        "Ilvar Tomesk in London today.\n", PUB))
    assert got["Tomas Verley"][0] == "Minister of State for the Middle East", got


def test_those_accompanying_a_guest_named_by_name_take_the_guests_state() -> None:
    # "X was accompanied by A and B": the guest's company, not the host's officials
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Maltese Prime Minister Joran Paskeli received the visiting "
        "Albanian Deputy Prime Minister "
        "Ilvar Tomesk. Ilvar Tomesk was accompanied by Minister of Commerce Teodor Malik and "
        "Secretary of State Omar Qadeem.\n", PUB))
    assert got["Teodor Malik"][1] == "Albania", got
    assert got["Omar Qadeem"][1] == "Albania", got


def test_a_desk_in_brackets_and_a_civil_service_grade_stay_in_the_office() -> None:
    # "Additional Secretary (Gulf) X", "Joint Secretary Y": South Asian ministries' grades
    # and desks (the bracket had cut the holder off the office, who was then lost)
    got = people(parse_invented(
        "External Affairs Minister Joran Paskeli met the Foreign Minister of Oman, Ilvar "
        "Tomesk. Additional Secretary (Gulf) Teodor Malik and Joint Secretary Omar Qadeem "
        "were present.\n", PUB))
    assert got["Teodor Malik"][0] == "Additional Secretary (Gulf)", got
    assert got["Omar Qadeem"][0] == "Joint Secretary", got


def test_a_former_office_in_a_list_does_not_pass_to_the_next_member() -> None:
    # "received X, former President, and the Ambassador of Y, Z": Z holds the office now
    got = people(parse_invented(
        "President Joran Paskeli received Chief Teodor Malik, former President, and the "
        "Ambassador of Italy, Ilvar Tomesk, at the Villa.\n", PUB))
    assert got.get("Ilvar Tomesk", (None,))[0] == "Ambassador of Italy", got


def test_news_agency_short_offices_in_lower_case_name_an_official() -> None:
    # "Veltrian leader X", "Albania's trade chief Y": the holder had been lost
    got = people(parse_invented(
        "Moscow, 10 March 2025 – Russian envoy Teodor Malik held talks with Syrian leader "
        "Ilvar Tomesk in Damascus. Albania's trade chief Omar Qadeem also took part.\n", PUB))
    assert got["Ilvar Tomesk"][0] == "leader", got
    assert got["Omar Qadeem"][0] == "trade chief", got


def test_a_special_assistant_after_and_is_a_second_person() -> None:
    # "Federal Minister for Information X and Special Assistant Y": two offices, two people
    got = people(parse_invented(
        "Prime Minister Joran Paskeli met the Minister of State of Oman, Ilvar Tomesk. "
        "Federal Minister for Information Teodor Malik and Special Assistant Omar Qadeem "
        "were also present.\n", PUB))
    assert got["Teodor Malik"][0] == "Federal Minister for Information", got
    assert got["Omar Qadeem"][0] == "Special Assistant", got


def test_a_leaders_media_aide_who_issues_the_release_takes_no_part() -> None:
    got = people(parse_invented(
        "President Joran Paskeli received the Foreign Minister of Oman, Ilvar Tomesk, at the "
        "Villa.\n\nThe visit was announced by Aya Lindqvist, Special Assistant to the "
        "President on Media, in a press note.\n", PUB))
    assert "Aya Lindqvist" not in got, got


def test_a_lower_case_office_of_a_named_state_in_apposition_titles_the_name() -> None:
    # "X, Albania's minister of foreign affairs, received Y": the state's possessive before
    # the office had hidden the apposition, and X (untitled, no verb after) was dropped
    for owner in ("Albania's", "the Albanian"):
        got = people(parse_invented(
            f"Tirana, 10 March 2025 – Ilvar Tomesk, {owner} minister of foreign affairs, "
            "received his Maltese counterpart Teodor Malik.\n", PUB))
        assert got.get("Ilvar Tomesk", (None,))[0] == "minister of foreign affairs", (owner, got)


def test_mr_x_met_mr_y_both_take_part() -> None:
    # untitled, each named with a courtesy word: the one the lead's actor meets takes part
    got = people(parse_invented(
        "Tirana, 10 March 2025 – Mr. Tomesk met Mr. Malik in Tirana on Monday. Mr. Tomesk "
        "thanked Mr. Malik for the warm welcome.\n", PUB))
    assert "Malik" in got and "Tomesk" in got, got


def test_two_members_of_one_ruling_house_are_two_people() -> None:
    # "Marwan Al-Ahmad Al-Harun" and "Munir Abdullah Al-Zaki Al-Harun": one family name, two
    # full names whose given names differ (the second had been merged into the first)
    got = people(parse_invented(
        "His Highness the Amir Sheikh Marwan Al-Ahmad Al-Jaber Al-Harun received Maltese "
        "Minister of Defence Teodor Malik, in the presence of Minister of Amiri Diwan Affairs "
        "Sheikh Munir Abdullah Al-Zaki Al-Harun.\n", PUB))
    assert got.get("Munir Abdullah Al-Zaki Al-Harun", (None,))[0] == (
        "Minister of Amiri Diwan Affairs"), got


def test_a_regional_bodys_members_and_a_portfolios_peoples_are_no_name() -> None:
    # "... of the Organization of Turkic States X", "Minister for Pacific Peoples Y"
    got = people(parse_invented(
        "Foreign Minister Joran Paskeli met with the Secretary General of the Organization of "
        "Turkic States Ilvar Tomesk. Minister for Pacific Peoples Teodor Malik also took "
        "part.\n", PUB))
    assert "Ilvar Tomesk" in got and "Teodor Malik" in got, got


def test_a_host_who_will_today_host_a_guest_takes_part_in_the_announced_event() -> None:
    # "X will today host Y": a day word between the verbs still announces the event, whose
    # future-tense sentences name its participants (both had been dropped as later events)
    got = people(parse_invented(
        "Pretoria, 10 March 2025 – The Minister of International Relations, Mr Joran "
        "Paskeli, will today host his counterpart from the Kingdom of Lesotho, Honourable "
        "Ilvar Tomesk, for the Joint Bilateral Commission.\n", PUB))
    assert "Joran Paskeli" in got and "Ilvar Tomesk" in got, got


def test_a_known_leaders_fuller_name_after_of_state_is_all_name() -> None:
    # "Prime Minister of Pakistan Muhammad Shehbaz Sharif": the known "Shehbaz Sharif" inside
    # the fuller name had left "Muhammad" in the office
    got = people(parse_invented(
        "Doha, 4 March 2025 – The Amir received Prime Minister of Pakistan Muhammad Shehbaz "
        "Sharif at the Amiri Diwan.\n", PUB))
    assert got.get("Muhammad Shehbaz Sharif", (None,))[0] == "Prime Minister of Pakistan", got


def test_a_family_name_in_capitals_after_a_courtesy_words_full_stop() -> None:
    # "H.E. Ms. Maria Teodora MALIKA": the name was split at the capitals
    got = people(parse_invented(
        "Tokyo, 10 March 2025 – Mr. IWASAKI Takeo, Minister for Foreign Affairs of Japan, held "
        "a meeting with H.E. Ms. Maria Teodora MALIKA, Secretary of Foreign Affairs of the "
        "Republic of the Philippines.\n", PUB))
    assert "Maria Teodora MALIKA" in got, got


def test_members_of_parliament_named_by_mp_or_in_a_row_take_part() -> None:
    # "received MP X", "a bloc which included MPs: A, B and C", "Congressmen D and E"
    got = people(parse_invented(
        "Valletta, 10 March 2025 – The Speaker, Joran Paskeli, held talks with the Albanian "
        "Ambassador, Ilvar Tomesk, joined by MP Teodor Malik. Opposition members also came, "
        "among them MPs: Omar Qadeem, Aya Lindqvist and Rafe Morrow.\n", PUB))
    for name in ("Teodor Malik", "Omar Qadeem", "Aya Lindqvist", "Rafe Morrow"):
        assert got.get(name, (None,))[0] == "MP", (name, got)
    got = people(parse_invented(
        "Kyiv, 10 March 2025 – President Joran Paskeli met with a delegation of US "
        "Congressmen Teodor Malik and Omar Qadeem.\n", PUB))
    assert got.get("Omar Qadeem", (None,))[0] == "Congressman", got


def test_letters_after_a_name_are_no_office_of_the_next_person() -> None:
    got = people(parse_invented(
        "Canberra, 10 March 2025 – The Hon Joran Paskeli MP and Prime Minister of Albania "
        "Ilvar Tomesk held talks.\n", PUB))
    assert got.get("Ilvar Tomesk", (None,))[0] == "Prime Minister of Albania", got


def test_a_delegation_list_of_name_dash_office_lines() -> None:
    # one line per member, "Name – Office": each line's office ends with the line
    got = people(parse_invented(
        "Valletta, 10 March 2025 – The Maltese delegation consisted of:\n"
        "Teodor Malik – Minister of Foreign Affairs\n"
        "Omar Qadeem – Ambassador of Malta to Albania\n"
        "Aya Lindqvist – Director of the Europe Department\n", PUB))
    assert got.get("Teodor Malik", (None,))[0] == "Minister of Foreign Affairs", got
    assert got.get("Omar Qadeem", (None,))[0] == "Ambassador of Malta to Albania", got
    assert "Aya Lindqvist" in got, got


def test_african_ministries_styles_of_an_office_then_its_holder() -> None:
    # "... and International Cooperation Hon. X, MP": the run that ends in a portfolio word
    # is all office (the holder had been lost) and ", MP," is no office of his
    got = people(parse_invented(
        "Lusaka, 10 March 2025 – Minister of Foreign Affairs and International Cooperation "
        "Hon. Teodor Malik, MP, met the Ambassador of Spain, Ilvar Tomesk.\n", PUB))
    assert got.get("Teodor Malik", (None,))[0] == (
        "Minister of Foreign Affairs and International Cooperation"), got
    # "Minister of State for X (Regional Cooperation), Hon. Y": a desk in brackets, then
    # the apposition (the holder had been lost)
    got = people(parse_invented(
        "Kampala, 10 March 2025 – The Minister of State for Foreign Affairs (Regional "
        "Cooperation), Hon. Omar Qadeem, received the Ambassador of Spain, Ilvar Tomesk.\n",
        PUB))
    assert got.get("Omar Qadeem", (None,))[0] == (
        "Minister of State for Foreign Affairs (Regional Cooperation)"), got
    # "The Minister of Foreign Affairs, Amb. Z": the envoy's rank he keeps is no office
    got = people(parse_invented(
        "Abuja, 10 March 2025 – The Minister of Foreign Affairs, Amb. Aya Lindqvist, "
        "received the Ambassador of Spain, Ilvar Tomesk.\n", PUB))
    assert got.get("Aya Lindqvist", (None,))[0] == "Minister of Foreign Affairs", got


def test_a_chinese_family_name_that_is_an_english_word_after_an_office() -> None:
    # "Vice Premier He X": "He" is the family name there, not the pronoun
    got = people(parse_invented(
        "Beijing, 10 March 2025 – Chinese Vice Premier He Lifan met with Albanian Deputy Prime "
        "Minister Ilvar Tomesk. He said China is ready to work with Albania.\n", PUB))
    assert got.get("He Lifan", (None,))[0] == "Vice Premier", got


def test_a_host_official_receiving_an_unnamed_envoy_is_of_the_dateline_state() -> None:
    # "Kampala, 2 May. The Minister, X, received the Ambassador of Spain": the state the
    # release files from and never names is the host's, not the guest's
    for line in ("Kampala, 10 March 2025 –", "KAMPALA, March 10 (AGENCY) –"):
        got = people(parse_invented(
            f"{line} The Minister of State for Foreign Affairs, Hon. Teodor Malik, received "
            "the Ambassador of Spain.\n", PUB))
        assert got.get("Teodor Malik", (None, None))[1] == "Uganda", (line, got)


def test_someone_congratulated_or_invited_for_another_occasion_takes_no_part() -> None:
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Foreign Minister Teodor Malik held talks with Albanian "
        "Foreign Minister Ilvar Tomesk. Tomesk invited Prime Minister Aya Lindqvist to visit "
        "Albania, and Malik congratulated President-elect Omar Qadeem on his victory.\n", PUB))
    assert "Aya Lindqvist" not in got and "Omar Qadeem" not in got, got


def test_untitled_members_a_guest_is_accompanied_by_take_part_on_the_guests_side() -> None:
    # "The Albanian minister was accompanied by X and Y": both untitled list members count
    # (the cue's list had read "X, Y" but not "X and Y"), and take the guest's state
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Foreign Minister Teodor Malik held talks with Albanian "
        "Foreign Minister Ilvar Tomesk. The Albanian minister was accompanied by Rafe Morrow "
        "and Aya Lindqvist.\n", PUB))
    assert got.get("Rafe Morrow", (None, None))[1] == "Albania", got
    assert got.get("Aya Lindqvist", (None, None))[1] == "Albania", got


def test_the_official_a_release_opens_on_with_no_state_is_of_its_dateline() -> None:
    # "Valletta, 2 May. Foreign Minister X held talks with Albanian Foreign Minister Y.
    # Joining were Maltese Ambassador Z ...": X is the release's own side (Malta), not the
    # state the text names most
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Foreign Minister Teodor Malik held talks with Albanian "
        "Foreign Minister Ilvar Tomesk. Joining the meeting were Maltese Ambassador Aya "
        "Lindqvist and Director-General Rafe Morrow.\n", PUB))
    assert got["Teodor Malik"][1] == "Malta", got


def test_an_office_in_lower_case_after_the_name_titles_the_official() -> None:
    # "X, deputy director of the Europe Department of Albania, and Y, chief executive of Z":
    # an office a page writes in lower case after the name (both had been lost, untitled
    # names with no verb after them)
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Foreign Minister Teodor Malik met Rafe Morrow, deputy "
        "director of the Europe Department of Albania, and Aya Lindqvist, chief executive of "
        "Nordic Capital.\n", PUB))
    assert got.get("Rafe Morrow") == (
        "deputy director of the Europe Department of Albania", "Albania"), got
    assert got.get("Aya Lindqvist", (None,))[0] == "chief executive of Nordic Capital", got
    # (not a clause or a list after the comma: "X, who ...", "X, and Y")
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Foreign Minister Teodor Malik met Albanian Foreign Minister "
        "Ilvar Tomesk. Rafe Morrow, then said to be ill, stayed home.\n", PUB))
    assert "Rafe Morrow" not in got, got


def test_a_counterpart_named_before_the_role_noun_takes_part() -> None:
    # "received X, his Albanian counterpart": the name had no title to be found by
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Teodor Malik, Malta's Minister for Foreign Affairs, "
        "received Ilvar Tomesk, his Albanian counterpart.\n", PUB))
    assert got.get("Ilvar Tomesk", (None, None))[1] == "Albania", got


def test_an_opening_phrases_last_name_is_no_list_member_of_the_subject() -> None:
    # "During the meeting with the Albanian Minister, X, Foreign Minister Y stressed": Y is
    # the sentence's subject, not listed beside X (Y had taken Albania)
    got = people(parse_invented(
        "Valletta, 10 March 2025 – During the meeting with the Albanian Minister of Foreign "
        "Affairs, Ilvar Tomesk, Foreign Minister Teodor Malik stressed the importance of "
        "trade.\n", PUB))
    assert got["Teodor Malik"][1] != "Albania", got


def test_untitled_names_a_host_receives_or_who_open_the_lead_take_part() -> None:
    # "President X received Y at ...", "welcomed Y and Z", "Valletta, 2 May – X and Y held
    # talks": untitled names with no verb after them had been lost
    got = people(parse_invented(
        "Valletta, 10 March 2025 – President Teodor Malik received Ilvar Tomesk at the Grand "
        "Master's Palace on Monday.\n", PUB))
    assert "Ilvar Tomesk" in got, got
    got = people(parse_invented(
        "Valletta, 10 March 2025 – President Teodor Malik welcomed Ilvar Tomesk and Rafe "
        "Morrow to the Palace.\n", PUB))
    assert "Ilvar Tomesk" in got and "Rafe Morrow" in got, got
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Teodor Malik and Ilvar Tomesk held talks in Valletta on "
        "Monday.\n", PUB))
    assert "Teodor Malik" in got and "Ilvar Tomesk" in got, got


def test_an_office_in_apposition_to_one_name_is_not_the_next_names() -> None:
    # "Ambassador A, Head of the Protocol Department, Dr B, Albania's Ambassador to Malta,":
    # B has his own office after his name (he had taken A's, then been merged away)
    got = people(parse_invented(
        "Valletta, 10 March 2025 – Foreign Minister Teodor Malik received the Albanian "
        "delegation. Also present were Ambassador Omar Qadeem Hamdan, Head of the Protocol "
        "Department, Dr Rafe Ilvar Morrow, Albania's Ambassador to Malta, and other staff.\n",
        PUB))
    assert got.get("Rafe Ilvar Morrow") == ("Ambassador to Malta", "Albania"), got
    assert got["Omar Qadeem Hamdan"][0] == "Head of the Protocol Department", got


def test_one_name_transliterated_two_ways_is_one_person() -> None:
    # "Minister Hadiki" in the headline, "Samir Hadki" in the body: one minister whose name
    # the page spells two ways (the headline's form had been a second person)
    got = people(parse_invented(
        "Foreign Minister Samir Hadki held talks on Monday with the Albanian Ambassador "
        "Ilvar Tomesk. Minister Hadki thanked the ambassador.\n", PUB,
        title="Minister Hadiki meets the Albanian envoy"))
    assert "Hadiki" not in got and "Samir Hadki" in got, got


def test_a_courtesy_abbreviation_the_segmenter_ends_a_sentence_on_keeps_its_name() -> None:
    # "Eng.", "Atty.", "Md.", "Cde." end no sentence: the name after them had been lost
    cases = [
        ("The Minister of Housing, Eng. Teodor Malik, received the Ambassador of Italy, "
         "Ilvar Tomesk.", "Teodor Malik", "Minister of Housing"),
        ("Secretary of Justice Atty. Teodor Malik received the Ambassador of Italy, Ilvar "
         "Tomesk.", "Teodor Malik", "Secretary of Justice"),
        ("His Excellency, the President of the Republic, Cde. Teodor Malik, received the "
         "Ambassador of Italy, Ilvar Tomesk.", "Teodor Malik", "President of the Republic"),
        ("Foreign Adviser Md. Teodor Malik received the Ambassador of Italy, Ilvar Tomesk.",
         "Md. Teodor Malik", "Foreign Adviser"),
    ]
    for text, name, title in cases:
        got = people(parse_invented(f"Valletta, 10 March 2025 – {text}\n", PUB))
        assert got.get(name, (None,))[0] == title, (text, got)
