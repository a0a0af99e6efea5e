"""The event frame (date, place, visit type) as issuers we had never seen write it: round 9
rules, each a class of layout or wording found on new issuers' releases. Invented text only,
no corpus text."""

from __future__ import annotations

import datetime as dt

import pytest
from invented import parse_frame as parse

# --- a weekday written before the date it names is no date of its own ---


def test_stamp_weekday_does_not_date_an_announced_visit() -> None:
    # the stamp's "Wednesday" (the publication's weekday, beside "visit") is the stamp's own
    # weekday, not the day of the visit
    s = parse("Ruritanian President to visit Australia, Wednesday, 12 March 2025, 9:30 am. "
              "Press Release: Office of the Prime Minister. Ruritania's President Tomas Berg "
              "will visit Australia from 20 to 22 March, the Prime Minister announced today.\n\n"
              "The visit will be an opportunity to discuss regional interests.")
    assert s.date == dt.date(2025, 3, 20)
    assert s.location.country == "Australia"


# --- a royal audience is a meeting ---


def test_audience_given_by_a_sultan_is_a_meeting() -> None:
    s = parse("Valdora: His Majesty Sultan Omar bin Said gave an audience at the Blue Palace on "
              "Tuesday to Prince Karim bin Faisal, Deputy Minister of Defence of Ruritania. "
              "They exchanged cordial greetings.")
    assert s.visit_type == "meeting"


# --- "on <weekday>" far behind its event word, past a long list of names ---


def test_weekday_after_long_names_dates_the_talks() -> None:
    s = parse("PORT LUCE, Valdora, (PIO) – President Dr Arun Mehta held bilateral discussions "
              "with the Amir of the State of Ruritania, His Highness Sheikh Karim bin Faisal Al "
              "Omar, together with his senior delegation, on Monday at State House in Port "
              "Luce.\n\n"
              "The Amir is on a one-day state visit to Valdora.")
    assert s.date == dt.date(2025, 3, 10)


# --- a message sent (condolences, congratulations) has no place ---


def test_condolence_message_has_no_place() -> None:
    s = parse("President Arun Mehta has, on behalf of the people of Valdora, sent his heartfelt "
              "condolences to the people of Ruritania following the loss of life in the capital, "
              "Paris, during the floods.\n\nPresident Mehta wished the injured a speedy recovery.")
    assert (s.location.city, s.location.country) == (None, None)


def test_message_beside_a_meeting_keeps_the_meeting_place() -> None:
    s = parse("Foreign Minister Arun Mehta of Valdora met President Jean Dupont of France in "
              "Paris on Monday and delivered a message from the President of Valdora.")
    assert s.location.city == "Paris"


# --- a named state's ministry or seat gives that state's capital ---


def test_named_states_foreign_ministry_is_in_its_capital() -> None:
    s = parse("Foreign Secretary Ana Ruiz met with a delegation of Ruritanian senators this "
              "afternoon at the Mexican Foreign Ministry to discuss border security.")
    assert (s.location.city, s.location.country) == ("Mexico City", "Mexico")


def test_seat_with_its_own_city_is_left_to_the_city() -> None:
    s = parse("Foreign Secretary Ana Ruiz met with a delegation of Ruritanian senators this "
              "afternoon at the Mexican Foreign Ministry in Guadalajara.")
    assert s.location.city != "Mexico City"


# --- the return home that ends a trip does not date it ---


def test_return_home_ending_a_trip_dates_the_trip_by_its_first_day() -> None:
    s = parse("Port Luce (PNA) – Prime Minister Arun Mehta and his spouse arrived in Port Luce on "
              "March 11, concluding visits to Ruritania, Norway and Sweden from March 2 – 10.\n\n"
              "While in Ruritania from March 2-5, the Prime Minister and his Ruritanian "
              "counterpart held talks and witnessed the signing of four documents.")
    assert s.date == dt.date(2025, 3, 2)
    assert s.visit_type == "other"  # a plain trip's meetings are the trip's


def test_trip_of_several_states_ended_at_home_places_nothing() -> None:
    s = parse("Hanoi (VNA) – Prime Minister Arun Mehta and his spouse arrived in Hanoi on March "
              "11, concluding visits to Russia, Norway and Sweden from March 2 – 10.\n\nWhile in "
              "Russia from March 2-5, the Prime Minister and his Russian counterpart held talks.")
    assert (s.location.city, s.location.country) == (None, None)


# --- page furniture above the headline is no headline, and a byline's day no event's day ---


@pytest.mark.parametrize("furniture", ["Main Container", "Navigation and service",
                                       "(MENAFN- Valdora News Global)", "Source: VNP",
                                       "Large Medium Small", "11/03/2025 . News",
                                       "President Arun Mehta and his spouse (Photo: VNP)",
                                       "Facebook Twitter WhatsApp Email",
                                       "Home / News / Press releases", "Back to top",
                                       "Published: 11 March 2025", "PRESS RELEASE",
                                       "Posted on March 11, 2025 by admin", "Category: News",
                                       "11 March 2025 | Press releases", "Photo: Presidency"])
def test_page_furniture_is_no_headline(furniture: str) -> None:
    from briefgen.parse.segment import segment

    doc = segment(f"{furniture}\n\n\nPresident Mehta welcomes Minister Berg\n\nPresident Arun "
                  "Mehta met Foreign Minister Tomas Berg of Ruritania in Port Luce on Monday.")
    assert doc.title == "President Mehta welcomes Minister Berg"


def test_bylines_day_does_not_date_the_event() -> None:
    s = parse("Written by Ana Ruiz on 11/03/2025 . Posted in News\n\nForeign Minister Arun "
              "Mehta held a virtual meeting with the Ambassador to Ruritania, Tomas Berg, to "
              "discuss the bilateral agenda.")
    assert s.date is None


# --- a dateline with its state in square brackets is a dateline ---


def test_dateline_with_bracketed_state_alone_places_nothing() -> None:
    s = parse("Nairobi [Kenya], March 10 : Prime Minister Arun Mehta held talks with Foreign "
              "Minister Tomas Berg of Ruritania on bilateral trade.\n\nThe two sides agreed to "
              "deepen ties.")
    assert s.location.city is None


def test_dateline_with_bracketed_state_restated_places_the_event() -> None:
    s = parse("New Delhi [India], March 10 : Prime Minister Arun Mehta held talks with Foreign "
              "Minister Tomas Berg of Ruritania on bilateral trade.\n\nLater in New Delhi the "
              "two sides agreed to deepen ties.")
    assert s.location.city == "New Delhi"


# --- a year after a slash ---


def test_year_after_a_slash_in_an_agency_dateline() -> None:
    s = parse("VNP March 10/2025 Prime Minister Arun Mehta held talks with Foreign Minister "
              "Tomas Berg of Ruritania on bilateral trade.", published=None)
    assert s.date == dt.date(2025, 3, 10)


# --- a headline's "hold talks" names the kind a body's plain "met" does not ---


def test_headline_talks_over_body_met() -> None:
    s = parse("The Foreign Minister met Ruritania's Foreign Minister Tomas Berg in Paris this "
              "afternoon. They discussed the situation in the region.",
              title="Foreign Ministers of Valdora and Ruritania hold talks in Paris")
    assert s.visit_type == "talks"


def test_body_met_stays_a_meeting_under_a_plain_headline() -> None:
    s = parse("The Foreign Minister met Ruritania's Foreign Minister Tomas Berg in Paris this "
              "afternoon. They discussed the situation in the region.",
              title="Foreign Minister meets Ruritania's Foreign Minister")
    assert s.visit_type == "meeting"


# --- a leader's country retreat is the place, as Camp David is ---


def test_government_retreat_places_the_talks() -> None:
    s = parse("Joint efforts for Europe were the focus of talks between the Federal Chancellor "
              "and the Prime Minister of Ruritania in Meseberg.")
    assert (s.location.city, s.location.country) == ("Meseberg", "Germany")


@pytest.mark.parametrize(("seat", "city"), [("Carondelet Palace", "Quito"),
                                            ("Erga Palace", "Riyadh"),
                                            ("Urugwiro Village", "Kigali")])
def test_seat_of_government_gives_its_city(seat: str, city: str) -> None:
    s = parse(f"The President received Foreign Minister Tomas Berg of Ruritania at {seat} on "
              "Monday.")
    assert s.location.city == city


def test_day_month_year_joined_by_hyphens() -> None:
    s = parse("Prime Minister Arun Mehta held talks with President Tomas Berg of Ruritania on "
              "11-Mar-2025 at his office.")
    assert s.date == dt.date(2025, 3, 11)


# --- "concluded a three-day visit on Tuesday": the visit's first day ---


def test_visit_concluded_on_a_day_is_dated_by_its_first_day() -> None:
    s = parse("Foreign Minister Ana Ruiz concluded a three-day official visit to France on "
              "Tuesday, during which she held talks with her French counterpart.")
    assert s.date == dt.date(2025, 3, 9)


def test_talks_day_after_concluded_visit_words_is_kept() -> None:
    s = parse("Foreign Minister Ana Ruiz, who concluded a three-day visit, held talks with her "
              "French counterpart on Tuesday in Paris.")
    assert s.date == dt.date(2025, 3, 11)


# --- a dateline and a guest "visiting": the filing state hosts ---


def test_dateline_and_visiting_guest_give_the_host_state() -> None:
    s = parse("ADDIS ABABA, March 11 (ENA) – Prime Minister Arun Mehta held talks with the "
              "visiting President of Ruritania, Tomas Berg, today.")
    assert (s.location.city, s.location.country) == (None, "Ethiopia")


def test_dateline_alone_still_places_nothing() -> None:
    s = parse("ADDIS ABABA, March 11 (ENA) – Prime Minister Arun Mehta held talks with the "
              "President of Ruritania, Tomas Berg, today.")
    assert (s.location.city, s.location.country) == (None, None)


# --- a seat of government with no city: the host's capital ---


def test_state_house_of_the_named_host_is_in_its_capital() -> None:
    s = parse("President William Ruto of Kenya today hosted President Tomas Berg of Ruritania "
              "at State House.\n\nThe two leaders discussed trade.")
    assert (s.location.city, s.location.country) == ("Nairobi", "Kenya")


def test_government_house_under_a_dateline_is_in_the_filing_capital() -> None:
    s = parse("Bangkok, 11 March 2025 – Prime Minister Anan Suk welcomed Ambassador Tomas Berg "
              "of Ruritania at Government House.")
    assert (s.location.city, s.location.country) == ("Bangkok", "Thailand")


def test_guest_state_after_the_verb_is_no_host() -> None:
    s = parse("President Anan Suk today received at State House the President of France, "
              "Tomas Berg.")
    assert s.location.city != "Paris"


def test_meeting_between_two_leaders_was_held_is_a_meeting() -> None:
    s = parse("The meeting between Prime Minister Arun Mehta and President Tomas Berg of France "
              "was held on Monday at the Elysee.")
    assert s.visit_type == "meeting"


# --- an announced visit on a weekday: the weekday to come ---


def test_announced_visit_on_a_weekday_is_the_coming_one() -> None:
    s = parse("President William Ruto is expected to host President Tomas Berg of Ruritania at "
              "State House, Nairobi, on Friday.")
    assert s.date == dt.date(2025, 3, 14)
    assert s.location.city == "Nairobi"


def test_weekday_of_talks_held_is_the_past_one() -> None:
    s = parse("President William Ruto hosted President Tomas Berg of Ruritania at State House, "
              "Nairobi, on Friday. They will meet again next year.")
    assert s.date == dt.date(2025, 3, 7)


def test_headline_to_pay_a_visit_announces_it() -> None:
    s = parse("Foreign Minister Tomas Berg of Ruritania arrives in Nairobi on 20 March for talks "
              "with his counterpart.",
              title="Ruritania's Foreign Minister Tomas Berg to pay official visit to Kenya")
    assert s.date == dt.date(2025, 3, 20)


def test_will_be_in_a_city_announces_the_visit() -> None:
    s = parse("Prime Minister Arun Mehta will be in Tokyo on Thursday for talks with Prime "
              "Minister Ken Sato.")
    assert s.date == dt.date(2025, 3, 13)
    assert s.location.city == "Tokyo"


@pytest.mark.parametrize(("city", "country"), [("Sharm El-Sheikh", "Egypt"),
                                               ("Montego Bay", "Jamaica"),
                                               ("Ciudad del Este", "Paraguay")])
def test_second_cities_of_new_issuers_states(city: str, country: str) -> None:
    s = parse(f"President Arun Mehta held talks with President Tomas Berg of Ruritania in {city} "
              "on Monday.")
    assert (s.location.city, s.location.country) == (city, country)


def test_pm_house_under_a_dateline_is_in_the_filing_capital() -> None:
    s = parse("Islamabad, 11 March 2025\n\nPrime Minister Arun Mehta met Foreign Minister Tomas "
              "Berg of Ruritania at the PM House today.")
    assert (s.location.city, s.location.country) == ("Islamabad", "Pakistan")


def test_dateline_closed_by_an_agency_in_brackets_alone_places_nothing() -> None:
    s = parse("Addis Ababa, March 10/2025 (ENA) Prime Minister Arun Mehta held talks with "
              "Foreign Minister Tomas Berg of Ruritania.")
    assert (s.location.city, s.location.country) == (None, None)


def test_glued_dateline_and_visiting_guest_give_the_host_state() -> None:
    s = parse("Addis Ababa March 10/2025 Prime Minister Arun Mehta received the visiting "
              "Foreign Minister of Ruritania, Tomas Berg, at his office today.")
    assert (s.location.city, s.location.country) == (None, "Ethiopia")


@pytest.mark.parametrize("headline", ["Date set for President Mehta visit to Ruritania",
                                      "President receives Ruritanian FM | The Presidency",
                                      "Statement by the President on the talks"])
def test_headlines_like_furniture_stay_headlines(headline: str) -> None:
    from briefgen.parse.segment import segment

    doc = segment(f"{headline}\n\nPresident Arun Mehta met Foreign Minister Tomas Berg of "
                  "Ruritania in Paris on Monday.")
    assert doc.title == headline


# --- kinds in other ministries' words ---


@pytest.mark.parametrize(("text", "kind"), [
    ("President Arun Mehta received a call from President Tomas Berg of France on Monday.",
     "phone call"),
    ("President Arun Mehta and President Tomas Berg of France held a one-on-one meeting on "
     "Monday in Paris.", "meeting"),
    ("Foreign Minister Arun Mehta paid a courtesy visit to President Tomas Berg of France on "
     "Monday in Paris.", "meeting"),
])
def test_kind_in_other_ministries_words(text: str, kind: str) -> None:
    assert parse(text).visit_type == kind


def test_exchange_of_views_is_dated_and_is_talks() -> None:
    s = parse("President Arun Mehta exchanged views with President Tomas Berg of France on "
              "Monday in Paris.")
    assert (s.date, s.visit_type) == (dt.date(2025, 3, 10), "talks")


def test_working_lunch_on_a_weekday_is_dated() -> None:
    s = parse("President Arun Mehta had a working lunch with President Tomas Berg of France on "
              "Monday in Paris.")
    assert s.date == dt.date(2025, 3, 10)


# --- a place in an opening clause about what came before ---


def test_place_in_a_following_clause_gives_way_to_the_main_clause() -> None:
    s = parse("Following Valdora's part in the General Assembly last week and its role at the "
              "Climate Summit in New York, Prime Minister Arun Mehta was invited to meet with Vice "
              "President Tomas Berg in Washington.")
    assert s.location.city == "Washington"


def test_talks_after_which_a_place_is_named_keep_their_place() -> None:
    s = parse("After talks in Tokyo, Prime Minister Arun Mehta and Prime Minister Ken Sato signed "
              "a joint statement.")
    assert s.location.city == "Tokyo"


# --- a named palace under a dateline: the palace's city is the filing city ---


def test_named_palace_under_a_dateline_is_in_the_filing_city() -> None:
    s = parse("JEDDAH, March 10 (SPA) -- The Crown Prince received at Al-Nakheel Palace today "
              "the Foreign Minister of Ruritania, Tomas Berg.")
    assert (s.location.city, s.location.country) == ("Jeddah", "Saudi Arabia")


def test_dateline_with_no_venue_still_places_nothing() -> None:
    s = parse("JEDDAH, March 10 (SPA) -- The Crown Prince received today the Foreign Minister "
              "of Ruritania, Tomas Berg.")
    assert s.location.city is None
