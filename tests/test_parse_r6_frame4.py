"""The event frame on invented releases (round 6, blind-probe shapes): each rule general
across issuers and grounded in GUIDELINES. No corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_frame as parse

# --- a plain visit made is other, whatever meeting it holds -------------------------------------

def test_a_plain_visit_carried_out_is_other_over_the_reception() -> None:
    s = parse("President Tomas Berg carried out a visit to the city of Quito, Ecuador, this "
              "Tuesday, March 11, where he was received by his counterpart Lucia Ortega at the "
              "Carondelet Palace.\n\nBoth Presidents reviewed the bilateral agenda.",
              title="Presidents Berg and Ortega agree to relaunch the bilateral agenda")
    assert s.visit_type == "other"


def test_a_reception_with_no_visit_named_stays_a_meeting() -> None:
    s = parse("President Tomas Berg was received this Tuesday, March 11, by his counterpart Lucia "
              "Ortega at the Carondelet Palace in Quito.\n\nBoth Presidents reviewed the agenda.",
              title="Presidents Berg and Ortega agree to relaunch the bilateral agenda")
    assert s.visit_type == "meeting"


def test_a_typed_visit_undertaken_keeps_its_type() -> None:
    s = parse("President Tomas Berg undertook an official visit to Quito on March 11, where he "
              "was received by President Lucia Ortega.",
              title="Presidents Berg and Ortega agree to relaunch the bilateral agenda")
    assert s.visit_type == "official visit"


# --- a named summit co-chaired, with the day and seat set off by commas --------------------------

def test_a_summit_cochaired_after_a_day_and_seat_is_a_summit() -> None:
    s = parse("The Prime Minister, Tomas Berg, and the Prime Minister of Andora, Lucia Ortega, "
              "co-chaired on Tuesday, 11 March, at the Carondelet Palace in Quito, the IV "
              "Nordland-Andora Summit, the highest mechanism of dialogue between the two "
              "countries.", title="Fourth summit: six instruments signed")
    assert s.visit_type == "summit"


def test_a_session_cochaired_with_no_summit_named_is_no_summit() -> None:
    s = parse("The Prime Minister, Tomas Berg, co-chaired on Tuesday, 11 March, at the Carondelet "
              "Palace in Quito, the IV session of the Joint Commission.",
              title="Joint Commission meets")
    assert s.visit_type != "summit"


# --- a page header ending "| <date>" is the filing stamp, not the event's day --------------------

def test_a_header_line_ending_in_a_pipe_and_date_is_a_filing_stamp() -> None:
    s = parse("Office of the Prime Minister - Communique | 12 March 2025\n\n"
              "The Prime Minister, Tomas Berg, held talks on Tuesday, 11 March, in Quito with "
              "President Lucia Ortega.", title="Berg and Ortega hold talks")
    assert s.date == dt.date(2025, 3, 11)


def test_a_date_after_a_pipe_inside_prose_is_still_the_event_day() -> None:
    s = parse("Office of the Prime Minister - Communique | Quito\n\n"
              "The Prime Minister, Tomas Berg, held talks on 11 March 2025 in Quito with "
              "President Lucia Ortega.", title="Berg and Ortega hold talks")
    assert s.date == dt.date(2025, 3, 11)


# --- the filing stamp's own weekday in the lead is the talks' day --------------------------------

def test_the_stamps_weekday_beats_an_arrival_day_written_below() -> None:
    s = parse("Press Office\nMarch 12, 2025\n\nPresident Tomas Berg on Wednesday welcomed "
              "President Lucia Ortega at the Carondelet Palace for a state visit.\n\n"
              "President Ortega, who arrived in Quito on Tuesday evening (March 11), held "
              "talks with President Berg.", title="Berg welcomes Ortega")
    assert s.date == dt.date(2025, 3, 12)


def test_an_earlier_weekday_in_the_lead_still_gives_way_to_a_written_day() -> None:
    s = parse("Press Office\nMarch 12, 2025\n\nPresident Tomas Berg on Tuesday welcomed "
              "President Lucia Ortega at the Carondelet Palace.\n\n"
              "The talks were held on March 10.", title="Berg welcomes Ortega")
    assert s.date == dt.date(2025, 3, 10)
