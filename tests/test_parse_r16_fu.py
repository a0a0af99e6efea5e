"""Round 16, follow-ups in the wording of issuers none of our data holds, found by probes
written in other ministries' house styles: "concurred to" ("concur on" stays a view),
"I am directing X to", an invitation to an event, an addressee's name in commas, "proposed
that X designate", "agreed their X should". No corpus release uses these forms, so they are
lexicon changes for issuers we have not seen. Invented text only."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.invented import parse_invented

_LEAD = ("On 3 March, Prime Minister Aron Veldt of Veltria held a summit meeting with "
         "Prime Minister Mara Castell of Ostravia in Veltria City. ")


def _follow_ups(text: str) -> list[str]:
    return [f.text for f in parse_invented(_LEAD + text, dt.date(2031, 3, 4)).follow_ups]


def test_concurred_to_hold_a_meeting_is_a_follow_up() -> None:
    items = _follow_ups("The two leaders concurred to hold the Veltria-Ostravia Joint "
                        "Committee in Veltria City within this year.")
    assert any(i.startswith("hold the Veltria-Ostravia Joint Committee") for i in items), items


def test_concur_on_a_view_is_not_a_step() -> None:
    items = _follow_ups("The two leaders concur on the utility of a regional approach "
                        "to maritime security.")
    assert not any("utility" in i for i in items), items


def test_a_president_directing_a_minister_is_an_instruction() -> None:
    items = _follow_ups('"I am directing the Minister of Trade to conclude the air services '
                        'agreement with Ostravia within three months," the Prime Minister said.')
    assert any(i.startswith("the Minister of Trade to conclude the air services agreement")
               for i in items), items
    items = _follow_ups("I hereby direct the Ministry of Finance to release the funds for the "
                        "bridge before June.")
    assert any(i.startswith("the Ministry of Finance to release the funds") for i in items), items


def test_an_invitation_to_an_event_reads_as_an_invitation() -> None:
    items = _follow_ups("Prime Minister Veldt invited Prime Minister Castell to the Strategic "
                        "Council meeting to be held in Veltria City next year.")
    assert any(i.startswith("invitation to Prime Minister Castell to the Strategic Council "
                            "meeting") for i in items), items


def test_an_instruction_passes_over_the_addressees_name_in_commas() -> None:
    items = _follow_ups("Prime Minister Veldt directed the National Security Adviser, Mallam "
                        "Ibrahim Danjuma, to deepen intelligence sharing with Ostravia.")
    assert "the National Security Adviser to deepen intelligence sharing with Ostravia" \
        in items, items
    items = _follow_ups('"I am directing the Minister of Trade, Dr. Ama Boateng, to conclude '
                        'the air services agreement within three months," he said.')
    assert any(i.startswith("the Minister of Trade to conclude") for i in items), items


@pytest.mark.parametrize(("sentence", "item"), [
    ("Prime Minister Veldt proposed that the two countries designate 2031 as the Year of "
     "Culture.", "proposal that the two countries designate 2031 as the Year of Culture"),
    ("The leaders agreed their defence ministers should finalise the logistics agreement by "
     "the summer.", "their defence ministers to finalise the logistics agreement by the summer"),
])
def test_steps_in_other_ministries_wording(sentence: str, item: str) -> None:
    assert item in _follow_ups(sentence)


@pytest.mark.parametrize(("sentence", "item"), [
    ("Minister Adu conveyed the invitation of President Ali for Prime Minister Castell to "
     "visit Veltria, which was gratefully accepted.",
     "invitation to Prime Minister Castell to visit Veltria, accepted"),
    ("The Minister handed over to the Prime Minister an invitation from the King of Veltria "
     "to pay an official visit to Veltria City, which was accepted with gratitude.",
     "invitation to the Prime Minister to pay an official visit to Veltria City, accepted"),
    ('"I have directed the Ministry of Tourism to draft a joint tourism plan by June," the '
     "Prime Minister said.", "the Ministry of Tourism to draft a joint tourism plan by June"),
])
def test_invitations_handed_over_and_past_instructions(sentence: str, item: str) -> None:
    assert item in _follow_ups(sentence)


@pytest.mark.parametrize(("sentence", "items"), [
    ("The leaders agreed to double the number of direct flights, to hold the Business Forum "
     "in Veltria City in 2032, and to declare 2033 the Year of Culture.",
     ["double the number of direct flights", "hold the Business Forum in Veltria City in 2032",
      "declare 2033 the Year of Culture"]),
    ("They agreed to expand the feasibility study and to double electricity exports by 2033.",
     ["expand the feasibility study", "double electricity exports by 2033"]),
])
def test_steps_agreed_in_one_series_are_items_of_their_own(sentence: str,
                                                            items: list[str]) -> None:
    assert _follow_ups(sentence) == items


def test_entries_under_agreed_to_are_steps() -> None:
    items = _follow_ups("In the joint declaration, both governments agreed to:\n"
                        "- Begin negotiations on a visa waiver agreement;\n"
                        "- Hold the first business forum in Veltria City in 2032.\n")
    assert "begin negotiations on a visa waiver agreement" in items
    assert "hold the first business forum in Veltria City in 2032" in items


def test_an_instruction_to_a_minister_with_commas_in_the_portfolio() -> None:
    items = _follow_ups("The Prime Minister instructed the Minister of Agriculture, Food "
                        "Sovereignty and Livestock to publish the joint marketing calendar "
                        "before 1 November.")
    assert ("the Minister of Agriculture, Food Sovereignty and Livestock to publish the joint "
            "marketing calendar before 1 November") in items, items


def test_entries_under_agree_among_other_things_to_and_instructed() -> None:
    items = _follow_ups("In it, the two governments agree among other things to:\n"
                        "- connect the two hydrogen networks at three border points by 2030;\n"
                        "- set up a joint procurement unit in 2031.\n\n"
                        "The Prime Minister instructed:\n"
                        "1. the Minister of Economic Affairs to establish a business council by "
                        "30 June 2031;\n2. the Minister of Education to draw up a programme of "
                        "scholarships.\n")
    for item in ("connect the two hydrogen networks at three border points by 2030",
                 "set up a joint procurement unit in 2031",
                 "the Minister of Economic Affairs to establish a business council by 30 June "
                 "2031", "the Minister of Education to draw up a programme of scholarships"):
        assert item in items, items


def test_entries_under_instructed_alone() -> None:
    items = _follow_ups("The Prime Minister instructed:\n"
                        "1. the Minister of Economic Affairs to establish a business council by "
                        "30 June 2031;\n2. the Minister of Education to draw up a programme of "
                        "scholarships.\n")
    assert "the Minister of Education to draw up a programme of scholarships" in items, items
