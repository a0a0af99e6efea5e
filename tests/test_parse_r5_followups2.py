"""Round 5 follow-up candidates, second pass: a passive step keeps its verb, a step
narrowed to a list ("particularly on A and B") gives one item per member, and a list run on
by semicolons gives one item per gerund step. Invented sentences only, no corpus text."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest import Release
from briefgen.parse import parse_release
from briefgen.parse.followups import Candidate, candidates, rule_followups
from briefgen.parse.segment import segment


def cands(text: str) -> list[Candidate]:
    doc = segment(text)
    return candidates(doc, len(text), rule_followups(doc, len(text)))


def variant(c: Candidate) -> str:
    return next((f[len("variant="):] for f in c.features if f.startswith("variant=")), "")


def test_a_passive_step_keeps_its_verb() -> None:
    got = cands("The fisheries code will be amended so that trawlers report their catch daily.")
    assert any(variant(c) == "verb" and c.text.startswith("fisheries code to be amended")
               for c in got)


def test_an_adverb_after_be_still_makes_a_passive_step() -> None:
    got = cands("The two river ports will be finally transferred to a private operator in May.")
    assert any(c.cue == "will_be" and variant(c) == "verb"
               and "transferred to a private operator" in c.text for c in got)


def test_a_passive_step_stops_at_the_next_clause() -> None:
    got = cands("New hotlines will be organised in the coming weeks, and border procedures "
                "will be simplified.")
    texts = [c.text for c in got if variant(c) == "verb"]
    assert "New hotlines to be organised in the coming weeks" in texts
    assert "border procedures to be simplified" in texts


def test_a_step_narrowed_to_two_topics_gives_one_item_each() -> None:
    got = cands("The ministers agreed to consult regularly, particularly on grain exports and "
                "rail tariffs.")
    focus = [c.text for c in got if variant(c) == "focus"]
    assert focus == ["consult regularly on grain exports", "consult regularly on rail tariffs"]


def test_the_focus_head_drops_a_relative_clause() -> None:
    got = cands("I will sign several accords that will deepen our ties, especially in the "
                "fields of forestry and tourism.")
    focus = [c.text for c in got if variant(c) == "focus"]
    assert "sign several accords in the fields of forestry" in focus
    assert "sign several accords in tourism" in focus


def test_gerund_steps_after_semicolons_are_items() -> None:
    got = cands("The new package will include $3 million for rural clinics; upgrading the "
                "national nursing college; expanding the school meals scheme; and training "
                "forty customs officers.")
    semi = [c.text for c in got if variant(c) == "semi"]
    assert semi == ["upgrading the national nursing college", "expanding the school meals scheme",
                    "training forty customs officers"]


def test_one_gerund_after_a_semicolon_is_no_list() -> None:
    got = cands("The two sides will meet again in March; welcoming the progress made so far.")
    assert not any(variant(c) == "semi" for c in got)


def test_a_release_with_the_new_shapes_still_parses() -> None:
    text = ("Ministers of Ruritania and Freedonia met in Lakeport on 3 May 2026.\n\n"
            "The joint transit rules will be revised so that lorries cross in one hour. The "
            "ministers agreed to consult regularly, particularly on grain exports and rail "
            "tariffs.")
    summary = parse_release(Release(text=text, path=None, sha256="0" * 64,
                                    published=dt.date(2026, 5, 3)))
    got = [f.text for f in summary.follow_ups]
    assert any("grain exports" in t for t in got), got


def test_a_passive_invitation_names_the_invitee() -> None:
    got = cands("The Mayor of Lakeport was invited to consider twinning with a coastal town "
                "of our region.")
    assert any(variant(c) == "passive" and c.text.startswith(
        "invitation to Mayor of Lakeport to consider twinning") for c in got)


def test_a_passive_invitation_of_a_pronoun_has_no_empty_invitee() -> None:
    doc = segment("They were invited to attend the river forum.")
    got = [f.text for f in rule_followups(doc, 10_000)]
    assert got == ["invitation to attend the river forum"]


def test_a_party_expected_to_visit_is_a_candidate() -> None:
    got = cands("Trade is growing, and we expect the Governor of Kadia to visit Lakeport in "
                "October.")
    assert any(c.cue == "expect_who" and c.text.startswith("the Governor of Kadia to visit")
               for c in got)


def test_an_expected_result_is_no_party_expected_to_act() -> None:
    got = cands("We expect growth to return next year.")
    assert not any(c.cue == "expect_who" for c in got)


def test_a_comma_list_of_steps_with_common_verbs_is_split() -> None:
    doc = segment("The two ministers agreed to build new rail links, speed up customs checks "
                  "and increase capacity at the common border.")
    got = [f.text for f in rule_followups(doc, 10_000)]
    assert "build new rail links" in got
    assert "speed up customs checks" in got
