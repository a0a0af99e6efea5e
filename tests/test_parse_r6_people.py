"""Participants and countries in release shapes of issuers absent from our data (round 6):
each test on invented sentences, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

from briefgen.model import VisitSummary

PUB = dt.date(2024, 5, 2)


def parse(text: str) -> VisitSummary:
    return parse_invented(text, PUB)


def test_a_hyphenated_given_name_ends_a_long_title() -> None:
    # ("Engagement" is no portfolio word of the lexicon: the name's shape ends the title)
    s = parse("President Lee meets Malaysian Prime Minister\n\nSeoul, 2 May 2024. President Lee "
              "Jae-sung held a summit with Prime Minister Anwar Ibrahim of Malaysia. Senior "
              "Secretary for Public Engagement Park Ji-won told reporters the leaders agreed "
              "to expand trade.")
    got = people(s)
    assert got["Park Ji-won"][0] == "Senior Secretary for Public Engagement"


def test_the_unnamed_state_of_the_dateline_is_the_home_side() -> None:
    s = parse("President Lee meets Malaysian Prime Minister\n\nSeoul, 2 May 2024. President Lee "
              "Jae-sung held a summit with Prime Minister Anwar Ibrahim of Malaysia. National "
              "Security Adviser Kim Sung-han also attended.")
    got = people(s)
    assert got["Kim Sung-han"][1] == "South Korea"
    assert got["Lee Jae-sung"][1] == "South Korea"
    assert set(s.countries) == {"South Korea", "Malaysia"}


def test_a_rank_after_an_office_in_apposition_is_no_title() -> None:
    s = parse("Foreign Minister receives guests\n\nAmman, 2 May 2024. Foreign Minister Laila "
              "Haddad of Jordan received the Minister of Foreign Affairs, Ambassador Faisal "
              "Al-Harbi, and the Minister of Defence, General Omar Nasser, of Oman.")
    got = people(s)
    assert got["Faisal Al-Harbi"][0] == "Minister of Foreign Affairs"
    assert got["Omar Nasser"][0] == "Minister of Defence"
    assert len(got) == 3


def test_the_sender_of_an_invitation_an_envoy_brings_is_no_participant() -> None:
    s = parse("Prime Minister receives envoy\n\nKuala Lumpur, 2 May 2024. Prime Minister Anwar "
              "Ibrahim received the Special Envoy of Japan, Mr. TANAKA Hiroshi, who conveyed an "
              "invitation from Prime Minister SATO Kenji to Prime Minister Anwar Ibrahim to "
              "visit Tokyo. The envoy also handed over a letter from Foreign Minister Mori "
              "Aiko.")
    got = people(s)
    assert "SATO Kenji" not in got and "Mori Aiko" not in got
    assert "TANAKA Hiroshi" in got and "Anwar Ibrahim" in got


def test_a_monarch_named_by_one_word_is_not_someone_with_that_surname() -> None:
    s = parse("King receives President\n\nKuala Lumpur, 2 May 2024. His Majesty Sultan Ibrahim, "
              "King of Malaysia, received President Prabowo Subianto of Indonesia at the "
              "palace. Prime Minister Anwar Ibrahim also attended the audience. Sultan Ibrahim "
              "thanked the President.")
    got = people(s)
    assert got["Ibrahim"] == ("King of Malaysia", "Malaysia")
    assert got["Anwar Ibrahim"][0] == "Prime Minister"
    assert len(got) == 3


def test_a_monarch_named_by_one_word_is_the_one_whose_first_name_it_is() -> None:
    s = parse("Talks in Riyadh\n\nRiyadh, 2 May 2024. King Faisal bin Saud Al Harbi received "
              "President Karim Mansour of Egypt. King Faisal hosted a dinner for the guest.")
    assert [p.name for p in s.participants].count("Faisal bin Saud Al Harbi") == 1
    assert len(s.participants) == 2


def test_a_head_of_state_who_chairs_a_body_serves_the_state() -> None:
    s = parse("Summit with African leaders\n\nThe summit was held by videoconference. Taking part "
              "were President of Finland Aino Virtanen; the President of Gabon, the incumbent "
              "Chairperson of the African Union Paul Ondo Mba; and President of Ghana Kofi "
              "Mensah.")
    got = people(s)
    assert got["Paul Ondo Mba"] == ("President of Gabon", "Gabon")
    assert "Gabon" in s.countries


def test_a_flattened_speaker_label_takes_part() -> None:
    s = parse("Statements following talks\n\nPresident of Russia Ivan Petrov: Colleagues, I thank "
              "my guest for the talks today. We agreed on many issues. President of the Republic "
              "of Finland Anna Berg Berg AnnaPresident of Finland: Thank you very much, Mr "
              "President. The talks were useful.")
    got = people(s)
    assert "Anna Berg" in got and got["Anna Berg"][1] == "Finland"


def test_a_plural_possessive_inside_a_title() -> None:
    s = parse("Meeting with Commissioner for Farmers' Protection Anna Kowalska\n\nPresident Jan "
              "Nowak met Commissioner for Farmers' Protection Anna Kowalska. Anna Kowalska "
              "presented her report.")
    got = people(s)
    assert got["Anna Kowalska"][0] == "Commissioner for Farmers' Protection"


def test_a_leader_who_looks_forward_to_welcoming_a_guest_takes_part() -> None:
    s = parse("Statement on the visit of the Prime Minister of Peru\n\nPresident Harris looks "
              "forward to welcoming the Prime Minister of Peru, Ana Torres, to the White House on "
              "May 20. The visit will highlight the partnership between the two countries.")
    assert "Harris" in people(s)


def test_a_headline_word_after_a_title_that_the_body_writes_in_lower_case_is_no_name() -> None:
    s = parse("Governor of Texas Landmark water deal signed\n\nThe President and the Governor "
              "today signed a landmark agreement on water.")
    assert "Landmark" not in people(s)


def test_a_conversation_the_speaker_had_elsewhere_names_no_participant() -> None:
    s = parse("Meeting with Secretary-General of the United Nations Maria Lopez\n\nPresident of "
              "Russia Ivan Petrov: Good afternoon, Madam Secretary-General. Maria Lopez: Thank "
              "you for receiving me. Ivan Petrov: I had a conversation with President Kemal "
              "Aydin today. He spoke about the talks.")
    got = people(s)
    assert "Kemal Aydin" not in got
    assert "Turkey" not in s.countries


def test_a_leader_spoken_about_adds_no_state_beside_an_organisation() -> None:
    s = parse("President receives UN chief\n\nMoscow, 2 May 2024. President of Russia Ivan Petrov "
              "met with Secretary-General of the United Nations Maria Lopez in the Kremlin, as a "
              "follow-up to the call between President of Turkey Kemal Aydin and Maria Lopez.")
    assert s.countries == ["Russia"]


def test_an_official_listed_after_postnominals_and_an_apposition_shares_the_state() -> None:
    s = parse("Visit to Fiji\n\nPrime Minister Anna Clark will visit Suva from 8 to 10 May. "
              "Australia and Fiji are close partners. Ms Clark will meet Prime Minister Josaia "
              "Rabuka of Fiji. The Prime Minister will "
              "also meet Fiji's President, Sir Ratu Wiliame Katonivere GCMG, and the Leader of "
              "the Opposition, the Hon Inia Seruiratu.")
    assert people(s)["Inia Seruiratu"][1] == "Fiji"


def test_a_courtesy_word_in_parentheses_ends_no_sentence_nor_joins_a_title() -> None:
    s = parse("Official visit\n\nHon. Amal Perera, Prime Minister of Sri Lanka, paid an official "
              "visit to Australia, accompanied by Hon. Nimal Silva, Minister of Ports and "
              "Shipping and Hon. (Dr). Kamal Fernando, Deputy Minister of Foreign Affairs.")
    got = people(s)
    assert got["Nimal Silva"] == ("Minister of Ports and Shipping", "Sri Lanka")
    assert got["Kamal Fernando"][1] == "Sri Lanka"


def test_someone_a_visitor_will_meet_in_the_host_state_is_of_that_state() -> None:
    s = parse("Visit to Papua New Guinea\n\nPrime Minister Anna Clark will visit Port Moresby "
              "on 8 May. Australia and Papua New Guinea are close partners. Ms Clark will hold "
              "talks with Prime Minister James Marape of Papua New Guinea. She "
              "will also meet the Leader of the Opposition, the Honourable Joseph Lelang MP.")
    assert people(s)["Joseph Lelang"][1] == "Papua New Guinea"


def test_an_international_bodys_official_stays_without_a_state() -> None:
    s = parse("Meeting with UN chief\n\nPresident of Russia Ivan Petrov met with Secretary-General "
              "of the United Nations Maria Lopez. Maria Lopez thanked the President.")
    assert people(s)["Maria Lopez"][1] is None


def test_two_offices_joined_by_and_before_a_name_are_one_holders() -> None:
    s = parse("Readout of the Deputy Adviser's Meeting with Norway's Special Representative Ola "
              "Berg\n\nDeputy National Security Advisor Jane Roe met today with Deputy Chief of "
              "Staff of the Prime Minister of Norway and Special Representative of the Prime "
              "Minister for Arctic Affairs Ola Berg. They discussed energy security.")
    got = people(s)
    assert got["Ola Berg"][1] == "Norway"
    assert got["Ola Berg"][0].startswith(
        "Deputy Chief of Staff of the Prime Minister of Norway and")


def test_an_unnamed_office_with_the_before_another_titled_name_is_someone_else() -> None:
    s = parse("Talks in Tokyo\n\nTokyo, 2 May 2024. Minister Anna Roe met the Prime Minister of "
              "Japan and Foreign Minister Sato Kenji.")
    assert people(s)["Sato Kenji"][0] == "Foreign Minister"


def test_the_states_a_delegation_travels_to_are_not_its_own() -> None:
    s = parse("Readout of Senior Officials' Travel to Ghana, Togo and Benin\n\nThis week, Deputy "
              "Secretary of State Jane Roe and Assistant Secretary of Defense Tom Lee traveled "
              "to Ghana, Togo and Benin. They met with U.S. Embassy officials and U.S. forces. "
              "In Accra, they met with Ghanaian President Kofi Mensah. They also met French "
              "Ambassador to Ghana Paul Martin. U.S. partners welcomed the visit.")
    got = people(s)
    assert got["Jane Roe"][1] == "United States"
    assert got["Tom Lee"][1] == "United States"


def test_a_military_rank_between_an_office_and_a_name() -> None:
    s = parse("Readout\n\nIn Accra, the delegation met with Ghanaian President Kofi Mensah and "
              "French Ambassador to Ghana Paul Martin and Sahel Force Commander Major General "
              "Louis Girard.")
    got = people(s)
    assert "Louis Girard" in got and got["Louis Girard"][0] == "Commander"
    assert got["Louis Girard"][1] == "France"


def test_assistant_to_the_president_is_one_office() -> None:
    s = parse("Readout\n\nAssistant to the President for Homeland Security Dr. Jane Roe met with "
              "Foreign Minister Kofi Mensah of Ghana in Accra.")
    assert people(s)["Jane Roe"][0] == "Assistant to the President for Homeland Security"


def test_a_crown_prince_of_a_two_word_city_who_holds_a_second_office() -> None:
    s = parse("Telephone conversation with Crown Prince of Abu Dhabi Khalid bin Saif Al Harbi\n\n"
              "President of Russia Ivan Petrov had a telephone conversation with Crown Prince of "
              "Abu Dhabi and Deputy Supreme Commander of the United Arab Emirates Armed Forces "
              "Khalid bin Saif Al Harbi.")
    got = people(s)
    assert list(got) == ["Khalid bin Saif Al Harbi", "Ivan Petrov"] or set(got) == {
        "Khalid bin Saif Al Harbi", "Ivan Petrov"}
    assert got["Khalid bin Saif Al Harbi"] == (
        "Crown Prince of Abu Dhabi and Deputy Supreme Commander of the United Arab Emirates "
        "Armed Forces", "United Arab Emirates")


def test_a_family_name_in_capitals_is_japans_official() -> None:
    s = parse("Prime Minister's Meeting with Prime Minister of India\n\nOn May 2, commencing at "
              "6:00 p.m. for approximately 45 minutes, Mr. OKABE Hiroshi, Prime Minister of "
              "Japan, held a summit meeting with H.E. Shri Narendra Modi, Prime Minister of the "
              "Republic of India. The two leaders signed a Joint Statement. Mr. MURATA Kenji, "
              "Minister for Foreign Affairs, was also present.")
    assert people(s)["MURATA Kenji"][1] == "Japan"


def test_a_one_word_name_in_apposition_after_an_office() -> None:
    s = parse("Joint press statement\n\nBrussels, 2 May 2024. The Commissioner for Trade, Anna "
              "Berg, met the Foreign Minister of Indonesia, Sugiarto, in Brussels.")
    assert people(s)["Sugiarto"] == ("Foreign Minister of Indonesia", "Indonesia")


def test_a_spouse_styled_first_lady_is_no_participant() -> None:
    s = parse("Summit\n\nPresident Park Min-ho held a summit with President Tran Van Minh of "
              "Vietnam on May 2. First Lady Kim Ji-yeon hosted a tea for the guests.")
    assert not any("Lady" in p.name or p.name == "Kim Ji-yeon" for p in s.participants)


def test_a_courtesy_word_after_a_state_is_not_part_of_the_title() -> None:
    s = parse("Talks in Ankara\n\nAnkara, 2 May 2024. President Ali Demir hosted Emir of Qatar "
              "Sheikh Tamim bin Hamad Al Thani for talks.")
    assert people(s)["Tamim bin Hamad Al Thani"][0] == "Emir of Qatar"


def test_two_offices_joined_by_a_slash_are_one_title() -> None:
    s = parse("Joint press statement\n\nBrussels, 2 May 2024. The High Representative of the Union "
              "for Foreign Affairs and Security Policy/Vice-President of the European Commission, "
              "Anna Berg, met the Foreign Minister of Indonesia, Budi Santoso, in Brussels.")
    assert people(s)["Anna Berg"][0] == ("High Representative of the Union for Foreign Affairs "
                                         "and Security Policy/Vice-President of the European "
                                         "Commission")


def test_names_after_courtesy_words_in_a_title_case_headline_stay() -> None:
    s = parse("Joint Statement by the Prime Minister, The Hon Jane Roe MP and the Chief Minister "
              "of the Northern Territory, The Hon. Tom Lee, MLA\n\nThe Prime Minister and the "
              "Chief Minister have discussed youth justice. They agreed on new programs.")
    got = people(s)
    assert "Jane Roe" in got
    assert got.get("Tom Lee", (None,))[0] == "Chief Minister of the Northern Territory"


def test_someones_part_in_another_event_discussed_names_no_participant() -> None:
    s = parse("Deputy Head met NATO envoy\n\nDeputy Head of the Office Ivan Koval met with Head of "
              "the NATO Liaison Office Anna Berg. The parties discussed the expectations from the "
              "participation of President of Ukraine Petro Marchenko in the NATO Summit in June.")
    assert "Petro Marchenko" not in people(s)


def test_someone_a_participant_speaks_about_is_no_participant() -> None:
    s = parse("Minister met mayors\n\nMinister Ivan Koval met with the mayors of Austrian towns. "
              "According to him, President Petro Marchenko is implementing a plan to rebuild "
              "the country.")
    assert "Petro Marchenko" not in people(s)


def test_a_body_named_after_a_state_is_that_states() -> None:
    s = parse("Delegation visits Brasilia\n\nMinister of Economy of Ukraine Ivan Koval held talks "
              "in Brasilia with Minister of Finance of Brazil Jose Lima. Brazilian Development "
              "Bank President Ana Souza also took part in the talks.")
    assert people(s)["Ana Souza"][1] == "Brazil"


def test_two_heads_joined_by_and_before_a_name_are_one_holders_offices() -> None:
    s = parse("Readout\n\nVice President Jane Roe spoke today with Crown Prince and Prime Minister "
              "Khalid bin Saif Al Harbi of Bahrain about Gaza.")
    assert people(s)["Khalid bin Saif Al Harbi"][0].startswith("Crown Prince and Prime Minister")


def test_an_unnamed_office_with_the_and_a_titled_name_are_two_people() -> None:
    s = parse("Readout\n\nPresident Jane Roe met the Vice President and Prime Minister Tom Lee "
              "of Fiji.")
    assert people(s)["Tom Lee"][0].startswith("Prime Minister")


def test_leader_and_coordinator_are_offices() -> None:
    s = parse("Readout of the President's Meeting with Speaker Roe and Leader Lee\n\nPresident "
              "Anna Berg, Speaker Jane Roe, and Leader Tom Lee reaffirmed their commitment to "
              "voting rights. Special Presidential Coordinator for Energy Security Paul Smith "
              "also attended.")
    got = people(s)
    assert got.get("Tom Lee", (None,))[0] == "Leader"
    assert got["Paul Smith"][0] == "Special Presidential Coordinator for Energy Security"


def test_member_of_a_body_and_a_second_office_is_one_title() -> None:
    s = parse("Talks in Beijing\n\nOn May 2, Member of the Political Bureau of the CPC Central "
              "Committee and Director of the Office of the Foreign Affairs Commission Li Wen "
              "held talks with Brazilian Foreign Minister Jose Lima in Beijing.")
    assert people(s)["Li Wen"][0].startswith("Member of the Political Bureau")


def test_a_known_name_inside_a_fuller_one_gives_the_state() -> None:
    s = parse("Prime Minister meets Crown Prince\n\nRiyadh, 2 May 2024. Prime Minister Muhammad "
              "Shehbaz Sharif called on Crown Prince and Prime Minister of the Kingdom of Saudi "
              "Arabia Mohammed bin Salman bin Abdulaziz Al Saud. Minister for Finance Ali Khan "
              "was also present.")
    got = people(s)
    assert got["Muhammad Shehbaz Sharif"][1] == "Pakistan"
    assert got["Mohammed bin Salman bin Abdulaziz Al Saud"] == (
        "Crown Prince and Prime Minister of the Kingdom of Saudi Arabia", "Saudi Arabia")


def test_irish_offices_and_letters_after_a_name() -> None:
    s = parse("Taoiseach meets Canadian Prime Minister\n\nThe Taoiseach, Sean Walsh T.D., met "
              "today with the Prime Minister of Canada, Anne Roy, in Dublin. The Tánaiste, Mary "
              "Byrne T.D., also attended.")
    got = people(s)
    assert got["Sean Walsh"][0] == "Taoiseach" and got["Mary Byrne"][0] == "Tánaiste"


def test_one_plural_office_before_two_names_with_courtesy_words() -> None:
    s = parse("Leaders' Meeting\n\nCanberra, 2 May 2024. Prime Minister Anna Clark of Australia "
              "and Prime Minister Tom Hill of New Zealand held talks. They were joined by Foreign "
              "Ministers Senator the Hon Jane Roe and the Rt Hon Peter Grant.")
    got = people(s)
    assert got["Jane Roe"][0] == "Foreign Minister" and got["Peter Grant"][0] == "Foreign Minister"


def test_someone_recalled_for_a_dated_past_deed_is_no_participant() -> None:
    s = parse("Meeting in Delhi\n\nNew Delhi, 2 May 2024. Prime Minister Arun Mehta met President "
              "Jose Lima of Brazil at Hyderabad House. Lima recalled that President Paulo Reis "
              "visited India in 2008.")
    assert "Paulo Reis" not in people(s)


def test_a_portfolio_noun_unknown_to_the_lexicon_is_no_given_name() -> None:
    s = parse("Talks\n\nPresident Jan Nowak met Minister of Ecology and Environment Protection Ana "
              "Lopez of Chile. Minister of Public Procurement Tom Lee of Chile also attended.")
    got = people(s)
    assert "Ana Lopez" in got and "Tom Lee" in got


def test_one_plural_rank_before_two_names() -> None:
    s = parse("President met with a congressional delegation\n\nPresident of Ukraine Ivan Koval "
              "met with a delegation of the US Congress led by Senator Anna Berg. The delegation "
              "included Senators Tom Lee and Jane Roe.")
    got = people(s)
    assert got["Tom Lee"][0] == "Senator" and got["Jane Roe"][0] == "Senator"


def test_an_adviser_to_a_states_leader_serves_that_state() -> None:
    s = parse("Andriy Koval had a call with Tom Lee\n\nHead of the Office of the President of "
              "Ukraine Andriy Koval had a phone call with National Security Advisor to the "
              "President of the United States Tom Lee. They discussed air defense.")
    assert people(s)["Tom Lee"][1] == "United States"


def test_the_one_a_speaker_addresses_by_name_takes_part() -> None:
    s = parse("Video address to participants in summit on oceans\n\nThe President of Russia "
              "addressed the participants of the World Leaders Summit on Oceans held in Lisbon, "
              "Portugal.\n\nPresident of Russia Ivan Petrov: Mr. Prime-Minister Costa, ladies and "
              "gentlemen, I am pleased to welcome you. Thank you.")
    assert "Costa" in people(s)


def test_bodies_and_places_opening_a_clause_are_no_participants() -> None:
    s = parse("Agreements signed\n\nNew Delhi, 2 May 2024. Prime Minister Arun Mehta received "
              "President Jose Lima of Brazil. Team Europe welcomed the talks. Goldman Sachs "
              "signed an agreement with the State Bank of India. Masdar City hosted a forum.")
    assert set(people(s)) == {"Arun Mehta", "Jose Lima"}
