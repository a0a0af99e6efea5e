"""Round 13: the visit type (and the lead it is read from) as issuers we had never seen
write it. Each test is one class of wording or page furniture; invented text only, no
corpus text."""

from __future__ import annotations

from invented import parse_frame as parse

from briefgen.parse.dates import fragment

# --- the margins of a gathering, in other words than "on the margins of" ---


def test_within_the_margins_of_a_summit_is_a_meeting() -> None:
    s = parse("Caption: Foreign Minister Ana Berg holds bilateral discussions with Tomas "
              "Lund, Deputy Foreign Minister of Chile, within the margins of the 4th Pacific "
              "Ocean Summit held on 10 March in Lima. Fisheries and trade were discussed.",
              title="Norway's Foreign Minister holds bilateral discussions with Chile")
    assert s.visit_type == "meeting"


def test_on_the_fringes_of_a_forum_is_a_meeting() -> None:
    s = parse("Norwegian Foreign Minister Ana Berg held talks with her Chilean counterpart "
              "Tomas Lund on the fringes of the Arctic Energy Forum in Reykjavik on Tuesday.")
    assert s.visit_type == "meeting"


# --- an envoy's credentials, as other presidencies word them ---


def test_president_accepts_credential_letters() -> None:
    s = parse("The President of the Republic, Ana Berg, accepted the credential letters of "
              "the new Ambassador of Chile, Mr. Tomas Lund. President Berg praised the good "
              "relations between Norway and Chile and the growing trade in salmon.",
              title="President Berg accepts the credential letters of the new Ambassador of "
                    "Chile")
    assert s.visit_type == "meeting"


# --- a named meeting held ("held the Norway-U.S. Ministerial Meeting") ---


def test_held_a_named_meeting_with_dotted_words() -> None:
    s = parse("On 10 March 2025, Minister Berg and Secretary Lund held the Norway-U.S. "
              "Fisheries Ministerial Meeting from 10:00 for about an hour. The Ministers "
              "exchanged their views on the Arctic.",
              title="Norway-U.S. Fisheries Ministerial Meeting (summary)")
    assert s.visit_type == "meeting"


# --- a headline's present tense of receiving, and a meeting looked back on ---


def test_headline_receives_a_delegation() -> None:
    s = parse("Oslo, 11 March. President Ana Berg on Tuesday received Chilean entrepreneurs "
              "to follow up on agreements reached in Santiago last year. The meeting was "
              "also attended by the Minister of Trade.",
              title="President Berg receives Chilean business delegation")
    assert s.visit_type == "meeting"


def test_appreciation_after_the_meeting_is_a_meeting() -> None:
    s = parse("OSLO, March 12, 2025 - The Norwegian President expressed her appreciation "
              "for President Lund after the long and cordial meeting that opened a new "
              "chapter for the two countries. Both presidents committed to closer ties.",
              title="Norwegian President thanks Chilean President after meeting")
    assert s.visit_type == "meeting"


def test_agreements_signed_following_bilateral_talks() -> None:
    s = parse("Santiago - Norway and Chile have signed four cooperation agreements, "
              "following bilateral talks in Santiago between delegations led by the "
              "presidents of the two countries, Ana Berg and Tomas Lund. Two are memoranda "
              "of understanding on fisheries, the Foreign Minister told journalists "
              "travelling with the visiting delegation.")
    assert s.visit_type == "talks"


# --- page furniture above the lead: a site banner and a menu block ---


def test_government_site_banner_does_not_use_up_the_lead() -> None:
    s = parse("An official website of the Norwegian Government \nHere's how you know\n\n"
              "Official websites use .no\n\n"
              ".no website belongs to an official government organization in Norway.\n\n"
              "Secure .gov websites use HTTPS\n\n"
              "Close this search box.\n\n"
              "Minister of Defence Ana Berg welcomed closer ties as she met with Chilean "
              "Defence Minister Tomas Lund in Lima today. They discussed naval exercises.",
              title="Berg hails stronger Norway-Chile defence ties")
    assert s.visit_type == "meeting"


def test_site_sentences_and_menu_blocks_are_fragments() -> None:
    assert fragment("Secure .gov websites use HTTPS")
    assert fragment("Close this search box.")
    assert fragment("Printer Friendly Version @ 6 October 2021 12:30 PM")
    assert fragment("Governor General\nPrime Minister\nThe Cabinet\nThe Senate\nPhoto Gallery")
    assert fragment("Friday, April 19, 2024\nname of Agency\nEnglish Edition")
    # (a headline below a stamp line is no menu; a sentence is no fragment)
    assert not fragment("Oslo\nTuesday, 11 March 2025\nPresident Berg and President Lund "
                        "hold bilateral talks")
    assert not fragment("President Berg met the Chilean President Tomas Lund in Oslo.")
    assert not fragment("The ministry's website said the two ministers met today.")


# --- a guest in the country for a gathering: the meeting is held beside it ---


def test_met_a_guest_who_came_for_the_leaders_week_is_a_meeting() -> None:
    s = parse("(AGENCY) - Deputy Prime Minister Ana Berg on Thursday met with Chile's Second "
              "Minister of Trade Tomas Lund, who was in Norway for the Arctic Economic "
              "Leaders' Week in Tromso. Both sides hailed the growth of trade.",
              title="Arctic Week 2025: Deputy Prime Minister meets foreign counterparts")
    assert s.visit_type == "meeting"


# --- a minister or envoy received by a leader is a meeting, whatever the verb ---


def test_leader_holding_talks_with_a_foreign_minister_is_a_meeting() -> None:
    s = parse("Norway's Prime Minister Ana Berg on Friday held talks with Chilean Foreign "
              "Minister Tomas Lund, at which both said trade between the two countries "
              "could grow further.", title="PM Berg received Chilean FM")
    assert s.visit_type == "meeting"


def test_delegation_that_met_and_held_talks_with_a_president_is_a_meeting() -> None:
    s = parse("Oslo - A senior Norwegian delegation comprising Ms. Ana Berg, Minister of "
              "Foreign Affairs, and Mr. Per Dahl, Head of Economic Affairs, met and held "
              "talks with the President of Chile, Mr. Tomas Lund. At the meeting held in "
              "Santiago, the delegation conveyed a message of friendship.",
              title="Norway: Senior Delegation Held Talks With Chilean President")
    assert s.visit_type == "meeting"


def test_two_leaders_holding_talks_stay_talks() -> None:
    s = parse("Norway's Prime Minister Ana Berg on Friday held talks with Chilean President "
              "Tomas Lund in Oslo. They discussed fisheries and trade.")
    assert s.visit_type == "talks"
    s = parse("The Deputy Head of the Office of the President, Ana Berg, held consultations "
              "with the Chilean delegation, which included Ambassador Tomas Lund. They "
              "discussed security support.", title="Ana Berg met the Chilean delegation")
    assert s.visit_type == "talks"


def test_talks_within_the_framework_of_a_summit_are_a_meeting() -> None:
    s = parse("On 10 March 2025, within the framework of the Arctic Council Summit in "
              "Reykjavik, the Minister of Foreign Affairs of Norway Ana Berg held talks with "
              "the Minister of Foreign Affairs of Chile Tomas Lund. They discussed fisheries.")
    assert s.visit_type == "meeting"


def test_talks_of_one_in_town_for_a_gathering_are_a_meeting() -> None:
    s = parse("Foreign Minister Ana Berg, who is in New York for the UN General Assembly, "
              "held talks with Chilean Foreign Minister Tomas Lund on Tuesday.")
    assert s.visit_type == "meeting"


# --- other words for an audience, a call and a video link ---


def test_had_an_audience_with_the_king_is_a_meeting() -> None:
    s = parse("Foreign Minister Ana Berg had an audience with His Majesty King Tomas of "
              "Chile at the Royal Palace on Tuesday. They discussed fisheries.")
    assert s.visit_type == "meeting"


def test_video_conversation_is_a_videoconference() -> None:
    s = parse("President Ana Berg held a video conversation with President Tomas Lund of "
              "Chile on Tuesday. They discussed fisheries.")
    assert s.visit_type == "videoconference"


def test_telephone_discussion_is_a_phone_call() -> None:
    s = parse("President Ana Berg held a telephone discussion with President Tomas Lund of "
              "Chile on Tuesday. They discussed fisheries.")
    assert s.visit_type == "phone call"


# --- a gathering of heads of state or government by its own name is a summit ---


def test_assembly_of_heads_of_state_is_a_summit() -> None:
    s = parse("President Ana Berg participated in the 37th Ordinary Session of the Assembly "
              "of Heads of State and Government of the Arctic Union in Reykjavik.")
    assert s.visit_type == "summit"


def test_heads_of_government_meeting_is_a_summit() -> None:
    s = parse("Prime Minister Ana Berg arrived in Lima on Monday for the twelfth Meeting of "
              "the Pacific Heads of Government. Climate finance tops the agenda.",
              title="Berg in Lima for Pacific heads' gathering")
    assert s.visit_type == "summit"
    s = parse("Prime Minister Ana Berg attended the Nordic Heads of Government Meeting in "
              "Reykjavik on Friday.")
    assert s.visit_type == "summit"


def test_arrived_to_take_part_in_a_summit_is_a_summit() -> None:
    s = parse("President Ana Berg arrived in Lima on Monday to take part in the 12th Pacific "
              "Alliance Summit.")
    assert s.visit_type == "summit"
    s = parse("President Ana Berg delivered a statement at the plenary session of the 10th "
              "Arctic Summit in Reykjavik on Tuesday.")
    assert s.visit_type == "summit"


def test_negotiations_held_between_leaders_are_talks() -> None:
    s = parse("Negotiations between Prime Minister Ana Berg and President Tomas Lund of Chile "
              "were held in Oslo on Tuesday.")
    assert s.visit_type == "talks"


# --- dates: agencies' datelines, and "today" beside a page's later stamp ---


def test_dateline_in_capitals_without_a_comma_is_the_filing_stamp() -> None:
    s = parse("TROMSO March 11th (NTB) – The President of Norway, Ms. Ana Berg, received in "
              "audience Monday, March 10, at the palace, the Ambassador of Chile, Mr. Tomas "
              "Lund.")
    assert str(s.date) == "2025-03-10"


def test_dateline_after_a_relay_source_is_the_filing_stamp() -> None:
    s = parse("(RELAY- Nordic Wire) OSLO, Mar 11 (NTB-X) – The President of Norway, Ana Berg, "
              "received the Ambassador of Chile, Tomas Lund, at the palace on 10 March 2025.")
    assert str(s.date) == "2025-03-10"


def test_today_is_the_publication_day_not_a_later_print_stamp() -> None:
    s = parse("Printer Friendly Version @ 14 March 2025 12:30 PM\n\nOslo, Norway - Foreign "
              "Minister Ana Berg today received the Ambassador of Chile, Tomas Lund, at the "
              "Ministry.")
    assert str(s.date) == "2025-03-12"


def test_a_summit_that_opened_or_closed_is_a_summit() -> None:
    s = parse("The second Norway-Africa Summit opened in Oslo on Tuesday.")
    assert s.visit_type == "summit"
    s = parse("Leaders of the Arctic states adopted the Reykjavik Declaration at the close of "
              "their summit on Tuesday.")
    assert s.visit_type == "summit"
    # (a meeting before a summit opens is held ahead of it)
    s = parse("On Monday 10 March 2025, before the opening of the Arctic Summit, Prime "
              "Minister Ana Berg met President Tomas Lund of Chile in the National Museum.")
    assert s.visit_type == "meeting"


def test_working_session_with_an_envoy_is_a_meeting() -> None:
    s = parse("Foreign Minister Ana Berg held a working session with the Ambassador of Chile, "
              "Tomas Lund, on Tuesday.")
    assert s.visit_type == "meeting"


def test_virtual_and_online_formats_are_a_videoconference() -> None:
    for text in ("President Ana Berg met virtually with President Tomas Lund of Chile on "
                 "Tuesday.",
                 "President Ana Berg and President Tomas Lund of Chile held talks in an "
                 "online format on Tuesday.",
                 "President Ana Berg and President Tomas Lund of Chile spoke via Zoom on "
                 "Tuesday."):
        s = parse(text)
        assert s.visit_type == "videoconference", text
        assert (s.location.city, s.location.country) == (None, None)


def test_an_envoy_summoned_to_the_ministry_is_a_meeting() -> None:
    s = parse("The Secretary General of Foreign Affairs, Ana Berg, summoned the Chilean "
              "ambassador in Oslo today to convey Norway's concern over the fishing dispute.")
    assert s.visit_type == "meeting"


# --- a call the lead reports first is the event, whatever visit it speaks of ---


def test_call_that_thanks_for_a_recent_state_visit_is_a_phone_call() -> None:
    s = parse("President Ana Berg held a phone call with President Tomas Lund of Chile on "
              "Tuesday. Berg thanked Lund for the hospitality extended during her recent "
              "state visit to Chile.")
    assert s.visit_type == "phone call"
    assert (s.location.city, s.location.country) == (None, None)


# --- an announcement below a page's menu ---


_MENU_PAGE = ("Norwegian Government Portal\nSkip navigation\n\n[Home]\n\n[Accessibility]\n\n"
              "Text size\n\nPrime Minister Berg to attend Reykjavik gathering\n\n\n"
              "Ministries\nOur Ministers\nParliament Links\nLaws Online\nPodcasts\n"
              "Careers\nOpen Data\nWeather\nTransport\nHealth Services\n\n"
              "Prime Minister Ana Berg will fly to Iceland on Thursday to take part in the "
              "Arctic Leaders' Summit in Reykjavik.\n\n"
              "Fisheries and shipping lanes top the agenda of the two-day gathering.\n")


def test_announced_summit_below_a_menu_is_a_summit() -> None:
    from briefgen.ingest import release_from_bytes
    from briefgen.parse import parse_release

    s = parse_release(release_from_bytes(_MENU_PAGE.encode(), "r.txt", None))
    assert s.visit_type == "summit"


def test_headline_infinitive_to_attend_announces_but_a_trip_reported_does_not() -> None:
    from briefgen.parse.segment import segment
    from briefgen.parse.visit import announces_visit

    assert announces_visit(segment("Prime Minister Berg to attend summit in Reykjavik\n\n"
                                   "The Prime Minister leaves for Iceland this evening.",
                                   "Prime Minister Berg to attend summit in Reykjavik"))
    assert not announces_visit(segment("The President flew to Reykjavik to attend the "
                                       "Arctic Summit. The summit reviewed fisheries.", None))


def test_an_envoy_delivering_a_leaders_message_is_a_meeting() -> None:
    s = parse("Oslo - Foreign Minister Ana Berg on Monday delivered a written message from "
              "the King of Norway to President Tomas Lund of Chile, in Santiago. The letter "
              "renews an offer of closer fisheries ties.")
    assert s.visit_type == "meeting"
    s = parse("A letter of friendship from the Norwegian Prime Minister, Ana Berg, to the "
              "Chilean President, Tomas Lund, was handed over on Monday in Santiago by "
              "Norway's Minister of Trade.", title="Norway: Prime Minister Writes to Chile")
    assert s.visit_type == "meeting"


def test_a_last_edited_stamp_dates_nothing() -> None:
    s = parse("Last edited 03/14/2025\nContact Information\n\nOSLO - Foreign Minister Ana "
              "Berg received the Ambassador of Chile, Tomas Lund, at the Ministry.",
              published=None)
    assert s.date is None


# --- a meeting of one state's officials that "discussed" things holds no talks ---


def test_internal_meeting_that_discussed_is_no_talks() -> None:
    s = parse("On Wednesday, 12 March 2025, Foreign Minister Ana Berg chaired an internal "
              "meeting of Norway's ambassadors and senior officials to review the year's "
              "work of the Ministry. The meeting discussed the ministry's budget and its "
              "reform plan.", title="Foreign Minister Berg chairs an internal meeting")
    assert s.visit_type == "other"
    s = parse("The leaders of Norway and Chile discussed fisheries and trade on Tuesday, "
              "according to a joint statement.", title="Norway and Chile: joint statement")
    assert s.visit_type == "talks"


# --- the programme of a visit that has begun is the visit under way ---


def test_events_planned_for_a_visit_that_began_are_the_visit() -> None:
    s = parse("The programme planned for the state visit of President Tomas Lund of Chile "
              "began on Tuesday afternoon, when King Harald received his guest at the Palace "
              "in Oslo.", title="Norway and Chile sign two memoranda")
    assert s.visit_type == "state visit"
    # (a visit planned for next year is still another event)
    s = parse("Foreign Minister Ana Berg held talks with her Chilean counterpart Tomas Lund "
              "today. Work on the state visit planned for next year began with a list of "
              "agreements.")
    assert s.visit_type == "talks"


# --- signing at a bilateral commission's close is talks; "in his meeting with" a meeting ---


def test_signing_at_the_close_of_a_joint_commission_is_talks() -> None:
    s = parse("Ministers of Norway and Chile signed four fisheries accords in Oslo on Monday "
              "at the conclusion of the tenth Joint Permanent Commission between the two "
              "states.")
    assert s.visit_type == "talks"


def test_said_in_his_meeting_with_a_minister_is_a_meeting() -> None:
    s = parse("OSLO, 10 March 2025 - Norway wants closer ties with Chile in mining and "
              "research. King Harald said so in his meeting on Monday with the visiting "
              "Chilean Minister of Mining, Tomas Lund.",
              title="King Harald: Norway wants closer ties with Chile")
    assert s.visit_type == "meeting"


def test_a_news_outlet_named_today_is_no_day() -> None:
    s = parse("The weekly Fjord Today reported that President Ana Berg received a Chilean "
              "trade delegation led by Minister Tomas Lund at the Palace on March 5.")
    assert str(s.date) == "2025-03-05"


def test_a_newswire_dateline_is_the_filing_stamp() -> None:
    s = parse("OSLO, March 11, 2025 /NewsWire/ - King Harald will welcome the President of "
              "Chile, Tomas Lund, to the Royal Palace on Friday, March 14, 2025, at the start "
              "of a state visit.", title="King to welcome the President of Chile")
    assert str(s.date) == "2025-03-14"
