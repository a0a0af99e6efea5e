"""Agreements, follow-ups, cooperation areas, projects and outcomes, by cue phrases.

Each field has its own module; this one finds where a transcript begins (speech after
the narrative lead is quoted talk, where past agreements and courtesies abound) and
hands every module the same segmented document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.model import Agreement, FollowUp, Item, Participant
from briefgen.parse.agreements import extract_agreements
from briefgen.parse.area_model import extract_areas
from briefgen.parse.followups import extract_followups
from briefgen.parse.outcomes import extract_outcomes
from briefgen.parse.projects import extract_projects
from briefgen.parse.segment import Doc, transcript_start


@dataclass
class Items:
    agreements: list[Agreement] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    cooperation_areas: list[Item] = field(default_factory=list)
    projects: list[Item] = field(default_factory=list)
    outcomes: list[Item] = field(default_factory=list)


def speech_start(doc: Doc) -> int:
    """Offset where a transcript of speeches begins, or the end of the text."""
    return transcript_start(doc.text)


def extract_items(doc: Doc, people: list[Participant] | None = None) -> Items:
    """Classify the sentences of ``doc`` into the item lists of a visit summary."""
    speech = speech_start(doc)
    agreements = extract_agreements(doc, speech)
    return Items(
        agreements=agreements,
        cooperation_areas=extract_areas(doc, speech, agreements),
        follow_ups=extract_followups(doc, speech, agreements),
        projects=extract_projects(doc, speech),
        outcomes=extract_outcomes(doc, speech),
    )
