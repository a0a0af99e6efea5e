"""Round-7 second pass (people2): issuer styles and titles from releases outside our sources.

All text here is invented."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

DAY = dt.date(2026, 3, 4)


def test_styled_office_then_courtesy_rank_keeps_the_office() -> None:
    """ "the Honourable Minister of X, Ambassador Y" / ", Chief Y": the style before the office
    does not hide the office; the rank (or chieftaincy style) is no title and no new person."""
    text = ("President Alpha Berro on Monday received the Prime Minister of Norway, Jonas Gahr "
            "Store, in Accra.\n\nThe two leaders witnessed the signing of a memorandum on "
            "fisheries, signed by the Honourable Minister of Trade, Ambassador Kofi Mensah Osei, "
            "and the Honourable Minister of Energy, Chief Kwame Addo Boateng, for Ghana.")
    got = people(parse_invented(text, DAY))
    assert got["Kofi Mensah Osei"][0] == "Minister of Trade"
    assert got["Kwame Addo Boateng"][0] == "Minister of Energy"


def test_name_stops_at_a_short_line_and_service_schools_are_no_names() -> None:
    """A link line's last name does not run into the next line ("Minister Eide" / "Back to
    Norway"); "... Defence College, Ambassador X" is X's title, and "College" no person."""
    text = ("President Alpha Berro held talks with Prime Minister Jonas Store of Norway in Accra "
            "on Monday.\n\nA memorandum was signed by the Director General of the National "
            "Defence College, Ambassador Kofi Mensah, and Mr. Espen Eide.\n\nOur Minister of "
            "Trade, Ama Serwaa, and the Minister of Public Safety signed a protocol on roads."
            "\n\nRelated Links\nPress Conference by Foreign Minister Eide\nBack to Norway\n"
            "Back to Top\n")
    got = people(parse_invented(text, DAY))
    assert not [n for n in got if "\n" in n or n in {"College", "Safety", "Back"}]
    assert got["Kofi Mensah"][0] == "Director General of the National Defence College"


def test_hard_wrapped_paragraph_keeps_a_name_across_lines() -> None:
    """A long wrapped line may break a name; the name goes on on the next line."""
    text = ("Visit by the Prime Minister of Norway\n\n"
            "I am pleased to announce that the Prime Minister of Norway, Mr Jonas Gahr\n"
            "Store, will visit Ghana from 3 to 5 April at the invitation of President Alpha\n"
            "Berro, who will host him in Accra for talks on trade and energy.\n")
    names = [" ".join(n.split()) for n in people(parse_invented(text, DAY))]
    assert "Jonas Gahr Store" in names


def test_abbreviated_office_is_written_out() -> None:
    """ "PM X" in a headline and lead: the title is the office in words."""
    text = ("PM Jonas Store receives Ghanaian Foreign Minister\n\nPM Jonas Store on Tuesday "
            "received Minister of Foreign Affairs of Ghana Ama Serwaa in Oslo. PM Store said "
            "Norway values its ties with Ghana.")
    got = people(parse_invented(text, DAY))
    assert got["Jonas Store"][0] == "Prime Minister"


def test_signing_pair_with_offices_in_apposition_splits_states() -> None:
    """ "exchanged by A, Minister of X, and B, Deputy Minister of X of <State>": only B's
    state is written, so A is of the other side, however often B's state is named."""
    text = ("OFFICIAL VISIT OF THE PRESIDENT OF NORWAY, JONAS STORE, TO GHANA\n\n"
            "1. The President of Norway, Jonas Store, undertook an Official Visit to Ghana at "
            "the invitation of the President of Ghana, Alpha Berro. This was the first visit "
            "by a Norwegian Head of State since 2001.\n\n"
            "2. Both Leaders reviewed relations between Norway and Ghana. Norway is Ghana's "
            "largest partner in Northern Europe, and Norway supports the "
            "Ghana-Norway fisheries programme.\n\n"
            "3. The two Leaders witnessed the exchange of two Memoranda of Understanding:\n"
            "   a) MoU on Defence Cooperation, exchanged by Dr. Kofi Mensah, Minister of "
            "Defence, and His Excellency Espen Eide, Deputy Minister of Defence of Norway; and\n"
            "   b) MoU on Education, exchanged by Dr. Ama Serwaa, Minister of Education, and "
            "Her Excellency Anne Holt, Deputy Minister of Foreign Affairs of Norway.\n")
    got = people(parse_invented(text, DAY))
    assert got["Kofi Mensah"][1] == "Ghana"
    assert got["Ama Serwaa"][1] == "Ghana"
    assert got["Espen Eide"][1] == "Norway"


def test_member_states_are_no_person() -> None:
    """ "among the Member States of the Union": "Member" is no office there."""
    text = ("President Alpha Berro held talks with Prime Minister Jonas Store of Norway in Accra "
            "on Monday.\n\nNorway is Ghana's third largest partner among the Member States of "
            "the European Economic Area.")
    assert set(people(parse_invented(text, DAY))) == {"Alpha Berro", "Jonas Store"}


def test_capitals_headline_name_stops_at_a_demonym() -> None:
    """ "PRESIDENT BERRO HOSTS NORWEGIAN PRIME MINISTER STORE": "Hosts Norwegian" is no part
    of the host's name, even when the body writes "Norwegian" too."""
    text = ("PRESIDENT BERRO HOSTS NORWEGIAN PRIME MINISTER STORE, SAYS GHANA READY FOR TRADE\n\n"
            "President Alpha Berro on Wednesday received the Prime Minister of Norway, Jonas "
            "Store, at Jubilee House, Accra. The Norwegian leader began a two-day visit. "
            "President Berro said Ghana was ready for more trade.")
    names = set(people(parse_invented(text, DAY)))
    assert names == {"Alpha Berro", "Jonas Store"}


def test_people_only_mentioned_are_no_participants() -> None:
    """A source ("according to <office> X"), a guest of a past visit dated by month and year,
    and the one who acts for a leader "in X's absence" take no part in the event."""
    text = ("President Alpha Berro held talks with Prime Minister Jonas Store of Norway in Accra "
            "on Monday, according to Senior Presidential Secretary for Press Affairs Kofi "
            "Mensah.\n\nThe two sides reviewed relations, which were elevated to a Strategic "
            "Partnership during the visit of King Harald Olav to Ghana in July 2025.\n\n"
            "In President Berro's absence, Vice President Ama Serwaa will be Acting President.")
    assert set(people(parse_invented(text, DAY))) == {"Alpha Berro", "Jonas Store"}


def test_acting_leader_in_absence_of_a_forthcoming_visit() -> None:
    """An announced visit: "In X's absence, Y will be Acting Prime Minister" names who stays."""
    text = ("PM Jonas Store to make Official Visit to Ghana\n\nPrime Minister Jonas Store will "
            "make an Official Visit to Ghana from 2 to 4 April, at the invitation of President "
            "Alpha Berro. PM Store will hold a bilateral meeting with President Berro.\n\n"
            "In PM Store's absence, Deputy Prime Minister Espen Eide will be Acting Prime "
            "Minister.")
    assert "Espen Eide" not in people(parse_invented(text, DAY))


def test_related_links_name_no_one() -> None:
    """A page's "Related" list repeats other pages' headlines: no participants, no states."""
    text = ("President Alpha Berro held talks with Prime Minister Jonas Store of Norway in Accra "
            "on Monday.\n\nThe two leaders discussed trade and energy.\n\nRelated\n"
            "President Berro receives Swedish Prime Minister Lindqvist (20.01.2026)\n"
            "Ghana-Norway relations\n")
    s = parse_invented(text, DAY)
    assert set(people(s)) == {"Alpha Berro", "Jonas Store"}
    assert "Sweden" not in s.countries


def test_signatory_pair_is_no_company() -> None:
    """ "signed by the Minister of Power, Chief A, and Mrs. B": two signatories, one per side;
    A does not take B's state as if A came with B."""
    text = ("President Alpha Berro on Wednesday received the Prime Minister of Norway, His "
            "Excellency Jonas Store, at Jubilee House, Accra.\n\nPrime Minister Store, who was "
            "accompanied by the Norwegian State Secretary for Trade, Mrs. Ingrid Dahl, said "
            "Norway was ready to invest.\n\nAfter the meeting, the two leaders witnessed the "
            "signing of:\n"
            "- a Declaration of Intent on Energy, signed by the Honourable Minister of Power, "
            "Chief Kwame Addo Boateng, and Mrs. Ingrid Dahl.\n")
    got = people(parse_invented(text, DAY))
    assert got["Kwame Addo Boateng"] == ("Minister of Power", "Ghana")


def test_earlier_guest_description_does_not_place_the_host() -> None:
    """ "the visit of the Norwegian Prime Minister to Ghana in 2024": an earlier guest, not
    the host Prime Minister named in the headline as "PM X"."""
    text = ("PM Kofi Mensah receives Norwegian Minister of Foreign Affairs\n\n"
            "Prime Minister Kofi Mensah on Tuesday received Norwegian Minister of Foreign "
            "Affairs Espen Eide in Accra. PM Mensah asked the two sides to implement the "
            "agreements reached during the visit of the Norwegian Prime Minister to Ghana in "
            "2024. Minister Eide said Norway valued Ghana as a partner.")
    got = people(parse_invented(text, DAY))
    assert got["Kofi Mensah"][1] == "Ghana"


def test_our_office_in_a_speakers_turn_is_the_speakers_state() -> None:
    """A transcript: "PRESIDENT X: ... our Minister of Security, Y, ..." -- Y is X's official,
    whichever state the rest of the text names more."""
    text = ("Joint press conference of President Alpha Berro and Prime Minister of Norway "
            "Jonas Store\n\nMODERATOR: We welcome the President of Ghana, Alpha Berro, and the "
            "Prime Minister of Norway, Jonas Store, on the official visit of the Prime "
            "Minister to our country.\n\nPRESIDENT ALPHA BERRO: Thank you. Welcome to the "
            "Norwegian delegation. Our Foreign Ministers signed a memorandum, and our Minister "
            "of Security, Kwame Addo Boateng, and the Minister of Justice signed an "
            "agreement against trafficking.\n\nPRIME MINISTER JONAS STORE: Thank you. Norway "
            "and Ghana are partners. Norway will open an office in Kumasi, and Norway will "
            "fund training. Norway thanks Ghana.\n")
    got = people(parse_invented(text, DAY))
    assert got["Kwame Addo Boateng"][1] == "Ghana"


def test_unit_after_an_appositive_office_belongs_to_the_title() -> None:
    """ "signed by Mr X, Secretary, Ministry of Fisheries, and Ms Y, Deputy Governor, Central
    Bank of Norway": the unit is part of the office as the issuer writes it (and names Y's
    state)."""
    text = ("President Alpha Berro held talks with Prime Minister Jonas Store of Norway in Accra "
            "on Monday.\n\nThe following documents were exchanged:\n"
            " - MoU on Fisheries -- signed by Mr. Kofi Mensah, Secretary, Ministry of "
            "Fisheries, and Ms. Ingrid Dahl, Deputy Governor, Central Bank of Norway\n"
            " - MoU on Culture -- signed by Mr. Kwame Boateng, Secretary (West), MFA, and "
            "Mr. Espen Eide, Ambassador of Norway to Ghana\n")
    got = people(parse_invented(text, DAY))
    assert got["Kofi Mensah"][0] == "Secretary, Ministry of Fisheries"
    assert got["Ingrid Dahl"] == ("Deputy Governor, Central Bank of Norway", "Norway")
    assert got["Kwame Boateng"][0] == "Secretary (West), MFA"


def test_head_of_a_state_school_serves_the_state() -> None:
    """ "the Director General of the Diplomatic Academy, Ambassador X": a state's school, so
    X is an official of a state (here the host's), not of an organisation without one."""
    text = ("The 3rd round of Bilateral Political Consultations between Ghana and Norway was "
            "held at the Ministry of Foreign Affairs in Accra today. Foreign Secretary "
            "Ambassador Ama Serwaa led the Ghanaian side, and State Secretary Espen Eide led "
            "the Norwegian side.\n\nA Memorandum of Understanding between the Diplomatic "
            "Academy of Ghana and the University of Oslo was signed by the Director General of "
            "the Diplomatic Academy, Ambassador Kofi Mensah, and Mr. Lars Holm.")
    got = people(parse_invented(text, DAY))
    assert got["Kofi Mensah"] == ("Director General of the Diplomatic Academy", "Ghana")


def test_malaysian_forms_of_address_and_the_agong() -> None:
    """Malaysian styles ("Yang Amat Berhormat", "Yang Berhormat Dato' Seri") are no part of a
    name or title; "Yang di-Pertuan Agong Sultan X" is the monarch, never the Prime Minister
    who shares X as a surname."""
    text = ("1. His Excellency Jonas Store, Prime Minister of Norway, undertook an Official Visit "
            "to Malaysia at the invitation of Yang Amat Berhormat Dato' Seri Hamid Ibrahim, "
            "Prime Minister of Malaysia.\n\n2. His Excellency was received in audience by "
            "Kebawah Duli Yang Maha Mulia Seri Paduka Baginda Yang di-Pertuan Agong Sultan "
            "Ibrahim at Istana Negara.\n\n3. The MoU on Trade was exchanged by Yang Berhormat "
            "Dato' Seri Aziz Rahman, Minister of Trade, and His Excellency Espen Eide, Deputy "
            "Minister of Trade of Norway.\n")
    got = people(parse_invented(text, DAY))
    assert got["Hamid Ibrahim"] == ("Prime Minister of Malaysia", "Malaysia")
    assert got["Ibrahim"] == ("Yang di-Pertuan Agong", "Malaysia")
    assert got["Aziz Rahman"] == ("Minister of Trade", "Malaysia")


def test_description_of_another_portfolio_places_no_one() -> None:
    """ "the Norwegian Minister of Justice" is not the unplaced "Minister of Security X"."""
    text = ("President Alpha Berro received the Prime Minister of Norway, Jonas Store, in Accra "
            "on Monday.\n\nMinister of Security Kwame Addo Boateng and the Norwegian Minister "
            "of Justice signed an agreement against trafficking. Norway and Ghana will hold "
            "talks on fisheries, and Norway will fund training in Ghana.")
    got = people(parse_invented(text, DAY))
    assert got["Kwame Addo Boateng"] == ("Minister of Security", "Ghana")


def test_who_led_which_side() -> None:
    """ "A led the Ghanaian side, and B led the Norwegian side": each the side they led."""
    text = ("The 3rd round of Bilateral Political Consultations between Ghana and Norway was "
            "held at the Ministry of Foreign Affairs in Accra today. Foreign Secretary "
            "Ambassador Ama Serwaa led the Ghanaian side, and State Secretary Espen Eide led "
            "the Norwegian side.")
    got = people(parse_invented(text, DAY))
    assert got["Ama Serwaa"][1] == "Ghana"
    assert got["Espen Eide"][1] == "Norway"


def test_french_and_spanish_courtesy_words() -> None:
    """ "M. X, Minister ..." and "..., Sr. Y": courtesy words, not initials or names."""
    text = ("M. Luc Morel, Minister for Foreign Trade, travelled to Accra on 14 April, where he "
            "held talks with President Alpha Berro. The Secretary of Economy of Mexico, Sr. "
            "Juan Ramón de la Vega, also attended the talks.")
    got = people(parse_invented(text, DAY))
    assert "Luc Morel" in got
    assert got["Juan Ramón de la Vega"][0] == "Secretary of Economy of Mexico"


def test_a_name_broken_by_a_hard_wrapped_line_is_written_on_one_line() -> None:
    """The mention keeps the line break (evidence offsets point into the text), but the
    participant's name and title, which the memo prints, are one line each."""
    text = ("Prime Minister meets Norwegian counterpart\n\nOslo, 3 March 2026. Prime Minister "
            "Jane Doe held talks today with the Prime Minister of Norway, Jonas Gahr\nStore, at "
            "the Government offices in Oslo. The two leaders discussed energy.")
    names = list(people(parse_invented(text, DAY)))
    assert "Jonas Gahr Store" in names
    assert not any("\n" in name for name in names)
