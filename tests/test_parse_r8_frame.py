"""The event frame (date, place, visit type) read the same whatever the layout: round 8 rules,
found by rewriting real releases in ways that keep their meaning (dates in other common forms,
headlines in capitals or Title Case). Invented text only, no corpus text."""

from __future__ import annotations

import datetime as dt

import pytest
from invented import parse_frame as parse

from briefgen.parse.dates import elsewhen

# --- a headline that ends on the city and the day, the day in any common form -------------------


@pytest.mark.parametrize("day", ["11 March 2025", "March 11, 2025", "11th March 2025",
                                 "11.03.2025", "2025-03-11", "Tuesday, 11 March 2025",
                                 "Mar. 11, 2025", "11 March 2025 (Tuesday)"])
def test_headline_ending_on_city_then_day_places_the_event(day: str) -> None:
    s = parse("The President of Ruritania is a welcome guest in Australia. Talks today "
              "focused on trade.",
              title=f"Visit to Australia by the President of Ruritania Canberra {day}")
    assert (s.location.city, s.location.country) == ("Canberra", "Australia")


# --- a range of days read whole when it dates a clause --------------------------------------------


def test_month_first_range_is_one_span_not_its_first_day() -> None:
    # "from March 8 to 14" covers 13 March: the visit's clause is not another event's
    assert not elsewhen("will visit Australia from March 8 to 14", dt.date(2025, 3, 13))
    assert not elsewhen("will visit Australia from 8 to 14 March", dt.date(2025, 3, 13))
    assert elsewhen("visited Australia from March 1 to 4", dt.date(2025, 3, 13))


def test_announced_visit_with_month_first_range_keeps_its_country() -> None:
    # the talks' day (13 March) inside the visit's days, written month first
    text = ("I am pleased to announce that the President of Ruritania, Mr Tomas Berg, will "
            "visit Australia from March {}, travelling to Perth and Hobart.\n\nI look "
            "forward to meeting the President on March 13 on my return from Japan.")
    for days in ("8 to 14", "8-14"):
        s = parse(text.format(days), title="Visit of the President of Ruritania",
                  published=dt.date(2025, 3, 5))
        assert s.location.country == "Australia", days


# --- a headline in capitals is the same headline ----------------------------------------------


def test_headline_in_capitals_gives_the_same_frame() -> None:
    body = ("The two leaders discussed trade and energy. They agreed to meet again next year.")
    cases = [
        ("President of Ruritania begins state visit to Japan", "state visit", None, "Japan"),
        ("Prime Minister of Ruritania holds talks in Lisbon", "talks", "Lisbon", "Portugal"),
    ]
    for title, kind, city, country in cases:
        for head in (title, title.upper()):
            s = parse(body, title=head)
            assert s.visit_type == kind, head
            assert (s.location.city, s.location.country) == (city, country), head


def test_summit_named_by_a_headline_in_capitals_stays_a_summit() -> None:
    body = "The President addressed, via videoconference, the 5th Andean Council Summit."
    for head in ("Andean Council Summit", "ANDEAN COUNCIL SUMMIT"):
        assert parse(body, title=head).visit_type == "summit", head


def test_date_in_a_headline_in_capitals_is_read() -> None:
    body = "The two leaders will discuss trade and energy at the cosmodrome."
    for head in ("On March 14, President Tomas Berg and President Lucia Ortega will meet",
                 "ON MARCH 14, PRESIDENT TOMAS BERG AND PRESIDENT LUCIA ORTEGA WILL MEET"):
        assert parse(body, title=head).date == dt.date(2025, 3, 14), head


def test_title_case_keeps_each_word_length_and_the_acronyms() -> None:
    from briefgen.parse.dates import _title_case
    head = "CHINA’S PM IN THE USA AND PORT-AU-PRINCE ON THE 21ST"
    recased = _title_case(head)
    assert recased == "China’s PM in the USA and Port-au-Prince on the 21st"
    assert len(recased) == len(head)


# --- a hard-wrapped text is the same text -------------------------------------------------------


def _wrapped(text: str, width: int = 60) -> str:
    import textwrap
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


def test_hard_wrapped_body_gives_the_same_frame() -> None:
    cases = [
        # a city name and a cue broken across lines
        ("The Minister for Trade of Ruritania, Tomas Berg, and the Minister of Commerce of "
         "Malaysia, Lucia Ortega, held talks at a formal ceremony in Kuala Lumpur today. They "
         "discussed trade, energy and the digital economy over a long working lunch.",
         "talks", "Kuala Lumpur", "Malaysia"),
        ("The National Security Advisor of Ruritania together with the Minister of Foreign "
         "Affairs convened the strategic group with their Nordland counterparts today by secure "
         "video conference. The two sides discussed regional security and energy.",
         "videoconference", None, None),
    ]
    for body, kind, city, country in cases:
        for width in (1000, 60, 45):
            s = parse(_wrapped(body, width), title="Ruritania and its partners")
            assert s.visit_type == kind, width
            assert (s.location.city, s.location.country) == (city, country), width
            assert s.date == dt.date(2025, 3, 12), width


def test_short_lines_keep_their_breaks_in_a_wrapped_text() -> None:
    from briefgen.parse.dates import readable
    from briefgen.parse.segment import segment
    text = ("Talks in Lisbon\n\nLISBON, 11 March\nThe President of Ruritania held talks with the "
            "Prime\nMinister of Portugal in Lisbon and they agreed to meet\nagain in the "
            "autumn of next year in the capital city\nof the country.\n")
    doc = readable(segment(text, "Talks in Lisbon"))
    assert len(doc.text) == len(text)
    assert "LISBON, 11 March\n" in doc.text  # a dateline line of its own
    assert "the Prime Minister" in doc.text and "meet again" in doc.text


# --- bullets and no-break spaces --------------------------------------------------------------


def test_dateline_line_after_a_bullet_is_still_the_filing_city() -> None:
    body = ("{}Lisbon\n\n{}Prime Minister Tomas Berg met with President Lucia Ortega on 11 March "
            "as part of her State Visit to Portugal.")
    for mark in ("", "• ", "- "):
        s = parse(body.format(mark, mark), title="State visit of the President of Ruritania")
        assert (s.location.city, s.location.country) == ("Lisbon", "Portugal"), mark


def test_no_break_spaces_inside_a_city_name() -> None:
    for space in (" ", "\u00a0"):
        s = parse(f"President Tomas Berg held talks with President Lucia Ortega in Da{space}Nang "
                  "on 11 March.", title="Talks with Vietnam")
        assert (s.location.city, s.location.country) == ("Da Nang", "Vietnam"), repr(space)


# --- a month's name in capitals ----------------------------------------------------------------


@pytest.mark.parametrize("day", ["11 March 2025", "11 MARCH 2025", "MARCH 11, 2025",
                                 "11 MAR. 2025"])
def test_month_in_capitals_is_a_month(day: str) -> None:
    s = parse(f"President Tomas Berg held talks with President Lucia Ortega in Lisbon on {day}.",
              title="Talks in Lisbon")
    assert s.date == dt.date(2025, 3, 11)


def test_capitals_inside_a_word_are_no_month() -> None:
    from briefgen.parse.dates import find_event_date
    from briefgen.parse.segment import segment
    doc = segment("The NORDMAR 10 group met today.", None)
    found = find_event_date(doc, dt.date(2025, 3, 12))
    assert found is not None and found.date == dt.date(2025, 3, 12)


# --- a range whose month a date conversion moved behind the second day ---------------------------


@pytest.mark.parametrize("days", ["from 10-March 14, 2025", "from 10 to March 14, 2025",
                                  "from 10 - March 14, 2025", "from March 10-14, 2025",
                                  "from 10 to 14 March 2025"])
def test_visit_range_with_month_moved_is_read_whole(days: str) -> None:
    s = parse(f"The President of Ruritania, Tomas Berg, will visit Portugal {days}. He will "
              "hold talks in Lisbon.", title="Visit of the President of Ruritania",
              published=dt.date(2025, 3, 5))
    assert s.date == dt.date(2025, 3, 10), days


# --- a filing line glued to the first sentence (text that lost its line breaks) ----------------


def test_filing_line_glued_to_the_first_sentence_is_still_a_dateline() -> None:
    lead = ("Prime Minister Tomas Berg met with President Lucia Ortega on 11 March as part of "
            "her State Visit to Portugal.")
    title = "Joint Statement of Ruritania and Portugal"
    for sep in ("\n\n", " "):
        s = parse(f"Lisbon{sep}{lead}", title=title)
        assert (s.location.city, s.location.country) == ("Lisbon", "Portugal"), repr(sep)
    # a dateline alone does not place the event (GUIDELINES), glued or not
    other = ("Ruritania and Portugal will give their regulators new powers. The leaders made "
             "the announcement at their annual talks in Portugal today.")
    for sep in ("\n\n", " "):
        s = parse(f"Porto, Portugal{sep}{other}", title="Ties strengthened at annual talks")
        assert (s.location.city, s.location.country) == (None, "Portugal"), repr(sep)


# --- a weekday opening the sentence dates its report, as "Today" does -------------------------


def test_weekday_opening_the_lead_dates_the_event() -> None:
    # FRAME_DAY is Wednesday 12 March 2025
    for opening, day in (("Today", 12), ("On Wednesday", 12), ("On Monday,", 10)):
        s = parse(f"{opening} Prime Minister Tomas Berg and Chancellor Lucia Ortega reaffirmed "
                  "the strength of relations between Ruritania and Nordland.",
                  title="Joint press statement on the visit of Prime Minister Berg to Nordland")
        assert s.date == dt.date(2025, 3, day), opening


def test_next_weekday_opening_a_sentence_is_not_the_event() -> None:
    s = parse("Next Monday Prime Minister Tomas Berg and Chancellor Lucia Ortega will meet in "
              "Lisbon.", title="Joint press statement")
    assert s.date is None


def test_date_in_a_following_clause_beside_a_weekday_is_the_earlier_event() -> None:
    # FRAME_DAY is Wednesday 12 March 2025
    for text in ("Following their call on March 8, National Security Advisor Tomas Berg met on "
                 "Tuesday with his counterpart Lucia Ortega to discuss regional security.",
                 "President Tomas Berg spoke on Tuesday with President Lucia Ortega to discuss "
                 "the political situation following the March 8 election."):
        assert parse(text, title="Readout of the meeting").date == dt.date(2025, 3, 11), text


def test_a_weekday_s_summit_is_today_s_summit() -> None:
    for day in ("today's", "Tuesday's"):
        s = parse("President Tomas Berg met President Lucia Ortega and President Ana Lind at "
                  f"the state residence. \"The joint statement signed after {day} summit is "
                  "proof of our unity,\" the President said.", title="Nordland Triangle")
        assert s.visit_type == "summit", day


def test_the_publication_s_own_weekday_beside_the_event_is_today() -> None:
    # FRAME_DAY is Wednesday 12 March 2025: "on Wednesday" beside the event is today, and
    # wins over a later explicit day as "today" does
    for day in ("today", "on Wednesday"):
        s = parse(f"The leaders' declaration agreed {day} moved forward the trade agenda. "
                  "I look forward to hosting President Lucia Ortega in Lisbon on Friday 14 "
                  "March.", title="Leaders' week")
        assert s.date == dt.date(2025, 3, 12), day
    # another weekday stays a fallback below the explicit day
    s = parse("The leaders' declaration agreed on Monday moved forward the trade agenda. The "
              "President held talks in Lisbon on 11 March.", title="Leaders' week")
    assert s.date == dt.date(2025, 3, 11)


def test_address_opening_on_talks_held_on_a_named_day_reports_them() -> None:
    for day in ("today", "on Wednesday"):
        s = parse(f"Citizens! It was here, at the Palace, that I held talks {day} with my friend, "
                  "Prime Minister of Nordland Lucia Ortega. We agreed to expand trade.",
                  title="We stand together - address by President Tomas Berg")
        assert s.visit_type == "talks", day
