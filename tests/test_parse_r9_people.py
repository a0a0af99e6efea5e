"""Participants of issuers absent from our data (round 9): delegation lists, offices and name
shapes of other states' releases. Invented names and sentences only, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

PUB = dt.date(2025, 6, 3)


def test_relatives_with_patronymic_names_stay_separate_people() -> None:
    # a father and his son share every word; two cousins share a given name and a grandfather
    got = people(parse_invented(
        "King Harun bin Zafir of Veltria received Prime Minister Joran Paskeli of Albania. "
        "The talks were attended by Prince Zafir bin Harun bin Zafir; Prince Tarek bin Salim "
        "bin Zafir; Prince Tarek bin Harun bin Zafir; and Minister of Finance Omar Qadeem.\n",
        PUB))
    for name in ("Harun bin Zafir", "Zafir bin Harun bin Zafir", "Tarek bin Salim bin Zafir",
                 "Tarek bin Harun bin Zafir"):
        assert name in got, got
    assert got["Harun bin Zafir"][0] == "King"


def test_a_shorter_form_of_a_patronymic_name_is_the_same_person() -> None:
    got = people(parse_invented(
        "Crown Prince Harun bin Zafir bin Khalil Al Merani received Prime Minister Joran "
        "Paskeli of Albania. Prince Harun bin Zafir welcomed the guest.\n", PUB))
    assert "Harun bin Zafir bin Khalil Al Merani" in got
    assert "Harun bin Zafir" not in got
