"""Round 13 (fu) follow-ups: candidates whose words say no step, and new cue shapes.
Invented text only."""

from __future__ import annotations

from briefgen.parse.followups import _says_no_step, candidates, rule_followups
from briefgen.parse.segment import segment, transcript_start


def _judged(text: str) -> dict[str, bool]:
    """Every candidate text of invented ``text`` -> whether it is dropped at run time for
    saying no step."""
    doc = segment(text)
    speech = transcript_start(doc.text)
    out: dict[str, bool] = {}
    for c in candidates(doc, speech, rule_followups(doc, speech)):
        out[c.text] = out.get(c.text, False) or _says_no_step(doc.text, c)
    return out


def _dropped(text: str, words: str) -> bool:
    """Whether every candidate holding ``words`` is dropped (and there is one)."""
    hits = {t: d for t, d in _judged(text).items() if words in t}
    assert hits, _judged(text)
    return all(hits.values())


def test_what_a_visit_will_contribute_to_is_its_effect_not_a_step() -> None:
    text = ("The ministers expressed confidence that Minister Oradel's visit would contribute "
            "to the expansion of the partnership between Veltria and Amsel.")
    assert _dropped(text, "contribute to the expansion")
    text = "Lifting the tariffs will provide a major boost to the northern farming towns."
    assert _dropped(text, "boost to the northern farming towns")


def test_a_programme_set_up_to_contribute_stays_a_step() -> None:
    # the step is the programme announced; "to contribute" is its purpose
    text = ("The two presidents announced a training programme to contribute to building "
            "peace in the Orsk valley by improving access to schools.")
    judged = _judged(text)
    kept = [t for t, d in judged.items() if "training programme" in t and not d]
    assert kept, judged
    assert not any(d for t, d in judged.items() if t.startswith("a training programme")), judged


def test_the_agenda_of_talks_ahead_is_no_step() -> None:
    # (the subject mid-text: a sentence that opens after another, not at a line's start)
    text = ("Minister Oradel arrives in Amsel on Monday. The talks are expected to focus on "
            "strengthening trade between Veltria and Amsel. Several regional matters, including "
            "river shipping, will be up for discussion.")
    assert _dropped(text, "focus on strengthening trade")
    assert _dropped(text, "up for discussion")


def test_a_party_raising_a_matter_in_talks_ahead_stays_a_candidate() -> None:
    text = ("The Prime Minister will discuss with the Amselian side the treatment of "
            "Veltrian patients in Amsel over the next three years.")
    judged = _judged(text)
    assert any("treatment of Veltrian patients" in t and not d for t, d in judged.items()), judged


def test_a_courtesy_passed_on_is_no_step() -> None:
    text = ("Ending the call, President Oradel asked the visiting minister to convey his warm "
            "greetings to the King of Amsel.")
    assert _dropped(text, "greetings")


def test_a_process_said_done_is_no_step() -> None:
    text = ("The two leaders welcomed the recent establishment of the Veltria-Amsel Chamber of "
            "Commerce in Orsk.")
    assert _dropped(text, "establishment of the Veltria-Amsel Chamber")
    text = ("The two leaders welcomed the planned establishment of a Veltria-Amsel Chamber of "
            "Commerce in Orsk next year.")
    judged = _judged(text)
    assert any("establishment of a Veltria-Amsel Chamber" in t and not d
               for t, d in judged.items()), judged


def test_a_step_with_no_object_is_no_step() -> None:
    text = ("Veltria and Amsel agreed to speed up work and open the Orsk border crossing to "
            "lorries by June.")
    judged = _judged(text)
    assert judged.get("speed up work") is True, judged
    assert any("open the Orsk border crossing" in t and not d for t, d in judged.items()), judged
    assert not any(t.endswith("speed up work") and not d for t, d in judged.items()), judged
