"""Round 5 follow-up candidates: modal and attitude cues, announced steps, and the "long"
wording of an object. Invented sentences only, no corpus text."""

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


def test_a_modal_step_is_a_candidate() -> None:
    got = cands("We could also expand the training scheme for veterinary inspectors at the "
                "Tartu institute.")
    assert any(c.cue == "modal" and c.text.startswith("expand the training scheme")
               for c in got)


def test_a_modal_of_saying_is_no_candidate() -> None:
    got = cands("We can say that the talks were frank and useful.")
    assert not any(c.cue == "modal" for c in got)


def test_being_in_favour_of_a_step_is_a_candidate() -> None:
    got = cands("Both governments are in favour of developing a common register of "
                "seafarers' certificates.")
    assert any(c.cue == "favour" and "common register" in c.text for c in got)


def test_an_announced_step_is_a_candidate() -> None:
    got = cands("The ministers announced a joint fund for coastal research in the Baltic "
                "region.")
    assert any(c.cue == "announced" and c.text.startswith("a joint fund") for c in got)


def test_the_long_wording_keeps_the_purpose_and_the_year() -> None:
    got = cands("The two leaders agreed to open three new trade offices to support at least "
                "forty small exporters in 2027 in sectors such as dairy and timber.")
    short = [c for c in got if c.cue == "agreed" and variant(c) == "obj"]
    long = [c for c in got if c.cue == "agreed" and variant(c) == "long"]
    assert short and all("2027" not in c.text for c in short)
    assert long and long[0].text.startswith("open three new trade offices")
    assert "2027" in long[0].text


def test_the_long_wording_stops_at_a_strong_break() -> None:
    got = cands("The two sides agreed to set up a working group on river pilotage that would "
                "meet every quarter in Narva and in Tartu; the ministers will report to the "
                "leaders.")
    long = [c for c in got if variant(c) == "long"]
    assert long and all("report" not in c.text for c in long)


def test_a_release_keeps_an_agreed_step_with_its_year() -> None:
    text = ("Prime Minister Anna Lind of Estonia met President Tomas Varga of Hungary in "
            "Budapest on 4 May 2026.\n\nThe two leaders agreed to open three new trade offices "
            "to support at least forty small exporters in 2027 in sectors such as dairy and "
            "timber. President Varga accepted an invitation to visit Tallinn next year.\n")
    summary = parse_release(Release(text=text, path=None, sha256="0" * 64,
                                    published=dt.date(2026, 5, 4)))
    got = [f.text for f in summary.follow_ups]
    assert any("trade offices" in t for t in got)
    assert any("Tallinn" in t for t in got)


def test_an_invitation_to_be_chief_guest_is_an_invitation_with_its_acceptance() -> None:
    text = ("Talks in Valdora\n\nPrime Minister Ines Karo held talks with Prime Minister Teo "
            "Varn in Valdora on 3 April 2026. Prime Minister Karo extended an invitation to "
            "Prime Minister Varn to be the Chief Guest at the Independence Day celebrations "
            "in March 2027, which was accepted.")
    s = parse_release(Release(text=text, path=None, sha256="0" * 64,
                              published=dt.date(2026, 4, 3)))
    got = [f.text for f in s.follow_ups]
    assert any(t.startswith("invitation to Prime Minister Varn to be the Chief Guest")
               and t.endswith("accepted") for t in got), got
