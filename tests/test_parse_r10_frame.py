"""Round 10: the event frame (date, place, visit type) as issuers we had never seen write it.
Each test is one class of meaning or general knowledge (world capitals and their spellings,
seats of government, a host known from the people at the seat). Invented text only, no
corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_frame as parse

# --- a capital written with its accents, and one capital per state ---


def test_capital_written_with_its_accent_is_known() -> None:
    s = parse("The Prime Minister of Timor-Leste received the Foreign Minister of Ruritania, "
              "Anna Berg, today at the Government Palace, Díli. They discussed fisheries.")
    assert (s.location.city, s.location.country) == ("Díli", "Timor-Leste")


def test_capital_known_by_two_spellings_is_still_the_one_capital() -> None:
    # "Kiev" is another spelling of Kyiv, not a second capital: "the Ukrainian capital" is Kyiv
    s = parse("President Tomas Berg of Ruritania held talks in the Ukrainian capital today with "
              "the President of Ukraine. They discussed energy.")
    assert (s.location.city, s.location.country) == ("Kyiv", "Ukraine")


# --- a seat of government with no city is in the capital of its holder's state ---


def test_presidential_office_places_a_call_on_the_president() -> None:
    s = parse("Ana Rojas, Foreign Minister of Chile, called on President Kofi Mensah of Ghana "
              "this morning at the President's Office. They discussed trade and cocoa.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


def test_seat_of_the_host_known_from_the_participants() -> None:
    # the lead names no state as the event's place: the Presidential Palace is the host's,
    # and the host is the state of the president receiving there (not the guest's)
    s = parse("The President of Ghana, Kofi Mensah, had a meeting today, at the Presidential "
              "Palace, with the President of Chile, Ana Rojas. The two presidents reviewed "
              "bilateral relations.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


def test_office_written_to_is_no_place() -> None:
    s = parse("President Kofi Mensah of Ghana held a telephone conversation with President Ana "
              "Rojas of Chile. A letter was later sent to the President's Office.")
    assert (s.location.city, s.location.country) == (None, None)


# --- a guest named as "visiting" is in the host's state ---


def test_visiting_guest_is_in_the_hosts_state() -> None:
    s = parse("President Kofi Mensah of Ghana on Tuesday held talks with visiting Chilean "
              "Foreign Minister Ana Rojas on trade and mining.")
    assert s.location.country == "Ghana"
    assert s.location.city is None  # no city is named, and a guest's talks need not be there


# --- a meeting on a gathering's sidelines is where the gathering is held ---


def test_sidelines_meeting_placed_by_the_gatherings_city() -> None:
    s = parse("President Kofi Mensah and the visiting President of Chile, Ana Rojas, met on the "
              "sidelines of the regional summit here on Tuesday.\n\n"
              "Welcoming her on her arrival to Ghana, the President thanked her for the visit.\n\n"
              "The two presidents discussed trade and investment.\n\nThey also discussed "
              "mining and energy.\n\nThey agreed on closer cooperation in cocoa.\n\n"
              "President Rojas thanked the President for hosting the Summit in Kumasi, which "
              "would promote trade across the region.")
    assert (s.location.city, s.location.country) == ("Kumasi", "Ghana")


def test_summit_city_does_not_place_talks_held_apart_from_it() -> None:
    # no sidelines: a summit named below the lead is another event
    s = parse("President Kofi Mensah received the President of Chile, Ana Rojas, on an official "
              "visit to Ghana on Tuesday.\n\nThe two presidents discussed trade and investment."
              "\n\nThey also discussed mining and energy.\n\nThey agreed on closer cooperation "
              "in cocoa.\n\nThey spoke of health care.\n\nPresident Rojas recalled "
              "the Summit in Kumasi, which promoted trade across the region.")
    assert s.location.city != "Kumasi"


# --- an announced visit: the visit's first day, not the page's stamp ---


def test_announced_visit_dated_by_its_start_not_the_stamp() -> None:
    # the stamp line does not use up the lead, and "his visit will commence on" announces
    s = parse("Wednesday 12 March 2025\n\nPresident Ana Rojas of Chile is set to deepen ties "
              "with Ghana when she travels there this week.\n\nAs a guest of the Government of "
              "Ghana, her visit will commence on March 14, 2025, with a series of engagements.\n\n"
              "She will be accompanied by the Minister of Mines, Pedro Soto, and senior officials "
              "of the ministries of trade and energy.\n\nUpon arrival in Accra, the President will "
              "be welcomed by the Foreign Minister of Ghana.",
              title="President Rojas to Deepen Chile-Ghana Ties")
    assert s.date is not None and s.date.isoformat() == "2025-03-14"
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


# --- a journey's destination and a welcome's recipient ---


def test_left_for_a_state_places_the_visit_there() -> None:
    s = parse("President Kofi Mensah left for Chile this morning on a two-day working visit. "
              "He is accompanied by the Minister of Trade.")
    assert s.location.country == "Chile"


def test_welcome_accorded_to_a_state_is_the_guest_not_the_place() -> None:
    s = parse("President Kofi Mensah of Ghana has appreciated the warm welcome accorded to Ghana "
              "by the Government of Chile. He thanked the President of Chile, Ana Rojas, at the "
              "official meeting as part of the ongoing official visit to Chile.")
    assert s.location.country == "Chile"


# --- the day of a statement about the event, and a future verb's weekday ---


def test_statement_weekday_does_not_date_the_talks() -> None:
    # published on a Sunday: the statement is Sunday's, the talks "expected ... on Monday"
    sunday = dt.date(2025, 3, 9)
    s = parse("The Foreign Minister of Ghana, Kofi Mensah, is on a two-day working visit to "
              "Chile.\n\nHis spokeswoman disclosed this in a statement on Sunday in Accra.\n\n"
              "According to her, the Minister is expected to meet his counterpart, Ana Rojas, on "
              "Monday.", published=sunday)
    assert s.date == dt.date(2025, 3, 10)


# --- a page's label in another script beside a date is the page's own stamp ---


def test_date_labelled_in_another_script_is_a_stamp() -> None:
    s = parse("Дата публикации 13 Mar 2025\n\nOn 12 March 2025, the Minister of Foreign Affairs "
              "of Ghana, Kofi Mensah, had a bilateral meeting with the Foreign Minister of Chile, "
              "Ana Rojas.", published=None)
    assert s.date == dt.date(2025, 3, 12)


# --- a recent visit is a past one; an envoy calling on a minister is a meeting ---


def test_recent_state_visit_is_not_the_event() -> None:
    s = parse("Foreign Minister Kofi Mensah on Tuesday said President Ama Owusu's recent state "
              "visit to Santiago has added momentum to Ghana-Chile ties.\n\nThe foreign minister "
              "made the remarks while the outgoing Chilean ambassador, Pedro Soto, called on him "
              "at the foreign ministry this evening.")
    assert s.visit_type == "meeting"
    assert s.location.city != "Santiago" and s.location.country != "Chile"


def test_page_stamps_with_clock_do_not_use_up_the_lead() -> None:
    s = parse("Published:\n2025-03-12 12:00:34 GMT\n\nUpdate:\n2025-03-13 16:32:49 GMT\n\n"
              "Foreign Minister Kofi Mensah of Ghana said trade with Chile had doubled.\n\n"
              "He also said both countries would work together on mining.\n\n"
              "The minister spoke at a forum of exporters in the capital.\n\n"
              "Later, the outgoing Chilean ambassador, Pedro Soto, called on him at the ministry.",
              title="Ghana-Chile trade doubles: Mensah")
    assert s.visit_type == "meeting"


def test_foreign_ministry_of_the_host_is_in_its_capital() -> None:
    s = parse("The outgoing ambassador of Chile, Pedro Soto, paid a farewell call on Foreign "
              "Minister Kofi Mensah of Ghana at the Ministry of Foreign Affairs today, during his "
              "last days in Ghana.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


# --- the history of the ties is no event's day ---


def test_day_relations_were_established_is_not_the_event() -> None:
    s = parse("President Ana Rojas of Chile will pay an official visit to Ghana at the invitation "
              "of President Kofi Mensah.\n\nGhana and Chile established formal diplomatic "
              "relations on March 1, 1970, and have since worked together in many fields.",
              published=None)
    assert s.date is None


# --- the words of presidencies we had not read: a courtesy call, a seat with its city, the
# present tense of hosting, a seat's accented name ---


def test_courtesy_call_received_is_no_phone_call() -> None:
    s = parse("The Prime Minister of Fiji, Sitiveni Rabuka, today received a courtesy call from "
              "the High Commissioner of India, Raj Kumar. They discussed health.")
    assert s.visit_type == "meeting"


def test_seat_followed_by_its_city_without_a_comma() -> None:
    s = parse("President Yoweri Museveni yesterday met the Foreign Minister of Chile, Ana Rojas, "
              "at State House Entebbe.")
    assert (s.location.city, s.location.country) == ("Entebbe", "Uganda")


def test_host_in_the_present_tense_dates_the_event() -> None:
    s = parse("President William Ruto hosts Chilean President Ana Rojas at State House, Nairobi "
              "on Tuesday. The two leaders discussed trade.")
    assert s.date == dt.date(2025, 3, 11)


def test_seat_written_with_its_accent() -> None:
    s = parse("The President of Portugal received at Belém Palace the President of Chile, Ana "
              "Rojas, today.")
    assert (s.location.city, s.location.country) == ("Lisbon", "Portugal")


def test_envoy_received_at_the_palace_is_the_guest() -> None:
    # the envoy's state is not the host's: the seat is not placed in it
    s = parse("President Kofi Mensah today received the credentials of the new Ambassador of "
              "Chile at the Presidential Palace.")
    assert s.location.country != "Chile"


def test_announced_travel_to_a_state_places_the_visit() -> None:
    s = parse("Prime Minister Kofi Mensah will travel to Chile from 20 to 23 March 2025 for an "
              "official visit, at the invitation of President Ana Rojas.")
    assert s.location.country == "Chile"


def test_travel_to_several_states_is_no_one_place() -> None:
    s = parse("Readout of the Envoy's Travel to Chile, Peru and Bolivia. The envoy met officials "
              "of the three governments.")
    assert s.location.country is None


# --- a bilingual page's notices in another language do not use up the lead ---


def test_notices_in_another_language_do_not_use_up_the_lead() -> None:
    s = parse("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.\n\n"
              "Si continua navegando, consideramos que acepta su uso en nuestro sitio.\n\n"
              "La version en castellano no esta disponible todavia, lea la version inglesa.\n\n"
              "Minister stresses commitment to humanitarian aid\n\n"
              "Minister for Development Kofi Mensah today stressed the commitment of Ghana to "
              "humanitarian aid.\n\nAddressing the Development Committee of the European "
              "Parliament in Brussels, the Minister also held talks with the committee's chair, "
              "Ana Rojas of Chile.",
              published=None)
    assert (s.location.city, s.location.country) == ("Brussels", "Belgium")


# --- the Office of the President is a seat; a guest may be named so at a later mention ---


def test_office_of_the_president_with_a_visiting_guest_named_after_a_comma() -> None:
    s = parse("President Kofi Mensah of Ghana received the visiting Foreign Minister of Chile, "
              "Her Excellency Ana Rojas, at the Office of the President on Tuesday. They "
              "discussed trade.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


def test_guest_named_so_only_at_a_later_mention() -> None:
    s = parse("President Kofi Mensah met Foreign Minister Ana Rojas of Chile at the Office of "
              "the President on Tuesday. Ms. Rojas, who is on an official visit to Ghana, "
              "thanked the President. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


def test_office_of_the_prime_minister_is_the_prime_ministers_seat() -> None:
    s = parse("The Prime Minister of Jamaica, Andrew Holness, met Ana Rojas, Foreign Minister "
              "of Chile, at the Office of the Prime Minister. Minister Rojas paid a courtesy "
              "call. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Kingston", "Jamaica")


def test_guest_with_an_apposition_calls_on_the_president() -> None:
    s = parse("Ana Rojas, Foreign Minister of Chile, called on President Kofi Mensah of Ghana "
              "at Government House on Tuesday. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Accra", "Ghana")


# --- the object of a host's verb is the guest; the one called on is the host ---


def test_minister_welcomed_by_a_host_is_in_the_hosts_state() -> None:
    s = parse("On 4 March, Foreign Minister Anna Berg of Estonia welcomed the Foreign Minister "
              "of Chile, Mr. Jorge Soto. The ministers discussed trade and mining.")
    assert (s.location.city, s.location.country) == (None, "Estonia")


def test_statement_welcomed_makes_no_guest() -> None:
    s = parse("On 4 March, Foreign Minister Anna Berg of Estonia met Foreign Minister Jorge "
              "Soto of Chile. Ms. Berg welcomed the statement made by Mr. Soto on fisheries. "
              "They discussed trade.")
    assert s.location.country is None


def test_call_on_a_head_of_a_city_state_is_in_that_city() -> None:
    s = parse("The members of a study visit from Pacific states paid a joint call on Prime "
              "Minister Tan Wei Ming of Singapore today. Among them was President Baron Kalo "
              "of Nauru. They discussed climate change.")
    assert (s.location.city, s.location.country) == ("Singapore", "Singapore")


# --- a page with no day given: its own stamp is the day relative days count from ---


def test_page_stamp_dates_a_weekday_where_no_day_is_given() -> None:
    s = parse("Talks in Dhaka\n\nPublished:\n2022-09-14 12:00:34 BST\n\nUpdate:\n"
              "2024-04-23 16:32:49 BST\n\nForeign Minister Anna Berg of Estonia on Tuesday "
              "met Foreign Minister Jorge Soto of Chile. They discussed trade.", published=None)
    assert s.date == dt.date(2022, 9, 13)


def test_dateline_dates_today_where_no_day_is_given() -> None:
    s = parse("Oslo, November 24, 2022.\n\nPrime Minister Tomas Berg of Estonia is scheduled to "
              "travel to Caracas, Venezuela, today for an official visit. He will return on "
              "Sunday, November 27, 2022.", published=None)
    assert s.date == dt.date(2022, 11, 24)


def test_received_in_the_filing_city_alone_is_not_placed() -> None:
    s = parse("Lima, 11 March 2025 - Foreign Minister Luis Rojas received the Foreign Minister "
              "of Japan, Kenji Sato. They discussed trade.")
    assert s.location.country is None


def test_dateline_with_the_state_after_the_comma_is_a_stamp() -> None:
    s = parse("Visit to Japan concluded\n\nESTONIAN EMBASSY, JAPAN 19 MARCH 2025: Prime Minister "
              "Tomas Berg of Estonia has concluded a visit to Japan.\n\nThe visit, from 10-14 "
              "March, began with an official visit as a guest of the Government of Japan.",
              published=dt.date(2025, 3, 19))
    assert s.date == dt.date(2025, 3, 10)


def test_a_gulf_rulers_palace_names_its_city() -> None:
    s = parse("His Majesty the King of Bahrain received at Sakhir Palace today the Foreign "
              "Minister of Chile, Jorge Soto. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Sakhir", "Bahrain")


# --- the days just past date the reported event: "last Monday", "earlier this week" ---


def test_met_last_monday_is_the_event_and_its_place() -> None:
    s = parse("Foreign Minister Anna Berg of Estonia met Foreign Minister Jorge Soto of Chile "
              "in Tallinn last Monday. They discussed trade.", published=dt.date(2025, 3, 12))
    assert (s.location.city, s.location.country) == ("Tallinn", "Estonia")
    assert s.visit_type == "meeting"
    assert s.date == dt.date(2025, 3, 10)


def test_met_earlier_this_week_is_placed() -> None:
    s = parse("Foreign Minister Anna Berg of Estonia met Foreign Minister Jorge Soto of Chile "
              "in Tallinn earlier this week. They discussed trade.")
    assert (s.location.city, s.location.country) == ("Tallinn", "Estonia")


# --- an agency's "here" is its filing city ---


def test_event_held_here_is_in_the_filing_city() -> None:
    s = parse("TALLINN, March 10 (Agency) - Foreign Minister Anna Berg of Estonia held talks "
              "here on Monday with Foreign Minister Jorge Soto of Chile.")
    assert (s.location.city, s.location.country) == ("Tallinn", "Estonia")


def test_here_in_another_sense_does_not_place() -> None:
    s = parse("TALLINN, March 10 (Agency) - Foreign Minister Anna Berg of Estonia met Foreign "
              "Minister Jorge Soto of Chile on Monday. Here is the full list of topics.")
    assert s.location.city is None


# --- a host named after a passive verb of receiving ---


def test_welcomed_by_a_host_at_the_palace_is_in_the_hosts_capital() -> None:
    s = parse("Estonian Prime Minister Kaja Tamm was welcomed by Chilean President Ana Rojas "
              "at the Presidential Palace on Monday.")
    assert (s.location.city, s.location.country) == ("Santiago", "Chile")


def test_received_in_audience_by_a_king_at_the_royal_palace() -> None:
    s = parse("Prime Minister Kaja Tamm of Estonia was received in audience by King Harald of "
              "Norway at the Royal Palace on Monday.")
    assert (s.location.city, s.location.country) == ("Oslo", "Norway")


def test_presidential_palace_in_lower_case_is_a_seat() -> None:
    s = parse("Chile's President Ana Rojas received Estonian Prime Minister Kaja Tamm at the "
              "presidential palace on Monday.")
    assert (s.location.city, s.location.country) == ("Santiago", "Chile")


# --- an envoy is received where accredited ---


def test_ambassadors_accredited_to_a_state_are_received_there() -> None:
    s = parse("His Excellency the Prime Minister received this morning the ambassadors of "
              "Canada, Australia and Japan accredited to Ghana, separately. They discussed "
              "regional security.")
    assert (s.location.city, s.location.country) == (None, "Ghana")


def test_courtesy_call_from_an_ambassador_to_a_state() -> None:
    s = parse("Mr Kofi Mensah, Minister for Foreign Affairs, received a courtesy call from the "
              "Ambassador of Chile to Ghana, Jorge Soto, on Monday.")
    assert s.location.country == "Ghana"


def test_newly_appointed_ambassador_received_is_the_guest() -> None:
    s = parse("The Minister of Foreign Affairs of Chile, Jorge Soto, received the newly "
              "appointed Ambassador of Estonia, Tomas Berg, on Monday.")
    assert s.location.country == "Chile"


def test_host_of_an_unnamed_counterpart_is_in_its_state() -> None:
    s = parse("The Foreign Minister of Ghana, Kofi Mensah, hosted his Togolese counterpart at "
              "the Ministry of Foreign Affairs on Monday. They discussed border trade.")
    assert s.location.country == "Ghana"


def test_letter_received_is_not_hosting() -> None:
    s = parse("The Foreign Minister of Ghana, Kofi Mensah, received a letter from President "
              "Ana Rojas of Chile on Monday. The letter concerns trade.")
    assert s.location.country is None


def _from_page(text: str) -> dt.date | None:
    """The date of invented page text read through ingest with no day given."""
    from briefgen.ingest import release_from_bytes
    from briefgen.parse import parse_release
    return parse_release(release_from_bytes(text.encode(), "r.txt", None)).date


def test_labelled_stamp_line_masked_as_furniture_still_dates_the_page() -> None:
    assert _from_page("Talks in Santiago\n\nDate: 10.03.2025\n\nPrime Minister Kaja Tamm of "
                      "Estonia held talks with President Ana Rojas in Santiago on Monday."
                      ) == dt.date(2025, 3, 10)
    assert _from_page("Talks in Santiago\n\nPosted on March 10, 2025 by Admin\n\nPrime Minister "
                      "Kaja Tamm of Estonia held talks with President Ana Rojas in Santiago "
                      "yesterday.") == dt.date(2025, 3, 9)


def test_last_updated_line_does_not_date_the_page() -> None:
    assert _from_page("Talks in Santiago\n\nLast updated: 12.03.2025 10:15\n\nPrime Minister "
                      "Kaja Tamm of Estonia held talks with President Ana Rojas in Santiago on "
                      "Monday.") is None


def test_known_city_named_as_a_settlement_keeps_its_state() -> None:
    s = parse("President Ana Rojas of Chile met Prime Minister Kaja Tamm of Estonia in the city "
              "of Tartu on Monday.")
    assert (s.location.city, s.location.country) == ("Tartu", "Estonia")


def test_margins_of_the_general_assembly_are_in_new_york() -> None:
    s = parse("On the margins of the 80th session of the UN General Assembly, President Ana "
              "Rojas of Chile met Prime Minister Kaja Tamm of Estonia on Monday.")
    assert (s.location.city, s.location.country) == ("New York", "United States")
    assert "United States" not in s.countries


def test_talks_today_within_a_visit_of_several_days() -> None:
    s = parse("Prime Minister Kaja Tamm of Estonia is paying an official visit to Chile on 1-3 "
              "April. Today she held talks with President Ana Rojas in Santiago.",
              published=dt.date(2025, 4, 3))
    assert s.date == dt.date(2025, 4, 3)


def test_video_call_with_a_leader_is_a_videoconference() -> None:
    s = parse("Prime Minister Kaja Tamm of Estonia took part in a video call with President Ana "
              "Rojas of Chile. They discussed trade.")
    assert s.visit_type == "videoconference"


def test_host_state_named_before_the_verb_of_receiving() -> None:
    s = parse("The President received the Foreign Minister of Estonia, Anna Berg, on Monday.",
              title="President of Chile receives Estonian Foreign Minister")
    assert (s.location.city, s.location.country) == (None, "Chile")


def test_host_received_by_is_not_the_subject() -> None:
    s = parse("Foreign Minister Anna Berg of Estonia was received by the President on Monday.",
              title="Estonian Foreign Minister received by the President")
    assert s.location.country is None


def test_welcoming_a_states_support_is_no_hosting() -> None:
    s = parse("Chile welcomed Estonia's support for the trade agreement on Monday. President Ana "
              "Rojas met Prime Minister Kaja Tamm.", title="Chile and Estonia leaders meet")
    assert s.location.country is None
