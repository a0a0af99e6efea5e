"""Round 6 follow-ups: a rule item the word limit cut short gives way to a broad wording of
the same span that runs it on (followups._extended). Invented text only."""

from __future__ import annotations

from briefgen.model import Evidence, FollowUp
from briefgen.parse.followups import Candidate, select
from briefgen.parse.segment import segment

_TEXT = ("The ministers agreed to set up a river board to map the flood plains of the Orla "
         "basin by May.")


def _rule(text: str, start: int) -> Candidate:
    sent = segment(_TEXT).sentences[0]
    ev = Evidence(sentence=0, start=start, end=start + len(text), cue="agreed to")
    return Candidate(text, sent, start, start + len(text), "rule_step", ["rule"],
                     rule_item=FollowUp(text=text, kind="step", evidence=[ev]))


def _broad(text: str, variant: str = "long") -> Candidate:
    sent = segment(_TEXT).sentences[0]
    start = _TEXT.index("set up")
    return Candidate(text, sent, start, start + len(text), "agreed",
                     ["broad", f"variant={variant}"])


def _kept(*cands: Candidate, broad: float = 0.0) -> list[str]:
    return [c.text for c in select(list(cands), {"rule": 0.0, "broad": broad}, -1.0, -1.5)]


def test_a_cut_rule_item_gives_way_to_its_run_on_wording() -> None:
    short = _rule("set up a river board", _TEXT.index("set up"))
    full = _broad("set up a river board to map the Orla basin")
    assert _kept(short, full) == [full.text]


def test_the_run_on_must_be_kept_by_the_filter_too() -> None:
    short = _rule("set up a river board", _TEXT.index("set up"))
    full = _broad("set up a river board to map the Orla basin")
    assert _kept(short, full, broad=-5.0) == [short.text]


def test_a_wording_that_pastes_the_subject_in_front_does_not_replace_it() -> None:
    short = _rule("set up a river board", _TEXT.index("set up"))
    subj = _broad("ministers set up a river board to map the basin", variant="subj")
    assert _kept(short, subj) == [short.text]


def test_a_wording_that_runs_on_too_far_or_starts_elsewhere_does_not_replace_it() -> None:
    short = _rule("set up a river board", _TEXT.index("set up"))
    far = _broad("set up a river board to map the flood plains of the Orla basin by May")
    front = _broad("the ministers agreed to set up a river board to map the basin")
    other = _broad("map the flood plains of the Orla basin by May")
    assert short.text in _kept(short, far)
    assert short.text in _kept(short, front)
    assert short.text in _kept(short, other)


def test_a_run_on_does_not_take_a_quotations_end_or_a_comment_along() -> None:
    short = _rule("set up a river board", _TEXT.index("set up"))
    quoted = _broad('set up a river board," the minister added')
    comment = _broad("set up a river board, underscoring their shared basin")
    assert _kept(short, quoted)[0] == short.text
    assert _kept(short, comment)[0] == short.text
