"""Summarize: release file(s) -> one VisitSummary, the path every command takes to a summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest import DEFAULT_MAX_BYTES, Release, load_release
from briefgen.model import VisitSummary


def summarize(
    paths: list[str] | list[Path],
    published: dt.date | None = None,
    *,
    merge: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> VisitSummary:
    """Parse one release, or several of one visit merged into one summary."""
    require_merge(len(paths), merge)
    return summarize_releases([load_release(p, published, max_bytes) for p in paths])


def require_merge(count: int, merge: bool) -> None:
    """Several releases make one summary only when the user asked for a merge (checked
    before any of them is read)."""
    from briefgen.support.errors import UsageError

    if count > 1 and not merge:
        raise UsageError("several releases given: add --merge to combine them into one summary")


def summarize_releases(releases: list[Release]) -> VisitSummary:
    """Releases already read (from files, or uploaded to the review page) -> one summary."""
    from briefgen.parse import parse_release

    summaries = [parse_release(r) for r in releases]
    if len(summaries) == 1:
        return summaries[0]
    from briefgen.review.merge import merge_summaries

    return merge_summaries(summaries)
