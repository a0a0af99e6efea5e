"""Agreements, follow-ups, cooperation areas, projects and outcomes, by cue phrases."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.model import Agreement, FollowUp, Item, Participant
from briefgen.parse.segment import Doc


@dataclass
class Items:
    agreements: list[Agreement] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    cooperation_areas: list[Item] = field(default_factory=list)
    projects: list[Item] = field(default_factory=list)
    outcomes: list[Item] = field(default_factory=list)


def extract_items(doc: Doc, people: list[Participant] | None = None) -> Items:
    """Classify the sentences of ``doc`` into the item lists of a visit summary."""
    return Items()
