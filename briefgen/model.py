"""The visit summary: the contract between parsing and rendering.

Everything the parser finds lands here, and everything a template shows comes from here,
so a person can edit this model (as YAML) between the two halves. Items accept a plain
string where a mapping is expected because that is what people type when they edit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

VisitType = Literal[
    "state visit",
    "official visit",
    "working visit",
    "talks",
    "meeting",
    "phone call",
    "videoconference",
    "summit",
    "other",
]
VISIT_TYPES: tuple[str, ...] = VisitType.__args__  # type: ignore[attr-defined]


class _Strict(BaseModel):
    # forbid unknown keys so a typo in an edited YAML is reported, not silently dropped
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Evidence(_Strict):
    """Where an item came from, so a reviewer can check it against the release."""

    source: int = Field(0, description="Index into [summary.source, *summary.other_sources].")
    sentence: int = Field(..., ge=0, description="Index of the sentence in the release text.")
    start: int = Field(..., ge=0, description="Character offset of the span in the release text.")
    end: int = Field(..., ge=0, description="End offset (exclusive) of the span.")
    quote: str = Field("", description="The source sentence, verbatim.")
    cue: str | None = Field(None, description="The cue phrase or rule that produced the item.")


class Item(_Strict):
    """One extracted statement: an outcome, a cooperation area or a project."""

    text: str
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"text": value} if isinstance(value, str) else value


class Agreement(Item):
    """A document signed, adopted or exchanged during the event."""

    kind: str | None = Field(None, description="memorandum, agreement, declaration, ...")
    parties: list[str] = Field(default_factory=list)


class FollowUp(Item):
    """Something someone can act on after the event."""

    kind: str | None = Field(None, description="invitation, proposal, meeting, instruction, ...")
    owner: str | None = Field(None, description="Who is to act, where the release says.")
    due: str | None = Field(None, description="Deadline or planned time, as written.")


class Participant(_Strict):
    name: str
    title: str | None = None
    country: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Location(_Strict):
    city: str | None = None
    country: str | None = None


class Source(_Strict):
    path: str | None = None
    title: str | None = None
    published: dt.date | None = None
    sha256: str | None = None


class VisitSummary(_Strict):
    """A structured account of one visit, call or meeting."""

    title: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    location: Location = Field(default_factory=Location)
    visit_type: VisitType | None = None
    countries: list[str] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    outcomes: list[Item] = Field(default_factory=list)
    follow_ups: list[FollowUp] = Field(default_factory=list)
    cooperation_areas: list[Item] = Field(default_factory=list)
    projects: list[Item] = Field(default_factory=list)
    source: Source = Field(default_factory=Source)
    other_sources: list[Source] = Field(
        default_factory=list, description="Further releases merged into this summary."
    )
    conflicts: list[str] = Field(
        default_factory=list, description="Disagreements between merged releases."
    )

    @property
    def all_sources(self) -> list[Source]:
        return [self.source, *self.other_sources]


def json_schema() -> dict[str, Any]:
    return VisitSummary.model_json_schema()
