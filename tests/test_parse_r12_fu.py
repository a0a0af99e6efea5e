"""Round 12 (fu) follow-ups: steps to come found whole, with who acts. Invented text only."""

from __future__ import annotations

from invented import parse_invented

from briefgen.model import Evidence, FollowUp
from briefgen.parse.followups import _dedupe, candidates, rule_followups
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


def test_a_second_meeting_to_be_held_starts_after_and_also() -> None:
    # "the meeting of A and also a meeting of B which will be held in C": the place is B's
    text = ("We spoke about the session of the Coastal Assembly and also a meeting of the "
            "Council of Harbour Ministers which will be held in Amsel.")
    assert "a meeting of the Council of Harbour Ministers in Amsel" in _rule_items(text)


def test_two_bodies_meetings_in_two_sentences_are_two_items() -> None:
    text = ("The leaders discussed in detail the agenda for the meeting of the Veltria-Norland "
            "Union State Supreme State Council. A meeting of the Council of Ministers of the "
            "Union State will also be held in Amsel.")
    items = _rule_items(text)
    assert any("Supreme State Council" in i for i in items), items
    assert any("Council of Ministers of the Union State in Amsel" in i for i in items), items


def _item(text: str, sentence: int) -> FollowUp:
    return FollowUp(text=text, kind="meeting",
                    evidence=[Evidence(sentence=sentence, start=0, end=1)])


def test_one_meeting_named_twice_with_its_days_stays_one_item() -> None:
    # a month or a weekday is no name of its own: the same session said twice
    a = _item("the session of the Joint Coastal Commission in Amsel on Friday in May", 0)
    b = _item("the session of the Joint Coastal Commission in Amsel on Monday in June", 3)
    assert [f.text for f in _dedupe([a, b])] == [a.text]


def test_a_passive_agent_is_not_the_one_instructed() -> None:
    # "a study commissioned by the Central Bank on the short- to medium-term effects"
    text = ("The Prime Minister welcomed a study which was commissioned by the Central Bank of "
            "Veltria on the short- to medium-term effects of the new tariffs.")
    assert not any("Central Bank" in i for i in _rule_items(text)), _rule_items(text)


def test_including_those_after_a_vague_aim_is_no_step() -> None:
    # the "including ..." rescue of a vague aim names a step, not "those related to X"
    text = ("We agreed that Veltria and Norland should work closely together on various issues "
            "concerning the region, including those related to the northern sea lanes.")
    assert not any("those related" in i for i in _rule_items(text)), _rule_items(text)


def test_who_travels_with_the_visitor_is_no_step() -> None:
    text = ("The Prime Minister will be accompanied by the Minister for External Affairs, Mr "
            "Alva Ruiz, and by senior officials. He will be accompanied by a delegation of "
            "advisers. She will open the new embassy in Amsel in May.")
    items = [f.text for f in parse_invented(text, None).follow_ups]
    assert not any("accompan" in i or "Minister for External Affairs" in i
                   or "delegation" in i for i in items), items
    assert "open the new embassy in Amsel in May" in items, items


def test_a_business_delegation_sent_along_may_stay_a_step() -> None:
    # a trade mission with a purpose is not the visit's own party: not filtered out
    from briefgen.parse.followups import _ACCOMPANIED
    assert not _ACCOMPANIED.match("I will be accompanied by a business delegation to Norland")


def test_what_an_event_will_mark_or_highlight_is_no_step() -> None:
    text = ("The talks will mark the third meeting of the two leaders this year. The visit will "
            "highlight the strategic partnership between Veltria and Norland. The two sides "
            "will open a joint trade office in Amsel in June.")
    items = [f.text for f in parse_invented(text, None).follow_ups]
    assert not any("third meeting" in i or "strategic partnership" in i for i in items), items
    assert any("joint trade office in Amsel" in i for i in items), items


def test_the_handover_of_a_chairmanship_is_a_step_candidate() -> None:
    text = ("The ministers noted the handover of the Coastal Forum chairmanship from Veltria to "
            "Norland in 2026.")
    assert any(c.startswith("handover of the Coastal Forum chairmanship") for c in _broad(text))


def test_a_step_said_again_in_the_lead_is_one_item() -> None:
    title = "Third coastal summit to be held in Amsel in September"
    text = ("The leaders of Veltria and Norland have agreed to hold a third coastal summit in "
            "Amsel in September.")
    items = [f.text for f in parse_invented(text, None, title).follow_ups]
    assert len([i for i in items if "coastal summit" in i.lower()]) == 1, items


def test_guests_invited_to_the_reported_meeting_are_no_invitation_ahead() -> None:
    text = ("The Prime Minister chaired the annual meeting of the coastal councils in Amsel. "
            "Members of the Senate and representatives of the port authorities were also "
            "invited to attend the meeting as guests of honour. The councils were invited to "
            "attend the Coastal Forum in Norland in May.")
    items = [f.text for f in parse_invented(text, None).follow_ups]
    assert not any(i.endswith("guests of honour") or i.endswith("attend the meeting")
                   for i in items), items
    assert any("Coastal Forum in Norland" in i for i in items), items
