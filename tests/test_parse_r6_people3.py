"""Participants in blind-probe shapes (round 6, third pass): offices named by a region's kind,
a cabinet chief, a collegial executive's members with double surnames, and a seat of
government written like a name. Invented sentences, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

from briefgen.model import VisitSummary

PUB = dt.date(2024, 5, 2)


def parse(text: str) -> VisitSummary:
    return parse_invented(text, PUB)


def test_a_region_kind_before_the_comma_belongs_to_the_office_not_the_name() -> None:
    s = parse("Prime Minister Anna Berg visits Norway\n\nOslo, 2 May 2024. Prime Minister Anna "
              "Berg of Sweden began an official visit to Norway today.\n\nProgramme:\n"
              "- Meeting with the Governor of Osaka Prefecture, Ola Nordmann.\n"
              "- Meeting with the Governor of Nordland County, Kari Holm.\n")
    got = people(s)
    assert "Prefecture" not in got and "County" not in got
    assert got["Ola Nordmann"][0] == "Governor of Osaka Prefecture"
    assert got["Kari Holm"][0] == "Governor of Nordland County"


def test_the_chief_of_the_cabinet_of_ministers_is_an_office() -> None:
    s = parse("President Ana Ruiz speaks with Chilean President\n\nBuenos Aires, 2 May 2024. "
              "President Ana Ruiz held a telephone conversation with the President of Chile, "
              "Pablo Soto. Also taking part on the Argentine side were the Chief of the Cabinet "
              "of Ministers, Jorge Pérez, and the Minister of Economy, Laura Gómez.")
    got = people(s)
    assert got["Jorge Pérez"] == ("Chief of the Cabinet of Ministers", "Argentina")
    assert got["Laura Gómez"][0] == "Minister of Economy"


def test_federal_councillors_with_double_surnames_are_participants() -> None:
    s = parse("President of Austria visits Switzerland\n\nBern, 2 May 2024. The President of "
              "the Confederation, Hans Keller, received the Federal President of Austria, Karl "
              "Maier, for a state visit. In addition to the President of the Confederation, "
              "Federal Councillor Urs Brunner, head of the Federal Department of Finance (FDF), "
              "and Federal Councillor Ruth Meier-Gasser, head of the Federal Department of Home "
              "Affairs (FDHA), took part.")
    got = people(s)
    assert got["Urs Brunner"] == ("Federal Councillor", "Switzerland")
    assert got["Ruth Meier-Gasser"] == ("Federal Councillor", "Switzerland")
    assert not any(name.startswith("Federal") for name in got)


def test_a_building_after_at_the_is_no_person_before_an_apposed_office() -> None:
    s = parse("Colombia and Peru sign declaration\n\nBogota, 2 May 2024. Yesterday, at the "
              "Casa de Nariño, the President of the Republic, Luis Gómez, received his Peruvian "
              "counterpart, Ana Ruiz, on an official visit.")
    got = people(s)
    assert "Casa de Nariño" not in got
    assert got["Luis Gómez"] == ("President of the Republic", "Colombia")


def test_a_states_envoy_to_a_body_serves_the_state_and_keeps_the_office_before_a_rank() -> None:
    s = parse("Talks in Bern\n\nBern, 2 May 2024. The President of the Confederation, Hans "
              "Keller, received the Federal President of Austria, Karl Maier. The meeting, "
              "attended by Austria's Permanent Representative to the United Nations, Ambassador "
              "Eva Huber, took place in the morning.")
    got = people(s)
    assert got["Eva Huber"] == ("Permanent Representative to the United Nations", "Austria")


def test_company_in_a_relative_clause_is_the_guests_not_the_hosts() -> None:
    s = parse("Colombia and Peru sign declaration\n\nBogota, 2 May 2024. Yesterday the "
              "President of the Republic, Luis Gómez, received his Peruvian counterpart, Ana "
              "Ruiz, who made an official visit to Colombia accompanied by the Minister of "
              "Foreign Affairs of Peru, Rosa Díaz, and the Minister of Energy, Marta León. "
              "The talks continued with the participation of the Colombian Foreign Minister, "
              "Jorge Vela, and the Minister of Mines, Pedro Cano. In the presence of the "
              "Presidents, Ministers Cano and León signed a memorandum on power lines.\n\n"
              "The President of the Republic of Colombia, Luis Gómez, and the President of the "
              "Republic of Peru, Ana Ruiz, declare that relations are excellent.")
    got = people(s)
    assert got["Marta León"][1] == "Peru"
    assert got["Pedro Cano"][1] == "Colombia"


def test_a_city_governor_serves_the_citys_state_not_the_visitors() -> None:
    s = parse("Taoiseach concludes visit to Japan\n\nThe Taoiseach, Sean Byrne, has today "
              "concluded an official visit to Japan, with engagements in Tokyo and Kyoto.\n\n"
              "Programme\n- Bilateral meeting with the Prime Minister of Japan, Taro Sato.\n"
              "- Meeting with the Governor of Kyoto Prefecture, Ken Ito.\n"
              "- Meeting with the Mayor of Kyoto, Yumi Mori.\n")
    got = people(s)
    assert got["Ken Ito"] == ("Governor of Kyoto Prefecture", "Japan")
    assert got["Yumi Mori"][1] == "Japan"


def test_the_head_of_a_body_named_after_a_state_serves_that_state() -> None:
    s = parse("Mongolian President visits Korea\n\nSeoul, 2 May 2024. The President of Mongolia, "
              "Bat Erdene, met the President of the Republic of Korea, Kim Min-soo. He also "
              "received the CEO of the Export-Import Bank of Korea, Lee Jae-won, and the "
              "Managing Director of the International Monetary Fund, Anna Berg.")
    got = people(s)
    assert got["Lee Jae-won"][1] == "South Korea"
    assert got.get("Anna Berg", (None, None))[1] is None
