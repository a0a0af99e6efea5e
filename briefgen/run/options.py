"""Command options read the same way wherever a person gives them: the CLI and the review
page both take a publication date as text, and both refuse a bad one with these words."""

from __future__ import annotations

import datetime as dt

from briefgen.support.errors import UsageError


def parse_date(value: str | None, option: str) -> dt.date | None:
    """``YYYY-MM-DD`` for ``option``, or None when none was given."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: expected YYYY-MM-DD, got {value!r}") from None
