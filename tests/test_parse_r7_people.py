"""Participants in round-7 shapes seen in other issuers' releases: a nickname in quotes inside
a name, a leader's spouse named as accompanying or only mentioned, court offices with no usual
head word. Invented sentences, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

PUB = dt.date(2025, 6, 3)


def test_a_nickname_in_quotes_stays_inside_the_name() -> None:
    got = people(parse_invented(
        'MANILA, 3 June 2025. Secretary of Foreign Affairs Rogelio "Jojo" Santos met with '
        "Minister for Foreign Affairs of Japan Hiroshi Tanaka today in Manila. Secretary Santos "
        "thanked Minister Tanaka for Japan's support.\n", PUB))
    assert 'Rogelio "Jojo" Santos' in got
    assert "Rogelio" not in got and "Santos" not in got


def test_a_nickname_in_curly_quotes_after_a_title() -> None:
    got = people(parse_invented(
        "President Ramon “Monching” Villar held talks with Prime Minister of Malaysia Aziz "
        "Rahman in Manila on 3 June 2025.\n", PUB))
    assert "Ramon “Monching” Villar" in got
    assert got["Ramon “Monching” Villar"][0] == "President"


def test_a_first_lady_named_as_accompanying_takes_part() -> None:
    got = people(parse_invented(
        "On 3 June 2025, President of Romania Mihai Varga held talks with President of Moldova "
        "Petru Lungu in Bucharest. President Lungu was accompanied by First Lady Maria Lungu.\n",
        PUB))
    assert got["Maria Lungu"] == ("First Lady", "Moldova")


def test_a_first_lady_only_mentioned_is_no_participant() -> None:
    got = people(parse_invented(
        "On 3 June 2025, President of Romania Mihai Varga held talks with President of Moldova "
        "Petru Lungu in Bucharest, ahead of a dinner with First Lady Maria Lungu and business "
        "leaders.\n", PUB))
    assert "Petru Lungu" in got
    assert "Maria Lungu" not in got


def test_a_spouse_of_the_president_in_apposition_is_not_the_president() -> None:
    got = people(parse_invented(
        "On 3 June 2025, President of Romania Mihai Varga held talks with President of Moldova "
        "Petru Lungu in Bucharest. The talks were attended by the spouse of the Moldovan "
        "President, Maria Lungu.\n", PUB))
    title, _ = got["Maria Lungu"]
    assert title is not None and title.startswith("spouse of")
    assert got["Petru Lungu"][0] == "President of Moldova"


def test_his_wife_welcomed_with_the_leader_takes_part_with_his_state() -> None:
    got = people(parse_invented(
        "Canberra, 3 June 2025. It is an honour to welcome Premier of Vietnam Tran Van Minh, his "
        "wife Nguyen Thi Lan and members of his delegation to Australia. Prime Minister Kate "
        "Hollis held talks with Premier Tran today.\n", PUB))
    assert got["Nguyen Thi Lan"][1] == "Vietnam"


def test_court_offices_without_a_usual_head_word_are_titles() -> None:
    got = people(parse_invented(
        "Riyadh, 3 June 2025. Crown Prince Faisal bin Khalid received the Grand Vizier of "
        "Morocco Ahmed Rahimi today. The meeting was attended by Chief of the Royal Court "
        "Omar Haddad.\n", PUB))
    assert got["Ahmed Rahimi"][0] is not None and got["Ahmed Rahimi"][0].startswith("Grand Vizier")
    assert got["Omar Haddad"][0] == "Chief of the Royal Court"


def _countries_of(text: str) -> list[str]:
    return parse_invented(text, PUB).countries


def test_the_leaders_of_three_states_are_all_parties() -> None:
    got = _countries_of(
        "Trilateral summit in Busan\n\nBusan, 3 June 2025. The leaders of Japan, South Korea "
        "and China held a trilateral summit in Busan today and adopted a joint declaration on "
        "trade.\n")
    assert set(got) == {"Japan", "South Korea", "China"}


def test_three_states_as_the_subject_are_all_parties() -> None:
    got = _countries_of(
        "3 June 2025. The United States, Mexico and Canada signed a memorandum on supply chains "
        "in Washington today. Secretary of Commerce Ann Doyle hosted the ministers.\n")
    assert {"United States", "Mexico", "Canada"} <= set(got)


def test_a_list_of_states_in_another_role_adds_no_party() -> None:
    got = _countries_of(
        "Oslo, 3 June 2025. Prime Minister of Norway Ola Berg held talks with Prime Minister of "
        "Sweden Anna Lind in Oslo today. They discussed sanctions against Russia, Iran and "
        "North Korea, and exports to countries such as Brazil, India and Mexico.\n")
    assert set(got) == {"Norway", "Sweden"}


def test_a_list_of_states_that_agreed_earlier_adds_no_party() -> None:
    got = _countries_of(
        "Moscow, 3 June 2025. President of Russia Ivan Petrov had a telephone conversation with "
        "President of Azerbaijan Ali Mammadov. The Presidents discussed the agreements reached by "
        "the leaders of Russia, Azerbaijan and Armenia in 2021.\n")
    assert "Armenia" not in got


def test_an_organisations_official_said_to_take_part_after_the_lead_takes_part() -> None:
    got = people(parse_invented(
        "Vilnius, 3 June 2025. President of Lithuania Jonas Kairys took part in the session of "
        "the regional assembly. Prime Minister of Latvia Ilze Ozola also spoke. The session "
        "discussed energy. Delegates adopted a resolution. Funding was discussed. Director "
        "General of the Assembly of Regions of the Council of Europe Hugo Brandt, who also took "
        "part in the session via video link, stressed the role of local authorities.\n", PUB))
    assert "Hugo Brandt" in got


def test_a_courtesy_in_capitals_before_a_title_is_no_organisation() -> None:
    got = people(parse_invented(
        "Doha, 3 June 2025. His Highness the Amir Sheikh Khalid bin Hamad Al Thani received a "
        "phone call today from HE President of the French Republic Marc Durand. They reviewed "
        "relations between the two countries.\n", PUB))
    assert got["Marc Durand"] == ("President of the French Republic", "France")
    assert got["Khalid bin Hamad Al Thani"][1] != "France"


def test_a_predecessor_named_after_succeeds_is_no_participant() -> None:
    got = people(parse_invented(
        "Today, President of Chile Emma Hart spoke with Chancellor of Austria Franz Gruber. "
        "President Hart congratulated Chancellor Gruber on his new government, which succeeds "
        "that of Chancellor Karl Neumann.\n", PUB))
    assert "Franz Gruber" in got and "Karl Neumann" not in got


def test_someone_met_on_last_months_trip_is_no_participant() -> None:
    got = people(parse_invented(
        "Cairo, 3 June 2025. Foreign Minister of Norway Ola Berg held talks with Minister of "
        "Foreign Affairs of Egypt Sameh Farouk in Cairo today. Berg briefed his counterpart on "
        "his visit to Washington last month, where he met Secretary of State Daniel Carter.\n",
        PUB))
    assert "Sameh Farouk" in got and "Daniel Carter" not in got


def test_talks_with_her_kenyan_counterpart_make_her_no_kenyan() -> None:
    got = people(parse_invented(
        "Pretoria, 3 June 2025. The Minister of International Relations and Cooperation, Dr "
        "Naledi Dlamini, today held bilateral talks with her Kenyan counterpart, Prime Cabinet "
        "Secretary Musalia Otieno. Minister Dlamini was accompanied by Deputy Minister Alvin "
        "Botes and the High Commissioner of South Africa to Kenya, Mr Sipho Maqetuka.\n", PUB))
    assert got["Musalia Otieno"][1] == "Kenya"
    assert got["Naledi Dlamini"][1] == "South Africa"


def test_the_delegation_of_a_state_included_its_members() -> None:
    got = people(parse_invented(
        "Montevideo, 3 June 2025. The President of the Republic, Luis Vázquez Pou, held a "
        "working meeting with the President of the Argentine Republic, Javier Ruiz Paz. The "
        "delegation of Argentina included Foreign Minister Diana Mondragón and Chief of Cabinet "
        "Guillermo Francos.\n", PUB))
    assert got["Diana Mondragón"][1] == "Argentina"
    assert got["Guillermo Francos"][1] == "Argentina"


def test_a_host_who_received_a_delegation_from_a_state_is_not_of_it() -> None:
    got = people(parse_invented(
        "Quito, 3 June 2025. Vice President María José Pinto received a delegation from the "
        "Republic of Korea headed by the Vice Minister of Foreign Affairs, Kang In-sun. Pinto "
        "and Kang discussed the Korea-Ecuador Strategic Economic Cooperation Agreement.\n", PUB))
    assert got["Kang In-sun"][1] == "South Korea"
    assert got["María José Pinto"][1] != "South Korea"


def test_a_host_who_welcomed_the_korean_delegation_is_not_korean() -> None:
    got = people(parse_invented(
        "Quito, 3 June 2025. Vice President María José Pinto welcomed the Korean delegation "
        "headed by Vice Minister of Foreign Affairs Kang In-sun. Pinto and Kang discussed the "
        "Korea-Ecuador Strategic Economic Cooperation Agreement.\n", PUB))
    assert got["María José Pinto"][1] != "South Korea"


def test_a_spokesman_named_among_attendees_takes_part() -> None:
    got = people(parse_invented(
        "Athens, 3 June 2025. Prime Minister of Greece Nikos Andreou held talks with President "
        "of Cyprus Christos Petrou. The talks were also attended by Minister of Foreign Affairs "
        "Giorgos Pappas and Andreas Ioannou, Government Spokesman of Cyprus.\n", PUB))
    assert got["Andreas Ioannou"][1] == "Cyprus"


def test_a_spokesman_who_reports_the_talks_is_no_participant() -> None:
    got = people(parse_invented(
        "Athens, 3 June 2025. Prime Minister of Greece Nikos Andreou held talks with President "
        "of Cyprus Christos Petrou. Government Spokesman Pavlos Marinos told reporters that the "
        "talks were constructive.\n", PUB))
    assert "Nikos Andreou" in got and "Pavlos Marinos" not in got


def test_a_country_named_as_a_subject_of_a_call_is_no_party() -> None:
    s = parse_invented(
        "The Prime Minister spoke to President William Otieno of Kenya this afternoon. The "
        "leaders discussed the situation in Sudan. The Prime Minister welcomed President "
        "Otieno's leadership on Haiti.\n", PUB)
    assert "Haiti" not in s.countries and "Kenya" in s.countries


def test_two_people_joined_by_and_after_a_titled_name_stay_two() -> None:
    got = people(parse_invented(
        "Athens, 3 June 2025. Prime Minister of Greece Nikos Andreou held talks with President "
        "of Cyprus Christos Petrou. The talks were also attended by Minister of Foreign Affairs "
        "Giorgos Pappas and Elena Kosta, Minister of Defence of Cyprus.\n", PUB))
    assert got["Giorgos Pappas"][0] == "Minister of Foreign Affairs"
    assert got["Elena Kosta"][0] == "Minister of Defence of Cyprus"


def test_a_portfolio_joined_by_and_stays_in_the_title() -> None:
    got = people(parse_invented(
        "Athens, 3 June 2025. Minister of Trade and Industry Giorgos Pappas held talks with "
        "Minister for Foreign Affairs and Trade of Cyprus Elena Kosta.\n", PUB))
    assert got["Giorgos Pappas"][0] == "Minister of Trade and Industry"
    assert got["Elena Kosta"][0] == "Minister for Foreign Affairs and Trade of Cyprus"


def test_a_leader_who_will_travel_to_a_state_is_not_of_it() -> None:
    got = people(parse_invented(
        "Prime Minister Kate Hollis will travel to Japan from 12 to 14 June at the invitation "
        "of Prime Minister Ishida Taro. In Tokyo, the Prime Minister will meet with Prime "
        "Minister Ishida.\n", PUB))
    assert got["Kate Hollis"][1] != "Japan"


def test_a_country_word_inside_a_name_is_no_party() -> None:
    s = parse_invented(
        "Brasília, 3 June 2025. President Luiz Inácio da Silva received the Prime Minister of "
        "Portugal, Luís Montenegro, at the Planalto Palace. Ministers Mauro Vieira and Fernando "
        "Haddad took part in the meeting.\n", PUB)
    assert "Montenegro" not in s.countries
    assert people(s)["Luiz Inácio da Silva"][1] != "Montenegro"


def test_the_visitor_named_only_in_on_the_occasion_of_his_visit_takes_part() -> None:
    got = people(parse_invented(
        "Madrid, 3 June 2025. On the occasion of President Gabriel Soto's state visit to Spain, "
        "the Government of Spain and the Government of Chile adopted this joint statement.\n",
        PUB))
    assert "Gabriel Soto" in got


def test_a_leader_named_only_for_his_plans_stays_out() -> None:
    got = people(parse_invented(
        "Madrid, 3 June 2025. Foreign Minister of Spain Ana Ruiz held talks with Foreign "
        "Minister of Chile Pablo Vera. They discussed President Gabriel Soto's plan for "
        "lithium.\n", PUB))
    assert "Pablo Vera" in got and "Gabriel Soto" not in got


def test_a_crown_princess_and_a_defence_chief_with_a_rank_are_titled() -> None:
    got = people(parse_invented(
        "Bangkok, 3 June 2025. Her Royal Highness Crown Princess Astrid of Norway called on "
        "Prime Minister of Thailand Somchai Wong. Prime Minister Somchai later met with the "
        "Australian Chief of the Defence Force, General Angus Reid.\n", PUB))
    assert got["Astrid"] == ("Crown Princess of Norway", "Norway")
    assert got["Angus Reid"] == ("Chief of the Defence Force", "Australia")


def test_a_cardinal_is_a_style_not_a_name() -> None:
    got = people(parse_invented(
        "Rome, 3 June 2025. Prime Minister of Italy Marco Bianchi met with the Secretary of "
        "State, Cardinal Pietro Lanza, accompanied by Archbishop Paul Grant.\n", PUB))
    assert "Pietro Lanza" in got and "Paul Grant" in got


def test_a_minister_filed_from_an_unnamed_home_is_no_guest() -> None:
    s = parse_invented(
        "Jakarta, 3 June 2025. Minister of Foreign Affairs Dewi Wulandari received Minister of "
        "Foreign Affairs of Thailand Maris Sangiampongsa at the Pancasila Building. Also "
        "attending was Deputy Minister Pahala Mansury.\n", PUB)
    got = people(s)
    assert got["Dewi Wulandari"][1] == "Indonesia"
    assert got["Maris Sangiampongsa"][1] == "Thailand"
    assert set(s.countries) == {"Indonesia", "Thailand"}


def test_the_foreign_ministers_of_two_states_then_their_names_in_order() -> None:
    s = parse_invented(
        "Kyiv, 3 June 2025. The Foreign Ministers of France and Germany, Jean Morel and Anna "
        "Weber, held talks with Minister of Foreign Affairs of Ukraine Andrii Sybiha in Kyiv.\n",
        PUB)
    got = people(s)
    assert got["Jean Morel"] == ("Foreign Minister", "France")
    assert got["Anna Weber"] == ("Foreign Minister", "Germany")
    assert {"France", "Germany", "Ukraine"} <= set(s.countries)


def test_at_the_request_of_the_finnish_side_makes_no_one_finnish() -> None:
    got = people(parse_invented(
        "At the request of the Finnish side, President Ilham Rustamov had a telephone "
        "conversation with President of Finland Alexander Stubbs. The heads of state discussed "
        "bilateral relations.\n", PUB))
    assert got["Alexander Stubbs"][1] == "Finland"
    assert got["Ilham Rustamov"][1] != "Finland"


def test_a_particle_joined_by_a_hyphen_stays_in_the_name() -> None:
    got = people(parse_invented(
        "Ankara, 3 June 2025. President of Turkey Kemal Aydin received President of Syria Ahmed "
        "al-Hamadi. Syrian Foreign Minister Asaad el-Masri attended the meeting.\n", PUB))
    assert "Ahmed al-Hamadi" in got and "Asaad el-Masri" in got


def test_an_organisations_head_listed_before_others_who_took_part_takes_part() -> None:
    got = people(parse_invented(
        "Brussels, 3 June 2025. President of Chile Emma Hart met with President of Ghana Kofi "
        "Mensah on the margins of the summit. UN Secretary-General Anders Holm and NATO "
        "Secretary General Piet de Vries also took part.\n", PUB))
    assert "Anders Holm" in got and "Piet de Vries" in got


def test_a_leader_beside_envoys_of_every_named_state_is_of_the_filing_state() -> None:
    got = people(parse_invented(
        "Astana, 3 June 2025. President Daulet Serikbayev received the credentials of newly "
        "appointed ambassadors. Ambassador of Germany Klaus Richter, Ambassador of Japan Ito "
        "Hiroshi and Ambassador of Brazil Paulo Mendes presented their credentials.\n", PUB))
    assert got["Daulet Serikbayev"][1] == "Kazakhstan"
    assert got["Klaus Richter"][1] == "Germany"


def test_a_wife_of_the_president_named_after_her_name_accompanying_takes_part() -> None:
    got = people(parse_invented(
        "Canberra, 3 June 2025. Prime Minister Kate Hollis welcomed President of Ghana Kofi "
        "Mensah. Mrs Ama Owusu, wife of the President, accompanied him.\n", PUB))
    assert got["Ama Owusu"][1] == "Ghana"
