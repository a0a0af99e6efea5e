"""The date of the main event: explicit dates, ranges, and days relative to publication.

A release reports a recent event, so an explicit date far from the publication date is
some other event ("the agreement of 23 December 1994") and is passed over. "Today" counts
only near a word for the event ("met today", "today's talks"), not in "what matters today".
A visit of several days is dated by the day given for its talks, else by its first day.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from briefgen.parse.gated import Screened
from briefgen.parse.segment import Doc, Sentence, per_release, resliced

# --- a headline in capitals read as the same headline in Title Case ------------------------------
# Some issuers set the headline in capitals ("STATE VISIT OF THE PRESIDENT TO JAPAN"); the
# frame's patterns read names, months and cue words by their case, so the frame stages read
# such a headline in Title Case, which loses nothing on text written so (every headline of
# the corpus recased to Title Case gave the same date, type and place). Offsets are kept:
# each word keeps its length, so evidence spans still index the release.
_SMALL_WORDS = frozenset(
    "a an the of to in on at for and or nor but with by from as via into onto upon over under "
    "during after before between among amid about against than per vs".split())
# acronyms a headline keeps in capitals: states and bodies by their initials, offices
_ACRONYMS = frozenset(
    "US USA UK UAE EU UN PM FM DPRK PRC ROK KSA DRC ASEAN NATO APEC BRICS CIS CSTO EAEU GCC "
    "OSCE SCO AU OAS OIC SAARC BIMSTEC CARICOM MERCOSUR ECOWAS IAEA WTO WHO IMF OPEC G MOU "
    "MOUS MOUs CEO ICT AI".split())
# lower-case joints of hyphenated place names: "Port-au-Prince", "Rostov-on-Don"
_HYPHEN_SMALL = frozenset({"au", "on", "e", "de", "du", "la", "en", "sur"})
_LETTERS = re.compile(r"[^\W\d_]+")
TITLE_CASE_MAX = 400  # characters of a headline recased at most


def _title_case(headline: str) -> str:
    """``headline``, written in capitals, in Title Case; each word keeps its length."""
    out: list[str] = []
    last = 0
    for m in _LETTERS.finditer(headline):
        word, before = m.group(), headline[max(0, m.start() - 1):m.start()]
        after = headline[m.end():m.end() + 1]
        low = word.lower()
        if before in ("'", "’") or before.isdigit() or before == "-" and low in _HYPHEN_SMALL:
            new = low  # "CHINA’S" -> "China’s", "21ST" -> "21st", "Port-au-Prince"
        elif word in _ACRONYMS or (len(word) == 1 and after == "."):
            new = word  # "USA", "U.S."
        elif low in _SMALL_WORDS and headline[:m.start()].strip(" \t\"'“‘:-–—"):
            new = low
        else:
            new = word[:1] + low[1:]
        out.append(headline[last:m.start()])
        out.append(new if len(new) == len(word) else word)
        last = m.end()
    out.append(headline[last:])
    return "".join(out)


def _recased(doc: Doc) -> Doc:
    """``doc`` with a headline written wholly in capitals recased to Title Case (in the text
    where it stands there, in its sentences and as the title); any other ``doc`` as it is."""
    title = doc.title
    if (not title or len(title) > TITLE_CASE_MAX or any(c.islower() for c in title)
            or sum(c.isalpha() for c in title) < 4):
        return doc
    recased = _title_case(title)
    if recased == title:
        return doc
    at = doc.text.find(title, 0, TITLE_CASE_MAX + len(title))
    if at < 0:
        return Doc(doc.text, doc.sentences, recased)
    stop = at + len(title)
    text = doc.text[:at] + recased + doc.text[stop:]
    return Doc(text, resliced(doc.sentences, text, at, stop), recased)


# --- a hard-wrapped text read as running lines ---------------------------------------------------
# Text wrapped at a fixed width (mail, plain-text archives) breaks phrases across lines
# ("Kuala\nLumpur", "video\nconference", "today's\nsummit"), which the frame's patterns
# read with a space. In such a text (several lines running on into a lower-case word; none
# of the corpus releases is wrapped so) a line break after a long line is read as a space;
# a short line (a heading, a dateline) keeps its break. Offsets are kept.
_LOWER_AFTER_BREAK = re.compile(r"\n[ \t]*[a-z]")
_LETTER_BEFORE = re.compile(r"[^\W\d][ \t]*$")


def _runs_on(text: str, at_least: int) -> bool:
    """Whether at least ``at_least`` lines of ``text`` run on into a lower-case word."""
    found = 0
    for m in _LOWER_AFTER_BREAK.finditer(text):
        if _LETTER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            found += 1
            if found >= at_least:
                return True
    return False
WRAPPED_LINES = 2  # lines running on that mark a hard-wrapped text
WRAP_LINE = 40  # characters of a line before a break read as a space
_WRAP_BREAK = re.compile(r"(?<=[^\n]{" + str(WRAP_LINE) + r"})\n(?=[ \t]*\S)")


def _unwrapped(doc: Doc) -> Doc:
    """``doc`` with the breaks of a hard-wrapped text read as spaces (see above)."""
    if not _runs_on(doc.text, WRAPPED_LINES):
        return doc
    text = _WRAP_BREAK.sub(" ", doc.text)
    if text == doc.text:
        return doc
    return Doc(text, resliced(doc.sentences, text, 0, len(text)), doc.title)


# no-break spaces, as text taken from web pages writes them inside names and dates
# ("Da\u00a0Nang", "5\u00a0March"): the patterns read a plain space
_NO_BREAK = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


def _plain_spaces(doc: Doc) -> Doc:
    """``doc`` with no-break spaces read as spaces (offsets kept)."""
    if doc.text.isascii() or not any(c in doc.text for c in "\u00a0\u202f\u2007"):
        return doc
    text = doc.text.translate(_NO_BREAK)
    title = doc.title.translate(_NO_BREAK) if doc.title else doc.title
    return Doc(text, resliced(doc.sentences, text, 0, len(text)), title)


@per_release
def readable(doc: Doc) -> Doc:
    """``doc`` as the frame stages read it: no-break spaces as spaces, a headline in
    capitals in Title Case, a hard-wrapped text's line breaks as spaces; each the same
    length, so every offset holds."""
    return _unwrapped(_recased(_plain_spaces(doc)))

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
# the weekday names as a regex alternation, for the patterns that read a day's name
_DAY_NAMES = "|".join(d.capitalize() for d in WEEKDAYS)

# a full month name in lower case, as some agencies type it ("10 march 2025", "06 de june
# de 2022"; not "may", the verb)
_LOWER_MONTHS = (r"(?:january|february|march|april|june|july|august|september|october|"
                 r"november|december)(?![a-z])")
# a month's name, also in capitals as datelines and headings set it ("24 OCTOBER 2012")
_M = (r"(?P<{}>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|"
      r"(?<![A-Za-z])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*|"
      r"(?<![A-Za-z])" + _LOWER_MONTHS + r")\.?)")
_D = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
# (also after a slash, as some agencies write a dateline: "January 10/2019")
_Y = r"(?:(?:,?\s+(?:de\s+)?|/)(?P<{}>(?:19|20)\d\d))?"
_DASH = r"\s*(?:[-‑–—]|(?:to|and|until)(?:\s+the)?)\s*"  # "15th to the 20th of May"
_PATTERNS = [
    # 30 September - 1 October 2013
    re.compile(_D.format("d1") + r"\s+" + _M.format("m1") + _DASH + _D.format("d2") + r"\s+"
               + _M.format("m2") + _Y.format("y")),
    # September 30 - October 1, 2013
    re.compile(_M.format("m1") + r"\s+" + _D.format("d1") + _DASH + _M.format("m2") + r"\s+"
               + _D.format("d2") + _Y.format("y")),
    # October 31 - 4 November 2016 (the two halves written each its own way)
    re.compile(_M.format("m1") + r"\s+" + _D.format("d1") + _DASH + _D.format("d2") + r"\s+"
               + _M.format("m2") + _Y.format("y")),
    # 16-18 March 2015
    # (also with a weekday before the second day: "3 to Friday 6 March")
    re.compile(r"(?<![\d.])" + _D.format("d1") + _DASH + r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
               r"Satur|Sun)day,?\s+)?" + _D.format("d2") + r"\s+(?:of\s+)?"
               + _M.format("m1") + _Y.format("y")),
    # May 22-23, 2024
    re.compile(_M.format("m1") + r"\s+" + _D.format("d1") + _DASH + _D.format("d2")
               + r"(?![\d])" + _Y.format("y")),
    # from 13 - June 16, 2005: a range whose month a date-format conversion moved behind its
    # second day (day-first text rewritten month first one date at a time): June 13-16
    re.compile(r"\b(?P<moved>from|between)\s+" + _D.format("d1") + _DASH + _M.format("m1")
               + r"\s+" + _D.format("d2") + r"(?![\d:])" + _Y.format("y")),
    # 24 October 2012 / 24th of October
    re.compile(r"(?<![\d.])" + _D.format("d1") + r"\s+(?:of\s+|de\s+)?" + _M.format("m1")
               + _Y.format("y")),
    # May 23, 2024
    re.compile(_M.format("m1") + r"\s+" + _D.format("d1") + r"(?![\d:])" + _Y.format("y")),
    # 23-May-2024: the form some web pages print their dates in
    re.compile(r"(?<![\d.])" + _D.format("d1") + r"-" + _M.format("m1")
               + r"-(?P<y>(?:19|20)\d\d)(?!\d)"),
    # 2024-05-23
    re.compile(r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"),
    # 23.05.2024 (day first, as European and Central Asian releases write it)
    # (and 2024.05.23, year first, as Korean and Chinese releases write it)
    re.compile(r"(?<![\d.])(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.(?P<ny>(?:19|20)\d\d)(?![\d.]\d)|"
               r"(?<![\d.])(?P<dy>(?:19|20)\d\d)\.(?P<dm>[01]?\d)\.(?P<dd>[0-3]?\d)(?![\d.]\d)"),
    # 11/03/2025: day first in Indonesian and most Asian releases, month first in American
    # ones; the reading nearer the publication date wins
    # (also 11-03-2025, and 2025/03/11 year first as Japanese and Chinese releases write it)
    re.compile(r"(?<![\d/-])(?P<sa>[0-3]?\d)(?P<sep>[/-])(?P<sb>[0-3]?\d)(?P=sep)"
               r"(?P<sy>(?:19|20)\d\d)(?![\d/-])|(?<![\d/])(?P<yy>(?:19|20)\d\d)/"
               r"(?P<ym>[01]?\d)/(?P<yd>[0-3]?\d)(?![\d/])"),
]
# Month names of the languages whose issuers write a dateline in their own language above an
# English text ("Brasília, 12 de fevereiro de 2026", "Paris, le 3 mars 2025", "Roma, 5 maggio
# 2025", "Wien, 12 Februar 2025"); read only with a day before and a year after them.
FOREIGN_MONTHS = {
    **dict.fromkeys(("janeiro", "enero", "janvier", "gennaio", "januar", "jänner"), 1),
    **dict.fromkeys(("fevereiro", "febrero", "février", "fevrier", "febbraio", "februar"), 2),
    **dict.fromkeys(("março", "marco", "marzo", "mars", "märz"), 3),
    **dict.fromkeys(("abril", "avril", "aprile"), 4),
    **dict.fromkeys(("maio", "mayo", "mai", "maggio"), 5),
    **dict.fromkeys(("junho", "junio", "juin", "giugno", "juni"), 6),
    **dict.fromkeys(("julho", "julio", "juillet", "luglio", "juli"), 7),
    **dict.fromkeys(("agosto", "août", "aout"), 8),
    **dict.fromkeys(("setembro", "septiembre", "setiembre", "settembre"), 9),
    **dict.fromkeys(("outubro", "octubre", "octobre", "ottobre", "oktober"), 10),
    **dict.fromkeys(("noviembre",), 11),
    **dict.fromkeys(("dezembro", "diciembre", "décembre", "decembre", "dicembre", "dezember"), 12),
}
_PATTERNS.append(re.compile(
    r"(?<![\d.])(?P<d1>[0-3]?\d)(?:º|°|er|\.)?\s+(?:de\s+)?(?P<m1>(?i:"
    + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + r"))\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"))
_FOREIGN_MONTH = re.compile(r"(?i:" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
                            + r")\b")
_WORDED = len(_PATTERNS) - 4  # the patterns above that need a month word (all but the last four)
# Substrings each pattern above needs (one of them at least): a cheap pre-test, since
# every sentence with a digit reaches the patterns.
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


_LOWER_MONTH = re.compile(_LOWER_MONTHS)


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """The patterns of ``_PATTERNS`` that can match in ``text`` (a month word or the
    separator each needs is in it), in their order."""
    month = any(stem in text for stem in _MONTH_STEMS) or bool(_LOWER_MONTH.search(text))
    needs = (*[month] * _WORDED, "-" in text, "." in text, "/" in text or "-" in text,
             "20" in text or "19" in text)
    return [pat for pat, need in zip(_PATTERNS, needs, strict=True) if need]

# a capitalised word before a capitalised "Today" inside a sentence: a news outlet's name
# ("Taiwan Today", "USA TODAY", "Gulf Today"), not the day (a sentence's own opening "Today,"
# has no word before it)
_OUTLET_BEFORE = re.compile(r"(?<![.!?:;]\s)\b[A-Z][A-Za-z]+\s+$")
OUTLET_BEFORE = 30  # characters before "Today" read for the outlet's first word
_RELATIVE = re.compile(
    r"\b(?P<rel>today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|"
    r"the day before yesterday|tomorrow)(?P<poss>['’]s)?\b", re.I)
_WEEKDAY = re.compile(r"\b(?P<pre>(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<wd>" + _DAY_NAMES
                      + r")\b")
_EVENT = re.compile(
    r"\b(?:met|meet|meeting|meetings|talks|visit|visited|signed|signing|sign|summit|"
    r"conversation|call|welcomed|welcome|hosted|discuss|discussed|discussions|concluded|"
    r"agreed|witnessed|held|negotiations|statement|ceremony|received|arrived|adopted|"
    r"communiqu[eé]|declaration|spoke|speak|talked|phone|telephone|conversation|call|"
    r"videoconference|summit|forum|convened|conference|consultations|consulted|negotiated|"
    r"meets|visits|visiting|chaired|co-chaired|chairs|co-chairs|attended|participated|"
    # the present tense of receiving a guest, as many presidencies write it: "X hosts Y"
    r"hosts|hosting|receives|receiving|welcomes|welcoming|"
    r"dialogue|session|"
    # a meal, an audience or an exchange of views with the guest
    r"lunch|luncheon|dinner|breakfast|banquet|audience|exchanged)\b", re.I)
_NOT_RELATIVE_BEFORE = re.compile(r"(?:\bsince|\bscheduled for|\buntil|\bby)\s*$", re.I)
_OPENING = re.compile(r"\W*")  # nothing but punctuation before: "Today, ..." opens the sentence
# "the decree of 5 May" is another day, "on the afternoon of 9 June" the event's
_NOT_EVENT_BEFORE = re.compile(r"(?:(?<!morning )(?<!afternoon )(?<!evening )(?<!night )\bof|"
                               r"\bsince|\bin late|\bin early|\bscheduled for|"
                               r"\bby|\bbefore|\buntil|"
                               # a term or deadline, no event: "the transition period ends 31
                               # December", "effective from 1 January", "expires on 5 May"
                               r"\b(?:ends|expires|expiring|lapses)(?: on)?|"
                               r"\beffective(?: from| as of| on)?|\bdeadline(?: of)?|"
                               r"\binto force(?: on)?|"
                               # the page's own metadata: "Published on 7 March 2026"
                               r"\b(?:published|updated?|posted)(?: on)?:?)\s*$", re.I)
# a day in a clause about another event the talks looked back or ahead to: "discussed the
# results of the Commission meeting held in Brussels on 10 January", "preparations for the
# summit on 24 June"
_OTHER_EVENT_CLAUSE = re.compile(r"\b(?:results?|follow[- ]up|preparations?|"
                                 r"implementation)\s+(?:of|to|for)\b[^,;]*$|"
                                 # the history of the ties: "established diplomatic relations
                                 # on November 30, 1966"
                                 r"\b(?:established|establishment\s+of)\s+(?:\w+\s+){0,2}?"
                                 r"relations\b[^,;]*$", re.I)
BEFORE_CHARS = 40  # the words read before a day ("the decree of", "since"): a bounded window
WINDOW_BEFORE = 7  # days: an event dated earlier than this before publication is another one
# ...except in the opening sentences, which date the main event even when the release was
# (re)published weeks later
LEAD_WINDOW_BEFORE = 45
LEAD_DATED = 3
HEADINGS = 3  # headings in capitals below the headline that do not use up the lead
# a sentence that is only a date, the page's filing stamp on a line of its own ("Sunday 4
# February 2024", "March 3, 2025"): like a heading, it does not use up the lead
DATE_ONLY = re.compile(r"\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                       r"(?:[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+(?:19|20)\d\d|"
                       r"[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\W*")
FRAGMENT_WORDS = 4  # a sentence of fewer words is a fragment
_WORD = re.compile(r"[^\W\d_]{2,}")
# the same words in a text of ASCII only, where a letter is [A-Za-z]: a class re tests
# faster than the Unicode one (fragment() runs on every sentence, four steps over)
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


@functools.lru_cache(maxsize=256)
def fragment(text: str) -> bool:
    """A sentence too short to say anything of the event, which does not use up a lead: a
    page's furniture ("Skip to menu"), a stamp ("Sunday 4 February 2024", "Published:
    2022-09-14 12:00:34 BdST"), an exclamation ("Ukrainians!"): fewer than FRAGMENT_WORDS
    words, or fewer than FRAGMENT_WORDS - 1 words of letters.

    Remembered by its text (a pure test of the characters): the date, place and visit
    stages each ask it of the same lead sentences, about 45 asks of some 20 sentences a
    release, and each answer costs several scans."""
    words = (_ASCII_WORD if text.isascii() else _WORD).findall(text)
    return (len(text.split()) < FRAGMENT_WORDS or DATE_ONLY.fullmatch(text) is not None
            or len(words) < FRAGMENT_WORDS - 1
            # a sentence in another language, as a bilingual page's notices above the
            # English text ("Úsáidimid fianáin ..."): none of English's commonest words
            or len(words) >= FOREIGN_WORDS and not any(w.lower() in _ENGLISH for w in words)
            or _menu(text)
            or len(words) < SITE_WORDS and _SITE.search(text) is not None
            and not _EVENTISH.search(text))


MENU_LINES = 3  # lines a block of a page's menu has at least
# a sentence about the website itself, not the event: a government site's banner ("Official
# websites use .gov", "Secure .gov websites use HTTPS"), "Close this search box.",
# "Printer Friendly Version", "This website uses cookies", "Welcome to the official website"
# (screened: asked of nearly every sentence, found in almost none)
_SITE = Screened(re.compile(r"\bwebsites?\b|\.gov\b|\bHTTPS\b|\bsearch\s+box\b|"
                            r"\bprinter[- ]friendly\b|\bcookies\b|\bjavascript\b|"
                            r"\bweb\s+browser\b", re.I))
SITE_WORDS = 20  # words of letters a sentence about the site has at most
# (a sentence that also tells of the event is none: "the ministry's website said the two
# ministers met today")
_EVENTISH = re.compile(r"\b(?:met|meets|held|holds|received|receives|visit\w*|talks|signed|"
                       r"discussed|spoke|called)\b", re.I)


def _menu(text: str) -> bool:
    """A block of a page's menu or masthead the segmenter read as one sentence: several
    lines of a few words each ("Governor General / Prime Minister / The Cabinet", "Friday,
    April 19, 2024 / name of Agency / English Edition"), none ending a sentence."""
    lines = [line for line in text.splitlines() if line.strip()]
    return (len(lines) >= MENU_LINES
            and all(len(line.split()) < FRAGMENT_WORDS + 1 and line.rstrip()[-1] not in ".!?"
                    for line in lines))


FOREIGN_WORDS = 6  # words a sentence needs before its language is judged
# words nearly every English sentence of some length has, and other languages written in
# Latin letters do not ("an", "is", "on", "in", "die" are words of Irish, French, German)
_ENGLISH = frozenset({"the", "of", "and", "to", "with", "for", "from", "that", "this", "has",
                      "have", "was", "were", "which", "by", "their", "his", "her", "its"})
WINDOW_AFTER = 2
# a release announcing a visit dates the planned visit in its lead, up to months ahead
ANNOUNCED_AFTER = 120


@dataclass(frozen=True)
class DateFinding:
    date: dt.date
    end: dt.date | None
    sentence: Sentence
    start: int
    stop: int
    cue: str
    kind: str = "explicit"  # explicit | today | past (yesterday, a weekday)


def _month(word: str) -> int | None:
    key = word.lower().rstrip(".")
    return FOREIGN_MONTHS.get(key) or MONTHS.get(key) or MONTHS.get(key[:3])


def _make(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


YEAR_AHEAD = 60  # days: a year-less date further ahead of publication is last year's


def _year_for(month: int | None, day: int, published: dt.date | None,
              ahead: int = YEAR_AHEAD) -> int | None:
    """The year of a date written without one: the publication year, or the year before
    when that would put the event more than ``ahead`` days after publication; where a
    visit is announced (``ahead`` beyond YEAR_AHEAD), a month already well past is next
    year's."""
    if published is None or month is None:
        return None
    year = published.year
    guess = _make(year, month, day)
    if guess and guess > published + dt.timedelta(days=ahead):
        year -= 1
    elif guess and ahead > YEAR_AHEAD and guess < published - dt.timedelta(days=YEAR_AHEAD):
        later = _make(year + 1, month, day)
        if later and later <= published + dt.timedelta(days=ahead):
            year += 1  # announced in November, a visit on 20 January: next year's
    return year


def _explicit(m: re.Match[str], published: dt.date | None,
              ahead: int = YEAR_AHEAD) -> tuple[dt.date, dt.date | None] | None:
    g = m.groupdict()
    if g.get("nd"):
        day = _make(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        return (day, None) if day else None
    if g.get("dy"):
        day = _make(int(g["dy"]), int(g["dm"]), int(g["dd"]))
        return (day, None) if day else None
    if g.get("yy"):
        day = _make(int(g["yy"]), int(g["ym"]), int(g["yd"]))
        return (day, None) if day else None
    if g.get("sa"):
        a, b, year = int(g["sa"]), int(g["sb"]), int(g["sy"])
        readings = [d for d in (_make(year, b, a), _make(year, a, b)) if d is not None]
        if not readings:
            return None
        if published is not None:
            readings.sort(key=lambda d: abs((d - published).days))
        return readings[0], None
    if g.get("iso"):
        try:
            return dt.date.fromisoformat(g["iso"]), None
        except ValueError:
            return None
    m1 = _month(g["m1"])
    m2 = _month(g["m2"]) if g.get("m2") else m1
    d1 = int(g["d1"])
    d2 = int(g["d2"]) if g.get("d2") else None
    if g.get("moved") and d2 is not None and d2 <= d1:
        d1, d2 = d2, None  # "from 30 - May 2": no range of one month; the day by the month
    year = int(g["y"]) if g.get("y") else _year_for(m1, d1, published, ahead)
    if year is None:
        return None
    start = _make(year, m1, d1)
    if start is None:
        return None
    end = None
    if d2 is not None:
        end = _make(year, m2, d2)
        if end is not None and end < start:
            start = _make(year - 1, m1, d1) or start  # "30 December - 2 January 2024"
        if end is not None and end <= start:
            end = None
    return start, end


# a weekday written just before a date in figures: "on Sunday (6/5/2022)", "Sunday, 6/5/2022"
_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>" + _DAY_NAMES + r")\W{1,3}$", re.I)
WEEKDAY_BEFORE = 14  # characters before a date read for its weekday


def _by_weekday(m: re.Match[str], text: str,
                got: tuple[dt.date, dt.date | None]) -> tuple[dt.date, dt.date | None]:
    """A date in figures that reads both ways (6/5/2022: 6 May day first, 5 June month
    first) takes the reading whose weekday is the one written before it: the text's own
    weekday settles what the publication day can only guess, on any issuer's page."""
    if not m.groupdict().get("sa"):
        return got
    wd = _WEEKDAY_BEFORE.search(text, max(0, m.start() - WEEKDAY_BEFORE), m.start())
    if wd is None:
        return got
    year = int(m.group("sy"))
    day = _on_weekday(int(m.group("sa")), int(m.group("sb")), WEEKDAYS[wd.group("wd").lower()],
                      lambda month, day: year)
    return (day, None) if day is not None else got


def _on_weekday(a: int, b: int, weekday: int, year_of: Callable[[int, int], int | None],
                fits: Callable[[dt.date], bool] = lambda day: True) -> dt.date | None:
    """Of the two readings of figures a/b (day a of month b, else day b of month a), the
    first that falls on ``weekday`` and ``fits``; ``year_of(month, day)`` gives its year
    (None: no year fits). A written weekday settles which way such figures read."""
    for day, month in ((a, b), (b, a)):
        year = year_of(month, day) if month <= 12 else None
        made = _make(year, month, day) if year is not None else None
        if made is not None and made.weekday() == weekday and fits(made):
            return made
    return None


def _near_event(text: str, start: int, stop: int, width: int = 100) -> bool:
    return bool(_EVENT.search(text[max(0, start - width):stop + width]))


def _in_window(day: dt.date, published: dt.date | None, before: int = WINDOW_BEFORE,
               after: int = WINDOW_AFTER) -> bool:
    if published is None:
        return True
    return (published - dt.timedelta(days=before) <= day
            <= published + dt.timedelta(days=after))


_ANY = re.compile(r"\d|\b(?:to|yester)day|\btonight|\bthis (?:morning|afternoon|evening)|"
                  r"\blast night|day\b", re.I)


_ASCII_DIGIT = re.compile(r"[0-9]")


def _may_hold_date(text: str) -> bool:
    """``_ANY.search(text)``, answered without it where plain substrings settle it: the
    pattern is tried at every position and most sentences have no date. On ASCII text
    every branch of it but the digit needs "day", "night" or "this"."""
    if not text.isascii():
        return _ANY.search(text) is not None
    if _ASCII_DIGIT.search(text):
        return True
    low = text.lower()
    if "day" not in low and "night" not in low and "this" not in low:
        return False
    return _ANY.search(text) is not None


# "today announced", "said today": the day of the statement, not of the event
_REPORTING_AFTER = re.compile(r"\s+(?:announced|said|stated|noted|confirmed|declared)\b", re.I)
# "I am pleased to announce today": the same, with the verb first
_REPORTING_BEFORE = re.compile(r"\b(?:announce|announced|announces|state|states|stated|"
                               r"declare|declares|declared|confirm|confirms|confirmed)\s+$", re.I)
# "today's announcement": the day of the release, not of the event
_REPORT_NOUN = re.compile(r"\s+(?:announcement|statement|release|media release)\b", re.I)
# "today" meaning nowadays: a present state follows it ("Today we are the largest ...",
# "Today, our countries produce ..."), or the possessive qualifies no event ("today's world")
_NOWADAYS = re.compile(r"\s+(?!(?:[\w'’-]+\s+){0,2}?(?:talks|meeting|meetings|visit|signing|summit|"
                       r"call|conversation|negotiations|discussions?|event|ceremony|session|"
                       r"consultations|forum|conference|agreement|agreements|statement|"
                       r"declaration|decision|decisions|announcement|exchange|dialogue|meet|"
                       r"visits|joint|bilateral|official)\b)")
_NOWADAYS_STATE = re.compile(r",?\s+(?:we|they|it|there|many|most|our\s+(?:\w+\s+){0,4}?\w+)\s+"
                             r"(?:(?:are|is)(?!\s+(?:\w+ing|here|in|at|pleased|glad|happy|"
                             r"delighted|honou?red|proud|grateful)\b)|produce|remain|account|"
                             r"rank|employ|allow)\b", re.I)
# a day closing the sentence's clause dates its event however long the guest's titles run:
# "received in audience His Excellency Mr X, the Ambassador of Y, at the Palace yesterday."
_CLAUSE_END = re.compile(r"\s*(?:[.;]|,\s+(?:and|where|during|after|before)\b|$)")
CLOSING_DAY = 220  # characters before such a day that may hold the event's verb
# the days of a guest's stay, told after the event: "is on a four-day visit to X from",
# "is in the country for a working visit from the"
_STAY_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on|in\s+(?:the\s+)?(?:country|kingdom|capital)|"
                          r"here)\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
STAY = 90  # characters read before the stay's first day
# "today at 1030 hrs", "yesterday at 3 p.m.": a time of day fixes an event on that day,
# however far its verb stands ("X called on Y, Minister for ..., today at 1030 hrs")
_CLOCK_AFTER_DAY = re.compile(r",?\s+at\s+(?:[0-2]?\d[:.h]?[0-5]\d\s*(?:hrs?|hours)\b|"
                              r"[0-2]?\d(?:[:.][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs?|hours)(?!\w))",
                              re.IGNORECASE)
# a day written in brackets after a weekday or "today", as Indonesian and Brazilian
# releases write it: "on Wednesday (19/11)", "this Thursday (12)", "today (16)", and Sri
# Lanka's "this morning (14)", "yesterday (13)"
# (GUIDELINES: "today (16)" is that day of the publication's month)
_PAREN_DAY = re.compile(r"\b(?:today|yesterday|(?:this|yesterday)\s+(?:morning|afternoon|"
                        r"evening)|" + _DAY_NAMES + r")"
                        r"\s?\((?P<pd>[0-3]?\d)(?:[/.](?P<pm>[01]?\d))?\)", re.I)


def _paren_day(m: re.Match[str], published: dt.date) -> dt.date | None:
    """The day of "Wednesday (19/11)" or "today (16)": a day alone is of the publication's
    month, or of the month before when that would put it after publication."""
    day = int(m.group("pd"))
    if m.group("pm"):
        month = int(m.group("pm"))
        got = None
        named = WEEKDAYS.get(m.group().split("(")[0].strip().lower())
        if named is not None:
            # the weekday written before settles which way the figures read
            made = _on_weekday(day, month, named,
                               lambda mo, d: _year_for(mo, d, published),
                               lambda made: _in_window(made, published, LEAD_WINDOW_BEFORE))
            if made is not None:
                return made
        # day first, else month first as US-style pages write it ("Monday (11/14)"): the
        # reading near publication wins
        for d, mo in ((day, month), (month, day)):
            year = _year_for(mo, d, published) if mo <= 12 else None
            made = _make(year, mo, d) if year is not None else None
            if made is not None and _in_window(made, published, LEAD_WINDOW_BEFORE):
                return made
            got = got or made
        return got
    got = _make(published.year, published.month, day)
    if got is None or got > published + dt.timedelta(days=WINDOW_AFTER):
        prev = published.replace(day=1) - dt.timedelta(days=1)
        got = _make(prev.year, prev.month, day)
    return got


# a leading clause about what came before: "Following the call on 24 April, X met today ..."
# (places reads the same opening for a place in it)
PRIOR_OPENER = r"\W*(?:following|after|further to|in the wake of)\b"
_PRIOR_CLAUSE = re.compile(PRIOR_OPENER + r"[^,;]*$", re.I)
_AFTER_CLAUSE = re.compile(r"\b(?:following|after|in the wake of)\s+(?:the|their|his|her|its)\b"
                           r"[^,;]*$", re.I)


# a day followed by the trip it ends: "arrived in Hanoi on 29 May, concluding visits to A, B
# and C from 20 to 28 May", "returned home on Sunday after his tour of X": the return home,
# not the trip's talks (GUIDELINES: a visit of several days is dated by its first day)
_ENDS_TRIP = re.compile(r",?\s*(?:after\s+|upon\s+|on\s+)?(?:concluding|concluded|wrapping\s+up|"
                        r"ending|completing|at\s+the\s+end\s+of|after|following)\s+(?:(?:his|her|"
                        r"their|the|an?|official|state|working|successful|\w+-(?:day|nation|"
                        r"country))\s+){0,3}(?:visits?|trips?|tours?)\b", re.I)
# "held talks with X, Y and their delegations on Tuesday at the Palace": "on" and a weekday
# date the event its clause reports, however long the names between them
EVENT_CLAUSE = 300
# a future verb before a weekday in an announcement: "will visit X on Thursday", "is expected
# to host Y on Friday"
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|due|set)\s+to|"
                            r"(?:is|are)\s+to)\s+[^.;]*$", re.I)
FUTURE_BEFORE = 150
# a weekday that dates a statement about the event, not the event: "disclosed this in a
# statement on Sunday", "said in a press release on Monday"
_STATEMENT_DAY = re.compile(r"\b(?:said|disclosed|announced|stated|revealed|noted)\b[^.;]{0,30}?"
                            r"\bin\s+an?\s+(?:\w+\s+)?(?:statement|release|communiqu[eé])\s+"
                            r"(?:issued\s+)?(?:on\s+)?$", re.I)
STATEMENT_DAY = 80  # characters before a weekday read for a statement's verb
# between a weekday and the date it names: "Tuesday, 5 November", "Monday the 3rd of"
_WEEKDAY_GAP = re.compile(r",?\s{1,3}(?:the\s)?")


def _findings(sentence: Sentence, published: dt.date | None,
              before: int = WINDOW_BEFORE, after: int = WINDOW_AFTER) -> list[DateFinding]:
    text = sentence.text
    if not _may_hold_date(text):
        return []  # no digit, no relative day, no weekday: nothing to find
    out: list[DateFinding] = []
    taken: list[tuple[int, int]] = []
    for pat in _patterns_for(text):
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if (_NOT_EVENT_BEFORE.search(text[max(0, m.start() - BEFORE_CHARS):m.start()])
                    or _OTHER_EVENT_CLAUSE.search(text[max(0, m.start() - 120):m.start()])):
                continue
            if _ENDS_TRIP.match(text, m.end()):
                continue  # "arrived home on 29 May, concluding visits to A and B": the return
            # an announcement dates its visit up to ``after`` days ahead, in this year
            got = _explicit(m, published, max(YEAR_AHEAD, after))
            if got is not None and m.group().count("/") + m.group().count("-") == 2:
                got = _by_weekday(m, text, got)
            if got is None or not _in_window(got[1] or got[0], published, before, after):
                continue
            out.append(DateFinding(got[0], got[1], sentence, sentence.start + m.start(),
                                   sentence.start + m.end(), f"date '{m.group()}'"))
    if published is not None and "(" in text:
        for m in _PAREN_DAY.finditer(text):
            day = _paren_day(m, published)
            if day is None or not _in_window(day, published, before, after):
                continue
            taken.append((m.start(), m.end()))
            out.append(DateFinding(day, None, sentence, sentence.start + m.start(),
                                   sentence.start + m.end(), f"date '{m.group()}'"))
    if published is not None:
        for m in _RELATIVE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue  # "today (16)": read above
            word = m.group("rel").lower()
            before_day = text[max(0, m.start() - BEFORE_CHARS):m.start()]
            if _NOT_RELATIVE_BEFORE.search(before_day) or word == "tomorrow":
                continue
            if not m.group("poss") and re.search(r"\bof\s*$", before_day):
                continue  # "the young people of today"
            if word == "today" and m.group("rel")[0] == "T" and _OUTLET_BEFORE.search(
                    text, max(0, m.start() - OUTLET_BEFORE), m.start()):
                continue  # "According to Taiwan Today, ...", "USA TODAY": an outlet's name
            if _REPORTING_AFTER.match(text, m.end()) or _REPORTING_BEFORE.search(
                    text[max(0, m.start() - 20):m.start()]) or (
                    m.group("poss") and _REPORT_NOUN.match(text, m.end())):
                continue
            opening = _OPENING.fullmatch(text[:m.start()]) is not None
            if not (m.group("poss") or opening or _near_event(text, m.start(), m.end())
                    or _CLOCK_AFTER_DAY.match(text, m.end())
                    or _CLAUSE_END.match(text, m.end()) and _near_event(
                        text, m.start(), m.start(), CLOSING_DAY)):
                continue
            if word == "today" and (_NOWADAYS.match(text, m.end()) if m.group("poss")
                                    else _NOWADAYS_STATE.match(text, m.end())):
                continue  # "Today we are the second largest maker", "today's realities"
            back = 2 if "before" in word else 1 if word in {"yesterday", "last night"} else 0
            day = published - dt.timedelta(days=back)
            kind = "today" if back == 0 else "past"
            out.append(DateFinding(day, None, sentence, sentence.start + m.start(),
                                   sentence.start + m.end(), f"'{m.group()}' from published",
                                   kind))
        for m in _WEEKDAY.finditer(text):
            if (m.group("pre") or "").strip().lower() == "next":
                continue
            if any(a <= m.start() < b for a, b in taken):
                continue
            if _ENDS_TRIP.match(text, m.end()):
                continue  # "returned home on Sunday after his tour of X": the return
            if _STATEMENT_DAY.search(text, max(0, m.start() - STATEMENT_DAY), m.start()):
                continue  # "disclosed this in a statement on Sunday": the report's day
            gap = _WEEKDAY_GAP.match(text, m.end())
            if gap and any(a == gap.end() for a, _ in taken):
                continue  # "Tuesday, 5 November 2019": the written date's own weekday
            if _FUTURE_BEFORE.search(
                    text, max(0, m.start() - FUTURE_BEFORE), m.start()):
                # an announced visit "will arrive on Thursday": the Thursday to come
                ahead = (WEEKDAYS[m.group("wd").lower()] - published.weekday()) % 7
                out.append(DateFinding(published + dt.timedelta(days=ahead), None, sentence,
                                       sentence.start + m.start(), sentence.start + m.end(),
                                       f"weekday '{m.group('wd')}' ahead"))
                continue
            # (a weekday opening the sentence dates its report, as "Today, ..." does: "On
            # Tuesday Prime Minister X and Chancellor Y reaffirmed ...")
            if not _near_event(text, m.start(), m.end()) and not (
                    m.group("pre") and (_OPENING.fullmatch(text, 0, m.start()) or _EVENT.search(
                        text, max(0, m.start() - EVENT_CLAUSE), m.start()))):
                continue
            back = (published.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
            day = published - dt.timedelta(days=back)
            # (the publication's own weekday, said of the event, is its day as "today" is)
            out.append(DateFinding(day, None, sentence, sentence.start + m.start(),
                                   sentence.start + m.end(), f"weekday '{m.group('wd')}'",
                                   "today" if back == 0 and _near_event(
                                       text, m.start(), m.end(), 40) else "past"))
    out.sort(key=lambda f: f.start)
    if any(f.kind != "explicit" for f in out):
        # the sentence's own event is today's (or a weekday's); a date in a "Following ..."
        # clause is the earlier event it follows: "Following the call on April 24, X met
        # today ...", "X spoke on Tuesday with Y ... following the July 28 election"
        out = [f for f in out if not (f.kind == "explicit" and (
            _PRIOR_CLAUSE.fullmatch(text[:f.start - sentence.start])
            or _AFTER_CLAUSE.search(text, max(0, f.start - sentence.start - BEFORE_CHARS),
                                    f.start - sentence.start)))]
    return out


CALL_DATED = 1  # body sentences (after the headline) that may date a call
# ...unless the sentence itself names the call: "In a telephone conversation yesterday, ..."
# (a meeting held online is a call's kind: "held an online/virtual meeting with X")
_CALL_WORD = re.compile(r"\b(?:(?:tele)?phone|call|conversation|video ?conference|"
                        r"(?:online|virtual)\s+(?:meeting|talks|summit))\b", re.I)
LEAD = 6  # "yesterday" or a weekday counts only in the lead; later it is another event
# a sentence that opens with a quotation (a leader's words ahead of the report, as some
# presidencies write) does not count towards the lead
_QUOTED = re.compile(r"\s*[\"“”‘«]")


# A filing stamp: a date on a line of its own ("October 8, 2024", "Wednesday 14 May 2025")
# or followed by a clock time ("18 June 2025 16:05").
# (an ISO time stamp too: "2025-03-11T14:05:00")
# (a clock written "11h40", as Portuguese and French pages do, too)
_CLOCK_AFTER = re.compile(r"(?:T|\s*,?\s*(?:at\s+|às\s+|à\s+)?)[0-2]?\d(?:[:.]|[hH]\s?)[0-5]\d\b")
# an event's day, not a stamp, whatever time follows it: "On 14 March 2024, at 10.00 hrs."
_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")
_STAMP_REST = re.compile(r"[\W\d]*(?:(?:" + _DAY_NAMES + r"|Media|release|Press|Statement|"
                         r"Information|for|the|No|Number|Communiqu[eé]|Bulletin|News)"
                         r"[\W\d]*)*", re.I)


# A dateline opening the first paragraph: a place (perhaps with its state's abbreviation,
# "Brasília (DF)"), a comma, the date, then a dash or colon
# (after the page's clock and a bar, and with the state in brackets as agencies write it:
# "08:38 | San Francisco (U.S.), Nov. 15.", "Lima (Peru), May 3 -")
# (and with its state after a comma: "Bairiki, Kiribati, 2 March 2021 - ...")
# (after a relay's source in brackets: "(AGENCY- News Network) VIENTIANE, Oct 31 (KPL) -"; and
# a city in capitals with no comma: "GITEGA November 17th (ABP) -")
_FILING_PLACE = (r"\s*(?:\([A-Z][^()\n]{0,40}\)\s*)?(?:[0-2]?\d[:.][0-5]\d\s*\|?\s*)?"
                 r"(?:(?:[A-Z][\w.'’-]*\s*){1,4}"
                 r"(?:\([A-Z][\w.'’ ]{0,24}\)\s*)?(?:,\s*(?:[A-Z][\w.'’-]*\s*){1,4})?,\s*|"
                 r"[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}\s+)")
# (perhaps with the state in capitals after the comma: "SAMOA EMBASSY, JAPAN 23 MAY 2018:")
_DATELINE_BEFORE = re.compile(_FILING_PLACE + r"(?:[A-Z][A-Z'’-]+\s+){0,2}")
# ...or a full stop, the dateline a sentence of its own, perhaps with the issuer's handle:
# "Quito, May 9, 2025 (@presidency). Yesterday ..."
# (a newswire's double hyphen too: "Lima, March 11 (Agency) -- ...")
# (a dash glued to the next word too: "DILI, 06 June 2022 (AGENCY)—Prime Minister ...")
# (a newswire's slashes too: "OTTAWA, March 9, 2018 /CNW/ - ...", "/PRNewswire/")
_DATELINE_AFTER = re.compile(r"\s*(?:\([@A-Za-z._ -]{1,24}\)\s*|/[A-Za-z. -]{2,24}/\s*)?"
                             r"(?:-{1,3}\s|[–—]\s?|:\s|\.\s)")  # ("(ONA) --- ")


def _dateline(text: str, found: DateFinding) -> bool:
    """Whether a date opens its line after a filing place, as a dateline: "Hanoi, March 4
    (VNA) - ..." (the filing stamp, and within a visit's days the talks' day)."""
    line_start = text.rfind("\n", 0, found.start) + 1
    return bool(_DATELINE_BEFORE.fullmatch(text, line_start, found.start)
                and _DATELINE_AFTER.match(text, found.stop))


def _stamp(doc: Doc, found: DateFinding) -> bool:
    """Whether a date is the release's own filing stamp rather than the event's date."""
    if found.kind != "explicit":
        return False
    clock = _CLOCK_AFTER.match(doc.text, found.stop) is not None and not _ON_BEFORE.search(
        doc.text, max(0, found.start - 4), found.start)  # ("On 14 March 2024, at 10.00 hrs")
    if clock or _FOREIGN_MONTH.search(doc.text, found.start, found.stop):
        # (a date in the issuer's own language above an English text is its filing line,
        # "Boletín Nro. 412 - Quito, 19 de noviembre de 2026": the English lead's day wins)
        return True
    if _dateline(doc.text, found):
        return True  # "Yongsan, May 14 — President X held talks ...": the filing line
    line_start = doc.text.rfind("\n", 0, found.start) + 1
    if _DATE_LABEL.search(doc.text, max(line_start, found.start - DATE_LABEL), found.start):
        return True  # "By Office of X     Date 15 November 2022": the page's own label
    if _BYLINE.fullmatch(doc.text, line_start, found.start):
        return True  # "By: Name Surname, March 12, 2025": the writer's byline and its day
    if _SERIAL_BEFORE.fullmatch(doc.text, line_start, found.start):
        return True  # "No: 41, 16 February 2024, Press Release Regarding ...": a numbered
        # release's own day
    if _SERIAL_AFTER.match(doc.text, found.stop) or _GLUED_AFTER.match(doc.text, found.stop):
        # "(Thursday February 20th 2025 No:0214/MOI) HEADLINE": a bulletin's number; a
        # listing's "11/03/2025Deputy Prime Minister Receives ...": another item's day
        return True
    line_end = doc.text.find("\n", found.stop)
    line_end = len(doc.text) if line_end < 0 else line_end
    if _PLACE_LINE.fullmatch(doc.text, line_start, found.start) and \
            _ALONE_AFTER.fullmatch(doc.text, found.stop, line_end):
        return True  # "Brasília (DF), 12 February 2026" on a line of its own
    if found.sentence.index <= DATE_LINE_SENTENCES and _LINE_LABELS.fullmatch(
            doc.text[line_start:found.start] + " " + doc.text[found.stop:line_end]):
        return True  # "Tue 5/11/2024", "Date / 2024-11-14 / hit 2210" under the headline: the
        # page's day, which gives way to a day the lead writes for the event
    if not doc.text[line_start:found.start].strip() and _PLACE_AFTER_DAY.fullmatch(
            doc.text, found.stop, line_end):
        return True  # "March 5, 2025 - Ottawa, Ontario - Global Affairs Canada": the day, then
        # where and by whom the release was filed, a line of their own
    if _OFFICE_LINE.fullmatch(doc.text, line_start, found.start) and \
            _ALONE_AFTER.fullmatch(doc.text, found.stop, line_end):
        return True  # "Republic Of Türkiye Ministry Of Foreign Affairs 16.02.2024": the
        # issuer's name and the day it filed, a line of their own
    if _PIPE_BEFORE.search(doc.text, max(line_start, found.start - PIPE_GAP), found.start) \
            and (_ALONE_AFTER.fullmatch(doc.text, found.stop, line_end)
                 or _PIPED_CLOCK.fullmatch(doc.text, found.stop, line_end)):
        return True  # "Office of the Prime Minister - Communique | 2026-03-12": a page header
        # (also with its hour in a field of its own: "News item | 16-09-2025 | 10:15")
    if _PIPE_AFTER.match(doc.text, found.stop, line_end) and _STAMP_REST.fullmatch(
            doc.text, line_start, found.start):
        return True  # "Mar 11, 2025 | Press Releases": the header's first field
    rest = doc.text[line_start:found.start] + " " + doc.text[found.stop:line_end]
    if _LETTER.search(rest) and not _LATIN.search(rest):
        return True  # a label in another script on the date's line: the page's own date
    return _STAMP_REST.fullmatch(rest) is not None


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


# a page's label for its own date, on the date's line: "Date 15 November 2022", "Published:
# 10/03/2025" (capitalised, as a label is; prose says "the talks dated ..." in lower case)
# (also a label naming its kind of date in lower case: "Release date:", "Publication date:")
_DAY_LABELS = (r"Date|DATE|Dated|Published|PUBLISHED|Posted|Issued|"
               r"(?:[Rr]elease|[Pp]ublication|[Pp]ublishing|[Pp]osting)\s+date")
# (also glued to a date before it: "12/03/2025Published On: 13/03/2025")
_DATE_LABEL = re.compile(r"(?:\b|(?<=\d))(?:" + _DAY_LABELS
                         + r"|Updated)(?:\s+[Oo]n)?[ \t]*:?[ \t]*$")
DATE_LABEL = 24  # characters before a date read for its label
_SERIAL_AFTER = re.compile(r"\s*(?:No|Nr|Ref)\.?\s*:?\s*\d")
_SERIAL_BEFORE = re.compile(r"[ \t]*(?:No|Nr)\.?[ \t]*:[ \t]*\d{1,5}[ \t]*,[ \t]*")
_GLUED_AFTER = re.compile(r"[A-Z][a-z]")
_BYLINE = re.compile(r"[ \t]*By:?[ \t]+[A-Z][^,\n]{1,60}?,[ \t]*(?:[A-Z][a-z]+,[ \t]*)?")
# a filing line of a place (with its state's abbreviation, as Brazilian and Italian
# releases write it) and the date: "Brasília (DF), 12 February 2026", "Oslo, 3 May 2025"
# (or a dash between them: "Accra – 11 March 2025"; or nothing after a label: "Press
# Release: Bairiki Tarawa 24 February 2015")
_PLACE_LINE = re.compile(r"(?:" + _FILING_PLACE + r"|\s*(?:[A-Z][\w.'’]*\s+){1,4}[–—-]\s*"
                         r"|\s*(?:(?:Press|Media|News)\s+[Rr]elease|Statement|Communiqu[eé])"
                         r"\s*:\s*(?:[A-Z][\w.'’]*\s+){1,4})"
                         r"(?:(?:" + _DAY_NAMES + r"),?\s*)?")
_ALONE_AFTER = re.compile(r"[\W_]*")
# what may stand beside a day on a page's date line: labels, a weekday, a clock, a count
_LINE_LABELS = re.compile(r"[\W\d_]*(?:(?:Date|Posted|Published|Updated|hits?|views?|Mon|Tue|Tues|"
                          r"Wed|Thu|Thur|Thurs|Fri|Sat|Sun|" + _DAY_NAMES + r"|AM|PM|am|pm|AD|"
                          r"AH|GMT|UTC)\b[\W\d_]*)*")
DATE_LINE_SENTENCES = 4  # sentences from the top in which a date line is the page's stamp
# a filing place (and issuer) after a day that opens its line
_PLACE_AFTER_DAY = re.compile(r"[ \t]*[–—-][ \t]*(?:[A-Z][\w.'’-]*[ \t]*)+"
                              r"(?:,[ \t]*(?:[A-Z][\w.'’-]*[ \t]*)+)*(?:[–—-][ \t]*[^\n]*)?")
# an office's or a ministry's name in capitalised words, nothing else before the day
_OFFICE_LINE = re.compile(r"[ \t]*(?=[^\n]*\b(?:Ministry|Office|Department|Presidency|Secretariat|"
                          r"Embassy|Mission|Government)\b)"
                          r"(?:(?:[A-Z][\w.'’-]*|of|Of|the|The|and|for|For)[ \t]+){2,14}")
# a header line whose last field, after a pipe, is the date: the page's filing stamp in any
# issuer's words ("Press Office - Communique | 12 March 2026"); prose never sets a day so
PIPE_GAP = 4
_PIPE_BEFORE = re.compile(r"\|[ \t]*$")
_PIPE_AFTER = re.compile(r"[ \t]*\|")
_PIPED_CLOCK = re.compile(r"[ \t]*\|[ \t]*[0-2]?\d[:.][0-5]\d(?:[ \t]*[APap]\.?[Mm]\.?)?[\W_]*")


def find_event_date(doc: Doc, published: dt.date | None,
                    announced: bool = False, call: bool = False) -> DateFinding | None:
    """The event's date (see ``_first_event_date``); where that is a visit of several days,
    the day the text gives for the talks within it (GUIDELINES: the first day only when no
    day is given for the talks)."""
    doc = readable(doc)
    if published is None:
        # (no day given for the page: its own filing stamp is the day "today" and "on
        # Tuesday" count from, as a reader of the page counts them)
        published = _page_day(doc)
    found = _first_event_date(doc, published, announced, call)
    if found is not None and found.kind == "today" and _CONCLUDED_TODAY.search(
            found.sentence.text):
        found = _concluded_span(doc, found, published) or found
    days = _first_of_days(found) if found is not None and found.end is None else None
    found = days or found
    # (a visit's days, given or counted back from its last: "today ... concluded a
    # three-day visit")
    if found is not None and found.end is not None and (found.kind == "explicit" or days):
        return _talks_day(doc, found, published) or _dateline_within(doc, found, published) \
            or found
    if found is not None and found.end is None:
        return _talks_after_arrival(doc, found, published) or found
    return found


PAGE_DAY_SENTENCES = 8  # a page's own filing stamp stands among its first sentences
# a stamp labelled as the page's later edit ("Update: 2024-04-23 16:32"), not its day
_EDITED = re.compile(r"\b(?:Updated?|UPDATED?|Modified|Last\s+(?:modified|edited|updated|reviewed)|"
                     r"Edited)\b[ \t]*:?\s*$")
# a stamp labelled as the page's own day ("Published:\n2022-09-14 12:00")
_PUBLISHED = re.compile(r"\b(?:" + _DAY_LABELS + r")(?:\s+on)?[ \t]*:?\s*$")


_FOUR_DIGITS = re.compile(r"\d{4}")


def _stamped_days(text: str) -> Iterator[tuple[re.Match[str], dt.date]]:
    """The single days in ``text`` written with their year, as a stamp names both."""
    for pat in _patterns_for(text):
        for m in pat.finditer(text):
            got = _explicit(m, None)
            if got is not None and got[1] is None and _FOUR_DIGITS.search(m.group()):
                yield m, got[0]


def _page_day(doc: Doc) -> dt.date | None:
    """The day of the page's own filing stamp or dateline among its first sentences ("Oslo,
    06 June 2022 (Agency) -", "Published: 2022-09-14 12:00"), not a later edit's stamp."""
    for sentence in doc.sentences[:PAGE_DAY_SENTENCES]:
        text = sentence.text
        if not _ASCII_DIGIT.search(text):
            continue
        for m, day in _stamped_days(text):
            found = DateFinding(day, None, sentence, sentence.start + m.start(),
                                sentence.start + m.end(), "the page's own day")
            label = doc.text[max(0, found.start - DATE_LABEL):found.start]
            if _EDITED.search(label):
                continue
            if _PUBLISHED.search(label) or _stamp(doc, found):
                return day
    return None


PAGE_TOP_LINES = 15  # a page's own stamp line stands among its first lines
PAGE_LINE = 160  # characters: a longer line is prose, never a stamp
# the rest of a stamp line beside its date: a clock and a zone ("12:00:34 BdST", "14:05
# CET"), a weekday, an author ("by Admin")
_STAMP_LINE_REST = re.compile(r"[\W\d]*(?:(?:(?-i:[A-Z][A-Za-z]{0,3}T\b|UTC|GMT)|"
                              r"by\s+[\w .-]{1,30}|" + _DAY_NAMES + r")[\W\d]*)*", re.I)


def page_day(text: str) -> dt.date | None:
    """The page's own day from its raw text, where no day is given: a stamp line among its
    first lines, labelled ("Date: 10.03.2025", "Posted on March 10, 2025 by Admin",
    "Published 10 March 2025, 14:05 CET") or standing alone; not a later edit's ("Last
    updated: ..."). Segmenting masks such lines as page furniture, so the raw text is read."""
    for line in text.lstrip().split("\n", PAGE_TOP_LINES)[:PAGE_TOP_LINES]:
        if len(line) > PAGE_LINE or not _ASCII_DIGIT.search(line):
            continue
        for m, day in _stamped_days(line):
            before, after = line[:m.start()], line[m.end():]
            if _EDITED.search(before):
                continue
            if _PUBLISHED.search(before) or (
                    _STAMP_LINE_REST.fullmatch(before) and _STAMP_LINE_REST.fullmatch(after)):
                return day
    return None


# the guest's arrival, dated: "arrived in X on Monday evening", "arrived in X on 10 March"
_ARRIVED = re.compile(r"\b(?:arrived|arrives|landed|lands)\b[^.;]{0,60}$", re.I)
ARRIVAL_DAYS = 3  # days after the arrival within which the talks' own day is read
ARRIVAL_AHEAD = 3  # sentences after the arrival's read for the talks' day


def _talks_after_arrival(doc: Doc, arrival: DateFinding,
                         published: dt.date | None) -> DateFinding | None:
    """The day the text gives for the talks after dating the guest's arrival ("arrived in X
    on Monday ... On Tuesday he held talks with Y"): the talks are the main event, the
    arrival only its first day (GUIDELINES: the first day only when no day is given for the
    talks)."""
    s = arrival.sentence
    if not _ARRIVED.search(doc.text, max(s.start, arrival.start - 80), arrival.start):
        return None
    last = arrival.date + dt.timedelta(days=ARRIVAL_DAYS)
    if published is not None:
        last = min(last, published)  # (talks "to continue on Friday" are still to come)
    for sentence in doc.sentences[s.index:s.index + ARRIVAL_AHEAD + 1]:
        for f in _findings(sentence, published):
            if (f.start <= arrival.stop or f.end is not None
                    or not arrival.date < f.date <= last):
                continue
            a, b = f.start - sentence.start, f.stop - sentence.start
            if _TALKS_NEAR.search(sentence.text, max(0, a - TALKS_NEAR), b + TALKS_NEAR):
                return f
    return None


def _dateline_within(doc: Doc, visit: DateFinding,
                     published: dt.date | None) -> DateFinding | None:
    """A dateline's day inside the visit's days: the report is filed from the talks that
    day ("Vientiane, 4 March (Agency) - X, on a state visit from 3 to 5 March, held
    talks ..."), a better day for them than the first day of the visit."""
    last = visit.end or visit.date
    for sentence in doc.sentences[:visit.sentence.index + 1]:
        for f in _findings(sentence, published, WINDOW_BEFORE, WINDOW_AFTER):
            if f.kind != "explicit" or f.end is not None or not visit.date <= f.date <= last:
                continue
            if _dateline(doc.text, f):
                return f
    return None


# "concluded a three-day official visit to X on Tuesday": the day is the visit's last; the
# visit, its talks given no day of their own, is dated by its first (GUIDELINES)
_DAYS_CONCLUDED = re.compile(r"\b(?:concluded|concludes|concluding|wrapped\s+up|wraps\s+up|ended|"
                             r"ends|completed|completes)\s+(?:(?:his|her|their|a|an|the)\s+)?"
                             r"(?P<n>two|three|four|five|six|[2-6])[- ]day\b", re.I)
# (the same, right after the day or "today" and its date set off by commas)
_DAYS_CONCLUDED_NEXT = re.compile(r"[^.;]{0,40}?" + _DAYS_CONCLUDED.pattern, re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
CONCLUDED_GAP = 120  # characters between "concluded a three-day visit" and its day


def _first_of_days(found: DateFinding) -> DateFinding | None:
    """The first day of an N-day visit the sentence says ended on ``found``'s day."""
    text = found.sentence.text
    at = found.start - found.sentence.start
    m = max(_DAYS_CONCLUDED.finditer(text, max(0, at - CONCLUDED_GAP), at),
            key=lambda x: x.start(), default=None)  # the last before the day
    if m is None:
        # "X has today, Thursday, 14 March 2024, concluded a three-day State Visit": the
        # day before the verb
        after = found.stop - found.sentence.start
        m = _DAYS_CONCLUDED_NEXT.match(text, after)
        if m is None:
            return None
    elif _TALKS_NEAR.search(text, m.end(), at):
        return None  # (the day is the talks' own: "held talks on Tuesday")
    n = m.group("n").lower()
    days = _NUMBER_WORDS.get(n) or int(n)
    return DateFinding(found.date - dt.timedelta(days=days - 1), found.date, found.sentence,
                       found.start, found.stop, found.cue + f" (last of {days} days)",
                       found.kind)


# "X today concluded a visit": today is the visit's last day; the days the lead then gives
# for the whole visit ("The visit, from 3 to 6 March, ...") date its talks
_CONCLUDED_TODAY = re.compile(r"\btoday\s+(?:concluded|ended|completed|wrapped up)\b|"
                              r"\b(?:concluded|ended|completed)\s+(?:\w+\s+){0,4}?today\b",
                              re.I)
CONCLUDED_SPAN = 2  # sentences after the "concluded today" one that may give the visit's days


def _concluded_span(doc: Doc, today: DateFinding,
                    published: dt.date | None) -> DateFinding | None:
    """The visit's days written just after "today concluded a visit", ending by today."""
    if published is None:
        return None
    first = today.sentence.index
    for sentence in doc.sentences[first:first + CONCLUDED_SPAN + 1]:
        for f in _findings(sentence, published):
            if (f.kind == "explicit" and f.end is not None and f.start > today.stop
                    and published - dt.timedelta(days=2) <= f.end <= published):
                return f
    return None


# words for the talks of a visit, near a single day inside the visit's days: "hold talks
# with Prime Minister X in Canberra on 23 May", "the leaders' meeting on 7 February"
_TALKS_NEAR = re.compile(r"\b(?:talks|meeting|meet|met|discussions|negotiations|summit|"
                         r"bilateral)\b", re.I)
TALKS_NEAR = 150  # characters between the talks word and the day


def _talks_day(doc: Doc, visit: DateFinding, published: dt.date | None) -> DateFinding | None:
    """The single day, within the visit's days, that the text gives for its talks."""
    last = visit.end or visit.date
    span = (last - visit.date).days
    for sentence in doc.sentences[max(visit.sentence.index, 0):]:
        talks = _TALKS_NEAR.search(sentence.text)
        if not talks and "\n" not in sentence.text and not _DAY_HEADING_LINE.match(
                doc.text, doc.text.rfind("\n", 0, sentence.start) + 1):
            continue
        ref = visit.date if published is None else published
        for f in _findings(sentence, ref, before=ANNOUNCED_AFTER + span,
                           after=ANNOUNCED_AFTER + span):
            if (f.end is not None or f.start < visit.stop
                    or not visit.date <= f.date <= last):
                continue
            if f.kind != "explicit":
                # "on 1-3 April. Today she held talks", "On Tuesday, she held talks": a
                # relative day of the talks, within the visit's days
                if (talks and published is not None
                        and abs(talks.start() - (f.start - sentence.start)) < TALKS_NEAR):
                    return f
                continue
            section = _day_section(doc.text, f)
            if section is not None:
                if _TALKS_NEAR.search(section):
                    return f
                continue
            a, b = f.start - sentence.start, f.stop - sentence.start
            if talks and _TALKS_NEAR.search(sentence.text, max(0, a - TALKS_NEAR),
                                            b + TALKS_NEAR):
                return f
    return None


# A programme by day: a line of its own with the day (and perhaps a place), the day's
# engagements below it until a blank line: "Wednesday 4 June - Rome" / "- Talks with ..."
_DAY_HEADING_LINE = re.compile(r"[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                               r"(?:[0-3]?\d|[A-Z][a-z]+\.?\s+[0-3]?\d)\b")
_HEADING_BEFORE = re.compile(r"[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?")
_HEADING_AFTER = re.compile(r"[ \t]*(?:[-–—:,|][ \t]*[A-Z][^\n.;]{0,40})?[ \t]*(?:\n|$)")
SECTION_CHARS = 1500


def _day_section(text: str, f: DateFinding) -> str | None:
    """The engagements listed under a day heading (None where the day is no heading)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    if not _HEADING_BEFORE.fullmatch(text, line_start, f.start):
        return None
    after = _HEADING_AFTER.match(text, f.stop)
    if after is None:
        return None
    stop = min(len(text), after.end() + SECTION_CHARS)
    end = text.find("\n\n", after.end(), stop)
    section = text[after.end():end if end >= 0 else stop]
    following = _NEXT_HEADING.search(section)  # the next day's heading with no blank line
    return section[:following.start()] if following else section


_NEXT_HEADING = re.compile(r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[0-3]?\d\s+"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", re.M)


# a traveller's journey on the day, not the event: "is scheduled to return to X today",
# "left for home today"
_JOURNEY_BEFORE = re.compile(r"\b(?:return(?:s|ed|ing)?|depart(?:s|ed|ing)?|leav(?:e|es|ing)|"
                             r"left|fl(?:y|ies|ew)\s+(?:back|home))\b[^.;,]{0,50}$")
JOURNEY_BEFORE = 70  # characters read before a "today"


def _first_event_date(doc: Doc, published: dt.date | None,
                      announced: bool = False, call: bool = False) -> DateFinding | None:
    """The first explicit or "today" date tied to an event and close to publication;
    failing that, a "yesterday" or weekday in the lead. A filing stamp gives way to a
    date the lead writes for the event ("18 June 2025 16:05 On 17 June 2025, ..."). In a
    release announcing a visit (``announced``) the lead's dates may lie months ahead.

    A call (``call``) is reported in its lead; a day written further down belongs to an
    event the call only refers to ("the talks held in X on 25 November", "their meeting on
    26 November"), so below the lead only "today" still dates the call."""
    fallback: DateFinding | None = None
    stamp: DateFinding | None = None
    in_text = doc.title_in_text
    call_lead = CALL_DATED + (1 if in_text else 0)
    reported = 0  # sentences of the release's own voice so far: quotes do not end the lead
    furniture = 0  # fragments so far (a photo credit, a repeated headline): no call's lead
    seen: set[str] = set()
    quoted: DateFinding | None = None
    headings = 0  # headings in capitals below the headline, passed over (up to HEADINGS)
    for sentence in doc.sentences:
        reported += not _QUOTED.match(sentence.text)
        if sentence.index > 0 and (fragment(sentence.text) or sentence.text in seen):
            furniture += 1
        seen.add(sentence.text)
        if (sentence.index > 0 and headings < HEADINGS
                and (not any(c.islower() for c in sentence.text)
                     or DATE_ONLY.fullmatch(sentence.text))):
            headings += 1  # an archive transcript restating its headline in capitals
        lead_dated = sentence.index - headings < LEAD_DATED
        before = LEAD_WINDOW_BEFORE if lead_dated else WINDOW_BEFORE
        after = ANNOUNCED_AFTER if announced and lead_dated else WINDOW_AFTER
        for found in _findings(sentence, published, before, after):
            if (call and sentence.index - furniture >= call_lead and found.kind != "today"
                    and not _CALL_WORD.search(sentence.text)):
                continue  # a day written below a call's lead dates another event...
            if found.kind == "explicit" and _EDITED.search(
                    doc.text, max(0, found.start - DATE_LABEL), found.start):
                continue  # "Last edited 10/27/2022": a later edit's day, no event's or page's
            if _stamp(doc, found):
                # (every stamp: a page's "| 2026-03-12" and the dateline's own date under it)
                stamp = stamp or found
                continue
            if found.kind == "today" and _QUOTED.match(sentence.text):
                quoted = quoted or found  # a leader's "Today we ...": the lead's day first
                continue
            if found.kind == "today" and _JOURNEY_BEFORE.search(
                    doc.text, max(sentence.start, found.start - JOURNEY_BEFORE), found.start):
                continue  # "... and is scheduled to return to Kathmandu today": the way home
            # ("today" is the publication day (GUIDELINES), not a page's later stamp above
            # it: "Printer Friendly Version @ 6 October 2021" over a release of 4 October)
            if (found.kind == "today" and found.cue.startswith("weekday")
                    and fallback is not None and fallback.sentence.index < sentence.index):
                return fallback  # "On Tuesday, X received Y. The visit concludes on
                # Wednesday" (the publication day): the lead's day is the event's
            if (found.kind == "explicit" and fallback is not None
                    and fallback.sentence.index < sentence.index
                    and _STAY_BEFORE.search(doc.text, max(sentence.start, found.start - STAY),
                                            found.start)):
                return fallback  # "X received Y yesterday. Y is on a three-day visit from
                # 5 March": the stay's days, after the day of the reported event
            if found.kind in ("explicit", "today"):
                return found
            if (fallback is None and reported - furniture <= LEAD and stamp is not None
                    and found.date == stamp.date and found.end is None):
                # "November 18, 2025 / ... on Tuesday welcomed ...", the stamp's own
                # weekday: the day of the talks, before a later clause's "arrived on
                # Monday (November 17)"
                return found
            if fallback is None and reported - furniture <= LEAD:
                fallback = found
        if stamp is not None and sentence.index - furniture >= LEAD:
            # (the lead counted in the release's own sentences, past the page's furniture
            # between the stamp and the body: "gov.mt / PR230871 / 16/05/2023 / ...")
            return fallback or quoted or stamp  # "Yongsan, May 14 — ... on Wednesday"
    return fallback or quoted or stamp


# "* * *" or a speaker's label ("President of Russia Vladimir Putin:") opens a transcript.
_TRANSCRIPT = re.compile(r"\*\s?\*\s?\*|\(retranslated\)\s*:|\b(?:President|Prime Minister|"
                         r"Minister)\b[^.:;!?\n]{0,60}?\s[A-Z][\w'’-]+:\s")
# A speaker's label in capitals ("PRESIDENT LEE: (As interpreted.)") marks remarks, dated by
# publication only where they report talks already held ("We held good talks"): opening
# remarks at a meeting ("PRIME MINISTER TURNBULL: Welcome ...") the annotators leave undated
# when no day or "today" is written, as GUIDELINES say.
_LABEL = re.compile(r"(?m:^[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+)+[ \t]*"
                    r"(?:\([^)\n]{0,40}\)[ \t]*)?:\s)")
_TALKS_HELD = re.compile(r"\b(?:we|I)\s+(?:have\s+|'ve\s+|’ve\s+)?(?:just\s+)?"
                         r"(?:held|discussed|signed|met|agreed)\b", re.I)


def transcript_date(doc: Doc, published: dt.date) -> DateFinding | None:
    """A verbatim transcript of the talks is released the day they are held: without a
    written day, a release that carries one takes its publication date."""
    doc = readable(doc)
    m = _TRANSCRIPT.search(doc.text)
    if m is None and _TALKS_HELD.search(doc.text):
        m = _LABEL.search(doc.text)
    if m is None:
        return None
    sentence = next((s for s in doc.sentences if s.start <= m.start() < s.end), None)
    if sentence is None:
        return None
    return DateFinding(published, None, sentence, m.start(), m.end(),
                       "transcript of the talks, published the same day", "today")


# "in February 2022", "in March": a month named without a day
_MONTH_ONLY = re.compile(r"\bin\s+(?:early\s+|late\s+|mid-)?" + _M.format("mo")
                         + r"(?:\s+(?P<myear>(?:19|20)\d\d))?(?![\w-]|\s+[0-3]?\d\b)")
ELSEWHEN_DAYS = 2  # a day this far from the event's days belongs to another event


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def elsewhen(clause: str, reference: dt.date | None, until: dt.date | None = None,
             before: int = ELSEWHEN_DAYS, after: int = ELSEWHEN_DAYS) -> bool:
    """Whether ``clause`` dates itself to a time other than the event's: an explicit day
    or range, or a month, lying wholly outside the event's days (``reference``..``until``)
    widened by ``before`` and ``after`` days ("talks held in Oslo on 9 January", "his
    official visit to Rome in February 2022"). A place or a type word in such a clause
    describes another event. Only the clause is read, so the cost is linear in the text."""
    if reference is None:
        return False
    month = any(stem in clause for stem in _MONTH_STEMS)
    if not month and not _may_hold_date(clause):
        return False  # (a month alone, "met in Oslo in June", has no digit to find)
    low = reference - dt.timedelta(days=before)
    high = (until or reference) + dt.timedelta(days=after)
    taken: list[tuple[int, int]] = []
    for pat in _patterns_for(clause):
        for m in pat.finditer(clause):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "May 20 to 26" is read whole, not as "May 20" alone
            taken.append((m.start(), m.end()))
            got = _explicit(m, reference)
            if got is not None and (got[1] or got[0]) < low or got is not None and got[0] > high:
                return True
    if month:
        for m in _MONTH_ONLY.finditer(clause):
            number = _month(m.group("mo"))
            if number is None or (not m.group("myear")
                                  and m.group("mo").lower().rstrip(".") == "may"):
                continue  # "in may" is a verb as often as a month
            year = int(m.group("myear")) if m.group("myear") else _year_for(number, 1, reference)
            if year is None:
                continue
            first, last = _month_span(year, number)
            if last < low or first > high:
                return True
    return False
