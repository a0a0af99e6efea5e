"""Participants in blind-probe shapes (round 6, fourth pass): signatories written with the side
they sign for ("Minister of Finance X Y for <State>"). Invented sentences, no corpus text."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented, people

from briefgen.model import VisitSummary

PUB = dt.date(2024, 5, 2)
HEAD = ("Foreign Minister Anna Berg visits Norway\n\nOslo, 2 May 2024. Foreign Minister Anna "
        "Berg of Sweden held talks in Norway today.\n\n")


def parse(text: str) -> VisitSummary:
    return parse_invented(HEAD + text, PUB)


def test_for_the_state_after_a_signatory_ends_the_title_and_gives_the_state() -> None:
    got = people(parse("The memorandum was signed by Minister of Trade Karim Haddad for "
                       "Lebanon and Minister of Economy Ivo Petrov for Bulgaria.\n"))
    assert got["Karim Haddad"] == ("Minister of Trade", "Lebanon")
    assert got["Ivo Petrov"] == ("Minister of Economy", "Bulgaria")


def test_for_the_state_after_a_signatory_with_a_title_before_the_name() -> None:
    got = people(parse("The memorandum was signed by Trade Minister Karim Haddad for Lebanon "
                       "and Economy Minister Ivo Petrov for Bulgaria.\n"))
    assert got["Karim Haddad"] == ("Trade Minister", "Lebanon")
    assert got["Ivo Petrov"] == ("Economy Minister", "Bulgaria")


def test_an_envoy_for_a_state_keeps_the_state_in_the_title() -> None:
    got = people(parse("She also met the Special Envoy for Ukraine Ivo Petrov.\n"))
    assert "Ukraine" in (got["Ivo Petrov"][0] or "")


def test_an_honorific_after_of_names_the_office_principal_not_the_holder() -> None:
    got = people(parse("Attending the talks were Minister of Trade Karim Haddad, Director of "
                       "the Office of His Majesty Sami Nour Al-Khatib, and Ambassador Ivo "
                       "Petrov.\n"))
    assert got["Sami Nour Al-Khatib"][0] == "Director of the Office of His Majesty"
    assert "Karim Haddad" in got and "Ivo Petrov" in got


def test_an_honorific_before_the_holder_is_not_the_office() -> None:
    got = people(parse("She met Minister of Foreign Affairs His Excellency Sami Khatib.\n"))
    assert "His" not in (got["Sami Khatib"][0] or "")
