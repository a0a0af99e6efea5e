"""Participants of an issuer whose officials are in no lexicon (round 8): names the parser
cannot look up must get their office and state from the release's own words. Invented names
and sentences only, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

PUB = dt.date(2025, 6, 3)


def test_an_untitled_leader_takes_the_office_a_later_description_gives() -> None:
    got = people(parse_invented(
        "Dravek Onsulmar had a telephone conversation with Prime Minister of the Republic of "
        "Veltria Joran Paskeli.\n\nAt the request of Joran Paskeli, the President of Albania "
        "briefed him on the regional situation. Dravek Onsulmar and Joran Paskeli agreed to "
        "maintain contact.\n", PUB))
    assert got["Joran Paskeli"][0] == "Prime Minister of the Republic of Veltria"
    assert got["Dravek Onsulmar"] == ("President of Albania", "Albania")


def test_an_apposition_after_the_title_keeps_the_person_s_own_office() -> None:
    got = people(parse_invented(
        "Ilvar Tomesk, the President of Albania, had a telephone conversation with Prime "
        "Minister of Greece Joran Paskeli.\n", PUB))
    assert got["Ilvar Tomesk"] == ("President of Albania", "Albania")


def test_a_meeting_between_two_officials_joins_no_one_to_the_other_s_side() -> None:
    got = people(parse_invented(
        "Today, Prime Minister Tavila Orrenkast of Peru and Vice President Sorel Amdauk met "
        "at the White House and reaffirmed the relationship between the United States and "
        "Peru.\n", PUB, title="Readout of Meeting Between Prime Minister Orrenkast and Vice "
        "President Amdauk"))
    assert got["Tavila Orrenkast"][1] == "Peru"
    assert got["Sorel Amdauk"][1] != "Peru"


def test_an_official_beside_a_guest_named_with_his_state_is_of_the_other_side() -> None:
    got = people(parse_invented(
        "Vice President Sorel Amdauk spoke today with King Tavil II of Jordan to reaffirm the "
        "United States' strong support for Jordan. Vice President Amdauk and the King "
        "discussed the economic challenges that Jordan faces and the United States' "
        "assistance.\n", PUB, title="Readout of Vice President Amdauk's Call with King Tavil "
        "II of Jordan"))
    assert got["Sorel Amdauk"] == ("Vice President", "United States")


def test_an_office_in_apposition_before_a_styled_name_is_its_title() -> None:
    got = people(parse_invented(
        "PRIME MINISTER ORRENKAST:\n\nWelcome, Joran. Good to see you again.\n\n"
        "PRIME MINISTER PASKELI:\n\nThank you. We have a lot to talk about.\n", PUB,
        title="Bilateral meeting with the Prime Minister of Canada, The RT Hon Joran Paskeli "
        "PC MP"))
    name = next(n for n in got if "Paskeli" in n)
    assert got[name] == ("Prime Minister of Canada", "Canada")


def test_a_state_in_a_headline_in_capitals_is_no_person() -> None:
    s = parse_invented(
        "The Sultan of Brunei, Sultan Omar Tavil, will pay a state visit to Australia from 10 "
        "to 12 June 2025. The Sultan will hold talks with the Prime Minister in Canberra.\n",
        PUB, title="SULTAN OF BRUNEI TO VISIT AUSTRALIA")
    got = people(s)
    assert "Australia" not in got
    assert got["Omar Tavil"][1] == "Brunei"


def test_a_title_case_headline_s_object_is_no_part_of_an_office() -> None:
    got = people(parse_invented(
        "President of Ukraine Oleh Darko had a phone call with President of the European "
        "Commission Anna Marek. They discussed the security situation around Ukraine.\n", PUB,
        title="President of Ukraine Discussed with the President of the European Commission "
        "the Development of the Security Situation Around Ukraine"))
    assert got["Oleh Darko"] == ("President of Ukraine", "Ukraine")


def test_a_headline_in_capitals_with_a_colon_far_on_is_read_in_title_case() -> None:
    got = people(parse_invented(
        "We held talks in Canberra today during the state visit of the President to "
        "Australia. Our two countries have developed a broad and close relationship.\n", PUB,
        title="JOINT STATEMENT WITH PRESIDENT HAN SEO-JIN OF THE REPUBLIC OF KOREA - THE "
        "REPUBLIC OF KOREA AND AUSTRALIA: AN EXPANDING PARTNERSHIP"))
    name = next(n for n in got if n.upper().startswith("HAN"))
    assert got[name] == ("President of the Republic of Korea", "South Korea")


def test_a_trip_named_in_a_headline_in_capitals_is_no_one_s_home() -> None:
    text = (
        "On 2-3 June, Homeland Security Advisor Dr. Nora Belk-Tavish led an interagency "
        "delegation to Mexico to strengthen cooperation with our Mexican partners on "
        "migration. Deputy Attorney General Ines Carrow and Deputy Secretary of State Paul "
        "Dunmore accompanied Dr. Belk-Tavish on this delegation. Yesterday, Dr. Belk-Tavish "
        "and U.S. Ambassador to Mexico Ken Marlow met with President of Mexico Luis Orante "
        "and Foreign Secretary Marta Velo in Mexico City. Dr. Belk-Tavish expressed "
        "appreciation to President Orante for the dialogue between our two countries.\n")
    shouted = people(parse_invented(text, PUB, title="READOUT OF HOMELAND SECURITY ADVISOR DR. "
                                    "NORA BELK-TAVISH’S TRIP TO MEXICO"))
    cased = people(parse_invented(text, PUB, title="Readout of Homeland Security Advisor Dr. "
                                  "Nora Belk-Tavish’s Trip to Mexico"))
    assert shouted == cased
    assert shouted["Nora Belk-Tavish"][1] == "United States"


def test_a_dateline_run_into_the_lead_gives_no_state_to_the_title_after_it() -> None:
    got = people(parse_invented(
        "Beijing, People's Republic of China Prime Minister Mara Tolven of Australia today "
        "concluded her second visit to China, having held talks with China's President.\n",
        PUB, title="Prime Minister Tolven Concludes Visit to China"))
    assert got["Mara Tolven"][1] != "China"


def test_the_head_of_a_state_s_body_is_not_a_president_of_that_state() -> None:
    got = people(parse_invented(
        "Today I held talks with Prime Minister of Canada Joran Paskeli in Kyiv. I also had a "
        "meeting with the President of the Norwegian Storting in Kyiv.\n", PUB,
        title="Our partners stand with us - address by President Oleh Darko"))
    assert got["Oleh Darko"][1] != "Norway"


def test_a_second_leader_of_another_office_joins_the_only_side_left() -> None:
    got = people(parse_invented(
        "President Oleh Darko signed an application for Ukraine's membership in the European "
        "Union. Also, together with Chairman of the Verkhovna Rada Ivan Stelmak and Prime "
        "Minister Petro Hlyn, a Joint Statement was signed. The documents are addressed to "
        "Jean Morel, President of France, which presides the Council of the European Union.\n",
        PUB, title="Oleh Darko signed an application for Ukraine's membership in the European "
        "Union"))
    assert got["Petro Hlyn"] == ("Prime Minister", "Ukraine")


def test_those_met_at_a_trip_s_second_stop_are_of_that_stop_s_state() -> None:
    got = people(parse_invented(
        "Prime Minister Mara Tolven will visit Jakarta and Berlin this month.\n\nThe Prime "
        "Minister will visit Jakarta on 12 June to meet President Aris Wiranto and discuss "
        "Australia-Indonesia cooperation.\n\nThe Prime Minister will then visit Berlin to meet "
        "Chancellor Greta Holm and discuss deepening Australian relations with Germany.\n",
        PUB, title="Prime Minister to visit Jakarta, Berlin"))
    assert got["Greta Holm"][1] == "Germany"
    assert got["Aris Wiranto"][1] == "Indonesia"


def test_a_state_written_alone_heads_the_lines_about_its_leader() -> None:
    got = people(parse_invented(
        "Today was a marathon of phone conversations. Slovakia. In a conversation with Prime "
        "Minister Dorin Halek, we coordinated our positions. Lithuania. I thanked President "
        "Aras Vilko for the support. Portugal. Prime Minister Tiago Marel confirmed his "
        "support.\n", PUB, title="Every day we fight - address by President Oleh Darko"))
    assert got["Dorin Halek"][1] == "Slovakia"
    assert got["Aras Vilko"][1] == "Lithuania"
    assert got["Tiago Marel"][1] == "Portugal"


def test_a_body_s_president_takes_no_state_s_presidency() -> None:
    got = people(parse_invented(
        "Dravek Onsulmar had a telephone conversation with President of the European Council "
        "Lena Marsh.\n\nA number of international issues were discussed. At the request of Lena "
        "Marsh, the President of Albania shared his assessment of the situation.\n", PUB))
    assert got["Lena Marsh"][1] == "European Union"
    assert got["Dravek Onsulmar"][1] == "Albania"


def test_a_name_on_the_next_line_of_a_wrapped_paragraph_keeps_its_title() -> None:
    got = people(parse_invented(
        "On 3 June 2025 in Tirana, the President of Albania held talks with Prime Minister\n"
        "Joran Paskeli of Greece on trade, energy and transport links between the two\n"
        "countries.\n", PUB))
    assert got["Joran Paskeli"] == ("Prime Minister of Greece", "Greece")


def test_a_short_heading_line_before_a_name_still_ends_the_title() -> None:
    got = people(parse_invented(
        "Prime Minister\nMedia Release\n\nPrime Minister Joran Paskeli of Greece met President "
        "of Albania Ilir Daci in Tirana today.\n", PUB))
    assert "Media Release" not in got


def test_a_state_s_name_broken_by_a_wrapped_line_is_still_a_state() -> None:
    s = parse_invented(
        "On 3 June 2025 in Tirana, Foreign Minister of Albania Ilir Daci held talks with the\n"
        "Minister of Foreign Affairs of the United Arab\nEmirates Omar Saif on trade and "
        "investment.\n", PUB)
    assert people(s)["Omar Saif"][1] == "United Arab Emirates"
    assert "United Arab Emirates" in s.countries
