"""The event frame (visit type, date, place) on invented releases: round 5 rules, each
made general (issuers in none of our data too). No corpus text."""

from __future__ import annotations

import datetime as dt

from invented import FRAME_DAY as PUB
from invented import parse_frame as parse

# --- a statement naming no event is no visit ------------------------------------------------

def test_joint_statement_naming_no_event_is_no_visit() -> None:
    s = parse("Nordland and Estovia share a commitment to open markets and to the rule of law. "
              "Both governments will continue to cooperate on clean energy and on fisheries.",
              title="Joint Statement by the Governments of Nordland and Estovia")
    assert s.visit_type is None and s.date is None and s.participants == []


def test_joint_statement_after_a_visit_stays_an_event() -> None:
    s = parse("Both leaders attended a ceremony today to open the new bridge. Nordland and "
              "Estovia share a commitment to open markets.",
              title="Joint Statement by the Governments of Nordland and Estovia")
    assert s.visit_type == "other"


# --- places ------------------------------------------------------------------------------------

def test_gathering_named_with_its_city_places_the_event() -> None:
    s = parse("A delegation led by Foreign Minister Anna Berg took part today in the Oslo "
              "International Energy Forum, where she met the Norwegian Foreign Minister.",
              title="Delegation at the Oslo International Energy Forum")
    assert s.location.city == "Oslo" and s.location.country == "Norway"


def test_city_inside_another_name_is_no_place() -> None:
    s = parse("The ministers met today in the Lublin Triangle format to discuss grain exports.",
              title="Ministers meet in the Lublin Triangle format")
    assert s.location.city is None


# --- visit type --------------------------------------------------------------------------------

def test_summit_meeting_is_a_summit() -> None:
    s = parse("On March 11, Mr. Taro Sato, Prime Minister of Japan, held a Japan-Estovia Summit "
              "Meeting with Mr. Ivan Petrov, President of Estovia, who is visiting Japan.",
              title="Japan-Estovia Summit Meeting")
    assert s.visit_type == "summit"


def test_meeting_ahead_of_a_summit_meeting_is_a_meeting() -> None:
    s = parse("President Anna Berg met in Oslo with the Prime Minister of Norway on March 11 "
              "ahead of the second E.U.-Nordic Summit meeting.",
              title="Readout of President Berg's Meeting with the Prime Minister of Norway")
    assert s.visit_type == "meeting"


def test_gulf_palace_names_its_city() -> None:
    s = parse("The Crown Prince today received the Foreign Minister of Estovia at Al Yamamah "
              "Palace. They reviewed bilateral relations.",
              title="Crown Prince receives Estovian Foreign Minister")
    assert (s.location.city, s.location.country) == ("Riyadh", "Saudi Arabia")
    assert s.visit_type == "meeting"


def test_guest_house_names_its_city() -> None:
    s = parse("Prime Minister Taro Sato held talks with the President of Estovia at Akasaka "
              "Palace on March 11.", title="Japan-Estovia talks")
    assert (s.location.city, s.location.country) == ("Tokyo", "Japan")


# --- dates -------------------------------------------------------------------------------------

def test_slashed_date_read_day_first_near_publication() -> None:
    s = parse("President Budi Santoso received the Foreign Minister of Estovia at the Merdeka "
              "Palace on Tuesday (11/03/2025).", title="President receives Estovian minister")
    assert s.date == dt.date(2025, 3, 11)
    assert s.location.city == "Jakarta"


def test_slashed_date_read_month_first_when_that_is_the_near_one() -> None:
    s = parse("The President met the Prime Minister of Estovia on 3/10/2025 at the White House.",
              title="Readout of the President's meeting")
    assert s.date == dt.date(2025, 3, 10)


def test_demonym_capital_is_that_states_capital() -> None:
    s = parse("Foreign Minister Anna Berg held talks with her counterpart Musalia Mudavadi in "
              "the Kenyan capital on Tuesday.", title="Foreign Minister holds talks")
    assert (s.location.city, s.location.country) == ("Nairobi", "Kenya")


def test_the_capital_of_the_visited_state() -> None:
    s = parse("Foreign Minister Anna Berg is on an official visit to Kenya. On Tuesday she held "
              "talks in the capital with Foreign Minister Musalia Mudavadi.",
              title="Foreign Minister's official visit")
    assert (s.location.city, s.location.country) == ("Nairobi", "Kenya")
    assert s.visit_type == "official visit"


def test_the_capital_of_a_state_with_two_is_left_open() -> None:
    s = parse("Foreign Minister Anna Berg is on an official visit to the Netherlands. She held "
              "talks in the capital on Tuesday.", title="Foreign Minister's official visit")
    assert (s.location.city, s.location.country) == (None, "Netherlands")


def test_remarks_with_capital_speaker_labels_and_no_day_are_undated() -> None:
    s = parse("PRIME MINISTER BERG:\n\nWelcome, Mr President, it is a pleasure to have you here "
              "for our bilateral meeting.\n\nPRESIDENT PETROV:\n\nThank you, Prime Minister.",
              title="Remarks at bilateral meeting with the President of Estovia")
    assert s.visit_type == "meeting" and s.date is None


def test_remarks_saying_today_take_the_publication_date() -> None:
    s = parse("PRIME MINISTER BERG:\n\nWelcome, Mr President, to our bilateral meeting today.\n\n"
              "PRESIDENT PETROV:\n\nThank you, Prime Minister.",
              title="Remarks at bilateral meeting with the President of Estovia")
    assert s.date == PUB


def test_headline_ending_on_a_city_and_day_places_the_event() -> None:
    s = parse("The Prime Minister welcomed the President of Estovia to Australia today. The "
              "leaders discussed fisheries.",
              title="Visit to Australia by the President of Estovia Canberra 11 March 2025")
    assert (s.location.city, s.location.country) == ("Canberra", "Australia")


def test_capitalised_headline_ending_on_a_city() -> None:
    s = parse("The Prime Minister and the Premier today signed the water agreement.",
              title="TRANSCRIPT OF THE PRIME MINISTER SIGNING OF THE WATER AGREEMENT, MELBOURNE")
    assert (s.location.city, s.location.country) == ("Melbourne", "Australia")


def test_headline_ending_on_a_city_state_names_no_city() -> None:
    s = parse("The Prime Minister will welcome the President of Singapore to Australia from 11 "
              "to 14 March.", title="Visit to Australia by the President of Singapore")
    assert s.location.city is None


def test_leaders_who_discussed_without_a_visit_held_talks() -> None:
    s = parse("The Prime Minister of Nordland and the President of Estovia discussed trade, "
              "fisheries and energy today in Oslo. They agreed to open a joint fund.",
              title="Joint Statement of Nordland and Estovia")
    assert s.visit_type == "talks"


def test_discussions_during_a_plain_visit_stay_other() -> None:
    s = parse("The President of Estovia's visit to Nordland ended today. The leaders discussed "
              "trade and fisheries.", title="Joint Statement of Nordland and Estovia")
    assert s.visit_type == "other"


def test_day_of_the_event_whose_results_were_discussed_is_not_the_meetings() -> None:
    s = parse("Deputy Minister Anna Berg met with the Head of the EU Delegation Ivan Petrov. They "
              "discussed the results of the Association Council meeting held in Brussels on "
              "March 5.", title="Anna Berg met with the Head of the EU Delegation")
    assert s.date is None and s.location.city is None


def test_summit_that_took_place_is_a_summit() -> None:
    s = parse("The 7th EU-Estovia Summit took place in Brussels on 11 March 2025. The EU was "
              "represented by the President of the European Council.",
              title="Joint press statement following the 7th EU-Estovia Summit")
    assert s.visit_type == "summit" and s.location.city == "Brussels"
    assert s.date == dt.date(2025, 3, 11)


def test_call_a_meeting_follows_up_on_is_not_the_meeting() -> None:
    s = parse("On March 11, 2025, as follow up to the March 4, 2025 call between President "
              "Anna Berg and the Vice President, a delegation of White House and State "
              "Department officials met with President Berg and her ministers.",
              title="Joint Statement on migration cooperation")
    assert s.visit_type == "meeting"
    assert s.location.city is None  # the White House named as a body, not a place


def test_room_of_a_seat_still_places_the_event() -> None:
    s = parse("The Prime Minister will host a luncheon for the President of Estovia in the "
              "Great Hall of Parliament House on 13 March. The President will visit Australia "
              "from 12 to 14 March.", title="Visit by the President of Estovia")
    assert s.location.city == "Canberra"


def test_untitled_release_without_event_words_is_kept() -> None:
    s = parse("Dr Berg and Mr Olsen reviewed the partnership between Estonia and Norway.")
    assert s.visit_type == "other"


def test_visit_of_several_days_is_dated_by_the_day_of_its_talks() -> None:
    s = parse("I look forward to welcoming the President of Estovia during his visit to "
              "Australia from 17 to 20 March 2025. I will meet with President Petrov in Canberra "
              "on 18 March to discuss trade.", title="Visit by the President of Estovia")
    assert s.date == dt.date(2025, 3, 18)


def test_visit_of_several_days_without_a_day_for_talks_takes_the_first() -> None:
    s = parse("I look forward to welcoming the President of Estovia during his visit to "
              "Australia from 17 to 20 March 2025. He will also travel to Perth on 19 March.",
              title="Visit by the President of Estovia")
    assert s.date == dt.date(2025, 3, 17)


def test_other_ministries_words_for_the_event() -> None:
    cases = {
        "Foreign Minister Anna Berg paid a courtesy call on Prime Minister Ivan Petrov.":
            "meeting",
        "Foreign Minister Anna Berg called on Prime Minister Ivan Petrov in Tallinn.": "meeting",
        "The Prime Minister had a telephonic conversation with President Ivan Petrov.":
            "phone call",
        "The Prime Minister spoke on phone with President Ivan Petrov.": "phone call",
        "The leaders held a virtual bilateral summit.": "videoconference",
        "The Prime Minister held an online meeting with President Ivan Petrov.":
            "videoconference",
        "The Foreign Ministers held the third round of the Strategic Dialogue in Tallinn.":
            "talks",
        "The 5th session of the Nordland-Estovia Joint Commission was held in Tallinn.":
            "meeting",
    }
    for text, kind in cases.items():
        assert parse(text, title="Press release").visit_type == kind, text


def test_calling_on_the_world_is_no_meeting() -> None:
    s = parse("The Foreign Minister called on the international community to act. She met "
              "the Ambassador of Estovia.", title="Press release")
    assert s.visit_type == "meeting"  # from "met", not from "called on"


def test_a_visit_under_way_is_the_event_whatever_it_was_scheduled_for() -> None:
    s = parse("Deputy Minister Anna Berg is on a working visit to Estovia scheduled for March "
              "10-12. During a meeting with Prime Minister Ivan Petrov, she conveyed gratitude.",
              title="Deputy Minister in Estovia")
    assert s.visit_type == "working visit"


def test_meeting_with_the_media_after_talks_is_not_the_event() -> None:
    s = parse("The President said this during a meeting with media representatives following "
              "talks with President Ivan Petrov in Oslo.", title="The President on security")
    assert s.visit_type == "talks"


def test_host_naming_the_place_to_the_guest_in_remarks() -> None:
    s = parse("PRIME MINISTER BERG: Mr President, welcome. Our economies are close.\n\n"
              "PRIME MINISTER BERG: It is a great pleasure to see you here in Norway, and I "
              "look forward to our bilateral meeting.",
              title="Remarks at bilateral meeting with the President of Estovia")
    assert s.location.country == "Norway"


def test_the_country_at_large_is_no_place() -> None:
    s = parse("PRIME MINISTER BERG: Mr President, welcome to our bilateral meeting. Trade is "
              "growing. Fisheries matter. Energy matters. Students travel.\n\n"
              "PRIME MINISTER BERG: Wages are rising, as they are here in Norway.",
              title="Remarks at bilateral meeting with the President of Estovia")
    assert s.location.country is None


def test_numeric_dates_dashed_or_year_first() -> None:
    assert parse("The Foreign Ministers met in Nairobi on 11-03-2025.",
                 title="Foreign Ministers meet").date == dt.date(2025, 3, 11)
    assert parse("The Foreign Ministers met in Tokyo on 2025/03/11.",
                 title="Foreign Ministers meet").date == dt.date(2025, 3, 11)


def test_discussed_over_the_phone_is_a_call() -> None:
    s = parse("The two leaders discussed regional security over the phone today.",
              title="Leaders discuss security")
    assert s.visit_type == "phone call" and s.location.city is None


def test_taking_part_in_a_meeting_is_a_meeting() -> None:
    s = parse("In Bergen, the President took part in a meeting of the Council of Regions. The "
              "participants reviewed the reform.", title="The President in Bergen")
    assert s.visit_type == "meeting"


def test_spoke_with_the_president_is_a_call_whatever_else_the_readout_looks_forward_to() -> None:
    s = parse("Premier speaks with Orvian leader\n\nPremier Lena Vos today spoke with the "
               "President of Orvia, Tomas Rell. The leaders discussed trade. They looked "
               "forward to meeting in person at the next G20 Summit.")
    assert s.visit_type == "phone call"


def test_quotes_ahead_of_the_report_do_not_push_its_weekday_out_of_the_lead() -> None:
    # a presidency opening with the leader's words, then the event "on Tuesday"
    s = parse("Orvia and Valdora sign deals\n\nState House, Orvia City\n\n"
              "President Ada Noor has said Orvia and Valdora will trade more.\n\n"
              "She said the two nations must lead on regional trade.\n\n"
              "\"We cannot keep trading more with others than with ourselves. We will change "
              "that,\" she said.\n\n"
              "\"Our partnership is strong,\" she added.\n\n"
              "The President spoke on Tuesday at State House when she held bilateral talks "
              "with her Valdoran counterpart Ben Oru.", published=dt.date(2025, 3, 12))
    assert s.date == dt.date(2025, 3, 11)


def test_a_dateline_with_a_date_gives_way_to_the_events_own_day() -> None:
    weekday = parse("Orvia and Vietnam agree to deepen partnership\n\nYongsan, May 14 — "
                    "President Kim Min-jun held talks with President of Vietnam Tran Van Long "
                    "at the presidential office on Wednesday. They discussed trade.",
                    published=dt.date(2026, 5, 14))
    explicit = parse("Prime Minister meets Premier Li\n\nGovernment House, 11 November 2026 – "
                     "Prime Minister Somchai Rattanakul met Premier of China Li Qiang in "
                     "Bangkok on 10 November 2026. They discussed rail cooperation.",
                     published=dt.date(2026, 11, 11))
    assert weekday.date == dt.date(2026, 5, 13)
    assert explicit.date == dt.date(2026, 11, 10)


def test_a_quoted_today_gives_way_to_the_leads_weekday() -> None:
    s = parse("Orvia and Poland deepen ties\n\nPresident Jan Nowak on Tuesday held talks with "
              "President of Estonia Kadri Tamm in Warsaw. The leaders agreed to expand "
              "energy links.\n\n\"Today we take our partnership to a new level,\" President "
              "Nowak said.", published=dt.date(2025, 3, 12))
    assert s.date == dt.date(2025, 3, 11)
