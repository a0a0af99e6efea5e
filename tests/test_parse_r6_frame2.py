"""The event frame (visit type, date, place) on invented releases, second pass of round 6:
shapes of issuers outside the corpus, each general and grounded in GUIDELINES. No corpus
or probe text."""

from __future__ import annotations

import datetime as dt

from invented import parse_frame as parse

# --- a day in brackets after a weekday or "today" -----------------------------------------------

def test_weekday_with_day_and_month_in_brackets_gives_that_day() -> None:
    s = parse("President Ana Lind received Prime Minister Jon Vik at the Blue Lake Palace on "
              "Monday (10/3) for talks on fisheries.")
    assert s.date == dt.date(2025, 3, 10)


def test_weekday_or_today_with_a_day_alone_is_of_the_publication_month() -> None:
    s = parse("President Ana Lind and Prime Minister Jon Vik met this Tuesday (11) in Tarvik.")
    assert s.date == dt.date(2025, 3, 11)
    s = parse("President Ana Lind held talks today (12) with Prime Minister Jon Vik.")
    assert s.date == dt.date(2025, 3, 12)
    # a day past the publication's day is of the month before
    s = parse("President Ana Lind held talks on Friday (28) with Prime Minister Jon Vik.",
              published=dt.date(2025, 3, 2))
    assert s.date == dt.date(2025, 2, 28)


# --- a dateline line with a state's abbreviation ------------------------------------------------

def test_dateline_line_with_state_abbreviation_is_the_filing_place() -> None:
    # the event was elsewhere; the filing city, alone on its line, does not place it
    s = parse("Brasília (DF), 11 March 2025\n\nPresident Ana Lind and President Jon Vik met "
              "on Tuesday at the hydroelectric dam on the border of the two countries.",
              title="Presidents meet at the border dam")
    assert s.location.city is None


def test_a_return_to_the_filing_city_does_not_restate_it_as_the_place() -> None:
    text = ("Oslo, 11 March 2025\n\nPrime Minister Ana Lind and Prime Minister Jon Vik "
            "held talks on Tuesday at the border crossing. ")
    s = parse(text + "The Prime Minister returns to Oslo in the evening.",
              title="Prime Ministers hold talks at the border")
    assert s.location.city is None
    # named again as the talks' own place, the filing city holds
    s = parse(text + "The talks in Oslo continue tomorrow.",
              title="Prime Ministers hold talks at the border")
    assert s.location.city == "Oslo"


# --- a summit the leaders chair or host -------------------------------------------------------

def test_leaders_who_chair_a_named_summit_hold_the_summit() -> None:
    s = parse("Prime Minister Ana Lind and Prime Minister Jon Vik co-chaired on Thursday in "
              "Tarvik the XII Nordland-Vestland Summit, attended by eight ministers.")
    assert s.visit_type == "summit"
    s = parse("President Ana Lind hosted the 3rd Arctic Rim Summit with five other leaders.")
    assert s.visit_type == "summit"
    # talks hosted before a summit are no summit of their own
    s = parse("President Ana Lind hosted talks with President Jon Vik on the eve of the summit.")
    assert s.visit_type != "summit"


# --- a city in a speaker's quoted words ------------------------------------------------------

def test_a_city_inside_a_quotation_is_not_the_venue() -> None:
    s = parse("Prime Minister Ana Lind and Prime Minister Jon Vik held talks on Tuesday. At the "
              "press conference, Lind said the two countries \"must speak with one voice in "
              "Brussels on energy\".")
    assert s.location.city != "Brussels"
    # a quotation opening the sentence is the speaker's report of the day: it still places it
    s = parse("\"I am glad to be in Oslo today for these talks,\" Prime Minister Ana Lind said "
              "after meeting Prime Minister Jon Vik.")
    assert s.location.city == "Oslo"


# --- a plain visit headline over the documents signed during it ------------------------------

def test_plain_visit_headline_with_a_signing_is_other() -> None:
    s = parse("President Ana Lind and President Jon Vik met on Tuesday at the river port and "
              "witnessed the signing of a memorandum on inland shipping.",
              title="On visit to the river port, Presidents Lind and Vik sign shipping memorandum")
    assert s.visit_type == "other"
    # a headline that names the meeting itself keeps it
    s = parse("President Ana Lind and President Jon Vik met on Tuesday at the river port and "
              "witnessed the signing of a memorandum on inland shipping.",
              title="Presidents Lind and Vik meet and sign shipping memorandum")
    assert s.visit_type == "meeting"


# --- a domestic announcement naming no event ---------------------------------------------------

def test_domestic_announcement_with_no_event_has_no_visit_fields() -> None:
    title = "The Government proposes 2 billion crowns for new ferries on the west coast"
    body = ("In its budget proposal for 2026, presented to Parliament today, the Government "
            "proposes to fund four new ferries. The funding also covers two new harbours in "
            "Nordland. The Minister of Transport says the coast needs modern vessels.")
    s = parse(body, title=title)
    assert s.visit_type is None and s.date is None
    # a word for an event in the lead keeps it an event (a signing, a visit)
    s = parse(body.replace("presented to Parliament today", "signed today"), title=title)
    assert s.visit_type is not None
    # ...or a partner or a signing, whoever the states are ("X and Y sign deals")
    s = parse(body, title="Orvia and Valdora sign ferry deals")
    assert s.visit_type is not None
    # ...and so does a second state named in the lead
    s = parse(body.replace("in Nordland", "shared by Norway and Sweden"), title=title)
    assert s.visit_type is not None


def test_place_and_date_filing_line_does_not_date_the_event() -> None:
    # the filing day is Wednesday; the talks were on Tuesday
    s = parse("Tarvik (NL), 12 March 2025\n\nPresident Ana Lind and President Jon Vik held "
              "talks on Tuesday in Tarvik.", title="Presidents hold talks")
    assert s.date == dt.date(2025, 3, 11)
    # with no other day written, the filing day still dates it
    s = parse("Tarvik (NL), 12 March 2025\n\nPresident Ana Lind and President Jon Vik held "
              "talks in Tarvik.", title="Presidents hold talks")
    assert s.date == dt.date(2025, 3, 12)


def test_opening_dateline_with_state_abbreviation_is_the_filing_place_and_day() -> None:
    s = parse("Porto Alegre (RS), 12 March 2025 – President Ana Lind and President Jon Vik held "
              "talks on Tuesday at the border dam.", title="Presidents hold talks at the dam")
    assert s.location.city is None
    assert s.date == dt.date(2025, 3, 11)
