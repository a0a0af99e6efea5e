"""Round 6 dates, third pass: shapes from issuers outside the corpus. Each test runs an
invented release through ``parse_release`` (no corpus text): a filing stamp line with a
press-information number, a dateline closed by the issuer's handle and a full stop, a page's
own "Published on" metadata, and a visit "concluded today" whose days and day-by-day
programme date its talks."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest import release_from_bytes
from briefgen.parse import parse_release


def event_date(text: str, published: dt.date) -> dt.date | None:
    summary = parse_release(release_from_bytes(text.encode(), "r.txt", published))
    return summary.date


def test_weekday_in_lead_beats_a_press_information_stamp() -> None:
    text = ("President Lora Venn spoke with the Chancellor of Dravia\n\n"
            "Friday 14 November 2031 - Press information No. 88/31\n\n"
            "President Lora Venn held a telephone conversation this Tuesday with the "
            "Chancellor of Dravia, Olek Strand, on trade and energy.\n\n"
            "The two leaders agreed to keep in close contact.\n")
    assert event_date(text, dt.date(2031, 11, 14)) == dt.date(2031, 11, 11)


def test_yesterday_beats_a_dateline_closed_by_a_handle() -> None:
    text = ("Joint statement of the Presidents of Orvia and Tella\n\n"
            "Orvia City, June 12, 2031 (@orviapress). Yesterday, at the Government House, "
            "President Ana Kell received President Ivo Marr of Tella for talks on trade.\n\n"
            "The two presidents signed a joint statement.\n")
    assert event_date(text, dt.date(2031, 6, 12)) == dt.date(2031, 6, 11)


def test_dateline_without_a_later_day_still_dates_the_event() -> None:
    text = ("Talks in Orvia\n\n"
            "Orvia City, June 12, 2031 (@orviapress). President Ana Kell held talks with "
            "President Ivo Marr of Tella on trade.\n")
    assert event_date(text, dt.date(2031, 6, 13)) == dt.date(2031, 6, 12)


PROGRAMME = ("Prime Minister concludes official visit to Tella\n\n"
             "Published on 9 May 2031\n"
             "Last updated on 9 May 2031\n\n"
             "The Prime Minister, Dana Ross, has today concluded an official visit to Tella. "
             "The visit, from Monday 5 to Thursday 8 May, took in Marra and Sull.\n\n"
             "Programme\n\n"
             "Monday 5 May - Marra\n"
             "- Arrival in Marra; reception for the Orvian community.\n\n"
             "Tuesday 6 May - Marra\n"
             "- Wreath-laying at the national memorial.\n"
             "- Bilateral meeting with the President of Tella, Ivo Marr, at the palace.\n\n"
             "Wednesday 7 May - Sull\n"
             "- Meeting with the mayor of Sull.\n")


def test_programme_heading_dates_the_talks_of_a_visit_concluded_today() -> None:
    assert event_date(PROGRAMME, dt.date(2031, 5, 9)) == dt.date(2031, 5, 6)


def test_concluded_today_with_no_days_given_is_today() -> None:
    text = ("Prime Minister concludes visit to Tella\n\n"
            "The Prime Minister, Dana Ross, today concluded a visit to Tella, having held "
            "talks with President Ivo Marr.\n")
    assert event_date(text, dt.date(2031, 5, 9)) == dt.date(2031, 5, 9)


def test_visit_days_with_weekdays_and_no_programme_give_the_first_day() -> None:
    text = ("Prime Minister concludes visit to Tella\n\n"
            "The Prime Minister, Dana Ross, has today concluded an official visit to Tella. "
            "The visit, from Monday 5 to Thursday 8 May, took in Marra and Sull.\n")
    assert event_date(text, dt.date(2031, 5, 9)) == dt.date(2031, 5, 5)


def place(text: str, published: dt.date) -> tuple[str | None, str | None]:
    summary = parse_release(release_from_bytes(text.encode(), "r.txt", published))
    return summary.location.city, summary.location.country


MULTI_CITY = ("Prime Minister ends visit to Japan; new trade office opens in Osaka\n\n"
              "The Prime Minister, Dana Ross, has today concluded an official visit to Japan. "
              "The visit, from Monday 5 to Thursday 8 May, took in Tokyo and Osaka.\n\n"
              "Programme\n\n"
              "Monday 5 May - Osaka\n"
              "- Opening of the new trade office.\n\n"
              "Tuesday 6 May - Tokyo\n"
              "- Bilateral meeting with the Prime Minister of Japan at his office.\n")


def test_day_heading_gives_the_city_of_the_talks_day() -> None:
    assert event_date(MULTI_CITY, dt.date(2031, 5, 9)) == dt.date(2031, 5, 6)
    assert place(MULTI_CITY, dt.date(2031, 5, 9)) == ("Tokyo", "Japan")
