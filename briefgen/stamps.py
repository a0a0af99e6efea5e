"""A date standing alone on a line: the publication stamp a page prints above or under its
headline ("Friday, 27 November 2026", "27.11.2026 14:35"). Ingest takes the release's day
from it when none is given; segment keeps one above the headline from being read as the
headline. Its own module because both read it and parse imports ingest."""

from __future__ import annotations

import datetime as dt
import re

_LINE_MAX = 160  # characters: a longer line is never a stamp, and is never tried
_TOP_LINES = 15  # a stamp stands among a page's first lines

# a line that is only a date, perhaps with its weekday and a time: "Friday, 27 November
# 2026", "November 27, 2026", "27.11.2026 14:35", "2026-11-27"
_DATE_LINE = re.compile(
    r"(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]*)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\.?[ \t]+(?P<m1>[a-z]{3,9})\.?,?[ \t]+(?P<y1>\d{4})"
    r"|(?P<m2>[a-z]{3,9})\.?[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})[./](?P<n3>\d{1,2})[./](?P<y3>\d{4})\.?"
    r"|(?P<y4>\d{4})-(?P<n4>\d{1,2})-(?P<d4>\d{1,2}))"
    r"(?:,?[ \t]*(?:[-–|][ \t]*)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?)?\.?")
_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def date_line(line: str) -> dt.date | None:
    """The date of a line that holds nothing else (a page's publication stamp)."""
    m = _DATE_LINE.fullmatch(line.strip()) if len(line) <= _LINE_MAX else None
    if not m:
        return None
    if m["m1"] or m["m2"]:
        month = _MONTH_NUMBERS.get((m["m1"] or m["m2"])[:3].lower())
        day, year = m["d1"] or m["d2"], m["y1"] or m["y2"]
    else:
        month = int(m["n3"] or m["n4"])
        day, year = m["d3"] or m["d4"], m["y3"] or m["y4"]
    try:
        return dt.date(int(year), month, int(day)) if month else None
    except ValueError:
        return None


def first_date_line(text: str) -> dt.date | None:
    """The date of the first date-only line among the first lines of ``text``."""
    for line in text.lstrip().split("\n", _TOP_LINES)[:_TOP_LINES]:
        if (day := date_line(line)) is not None:
            return day
    return None
