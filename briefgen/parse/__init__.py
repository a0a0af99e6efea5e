"""Release text -> VisitSummary, by rules and lexicons (see briefgen/parse/lexicons/)."""

from __future__ import annotations

from briefgen.ingest import Release
from briefgen.model import Source, VisitSummary


def parse_release(release: Release) -> VisitSummary:
    """Build the visit summary of one release. (Rules land here; see the parser issue.)"""
    return VisitSummary(
        title=release.title,
        source=Source(path=release.path, title=release.title, published=release.published,
                      sha256=release.sha256),
    )
