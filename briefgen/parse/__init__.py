"""Release text -> VisitSummary, by rules and lexicons (see briefgen/parse/lexicons/)."""

from __future__ import annotations

from briefgen.ingest import Release
from briefgen.model import Source, VisitSummary
from briefgen.parse.items import extract_items
from briefgen.parse.segment import segment


def parse_release(release: Release) -> VisitSummary:
    """Build the visit summary of one release."""
    doc = segment(release.text, release.title)
    items = extract_items(doc, [])
    return VisitSummary(
        title=release.title,
        agreements=items.agreements,
        follow_ups=items.follow_ups,
        cooperation_areas=items.cooperation_areas,
        projects=items.projects,
        outcomes=items.outcomes,
        source=Source(path=release.path, title=release.title, published=release.published,
                      sha256=release.sha256),
    )
