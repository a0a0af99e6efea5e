"""Rules of the entity half of the parser, each on invented sentences (no corpus text):
people and titles, countries, dates, places, visit types, headlines and segmentation."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.ingest import Release
from briefgen.model import VisitSummary
from briefgen.parse import parse_release
from briefgen.parse.dates import find_event_date
from briefgen.parse.geo import country_mentions
from briefgen.parse.places import find_place
from briefgen.parse.segment import headline, segment
from briefgen.parse.visit import classify

PUB = dt.date(2025, 3, 12)  # a Wednesday


def parse(text: str, published: dt.date | None = PUB) -> VisitSummary:
    return parse_release(Release(text=text, path=None, sha256="0" * 64, published=published))


def people(summary: VisitSummary) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country) for p in summary.participants}


# --- people ---------------------------------------------------------------------------

def test_title_of_country_before_name() -> None:
    s = parse("Prime Minister of Norway Ingrid Halvorsen held talks with President of the "
              "Republic of Chile Mateo Rojas in Oslo.")
    assert people(s) == {
        "Ingrid Halvorsen": ("Prime Minister of Norway", "Norway"),
        "Mateo Rojas": ("President of the Republic of Chile", "Chile"),
    }


def test_demonym_before_title_gives_the_country() -> None:
    s = parse("Brazilian Foreign Minister Ana Beatriz Souza met with Minister for Trade of "
              "Kenya Joseph Mwangi today.")
    assert people(s)["Ana Beatriz Souza"] == ("Foreign Minister", "Brazil")
    assert people(s)["Joseph Mwangi"] == ("Minister for Trade of Kenya", "Kenya")


def test_name_then_of_country() -> None:
    s = parse("President Tomas Novak of the Czech Republic met with Chancellor Greta Weiss "
              "of Austria in Vienna.")
    assert people(s)["Tomas Novak"] == ("President of the Czech Republic", "Czech Republic")
    assert people(s)["Greta Weiss"][1] == "Austria"


def test_appositions_in_both_orders_and_courtesy_words_are_dropped() -> None:
    s = parse("The Prime Minister met Lars Berg, the Deputy Prime Minister of Sweden, and the "
              "Japanese Ambassador, Mr Kenji Sato, in Stockholm. Lars Berg said the talks "
              "went well.")
    got = people(s)
    assert got["Lars Berg"] == ("Deputy Prime Minister of Sweden", "Sweden")
    assert got["Kenji Sato"] == ("Ambassador", "Japan")


def test_coordinated_titles_in_an_apposition_stay_with_one_person() -> None:
    s = parse("The Minister met with Rosa Lim, the Philippine Deputy Prime Minister and "
              "Coordinating Minister for Energy, in Manila.")
    assert people(s)["Rosa Lim"] == (
        "Deputy Prime Minister and Coordinating Minister for Energy", "Philippines")


def test_two_titled_people_joined_by_and_are_two_people() -> None:
    s = parse("The accord was signed by Minister of Finance of Ghana Kwame Mensah and "
              "Minister of Economy of Portugal Rui Costa in Lisbon.")
    got = people(s)
    assert got["Kwame Mensah"] == ("Minister of Finance of Ghana", "Ghana")
    assert got["Rui Costa"] == ("Minister of Economy of Portugal", "Portugal")


def test_later_mentions_merge_into_the_first_full_name() -> None:
    s = parse("President Joseph Q. Harlan, Jr. welcomed Premier Liu Fang of China. President "
              "Harlan and Premier Liu discussed trade; Joe Harlan thanked the Chinese Premier.")
    names = [p.name for p in s.participants]
    assert names == ["Joseph Q. Harlan, Jr.", "Liu Fang"]
    liu = s.participants[1]
    assert len(liu.evidence) >= 2  # "Premier Liu" and "the Chinese Premier" point at her


def test_description_gives_title_to_an_untitled_person() -> None:
    s = parse("Dr Mehta and Mr Olsen reviewed the partnership between India and Norway. "
              "Dr Mehta said the Indian Prime Minister would attend. Mr Olsen agreed.")
    assert people(s)["Mehta"] == ("Prime Minister", "India")


def test_officials_of_organisations_and_predecessors_are_not_participants() -> None:
    s = parse("Foreign Minister Aliya Serikova of Kazakhstan met President of the Asian "
              "Development Bank Ken Ito. She recalled the policy of First President "
              "Batyr Osmon and thanked your predecessor, Mr Daniel Roe.")
    # (the bank's president she met takes part, as organisations' heads met by one state's
    # official do in the pool's gold; he passed unseen only while his name was misread)
    assert list(people(s)) == ["Aliya Serikova", "Ken Ito"]


def test_person_only_in_a_future_sentence_is_not_a_participant() -> None:
    s = parse("President Eva Lind of Finland met President Omar Haddad of Tunisia in Tunis. "
              "Minister for Trade Paul Kerr will lead a business mission next year.")
    assert set(people(s)) == {"Eva Lind", "Omar Haddad"}


def test_people_an_announced_visit_will_meet_are_participants() -> None:
    # the release announces the visit: its future sentences are the reported event
    s = parse("Prime Minister to visit Chile\n\nPrime Minister Tom Reeve will travel to "
              "Chile next week. Mr Reeve will meet President Mateo Rojas and will be joined "
              "by Minister for Trade Paul Kerr.")
    assert set(people(s)) == {"Tom Reeve", "Mateo Rojas", "Paul Kerr"}
    # a report of talks held keeps excluding people named only for a later event
    s = parse("Prime Minister Tom Reeve held talks with President Mateo Rojas in Santiago. "
              "Minister for Trade Paul Kerr will lead a business mission next year.")
    assert set(people(s)) == {"Tom Reeve", "Mateo Rojas"}


def test_people_only_spoken_about_are_not_participants() -> None:
    # an earlier call, someone thanked personally, remarks by someone, a possessive only
    s = parse("President Eva Lind of Finland met President Omar Haddad of Tunisia in Tunis. "
              "The meeting built on the call between President Haddad and Chancellor Karl "
              "Weber. President Lind expressed gratitude to Tunisia and personally to Prime "
              "Minister Sami Ben Ali. They discussed the recent statements by Minister of "
              "Energy Rita Kolb and President Noor's plan for a summit.")
    assert set(people(s)) == {"Eva Lind", "Omar Haddad"}
    # "following the talks with X" is the reported event itself
    s = parse("Following the talks between President Eva Lind and President Omar Haddad in "
              "Tunis, two memoranda were signed.")
    assert set(people(s)) == {"Eva Lind", "Omar Haddad"}


def test_transcript_speaker_labels_are_people() -> None:
    s = parse("Talks with President of Chile Mateo Rojas\n\nVladislav Orlov held talks with "
              "President of Chile Mateo Rojas. * * * President of Russia Vladislav Orlov: "
              "Welcome. President of Chile Mateo Rojas: Thank you.")
    assert people(s) == {"Mateo Rojas": ("President of Chile", "Chile"),
                         "Vladislav Orlov": ("President of Russia", "Russia")}


def test_unplaced_home_leader_takes_the_release_own_country() -> None:
    s = parse("Prime Minister Anna Berg today met Premier Li Wei to discuss relations between "
              "Denmark and China.")
    assert people(s)["Anna Berg"][1] == "Denmark"
    assert people(s)["Li Wei"][1] == "China"
    assert s.countries == ["Denmark", "China"]


def test_first_person_partner_is_the_other_side() -> None:
    s = parse("Agreements between Canada and Chile\n\nPresident Rojas and I have today "
              "witnessed the signing of two agreements between Canada and Chile.")
    assert people(s) == {"Rojas": ("President", "Chile")}
    assert set(s.countries) == {"Canada", "Chile"}


def test_every_participant_has_evidence_with_offsets() -> None:
    text = "President Eva Lind of Finland met President Omar Haddad of Tunisia in Tunis."
    for p in parse(text).participants:
        ev = p.evidence[0]
        assert text[ev.start:ev.end] == p.name and ev.quote == text and ev.cue


def test_name_particles_in_a_run_belong_to_the_name() -> None:
    s = parse("President of the Republic of Chile Mateo Rojas held talks with President of "
              "the Republic of Peru Lucia van der Berg in Lima.")
    assert "Lucia van der Berg" in people(s)


def test_guest_ministers_accompanying_take_the_guest_state() -> None:
    # without the company rule they took the host's state, the one no one else held
    s = parse("President of the Republic of Chile Mateo Rojas, accompanied by Minister of "
              "Mining Tomas Vidal and Minister of Fisheries Carla Ortiz, held talks with "
              "Prime Minister Ingrid Halvorsen in Oslo, Norway. They discussed copper.")
    got = people(s)
    assert got["Tomas Vidal"][1] == "Chile"
    assert got["Carla Ortiz"][1] == "Chile"


def test_official_listed_after_a_placed_one_shares_the_state() -> None:
    s = parse("Prime Minister of Norway Ingrid Halvorsen met with Chilean President Mateo "
              "Rojas and Minister of Mining Tomas Vidal in Oslo on Monday.")
    assert people(s)["Tomas Vidal"][1] == "Chile"


def test_the_side_or_delegation_gives_its_members_the_state() -> None:
    s = parse("Norway and Chile held consultations in Oslo on Monday. The Chilean side was "
              "led by Deputy Minister of Mining Tomas Vidal and Director of Trade Carla "
              "Ortiz. Norway was represented by Prime Minister Ingrid Halvorsen.")
    got = people(s)
    assert got["Tomas Vidal"][1] == "Chile"
    assert got["Carla Ortiz"][1] == "Chile"


def test_two_holders_of_one_office_in_a_list_are_two_sides() -> None:
    s = parse("Foreign Minister of Norway Ingrid Halvorsen and Foreign Minister Tomas Vidal "
              "of Chile met in Oslo. Ingrid Halvorsen said the talks went well.")
    assert people(s)["Ingrid Halvorsen"][1] == "Norway"


def test_unplaced_minister_belongs_to_the_releases_own_side() -> None:
    # before, she took Mexico: the one main state no participant held yet
    s = parse("President of Norway Ingrid Halvorsen held a working meeting with Minister of "
              "Culture Anna Petrova. Anna Petrova reported on a film festival in Mexico.")
    assert people(s)["Anna Petrova"][1] == "Norway"


def test_president_of_a_council_of_states_is_an_organisation_official() -> None:
    from briefgen.parse.people import find_people
    from briefgen.parse.segment import segment

    doc = segment("President of Norway Ingrid Halvorsen held a telephone conversation with "
                  "President of the Nordic Council Tomas Vidal. Chairman of the Federation "
                  "Council Anna Petrova took part.", None)
    found = {p.name: p.non_state for p in find_people(doc)[0]}
    assert found["Tomas Vidal"] is True  # an organisation's official
    assert found["Anna Petrova"] is False  # an organ of a state


# --- countries ------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "country"), [
    ("the Russian Federation", "Russia"), ("the U.S. delegation", "United States"),
    ("the Republic of Korea", "South Korea"), ("Türkiye", "Turkey"),
    ("a Kazakh delegation", "Kazakhstan"), ("the Slovak Republic", "Slovakia"),
    ("the Kingdom of Spain", "Spain"), ("Viet Nam", "Vietnam"),
])
def test_country_aliases_and_demonyms(phrase: str, country: str) -> None:
    assert [c.country for c in country_mentions(phrase)] == [country]


def test_lower_case_words_are_not_countries() -> None:
    assert country_mentions("let us chad the turkey and jordan") == []


# --- dates ----------------------------------------------------------------------------

def date_of(text: str, published: dt.date | None = PUB) -> tuple[dt.date, dt.date | None] | None:
    found = find_event_date(segment(text), published)
    return (found.date, found.end) if found else None


def test_range_without_year_takes_the_published_year() -> None:
    assert date_of("The leaders met in Lima on March 10-11.") == (
        dt.date(2025, 3, 10), dt.date(2025, 3, 11))


def test_cross_month_range_with_year() -> None:
    got = date_of("He paid an official visit on 28 February - 1 March 2025.",
                  dt.date(2025, 3, 2))
    assert got == (dt.date(2025, 2, 28), dt.date(2025, 3, 1))


def test_today_yesterday_and_weekdays_are_relative_to_published() -> None:
    assert date_of("The two ministers met today in Rome.") == (PUB, None)
    assert date_of("Yesterday the two ministers signed a protocol.") == (
        dt.date(2025, 3, 11), None)
    assert date_of("On Monday the presidents held talks.") == (dt.date(2025, 3, 10), None)
    assert date_of('"Today, our nations have taken a step forward," he said.') == (PUB, None)


def test_dates_of_other_events_are_ignored() -> None:
    assert date_of("They recalled the treaty of 12 June 1994 and talks held on 2 January.") \
        is None
    assert date_of("The young people of today matter, the ministers said.") is None
    assert date_of("The round of consultations is scheduled for today.") is None


def test_today_beats_a_later_range() -> None:
    got = date_of("Following their meeting today, the leaders agreed to act. He made an "
                  "official visit from 10-12 March 2025.")
    assert got == (PUB, None)


def test_without_published_relative_days_are_unknown() -> None:
    assert date_of("The leaders met today.", None) is None
    assert date_of("The leaders met on 4 May 2021.", None) == (dt.date(2021, 5, 4), None)


def test_a_call_is_dated_by_its_lead_not_by_the_events_it_recalls() -> None:
    text = ("Telephone conversation with the Prime Minister of Norway\n\n"
            "The President had a telephone conversation with the Prime Minister of Norway.\n\n"
            "They reviewed the outcome of the ministerial talks held in Oslo on March 9.")
    assert find_event_date(segment(text), PUB, call=True) is None
    # ...while the same day in the lead, or "today" below it, still dates the call
    lead = "The President spoke by telephone on March 11 with the Prime Minister of Norway."
    assert find_event_date(segment(lead), PUB, call=True).date == dt.date(2025, 3, 11)
    later = text.replace("ministerial talks held in Oslo on March 9", "today's call")
    assert find_event_date(segment(later), PUB, call=True).date == PUB
    # a meeting may still be dated further down
    assert find_event_date(segment(text), PUB).date == dt.date(2025, 3, 9)


def test_today_near_a_convened_group_or_consultations_dates_the_event() -> None:
    text = ("The adviser convened the planning group with Chilean counterparts today by "
            "secure video link.")
    assert find_event_date(segment(text), PUB).date == PUB
    assert find_event_date(segment("The deputies began consultations today in Lima."),
                           PUB).date == PUB
    # "today" beside no event word is not the event's day
    assert find_event_date(segment("What matters today is the economy of Lima."), PUB) is None


def test_a_range_written_both_ways_and_an_announced_dates_year() -> None:
    text = "The President of Chile will visit Norway from October 31 - 4 November 2025."
    found = find_event_date(segment(text), dt.date(2025, 8, 8), announced=True)
    assert (found.date, found.end) == (dt.date(2025, 10, 31), dt.date(2025, 11, 4))
    # an announced visit months ahead keeps the publication's year, or takes the next one
    ahead = "The President of Chile will visit Norway on 28 October."
    assert find_event_date(segment(ahead), dt.date(2025, 8, 8), announced=True).date == (
        dt.date(2025, 10, 28))
    wrap = "The President of Chile will visit Norway on 20 January."
    assert find_event_date(segment(wrap), dt.date(2025, 11, 20), announced=True).date == (
        dt.date(2026, 1, 20))


def test_the_day_of_the_announcement_is_not_the_events() -> None:
    text = ("Chile and Norway to negotiate a trade agreement\n\nI am pleased to announce "
            "today that Chile and Norway will open negotiations.\n\nIn a telephone "
            "conversation yesterday, the President of Chile and I reached this decision.\n\n"
            "I thank the Trade Minister for his work towards today's announcement.")
    assert find_event_date(segment(text), PUB, call=True).date == dt.date(2025, 3, 11)


def test_a_date_in_a_leading_following_clause_is_the_earlier_events() -> None:
    text = ("Following the President's call with the Prime Minister of Chile on March 10, "
            "the Adviser met today with his Chilean counterpart.")
    assert find_event_date(segment(text), PUB).date == PUB
    # without "today" in the sentence, the written day still dates the event
    alone = "Following talks on March 10, the leaders signed a joint statement."
    assert find_event_date(segment(alone), PUB).date == dt.date(2025, 3, 10)


# --- places ---------------------------------------------------------------------------

def place_of(text: str, is_call: bool = False) -> tuple[str | None, str | None]:
    found = find_place(segment(text), is_call)
    return found.city, found.country


def test_venues_name_their_city() -> None:
    assert place_of("The President held talks in the Kremlin with his guest.") == (
        "Moscow", "Russia")
    assert place_of("The President hosted the Prime Minister at the White House.") == (
        "Washington", "United States")


def test_visit_destination_beats_the_dateline() -> None:
    assert place_of("ASTANA – The President met the Prime Minister during his state visit "
                    "to Singapore on Monday.") == ("Singapore", "Singapore")


def test_city_after_a_place_preposition_and_settlements() -> None:
    assert place_of("The ministers signed the accord in Hobart.") == ("Hobart", "Australia")
    assert place_of("The leaders met at a residence in the village of Brezno.")[0] == "Brezno"
    # a city that is part of a longer name is not the place
    assert place_of("Leaders of the Lublin Triangle met.") == (None, None)


def test_here_in_or_welcome_to_a_country_places_the_event() -> None:
    assert place_of("President of Chile Mateo Rojas: Madam President, thank you for being "
                    "here in Chile today.") == (None, "Chile")
    assert place_of("The Prime Minister is pleased to welcome to Norway the President of "
                    "Peru from 3 to 5 May.") == (None, "Norway")
    # "here" alone, or a country merely discussed, places nothing
    assert place_of("We are here to discuss trade with Chile.") == (None, None)


def test_official_residences_name_their_city() -> None:
    assert place_of("The Vice President hosted the President of Peru for breakfast at the "
                    "Naval Observatory.") == ("Washington", "United States")
    assert place_of("The President met his guest at the Constantine Palace.") == (
        "St Petersburg", "Russia")


def test_calls_have_no_place() -> None:
    assert place_of("The President spoke by telephone from Kyiv.", is_call=True) == (None, None)


def test_a_place_dated_to_another_time_is_another_events() -> None:
    text = ("The Minister of Foreign Affairs received the Ambassador of Peru. They reviewed "
            "the consultations held in Lisbon on 9 January.")
    assert find_place(segment(text), False, reference=PUB).city is None
    # the same day, or one within the visit's days, keeps the place
    same = text.replace("9 January", "11 March")
    assert find_place(segment(same), False, reference=PUB).city == "Lisbon"
    ranged = text.replace("9 January", "8 March")
    assert find_place(segment(ranged), False, reference=dt.date(2025, 3, 8),
                      until=PUB).city == "Lisbon"
    # a month that is not the event's, or a time word right after the place
    month = "The envoys recalled their talks in Lisbon in October 2024."
    assert find_place(segment(month), False, reference=PUB).city is None
    recent = "The President met the Minister, whom he had received in Lisbon recently."
    assert find_place(segment(recent), False, reference=PUB).city is None
    # an earlier call in the same clause does not date a meeting joined by "and"
    joined = ("They recalled the call on 3 February and these meetings in Lisbon, "
              "which were useful.")
    assert find_place(segment(joined), False, reference=PUB).city == "Lisbon"


def test_an_embassy_or_an_office_named_for_a_venue_places_nothing() -> None:
    assert place_of("The adviser met the Minister of Peru and welcomed the new embassy in "
                    "Lisbon.") == (None, None)
    assert place_of("The Minister met the Head of the Chancellery of the President of "
                    "Chile.") == (None, None)
    assert place_of("The German Chancellor hosted the Minister at the Chancellery.") == (
        "Berlin", "Germany")
    # many states have a Chancellery (round 8): with Germany unnamed it places nothing
    assert place_of("The Austrian Chancellor hosted the Minister at the Chancellery.")[0] \
        != "Berlin"


def test_a_visit_type_dated_to_another_time_is_another_events() -> None:
    text = ("Telephone conversation with the President of Chile\n\n"
            "The leaders discussed the results of the President's official visit to Lima in "
            "October 2024 and spoke about trade.")
    assert classify(segment(text), published=PUB).kind == "phone call"
    # without the publication date to compare with, the old reading stands
    assert classify(segment(text)).kind == "official visit"
    # a visit of the last days, reported a few days on, is the event itself
    recent = ("The Minister paid an official visit to Lima on 8-9 March and held talks with "
              "his counterpart.")
    assert classify(segment(recent), published=PUB).kind == "official visit"
    weeks = recent.replace("8-9 March", "10 February")
    assert classify(segment(weeks), published=PUB).kind == "official visit"


def test_a_dateline_alone_does_not_place_the_event() -> None:
    # GUIDELINES: the filing place counts only where the text says it again
    alone = ("Leaders launch a regional trade pact\n\nLisbon\n\nLeaders of twelve "
             "countries gathered today to launch negotiations on a trade pact.")
    assert place_of(alone) == (None, None)
    again = alone + " They thanked Lisbon for its hospitality."
    assert place_of(again) == ("Lisbon", "Portugal")
    stamped = ("ASTANA, 12 May - The Minister of Foreign Affairs received the Ambassador of "
               "Japan and discussed trade.")
    assert place_of(stamped) == (None, None)


def test_a_summit_in_a_country_places_it() -> None:
    assert place_of("The Prime Minister spoke at their annual leaders' summit in Norway "
                    "today.") == (None, "Norway")


def test_a_state_named_as_a_possessor_is_not_the_place() -> None:
    assert place_of("The President praised the Minister's leadership in responding to "
                    "Chile's reforms.") == (None, None)
    assert place_of("The Minister held talks in Chile.") == (None, "Chile")


def test_a_city_heading_a_list_of_states_names_no_place() -> None:
    assert place_of("Readout of the Envoy's Travel to Djibouti, Kenya and Niger") == (None, None)
    # a city with its own country after it is one place
    assert place_of("The ministers met in Geneva, Switzerland.") == ("Geneva", "Switzerland")


def test_a_seat_of_the_host_country_below_the_lead_names_the_city() -> None:
    lead = ("Visit by the President of Chile\n\nThe President of Chile will visit Australia "
            "from 20 to 24 March. He will meet business leaders. Trade will be discussed. "
            "Culture will be celebrated. Students will be greeted.")
    assert parse(lead).location.city is None
    seated = lead + " The leaders will hold talks at Parliament House."
    s = parse(seated)
    assert (s.location.city, s.location.country) == ("Canberra", "Australia")
    # a seat of another state places nothing
    other = lead + " The President recalled his talks at the White House."
    assert parse(other).location.city is None


def test_third_country_venue_is_not_a_party() -> None:
    s = parse("Vice President Dana Ruiz met today with President Ivan Petrenko of Ukraine in "
              "Geneva, Switzerland, on the margins of a conference. The Vice President "
              "underscored the United States' support for Ukraine.")
    assert s.location.city == "Geneva"
    assert people(s)["Dana Ruiz"][1] == "United States"
    assert "Switzerland" not in s.countries


# --- visit type -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("The President held talks with his guest during a state visit to Ghana.", "state visit"),
    ("The Prime Minister arrived in Rome on an official visit and held talks.",
     "official visit"),
    ("The President had a telephone conversation with the Chancellor.", "phone call"),
    ("The leaders held talks in Ankara.", "talks"),
    ("The Foreign Minister met with his counterpart in Riga.", "meeting"),
    ("The leaders met on the sidelines of the forum in Davos.", "meeting"),
    ("The two leaders adopted a joint statement on climate.", "other"),
    ("The leaders held a videoconference on energy.", "videoconference"),
])
def test_visit_type_cues(text: str, kind: str) -> None:
    assert classify(segment(text)).kind == kind


def test_invitations_do_not_set_the_visit_type() -> None:
    text = ("The ministers met in Oslo. The Minister invited his counterpart to pay a state "
            "visit next year.")
    assert classify(segment(text)).kind == "meeting"


def test_body_lead_decides_between_meeting_and_talks() -> None:
    text = "Meeting with President of Chile Mateo Rojas\n\nThe President held talks with Rojas."
    assert classify(segment(text)).kind == "talks"


def test_talks_beside_a_larger_gathering_are_a_meeting() -> None:
    text = ("The two leaders agreed on a plan in talks in Lima today. The Prime Minister was "
            "on a visit to Lima for the 2025 Regional Summit.")
    assert classify(segment(text)).kind == "meeting"


def test_a_summit_named_in_the_headline_stays_a_summit_when_held_by_video() -> None:
    text = ("Pacific Rim Summit\n\nThe President addressed, via videoconference, the 5th "
            "Pacific Rim Summit.")
    assert classify(segment(text)).kind == "summit"
    # a video call with no summit named stays a videoconference
    text = "Talks with the Prime Minister of Peru\n\nThe leaders spoke via videoconference."
    assert classify(segment(text)).kind == "videoconference"


def test_an_announced_plain_visit_is_not_typed_by_the_summit_it_attends() -> None:
    text = ("Prime Minister to visit Peru\n\nThe Prime Minister will visit Lima from 8 to 10 "
            "May for the annual Leaders' Summit.")
    assert classify(segment(text), announced=True).kind == "other"
    # a summit announced under its own headline stays a summit
    text = ("Leaders' Summit in Lima\n\nThe Prime Minister will attend the annual Leaders' "
            "Summit in Lima from 8 to 10 May.")
    assert classify(segment(text), announced=True).kind == "summit"


def test_an_announced_tour_is_placed_at_its_first_named_stop() -> None:
    text = ("Prime Minister to visit Lima, Bogota ahead of summit\n\nThe Prime Minister will "
            "visit Lima and Bogota ahead of the summit this month.\n\nThe Prime Minister will "
            "visit Lima on May 8 to meet the President.")
    found = find_place(segment(text), False, announced=True)
    assert (found.city, found.country) == ("Lima", "Peru")


# --- headline and segmentation ---------------------------------------------------------

def test_standalone_first_line_is_the_headline() -> None:
    assert headline("Leaders agree on fisheries\n\nThe leaders met today.") == \
        "Leaders agree on fisheries"
    assert headline("The leaders met today. They agreed.\n\nMore text.") is None
    assert headline("One paragraph only") is None


def test_abbreviations_do_not_end_sentences() -> None:
    doc = segment("Mr. Ruiz met the U.S. Ambassador. Joseph R. Biden spoke. No. 5 was signed.")
    assert [s.text for s in doc.sentences] == [
        "Mr. Ruiz met the U.S. Ambassador.", "Joseph R. Biden spoke.", "No. 5 was signed."]


def test_phone_call_summary_has_no_place_and_both_countries() -> None:
    s = parse("President of Ukraine Olena Kovalenko had a phone conversation with Prime "
              "Minister of Japan Hiro Tanaka. The President thanked Hiro Tanaka for support.")
    assert s.visit_type == "phone call"
    assert (s.location.city, s.location.country) == (None, None)
    assert s.countries == ["Ukraine", "Japan"]
    assert s.date is None  # no day written


# --- generalisation: patterns of other releases ----------------------------------------

def test_people_named_inside_speech_are_not_participants() -> None:
    s = parse("Talks with President of Chile Mateo Rojas\n\nVladislav Orlov held talks with "
              "President of Chile Mateo Rojas in Sochi. * * * President of Russia Vladislav "
              "Orlov: I recall my call with President of France Marc Delorme. President of "
              "Chile Mateo Rojas (retranslated): Thank you.")
    assert set(people(s)) == {"Mateo Rojas", "Vladislav Orlov"}
    s = parse('President of Ukraine Olena Kovalenko met with Prime Minister of Poland Jan '
              'Nowak in Kyiv. "I thank President of Brazil Paulo Lima for his words," she said.')
    assert set(people(s)) == {"Olena Kovalenko", "Jan Nowak"}


def test_ambassador_of_one_state_to_another() -> None:
    s = parse("Minister of Foreign Affairs of Kazakhstan Aidos Serik received Ambassador "
              "Extraordinary and Plenipotentiary of Japan to Kazakhstan Ken Mori on Tuesday.")
    assert people(s)["Ken Mori"] == (
        "Ambassador Extraordinary and Plenipotentiary of Japan to Kazakhstan", "Japan")
    assert s.visit_type == "meeting"
    assert s.date == dt.date(2025, 3, 11)


def test_appositions_with_honourable_and_postnominals() -> None:
    s = parse("Prime Minister of Australia, the Hon Ben Carter MP, and Prime Minister of Japan, "
              "H.E. Mr. Taro Ueda, met in Perth on 10 March 2025.")
    assert people(s) == {"Ben Carter": ("Prime Minister of Australia", "Australia"),
                         "Taro Ueda": ("Prime Minister of Japan", "Japan")}
    assert (s.location.city, s.location.country, s.date) == (
        "Perth", "Australia", dt.date(2025, 3, 10))


def test_a_description_places_an_untitled_country_leader() -> None:
    # (Parliament House is Canberra's where the release names Canberra or Australia: many
    # states have one, round 8)
    s = parse("Prime Minister welcomes President of Indonesia\n\nPrime Minister Ella Ward today "
              "welcomed President Budi Santoso to Parliament House in Canberra. The leaders "
              "agreed to deepen cooperation.")
    assert people(s)["Budi Santoso"][1] == "Indonesia"
    assert people(s)["Ella Ward"][1] == "Australia"


def test_spoke_with_a_leader_is_a_call_and_city_comma_state_is_a_place() -> None:
    s = parse("President Lee Grant spoke today with Prime Minister Ana Silva of Portugal.")
    assert s.visit_type == "phone call" and s.date == PUB
    assert place_of("The leaders met in Wilmington, Delaware, on the margins of a summit.") == (
        "Wilmington", "United States")


def test_consultations_are_talks() -> None:
    text = ("Deputy Minister of Foreign Affairs of Kazakhstan Aidos Serik held political "
            "consultations with Deputy Minister of Foreign Affairs of Vietnam Tran Minh.")
    assert classify(segment(text)).kind == "talks"


def test_day_first_numeric_dates_and_origin_is_not_the_place() -> None:
    assert date_of("On 11.03.2025 the ministers met in Astana.") == (dt.date(2025, 3, 11), None)
    assert place_of("The Minister, who arrived from Moscow, met his counterpart.") == (None, None)


def test_later_mentions_by_surname_role_and_demonym_are_evidence() -> None:
    text = ("President Arman Seitkali met with Norwegian Prime Minister Ingrid Dahl in Oslo. "
            "The Norwegian leader praised the talks. Dahl said more meetings would follow. "
            "The President thanked his host.")
    s = parse(text)
    dahl = next(p for p in s.participants if p.name == "Ingrid Dahl")
    quoted = [text[e.start:e.end] for e in dahl.evidence]
    assert quoted == ["Ingrid Dahl", "The Norwegian leader", "Dahl"]
    assert dahl.title == "Prime Minister"  # a role noun never replaces the title
    seit = next(p for p in s.participants if p.name == "Arman Seitkali")
    assert "President" in [text[e.start:e.end] for e in seit.evidence][1]


def test_headline_from_metadata_counts_for_the_visit_type() -> None:
    doc = segment("The leaders discussed Arctic cooperation.",
                  title="Telephone conversation with President of Finland Anna Virtanen")
    assert classify(doc).kind == "phone call"


def test_a_transcript_without_a_written_day_dates_the_talks_to_publication() -> None:
    s = parse("Vladislav Orlov held talks with President of Chile Mateo Rojas. * * * President "
              "of Russia Vladislav Orlov: Welcome to Moscow.")
    assert s.date == PUB
    s = parse("Vladislav Orlov held talks with President of Chile Mateo Rojas.")
    assert s.date is None


def test_long_official_names_win_over_a_short_alias_inside_them() -> None:
    got = country_mentions("talks in the Democratic People’s Republic of Korea and Korea")
    assert [c.country for c in got] == ["North Korea", "South Korea"]


def test_a_visitor_is_not_of_the_state_visited() -> None:
    s = parse("Leaders meet\n\nVladislav Orlov, who is paying a state visit to Mongolia, held "
              "talks with Chairman of the State Great Khural Bat Erdene in Ulaanbaatar.")
    assert people(s)["Vladislav Orlov"][1] != "Mongolia"
    assert people(s)["Bat Erdene"][1] == "Mongolia"
    s = parse("Prime Minister Ella Ward welcomed President Budi Santoso of Indonesia, who is "
              "on a state visit to Australia, to Canberra.")
    assert people(s)["Ella Ward"][1] == "Australia"


def test_portfolio_words_before_a_head_belong_to_the_title() -> None:
    s = parse("British Defence Secretary Ben Hale met with Minister of Defence of Estonia "
              "Kaja Tamm in Tallinn.")
    assert people(s) == {"Ben Hale": ("Defence Secretary", "United Kingdom"),
                         "Kaja Tamm": ("Minister of Defence of Estonia", "Estonia")}


def test_named_body_after_the_keeps_its_last_word_before_a_three_word_run() -> None:
    s = parse("The memorandum was signed by Acting Chairman of the State Landbank Oleh Marchuk "
              "and Minister of Foreign Affairs Ayman Al Rashid.")
    assert people(s)["Oleh Marchuk"][0] == "Acting Chairman of the State Landbank"
    assert people(s)["Ayman Al Rashid"][0] == "Minister of Foreign Affairs"


def test_opening_sentence_dates_the_event_even_when_published_weeks_later() -> None:
    text = ("The ministers met in Astana on 10 February 2025. They signed a protocol. "
            "They discussed trade. Earlier, on 1 February 2025, experts met.")
    assert date_of(text) == (dt.date(2025, 2, 10), None)
    late = ("The ministers discussed trade. They signed a protocol. They praised ties. "
            "The experts met on 10 February 2025.")
    assert date_of(late) is None


# --- officials the text does not place, scripts, labels (second session) -----------------

def test_a_leader_whose_state_is_never_written_takes_it_from_the_lexicon() -> None:
    s = parse("Vladimir Putin had a telephone conversation with President of Ghana Kwame "
              "Asante.\n\nThe leaders discussed cocoa supplies and agreed to stay in touch.")
    assert people(s) == {"Vladimir Putin": ("President of Russia", "Russia"),
                         "Kwame Asante": ("President of Ghana", "Ghana")}
    assert set(s.countries) == {"Russia", "Ghana"}


def test_speaker_labels_are_participants_placed_by_surname() -> None:
    s = parse("Joint remarks in Canberra\n\nPRIME MINISTER ALBANESE: Welcome, Mr President. "
              "Korea and Australia are close partners.\n\nPRESIDENT LEE: (As interpreted.) "
              "Thank you. We held good talks on energy.\n\nQ: A question on trade?")
    assert people(s) == {"Albanese": ("Prime Minister", "Australia"),
                         "Lee": ("President", "South Korea")}
    assert s.date == PUB  # a transcript is released the day it is held


def test_a_word_that_is_no_name_may_start_a_known_officials_name() -> None:
    s = parse("President of Ecuador Lucia Paredes held talks with General Secretary of Vietnam "
              "To Lam in Hanoi.")
    assert people(s)["To Lam"] == ("General Secretary of Vietnam", "Vietnam")


def test_a_known_name_ends_a_long_title_with_a_compound_of_two_states() -> None:
    s = parse("The Minister of Foreign Affairs of Chile Paula Soto met with Chairman of the "
              "Japan-Chile Parliamentary Friendship League Fumio Kishida in Tokyo.")
    assert people(s)["Fumio Kishida"] == (
        "Chairman of the Japan-Chile Parliamentary Friendship League", "Japan")


def test_one_plural_title_over_two_names() -> None:
    s = parse("President of Peru Rosa Quispe held talks with President of Latvia Janis Ozols "
              "in Riga. The foreign ministers of the two countries, Ana Ruiz and Tomas Berzins, "
              "signed a memorandum on consular matters.")
    assert people(s)["Ana Ruiz"][0] == "foreign minister"
    assert people(s)["Tomas Berzins"][0] == "foreign minister"


def test_names_in_cyrillic_and_greek_script() -> None:
    s = parse("Minister of Foreign Affairs of Greece Γιώργος Παπαδάκης met with Deputy Chairman "
              "of the Government of Russia Михаил Орлов in Athens. Γιώργος Παπαδάκης invited "
              "his guest to a forum.")
    assert people(s) == {
        "Γιώργος Παπαδάκης": ("Minister of Foreign Affairs of Greece", "Greece"),
        "Михаил Орлов": ("Deputy Chairman of the Government of Russia", "Russia"),
    }


def test_a_rank_between_title_and_name_and_a_heading_under_a_title() -> None:
    s = parse("Prime Minister\nMedia release\n12 March 2025\n\nToday I met President Ana Lima "
              "of Brazil in Canberra. Minister for Trade and Tourism Senator Ann Kelly joined me "
              "at the meeting.")
    found = people(s)
    assert "Media" not in found
    assert found["Ann Kelly"][0] == "Minister for Trade and Tourism"


def test_regards_sent_and_an_earlier_visits_guest_are_no_participants() -> None:
    s = parse("Today I met President Ana Lima of Brazil in Lima. I asked her to convey my "
              "regards to Vice President Joao Costa. We reviewed the agreements reached during "
              "the state visit of President Pedro Alves to Brazil last December.")
    assert set(people(s)) == {"Ana Lima"}


def test_a_body_named_after_a_state_stays_in_the_title() -> None:
    s = parse("The Minister met with the Executive Director of the Azerbaijan Export and "
              "Investment Promotion Agency Yusif Karimov in Baku.")
    assert people(s)["Yusif Karimov"][0] == ("Executive Director of the Azerbaijan Export and "
                                             "Investment Promotion Agency")


def test_a_name_right_after_a_flattened_headline() -> None:
    s = parse("Telephone conversation with Prime Minister of India Narendra Modi Vladimir Putin "
              "had a telephone conversation with Prime Minister of India Narendra Modi. They "
              "discussed trade.")
    assert set(people(s)) == {"Narendra Modi", "Vladimir Putin"}


def test_an_organisations_official_is_the_counterpart_of_a_lone_state() -> None:
    s = parse("BRUSSELS, 12 March 2025 – Minister of Foreign Affairs of Kazakhstan Aidos "
              "Serikov met with the High Representative of the European Union for Foreign "
              "Affairs and Security Policy Marta Lind.\n\nThe parties discussed raw materials.")
    assert people(s) == {
        "Aidos Serikov": ("Minister of Foreign Affairs of Kazakhstan", "Kazakhstan"),
        # the body's side, as the pool gold writes it (never one of the countries)
        "Marta Lind": ("High Representative of the European Union for Foreign Affairs and "
                       "Security Policy", "European Union"),
    }
    assert s.countries == ["Kazakhstan"]


def test_beside_several_states_an_organisations_head_is_no_party() -> None:
    s = parse("On the sidelines of the forum, the Minister of Foreign Affairs of Chile Paula Soto "
              "met with the Minister of Foreign Affairs of Ghana Kofi Mensah and the President of "
              "the World Economic Forum Lars Berg.")
    assert set(people(s)) == {"Paula Soto", "Kofi Mensah"}


def test_a_guest_who_is_in_the_country_places_the_talks() -> None:
    s = parse("Vladimir Putin held talks with President of Mongolia Bat Erdene. The President "
              "of Mongolia is in Russia on a working visit.")
    assert s.location.country == "Russia"
    assert people(s)["Vladimir Putin"] == ("President of Russia", "Russia")


def test_a_party_title_runs_up_to_a_known_name_after_the_state() -> None:
    s = parse("The President of Chile met with General Secretary of the Communist Party of "
              "Vietnam Central Committee To Lam in Hanoi.")
    assert people(s)["To Lam"] == (
        "General Secretary of the Communist Party of Vietnam Central Committee", "Vietnam")


def test_a_city_that_is_no_capital_places_a_summit_margin_meeting() -> None:
    s = parse("President Ana Lima of Brazil met President Lee Jae-myung in Gyeongju on the "
              "margins of the APEC summit.")
    assert (s.location.city, s.location.country) == ("Gyeongju", "South Korea")
    assert people(s)["Lee Jae-myung"][1] == "South Korea"


def test_a_surname_shared_by_several_states_needs_one_the_release_names() -> None:
    from briefgen.parse.people import official_country

    assert official_country("Abdullah", {"Jordan"}, titled=True) == "Jordan"
    assert official_country("Abdullah", set(), titled=True) is None
    assert official_country("Lee", set(), titled=True) is None
    assert official_country("Xi", set(), titled=True) == "China"  # one state's name word
    assert official_country("Xi", set(), titled=False) is None  # a bare word is no name


def test_a_company_head_serves_no_state_and_a_region_stays_in_the_title() -> None:
    s = parse("Volodymyr Zelenskyy met with Northwind Capital CEO Laura Finch. They discussed "
              "investment in energy.")
    assert people(s)["Laura Finch"] == ("CEO", None)
    assert s.countries == ["Ukraine"]
    s = parse("Vladimir Putin had a meeting with Governor of Tula Region Pavel Orlov. They "
              "discussed the regional economy.")
    assert people(s)["Pavel Orlov"] == ("Governor of Tula Region", "Russia")


def test_the_guest_of_a_visit_being_prepared_is_no_participant() -> None:
    s = parse("Minister of Foreign Affairs of Chile Paula Soto held talks with Minister of "
              "Foreign Affairs of China Wang Yi, who is in Santiago on an official visit. The "
              "ministers discussed the preparations for the state visit of President Xi "
              "Jinping to Chile scheduled for the autumn.")
    assert set(people(s)) == {"Paula Soto", "Wang Yi"}
    assert s.visit_type == "official visit"


def test_a_known_name_counts_untitled_only_as_a_partner_or_actor() -> None:
    s = parse("Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev. They "
              "discussed energy.")
    assert set(people(s)) == {"Vladimir Putin", "Kassym-Jomart Tokayev"}
    s = parse("Minister of Foreign Affairs of Chile Paula Soto met with Minister of Foreign "
              "Affairs of Peru Luis Vega. They discussed an initiative put forward by Xi Jinping.")
    assert set(people(s)) == {"Paula Soto", "Luis Vega"}


def test_someone_a_visitor_met_with_in_the_host_state_is_a_host() -> None:
    s = parse("Deputy Minister of Foreign Affairs of Kazakhstan Aidos Serikov, who is on a "
              "working visit to Chile, held consultations with Deputy Minister of Foreign "
              "Affairs of Chile Paula Soto in Santiago. During the visit, Aidos Serikov also "
              "met with the Chairman of the Senate Committee on Foreign Relations Luis Vega.")
    assert people(s)["Luis Vega"][1] == "Chile"


def test_a_release_opening_on_its_unnamed_side_keeps_its_ministers_there() -> None:
    s = parse("Vladimir Putin held talks with President of Angola Joao Mendes in the Kremlin. "
              "Minister of Economic Development Ivan Sorokin took part in the talks.")
    assert people(s)["Ivan Sorokin"][1] == "Russia"


# --- releases about no visit at all -----------------------------------------------------

def test_nightly_address_reports_no_visit_and_no_items() -> None:
    s = parse("We will rebuild every bridge of the valley - address by the President\n\n"
              "Dear citizens! Today I signed a decree on new housing for families. "
              "The Ministry of Agriculture will cooperate with farmers on irrigation and "
              "energy. We agreed to open three new clinics by June. I spoke today with the "
              "governors of the northern provinces in Velmora. Glory to our valley!")
    assert s.visit_type is None and s.date is None
    assert s.location.city is None and s.location.country is None
    assert (s.agreements, s.follow_ups, s.cooperation_areas, s.participants, s.countries) == (
        [], [], [], [], [])


def test_greetings_and_executive_order_are_not_visits() -> None:
    greet = parse("Greetings to the President of Norway\n\nThe President sent greetings to "
                  "President of Norway Ingrid Halvorsen on the national day of Norway.")
    order = parse("Executive Order on customs procedures for grain\n\nThe President signed "
                  "the Executive Order on customs procedures for grain on 11 March.")
    assert greet.visit_type is None and greet.participants == []
    assert order.visit_type is None and order.date is None


def test_interview_in_the_lead_is_not_a_visit() -> None:
    s = parse("Security comes first, says the President\n\nThe army must grow stronger, the "
              "President said in an interview to national television. He noted that the "
              "talks in Geneva had produced nothing.")
    assert s.visit_type is None and s.location.city is None


def test_domestic_gathering_is_not_a_visit_but_a_foreign_one_is() -> None:
    home = parse("Readout of the National Convening on Rural Broadband\n\nToday, the Office "
                 "of Rural Affairs convened 40 state officials in the capital to discuss "
                 "broadband for farming towns.")
    abroad = parse("Doorstop interview, Oslo\n\nPRIME MINISTER: I met Prime Minister of Norway "
                   "Ingrid Halvorsen today and we held talks on Australia's trade with Norway.")
    assert home.visit_type is None and home.date is None
    assert abroad.visit_type is not None and abroad.location.city == "Oslo"


def test_call_or_visit_named_in_headline_is_never_dropped_for_its_genre() -> None:
    s = parse("Address by the President during the state visit to Norway\n\nThe President "
              "addressed the Storting in Oslo on 11 March during his state visit.")
    call = parse("Telephone conversation with President of Chile Mateo Rojas\n\nThe President "
                 "had a telephone conversation with President of Chile Mateo Rojas.")
    assert s.visit_type == "state visit"
    assert call.visit_type == "phone call"


def test_address_given_at_a_signing_reports_the_signing() -> None:
    s = parse("Address at the signing of a memorandum on fisheries with Norway\n\nThe Prime "
              "Minister and Prime Minister of Norway Ingrid Halvorsen signed a memorandum on "
              "fisheries in Oslo on 11 March.")
    assert s.visit_type is not None and s.date == dt.date(2025, 3, 11)
    # an address with no event in its headline is still no visit
    assert parse("Address by the President\n\nDear citizens! We will rebuild every bridge."
                 ).visit_type is None


def test_address_opening_on_the_days_calls_reports_the_calls() -> None:
    s = parse("We keep our partners close - address by the President\n\nGood evening! Today "
              "was a day of phone conversations with our partners. In a conversation with "
              "Prime Minister of Norway Ingrid Halvorsen we coordinated our positions.")
    assert s.visit_type == "phone call" and s.date == PUB


# --- releases announcing a visit still to come ------------------------------------------

def test_an_announcement_is_typed_by_the_meeting_or_talks_it_plans() -> None:
    talks = ("The President will meet the Prime Minister of Chile\n\nOn 20 March the "
             "President will hold talks with the Prime Minister of Chile in Oslo.")
    assert parse(talks).visit_type == "talks"
    meeting = ("Statement on the visit of the Prime Minister of Chile\n\nOn 20 March the "
               "President will host the Prime Minister of Chile for a bilateral meeting.")
    assert parse(meeting).visit_type == "meeting"


def test_at_the_invitation_of_is_the_visit_itself_and_negotiations_are_talks() -> None:
    text = ("Minister visits Peru\n\nThe Minister of Foreign Affairs of Chile paid an "
            "official visit to Peru at the invitation of his counterpart.")
    assert classify(segment(text)).kind == "official visit"
    # an invitation to a visit still to come is another event
    later = ("Ministers meet\n\nThe ministers met in Lima. The Minister invited his "
             "counterpart to pay an official visit to Chile.")
    assert classify(segment(later)).kind == "meeting"
    talks = "The Minister of Foreign Affairs of Chile held negotiations with his counterpart."
    assert classify(segment(talks)).kind == "talks"


def test_a_headline_trip_with_meetings_in_it_is_a_plain_visit() -> None:
    trip = ("Readout of the Adviser's Trip to Peru\n\nOn 9-10 March the Adviser led a "
            "delegation to Peru. The delegation met with President Ana Ruiz.")
    assert classify(segment(trip)).kind == "other"
    # a meeting held today during the visit is the news; a headline naming it decides too
    today = trip.replace("The delegation met with", "Today the delegation met with")
    assert classify(segment(today)).kind == "meeting"
    named = trip.replace("Trip to Peru", "Trip to Peru and Meeting with President Ruiz")
    assert classify(segment(named)).kind == "meeting"


def test_a_visit_type_named_below_the_lead_still_wins() -> None:
    text = ("Talks in Lima\n\nThe leaders held talks in Lima. Trade was discussed. Energy was "
            "discussed. Culture was discussed. Students were greeted. The President thanked "
            "his hosts for the warm welcome during his first official visit to Peru.")
    assert classify(segment(text)).kind == "official visit"
    # ...but not one the text plans for later
    later = text.replace("during his first official visit to Peru",
                         "and will pay an official visit next year")
    assert classify(segment(later)).kind == "talks"


def test_a_skip_word_at_the_far_end_of_a_long_clause_does_not_veto_the_cue() -> None:
    text = ("Joint statement of Chile and Peru\n\nWe met today to mark two centuries of "
            "relations and to set out a shared agenda of trade and energy for the future.")
    assert classify(segment(text)).kind == "meeting"
    near = "Joint statement of Chile and Peru\n\nWe met today to plan future work."
    assert classify(segment(near)).kind == "other"


def test_announced_visit_is_the_event_with_its_first_day_and_place() -> None:
    s = parse("Prime Minister to visit Norway\n\nThe Prime Minister will visit Norway from "
              "24 to 27 April for talks with Prime Minister Ingrid Halvorsen.")
    assert s.date == dt.date(2025, 4, 24)
    assert s.location.country == "Norway"


def test_announced_state_visit_keeps_its_type_and_today_announced_is_not_the_day() -> None:
    s = parse("President of Chile to visit Australia\n\nThe Prime Minister today announced that "
              "President of Chile Mateo Rojas will undertake a state visit to Australia from "
              "the 2nd to the 5th of April.")
    assert s.visit_type == "state visit"
    assert s.date == dt.date(2025, 4, 2)


def test_future_date_is_not_the_event_when_the_release_reports_a_held_one() -> None:
    s = parse("Prime Minister Ingrid Halvorsen met President Mateo Rojas in Oslo. They will "
              "meet again on 20 May.")
    assert s.date is None or s.date != dt.date(2025, 5, 20)


def test_tour_of_several_cities_names_no_city_and_dateline_line_gives_way() -> None:
    tour = parse("Visit of the President of Chile\n\nPresident of Chile Mateo Rojas will visit "
                 "Australia from 20 to 24 April, travelling to Darwin, Canberra and Perth.")
    line = parse("Prime Minister to visit Tasmania\n\nCanberra\n\nThe Prime Minister will visit "
                 "Hobart from 8 to 10 April.")
    assert tour.location.city is None and tour.location.country == "Australia"
    assert line.location.city == "Hobart"


def test_a_long_title_complement_does_not_lend_a_word_as_the_name() -> None:
    # the body's own words ("Maritime Safety Authority", "Fisheries and Oceans of Peru")
    # belong to the title; the name is the last name words of the capitalised run
    s = parse("Talks in Tallinn\n\n"
              "Minister of Foreign Affairs of Estonia Kadri Tamm met with Director General "
              "of the National Maritime Safety Authority Ivo Rand and with Minister of "
              "Production, Fisheries and Oceans of Peru Lucia Quispe in Tallinn.")
    got = people(s)
    assert "Ivo Rand" in got and "Lucia Quispe" in got, got
    assert not {"Maritime", "Maritime Safety", "Fisheries"} & set(got), got
    assert got["Ivo Rand"][0] == "Director General of the National Maritime Safety Authority"


def test_two_titled_people_after_a_one_word_name_stay_two() -> None:
    s = parse("Talks in Oslo\n\nPresident Halvorsen and Prime Minister Mateo Rojas held talks in "
              "Oslo on Monday.")
    assert set(people(s)) == {"Halvorsen", "Mateo Rojas"}


def test_a_leader_with_his_own_minister_is_a_one_state_meeting() -> None:
    s = parse("Meeting with Minister of Culture Irina Volkova\n\n"
              "Vladimir Putin held a working meeting with Minister of Culture Irina Volkova. "
              "Irina Volkova reported on a film festival to be held with partners from Peru.")
    assert s.countries == ["Russia"], s.countries
    assert people(s)["Irina Volkova"][1] == "Russia"


def test_a_headline_naming_another_state_keeps_it_as_a_party() -> None:
    s = parse("Meeting with leaders of Peru\n\n"
              "President Joe Biden and Vice President Kamala Harris met with leaders of Peru "
              "in Lima.")
    assert "Peru" in s.countries, s.countries


def test_an_official_without_a_state_is_the_side_whose_state_is_not_written() -> None:
    # the guest's state is written out ("Chilean ..."), the release's own side is not
    s = parse("Readout of Senior Adviser Tom Reed's Call with Chilean Foreign Policy Adviser "
              "Ana Costa\n\n"
              "Senior Adviser Tom Reed spoke today with Chilean Foreign Policy Adviser Ana "
              "Costa to follow up on the call between President Biden and President Boric of "
              "Chile. Chile and Chilean exporters were discussed.")
    got = people(s)
    assert got["Ana Costa"][1] == "Chile"
    assert got["Tom Reed"][1] == "United States", got


def test_leaders_of_an_earlier_event_are_only_spoken_about() -> None:
    s = parse("Readout of Adviser Tom Reed's Call with Chilean Adviser Ana Costa\n\n"
              "Adviser Tom Reed spoke today with Chilean Adviser Ana Costa to follow up on "
              "last week's call between President Biden and President Boric. They agreed to "
              "meet again in June.")
    got = people(s)
    assert set(got) == {"Tom Reed", "Ana Costa"}, got
    assert got["Tom Reed"][1] == "United States", got  # the side Biden's mention names
    assert set(s.countries) == {"United States", "Chile"}


def test_a_leader_told_of_someone_elses_meeting_is_not_a_participant() -> None:
    s = parse("Telephone conversation with President of Estonia Kadri Tamm\n\n"
              "Vladimir Putin had a telephone conversation with President of Estonia Kadri "
              "Tamm. Kadri Tamm informed Vladimir Putin of her March 3 meeting with Prime "
              "Minister of Latvia Ivo Rand. The committee established in 2019 by President "
              "Lars Berg and Prime Minister Ana Souza was discussed.")
    assert set(people(s)) == {"Vladimir Putin", "Kadri Tamm"}, people(s)


def test_gulf_and_malay_name_shapes_without_lexicon_entries() -> None:
    # relatives share a family name and a father's name, not a person; "Sultan" after a
    # courtesy word is a given name when the office follows; Malay honorifics are dropped
    s = parse("Talks in Doha\n\n"
              "His Highness Sheikh Faisal bin Nasser Al Hamdan, the Amir of the State of "
              "Qatar, received H.E. Datuk Seri Utama Aziz Rahman, Minister of Foreign Affairs "
              "of Malaysia. The meeting was attended by H.H. Sheikh Khalid bin Nasser Al "
              "Hamdan, Prime Minister, and H.E. Dr. Sultan Omar Al Mansoori, Minister of "
              "State.")
    got = people(s)
    assert set(got) == {"Faisal bin Nasser Al Hamdan", "Aziz Rahman",
                        "Khalid bin Nasser Al Hamdan", "Sultan Omar Al Mansoori"}, got
    assert got["Sultan Omar Al Mansoori"][0] == "Minister of State"
    assert got["Khalid bin Nasser Al Hamdan"][1] == "Qatar"


def test_an_organisation_official_met_in_the_lead_beside_two_states_takes_part() -> None:
    s = parse("Meeting in Riga\n\n"
              "President Kadri Tamm of Estonia and Prime Minister Ivo Rand of Latvia met with "
              "Secretary General of the Nordic Council Anna Holm in Riga. "
              "They discussed regional transport.")
    assert "Anna Holm" in people(s), people(s)


def test_a_later_description_gives_the_fuller_title() -> None:
    s = parse("Meeting with President Tamm\n\n"
              "Prime Minister Lars Berg met President Tamm in Stockholm. Prime Minister Berg "
              "thanked the President of the Republic of Estonia for the visit.")
    assert people(s)["Tamm"][0] == "President of the Republic of Estonia", people(s)


def test_a_first_person_authors_own_state_is_a_party() -> None:
    s = parse("Visit to Chile and Peru\n\n"
              "I will visit Chile and Peru from 3 to 9 May to advance Norway's trade "
              "interests.\n\nIn Santiago I will meet President Mateo Rojas, and in Lima "
              "President Ana Souza. Norway's exports to the region have doubled.")
    assert "Norway" in s.countries, s.countries
    assert {"Chile", "Peru"} <= set(s.countries)


def test_an_i_inside_a_transcript_is_no_author() -> None:
    s = parse("Talks with President of Chile Mateo Rojas\n\n"
              "Prime Minister of Norway Lars Berg held talks with President of Chile Mateo "
              "Rojas.\n\nLars Berg: You and I met in Lima. Peru and Peru again, Peru.")
    assert "Peru" not in s.countries, s.countries


def test_an_address_and_passed_on_words_name_nobody_taking_part() -> None:
    s = parse("Meeting with Prime Minister of Chile Mateo Rojas\n\n"
              "Lars Berg met with Prime Minister of Chile Mateo Rojas in Oslo. Lars Berg "
              "conveyed warm greetings from President of Norway Ivo Rand and acted on behalf "
              "of Chairman Karl Holm.\n\nLars Berg: Mr Prime Minister, Welcome to Oslo.")
    assert set(people(s)) == {"Lars Berg", "Mateo Rojas"}, people(s)


def test_a_visit_the_author_looks_forward_to_names_its_participants() -> None:
    s = parse("Visit of the President of Chile\n\n"
              "I look forward to welcoming His Excellency Mr Mateo Rojas, President of the "
              "Republic of Chile, to Norway from 3 to 5 May. The visit will deepen our trade "
              "ties.")
    assert "Mateo Rojas" in people(s), people(s)


def test_a_headline_name_closed_by_its_office_is_not_trimmed() -> None:
    s = parse("Remarks at Meeting with Excellency Mateo Rojas, President of the Republic of "
              "Chile\n\nPRIME MINISTER:\n\nMateo, welcome. We signed an agreement today.")
    assert "Mateo Rojas" in people(s), people(s)


def test_headline_names_closed_by_a_possessive_a_state_or_an_initial_stay_whole() -> None:
    s = parse("Readout of President Mateo R. Rojas Call with Senator Vega\n\n"
              "The President spoke to Senator Vega today about the budget.")
    assert "Mateo R. Rojas" in people(s), people(s)
    s = parse("Readout of Prime Minister Lars Berg's Meeting with Union Leaders\n\n"
              "This afternoon, the Prime Minister met union leaders about wages.")
    assert "Lars Berg" in people(s), people(s)


def test_the_authors_of_a_joint_statement_take_part() -> None:
    s = parse("Joint Statement by President Mateo Rojas of Chile and Prime Minister Lars Berg of "
              "Norway\n\nWe met today to open a new chapter in our relations.")
    assert {"Mateo Rojas", "Lars Berg"} <= set(people(s)), people(s)


def test_a_known_name_keeps_its_second_surname() -> None:
    s = parse("Talks in Oslo\n\nPrime Minister Lars Berg held talks with President Gustavo "
              "Petro Urrego of Colombia in Oslo.")
    assert "Gustavo Petro Urrego" in people(s), people(s)


def test_an_organisations_official_takes_its_side_but_it_is_no_party_state() -> None:
    s = parse("Talks with President of the European Commission Anna Holm\n\n"
              "Prime Minister of Norway Lars Berg held talks with President of the European "
              "Commission Anna Holm in Oslo.")
    assert people(s)["Anna Holm"][1] == "European Union", people(s)
    assert "European Union" not in s.countries, s.countries


def test_a_rank_gives_way_to_the_office_and_a_demonym_opens_a_second_title() -> None:
    s = parse("Talks in Riyadh\n\n"
              "His Royal Highness Prince Faisal bin Nasser Al Hamdan, Minister of Foreign "
              "Affairs of the Kingdom of Saudi Arabia, received Minister of Trade of Norway "
              "Lars Berg. Also present were Minister of Energy Ivo Rand and Norwegian "
              "Ambassador Anna Holm.")
    got = people(s)
    assert got["Faisal bin Nasser Al Hamdan"][0] == ("Minister of Foreign Affairs of the "
                                                     "Kingdom of Saudi Arabia"), got
    assert got["Ivo Rand"][0] == "Minister of Energy", got
    assert got["Anna Holm"] == ("Ambassador", "Norway"), got



def test_a_demonym_on_the_next_list_member_is_only_theirs() -> None:
    s = parse("Bilateral meeting\n\nFederal Chancellor Hans Weber welcomed the Emir of the State "
              "of Kuwait, His Highness Sheikh Nasser Al-Hamad, at the Federal Chancellery in "
              "Berlin. Also attending were Federal Minister for Economic Affairs Petra Klein and "
              "Kuwaiti Foreign Minister Sheikh Salem Al-Hamad.")
    got = people(s)
    assert got["Petra Klein"] == ("Federal Minister for Economic Affairs", "Germany"), got
    assert got["Salem Al-Hamad"][1] == "Kuwait", got
