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
