"""Round 10: the event frame (date, place, visit type) as issuers we had never seen write it.
Each test is one class of meaning or general knowledge (world capitals and their spellings,
seats of government, a host known from the people at the seat). Invented text only, no
corpus text."""

from __future__ import annotations

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
