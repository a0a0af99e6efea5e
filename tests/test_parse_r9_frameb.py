"""The event frame (date, place, visit type) as further issuers we had never seen write it:
round 9, second pass. Each test is a class of layout or wording, in invented text only."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented

TUESDAY = dt.date(2025, 3, 11)  # a Tuesday: the weekdays below count from it


# --- a page's own date is no event date: its label, or a dateline after a clock ---


def test_labelled_page_date_gives_way_to_the_weekday_of_the_talks() -> None:
    s = parse_invented("By the Office of the Cabinet Secretary     Date 11 March 2025\n"
                       "Category: News\n\n"
                       "President Aris Valen on Monday held bilateral talks with Prime "
                       "Minister Tomas Berg of Ruritania at the Grand Hotel, Valdora City. "
                       "The two leaders discussed trade.", TUESDAY,
                       title="President holds talks with Ruritanian Prime Minister")
    assert s.date == dt.date(2025, 3, 10)


def test_dateline_after_a_clock_and_with_its_state_in_brackets_is_a_filing_line() -> None:
    s = parse_invented("08:15 | Valdora City (Ruritania), Mar. 11.\n\n"
                       "Foreign Minister Aris Valen held a meeting with his counterpart Tomas "
                       "Berg on Monday, on the sidelines of the regional forum. They discussed "
                       "migration.", TUESDAY, title="Foreign ministers meet")
    assert s.date == dt.date(2025, 3, 10)


def test_bracketed_day_written_month_first() -> None:
    # published a week later: the weekday alone would give the Monday just past (17 March)
    s = parse_invented("President Aris Valen, Monday (3/10), held a bilateral meeting with "
                       "Prime Minister Tomas Berg of Ruritania at the Grand Hotel. They "
                       "discussed trade.", TUESDAY + dt.timedelta(days=7),
                       title="President meets Ruritanian leader")
    assert s.date == dt.date(2025, 3, 10)
