"""Invented release text for unit tests: the Release each parser test used to build by hand."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest import Release, release_from_bytes
from briefgen.model import VisitSummary
from briefgen.parse import parse_release


def parse_invented(text: str, published: dt.date | None,
                   title: str | None = None) -> VisitSummary:
    """The summary of invented text. A title goes on the first line as well, because a headed
    release reaches the parser that way from ingest."""
    if title:
        text = f"{title}\n\n{text}"
    return parse_release(Release(text=text, path=None, sha256="0" * 64, title=title,
                                 published=published))


# The frame tests' publication day (a Wednesday): their weekdays and "today" count from it.
FRAME_DAY = dt.date(2025, 3, 12)


def parse_frame(text: str, title: str | None = None,
                published: dt.date | None = FRAME_DAY) -> VisitSummary:
    """``parse_invented`` with the frame tests' argument order and publication day."""
    return parse_invented(text, published, title)


def people(s: VisitSummary) -> dict[str, tuple[str | None, str | None]]:
    """Participants as name -> (title, country), the two things most people tests check."""
    return {p.name: (p.title, p.country) for p in s.participants}


def agreements_of(text: str, published: dt.date | None) -> list[str]:
    """The agreements of invented text read through ingest, as the CLI reads a file (so a
    first line becomes the headline)."""
    summary = parse_release(release_from_bytes(text.encode(), "r.txt", published))
    return [a.text for a in summary.agreements]
