"""The event frame (visit type, date, place) on invented releases: round 6 rules, each
general across issuers and grounded in GUIDELINES. No corpus text."""

from __future__ import annotations

import datetime as dt

from invented import FRAME_DAY as PUB
from invented import parse_frame as parse

# --- a summit of the two sides is the event itself ----------------------------------------------

def test_leaders_meeting_at_a_summit_of_their_two_sides_report_the_summit() -> None:
    s = parse("President Tomas Berg met with President of the Andean Council Lucia Ortega at the "
              "4th Nordland-Andean Summit in Lima on 11 March.")
    assert s.visit_type == "summit"


def test_a_meeting_beside_a_summit_of_many_stays_a_meeting() -> None:
    # a gathering of many states: the meeting is one held beside it
    assert parse("President Tomas Berg met with President Lucia Ortega at the Summit of the "
                 "Americas in Lima on 11 March.").visit_type == "meeting"
    # on its margins, or a bilateral meeting there, is a meeting too
    assert parse("President Tomas Berg met President Lucia Ortega on the margins of the "
                 "Nordland-Andean Summit.").visit_type == "meeting"
    assert parse("President Tomas Berg held a bilateral meeting with President Lucia Ortega at "
                 "the Nordland-Andean Summit.").visit_type == "meeting"
    # a third state's leader met at a summit of two other sides: a meeting there
    assert parse("President Tomas Berg met with Prime Minister of Chile Lucia Ortega at the "
                 "Nordland-Andean Summit in Lima on 11 March.").visit_type == "meeting"
    # a summit only looked back or ahead to is another event
    assert parse("President Tomas Berg held talks with President Lucia Ortega in Lima today. "
                 "They discussed preparations for the Nordland-Andean Summit in July."
                 ).visit_type == "talks"


def test_taking_part_in_a_summit_reports_the_summit() -> None:
    s = parse("President Tomas Berg took part in the summit of the Council of Andean States in "
              "Lima on 11 March.")
    assert s.visit_type == "summit"
    assert parse("The Prime Minister attended the 12th East Pacific Summit in Lima today."
                 ).visit_type == "summit"
    # a meeting there, with no summit word for it, stays a meeting
    assert parse("President Tomas Berg met President Lucia Ortega on the sidelines of the summit "
                 "of the Council of Andean States.").visit_type == "meeting"


# --- places ------------------------------------------------------------------------------------

def test_the_talks_placed_in_a_city_of_the_host_below_the_lead() -> None:
    text = ("President of Peru Luis Rojas met with Prime Minister of Nordland Erik Berg, who is "
            "on a visit to our country. The President thanked Nordland for its support. "
            "\"Nordland is a reliable partner,\" he said. \"We share many goals.\" "
            "\"We will work together.\" Luis Rojas said this after the negotiations with Erik "
            "Berg in Lima.")
    s = parse(text)
    assert (s.location.city, s.location.country) == ("Lima", "Peru")
    # a city of another state, or talks held there at another time, place nothing
    other = text.replace("negotiations with Erik Berg in Lima", "negotiations in Oslo")
    assert parse(other).location.city is None
    past = text.replace("in Lima.", "in Lima last year.")
    assert parse(past).location.city is None
    # "my meetings in Lima", "the talks in Lima" name the talks' city too
    plain = text.replace("the negotiations with Erik Berg in Lima", "his meetings in Lima")
    assert parse(plain).location.city == "Lima"


# --- a call named in passing does not turn talks held in person into a call ---------------------

def test_talks_at_a_named_seat_are_no_call_for_a_later_mention_of_calls() -> None:
    text = ("Meeting with the President of Peru\n\n"
            "The President held talks at the Kremlin with President of Peru Luis Rojas.\n\n"
            "The agenda included trade and energy. The talks were substantive. "
            "We have kept in touch, but telephone conversations cannot replace meeting in "
            "person.")
    s = parse(text)
    assert s.visit_type == "talks"
    assert (s.location.city, s.location.country) == ("Moscow", "Russia")
    # talks with no place, later said to be held by video link, were a videoconference
    remote = text.replace(" at the Kremlin", "").replace(
        "The talks were substantive.", "The talks were held via videoconference.").replace(
        "telephone conversations", "letters")
    assert parse(remote).visit_type == "videoconference"


# --- dates -------------------------------------------------------------------------------------

def test_today_meaning_nowadays_does_not_date_the_event() -> None:
    text = ("Meeting of the Andean Economic Council\n\n"
            "The President attended, via videoconference, a meeting of the Andean Economic "
            "Council.\n\n"
            "President: Colleagues, Today, our four countries produce enough grain to meet "
            "domestic demand. Trade between us has grown.")
    assert parse(text).date is None
    # the possessive of a state of things is no day either; of the event it is
    state = text.replace("Today, our four countries produce enough grain",
                         "The leaders agreed that today's mutual support matters")
    assert parse(state).date is None
    event = text.replace("Today, our four countries produce enough grain",
                         "The leaders said that today's meeting matters")
    assert parse(event).date == PUB
    held = text.replace("Today, our four countries produce enough grain",
                        "Today, we held talks on grain")
    assert parse(held).date == PUB
    # the day's own doings stay the day's
    for said in ("Today we are meeting in Lima", "Today we are glad to welcome our guests",
                 "Today, our nations have taken a step forward"):
        assert parse(text.replace("Today, our four countries produce enough grain", said)
                     ).date == PUB, said


def test_the_guest_of_a_government_is_in_its_country() -> None:
    s = parse("Prime Minister of Nordland Erik Berg, as an official guest of the Government of "
              "Peru, held a summit meeting with President Luis Rojas on 11 March.")
    assert s.location.country == "Peru"
    # a past visit as a guest is another event
    past = parse("President Luis Rojas met Prime Minister Erik Berg on 11 March. It follows his "
                 "visit in June 2024 as a guest of the Government of Peru.")
    assert past.location.country is None


def test_a_place_named_as_a_subject_of_the_talks_is_no_venue() -> None:
    for said in ("They discussed the situation in Lisbon.",
                 "The leaders condemned the attack in Lisbon.",
                 "They discussed the preparations for the visit to Lisbon."):
        s = parse("President Luis Rojas met with Prime Minister Erik Berg on 11 March. " + said)
        assert s.location.city is None, said
    s = parse("President Luis Rojas held talks on the situation in Portugal with Prime Minister "
              "Erik Berg on 11 March.")
    assert s.location.country is None
    # the talks' own place still counts
    s = parse("President Luis Rojas held talks in Lisbon with Prime Minister Erik Berg on 11 "
              "March. They discussed the situation in the region.")
    assert (s.location.city, s.location.country) == ("Lisbon", "Portugal")


def test_a_filing_place_in_any_case_does_not_place_the_event_alone() -> None:
    # GUIDELINES: a dateline alone does not give the city, written "LIMA" or "Lima"
    for line in ("Lima, 11 March 2025 – ", "Lima, March 11, 2025 - ", "Lima – ",
                 "Lima, 11.03.2025 – "):
        s = parse(line + "The Minister of Foreign Affairs Luis Rojas received the Ambassador of "
                  "Japan Kenji Sato on 11 March.")
        assert (s.location.city, s.location.country) == (None, None), line
    # said again in the text, or a city opening a sentence of its own, it does
    again = parse("Lima, 11 March 2025 – The Minister Luis Rojas received the Ambassador of "
                  "Japan Kenji Sato. He welcomed the guest to Lima.")
    assert again.location.city == "Lima"
    assert parse("Lima hosted the third round of talks between the two delegations on 11 March."
                 ).location.city == "Lima"


def test_a_meeting_or_talks_that_took_place_is_the_event() -> None:
    assert parse("The 5th meeting of the Nordland-Peru Joint Commission took place in Lima on "
                 "11 March.").visit_type == "meeting"
    assert parse("Talks between the two foreign ministers took place in Lima on 11 March."
                 ).visit_type == "talks"


def test_a_visit_type_dated_just_before_to_another_time_is_another_events() -> None:
    text = ("Visit to Peru by the President of Nordland\n\n"
            "The President of Nordland, Erik Berg, will visit Peru from 20 to 24 March. "
            "The visit will reciprocate that of President Rojas, in June 2023, which was his "
            "first state visit abroad.")
    assert parse(text).visit_type == "other"
    # the announced visit's own type still counts
    typed = text.replace("will visit Peru", "will pay a state visit to Peru")
    assert parse(typed).visit_type == "state visit"


def test_a_dotted_date_written_year_first() -> None:
    assert parse("The President met the Prime Minister in Lima on 2025.03.11.").date == \
        dt.date(2025, 3, 11)
    # a version number or a decimal is no date
    assert parse("The President met the Prime Minister in Lima. They discussed the 2025.3 "
                 "budget plan.").date is None


# --- an address that opens on the day's talks -----------------------------------------------

ADDRESS = ("We will keep working - address by the President of Nordland\n\n"
           "Citizens! Our defenders! Today was a real Peruvian day. I was glad to welcome the "
           "President of Peru Luis Rojas in Lima. We held talks on trade and energy. "
           "Now about the situation at the front. The fighting continues in the east.")


def test_an_address_opening_on_talks_held_in_person_reports_them() -> None:
    s = parse(ADDRESS)
    assert s.visit_type == "talks"
    assert s.date == PUB
    assert (s.location.city, s.location.country) == ("Lima", "Peru")


def test_an_address_about_other_things_stays_no_visit() -> None:
    # the talks told of late in the address, or an address opening on the war, report none
    late = ADDRESS.replace("Today was a real Peruvian day. I was glad to welcome the "
                           "President of Peru Luis Rojas in Lima. We held talks on trade and "
                           "energy. ", "")
    late += (" The shelling of our towns goes on. Our air defence worked all night. We are "
             "grateful to every soldier and every medic, and to every volunteer. Our partners "
             "stand with us. " * 3 + "Later, I welcomed the President of Peru in Lima.")
    assert parse(late).visit_type is None


def test_short_fragments_do_not_use_up_the_lead_for_the_place() -> None:
    text = ("Talks with the President of Peru\n\n"
            "Citizens! Our defenders. Today is an important day. For us. For our people. "
            "The President of Peru Luis Rojas held talks with the President of Nordland "
            "Erik Berg at the Government Palace in Lima.")
    s = parse(text)
    assert (s.location.city, s.location.country) == ("Lima", "Peru")
    # full sentences still bound the lead
    long = text.replace("For us. For our people. ", "The weather was warm across the country. "
                        "The markets were open as usual today. The trains ran on time. "
                        "Schools reopened after the holidays. ")
    assert parse(long).location.city is None


def test_a_host_thanking_guests_for_coming_to_a_state_places_the_talks() -> None:
    text = ("Statements following trilateral talks\n\n"
            "President of Peru Luis Rojas: Colleagues, I thank the President of Chile and the "
            "Prime Minister of Nordland for agreeing to come to Peru today. Our talks were "
            "useful.")
    assert parse(text).location.country == "Peru"
    # coming to an event, not a state, places nothing
    event = text.replace("to come to Peru today", "to come to this meeting today")
    assert parse(event).location.country is None


def test_an_arrival_still_to_come_announces_the_visit() -> None:
    s = parse("On 20 March, President of Chile Mateo Rojas will arrive in Lima on an official "
              "visit.")
    assert s.visit_type == "official visit"
    assert s.date == dt.date(2025, 3, 20)
    assert (s.location.city, s.location.country) == ("Lima", "Peru")


def test_a_state_reached_by_aid_or_supplies_is_no_place() -> None:
    lead = "President Luis Rojas held talks with Prime Minister Erik Berg on 11 March. "
    for said in ("They discussed progress in delivering aid to Chile.",
                 "Nordland is a leader in providing assistance to Chile.",
                 "Talks on arms supplies to Chile continued.",
                 "He welcomed Nordland's provision of support to Chile.",
                 "They had met in the past in Chile."):
        assert parse(lead + said).location.country is None, said
    # a visit to, an arrival in, talks in, a named gathering in a state still place it
    for said, state in (("President Luis Rojas arrived in Chile on 11 March.", "Chile"),
                        ("The ministers took part in World Trade Forum in Chile.", "Chile"),
                        ("The leaders welcomed Prime Minister Erik Berg to Chile.", "Chile")):
        assert parse(said).location.country == state, said


def test_a_city_reached_by_to_is_the_place_only_on_a_journey_there() -> None:
    lead = "President Luis Rojas held talks with Prime Minister Erik Berg on 11 March. "
    for said in ("They discussed arms deliveries to Lisbon.",
                 "They discussed the resumption of flights to Lisbon.",
                 "The Prime Minister has returned to Lisbon.",
                 "They recalled the agreements signed in Lisbon."):
        assert parse(lead + said).location.city is None, said
    for said in ("President Luis Rojas travelled to Lisbon on 11 March for talks.",
                 "President Luis Rojas is on a working trip to Lisbon.",
                 "Prime Minister Erik Berg paid an official visit to Lisbon on 11 March."):
        assert parse(said).location.city == "Lisbon", said


def test_words_of_calls_beside_talks_held_in_person_are_no_call() -> None:
    lead = "President Luis Rojas held talks with President Mateo Ortega in Lima on 11 March. "
    for said in ("Over lunch, the President spoke at length with President Ortega about trade.",
                 "The President recalled their phone call in February."):
        assert parse(lead + said).visit_type == "talks", said
    assert parse("President Luis Rojas held talks with President Mateo Ortega on 11 March. "
                 "They discussed the call with the private sector for more investment."
                 ).visit_type == "talks"
    # recalling something else does not set the talks aside
    assert parse("President Luis Rojas held talks with President Mateo Ortega and recalled "
                 "their friendship.").visit_type == "talks"
    # a call with someone named is still a call
    assert parse("President Luis Rojas had a call with President Mateo Ortega on 11 March."
                 ).visit_type == "phone call"


def test_a_city_of_another_state_does_not_move_a_visit_named_earlier() -> None:
    text = ("Deputy Minister of Nordland pays official visit to Peru\n\n"
            "Lima, 11.03.2025 - As part of his official visit to Peru, Deputy Minister Erik "
            "Berg met with Minister Luis Rojas.\n\n"
            "The sides discussed trade. Peru confirmed that its investment fund would open a "
            "representative office in Oslo.")
    s = parse(text)
    assert (s.location.city, s.location.country) == ("Lima", "Peru")
    # a city of the same state, said later, gives where in it
    same = text.replace("Lima, 11.03.2025 - ", "").replace(
        "The sides discussed trade.", "In Lima, the sides discussed trade.")
    assert parse(same).location.city == "Lima"


def test_welcoming_a_long_named_guest_to_a_city_places_the_talks() -> None:
    s = parse("Today I welcomed the Prime Minister of Chile, Mateo Ortega Salazar, to Lima for "
              "our annual leaders' meeting.")
    assert (s.location.city, s.location.country) == ("Lima", "Peru")


# --- a visit the speaker recalls is another event --------------------------------------------

def test_a_call_that_recalls_an_earlier_visit_with_an_adverbial_stays_a_call() -> None:
    s = parse("President Ilkka Saar today held a phone call with Prime Minister Rosa Lind of "
              "Estovia. President Saar said that he recalled with pleasure his official visit "
              "to Lindholm in February and the hospitality shown to his delegation.")
    assert s.visit_type == "phone call"
    s = parse("President Ilkka Saar today held a phone call with Prime Minister Rosa Lind of "
              "Estovia. He fondly recalled their state visit to Lindholm last spring.")
    assert s.visit_type == "phone call"
