"""Round 16, entities in headlines of other issuers' house styles: a title-case "State
Visit of the President of Kenya to India" names the destination as the lower-case sentence
does, and a shouted headline's next clause ("..., PLEDGES STRONGER TIES") is no name.
Invented text only."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.invented import parse_invented, people

_BODY = ("\n\nThe following agreements were signed:\n\n"
         "1. Memorandum of Understanding on Cooperation in Renewable Energy\n"
         "2. Agreement on Mutual Legal Assistance in Criminal Matters\n")


@pytest.mark.parametrize("headline", [
    "State Visit of the President of Kenya to India (March 11-13, 2025)",
    "Outcomes of the state visit of the President of Kenya to India (March 11-13, 2025)",
])
def test_the_destination_of_a_visit_of_x_to_y_headline_is_the_place(headline: str) -> None:
    summary = parse_invented(headline + _BODY, dt.date(2025, 3, 13))
    assert summary.location.country == "India"
    assert summary.visit_type == "state visit"


def test_a_shouted_headlines_next_clause_is_no_participant() -> None:
    summary = parse_invented(
        "PRESIDENT OKAFOR RECEIVES GHANAIAN VICE PRESIDENT, PLEDGES STRONGER ECOWAS TIES\n\n"
        "President Chidi Okafor on Tuesday in Abuja received the Vice President of Ghana, "
        "Mr Kwame Mensah, who delivered a message from President Ama Boateng. The two "
        "countries would set up a joint committee on cross-border trade, ECOWAS officials "
        "said.", dt.date(2025, 3, 6))
    assert set(people(summary)) == {"Chidi Okafor", "Kwame Mensah"}


@pytest.mark.parametrize("amount", ["US$5 billion", "US$ 5 billion", "NZ$5 billion",
                                    "5 billion U.S. dollars"])
def test_a_currency_names_no_party(amount: str) -> None:
    from briefgen.parse.geo import find_countries

    assert not find_countries(f"The ministers agreed to raise trade to {amount}.").mentions
    summary = parse_invented(
        "President Ratna Dewi of Indonesia held a bilateral meeting with Prime Minister Tran "
        "Van Long of Vietnam in Jakarta on 7 August. Minister of Foreign Affairs Sari Wulan "
        f"said both sides agreed to raise trade to {amount} by 2030.", dt.date(2025, 8, 8))
    assert "United States" not in summary.countries
    assert "New Zealand" not in summary.countries


def test_a_state_in_s_owns_its_office_with_a_bare_apostrophe() -> None:
    summary = parse_invented(
        "President Chidi Okafor on Tuesday at the State House, Abuja, received President Ama "
        "Boateng of Ghana. Barbados' High Commissioner, Mr. Ryan Clarke, also attended.",
        dt.date(2025, 3, 6))
    assert people(summary)["Ryan Clarke"] == ("High Commissioner", "Barbados")


def test_a_section_heading_on_its_own_line_is_its_own_sentence() -> None:
    from briefgen.parse.segment import segment

    text = ("Japan-Viet Nam Summit Meeting\n\nOn March 14, Prime Minister Sato Kenji held a "
            "meeting with Prime Minister Pham Van Duc. The overview is as follows.\n\n"
            "3. Regional affairs\nThe two leaders exchanged views on the South China Sea.\n\n"
            "Bilateral relations\n(1) The two leaders confirmed their cooperation.\n")
    sentences = [s.text for s in segment(text).sentences]
    assert "Regional affairs" in sentences and "Bilateral relations" in sentences
    assert "The two leaders exchanged views on the South China Sea." in sentences
    # a line that runs on into the next stays in its sentence
    wrapped = segment("Headline here\n\nThe President met the\nPrime Minister of Japan today.")
    assert "The President met the\nPrime Minister of Japan today." in [
        s.text for s in wrapped.sentences]


def test_a_long_portfolio_before_the_name_stays_in_the_title() -> None:
    summary = parse_invented(
        "Chancellor Karl Weber received Prime Minister Jonas Berg of Norway in Berlin on 5 "
        "March 2025. Federal Minister for Economic Affairs and Climate Action Jonas Breitkreuz "
        "and Commissioner for International Partnerships Marta Ruiz-Castell attended the "
        "talks.", dt.date(2025, 3, 6))
    found = people(summary)
    assert found["Jonas Breitkreuz"][0].endswith("Economic Affairs and Climate Action")
    assert found["Marta Ruiz-Castell"][0] == "Commissioner for International Partnerships"


def test_a_portfolio_with_commas_and_other_spellings_is_one_title() -> None:
    summary = parse_invented(
        "Prime Minister Sitiveni Rabuka met Prime Minister Mia Mottley of Barbados in Suva on "
        "5 March 2025. Also present was the Minister for Trade, Co-operatives and MSMEs, "
        "Manoa Tikoduadua.", dt.date(2025, 3, 6))
    assert people(summary)["Manoa Tikoduadua"][0] == "Minister for Trade, Co-operatives and MSMEs"


@pytest.mark.parametrize(("lead", "kind"), [
    ("President Daniel Mutai hosted President Asha Mwinyi of Tanzania for bilateral talks at "
     "State House, Nairobi.", "talks"),
    ("President Daniel Mutai hosted President Asha Mwinyi of Tanzania at State House, "
     "Nairobi.", "meeting"),
    ("President Daniel Mutai received the President of Tanzania, Asha Mwinyi, at State House "
     "for talks.", "talks"),
    ("President Daniel Mutai received the Minister of Foreign Affairs of Tanzania, Ali Said, "
     "at State House for talks.", "meeting"),  # GUIDELINES: a minister received by a leader
])
def test_hosted_for_talks_is_talks(lead: str, kind: str) -> None:
    summary = parse_invented("President Mutai hosts Tanzanian counterpart\n\n" + lead +
                             " The two leaders discussed trade.", dt.date(2025, 3, 6))
    assert summary.visit_type == kind


def test_an_ambassador_in_a_country_is_an_envoy_with_a_post() -> None:
    summary = parse_invented(
        "Prime Minister Andrew Whitfield on Tuesday welcomed President Ama Boateng of Ghana to "
        "Jamaica House in Kingston. The Ambassador of Ghana in Jamaica, Kwame Owusu, was "
        "present.", dt.date(2025, 3, 5))
    assert people(summary)["Kwame Owusu"] == ("Ambassador of Ghana in Jamaica", "Ghana")


def test_a_third_state_hosting_the_margins_is_no_party() -> None:
    summary = parse_invented(
        "The Secretary-General met today with President Gustavo Reyes of Colombia on the "
        "margins of the Fourth International Conference on Financing for Development in "
        "Seville. They discussed debt relief.", dt.date(2025, 7, 1))
    assert summary.countries == ["Colombia"]
    assert summary.location.city == "Seville"


def test_a_working_and_friendship_visit_is_a_working_visit() -> None:
    summary = parse_invented(
        "President Bassirou Faye received President Mohamed Ghazouani of Mauritania, who is on "
        "a working and friendship visit to Senegal, at the Palace of the Republic in Dakar on "
        "16 October 2025.", dt.date(2025, 10, 17))
    assert summary.visit_type == "working visit"


def test_the_sender_of_a_message_of_friendship_is_absent() -> None:
    summary = parse_invented(
        "President Abdelmadjid Tebboune received on Tuesday the Italian Minister of Foreign "
        "Affairs, Antonio Rossi. The envoy conveyed to the President a message of friendship "
        "from Italian Prime Minister Giulia Ferri.", dt.date(2025, 11, 4))
    assert "Giulia Ferri" not in people(summary)




def test_caribbean_pacific_and_malay_styles_are_no_part_of_a_name() -> None:
    summary = parse_invented(
        "Prime Minister, the Most Hon. Andrew Whitfield, ON, PC, MP, on Tuesday welcomed "
        "President Ama Boateng of Ghana to Jamaica House in Kingston. Samdech Moha Borvor "
        "Thipadei Heng Sovanna, Prime Minister of Cambodia, also attended.",
        dt.date(2025, 3, 5))
    found = people(summary)
    assert found["Andrew Whitfield"][0] == "Prime Minister"
    assert "Heng Sovanna" in found



@pytest.mark.parametrize(("seat", "city", "country"), [
    ("at the AU Headquarters ", "Addis Ababa", "Ethiopia"),
    ("", None, None),  # an organisation is no state: no "African Union" as the country
])
def test_an_organisations_seat_places_its_meeting(seat: str, city: str | None,
                                                  country: str | None) -> None:
    summary = parse_invented(
        f"The Chairperson of the African Union Commission, Idris Souleymane, today received "
        f"{seat}the Minister of External Relations of Angola, Tete Antonio. They discussed "
        "peace and security.", dt.date(2025, 3, 5))
    assert (summary.location.city, summary.location.country) == (city, country)


def test_a_governments_seat_places_the_talks() -> None:
    summary = parse_invented(
        "Prime Minister Petr Fiala received the Prime Minister of South Korea, Han Min-soo, at "
        "the Straka Academy on Monday. They discussed nuclear energy.", dt.date(2025, 3, 5))
    assert (summary.location.city, summary.location.country) == ("Prague", "Czech Republic")


@pytest.mark.parametrize(("text", "published", "day"), [
    # an event's day with its hour is no filing stamp, so the visit's range does not win
    ("On 14 March 2024, at 10.00 hrs., Prime Minister Srettha Chan held talks with Prime "
     "Minister Pham Duc of Vietnam, who is on an official visit to Thailand from 13-15 "
     "March 2024.", dt.date(2024, 3, 15), dt.date(2024, 3, 14)),
    # a page header with its hour in a field of its own is a stamp: "on Monday" dates it
    ("Prime Minister Schoof holds government consultations in Berlin\n\n"
     "News item | 16-09-2025 | 10:15\n\n"
     "Prime Minister Dick Schoof and Chancellor Friedrich Weber held government "
     "consultations in Berlin on Monday.", dt.date(2025, 9, 16), dt.date(2025, 9, 15)),
    # the lead's weekday beats a later clause's on the publication day (a Wednesday)
    ("On Tuesday, President Gabriel Ortuzar received President Luis Lacalle of Uruguay at "
     "La Moneda. The visit concludes on Wednesday with a trip to Valparaiso.",
     dt.date(2025, 3, 5), dt.date(2025, 3, 4)),
])
def test_the_days_other_issuers_write(text: str, published: dt.date, day: dt.date) -> None:
    assert parse_invented(text, published).date == day
