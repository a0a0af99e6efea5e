"""Participants of issuers absent from our data (round 10): who is said to be present,
accompanying or received, and name shapes of other states' releases. Invented names and
sentences only, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

PUB = dt.date(2025, 6, 3)


def test_officials_listed_as_present_at_the_meeting_take_part() -> None:
    # a spokesman's office in the list belongs to the name after it, not to the minister
    # before it; "Present at the meeting were also ..." names those who attend
    got = people(parse_invented(
        "President Joran Paskeli met today with the President of Albania, Ms Ilvar Tomesk. "
        "The two Presidents discussed trade.\n\nPresent at the meeting were also the Minister "
        "of Defence, Mr Teodor Malik, the Government Spokesman, Mr Omar Qadeem, and "
        "government officials.\n", PUB))
    assert got["Teodor Malik"][0] == "Minister of Defence"
    assert got["Omar Qadeem"][0] == "Government Spokesman"


def test_a_malay_rulers_full_name_runs_through_his_late_fathers_name() -> None:
    got = people(parse_invented(
        "His Majesty Sultan Haji Zafir Harun ibni Al-Marhum Sultan Haji Omar 'Ali Qasdien "
        "received Prime Minister Joran Paskeli of Albania.\n", PUB))
    assert "Zafir Harun ibni Al-Marhum Sultan Haji Omar 'Ali Qasdien" in got, got
    assert not any(name.startswith("Omar") for name in got), got


def test_a_conferred_style_before_the_courtesy_words_is_no_name() -> None:
    # "Pehin X Y Dato Paduka Seri Z Ustaz Haji <name>": the style is written like a name;
    # the name is the one after the last courtesy words, father's styles and all
    got = people(parse_invented(
        "King Harun of Veltria received Prime Minister Joran Paskeli of Albania. Also present "
        "was Yang Berhormat Pehin Orang Kaya Dato Paduka Seri Indera Ustaz Haji Awang Tarek "
        "bin Pengarah Dato Paduka Haji Awang Salim, Minister of Religious Affairs.\n", PUB))
    assert got.get("Awang Tarek bin Pengarah Dato Paduka Haji Awang Salim", (None,))[0] == (
        "Minister of Religious Affairs"), got
    assert not any(name.startswith("Orang") for name in got), got


def test_an_office_in_apposition_may_open_with_its_state() -> None:
    got = people(parse_invented(
        "On 17 May, Foreign Minister Joran Paskeli of Albania had a bilateral meeting with "
        "the Honorable Ilvar Tomesk, U.S. Secretary of State, during the visit. He was seen "
        "off at the airport by Mrs Teodor Malik, Nigeria’s High Commissioner to Albania, and "
        "Amb. Omar Qadeem, Executive Director, Ministry of Foreign Affairs.\n", PUB))
    assert got["Ilvar Tomesk"] == ("Secretary of State", "United States")
    assert got["Teodor Malik"] == ("High Commissioner to Albania", "Nigeria")
    assert got["Omar Qadeem"][0].startswith("Executive Director")


def test_a_states_office_between_two_names_in_a_list_is_the_next_ones() -> None:
    got = people(parse_invented(
        "Minister Joran Paskeli exchanged views with Foreign Minister of Albania, Ilvar "
        "Tomesk, Spain’s Foreign Minister, Teodor Malik, and Foreign Minister of Ghana, Omar "
        "Qadeem.\n", PUB))
    assert got["Ilvar Tomesk"][1] == "Albania"
    assert got["Teodor Malik"][1] == "Spain"


def test_a_delegation_list_of_offices_each_before_a_styled_name() -> None:
    # "Title Hon. Name, Title Hon. Name, ...": each office is the next name's, not an
    # apposition of the name before it; untitled members of the list come along too
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania met President Harun Bolk of Ghana in Accra. "
        "Accompanied by a delegation including former ministers Sir Dravek Onsul, Minister "
        "for Foreign Affairs Hon. Ilvar Tomesk, Minister Assisting the Prime Minister on "
        "Treasury Hon. Teodor Malik, and Chief Secretary to Government Mr. Omar Qadeem, the "
        "Prime Minister laid a wreath.\n", PUB))
    assert got["Ilvar Tomesk"][0] == "Minister for Foreign Affairs"
    assert got["Teodor Malik"][0] == "Minister Assisting the Prime Minister on Treasury"
    assert got["Omar Qadeem"][0] == "Chief Secretary to Government"
    assert "Dravek Onsul" in got, got


def test_members_of_an_accompanying_list_with_lower_case_words_take_part() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Albania met Prime Minister Harun Bolk of Ghana on Monday. "
        "The President was accompanied by Minister of International Affairs and Cooperation, "
        "Dr Ilvar Tomesk, Mr Teodor Malik, and some senior officials.\n", PUB))
    assert "Teodor Malik" in got, got
    # a name after the list's end is not a member
    got = people(parse_invented(
        "President Joran Paskeli of Albania met Prime Minister Harun Bolk of Ghana on Monday. "
        "The President was accompanied by Minister Ilvar Tomesk, who thanked Mr Teodor Malik "
        "for his work.\n", PUB))
    assert "Teodor Malik" not in got, got


def test_a_former_leader_met_during_the_visit_takes_part() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania held meetings with Prime Minister Harun Bolk "
        "of Ghana, with former President Hon. Ilvar Tomesk, and with business leaders.\n", PUB))
    assert "Ilvar Tomesk" in got, got
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania held talks with Prime Minister Harun Bolk of "
        "Ghana. They praised the legacy of former President Ilvar Tomesk.\n", PUB))
    assert "Ilvar Tomesk" not in got, got


def test_a_known_minister_written_with_an_initial_keeps_his_state() -> None:
    got = people(parse_invented(
        "On 17 March, Foreign Minister J. Lipavský welcomed the Foreign Minister of Albania "
        "I. Tomesk. The ministers discussed trade and energy.\n", PUB))
    assert got["J. Lipavský"][1] == "Czech Republic"


def test_a_known_leader_in_a_headline_keeps_his_whole_name() -> None:
    # the body says only "the Prime Minister": a known leader's name is still a name
    got = people(parse_invented(
        "and Albanian President Ilvar Tomesk on Wednesday exchanged views on bilateral "
        "relations. The Prime Minister thanked the Albanian President for his visit.\n", PUB,
        title="ISLAMABAD, March 1: Prime Minister Muhammad Nawaz Sharif"))
    assert got.get("Muhammad Nawaz Sharif", (None, None))[1] == "Pakistan", got


def test_an_announced_reception_names_its_guest_and_host() -> None:
    got = people(parse_invented(
        "President Joran Paskeli will receive his Albanian counterpart, Ilvar Tomesk, on "
        "Friday, at the Presidential Palace, during the latter's official visit.\n\nThe two "
        "heads of state will address bilateral cooperation.\n", PUB))
    assert "Joran Paskeli" in got and "Ilvar Tomesk" in got, got


def test_a_scheduled_trip_names_those_to_be_met_not_the_one_acting_at_home() -> None:
    got = people(parse_invented(
        "The Government announces that Prime Minister Hon. Joran Paskeli is scheduled to "
        "travel to Tirana today, accompanied by Hon. Omar Qadeem, Minister of Trade.\n\nThe "
        "Prime Minister will also meet with President Ilvar Tomesk and Vice President Teodor "
        "Malik.\n\nThe Prime Minister will return on Sunday. In his absence, Deputy Prime "
        "Minister Hon. Harun Bolk will act as Prime Minister.\n", PUB,
        title="Prime Minister Paskeli to Depart for Official Visit to Albania"))
    assert "Ilvar Tomesk" in got and "Teodor Malik" in got, got
    assert "Harun Bolk" not in got, got


def test_ministers_who_will_accompany_the_leader_share_his_state() -> None:
    got = people(parse_invented(
        "Gaborone - President Joran Paskeli of Botswana left for Albania this morning on a "
        "working visit.\n\nDuring the visit, the President will hold bilateral discussions "
        "with Albanian Prime Minister, Mr Ilvar Tomesk. Minister of Trade, Mr Teodor Malik, "
        "and Minister of Health, Dr Omar Qadeem will accompany President Paskeli.\n", PUB))
    assert got["Ilvar Tomesk"][1] == "Albania"
    assert got["Teodor Malik"][1] == "Botswana"
    assert got["Omar Qadeem"][1] == "Botswana"


def test_a_counterpart_in_a_state_with_its_initials_is_named_after_them() -> None:
    got = people(parse_invented(
        "Luanda - A message from the Angolan Head of State, Joran Paskeli, to his counterpart "
        "in the Democratic Republic of Congo (DRC), Ilvar Tomesk Ramaz, was delivered on "
        "Monday in Kinshasa by the Minister of Foreign Affairs, Teodor Malik.\n", PUB))
    # "Democratic Republic of Congo" without "the" is the DRC, not its western neighbour
    assert got["Ilvar Tomesk Ramaz"][1] == "Democratic Republic of the Congo", got


def test_an_office_closed_by_a_states_organ_or_a_bodys_initials() -> None:
    got = people(parse_invented(
        "The Head of the Timor-Leste Government, Joran Paskeli, received today the visit of "
        "the Australian Minister of Foreign Affairs, Ilvar Tomesk. The Chargé d'Affaires of "
        "the Australian Department of Foreign Affairs (DFAT), Teodor Malik, also participated "
        "in this meeting.\n", PUB))
    assert got["Joran Paskeli"] == ("Head of the Timor-Leste Government", "Timor-Leste")
    assert got["Teodor Malik"][1] == "Australia"
    assert "(DFAT)" in got["Teodor Malik"][0]


def test_counterparts_of_several_states_take_their_demonyms_in_order() -> None:
    got = people(parse_invented(
        "On 15 April, the Minister of Foreign Affairs of Lithuania Joran Paskeli, together "
        "with his Latvian and Estonian counterparts – Ilvar Tomesk and Teodor Malik – met "
        "with the Prime Minister of Ukraine Omar Qadeem.\n", PUB))
    assert got["Ilvar Tomesk"] == ("Minister of Foreign Affairs", "Latvia")
    assert got["Teodor Malik"] == ("Minister of Foreign Affairs", "Estonia")


def test_known_officials_of_small_states_and_a_middle_initial() -> None:
    # general knowledge: leaders and foreign ministers of states the lexicon lacked, and a
    # known minister written with a middle initial
    got = people(parse_invented(
        "Prime Minister Mark Brown received Prime Minister Joran Paskeli of Albania on "
        "Monday.\n", PUB))
    assert got["Mark Brown"][1] == "Cook Islands"
    got = people(parse_invented(
        "Foreign Minister Mr. Mohamad A. Alhakim received his Albanian counterpart Mr. Joran "
        "Paskeli. The two sides discussed trade.\n", PUB))
    assert got["Mohamad A. Alhakim"][1] == "Iraq"


def test_a_leader_who_also_chairs_a_forum_serves_the_state() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania joined other leaders for a breakfast caucus "
        "chaired by Cook Islands Prime Minister and current Pacific Islands Forum Chair Hon. "
        "Ilvar Tomesk, to discuss the agenda.\n", PUB))
    assert got["Ilvar Tomesk"] == ("Prime Minister", "Cook Islands")


def test_someone_sent_apologies_is_not_at_the_meeting() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania met with Ghanaian Deputy Prime Minister Ilvar "
        "Tomesk. He also conveyed his apologies to Prime Minister Teodor Malik for the delay "
        "in signing the treaty.\n", PUB))
    assert "Teodor Malik" not in got, got


def test_a_traditional_ruler_in_a_delegation_list_with_his_realm() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Botswana met Prime Minister Ilvar Tomesk of Lesotho. The "
        "President was accompanied by Minister of Trade, Dr Teodor Malik, Mr Omar Qadeem, "
        "Kgosi Dravek II of Bamalete and some senior government officials.\n", PUB))
    assert got.get("Dravek II", (None,))[0] == "Kgosi of Bamalete", got
    assert got["Omar Qadeem"][0] is None


def test_a_visit_that_will_commence_is_announced_and_its_hosts_take_part() -> None:
    got = people(parse_invented(
        "Prime Minister Hon. Joran Paskeli is set to strengthen relations with Albania when he "
        "visits this week.\n\nAs a guest of the Albanian Government, his visit will commence "
        "on February 7.\n\nUpon arrival in Tirana, the Prime Minister will be formally "
        "welcomed by Albanian Foreign Minister Hon. Ilvar Tomesk.\n", PUB,
        title="Prime Minister Paskeli to Strengthen Relations with Albania"))
    assert "Ilvar Tomesk" in got, got


def test_a_speaker_of_parliament_and_an_initial_that_is_a_word() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Albania held talks with Prime Minister Harun Bolk of Ghana "
        "in Tirana on Monday.\n\nThe talks were also attended by I. Tomesk, Minister of Trade, "
        "and by the Speaker of Parliament, Ms. Teodora Malik.\n", PUB))
    assert got["I. Tomesk"][0] == "Minister of Trade"
    # a state's own chamber, not a body like the European Parliament
    assert got["Teodora Malik"][0] == "Speaker of Parliament"


def test_a_day_after_a_name_that_ends_a_long_office() -> None:
    # "on Monday" is a date: the office's words stop at the holder's name
    got = people(parse_invented(
        "Prime Minister Joran Paskeli met with Minister of Foreign Affairs Harun Bolk on "
        "Monday in Tirana.\n", PUB))
    assert got["Harun Bolk"][0] == "Minister of Foreign Affairs", got


def test_a_family_name_in_capitals_after_an_office_in_apposition() -> None:
    got = people(parse_invented(
        "The President of the Republic, Ilvar TOMESK, received the Prime Minister of Ghana, "
        "Harun BOLK, on Monday.\n", PUB))
    assert got["Ilvar TOMESK"][0] == "President of the Republic", got


def test_an_abbreviated_rank_between_an_office_and_its_holder() -> None:
    got = people(parse_invented(
        "The Chairman of the Transitional Sovereignty Council, Lt. General Ilvar Tomesk, "
        "received Prime Minister Harun Bolk of Ghana on Monday.\n", PUB))
    assert got["Ilvar Tomesk"][0] == "Chairman of the Transitional Sovereignty Council", got


def test_a_states_term_at_the_head_of_a_body_is_no_person() -> None:
    # "under our EU Presidency, Minister X said": the presidency is a term, not a name in
    # apposition with the office after it
    got = people(parse_invented(
        "Minister for Trade Joran Paskeli addressed the Committee of the Assembly in Tirana. "
        "Speaking of the goals of our EU Presidency, Minister Paskeli said aid must go on.\n",
        PUB))
    assert set(got) == {"Joran Paskeli"}, got


def test_a_sentence_case_headline_keeps_a_name_the_body_never_repeats() -> None:
    # a lower-case verb makes the headline sentence case: its capitalised words are names
    # and offices, not Title Case words to trim
    got = people(parse_invented(
        "President Paskeli meets Ghana Deputy Prime Minister Harun Bolk\n\n"
        "Tirana — President Joran Paskeli left for Ghana this morning on a working visit. "
        "He will hold talks with Ghana Prime Minister, Mr Ilvar Tomesk.\n", PUB))
    assert got.get("Harun Bolk", (None,))[0] == "Deputy Prime Minister", got


def test_a_bodys_initials_after_an_office_in_a_headline_are_no_name() -> None:
    got = people(parse_invented(
        "Joran Paskeli and the Chair of the Assembly Delegation to the Euronest PA discussed "
        "trade\n\nDeputy Head of the Office of the President of Albania Joran Paskeli met "
        "with the Chair of the Assembly Delegation, Harun Bolk, in Tirana on Monday.\n", PUB))
    assert "PA" not in got, got


def test_an_office_then_a_rank_and_name_in_a_list_without_articles() -> None:
    # "will meet Minister of X, Senator Y; ...": the rank is the holder's courtesy word, the
    # office before it the title, though no article opens it
    got = people(parse_invented(
        "President Joran Paskeli of Albania will meet Minister of Foreign Affairs and Foreign "
        "Trade, Senator Ilvar Tomesk; Minister of Industry, Harun Bolk; and Parliamentary "
        "Secretary in the Ministry of Tourism, Senator Teodor Malik.\n", PUB))
    assert got["Ilvar Tomesk"][0] == "Minister of Foreign Affairs and Foreign Trade", got
    assert got["Harun Bolk"][0] == "Minister of Industry", got
    # a post "in the Ministry of ..." is one office, like one "at the Ministry"
    assert got["Teodor Malik"][0] == "Parliamentary Secretary in the Ministry of Tourism", got


def test_the_bodys_name_before_an_office_in_a_first_sentence_is_the_titles() -> None:
    # the body's name before the office is part of the title (in a first sentence that is
    # no headline too); an international body's official keeps no state (round 6)
    s = parse_invented(
        "Source: AKP\n\nAlbanian Prime Minister Joran Paskeli met with United Nations "
        "Secretary-General H.E. Harun Bolk yesterday in Manila, on the sidelines of the "
        "ASEAN Summit.\n\nH.E. Harun Bolk praised Albania's peacekeepers.\n", PUB)
    got = people(s)
    assert got["Harun Bolk"] == ("United Nations Secretary-General", None), got
    assert s.countries == ["Albania"], s.countries


def test_a_title_opening_with_an_organisations_name_is_its_office() -> None:
    # a domestic-looking pair (one state placed) does not give the body's official the
    # host's state, nor is the body one of the event's countries
    s = parse_invented(
        "Foreign Minister of Albania Joran Paskeli and EU High Representative for Security "
        "and Secretary General Harun Bolk held a working meeting in Tirana today.\n\n"
        "Minister Paskeli said the visit was an encouragement.\n", PUB)
    got = people(s)
    assert got["Harun Bolk"][1] == "European Union", got
    assert s.countries == ["Albania"], s.countries


def test_a_states_own_chamber_names_its_state() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania also met Russian President Vladimir Putin, "
        "Chairman of the State Duma Harun Bolk, and Chairman of the Federation Council "
        "Ilvar Tomesk in Moscow on Monday.\n", PUB))
    assert got["Ilvar Tomesk"][1] == "Russia", got
    assert got["Harun Bolk"][1] == "Russia", got


def test_an_acting_office_in_lower_case_keeps_its_term() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Albania thanked the acting President of Ghana Harun Bolk "
        "at the official meeting in Accra on Monday.\n", PUB))
    assert got["Harun Bolk"][0] == "acting President of Ghana", got


def test_a_counterpart_of_a_leader_named_by_a_noun_holds_the_leaders_office() -> None:
    # "the Albanian leader ... his Norwegian counterpart Y": the noun stands for X's office
    got = people(parse_invented(
        "Albanian Prime Minister Joran Paskeli arrived home on Monday after visits to Norway "
        "and Ghana.\n\nWhile in Norway, the Albanian leader had talks with his Norwegian "
        "counterpart Harun Bolk. Both sides agreed to expand trade.\n", PUB))
    assert got["Harun Bolk"] == ("Prime Minister", "Norway"), got


def test_a_headlines_two_offices_joined_by_and_are_two_holders() -> None:
    # "Foreign Secretary and Secretary X": the bare word repeats the first office's head,
    # so it is the second person's; the body's fuller office is his title
    got = people(parse_invented(
        "Foreign Secretary and Secretary Bolk hold talks in Tirana\n\nThe Foreign Secretary "
        "met Ghana's Secretary of State Harun Bolk in Tirana this afternoon. The Foreign "
        "Secretary and Secretary Bolk discussed trade.\n", PUB))
    assert got["Harun Bolk"][0] == "Secretary of State", got
