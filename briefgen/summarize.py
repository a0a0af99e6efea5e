"""Summarize: release file(s) -> one VisitSummary, the path every command takes to a summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest import DEFAULT_MAX_BYTES, load_release
from briefgen.model import VisitSummary


def summarize(
    paths: list[str] | list[Path],
    published: dt.date | None = None,
    *,
    merge: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> VisitSummary:
    """Parse one release, or several of one visit merged into one summary."""
    from briefgen.parse import parse_release
    from briefgen.support.errors import UsageError

    if len(paths) > 1 and not merge:
        raise UsageError("several releases given: add --merge to combine them into one summary")
    summaries = [parse_release(load_release(p, published, max_bytes)) for p in paths]
    if len(summaries) == 1:
        return summaries[0]
    from briefgen.review.merge import merge_summaries

    return merge_summaries(summaries)
