"""Writers lay out a composed Memo; each knows only briefgen.memo and briefgen.theme.

``render_docx`` (python-docx) and ``render_pdf`` (ReportLab) live in their own modules so
that importing one never pays for the other's library. The helpers here are what both
share: turning release text into safe literal text, and reading the memo's fixed date
that makes output bytes reproducible.
"""

from __future__ import annotations

import datetime as dt
import re

# XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates and U+FFFE/U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """Literal text safe for any XML/PDF writer: invalid controls gone, newlines as \\n."""
    return _XML_INVALID.sub("", _NEWLINES.sub("\n", text))


def memo_datetime(created: str) -> dt.datetime:
    """The memo's fixed timestamp (UTC) as a datetime; falls back to 2000-01-01 if unreadable.

    Writers take every date they stamp from here, never from the clock, so the same memo
    gives the same bytes in any time zone.
    """
    try:
        value = dt.datetime.fromisoformat(created.strip().replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def column_weights(table: object, ncols: int) -> list[float]:
    """Relative column widths from text lengths, shared so DOCX and PDF tables match.

    Long columns get more room, but no column drops below half an even share, so a short
    "Due" column is never squeezed into one character per line.
    """
    from briefgen.memo import plain

    lengths = [4.0] * ncols
    for row in (table.header, *table.rows):  # type: ignore[attr-defined]
        for i, cell in enumerate(row[:ncols]):
            lengths[i] = max(lengths[i], min(float(len(plain(cell))), 60.0))
    total = sum(lengths)
    floor = 0.5 / ncols
    weights = [max(floor, length / total) for length in lengths]
    scale = sum(weights)
    return [w / scale for w in weights]
