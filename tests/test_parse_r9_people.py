"""Participants of issuers absent from our data (round 9): delegation lists, offices and name
shapes of other states' releases. Invented names and sentences only, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

PUB = dt.date(2025, 6, 3)


def test_relatives_with_patronymic_names_stay_separate_people() -> None:
    # a father and his son share every word; two cousins share a given name and a grandfather
    got = people(parse_invented(
        "King Harun bin Zafir of Veltria received Prime Minister Joran Paskeli of Albania. "
        "The talks were attended by Prince Zafir bin Harun bin Zafir; Prince Tarek bin Salim "
        "bin Zafir; Prince Tarek bin Harun bin Zafir; and Minister of Finance Omar Qadeem.\n",
        PUB))
    for name in ("Harun bin Zafir", "Zafir bin Harun bin Zafir", "Tarek bin Salim bin Zafir",
                 "Tarek bin Harun bin Zafir"):
        assert name in got, got
    assert got["Harun bin Zafir"][0] == "King"


def test_a_shorter_form_of_a_patronymic_name_is_the_same_person() -> None:
    got = people(parse_invented(
        "Crown Prince Harun bin Zafir bin Khalil Al Merani received Prime Minister Joran "
        "Paskeli of Albania. Prince Harun bin Zafir welcomed the guest.\n", PUB))
    assert "Harun bin Zafir bin Khalil Al Merani" in got
    assert "Harun bin Zafir" not in got


def test_a_patronymic_name_spelt_two_ways_is_one_person() -> None:
    got = people(parse_invented(
        "The Sultan of Oman received Prime Minister Joran Paskeli of Albania. The audience was "
        "attended by Sayyid Tarek bin Salim al Qurmandy, Minister of the Royal Court. The guest "
        "was welcomed at the airport by Sayyid Tarek bin Salim al Qurmandi, Minister of the "
        "Royal Court.\n", PUB))
    assert sum(name.startswith("Tarek bin Salim") for name in got) == 1, got


def test_chiefs_of_services_and_abbreviated_ranks_in_a_delegation() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania held talks with President Ilvar Tomesk of "
        "Jamaica in Tirana on Monday.\n\nThe President was accompanied by Chief of Defence "
        "Staff, Lt. Gen. Dravek Onsulmar, Chief of General Intelligence Gen. Teodor Malik and "
        "Chief of the Royal Mirsani Court Omar Qadeem.\n", PUB))
    assert got["Dravek Onsulmar"] == ("Chief of Defence Staff", "Jamaica")
    assert got["Teodor Malik"] == ("Chief of General Intelligence", "Jamaica")
    assert got["Omar Qadeem"] == ("Chief of the Royal Mirsani Court", "Jamaica")


def test_consular_offices_and_a_vice_minister_for_a_world_region() -> None:
    got = people(parse_invented(
        "Foreign Vice-minister for Latin America, Ilvar Tomesk, held a meeting on Tuesday in "
        "Caracas with Mexico’s Chargé d’Affaires, Dravek Onsulmar, and Consul Teodor Malik.\n",
        PUB))
    assert got["Ilvar Tomesk"] == ("Foreign Vice-minister for Latin America", "Venezuela")
    assert got["Dravek Onsulmar"][1] == "Mexico"
    assert got["Dravek Onsulmar"][0].startswith("Chargé d")
    assert got["Teodor Malik"] == ("Consul", "Mexico")


def test_north_america_is_no_united_states() -> None:
    s = parse_invented(
        "Minister of Foreign Affairs Ilvar Tomesk of Albania received Chief Officer for North "
        "America Dravek Onsulmar of Mexico in Tirana.\n", PUB)
    assert "United States" not in s.countries
    title, country = people(s)["Dravek Onsulmar"]
    assert country == "Mexico"
    assert title is not None and title.startswith("Chief Officer for North America")


def test_a_monarch_whose_greetings_are_conveyed_is_no_participant() -> None:
    got = people(parse_invented(
        "The Sultan of Oman Haitham Qadeem received Prince Tarek bin Salim of Saudi Arabia. "
        "The Prince conveyed the greetings of the Custodian of the Two Holy Mosques King "
        "Harun bin Zafir to the Sultan.\n", PUB))
    assert "Harun bin Zafir" not in got
    assert "Tarek bin Salim" in got


def test_a_delegation_listed_with_lower_case_offices() -> None:
    got = people(parse_invented(
        "President Ilvar Tomesk of Ghana received Prime Minister Joran Paskeli of Albania in "
        "Accra on Monday.\n\nPresident Tomesk was joined by vice president, Brigadier (Ret'd), "
        "Teodor Malik; senior minister within the office of the president with responsibility "
        "for finance, Dr Ana Kos; minister of trade Lina Ferro and several other officials.\n\n"
        "The Prime Minister was accompanied by his chief of the Royal Office, HE Sheikh Omar "
        "Qadeem; the minister of energy; HE Marko Belin.\n", PUB))
    assert got["Teodor Malik"] == ("vice president", "Ghana")
    assert got["Ana Kos"] == ("senior minister within the office of the president with "
                              "responsibility for finance", "Ghana")
    assert got["Lina Ferro"] == ("minister of trade", "Ghana")
    assert got["Omar Qadeem"] == ("chief of the Royal Office", "Albania")
    assert got["Marko Belin"] == ("minister of energy", "Albania")


def test_a_lower_case_list_ends_at_words_that_hold_no_office() -> None:
    got = people(parse_invented(
        "President Ilvar Tomesk of Ghana received Prime Minister Joran Paskeli of Albania in "
        "Accra on Monday. The Prime Minister was accompanied by minister of trade Lina Ferro, "
        "and later visited the museum, whose director, Marko Belin, showed the exhibits.\n",
        PUB))
    assert "Lina Ferro" in got
    assert "Marko Belin" not in got


def test_a_subject_named_by_demonym_gives_its_company_the_state() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania received President Ilvar Tomesk of Ghana in "
        "Tirana on Monday.\n\nThe visiting President was accompanied by Minister of Trade Ana "
        "Kos.\n\nThe Ghanaian leader was joined by senior adviser Dravek Onsulmar.\n", PUB))
    assert got["Ana Kos"] == ("Minister of Trade", "Ghana")
    assert got["Dravek Onsulmar"] == ("senior adviser", "Ghana")


def test_offices_in_brackets_after_names() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Hungary received deputy speakers of three parliaments "
        "in Budapest on Friday.\n\nAna Kos (Deputy Marshal of the Senate of Poland), Teodor "
        "Malik (Second President of the National Council of Austria) and Lina Ferro "
        "(Vice-President of Germany’s Bundestag) are taking part in the talks.\n", PUB))
    assert got["Ana Kos"] == ("Deputy Marshal of the Senate of Poland", "Poland")
    assert got["Teodor Malik"] == ("Second President of the National Council of Austria",
                                   "Austria")
    assert got["Lina Ferro"] == ("Vice-President of Germany’s Bundestag", "Germany")


def test_an_office_s_press_chief_who_reports_is_no_participant() -> None:
    got = people(parse_invented(
        "Dravek Onsulmar, the Prime Minister’s press chief, said that Prime Minister Joran "
        "Paskeli of Hungary received President Ilvar Tomesk of Ghana in Budapest.\n", PUB))
    assert "Dravek Onsulmar" not in got
    assert "Ilvar Tomesk" in got


def test_a_known_official_written_with_a_fuller_patronymic_name() -> None:
    # the lexicon has "Mohammed bin Abdulrahman Al Thani"; the release adds his grandfather
    got = people(parse_invented(
        "Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin "
        "Jassim Al-Thani received a phone call on Sunday from Minister of Foreign Affairs of "
        "the Republic of Malta Joran Paskeli.\n", PUB))
    assert got["Mohammed bin Abdulrahman bin Jassim Al-Thani"][1] == "Qatar"
    assert got["Joran Paskeli"][1] == "Malta"


def test_people_commemorated_or_whose_vision_is_invoked_are_no_participants() -> None:
    got = people(parse_invented(
        "Foreign Minister Joran Paskeli of Venezuela held a meeting with Ambassador Ilvar "
        "Tomesk to strengthen the foreign policy on the basis of the vision promoted by "
        "Commander Dravek Onsulmar. On the anniversary of President Teodor Malik, the "
        "delegation laid flowers at a monument to him.\n", PUB))
    assert "Dravek Onsulmar" not in got
    assert "Teodor Malik" not in got
    assert "Ilvar Tomesk" in got


def test_a_cambodian_leader_s_style_is_no_name() -> None:
    got = people(parse_invented(
        "Samdech Akka Moha Sena Padei Techo Joran Paskeli, Prime Minister of Cambodia, held "
        "talks with President Ilvar Tomesk of Ghana in Phnom Penh.\n", PUB))
    assert got["Joran Paskeli"][1] == "Cambodia"
    assert not any(name.startswith("Samdech") for name in got)


def test_an_attendee_with_a_lower_case_office_named_as_present() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Jamaica met Vice President Ilvar Tomesk of the United "
        "States in Washington on Monday.\n\nNewly appointed US ambassador to Jamaica, Dravek "
        "Onsulmar was also present.\n", PUB))
    title, country = got["Dravek Onsulmar"]
    assert country == "United States"
    assert title is not None and title.endswith("ambassador to Jamaica")


def test_offices_in_lower_case_before_names_as_news_agencies_write_them() -> None:
    got = people(parse_invented(
        "Kenya's foreign affairs cabinet secretary Joran Paskeli met his Ghanaian counterpart, "
        "foreign minister Ilvar Tomesk, in Nairobi on Monday. Ghana's president Teodor Malik "
        "later held talks with the prime minister of Albania, Ana Kos.\n", PUB))
    assert got["Joran Paskeli"] == ("foreign affairs cabinet secretary", "Kenya")
    assert got["Ilvar Tomesk"] == ("foreign minister", "Ghana")
    assert got["Teodor Malik"] == ("president", "Ghana")
    assert got["Ana Kos"] == ("prime minister of Albania", "Albania")


def test_a_minister_counsellor_is_an_office() -> None:
    got = people(parse_invented(
        "The Deputy Minister of International Relations and Cooperation, Mr Joran Paskeli, met "
        "Ghana's Minister-Counsellor, Ms Ana Kos, in Pretoria.\n", PUB))
    assert got["Ana Kos"] == ("Minister-Counsellor", "Ghana")


def test_a_title_ends_before_another_state_s_possessive_office() -> None:
    got = people(parse_invented(
        "President Joran Paskeli held a bilateral meeting with his Ghanaian counterpart Ilvar "
        "Tomesk on the sidelines of the summit. The two leaders were joined by Ghana's Minister "
        "of Trade Ana Kos and Albania's Minister of Energy Lina Ferro.\n", PUB))
    assert got["Ana Kos"] == ("Minister of Trade", "Ghana")
    assert got["Lina Ferro"] == ("Minister of Energy", "Albania")


def test_alhaji_is_a_courtesy_word() -> None:
    got = people(parse_invented(
        "The Vice President of the Republic of Ghana, His Excellency Alhaji Teo Malik, paid a "
        "courtesy call on President Joran Paskeli of Nigeria in Abuja.\n", PUB))
    assert got["Teo Malik"] == ("Vice President of the Republic of Ghana", "Ghana")


def test_an_official_who_also_attended_talks_at_the_venue_is_the_host_s() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli received deputy speakers from the Polish, German and "
        "Austrian parliaments in the Parliament building in Budapest on Friday.\n\nAna Kos "
        "(Deputy Marshal of the Senate of Poland) and Teodor Malik (Vice-President of the "
        "Bundestag of Germany) are taking part in the talks.\n\nThe meeting was also attended "
        "by Deputy Speaker of the National Assembly Lina Ferro.\n", PUB))
    assert got["Lina Ferro"] == ("Deputy Speaker of the National Assembly", "Hungary")


def test_a_gulf_leader_s_offices_before_courtesy_words_and_rank() -> None:
    got = people(parse_invented(
        "Crown Prince and Prime Minister His Royal Highness Prince Joran bin Harun bin Zafir Al "
        "Merani received President Ilvar Tomesk of Ghana in Riyadh today.\n", PUB))
    assert got["Joran bin Harun bin Zafir Al Merani"][0] == "Crown Prince and Prime Minister"


def test_canciller_is_a_foreign_minister_s_title() -> None:
    got = people(parse_invented(
        "Canciller Joran Paskeli met with the Minister of Foreign Affairs of Ghana, Ilvar "
        "Tomesk, in Buenos Aires.\n", PUB))
    assert got["Joran Paskeli"] == ("Canciller", "Argentina")


def test_each_state_s_representative_takes_that_state() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Kenya met President Ilvar Tomesk of Ghana in Nairobi. At "
        "the signing, Kenya was represented by Ana Kos, Principal Secretary for Foreign "
        "Affairs, while Ghana was represented by Lina Ferro, Deputy Minister.\n", PUB))
    assert got["Ana Kos"][1] == "Kenya"
    assert got["Lina Ferro"] == ("Deputy Minister", "Ghana")


def test_a_plural_office_before_names_is_no_name_word() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Kenya met President Ilvar Tomesk of Ghana in Nairobi. "
        "Ministers Ana Kos and Lina Ferro signed the memorandum.\n", PUB))
    assert "Ana Kos" in got and "Lina Ferro" in got
    assert not any(name.startswith("Ministers") for name in got)


def test_a_rank_after_a_sentence_opening_office_keeps_the_office() -> None:
    got = people(parse_invented(
        "The Minister for Foreign Affairs and Trade, Senator Joran Paskeli, today held talks "
        "with the Foreign Minister of Ghana, Ilvar Tomesk, in Canberra.\n", PUB))
    assert got["Joran Paskeli"][0] == "Minister for Foreign Affairs and Trade"


def test_a_plural_staff_office_titles_each_name_of_its_list() -> None:
    got = people(parse_invented(
        "King Harun bin Zafir of Jordan received Prime Minister Joran Paskeli of Albania in "
        "Amman. The talks were attended by Advisors to the King Prince Tarek bin Salim, Prince "
        "Omar bin Harun and Prince Zafir bin Khalil; and Minister of Finance Ana Kos.\n", PUB))
    for name in ("Tarek bin Salim", "Omar bin Harun", "Zafir bin Khalil"):
        assert got[name][0] == "Advisor to the King", got


def test_a_counterpart_written_with_a_state_is_of_the_other_side() -> None:
    got = people(parse_invented(
        "Nairobi, Kenya, Monday 2 June 2025 - Minister of Foreign Affairs, Professor Joran "
        "Paskeli, has presided over the signing of three memoranda with his counterpart, the "
        "Minister of Foreign Affairs in Kenya.\n\nThe signing took place in the presence of "
        "President Ilvar Tomesk of Kenya and President Teodor Malik of Ghana.\n", PUB))
    assert got["Joran Paskeli"][1] == "Ghana"


def test_an_untitled_counterpart_holds_the_office_of_the_one_met() -> None:
    got = people(parse_invented(
        "Minister of Foreign Affairs of Morocco Joran Paskeli held talks in Rabat with his "
        "Ghanaian counterpart, Ilvar Tomesk.\n", PUB))
    assert got["Ilvar Tomesk"] == ("Minister of Foreign Affairs", "Ghana")
    got = people(parse_invented(
        "Vietnamese Prime Minister Joran Paskeli paid official visits to Russia and Norway. "
        "While in Norway, the PM had talks with his Norwegian counterpart Teodor Malik.\n",
        PUB))
    assert got["Teodor Malik"] == ("Prime Minister", "Norway")


def test_names_written_in_capitals_after_a_title() -> None:
    got = people(parse_invented(
        "President JORAN PASKELI received President ILVAR TOMESK of Ghana at the Jubilee House "
        "in Accra.\n", PUB))
    assert "JORAN PASKELI" in got and got["ILVAR TOMESK"][1] == "Ghana"
    got = people(parse_invented(
        "President Joko PASKELI received Prime Minister Ilvar Tomesk of Albania at the Bogor "
        "Palace.\n", PUB))
    assert got["Joko PASKELI"][1] == "Indonesia"


def test_a_minister_delegate_is_an_office() -> None:
    got = people(parse_invented(
        "Ghana's Minister for Foreign Affairs, Hon. Ana Kos, met with the French Minister "
        "Delegate for Foreign Trade, Ilvar Tomesk, in Accra.\n", PUB))
    assert got["Ilvar Tomesk"] == ("Minister Delegate for Foreign Trade", "France")


def test_the_untitled_person_a_lead_s_actor_meets_takes_part() -> None:
    got = people(parse_invented(
        "Joran Paskeli met with Ilvar Tomesk in Accra on Monday to discuss trade between Ghana "
        "and Albania.\n", PUB))
    assert "Joran Paskeli" in got and "Ilvar Tomesk" in got


def test_company_of_an_office_named_after_an_opening_phrase() -> None:
    got = people(parse_invented(
        "Prime Minister Joran Paskeli of Albania received President Ilvar Tomesk of Ghana in "
        "Tirana on Monday.\n\nDuring the visit, the Ghanaian President was accompanied by "
        "Minister of Trade Ana Kos.\n", PUB))
    assert got["Ana Kos"] == ("Minister of Trade", "Ghana")


def test_leaders_of_states_the_lexicon_lacked_are_known() -> None:
    # a release that names its own leader without a state (the lexicon of officials gives it)
    got = people(parse_invented(
        "Paul Kagame held talks with Prime Minister Joran Paskeli of Albania on Monday.\n", PUB))
    assert got["Paul Kagame"][1] == "Rwanda"


def test_a_counterpart_from_a_named_state_or_a_peer() -> None:
    got = people(parse_invented(
        "The Minister of Foreign Affairs, Ana Kos, held a meeting with her counterpart from "
        "Ghana, Ilvar Tomesk, in Lima.\n", PUB))
    assert got["Ana Kos"] == ("Minister of Foreign Affairs", "Peru")
    assert got["Ilvar Tomesk"] == ("Minister of Foreign Affairs", "Ghana")
    got = people(parse_invented(
        "The Foreign Minister of Peru, Ana Kos, and her Ghanaian peer, Ilvar Tomesk, signed a "
        "memorandum in Lima.\n", PUB))
    assert got["Ilvar Tomesk"][1] == "Ghana"


def test_lower_case_offices_after_names_and_with_a_portfolio() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Kenya met President Ilvar Tomesk of Ghana in Nairobi. The "
        "president was accompanied by Ana Kos, the foreign minister, and Lina Ferro, the trade "
        "minister.\n", PUB))
    assert got["Ana Kos"][0] == "foreign minister"
    assert got["Lina Ferro"][0] == "trade minister"
    got = people(parse_invented(
        "Kenyan President Joran Paskeli and his Ghanaian counterpart Ilvar Tomesk witnessed the "
        "signing. The agreements were signed by Kenya's cabinet secretary for trade Ana Kos "
        "and Ghana's trade minister Lina Ferro.\n", PUB))
    assert got["Ana Kos"] == ("cabinet secretary for trade", "Kenya")
    assert got["Lina Ferro"] == ("trade minister", "Ghana")


def test_more_offices_of_many_states_and_chief_only_with_what_it_heads() -> None:
    for office in ("Vice-Chairman of the Presidential Council", "Defence Attaché", "Ombudsman",
                   "Chief Justice", "Chief Negotiator"):
        got = people(parse_invented(
            f"President Joran Paskeli of Kenya received {office} Ilvar Tomesk of Ghana in "
            "Nairobi.\n", PUB))
        title, country = got["Ilvar Tomesk"]
        assert country == "Ghana" and title is not None and title.startswith(office), got


def test_an_envoy_of_a_state_to_a_body() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of Kenya received Permanent Representative of Ghana to the "
        "United Nations Ilvar Tomesk in Nairobi.\n", PUB))
    assert got["Ilvar Tomesk"] == ("Permanent Representative of Ghana to the United Nations",
                                   "Ghana")


def test_two_delegations_in_one_sentence_and_a_group_that_moves_on() -> None:
    got = people(parse_invented(
        "The foreign ministries of Kenya and Ghana held political consultations in Nairobi. "
        "The Kenyan delegation was headed by Permanent Secretary Ana Kos and the Ghanaian "
        "delegation by Director-General Lina Ferro.\n", PUB))
    assert got["Ana Kos"][1] == "Kenya"
    assert got["Lina Ferro"][1] == "Ghana"
    got = people(parse_invented(
        "A delegation of the Ghanaian Parliament led by Speaker Ilvar Tomesk visited Kenya and "
        "met President Joran Paskeli.\n", PUB))
    assert got["Ilvar Tomesk"][1] == "Ghana"
    assert got["Joran Paskeli"][1] == "Kenya"


def test_the_host_of_an_envoy_is_not_of_the_envoy_s_state() -> None:
    got = people(parse_invented(
        "On 3 June, Minister Joran Paskeli received the Ambassador of the Republic of Ghana, "
        "Ilvar Tomesk.\n", PUB))
    assert got["Ilvar Tomesk"][1] == "Ghana"
    assert got["Joran Paskeli"][1] != "Ghana"


def test_two_states_named_by_a_plural_role_are_parties_beside_the_subject_s() -> None:
    s = parse_invented(
        "President Joran Paskeli of Kenya held a trilateral meeting with the leaders of Ghana "
        "and Nigeria on the sidelines of the summit in Addis Ababa.\n", PUB)
    assert s.countries == ["Kenya", "Ghana", "Nigeria"]
    s = parse_invented(
        "President Joran Paskeli of Kenya received the ambassadors of Ghana, Nigeria and "
        "Senegal, who presented their credentials.\n", PUB)
    assert s.countries == ["Kenya", "Ghana", "Nigeria", "Senegal"]


def test_demonyms_of_several_states_before_a_plural_party_noun() -> None:
    s = parse_invented(
        "Foreign Minister Joran Paskeli of Kenya held talks with his Ghanaian and Nigerian "
        "counterparts in Nairobi.\n", PUB)
    assert s.countries == ["Kenya", "Ghana", "Nigeria"]


def test_an_abbreviated_office_with_a_full_stop() -> None:
    got = people(parse_invented(
        "President Joran Paskeli of the Philippines met with Amb. Ana Kos of Ghana in Manila.\n",
        PUB))
    assert got["Ana Kos"][1] == "Ghana"


def test_a_plural_office_before_a_list_of_names_with_their_states() -> None:
    s = parse_invented(
        "President Joran Paskeli of Kenya chaired the meeting, attended by Foreign Ministers "
        "Ana Kos (Ghana), Lina Ferro (Nigeria) and Marko Belin (Senegal).\n", PUB)
    got = people(s)
    assert got["Ana Kos"] == ("Foreign Minister", "Ghana")
    assert got["Marko Belin"] == ("Foreign Minister", "Senegal")
    got = people(parse_invented(
        "President Joran Paskeli of Kenya hosted Presidents Ana Kos of Ghana and Lina Ferro of "
        "Nigeria at State House.\n", PUB))
    assert got["Lina Ferro"] == ("President", "Nigeria")


def test_a_state_in_brackets_after_a_titled_name() -> None:
    got = people(parse_invented(
        "The summit was attended by President Ana Kos (Ghana), Prime Minister Lina Ferro "
        "(Senegal) and King Marko Belin (Lesotho).\n", PUB))
    assert got["Marko Belin"] == ("King", "Lesotho")
