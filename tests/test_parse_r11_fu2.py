"""Round 11 (fu2) follow-ups: what is NOT a step to come (GUIDELINES). Invented text only."""

from __future__ import annotations

import datetime as dt

from invented import parse_invented

from briefgen.parse.followups import Candidate, candidates, rule_followups, rules, select
from briefgen.parse.segment import segment, transcript_start


def _broad(text: str, cue: str | None = None) -> list[str]:
    """The broad candidates' texts of invented ``text`` (of one cue, or of all)."""
    doc = segment(text)
    speech = transcript_start(doc.text)
    return [c.text for c in candidates(doc, speech, rule_followups(doc, speech))
            if c.rule_item is None and (cue is None or c.cue == cue)]


def test_the_reported_visit_named_as_a_noun_is_no_travel_step() -> None:
    text = ("President Ilmar Sorve, currently on a two-day state visit to Veltria, held talks "
            "with Prime Minister Dana Oruk today at the Blue Palace.")
    assert _broad(text, "travel") == []
    text = "During his official visit to Veltria, the minister opened a trade fair."
    assert _broad(text, "travel") == []


def test_a_visit_to_come_named_as_a_noun_stays_a_candidate() -> None:
    text = ("The leaders looked forward to the forthcoming visit to Veltria by a delegation of "
            "young farmers next spring.")
    assert _broad(text, "travel")
    text = ("Her visit to Veltria, with a large business delegation, will open the new "
            "consulate in the port of Amsel.")
    assert _broad(text, "travel")


def test_the_verb_visit_to_is_still_a_travel_cue() -> None:
    text = "The President will travel to Veltria in May to open the new consulate in Amsel."
    assert any("Veltria" in c for c in _broad(text, "travel"))


def test_a_capitalised_cue_word_inside_a_name_is_no_verb() -> None:
    text = ("The members of the Regional Study Visit for the Island States called on the Prime "
            "Minister today.")
    assert _broad(text, "explore") == []
    text = "The minister will study the report of the river board before May."
    assert any("report" in c for c in _broad(text, "explore"))


def test_a_capitalised_cue_word_at_a_sentence_start_is_still_a_verb() -> None:
    text = "The ministers met in Amsel. Study of the ferry link will begin in May next year."
    # a sentence's first word is capitalised by the language, not by a name
    assert any("ferry" in c for c in _broad(text, "explore"))



_STEP = "The leaders agreed that Veltria will host the river forum in Amsel in May."


def _cand(text: str, variant: str) -> Candidate:
    sent = segment(_STEP).sentences[0]
    start = _STEP.index("host")
    return Candidate(text, sent, start, start + len(text), "will", [f"variant={variant}", variant])


def _kept(*cands: Candidate, subj: float = -0.5) -> list[str]:
    weights = {"obj": 0.5, "subj": subj}
    return [c.text for c in select(list(cands), weights, -1.0, -1.5)]


def test_a_step_with_its_named_actor_goes_before_its_bare_wording() -> None:
    # the filter passes both wordings of one step: the one naming who acts is kept
    bare = _cand("host the river forum in Amsel in May", "obj")
    named = _cand("Veltria host the river forum in Amsel in May", "subj")
    assert _kept(bare, named) == [named.text]


def test_an_article_or_pronoun_in_front_is_no_actor() -> None:
    bare = _cand("host the river forum in Amsel in May", "obj")
    for front in ("The", "It", "They"):
        pasted = _cand(f"{front} host the river forum in Amsel in May", "subj")
        assert _kept(bare, pasted) == [bare.text]


def test_an_actor_the_filter_drops_does_not_replace_the_step() -> None:
    bare = _cand("host the river forum in Amsel in May", "obj")
    named = _cand("Veltria host the river forum in Amsel in May", "subj")
    assert _kept(bare, named, subj=-5.0) == [bare.text]


def test_strengthening_a_longstanding_relationship_is_a_vague_aim() -> None:
    # GUIDELINES: broad intentions ("readiness to strengthen ties") are optional, whatever
    # the qualities the ties are given (long-standing, historic, brotherly, warm ...)
    vague = rules().vague
    for aim in ("strengthen the longstanding relationship between Veltria and Ostmark",
                "deepen the historic and brotherly ties with Ostmark",
                "further strengthen the already excellent relations between the two countries",
                "enhance the warm and traditional friendship"):
        assert vague.match(aim), aim
    for step in ("strengthen the longstanding relationship council with a secretariat",
                 "establish a joint commission on trade"):
        assert not vague.match(step), step


def test_a_step_dated_in_the_past_is_no_follow_up() -> None:
    text = ("Foreign Minister Ilmar Sorve of Veltria held talks with Foreign Minister Dana Oruk "
            "of Ostmark in Amsel on Monday. The ministers agreed to hold the river forum they "
            "had planned last year. They also agreed to open a consulate in the port of Ostby "
            "by May. Minister Sorve thanked Ostmark for the aid it decided to send two weeks "
            "ago.")
    items = [f.text for f in parse_invented(text, dt.date(2025, 3, 12)).follow_ups]
    assert any("consulate" in i for i in items), items
    assert not any("last year" in i or "ago" in i for i in items), items


def test_a_named_initiative_is_no_proposal() -> None:
    text = ("The presidents recalled the Joint Initiative on Clean Water launched by the two "
            "governments, which trained hundreds of engineers.")
    assert _broad(text, "proposal") == []
    text = "The President put forward an initiative to build a bridge over the Orla river."
    assert any("bridge" in c for c in _broad(text, "proposal"))


def test_the_visit_under_way_is_no_follow_up() -> None:
    text = ("Deputy Foreign Minister Ilmar Sorve is on a working visit to Ostmark scheduled "
            "for May 16-18. He met Foreign Minister Dana Oruk in Amsel. The sides agreed to "
            "open a consulate in the port of Ostby by June.")
    items = [f.text for f in parse_invented(text, dt.date(2025, 5, 17)).follow_ups]
    assert not any("working visit" in i for i in items), items
    assert any("consulate" in i for i in items), items
