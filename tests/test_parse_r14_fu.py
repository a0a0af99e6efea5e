"""Round 14, follow-ups: candidate shapes the cues missed in gold follow-ups of many issuers,
and the features that kept a clear step above the retrained filter's threshold. Invented
text only."""

from __future__ import annotations

import datetime as dt

from briefgen.parse import followups as F
from briefgen.parse.segment import segment, transcript_start
from tests.invented import parse_invented


def _candidates(text: str) -> list[F.Candidate]:
    """The follow-up candidates of invented text that run time keeps for the filter."""
    doc = segment(text, None)
    speech = transcript_start(doc.text)
    return [c for c in F.candidates(doc, speech, F.rule_followups(doc, speech))
            if not F._says_no_step(doc.text, c)]


def _by_cue(text: str, cue: str) -> list[str]:
    return [c.text for c in _candidates(text) if c.cue == cue]


def test_within_this_year_is_a_deadline() -> None:
    """'within this year' names when the step is due, as 'by/in this year' does: the class
    feature c=due carries across issuers where the word 'year' alone swung with a retrain."""
    feats = F._class_features("dispatch a trade mission to Veltria within this year")
    assert "c=due" in feats


def test_dispatch_is_a_step_verb() -> None:
    """Sending a mission or a team is a concrete joint step (c=v_step), as 'send' is."""
    assert "c=v_step" in F._class_features("dispatch a public-private trade mission to Veltria")


def test_dispatched_mission_kept() -> None:
    """A clear step said with 'would dispatch ... within this year' stays a follow-up (a
    guard end to end: the two feature tests above are the ones that fail without the fix;
    tests/test_parse_issuers.py::test_items[summit-meeting-numbered] failed too)."""
    s = parse_invented(
        "Prime Minister Arlo Venn of Veltria held talks with Prime Minister Mira Dolk of "
        "Ostmark in Ostburg on 3 March 2025.\n\n"
        "1. The two leaders confirmed that they would further strengthen cooperation in the "
        "fields of wind power and shipbuilding. Prime Minister Venn stated that Veltria would "
        "dispatch a public-private economic mission to Ostmark within this year.\n",
        dt.date(2025, 3, 3))
    assert any("economic mission" in f.text for f in s.follow_ups)


def test_noun_of_intent_gives_a_candidate() -> None:
    """'expressed their determination to open ...', 'the desire to open ...': a noun of intent
    before 'to' puts a step ahead as 'intend to' does."""
    text = ("The ministers expressed their determination to open a joint trade office in "
            "Ostburg by 2027. She also voiced Veltria’s desire to open its embassy in "
            "Ostburg soon.")
    found = _by_cue(text, "intent_noun")
    assert any(t.startswith("open a joint trade office") for t in found)
    assert any(t.startswith("open its embassy") for t in found)


def test_decision_made_to_gives_a_candidate() -> None:
    """'a decision was made to begin talks on ...' is a decision to act, as 'decided to'."""
    found = _by_cue("In particular, a decision was made to begin talks on a free trade "
                    "agreement with Ostmark.", "intent_noun")
    assert any(t.startswith("begin talks on a free trade agreement") for t in found)


def test_modal_passive_gives_a_candidate() -> None:
    """'the port may be privatised by the end of this year', 'sites should be created by
    2028': a step to be taken, said in the passive with a modal other than 'will'."""
    found = _by_cue("Another 40 regional sites should be created by 2028.", "modal_be")
    assert "Another 40 regional sites to be created by 2028" in found


def test_process_noun_of_a_step_to_come() -> None:
    """'welcomed the initiation of a dialogue on ...', 'next steps towards a ... dialogue':
    the process noun opens a step to come."""
    found = _by_cue("The leaders welcomed the initiation of a dialogue on civil aviation. "
                    "They discussed next steps towards a Veltria-Ostmark dialogue on energy "
                    "in the spring.", "process2")
    assert any("dialogue on civil aviation" in t for t in found)
    assert any("Veltria-Ostmark dialogue on energy" in t for t in found)


def test_signing_of_is_no_process_cue() -> None:
    """'the signing of a memorandum' mostly names a paper signed at the event (dev fold
    false items 45 -> 63 with it): no process2 candidate."""
    assert not _by_cue("The leaders witnessed the signing of a memorandum of understanding "
                       "on tourism.", "process2")


def test_what_a_paper_will_do_is_no_step() -> None:
    """'The Agreement will facilitate deeper cooperation ...': what a signed paper is hoped to
    bring is no step anyone takes (GUIDELINES: optional); a step the paper sets up with
    'provide for' stays a candidate."""
    text = ("The two ministers signed an Agreement on Science. The Agreement will facilitate "
            "deeper cooperation between Veltria and Ostmark through joint research. The "
            "Memorandum will provide for the establishment of a joint laboratory in Ostburg.")
    doc = segment(text, None)
    speech = transcript_start(doc.text)
    cands = F.candidates(doc, speech, F.rule_followups(doc, speech))
    facilitate = [c for c in cands if c.text.startswith("facilitate deeper cooperation")]
    assert facilitate and all(F._says_no_step(doc.text, c) for c in facilitate)
    provide = [c for c in cands if "joint laboratory" in c.text]
    assert provide and not any(F._paper_effect(doc.text, c) for c in provide)
