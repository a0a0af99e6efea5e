"""Participants' states and titles in blind-probe shapes (round 6, second pass): which side
an official with no state written beside them belongs to. Invented sentences, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

from briefgen.model import VisitSummary

PUB = dt.date(2024, 5, 2)


def parse(text: str) -> VisitSummary:
    return parse_invented(text, PUB)


def test_an_abbreviated_premier_keeps_the_description_of_his_own_office() -> None:
    # ("Finnish Prime Minister" describes PM Virtanen: the host premier is not Finnish)
    s = parse("Finnish PM Aino Virtanen calls on Prime Minister Tomas Kral in Prague\n\n"
              "Prague, 2 May 2024: Finland's Prime Minister Aino Virtanen, who arrived in Prague "
              "yesterday, called on Prime Minister Tomas Kral at the Government Office. Prime "
              "Minister Tomas Kral received the Finnish Prime Minister at the entrance. The two "
              "premiers discussed energy and trade between Finland and the Czech Republic.")
    got = people(s)
    assert got["Aino Virtanen"][1] == "Finland"
    assert got["Tomas Kral"][1] == "Czech Republic"


def test_a_leader_listed_beside_a_guest_minister_is_not_of_the_guest_state() -> None:
    s = parse("PM Dvorak meets Estonian Foreign Minister Kask; Remarks by PM Dvorak and FM Kask\n\n"
              "Prime Minister Jan Dvorak today met in Prague with Estonian Foreign Minister Mart "
              "Kask, who is on an official visit to the Czech Republic. Following are remarks by "
              "PM Dvorak and FM Kask at the start of their meeting.")
    got = people(s)
    assert got["Mart Kask"][1] == "Estonia"
    assert got["Jan Dvorak"][1] == "Czech Republic"


def test_the_office_that_was_accompanied_gives_its_company_a_state() -> None:
    s = parse("Joint Statement on the Official Visit of the President of Ghana to Canada\n\n"
              "1. At the invitation of the Government of Canada, His Excellency Kofi Mensah, "
              "President of the Republic of Ghana, paid an official visit to Canada. He held "
              "talks with Prime Minister Claire Dubois of Canada in Ottawa.\n\n"
              "2. The President was accompanied by Hon. Ama Owusu, Minister of Trade and "
              "Industry, and Hon. Kwame Asante, Deputy Minister of Energy. The Canadian side "
              "included Hon. Paul Martin, Minister of International Trade.")
    got = people(s)
    assert got["Ama Owusu"][1] == "Ghana"
    assert got["Kwame Asante"][1] == "Ghana"
    assert got["Paul Martin"][1] == "Canada"


def test_the_unmarked_one_of_a_pair_is_the_other_side() -> None:
    s = parse("Presidents sign border accord at the dam\n\n"
              "2 May 2024\n\n"
              "The President of the Republic, Ana Quispe Rojas, and the President of the "
              "Plurinational State of Bolivia, Evo Mamani Choque, met on Thursday at the dam on "
              "the Bolivian side of the lake. A memorandum on border security was signed by the "
              "Minister of the Interior, Luis Vargas Soto, and by the Bolivian Minister of "
              "Government, Carlos Flores Mita. Bolivian traders will benefit, said President "
              "Mamani Choque, who thanked Peru. Bolivia will build the road and the Bolivian "
              "authorities welcomed it.\n\n"
              "Also present were the Minister of Energy and Mines, Rosa Huaman Diaz.\n\n"
              "The Peruvian President returns to Lima tonight.")
    got = people(s)
    assert got["Evo Mamani Choque"][1] == "Bolivia"
    assert got["Carlos Flores Mita"][1] == "Bolivia"
    assert got["Ana Quispe Rojas"][1] == "Peru"
    assert got["Luis Vargas Soto"][1] == "Peru"
    assert got["Rosa Huaman Diaz"][1] == "Peru"


def test_the_officials_of_the_two_countries_come_in_the_order_of_the_states() -> None:
    s = parse("Presidents sign border accord at the dam\n\n"
              "Lima, 2 May 2024\n\n"
              "The President of the Republic, Ana Quispe Rojas, and the President of the "
              "Plurinational State of Bolivia, Evo Mamani Choque, met on Thursday in Puno. The "
              "foreign ministers of the two countries, Jorge Salas Pinto and Maria Condori "
              "Vega, signed the accord. Bolivia, Peru and Bolivian traders will benefit.")
    got = people(s)
    assert got["Jorge Salas Pinto"][1] == "Peru"
    assert got["Maria Condori Vega"][1] == "Bolivia"


def test_a_list_of_portfolios_before_the_head_is_one_title() -> None:
    s = parse("Talks in Dhaka\n\nDhaka, 2 May 2024: Prime Minister Karim Uddin met Nepal's Prime "
              "Minister Ram Thapa. Foreign Minister Dr. Abdul Hasan and Roads, Shipping and "
              "Transport Minister Jamal Hossain Mia were present.")
    got = people(s)
    assert got["Jamal Hossain Mia"][0] == "Roads, Shipping and Transport Minister"
    assert got["Abdul Hasan"][0] == "Foreign Minister"


def test_an_office_that_owns_a_title_is_part_of_it() -> None:
    s = parse("Talks in Dhaka\n\nDhaka, 2 May 2024: Prime Minister Karim Uddin met Nepal's Prime "
              "Minister Ram Thapa. Foreign Minister Dr. Abdul Hasan and PM's Principal "
              "Secretary Nazmul Huda Khan were present, as was President's Special Envoy "
              "Rafiq Alam Chowdhury.")
    got = people(s)
    assert got["Nazmul Huda Khan"][0] == "PM's Principal Secretary"
    assert got["Rafiq Alam Chowdhury"][0] == "President's Special Envoy"


def test_a_deputy_leader_with_a_portfolio_and_a_body_in_a_portfolio() -> None:
    s = parse("Leaders meet in Lisbon\n\n2 May 2024\n\nThe Prime Minister of Portugal, Rui Costa "
              "Santos, received the President of the Government of Spain, Pablo Ruiz Gil, in "
              "Lisbon. The Spanish delegation included the First Vice-President and Minister "
              "for Finance, Carmen Ortega Lara, and the Minister of Foreign Affairs, European "
              "Union and Cooperation, Manuel Vidal Soler, among others.")
    got = people(s)
    assert got["Carmen Ortega Lara"] == ("First Vice-President and Minister for Finance", "Spain")
    assert got["Manuel Vidal Soler"] == (
        "Minister of Foreign Affairs, European Union and Cooperation", "Spain")


def test_a_body_or_a_palace_named_after_someone_is_no_person() -> None:
    s = parse("President holds call with Prime Minister of Fiji\n\n"
              "Santiago, 2 May 2024.- This Tuesday, from the Palacio de Los Andes, the President "
              "of the Republic, Rodrigo Fuentes Lagos, held a videoconference with the Prime "
              "Minister of Fiji, Josaia Ratu. He was accompanied by the Undersecretary of Trade, "
              "Camila Rojas Soto. The leaders praised the Queen Sirikit Medical Aid and Research "
              "Centre for its work.")
    got = people(s)
    assert "Fuentes Lagos" not in " ".join(n for n in got if n != "Rodrigo Fuentes Lagos")
    assert got["Rodrigo Fuentes Lagos"][0] == "President of the Republic"
    assert got["Camila Rojas Soto"][0] == "Undersecretary of Trade"
    assert not any("Andes" in n or "Sirikit" in n for n in got)


def test_a_meeting_scheduled_for_later_as_a_topic_does_not_make_the_call_future() -> None:
    s = parse("Foreign Minister receives calls\n\nRiyadh, 2 May 2024 -- The Minister of Foreign "
              "Affairs, Prince Faisal bin Nasser, received a phone call today from Foreign "
              "Minister of Peru Jorge Salas Pinto, during which they discussed preparations for "
              "the Arab-Andean business forum scheduled to be held in Riyadh next May.")
    got = people(s)
    assert got["Jorge Salas Pinto"][1] == "Peru"


def test_the_head_of_a_council_of_ministers_is_a_state_leader() -> None:
    s = parse("Meeting with the Prime Minister of Slovakia\n\n2 May 2024\n\nThis morning, on the "
              "margins of the summit in Geneva, the President of the Council of Ministers, "
              "Marek Nowicki, held a bilateral meeting with the Prime Minister of the Slovak "
              "Republic, Juraj Kollar. Poland and Slovakia agreed to deepen energy ties.")
    got = people(s)
    assert got["Marek Nowicki"] == ("President of the Council of Ministers", "Poland")
    assert got["Juraj Kollar"][1] == "Slovakia"


def test_an_office_after_a_kept_rank_and_no_third_state_for_an_unmarked_official() -> None:
    s = parse("Today I received H.E. Lars Nilsen, Minister of Foreign Affairs of the Kingdom of "
              "Norway, at the Office of the Prime Minister here in Nairobi. We discussed trade "
              "between Kenya and Norway and the talks between Kenya and Uganda facilitated by "
              "Norway. The meeting was also attended by H.E. Ambassador Peter Kamau Njoroge, "
              "Minister of Foreign Affairs, and H.E. Dr. Grace Wanjiku Otieno, Commissioner of "
              "the Kenyan Investment Authority, while the Norwegian delegation included H.E. "
              "Ingrid Berg, Ambassador of Norway to Kenya.")
    got = people(s)
    assert got["Peter Kamau Njoroge"] == ("Minister of Foreign Affairs", "Kenya")
    assert "Uganda" not in s.countries


def test_a_release_filed_at_home_about_talks_abroad_and_an_ambiguous_office() -> None:
    # (two presidents: "accompanied the President" names no one state; the dateline does)
    s = parse("President Mensah visits Kenya\n\nAccra, 2 May 2024. During his state visit to "
              "Kenya, President Kofi Mensah held talks with President William Ruto. Kenya and "
              "Ghana signed three agreements. The Minister of Foreign Affairs, Ama Owusu, "
              "accompanied the President.")
    got = people(s)
    assert got["William Ruto"][1] == "Kenya"
    assert got["Ama Owusu"][1] == "Ghana"
