"""Round 18, forms found by the round-18 probes (releases written in the layout of issuers
in none of our data) and by reading the parser's items on them. Invented text only."""

from __future__ import annotations

import datetime as dt

from tests.invented import parse_invented

_DAY = dt.date(2031, 4, 3)


def test_a_quoted_step_ends_where_the_speaker_starts_another_clause() -> None:
    # the run-on wording of "agreed that X will ..." stopped only at a full stop, so the
    # acceptance after ", and I" was glued to the step and neither matched
    got = [f.text for f in parse_invented(
        "Minister Byrne meets Ostravian counterpart\n\n"
        "The Minister for Foreign Affairs of Veltria, Aoife Byrne, today met the Minister of "
        "Foreign Affairs of Ostravia, Kaarel Tamm, in Veltria City.\n\n"
        "Speaking after the meeting, Minister Byrne said:\n\n"
        '"We agreed that our officials will work together on a joint digital skills '
        'programme, and I accepted his kind invitation to visit Ostrava later this year."',
        _DAY).follow_ups]
    assert not any("accepted" in t and "programme" in t for t in got), got
    assert any(t.startswith("invitation to visit Ostrava") for t in got), got


def test_an_official_whose_state_is_never_written_is_not_the_caller_s() -> None:
    # the issuer writes out every counterpart's state and never its own: the official it
    # opens on was given the caller's state (gp12: Pakistan's and Bangladesh's releases)
    summary = parse_invented(
        "Foreign Minister receives telephone calls from the Foreign Ministers of Peru and "
        "Chile\n\n"
        "Deputy Prime Minister and Foreign Minister Senator Khalid Aman received a telephone "
        "call today from the Foreign Minister of the Republic of Peru, Dr. Hisham Fathy.\n\n"
        "The two leaders exchanged views on the situation in the region. The Deputy Prime "
        "Minister appreciated Peru's role and reaffirmed Ghana's principled support for "
        "peace.\n\n"
        "The Peruvian Foreign Minister conveyed his desire to visit Ghana at an early date. "
        "The two Ministers agreed to hold the third round of the Ghana-Peru Strategic "
        "Dialogue later this year.\n\n"
        "Separately, the Deputy Prime Minister also spoke with the Foreign Minister of Chile, "
        "Faisal bin Hamad.", _DAY)
    states = {p.name: p.country for p in summary.participants}
    assert states.get("Khalid Aman") == "Ghana", states
    assert states.get("Hisham Fathy") == "Peru", states
    assert "Ghana" in summary.countries, summary.countries


def test_a_statement_of_solidarity_reports_no_event() -> None:
    summary = parse_invented(
        "Ghana expresses solidarity with the people of Myanmar following the earthquake\n\n"
        "The Government and the people of Ghana are deeply saddened at the loss of lives "
        "caused by the earthquake that struck central Myanmar yesterday. We extend our "
        "heartfelt condolences to the bereaved families. Ghana stands ready to extend all "
        "possible assistance.", _DAY)
    assert summary.visit_type is None and summary.date is None, summary
    assert not summary.countries and not summary.follow_ups, summary


def test_a_ministry_statement_on_elections_reports_no_event() -> None:
    summary = parse_invented(
        "Statement of the Ministry of Foreign Affairs of Veltria on the so-called elections in "
        "the occupied region\n\n"
        "The Ministry of Foreign Affairs of Veltria strongly condemns the holding of the "
        "so-called elections in the occupied region on 17 March 2031. We welcome the statements "
        "of Ostravia, Lusania and other partners. The Veltrian side will raise this issue at "
        "the next round of the international discussions.", _DAY)
    assert summary.visit_type is None and summary.date is None, summary
    assert not summary.countries and not summary.follow_ups, summary


def test_a_minister_abroad_whose_state_is_never_written_is_not_the_host_s() -> None:
    # New Zealand's releases write "Foreign Minister X" and every host's state (gp11)
    summary = parse_invented(
        "Foreign Minister concludes visits to Fiji and Tonga\n\n"
        "Foreign Minister Murray Ash has returned to New Zealand after a four-day visit to "
        "Fiji and Tonga.\n\n"
        "In Suva on Tuesday, Mr Ash held talks with Fiji's Prime Minister Josefa Rabuka and "
        "Minister for Foreign Affairs Litia Naco. They discussed climate finance and policing."
        "\n\nIn Nuku'alofa on Thursday, Mr Ash met Tonga's Prime Minister Sione Fakalata and "
        "Minister of Health Mele Tau. New Zealand will send a team of engineers to Tonga next "
        "month. New Zealand and Tonga agreed to review the programme in 2032.", _DAY)
    states = {p.name: p.country for p in summary.participants}
    assert states.get("Murray Ash") == "New Zealand", states
    assert "New Zealand" in summary.countries, summary.countries


def test_these_include_after_a_count_opens_a_list_of_glued_dash_entries() -> None:
    summary = parse_invented(
        "Mongolia and Vietnam sign documents\n\n"
        "Ulaanbaatar, 3 April 2031. President Bat held talks with President Tran Hieu of "
        "Vietnam. Following the talks, the ministers signed a total of three documents.\n\n"
        "These include:\n\n"
        "-Agreement on cooperation in the field of defence,\n\n"
        "-Plan of Cooperation in education for 2031-2034 and\n\n"
        "-Memorandum of Understanding on tourism promotion respectively.\n\n"
        "President Bat invited President Tran Hieu to pay a state visit.", _DAY)
    got = [a.text for a in summary.agreements]
    assert got == ["Agreement on cooperation in the field of defence",
                   "Plan of Cooperation in education for 2031-2034",
                   "Memorandum of Understanding on tourism promotion"], got


def test_memoranda_with_their_short_form_then_an_enumerated_list() -> None:
    summary = parse_invented(
        "Bangladesh and Maldives hold talks\n\n"
        "Dhaka, 3 April 2031: Foreign Adviser Md. Karim held talks with the Foreign Minister "
        "of Maldives, Dr. Ali Naseem. At the conclusion of the talks, three Memoranda of "
        "Understanding (MoUs) were signed on: (i) fisheries and aquaculture; (ii) recruitment "
        "of health professionals; and (iii) youth exchanges.", _DAY)
    got = [a.text for a in summary.agreements]
    assert len(got) == 3 and all(t.startswith("Memorandum of Understanding on") for t in got), got


def test_memoranda_listed_as_follows() -> None:
    summary = parse_invented(
        "Sri Lanka and Maldives exchange MoUs\n\n"
        "Malé, 3 April 2031. President Ruwan Perera held talks with President Ali Zahir of "
        "Maldives. Following the talks, the two Presidents witnessed the exchange of three "
        "Memoranda of Understanding as follows: fisheries, youth development and health.", _DAY)
    got = [a.text for a in summary.agreements]
    assert got == ["Memorandum of Understanding on fisheries",
                   "Memorandum of Understanding on youth development",
                   "Memorandum of Understanding on health"], got


def test_a_posting_line_with_an_arabic_comma_is_no_event_day() -> None:
    summary = parse_invented(
        "President receives phone call from Greek Prime Minister\n\n"
        "Friday\u060c 05 July 2024 - 12:20 PM\n\n"
        "President Hesham Abdel Rahman received a phone call on Thursday 4/7/2024 from Prime "
        "Minister Nikos Daras of Greece. The two sides discussed energy and migration.",
        dt.date(2024, 7, 5))
    assert summary.date == dt.date(2024, 7, 4), summary.date


def test_an_announced_visit_with_its_day_set_off_after_will() -> None:
    summary = parse_invented(
        "President Ndlovu to host Prime Minister of the Kingdom of Norway on an Official "
        "Visit\n\nBody\n\n"
        "President Sizwe Ndlovu will on Tuesday, 21 May 2024, host the Prime Minister of the "
        "Kingdom of Norway, His Excellency Mr Eirik Solbakken, on an Official Visit to South "
        "Africa.\n\nThe Official Visit is the first by a Norwegian head of government in a "
        "decade. South Africa and Norway enjoy warm relations.",
        dt.date(2024, 5, 17))
    assert summary.date == dt.date(2024, 5, 21), summary.date


def test_a_closing_listing_of_other_items_is_not_the_release_s() -> None:
    # president.az's foot: each line a stamp glued to another item (gp13)
    summary = parse_invented(
        "Ilham Aliyev received Minister of Foreign Affairs of Estonia\n\n"
        "President of the Republic of Azerbaijan Ilham Aliyev has received Minister of Foreign "
        "Affairs of the Republic of Estonia Kaarel Tammsaar. The sides discussed cooperation "
        "in digital governance, transport and education, and agreed to convene the first "
        "meeting of the intergovernmental commission in Tallinn next year.\n\n"
        "08 October 2031, 11:05On October 8, President Ilham Aliyev viewed the construction "
        "of a new school in the city of Lachin.\n"
        "07 October 2031, 18:40The Memorandum of Understanding on renewable energy between "
        "Azerbaijan and Montenegro was signed in Baku.\n"
        "07 October 2031, 16:15President Ilham Aliyev has received a delegation led by "
        "Speaker of the Parliament of Montenegro Vuk Radovic.", dt.date(2031, 10, 9))
    assert "Montenegro" not in summary.countries, summary.countries
    assert not summary.agreements, summary.agreements
    assert "Vuk Radovic" not in {p.name for p in summary.participants}, summary.participants


def test_a_portfolio_the_lexicon_lacks_ends_at_the_holder_s_style() -> None:
    # Egypt's releases: "Minister of <portfolio> Eng./Dr. <name>" (gp14)
    summary = parse_invented(
        "Prime Minister receives ministers\n\n"
        "Cairo, 3 March 2031. Prime Minister Mostafa Kamal received Minister of Agriculture "
        "and Land Reclamation Eng. Mahmoud Gaber, Minister of Civil Defence Preparation Eng. "
        "Karim Badawi and Minister of Housing, Utilities and Urban Communities Dr. Sherif "
        "Fathy to discuss irrigation projects.", dt.date(2031, 3, 3))
    titles = {p.name: p.title for p in summary.participants}
    assert titles.get("Mahmoud Gaber") == "Minister of Agriculture and Land Reclamation", titles
    assert titles.get("Karim Badawi") == "Minister of Civil Defence Preparation", titles
    assert "Sherif Fathy" in titles, titles
    assert not any(name.endswith("Eng") for name in titles), titles


def test_a_city_of_two_words_before_an_office_is_no_one() -> None:
    summary = parse_invented(
        "Vietnam and Chile discuss rice\n\n"
        "Hanoi, 3 March 2031. Deputy Prime Minister Le Van Hung met Foreign Minister Ana Soto "
        "of Chile. Speaking in Ho Chi Minh City, Deputy Prime Minister Le Van Hung said the "
        "sides would cooperate in rice farming.", dt.date(2031, 3, 3))
    names = {p.name for p in summary.participants}
    assert "Ho Chi Minh City" not in names and "Le Van Hung" in names, names


def test_an_invitation_conveyed_from_a_long_office_is_not_the_event() -> None:
    # Georgia's MFA: "conveyed an invitation from the Minister for Foreign Affairs of Japan to
    # pay an official visit to Japan" closes an envoy's call (gp15)
    summary = parse_invented(
        "Minister meets Ambassador of Japan\n\n"
        "On 18 March, the Minister of Foreign Affairs of Georgia, Nino Beridze, met the "
        "Ambassador of Japan to Georgia, Kenji Sato. The sides discussed trade and investment. "
        "The Ambassador conveyed an invitation from the Minister for Foreign Affairs of Japan "
        "to pay an official visit to Japan.", dt.date(2031, 3, 18))
    assert summary.visit_type == "meeting", summary.visit_type
    assert summary.location.country != "Japan", summary.location


def test_documents_between_ministries_and_agencies_including_a_numbered_list() -> None:
    summary = parse_invented(
        "Viet Nam and Brazil leaders hold talks\n\n"
        "Ha Noi, 3 March 2031. Prime Minister Tran Duc Khiem held talks with President Marcelo "
        "Fontes of Brazil. After the talks, the two leaders witnessed the exchange of "
        "cooperation documents between ministries and agencies of the two countries, "
        "including:\n\n"
        "1. Memorandum of Understanding on cooperation in agriculture and livestock;\n"
        "2. Memorandum of Understanding on cooperation in science and innovation;\n"
        "3. Agreement on the exemption of visas for holders of ordinary passports.\n\n"
        "PM Khiem invited President Fontes to visit Viet Nam in 2032.", dt.date(2031, 3, 3))
    assert len(summary.agreements) == 3, [a.text for a in summary.agreements]


def test_a_comma_between_his_excellency_and_mr() -> None:
    summary = parse_invented(
        "Minister pays courtesy call\n\n"
        "Hanoi, 3 March 2031. Minister Naledi Dube of South Africa paid a courtesy call on the "
        "Prime Minister of Viet Nam, His Excellency, Mr Le Van Thanh. They discussed trade.",
        dt.date(2031, 3, 3))
    titles = {p.name: p.title for p in summary.participants}
    assert titles.get("Le Van Thanh") == "Prime Minister of Viet Nam", titles


def test_this_morning_with_its_day_in_brackets_at_the_presidential_secretariat() -> None:
    # the President's Media Division of Sri Lanka (gp11)
    summary = parse_invented(
        "President meets Japanese Ambassador\n\n"
        "A meeting between President Nimal Wijesekara and the Ambassador of Japan to Sri Lanka "
        "Kenji Morimoto took place at the Presidential Secretariat this morning (14). They "
        "discussed investment in renewable energy.", dt.date(2031, 11, 14))
    assert summary.date == dt.date(2031, 11, 14), summary.date
    assert (summary.location.city, summary.location.country) == ("Colombo", "Sri Lanka")


def test_a_visit_concluded_today_is_dated_by_its_talks() -> None:
    # South Africa's Presidency closes a state visit so (gp14)
    summary = parse_invented(
        "President Ndlovu concludes successful State Visit to Kenya\n\n"
        "President Sizwe Ndlovu has today, Thursday, 14 March 2024, concluded a three-day "
        "State Visit to the Republic of Kenya at the invitation of President Daniel Mutai.\n\n"
        "The two Heads of State held Official Talks at State House in Nairobi on Wednesday, "
        "13 March 2024, followed by an expanded session.", dt.date(2024, 3, 14))
    assert summary.date == dt.date(2024, 3, 13), summary.date


def test_a_state_visit_concluded_with_its_delegation_listed_by_portfolio() -> None:
    # South Africa's Presidency (gp14): the visitor's date before "concluded", the
    # Ministers listed portfolio first, the Deputy President at home
    summary = parse_invented(
        "President Ndlovu concludes State Visit to Kenya\n\n"
        "President Sizwe Ndlovu has today, Thursday, 14 March 2024, concluded a three-day "
        "State Visit to the Republic of Kenya at the invitation of His Excellency President "
        "Daniel Mutai.\n\n"
        "The two Heads of State held Official Talks at State House in Nairobi on Wednesday, "
        "13 March 2024. They welcomed the growth of trade between South Africa and Kenya."
        "\n\nPresident Ndlovu was accompanied by the Ministers of International Relations and "
        "Cooperation, Dr Nomvula Khumalo; Trade, Industry and Competition, Mr Pieter van der "
        "Merwe; and Higher Education, Science and Innovation, Dr Lwazi Dube.\n\n"
        "Deputy President Mandla Shabalala acted as President during President Ndlovu's "
        "absence from the country.", dt.date(2024, 3, 14))
    people = {p.name: (p.title, p.country) for p in summary.participants}
    assert people.get("Sizwe Ndlovu") == ("President", "South Africa"), people
    assert people.get("Daniel Mutai") == ("President", "Kenya"), people
    assert people.get("Pieter van der Merwe") == (
        "Minister of Trade, Industry and Competition", "South Africa"), people
    assert people.get("Lwazi Dube") == (
        "Minister of Higher Education, Science and Innovation", "South Africa"), people
    assert "Mandla Shabalala" not in people, people


def test_a_related_portfolios_foot_gives_no_area() -> None:
    summary = parse_invented(
        "Foreign Minister meets Japanese counterpart\n\n"
        "Foreign Minister Murray Ash met Japan's Foreign Minister Sato Ken in Wellington today. "
        "They discussed maritime security and cyber security, and agreed to hold the next "
        "ministerial meeting in Tokyo in 2032.\n\n"
        "Related portfolios\nForeign Affairs\nDefence\nTrade\n\nShare this", dt.date(2031, 3, 3))
    areas = [a.text for a in summary.cooperation_areas]
    assert not any("portfolio" in a.lower() or a in ("Defence", "Trade") for a in areas), areas


def test_a_sea_or_strait_named_after_a_state_makes_no_party() -> None:
    # a topic's sea is no state: it was the state the text names most besides the caller's
    summary = parse_invented(
        "Foreign Minister receives telephone call from the Foreign Minister of Viet Nam\n\n"
        "Deputy Prime Minister and Foreign Minister Khalid Aman received a telephone call "
        "today from the Foreign Minister of Viet Nam, Dr. Nguyen Long. They discussed the "
        "situation in the South China Sea. Both stressed that disputes in the South China Sea "
        "should be settled peacefully. Ghana supports dialogue, the Minister said.",
        dt.date(2031, 10, 14))
    assert "China" not in summary.countries, summary.countries
    states = {p.name: p.country for p in summary.participants}
    assert states.get("Khalid Aman") != "China", states


def test_an_official_s_own_envoy_keeps_the_official_at_home() -> None:
    # the envoy "of the Russian Federation to Viet Nam" shares the official's state; the
    # state the text names most besides is no better (gp18)
    summary = parse_invented(
        "Deputy Foreign Minister holds consultations in Hanoi\n\n"
        "On 14 October, Deputy Foreign Minister Pavel Lutsenko, who is in Hanoi, held "
        "consultations with Deputy Minister of Foreign Affairs of the Socialist Republic of "
        "Viet Nam Nguyen Thanh Long. They discussed Russian-Vietnamese trade and the situation "
        "in Thailand, Cambodia and Thailand's border areas. Ambassador of the Russian "
        "Federation to the Socialist Republic of Viet Nam Grigory Belyaev took part in the "
        "meeting.", dt.date(2031, 10, 14))
    states = {p.name: p.country for p in summary.participants}
    assert states.get("Pavel Lutsenko") == "Russia", states


def test_each_side_named_after_its_head_of_delegation() -> None:
    # Georgia's MFA: "led by A, from the side of Georgia, and by B, from the side of Y" (gp15)
    for lead in ("The consultations were led by the Deputy Minister of Foreign Affairs, Levan "
                 "Kapanadze, from the side of Georgia, and by the Undersecretary for Foreign "
                 "Affairs, Maria Ruiz, from the side of the United Mexican States.",
                 "The consultations were led by Deputy Minister Levan Kapanadze from the "
                 "Georgian side and by Undersecretary Maria Ruiz from the Mexican side."):
        summary = parse_invented(
            "Political consultations held between Georgia and Mexico\n\n"
            "On 12 May, political consultations between the Ministries of Foreign Affairs of "
            f"Georgia and Mexico were held in Tbilisi. {lead} The sides discussed trade.",
            dt.date(2031, 5, 12))
        states = {p.name: p.country for p in summary.participants}
        assert states == {"Levan Kapanadze": "Georgia", "Maria Ruiz": "Mexico"}, states


def test_the_spokesperson_s_principal_holds_the_office() -> None:
    summary = parse_invented(
        "Readout of the Secretary-General's meeting with the President of Moldova\n\n"
        "The following readout was issued today by the Spokesperson for UN Secretary-General "
        "António Guterres:\n\n"
        "The Secretary-General met today with President Maia Sandu of the Republic of Moldova. "
        "They discussed sustainable development.", dt.date(2031, 5, 12))
    titles = {p.name: p.title for p in summary.participants}
    assert titles.get("António Guterres") == "UN Secretary-General", titles


def test_belt_and_road_is_one_area() -> None:
    summary = parse_invented(
        "Foreign Minister Holds Talks with Egyptian Foreign Minister\n\n"
        "On 3 March 2031, Foreign Minister Wang Yi held talks with Egyptian Foreign Minister "
        "Ahmed Said in Beijing. The two sides agreed to deepen high-quality Belt and Road "
        "cooperation.", dt.date(2031, 3, 3))
    areas = [a.text for a in summary.cooperation_areas]
    assert "high-quality Belt and Road cooperation" in areas, areas
    assert "Road cooperation" not in areas, areas


def test_raksha_mantri_is_an_office() -> None:
    summary = parse_invented(
        "Raksha Mantri holds talks with Vietnamese counterpart\n\n"
        "New Delhi, 3 March 2031. Raksha Mantri Shri Prakash Venkat held talks with the "
        "Minister of National Defence of Vietnam General Phan Van Giang in New Delhi today.",
        dt.date(2031, 3, 3))
    people = {p.name: (p.title, p.country) for p in summary.participants}
    assert people.get("Prakash Venkat") == ("Raksha Mantri", "India"), people


def test_a_cabinet_approval_reports_no_event() -> None:
    summary = parse_invented(
        "Cabinet approves signing of MoU between India and Kenya on cooperation in health\n\n"
        "The Union Cabinet chaired by Prime Minister Shri Narendra Modi has approved the "
        "signing of a Memorandum of Understanding between India and Kenya on cooperation in "
        "health. The MoU will be signed during the forthcoming visit.", dt.date(2031, 3, 3))
    assert summary.visit_type is None and not summary.agreements and not summary.countries


def test_untitled_names_present_at_the_talks_take_part() -> None:
    # China's MFA closes a leader's talks with the untitled officials present (gp17)
    summary = parse_invented(
        "Xi Jinping Holds Talks with President of Kenya\n\n"
        "On the afternoon of 3 March 2031, President Xi Jinping held talks with President "
        "William Ruto of Kenya at the Great Hall of the People in Beijing. The two sides "
        "agreed to deepen cooperation in agriculture.\n\n"
        "Zhao Lijun, Gao Wenqing and Qian Dehai were present at the talks.",
        dt.date(2031, 3, 3))
    people = {p.name: (p.title, p.country) for p in summary.participants}
    for name in ("Zhao Lijun", "Gao Wenqing", "Qian Dehai"):
        assert people.get(name) == (None, "China"), people


def test_a_summit_of_a_series_by_its_number() -> None:
    # the EU's summit statements: "We ... met in Tokyo today for the 31st Summit" (gp19)
    summary = parse_invented(
        "Joint Statement of the 31st EU-Japan Summit\n\n"
        "We, the President of the European Council, Antonio Costa, and the Prime Minister of "
        "Japan, Ishiba Shigeru, met in Tokyo today for the 31st Summit between the European "
        "Union and Japan. We agreed to launch a Security and Defence Partnership.",
        dt.date(2031, 3, 3))
    assert summary.visit_type == "summit", summary.visit_type


def test_rashtrapati_bhavan_is_no_office() -> None:
    summary = parse_invented(
        "President receives President of Ghana\n\n"
        "New Delhi, 3 March 2031. President Lakshmi Devraj received President Kwabena Asante "
        "of Ghana at Rashtrapati Bhavan today. Raksha Mantri Shri Prakash Venkat was present.",
        dt.date(2031, 3, 3))
    assert "Bhavan" not in {p.name for p in summary.participants}, summary.participants


def test_a_numbered_release_s_day_and_its_ministry_line_are_stamps() -> None:
    # Türkiye's MFA: "No: 41, 16 February 2024, Press Release Regarding ..." over
    # "Republic Of Türkiye Ministry Of Foreign Affairs 16.02.2024" (gp20)
    summary = parse_invented(
        "No: 41, 16 February 2024, Press Release Regarding the Political Consultations "
        "between Türkiye and Japan\n\n"
        "Republic Of Türkiye Ministry Of Foreign Affairs 16.02.2024\n\n"
        "Deputy Minister of Foreign Affairs of Türkiye Ayşe Tekin and Senior Deputy Minister "
        "for Foreign Affairs of Japan Kenji Morimoto held political consultations on 14-15 "
        "February in Ankara.", dt.date(2024, 2, 16))
    assert summary.date == dt.date(2024, 2, 14), summary.date


def test_a_caption_s_copyright_credit_is_no_name() -> None:
    summary = parse_invented(
        "PM meets Paraguayan Foreign Minister\n\n"
        "Prime Minister Eitan Shoval today met Paraguayan Foreign Minister Rodrigo Benítez "
        "Acosta in Jerusalem. They discussed agriculture and water technology.\n\n"
        "PM Shoval with Paraguayan FM Benítez Acosta  Copyright: GPO/Amos Levi",
        dt.date(2031, 5, 14))
    assert not any("Copyright" in p.name for p in summary.participants), summary.participants


def test_a_topic_state_before_a_pair_of_parties_is_no_party() -> None:
    # Israel's PMO never writes its own state beside its Prime Minister (gp20)
    summary = parse_invented(
        "PM Shoval speaks with Greek PM\n\n"
        "Prime Minister Eitan Shoval, this evening, spoke with Greek Prime Minister Nikos "
        "Daras. The two leaders discussed the situation in Lebanon and the Israel-Greece "
        "energy partnership.", dt.date(2031, 5, 14))
    states = {p.name: p.country for p in summary.participants}
    assert states.get("Eitan Shoval") == "Israel", states
    assert "Lebanon" not in summary.countries, summary.countries


def test_the_taoiseach_is_ireland_s() -> None:
    summary = parse_invented(
        "Taoiseach meets Japanese Prime Minister\n\n"
        "The Taoiseach, Ciarán Walsh TD, met Prime Minister of Japan Ishiba Kenta in Tokyo "
        "today. They discussed trade and research.", dt.date(2031, 5, 14))
    states = {p.name: p.country for p in summary.participants}
    assert states.get("Ciarán Walsh") == "Ireland", states


def test_what_an_official_is_thanked_for_is_no_part_of_the_office() -> None:
    summary = parse_invented(
        "Vice President speaks with the Taoiseach\n\n"
        "Vice President Kamala Harris spoke today with Taoiseach Micheál Martin. The Vice "
        "President thanked the Taoiseach for Ireland's leadership on humanitarian aid.",
        dt.date(2031, 3, 16))
    titles = {p.name: p.title for p in summary.participants}
    assert titles.get("Micheál Martin") == "Taoiseach", titles


def test_a_page_s_highlights_above_its_posting_line_are_no_lead() -> None:
    # India's PIB: ministry, logo words, the headline again and its highlights (gp17)
    summary = parse_invented(
        "PM holds talks with President of Ghana\n\n"
        "Prime Minister's Office\nazadi ka amrit mahotsav\n"
        "PM holds talks with President of Ghana\n"
        "India to set up a Centre of Excellence for Information Technology in Kumasi\n"
        "Posted On: 14 NOV 2031 7:42PM by PIB Delhi\n\n"
        "Prime Minister Shri Harish Joshi held talks today with H.E. Mr. Kwabena Asante, "
        "President of the Republic of Ghana, at Hyderabad House, New Delhi. President Asante "
        "is on a State Visit to India from 13-16 November 2031.", dt.date(2031, 11, 14))
    assert (summary.location.city, summary.location.country) == ("New Delhi", "India")
    assert summary.date == dt.date(2031, 11, 14), summary.date


def test_ministers_of_a_region_listed_name_of_state_by_semicolons() -> None:
    # the EU's ministerial meetings with a region (gp19)
    summary = parse_invented(
        "EU-Central Asia Ministerial Meeting\n\n"
        "Astana, 3 March 2031. The High Representative of the Union for Foreign Affairs and "
        "Security Policy, Kaja Lind, met the Ministers of Foreign Affairs of Central Asia: "
        "Arman Tulegen of Kazakhstan; Jeenbek Kulov of the Kyrgyz Republic; and Rustam Nazar "
        "of Uzbekistan. They discussed connectivity.", dt.date(2031, 3, 3))
    people = {p.name: (p.title, p.country) for p in summary.participants}
    assert people.get("Jeenbek Kulov") == ("Minister of Foreign Affairs", "Kyrgyzstan"), people
    assert people.get("Rustam Nazar") == ("Minister of Foreign Affairs", "Uzbekistan"), people


def test_a_minister_s_statement_reports_no_event() -> None:
    # canada.ca's statements (gp24), their quotations full of visits and summits
    summary = parse_invented(
        "Statement by Minister Coté on the humanitarian situation in South Sudan\n\n"
        "The Honourable Anita Coté, Minister of Foreign Affairs, today issued the following "
        "statement:\n\n"
        '"Canada is deeply alarmed by the fighting in South Sudan. During my visit to Juba '
        "last spring, I heard from women leaders. We will raise the situation at the African "
        'Union summit in Addis Ababa next month."', dt.date(2031, 1, 20))
    assert summary.visit_type is None and not summary.countries and not summary.follow_ups


def test_spoke_with_a_demonym_s_prime_minister_is_a_call() -> None:
    summary = parse_invented(
        "PM Shoval speaks with Greek PM\n\n"
        "Prime Minister Eitan Shoval, this evening, spoke with Greek Prime Minister Nikos "
        "Daras. The two leaders discussed energy cooperation.", dt.date(2031, 3, 3))
    assert summary.visit_type == "phone call", summary.visit_type


def test_a_day_line_with_its_filing_place_and_issuer_is_a_stamp() -> None:
    # canada.ca: "March 5, 2031 - Ottawa, Ontario - Global Affairs Canada" (gp24)
    summary = parse_invented(
        "Minister Coté meets Ghana's Minister for Foreign Affairs\n\n"
        "March 5, 2031 - Ottawa, Ontario - Global Affairs Canada\n\n"
        "The Honourable Anita Coté, Minister of Foreign Affairs, met yesterday with Ghana's "
        "Minister for Foreign Affairs, Kofi Mensah. They discussed trade and security.",
        dt.date(2031, 3, 5))
    assert summary.date == dt.date(2031, 3, 4), summary.date


def test_a_short_date_line_under_the_headline_gives_way_to_the_lead_s_day() -> None:
    # the UAE's MFA: "Tue 5/11/2024" under the headline, the talks "on Monday" (gp23)
    summary = parse_invented(
        "Minister receives Kenyan Cabinet Secretary\n"
        "Tue 5/11/2031\n"
        "General\n\n"
        "His Highness Sheikh Hamdan bin Saif Al Nahyan, Minister of Foreign Affairs, received "
        "on Monday His Excellency Peter Otieno, Cabinet Secretary for Foreign Affairs of "
        "Kenya, who is on a working visit to the country.", dt.date(2031, 11, 5))
    assert summary.date == dt.date(2031, 11, 3), summary.date
