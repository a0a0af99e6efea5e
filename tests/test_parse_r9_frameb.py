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


# --- visit type: the release's own word, and words that name no meeting ---


def test_official_working_visit_is_a_working_visit() -> None:
    s = parse_invented("President Aris Valen of Ruritania began today an official working visit "
                       "to Valdora. He held talks with President Tomas Berg at the palace.",
                       TUESDAY, title="President Valen in Valdora")
    assert s.visit_type == "working visit"


def test_guest_received_at_the_airport_is_no_meeting() -> None:
    # the arrival of a guest's visit: the release names only a plain visit (other)
    s = parse_invented("Today, President Aris Valen received at Valdora International Airport "
                       "President Tomas Berg of Ruritania.\nThe two presidents later headed to "
                       "the palace, where an official reception ceremony was held.\nPresident "
                       "Valen welcomed his guest on his first visit to Valdora in ten years.",
                       TUESDAY)
    assert s.visit_type == "other"


def test_recent_summit_the_talks_looked_back_on_is_not_the_event() -> None:
    s = parse_invented("King Omar on Monday received the Speaker of the Ruritanian Parliament, "
                       "Tomas Berg, at the palace.\nThe meeting covered the outcomes of the "
                       "recent trilateral summit held in Lisbon.", TUESDAY,
                       title="King receives Ruritanian speaker")
    assert s.visit_type == "meeting"


def test_return_home_after_a_trip_is_the_trip() -> None:
    s = parse_invented("After a three-day visit to Ruritania to attend the regional "
                       "organisation's meeting, as well as an official bilateral meeting with "
                       "the President of Ruritania, President Aris Valen arrived in Valdora City "
                       "on Saturday evening.\n\nDuring the visit, the President met the "
                       "Presidents of three states.", TUESDAY + dt.timedelta(days=4),
                       title="President Valen arrives in Valdora City")
    assert s.visit_type == "other"


# --- a page's list of related headlines at its foot is no part of the release ---


def test_related_headlines_at_the_foot_are_not_read() -> None:
    s = parse_invented("President Aris Valen met President Tomas Berg of Ruritania, who is in "
                       "Valdora City for the regional forum, on the sidelines of the forum.\n"
                       "They discussed trade and transport.\n\n\n\n"
                       "President Aris Valen attends forum on peace in Lisbon\n"
                       "President Aris Valen arrives in Ruritania on a working visit\n"
                       "President Aris Valen departs for Ruritania to attend the forum\n"
                       "President Aris Valen opens a new school\n", TUESDAY,
                       title="President Valen meets President Berg on the sidelines of forum")
    assert s.visit_type == "meeting"


# --- places: a seat, an airport, a destination after a long name, a place to come ---


def test_national_palace_is_in_the_host_capital() -> None:
    s = parse_invented("President Aris Valen of Ruritania began an official working visit to "
                       "Mexico by meeting businesspeople.\n\nLater he held a bilateral meeting "
                       "with the President of Mexico at the National Palace.", TUESDAY,
                       title="President Valen in Mexico")
    assert (s.location.city, s.location.country) == ("Mexico City", "Mexico")


def test_airport_named_for_its_city_places_the_arrival() -> None:
    s = parse_invented("Today, President Aris Valen received at Cairo International Airport "
                       "President Tomas Berg of Ruritania.\nThe two presidents held a closed "
                       "session of discussions.", TUESDAY)
    assert s.location.city == "Cairo"


def test_visit_of_a_long_named_visitor_to_a_state() -> None:
    s = parse_invented("As a result of the state visit of President of the Republic of Ruritania "
                       "Tomas Berg to the Russian Federation, a number of documents were signed. "
                       "The presidents held talks.", TUESDAY,
                       title="Documents signed during state visit")
    assert s.location.country == "Russia"


def test_visit_of_a_visitor_being_prepared_is_no_place() -> None:
    s = parse_invented("The Ambassador of the United Kingdom met the Deputy Head of the Office. "
                       "They discussed cooperation.", TUESDAY,
                       title="Deputy Head and Ambassador discussed preparations for the visit "
                             "of the President of Ruritania to Great Britain")
    assert s.location.country is None


def test_city_that_will_host_a_later_meeting_is_no_place() -> None:
    s = parse_invented("Foreign Minister Aris Valen held a meeting with Ruritania's Minister of "
                       "International Relations, Tomas Berg.\n\nThe two discussed the joint "
                       "commission. Windhoek will host the commission's review later this year.",
                       TUESDAY)
    assert s.location.city is None


def test_return_home_after_a_trip_places_the_trip_not_home() -> None:
    s = parse_invented("After a three-day visit to Kenya to attend the regional "
                       "organisation's meeting, as well as an official bilateral meeting with "
                       "the President of Kenya and a visit to the city of Kisumu, "
                       "President Aris Valen arrived in Hanoi on Saturday evening.\n\nDuring "
                       "the visit, the President met the Presidents of three states.",
                       TUESDAY + dt.timedelta(days=4),
                       title="President Valen arrives in Hanoi")
    assert (s.location.city, s.location.country) == (None, "Kenya")


# --- a lead that places nothing: the talks placed below it ---


def test_venue_the_leaders_met_at_below_the_lead() -> None:
    s = parse_invented("President Aris Valen will be coming home this afternoon from his "
                       "three-day state visit.\nDuring the state visit he met the Speaker of "
                       "the legislature.\nHe also met the Premier on Wednesday.\nThe Premier "
                       "affirmed his commitment to work with him.\nThe two leaders met at the "
                       "Great Hall of the People in Beijing on Wednesday.",
                       TUESDAY + dt.timedelta(days=1), title="President Valen returns home")
    assert (s.location.city, s.location.country) == ("Beijing", "China")


def test_gathering_held_in_a_city_below_the_lead() -> None:
    s = parse_invented("The Minister of Foreign Affairs, Aris Valen, highlighted today the state "
                       "of relations after a meeting with his counterpart Tomas Berg.\n\n"
                       "\u201cWe agree on the excellent state of relations,\u201d he wrote.\n\n"
                       "We reviewed the bilateral agenda, he commented.\n\n"
                       "He held the meeting after a dinner with the delegation.\n\n"
                       "Valen represented his country at the Third Ministerial Conference on "
                       "Water, held in Mexico City.", TUESDAY)
    assert (s.location.city, s.location.country) == ("Mexico City", "Mexico")


def test_talks_of_another_time_below_the_lead_place_nothing() -> None:
    s = parse_invented("Foreign Minister Aris Valen held a meeting with his counterpart Tomas "
                       "Berg.\n\nThey discussed trade.\n\nThey discussed transport.\n\nThey "
                       "discussed energy.\n\nThey recalled the talks held in Lisbon last year.",
                       TUESDAY)
    assert s.location.city is None


def test_dateline_after_a_clock_restated_in_the_text_places_the_event() -> None:
    s = parse_invented("09:10 | Chicago (U.S.), Mar. 11.\n\n"
                       "Foreign Minister Aris Valen held a meeting with his counterpart Tomas "
                       "Berg on Monday, within the framework of the trade conference that will "
                       "take place in the city of Chicago this week.\n\nThey discussed "
                       "migration.", TUESDAY, title="Foreign ministers meet in U.S.")
    assert (s.location.city, s.location.country) == ("Chicago", "United States")


def test_recent_visit_reported_keeps_its_type() -> None:
    s = parse_invented("During his recent official visit to Japan, Prime Minister Aris Valen "
                       "held talks with Prime Minister Tomas Berg. The leaders signed a "
                       "memorandum on trade.", TUESDAY, title="Outcomes of the visit to Japan")
    assert s.visit_type == "official visit"


def test_national_palace_museum_is_no_seat() -> None:
    s = parse_invented("President Aris Valen of Ruritania began an official working visit to "
                       "Mexico by meeting businesspeople.\n\nLater he toured an exhibition at "
                       "the National Palace Museum.", TUESDAY, title="President Valen in Mexico")
    assert s.location.city is None


def test_arrival_in_a_state_places_the_visit() -> None:
    s = parse_invented("Upon arrival in Ghana, President Aris Valen of Ruritania was received "
                       "by the Vice President. The two held talks on trade.", TUESDAY,
                       title="President Valen holds talks")
    assert s.location.country == "Ghana"


# --- "arrived on X, talks on Y": the talks' day ---

WEDNESDAY = TUESDAY + dt.timedelta(days=1)


def test_talks_day_after_a_dated_arrival() -> None:
    s = parse_invented("President Aris Valen of Ruritania arrived in Nairobi on Monday evening "
                       "for a two-day state visit. On Tuesday he held talks with President "
                       "William Ruto at State House.", WEDNESDAY, title="Leaders meet")
    assert s.date == dt.date(2025, 3, 11)


def test_explicit_talks_day_after_an_explicit_arrival() -> None:
    s = parse_invented("President Aris Valen arrived in Kenya on 10 March on a state visit. The "
                       "talks with President Ruto took place on 11 March at State House.",
                       WEDNESDAY, title="Leaders meet")
    assert s.date == dt.date(2025, 3, 11)


def test_arrival_day_stays_when_no_talks_are_dated() -> None:
    s = parse_invented("President Aris Valen arrived in Kenya on 10 March on a state visit. He "
                       "was welcomed by the Foreign Minister. On 11 March he laid a wreath.",
                       WEDNESDAY, title="Leaders meet")
    assert s.date == dt.date(2025, 3, 10)


def test_home_after_concluding_a_state_visit_is_no_place() -> None:
    s = parse_invented("After concluding his state visit to China, President Aris Valen arrived "
                       "in Manila today.", TUESDAY, title="President returns home")
    assert (s.location.city, s.location.country) == (None, "China")


def test_next_stop_of_a_tour_is_the_place() -> None:
    s = parse_invented("After concluding his official visit to Japan, President Aris Valen "
                       "arrived in Beijing today for a state visit.", TUESDAY,
                       title="President in Beijing")
    assert (s.location.city, s.visit_type) == ("Beijing", "state visit")


def test_list_of_documents_after_blank_lines_is_still_read() -> None:
    from invented import agreements_of

    text = ("Leaders sign documents\n\nPresident Aris Valen held talks today with President "
            "Tomas Berg. The following documents were signed:\n\n\n"
            "- Memorandum of understanding on trade\n- Agreement on visa exemption\n"
            "- Protocol on health cooperation\n")
    assert len(agreements_of(text, TUESDAY)) == 3



def test_unmarked_list_of_documents_after_blank_lines_is_not_blanked() -> None:
    from briefgen.parse.segment import segment

    text = ("Leaders sign documents\n\nPresident Aris Valen held talks today with President "
            "Tomas Berg. The documents signed are listed below.\n\n\n"
            "Memorandum of understanding on trade\nAgreement on visa exemption\n"
            "Protocol on health cooperation\n")
    assert "Agreement on visa exemption" in segment(text).text
    related = text.replace("Memorandum of", "President Valen opens a school on").replace(
        "Agreement on", "President Valen attends forum on").replace(
        "Protocol on", "President Valen departs for talks on")
    assert "President Valen attends forum" not in segment(related).text


def test_talks_still_to_come_after_an_arrival_do_not_date_it() -> None:
    s = parse_invented("President Aris Valen, who arrived in Nairobi on Monday, held talks today "
                       "with President William Ruto. The talks will continue on 13 March.",
                       TUESDAY, title="Leaders meet")
    assert s.date == TUESDAY
