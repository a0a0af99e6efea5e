"""What the DOCX and PDF renderers share; each knows only briefgen.memo and compose.theme.

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


def xml_escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils.escape drags in urllib at import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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


def column_weights(table: object, ncols: int, capacity: float = 90.0) -> list[float]:
    """Relative column widths, shared so the DOCX and PDF tables look alike.

    ``capacity`` is about how many characters fit across the full table. Every column
    gets room for its longest word (no word is broken), short columns ("#", "Due", a
    name) room for their longest cell so they do not wrap; what is left goes to the long,
    wrapping columns in proportion to their text.
    """
    from briefgen.memo import plain

    longest = [1.0] * ncols
    word = [1.0] * ncols
    for row in (table.header, *table.rows):  # type: ignore[attr-defined]
        for i, cell in enumerate(row[:ncols]):
            text = plain(cell)
            longest[i] = max(longest[i], float(len(text)))
            word[i] = max([word[i], *(float(len(w)) for w in text.split())])
    pad = 3.0  # cell padding, in characters
    short = min(24.0, capacity / (ncols + 1))
    need = [max(min(length, short), min(w, capacity / 2)) + pad
            for length, w in zip(longest, word, strict=True)]
    spare = capacity - sum(need)
    extra = [max(0.0, length + pad - n) for length, n in zip(longest, need, strict=True)]
    if spare > 0 and sum(extra) > 0:
        grow = min(1.0, spare / sum(extra))
        need = [n + e * grow for n, e in zip(need, extra, strict=True)]
    total = sum(need)
    return [n / total for n in need]
