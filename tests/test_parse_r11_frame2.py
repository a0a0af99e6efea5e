"""Round 10, second wave: the visit frame (date, city, location country) as issuers we had
never seen write it. Each test is one class of meaning or general knowledge; invented text
only, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_frame as parse
from invented import parse_invented

# --- a date in figures that reads both ways is settled by the weekday written with it ---


def test_weekday_settles_a_date_in_figures_month_first() -> None:
    # 6/5/2022 read day first is Friday 6 May; the text says Sunday: 5 June (month first)
    s = parse_invented("Prime Minister Ana Berg held talks with Prime Minister Tom Lund of "
                       "Ruritania on Sunday (6/5/2022) in Oslo. They discussed fisheries.", None)
    assert s.date == dt.date(2022, 6, 5)


def test_weekday_settles_a_date_in_figures_day_first() -> None:
    # 6/5/2022 read month first is Sunday 5 June; the text says Friday: 6 May (day first)
    s = parse_invented("Prime Minister Ana Berg held talks with Prime Minister Tom Lund of "
                       "Ruritania on Friday, 6/5/2022 in Oslo. They discussed fisheries.", None)
    assert s.date == dt.date(2022, 5, 6)


def test_weekday_settles_a_bracketed_day_and_month() -> None:
    # "Tuesday (3/4)" published 10 April 2025: 3 April was a Thursday, 4 March a Tuesday
    s = parse("Prime Minister Ana Berg held talks with Prime Minister Tom Lund of Ruritania "
              "on Tuesday (3/4) in Oslo. They discussed fisheries.",
              published=dt.date(2025, 4, 10))
    assert s.date == dt.date(2025, 3, 4)


# --- a call's lead is not used up by a photo credit or a repeated headline ---


def test_online_meeting_dated_below_a_photo_credit() -> None:
    text = ("PM Ana Berg and PM Tom Lund discuss cooperation\n\n"
            "PM Ana Berg and PM Tom Lund discuss cooperation\n\n(Photo/Agency)\n\n"
            "OSLO (AGENCY) - Prime Minister Ana Berg held an online meeting with "
            "Ruritania's Prime Minister Tom Lund on 4 March 2025.\n\n"
            "The two leaders discussed fisheries and trade.")
    s = parse(text)
    assert s.date == dt.date(2025, 3, 4)


# --- a month typed in lower case, and a dateline whose dash is glued to the lead ---


def test_month_in_lower_case_is_a_date() -> None:
    s = parse("Prime Minister Tom Lund of Ruritania held talks with President Kofi Mensah of "
              "Ghana in Accra on 10 march 2025. They discussed cocoa.")
    assert s.date == dt.date(2025, 3, 10)


def test_may_in_lower_case_stays_a_verb() -> None:
    s = parse("Prime Minister Tom Lund of Ruritania held talks with President Kofi Mensah of "
              "Ghana in Accra today. The sides may 2 or 3 times a year meet. They discussed "
              "cocoa.")
    assert s.date == dt.date(2025, 3, 12)


def test_dateline_with_glued_dash_is_the_filing_stamp() -> None:
    # the dateline (a mixed-language date, its dash glued to the lead) is the page's day;
    # the talks were on the Sunday before it
    text = ("OSLO, 06 de june de 2022 (AGENCY)—Prime Minister Ana Berg held talks with the "
            "Prime Minister of Ruritania, Tom Lund, on Sunday in Oslo.\n\n"
            "The two leaders discussed fisheries and trade.")
    s = parse_invented(text, None)
    assert s.date == dt.date(2022, 6, 5)


# --- more seats of government, each in one city only (general knowledge) ---


def test_seats_of_every_region_name_their_city() -> None:
    for seat, city, country in (("the Apostolic Palace", "Vatican City", "Holy See"),
                                ("the Beehive", "Wellington", "New Zealand"),
                                ("the Saadabad Palace", "Tehran", "Iran"),
                                ("Tashichhodzong", "Thimphu", "Bhutan"),
                                ("the Zarzuela Palace", "Madrid", "Spain")):
        s = parse(f"President Kofi Mensah of Ghana held talks with his host at {seat} on "
                  "10 March 2025. They discussed cocoa.")
        assert (s.location.city, s.location.country) == (city, country), seat


# --- a city with its own suffix, and capitals as pages print them ---


def test_city_with_its_district_or_city_suffix() -> None:
    for written, city, country in (("Washington DC", "Washington", "United States"),
                                   ("Washington D.C.", "Washington", "United States"),
                                   ("New York City", "New York", "United States")):
        s = parse(f"Prime Minister Tom Lund of Ruritania held talks with President Kofi Mensah "
                  f"of Ghana in {written} on Monday. They discussed cocoa.")
        assert (s.location.city, s.location.country) == (city, country), written


def test_capitals_with_typographic_apostrophe_or_st() -> None:
    for written, country in (("Nuku’alofa", "Tonga"), ("St John’s", "Antigua and Barbuda"),
                             ("St George's", "Grenada"), ("Port-of-Spain", "Trinidad and Tobago")):
        s = parse(f"Prime Minister Tom Lund of Ruritania held talks with the Prime Minister of "
                  f"{country} in {written} on Monday. They discussed fisheries.")
        assert (s.location.city, s.location.country) == (written, country), written


# --- an embassy is the event's venue when the event is held at it ---


def test_talks_held_at_an_embassy_are_in_its_city() -> None:
    s = parse("Prime Minister Tom Lund of Ruritania held talks with President Kofi Mensah of "
              "Ghana at the Ghanaian Embassy in Tokyo on Monday. They discussed cocoa.")
    assert (s.location.city, s.location.country) == ("Tokyo", "Japan")


def test_an_embassy_to_be_opened_only_locates_the_embassy() -> None:
    s = parse("Prime Minister Tom Lund of Ruritania held talks with President Kofi Mensah of "
              "Ghana in Accra on Monday. They agreed on opening their embassy in Tokyo next "
              "year and discussed cocoa.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


# --- a page's own stamp in more house styles: the weekday in the lead counts from it ---

_LEAD = ("Prime Minister Tom Lund of Ruritania held talks with President Kofi Mensah of Ghana "
         "in Accra on Monday. They discussed cocoa and trade in detail.\n\n"
         "The two leaders agreed to meet again.")


def test_page_stamps_in_other_house_styles_are_no_event_day() -> None:
    for stamp in ("Mar 11, 2025 | Press Releases", "Release date: 2025-03-11",
                  "2025-03-11T14:05:00", "Accra – 11 March 2025"):
        text = f"Ruritania and Ghana hold talks\n\n{stamp}\n\n{_LEAD}"
        s = parse_invented(text, None)
        assert s.date == dt.date(2025, 3, 10), stamp


# --- a seat under a dateline: another state's palace of the same name, a state of two
# capitals, a palace named after the word ---


def test_peace_palace_of_another_state_is_under_its_dateline() -> None:
    # The Hague's Peace Palace only where the release names the Netherlands; Phnom Penh's
    # seat of government has the same name
    s = parse_invented("Phnom Penh, March 10, 2025 (AGENCY) -- Prime Minister Hun Manet received "
                       "Foreign Minister Anna Berg of Ruritania at the Peace Palace this "
                       "morning. They discussed rice exports.", dt.date(2025, 3, 10))
    assert (s.location.city, s.location.country) == ("Phnom Penh", "Cambodia")


def test_seat_in_a_state_of_two_capitals_is_in_the_filing_capital() -> None:
    s = parse("Colombo, March 10 (PMD) - President Tomas Perera received Foreign Minister Anna "
              "Berg of Ruritania at the Presidential Secretariat on Monday. They discussed tea.")
    assert (s.location.city, s.location.country) == ("Colombo", "Sri Lanka")


def test_palace_named_after_the_word_is_under_its_dateline() -> None:
    s = parse("Minsk, March 10 (AGENCY) - President Ivan Petrov received Foreign Minister Anna "
              "Berg of Ruritania at the Palace of Independence on Monday. They discussed potash.")
    assert (s.location.city, s.location.country) == ("Minsk", "Belarus")


# --- "the Ghanaian capital" opening the sentence, before a comma ---


def test_capital_in_an_opening_clause_places_the_talks() -> None:
    for opening in ("During her visit to the Ghanaian capital,", "In the Ghanaian capital,"):
        s = parse(f"{opening} Foreign Minister Anna Berg of Ruritania held talks with Foreign "
                  "Minister Kofi Owusu on 10 March. They discussed cocoa and trade.")
        assert (s.location.city, s.location.country) == ("Accra", "Ghana"), opening


def test_capital_named_after_a_comma_is_read_as_the_city() -> None:
    s = parse("Foreign Minister Anna Berg of Ruritania held talks with Foreign Minister Kofi "
              "Owusu in the capital, Kumasi, on 10 March. They discussed cocoa and trade.")
    assert (s.location.city, s.location.country) == ("Kumasi", "Ghana")
