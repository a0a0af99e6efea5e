"""Round 12: the visit frame (visit type, date, city, location country) as issuers we had
never seen write it. Each test is one class of meaning or general knowledge; invented text
only, no corpus text."""

from __future__ import annotations

from invented import parse_frame as parse

# --- a host receiving a counterpart: the guest came to the host's state ---


def test_host_with_an_initial_receiving_a_counterpart() -> None:
    s = parse("Foreign Minister Mr. Tomas R. Berg received his Chilean counterpart Mr. Ivo "
              "Lund. Fisheries and trade between Norway and Chile were on the agenda. "
              "Minister Berg said Norway wants a free trade agreement.",
              title="Foreign Minister hosts counterpart")
    assert {p.name: p.country for p in s.participants}["Tomas R. Berg"] == "Norway"
    assert s.location.country == "Norway"


# --- a head's seat named by its state places the event in that state's capital ---


def test_office_of_the_prime_minister_of_a_state() -> None:
    s = parse("Prime Minister Ana Berg spoke at a press conference after a bilateral meeting "
              "with the Chilean President Tomas Lund at the Office of the Prime Minister of "
              "Norway. They discussed fisheries.")
    assert (s.location.city, s.location.country) == ("Oslo", "Norway")


def test_presidential_residence_of_a_state_then_its_name() -> None:
    s = parse("The official welcoming ceremony of the President of Chile, Tomas Lund, took "
              "place at the presidential residence of Norway, Granholm Palace. The anthems "
              "were played.")
    assert (s.location.city, s.location.country) == ("Oslo", "Norway")


def test_ministry_in_a_guests_title_is_no_venue() -> None:
    s = parse("The visiting Assistant Minister for African Affairs at the Ministry of "
              "Foreign Affairs of Chile, Mr. Tomas Lund, paid a courtesy call on Foreign "
              "Minister Ana Berg of Norway. They signed two memoranda.")
    assert s.location.city != "Santiago"


def test_a_room_of_the_foreign_ministry_is_in_the_capital() -> None:
    s = parse("Norway and Chile signed two memoranda. They were signed in the Foreign "
              "Ministry's conference room as the visiting Chilean envoy Tomas Lund paid a "
              "courtesy call on Foreign Minister Ana Berg of Norway on 10 March 2025.")
    assert (s.location.city, s.location.country) == ("Oslo", "Norway")


# --- a leaders' "summit meeting" held by video is a videoconference, not a summit ---


def test_video_conference_summit_meeting_is_a_videoconference() -> None:
    s = parse("A short while ago, I had a video conference summit meeting with Chilean "
              "President Lund that lasted about an hour. We agreed to work together.",
              title="Press Conference on the Norway-Chile Video Conference Summit Meeting")
    assert s.visit_type == "videoconference"
    assert (s.location.city, s.location.country) == (None, None)
    # a named summit attended by video stays a summit
    named = parse("The Prime Minister addressed, via videoconference, the 16th Arctic Summit. "
                  "She spoke on fisheries.", title="Arctic Summit")
    assert named.visit_type == "summit"


# --- talks within a gathering named with its host city are in that city ---


def test_talks_in_the_framework_of_a_summit_named_for_its_city() -> None:
    s = parse("Prime Minister Ana Berg has met with the Prime Minister of Chile, Tomas Lund, "
              "within the framework of the Trieste Summit. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Trieste", "Italy")
    s = parse("Prime Minister Ana Berg met the Prime Minister of Chile, Tomas Lund, during "
              "the Munich Security Conference. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Munich", "Germany")
    # a gathering to come does not place the talks
    s = parse("Prime Minister Ana Berg met the Prime Minister of Chile, Tomas Lund. They "
              "discussed the preparations for the Trieste Summit.")
    assert s.location.city is None


# --- an invitation received to an event to come: its place is that event's ---


def test_an_invitation_to_attend_a_summit_elsewhere_does_not_place_the_meetings() -> None:
    s = parse("Prime Minister Ana Berg of Norway on Monday received an invitation from the "
              "President of Peru, to attend a regional summit on water security, which is to "
              "be held on the final weekend of this month, in Santiago. Prime Minister Berg "
              "then held a "
              "series of meetings at Government House today. She met the Chilean Ambassador "
              "to Norway, Tomas Lund.")
    assert (s.location.city, s.location.country) == ("Oslo", "Norway")


# --- a demonym after a city's comma opens the next clause: no list of states ---


def test_city_then_a_clause_opening_with_a_demonym() -> None:
    text = ("Oslo — A senior Norwegian delegation met and held talks with the President of "
            "Chile, Tomas Lund. At the meeting held in Santiago, the Norwegian delegation "
            "conveyed a message of congratulation.")
    s = parse(text)
    assert (s.location.city, s.location.country) == ("Santiago", "Chile")
    # a list of states still names no one city
    s = parse("The Minister travelled to Santiago, Peru and Bolivia. He met President Tomas "
              "Lund of Chile.")
    assert s.location.city != "Santiago"


# --- a named visit below a lead that places nothing gives the state ---


def test_state_visit_named_below_the_lead_places_the_talks() -> None:
    text = ("General\n\nOur Correspondent\n\n"
            "President Ana Berg has held talks with her Chilean counterpart Tomas Lund last "
            "night.\n\nDuring the meeting, ministers of both countries were present.\n\n"
            "After the meeting, President Berg attended a banquet hosted by her counterpart.\n\n"
            "After the banquet, the delegations signed four memoranda.\n\n"
            "President Berg is paying a two-day state visit to Chile and is scheduled to return "
            "home today.")
    s = parse(text)
    assert s.location.country == "Chile"


# --- a host's greeting names the city of a state the lead gave ---


def test_welcome_to_a_city_of_the_visited_state() -> None:
    text = ("First of all let me thank Foreign Minister Tomas Lund of Chile for coming to "
            "Norway. We have had an extensive discussion today on trade. We touched upon "
            "fisheries. We also discussed ocean issues. We discussed human rights. Once again, "
            "thanks, and say welcome to Bergen and Norway.")
    s = parse(text)
    assert (s.location.city, s.location.country) == ("Bergen", "Norway")


# --- a term's end or a deadline is no event's day ---


def test_a_deadline_is_no_event_date() -> None:
    s = parse("Prime Minister Ana Berg said Norway is committed to the partnership agreement "
              "signed with Chile late last year, which takes effect after the transition "
              "period ends 31 December 2020. She was speaking on Wednesday at the reopening "
              "of the Chilean Embassy.", published=None)
    assert s.date is None


# --- a head's seat with no city: its owner's capital, and more seats' names ---


def test_a_seat_is_its_owners_after_a_verb_that_names_no_host() -> None:
    s = parse("President Tomas Lund of Chile met Prime Minister Ana Berg of Norway at the "
              "Prime Minister's Office on Monday. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Oslo", "Norway")


def test_the_presidency_and_a_leaders_official_residence_are_seats() -> None:
    s = parse("President Ana Berg of Ghana received President Tomas Lund of Chile at the "
              "Presidency on Monday. They discussed cocoa.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")
    s = parse("Prime Minister Ana Berg of Norway received President Tomas Lund of Chile at the "
              "Prime Minister's official residence on Monday. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Oslo", "Norway")
    # a presidency held, no building: "under the Presidency of X"
    s = parse("President Ana Berg of Ghana met President Tomas Lund of Chile on Monday. They "
              "discussed the priorities of the African Union under the Presidency of Chile.")
    assert s.location.city is None


def test_a_venue_typed_without_its_accents() -> None:
    s = parse("President Tomas Lund of Chile met President Emmanuel Macron at the Elysee on "
              "Monday. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Paris", "France")


# --- visit type cues every issuer uses ---


def test_an_envoy_who_called_on_a_minister_met_them() -> None:
    s = parse("The Ambassador of Chile, Tomas Lund, called on the Foreign Minister of Ghana, "
              "Ana Berg, on Monday. They discussed cocoa.")
    assert s.visit_type == "meeting"
    s = parse("The Ambassador of Chile, Tomas Lund, called on the Minister of Trade of Ghana, "
              "Ana Berg, on Monday to discuss cocoa exports.")
    assert s.visit_type == "meeting"
    # an appeal is no call in person
    s = parse("Ghana's President Ana Berg spoke at the forum on Monday and called on the "
              "Foreign Minister of Chile, Tomas Lund, to release the detained sailors.")
    assert s.visit_type != "meeting"



# --- a guest's stay, and a guest named 'Visiting' at the head of a sentence ---


def test_during_a_stay_in_a_state() -> None:
    s = parse("During her stay in Chile, President Ana Berg of Ghana held talks with President "
              "Tomas Lund on Monday.")
    assert s.location.country == "Chile"


def test_a_capitalised_visiting_marks_the_guest() -> None:
    s = parse("Visiting Chilean President Tomas Lund held talks with President Ana Berg of "
              "Ghana on Monday. They discussed cocoa.")
    assert s.location.country == "Ghana"


def test_a_venue_as_a_word_of_a_compound_is_no_venue() -> None:
    s = parse("President Ana Berg of Ghana met President Tomas Lund of Chile at a "
              "Kremlin-style palace in Accra on Monday. They discussed cocoa.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


# --- calls in more words: no place (GUIDELINES) ---


def test_telephoned_and_a_meeting_on_a_conferencing_service() -> None:
    s = parse("President Ana Berg of Ghana telephoned President Tomas Lund of Chile on Monday. "
              "They discussed cocoa.")
    assert (s.visit_type, s.location.country) == ("phone call", None)
    s = parse("President Ana Berg of Ghana and President Tomas Lund of Chile held a Zoom "
              "meeting on Monday. They discussed cocoa.")
    assert (s.visit_type, s.location.country) == ("videoconference", None)


def test_the_federal_chancellery_is_in_the_hosts_capital() -> None:
    s = parse("Chancellor Ana Berg of Austria received President Tomas Lund of Chile at the "
              "Federal Chancellery on Monday. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Vienna", "Austria")


def test_an_invitation_clause_ends_before_the_guests_arrival() -> None:
    s = parse("President Tomas Lund of Chile, who received an invitation from President Ana "
              "Berg to visit Ghana, arrived in Accra on Monday and held talks with her.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


def test_a_welcome_to_a_states_official_is_no_place() -> None:
    s = parse("Prime Minister Ana Berg of Ghana said: thanks, and say welcome to Chile's "
              "Foreign Minister Tomas Lund. They discussed cocoa.")
    assert s.location.country is None
