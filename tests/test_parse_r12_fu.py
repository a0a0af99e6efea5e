"""Round 12 (fu) follow-ups: steps to come found whole, with who acts. Invented text only."""

from __future__ import annotations

from briefgen.parse.followups import candidates, rule_followups
from briefgen.parse.segment import segment, transcript_start


def _rule_items(text: str) -> list[str]:
    """The cue rules' items of invented ``text``."""
    doc = segment(text)
    return [f.text for f in rule_followups(doc, transcript_start(doc.text))]


def _broad(text: str) -> list[str]:
    """The broad (cue) candidates' texts of invented ``text``."""
    doc = segment(text)
    speech = transcript_start(doc.text)
    return [c.text for c in candidates(doc, speech, rule_followups(doc, speech))
            if c.rule_item is None]


def test_a_passive_step_keeps_its_long_subject_when_the_cue_holds_is_or_are() -> None:
    # "are set to be provided": the verb is inside the cue, and an "and" inside the noun
    # phrase is no clause of its own, so the scholarships are what is provided
    text = ("Under the Veltrian training programme, grants for 300 nurses from colleges in "
            "Amsel and the Northern Province are set to be awarded every month from next year.")
    items = _rule_items(text)
    assert any(i.startswith("grants for 300 nurses from colleges in Amsel and the Northern "
                            "Province") and "awarded" in i for i in items), items
    assert not any(i.startswith("be awarded") for i in items), items


def test_a_named_party_set_to_act_owns_the_step() -> None:
    items = _rule_items("Veltria is set to host the next regional summit in Amsel in May.")
    assert "Veltria to host the next regional summit in Amsel in May" in items, items


def test_a_step_ends_where_a_named_speaker_starts_a_clause_without_a_comma() -> None:
    # "... on 3 May and the Foreign Minister expressed ...": the second clause is a comment
    text = ("Veltria is due to host the 12th Coastal States Summit on 3 May and the Foreign "
            "Minister expressed his confidence in its success and in its lasting results.")
    assert "host the 12th Coastal States Summit on 3 May" in _broad(text)


def test_discussed_in_detail_the_agenda_of_a_meeting_names_the_meeting_ahead() -> None:
    text = ("The two presidents discussed in detail the agenda for the meeting of the Joint "
            "Coastal Council in April.")
    assert any(i.startswith("the meeting of the Joint Coastal Council")
               for i in _rule_items(text)), _rule_items(text)
