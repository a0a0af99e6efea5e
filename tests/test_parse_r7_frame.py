"""The event frame (place, date, visit type) on invented releases: round 7 rules, each
general across issuers and grounded in GUIDELINES. No corpus text."""

from __future__ import annotations

import datetime as dt

from invented import FRAME_DAY as PUB
from invented import parse_frame as parse
from invented import parse_invented

# --- a dateline alone does not place the event (GUIDELINES) --------------------------------------

def test_a_dateline_of_another_city_of_the_visited_state_is_only_the_filing_place() -> None:
    s = parse("Toronto, Canada\n\nThe two Prime Ministers held their annual leaders' talks in "
              "Canada today and agreed to lower roaming charges.",
              title="Leaders agree to lower roaming charges")
    assert (s.location.city, s.location.country) == (None, "Canada")


def test_a_dateline_naming_the_visited_states_capital_places_the_talks() -> None:
    s = parse("Ottawa\n\nPrime Minister Ana Ruiz met President Tomas Berg on 11 March as part of "
              "his State Visit to Canada.", title="Joint statement of the two leaders")
    assert (s.location.city, s.location.country) == ("Ottawa", "Canada")


# --- archive releases hard-wrapped with a blank line after every line ---------------------------

_WRAPPED = """VISIT BY THE PRESIDENT OF CHILE

I am very pleased to announce that President Tomas Berg of Chile will visit

Canada from 20 to 22 March. It will be his first visit to our country as

President and an occasion to review the relationship between our nations.

Mr Berg's visit is an opportunity to discuss matters of common interest

to our two countries. We are both members of several regional bodies, and

we share an interest in open markets and in a stable trading system for

the region. Chile has become one of our leading partners in the Americas.

Trade between Canada and Chile has grown strongly over the past ten years

and our companies have invested heavily in mining and in energy projects.

I look forward to welcoming Mr Berg and to a productive programme of talks.
"""


def test_hard_wrapped_lines_are_joined_back_into_sentences() -> None:
    from briefgen.parse.segment import segment

    doc = segment(_WRAPPED)
    texts = [" ".join(s.text.split()) for s in doc.sentences]
    assert ("I am very pleased to announce that President Tomas Berg of Chile will visit Canada "
            "from 20 to 22 March.") in texts
    # offsets still index the release text
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
    assert doc.sentences[0].text == "VISIT BY THE PRESIDENT OF CHILE"


def test_a_hard_wrapped_announcement_gives_the_visits_date_and_place() -> None:
    s = parse_invented(_WRAPPED, dt.date(2025, 3, 10))
    assert s.date == dt.date(2025, 3, 20)
    assert s.location.country == "Canada"


def test_ordinary_paragraphs_and_short_lines_are_not_joined() -> None:
    from briefgen.parse.segment import segment

    text = ("Leaders meet in Ottawa\n\nPRIME MINISTER:\n\nThank you all for coming\n\n"
            + "\n\n".join(f"Point {i} of the agenda was discussed at some length by the two sides"
                          for i in range(10)))
    doc = segment(text)
    assert len(doc.sentences) == 13
    assert {s.paragraph for s in doc.sentences} == set(range(13))


def test_headings_in_capitals_below_the_headline_do_not_use_up_the_lead() -> None:
    text = ("VISIT BY THE PRESIDENT OF CHILE, MR TOMAS BERG\n\nVISIT BY THE PRESIDENT OF CHILE,"
            "\n\nMR TOMAS BERG\n\nI have great pleasure in announcing that the President of Chile, "
            "Mr Tomas Berg, will visit Canada on 20-21 March. Mr Berg will hold talks with me "
            "on trade.")
    s = parse_invented(text, dt.date(2025, 3, 10))
    assert s.date == dt.date(2025, 3, 20)
    assert s.location.country == "Canada"


# --- other names of capitals; a seat of government with no city in its name ---------------------

def test_a_capitals_local_name_is_a_city_as_the_release_writes_it() -> None:
    s = parse("President Tomas Berg held talks with President Ana Ruiz in Tshwane today.")
    assert (s.location.city, s.location.country) == ("Tshwane", "South Africa")
    s = parse("President Tomas Berg held talks with President Ana Ruiz in Asunción today.")
    assert (s.location.city, s.location.country) == ("Asunción", "Paraguay")


def test_a_venue_followed_by_its_citys_name_gives_the_city_as_written() -> None:
    s = parse("Remarks by President Ana Ruiz on the State Visit to South Africa, Union Buildings, "
              "Tshwane. President Ana Ruiz held talks with President Tomas Berg today.")
    assert (s.location.city, s.location.country) == ("Tshwane", "South Africa")


def test_government_house_of_a_host_is_in_its_capital() -> None:
    s = parse("Today at the Santi Building, Government House, the Prime Minister received a "
              "courtesy call from the Minister of Foreign Affairs of Chile, Ana Ruiz, on the "
              "occasion of her official visit to Thailand.")
    assert (s.location.city, s.location.country) == ("Bangkok", "Thailand")
    s = parse("President Tomas Berg paid a state visit to Kenya. The two Presidents held talks "
              "at State House on 11 March.")
    assert (s.location.city, s.location.country) == ("Nairobi", "Kenya")


def test_a_seat_named_with_another_city_or_in_a_state_of_two_capitals_gives_no_capital() -> None:
    s = parse("Prime Minister Ana Ruiz paid an official visit to Australia. She was received at "
              "Government House, Sydney on 11 March.")
    assert s.location.city in (None, "Sydney")
    s = parse("President Tomas Berg paid a state visit to Bolivia. The two Presidents held talks "
              "at the Presidential Palace on 11 March.")
    assert s.location.city is None


# --- a dateline in the issuer's own language ------------------------------------------------------

def test_a_portuguese_spanish_or_french_dateline_dates_the_event() -> None:
    cases = [("Lisboa, 4 de março de 2025 – Prime Minister Tomas Berg held talks with "
              "Prime Minister Ana Ruiz.", dt.date(2025, 3, 4)),
             ("Madrid, 5 de marzo de 2025 – Prime Minister Tomas Berg held talks with "
              "Prime Minister Ana Ruiz.", dt.date(2025, 3, 5)),
             ("Paris, le 6 mars 2025 – President Tomas Berg held talks with President Ana Ruiz.",
              dt.date(2025, 3, 6))]
    for text, day in cases:
        assert parse(text, published=dt.date(2025, 3, 7)).date == day


def test_a_foreign_month_word_without_a_year_is_no_date() -> None:
    s = parse("President Tomas Berg held talks with President Ana Ruiz today. The 5 mars "
              "committee will report.", published=dt.date(2025, 3, 7))
    assert s.date == dt.date(2025, 3, 7)


# --- "held in X" places the event only when the event is what was held ---------------------------

def test_other_things_held_in_a_state_do_not_place_the_meeting() -> None:
    s = parse("President Tomas Berg had a meeting with Minister of Culture Ana Ruiz. The Minister "
              "reported on music competitions held in Chile.")
    assert s.location.country != "Chile"
    s = parse("President Tomas Berg had a meeting with Minister of Culture Ana Ruiz. The meeting "
              "was held in Chile.")
    assert s.location.country == "Chile"


def test_a_datelines_date_under_a_page_stamp_is_a_stamp_too() -> None:
    s = parse("Government of Nordland - Communiqué | 2025-03-12\n\nLisboa, 12 de março de 2025 - "
              "Prime Minister Tomas Berg and Prime Minister Ana Ruiz co-chaired on Tuesday, 11 "
              "March, the fifth Nordland-Andean Summit.", title="Fifth summit held",
              published=dt.date(2025, 3, 12))
    assert s.date == dt.date(2025, 3, 11)


# --- a place in a clause about another time is another event's -----------------------------------

def test_a_city_of_an_earlier_meeting_dated_by_a_month_alone_is_passed_over() -> None:
    s = parse("President Tomas Berg held talks with President Ana Ruiz in Sochi today. We have not "
              "seen each other for a long time – we met in Lima in June, I believe.")
    assert s.location.city == "Sochi"
    s = parse("President Tomas Berg held talks with President Ana Ruiz. We have not seen each "
              "other for a long time – we met in Lima in June, I believe.")
    assert s.location.city != "Lima"


def test_a_city_of_a_meeting_not_so_long_ago_or_looked_forward_to_is_passed_over() -> None:
    s = parse("President Tomas Berg held a meeting with President Ana Ruiz. You and I met in Lima "
              "not so long ago.")
    assert s.location.city != "Lima"
    s = parse("President Tomas Berg held a meeting with President Ana Ruiz. The President said he "
              "looks forward to seeing the President in Madrid for the summit.")
    assert s.location.city != "Madrid"


def test_a_seat_named_for_its_people_is_no_venue() -> None:
    s = parse("Foreign Minister Ana Ruiz met with Secretary of State Tomas Berg. They discussed "
              "sanctions to curb the Kremlin's aggressive intentions.")
    assert s.location.city != "Moscow"
    s = parse("Deputy Prime Minister Ana Ruiz and White House Senior Advisor Tomas Berg held a "
              "meeting of the energy task force.")
    assert s.location.city != "Washington"


def test_a_meeting_someone_is_going_to_have_or_had_previously_is_another_event() -> None:
    s = parse("President Tomas Berg held talks with President Ana Ruiz. The two leaders have "
              "previously met in Lima.")
    assert s.location.city != "Lima"
    s = parse("President Tomas Berg held talks with President Ana Ruiz. I know you are going to "
              "have another meeting in Brussels soon.")
    assert s.location.city != "Brussels"


# --- "spoke with" names no medium: in person beside a gathering or during a visit ---------------

def test_spoke_with_on_the_sidelines_or_during_a_visit_is_no_call() -> None:
    s = parse("President Tomas Berg spoke with President Ana Ruiz on the sidelines of the G20 "
              "summit in Rome today.")
    assert s.visit_type == "meeting"
    assert s.location.city == "Rome"
    s = parse("During his official visit to Peru, President Tomas Berg spoke with President Ana "
              "Ruiz about trade.")
    assert s.visit_type == "official visit"
    # with no such words, a readout's "spoke with" stays a call
    assert parse("President Tomas Berg spoke with President Ana Ruiz today about the economy."
                 ).visit_type == "phone call"


def test_a_city_in_a_life_story_a_compound_or_a_meeting_agreed_for_later_is_no_venue() -> None:
    for tail in ("Ruiz was born in Madrid.", "They discussed investment in Madrid-based firms.",
                 "They agreed to meet again in Madrid."):
        s = parse(f"President Tomas Berg held talks with Prime Minister Ana Ruiz today. {tail}")
        assert s.location.city is None, tail


def test_a_state_welcomed_as_the_object_of_someones_act_is_no_place() -> None:
    s = parse("President Tomas Berg met Prime Minister Ana Ruiz today and welcomed Chile's "
              "support to Ukraine.")
    assert s.location.country != "Ukraine"
    # a journey welcomed is one there
    s = parse("President Tomas Berg welcomed Prime Minister Ana Ruiz's visit to Ukraine today.")
    assert s.location.country == "Ukraine"


def test_a_newswire_dateline_with_a_double_hyphen_is_a_filing_stamp() -> None:
    s = parse("LIMA, March 11 (Agency) -- President Tomas Berg held talks with President Ana Ruiz "
              "on Monday.", published=dt.date(2025, 3, 12))
    assert s.date == dt.date(2025, 3, 10)
    assert s.location.city is None  # a dateline alone does not place the event


def test_a_working_lunch_is_a_meeting_unless_a_visit_type_is_named() -> None:
    assert parse("President Tomas Berg held a working lunch with President Ana Ruiz today."
                 ).visit_type == "meeting"
    assert parse("President Tomas Berg is on an official visit to Peru. He held a working lunch "
                 "with President Ana Ruiz today.").visit_type == "official visit"


def test_a_visit_still_ahead_of_the_reported_meeting_is_not_its_type_or_place() -> None:
    s = parse("President Tomas Berg met President Ana Ruiz today ahead of her state visit to "
              "Japan.")
    assert s.visit_type == "meeting"
    assert s.location.country != "Japan"
    s = parse("President Tomas Berg met President Ana Ruiz today, on the eve of his trip to "
              "Tokyo.")
    assert s.location.city != "Tokyo"


def test_today_beside_a_chaired_session_dates_it() -> None:
    s = parse("President Tomas Berg chaired the third Nordland-Andean Binational Cabinet in Lima "
              "today.")
    assert s.date == PUB


def test_capital_markets_are_no_capital_city() -> None:
    s = parse("President Tomas Berg is on an official visit to Kenya. He held talks with President "
              "Ana Ruiz on investment in the capital markets.")
    assert (s.location.city, s.location.country) == (None, "Kenya")
    s = parse("President Tomas Berg is on an official visit to Kenya. He held talks with President "
              "Ana Ruiz in the capital today.")
    assert s.location.city == "Nairobi"


def test_a_settlement_is_the_venue_only_where_the_event_is_placed_there() -> None:
    for tail in ("They discussed the crimes committed in the town of Bucha.",
                 "Ruiz visited the town of Irpin last year.",
                 "The city of Kherson was liberated."):
        s = parse(f"President Tomas Berg met President Ana Ruiz today. {tail}")
        assert s.location.city is None, tail
    s = parse("President Tomas Berg met President Ana Ruiz in the village of Huta today.")
    assert s.location.city == "Huta"


def test_a_capitals_full_local_name_is_the_city_as_written() -> None:
    s = parse("Foreign Minister Tomas Berg held talks with his counterpart Ana Ruiz in Santiago de "
              "Chile today.")
    assert (s.location.city, s.location.country) == ("Santiago de Chile", "Chile")


# --- lead review: a foreign-language filing line, a dateline inside the visit's days -----------

def test_a_foreign_language_filing_line_gives_way_to_the_english_lead_day() -> None:
    """The issuer's own-language date is its filing line even after a bulletin number; the
    English lead's 'on Wednesday, November 18' is the event's day."""
    text = ("Boletín de prensa Nro. 77 - Lima, 19 de noviembre de 2026\n\n"
            "President Ana Ruiz received on Wednesday, November 18, at the Government Palace "
            "the President of Chile, Tomas Berg, who is on an official visit.")
    assert parse(text, published=dt.date(2026, 11, 19)).date == dt.date(2026, 11, 18)


def test_a_dateline_inside_the_visit_days_dates_the_talks() -> None:
    """'Hanoi, March 4 (Agency) - ... on a state visit from March 3-5, held talks': the
    report is filed from the talks' day, a better day than the visit's first."""
    text = ("Leaders hold talks\n\nHanoi, March 4 (VNA) - President Ana Ruiz held talks with "
            "President Tomas Berg of Chile, who is on a state visit to Viet Nam from March 3-5 "
            "at her invitation.")
    assert parse(text, published=dt.date(2026, 3, 4)).date == dt.date(2026, 3, 4)
    plain = ("Leaders hold talks\n\nPresident Ana Ruiz held talks with President Tomas Berg of "
             "Chile, who is on a state visit to Viet Nam from March 3-5 at her invitation.")
    assert parse(plain, published=dt.date(2026, 3, 6)).date == dt.date(2026, 3, 3)
