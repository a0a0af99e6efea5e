"""What kind of event the release reports, from cue phrases in lexicons/visit.toml.

The release's own word wins: a named visit type ("state visit") outranks the talks held
during it, and a call is a call wherever it is mentioned in the lead. Sentences about
other events (an invitation, next year's visit) do not count.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefgen.parse.lexicon import load
from briefgen.parse.segment import Doc, Sentence

LEAD_SENTENCES = 4  # the headline plus the lead carry the release's word for the event
RANKED = ("state visit", "official visit", "working visit", "phone call", "videoconference")


@dataclass(frozen=True)
class VisitFinding:
    kind: str
    sentence: Sentence | None
    start: int
    end: int
    cue: str


@functools.cache
def _compiled() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    data = load("visit")
    cues = tuple((kind, re.compile(r"\b(?:" + "|".join(data["cues"][kind]) + r")", re.I))
                 for kind in data["order"] if kind in data["cues"])
    skip = re.compile("|".join(data["skip"]["patterns"]), re.I)
    return cues, skip


def lead(doc: Doc, n: int = LEAD_SENTENCES) -> list[Sentence]:
    """The headline (if any) and the first ``n`` sentences of the body."""
    return list(doc.sentences[: n + (1 if doc.title else 0)])


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a match, so "invited" elsewhere in a long sentence does not veto."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(".", 0, start))
    rights = [i for i in (text.find(",", end), text.find(";", end)) if i >= 0]
    return text[left + 1:min(rights) if rights else len(text)]


def classify(doc: Doc) -> VisitFinding:
    """The visit type of the main event, with the sentence and cue that decided it."""
    cues, skip = _compiled()
    sentences = lead(doc)
    best: VisitFinding | None = None
    for kind, pattern in cues:
        for s in sentences:
            for m in pattern.finditer(s.text):
                if skip.search(_clause(s.text, m.start(), m.end())):
                    continue
                found = VisitFinding(kind, s, s.start + m.start(), s.start + m.end(),
                                     f"'{m.group()}'")
                if kind in RANKED:
                    return found
                if best is None or (found.sentence.index, found.start) < (
                        best.sentence.index, best.start):  # type: ignore[union-attr]
                    best = found
                break
    if best is not None:
        return best
    return VisitFinding("other", None, 0, 0, "no visit-type cue in the lead")
