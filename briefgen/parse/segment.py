"""Split a release into paragraphs and sentences, keeping character offsets.

Offsets index the release text itself, so every item's evidence points at the exact
characters a reviewer can find in the source.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from briefgen.parse.gated import opening
from briefgen.stamps import date_line

# A period after these does not end a sentence ("Mr. Wong", "U.S. President", "No. 5").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st jr sr no nos vol
    art fig inc ltd co corp dept est approx vs etc al e.g i.e u.s u.k u.n e.u a.m p.m
    jan feb mar apr jun jul aug sep sept oct nov dec h.e hon messrs smt shri amb adv engr ma
    h.h h.r.h h.m
    rt brig cdr cmdr mme mlle fr msgr mgr govt pres dy addl jt secy spl ph.d viz rs sh mt
    sdn pty nr sra srta excmo excma bzw z.b d.h u.a
    eng atty lic ing arch mohd cde""".split()
)
# (the last three lines: courtesy and rank words of other issuers' styles, "The Rt. Hon.",
# "Msgr.", "Dy. Chief Minister", "Addl. Secretary", "Govt. of India", "Sh. X", "Rs. 500",
# Spanish and German forms; professional styles before a name, "Eng. X" (engineer), "Atty.
# X", "Lic. X", "Ing. X", "Arch. X", and "Mohd." and "Cde." (comrade))
# (the middle branch: a stop glued to the next sentence, "for decades.They", as text that
# lost its paragraph breaks writes it; after two lower-case letters, so not "e.g.The" or
# "U.S.A.", and before a capitalised word, so not a web address)
# (opening(): a look-ahead for the characters a match opens with, a faster scan)
_END = opening(r"[.!?]+[\"'”’)]*(?=\s+|$)|(?<=[a-z][a-z])[.!?](?=[A-Z][a-z])|\*{3}")
_PARA = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


# End-anchored look-behind patterns match at most a few hundred characters, so only that
# much text before a mention is searched: a sentence naming a person or country a thousand
# times (a list, a hostile input) stays linear instead of rescanning itself per mention.
LOOK_AROUND = 400


@dataclass(frozen=True)
class Doc:
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None

    @property
    def title_in_text(self) -> bool:
        """Whether the headline stands in the text as its first sentence (a headline from
        the page's metadata alone does not, and has no offsets)."""
        return bool(self.title and self.sentences and self.sentences[0].text == self.title)

    def before(self, sent: Sentence, pos: int) -> str:
        """The text of ``sent`` up to ``pos``, at most LOOK_AROUND characters of it."""
        return self.text[max(sent.start, pos - LOOK_AROUND):pos]

    def after(self, sent: Sentence, pos: int) -> str:
        """The text of ``sent`` from ``pos``, at most LOOK_AROUND characters of it."""
        return self.text[pos:min(sent.end, pos + LOOK_AROUND)]


# "* * *" separates a Kremlin-style lead from the transcript; "(retranslated):" opens a
# speaker's turn.
_R = TypeVar("_R")


def per_release(read: Callable[[Doc], _R]) -> Callable[[Doc], _R]:
    """``read`` answering once per release: the stages of one parse ask in turn about the
    same ``Doc``, so the answer for the last one asked about is kept (one tuple, swapped
    whole, so that threads never read one release's answer for another)."""
    slot: list[tuple[Doc | None, _R | None]] = [(None, None)]

    @functools.wraps(read)
    def answer(doc: Doc) -> _R:
        last = slot[0]
        if last[0] is not doc:
            last = slot[0] = (doc, read(doc))
        return last[1]  # type: ignore[return-value]

    return answer


_TRANSCRIPT = re.compile(r"\*\s?\*\s?\*|\(retranslated\)\s*:")


# A speaker's turn after the lead: "President of Russia Vladimir Putin: Colleagues, ..." (a
# title-led label with the speech on the same line), or a press question ("Q:",
# "QUESTION:", "JOURNALIST:"). Upper-case labels such as "PRIME MINISTER:" are left
# alone: whole releases are transcripts under them, their narrative included (scored on
# all fields, overall b1-b5 0.797 -> 0.800, b6-b11 0.764 -> 0.764, dev 0.945 held; with
# the upper-case labels b1-b5 fell to 0.790).
_SPEAKER_TURN = re.compile(
    r"(?m)^[ \t]*(?:(?:President|Prime\s+Minister|Chancellor|Premier|Minister|Secretary|"
    r"Governor)\b[^:\n.]{2,80}:[ \t]+(?=[A-Z\"“])|(?:Q|QUESTION|Question|JOURNALIST|Journalist|"
    r"REPORTER|Reporter)[ \t]*:)")


def transcript_start(text: str) -> int:
    """Offset where a transcript of speeches begins, or the end of the text: a "* * *"
    or "(retranslated):" marker, or a speaker's turn after the first paragraph (the
    lead), whichever comes first. Quoted talk and press questions recall old papers and
    name people who are only talked about, so every stage reads them apart."""
    m = _TRANSCRIPT.search(text)
    end = m.start() if m else len(text)
    lead = text.find("\n\n")
    turn = _SPEAKER_TURN.search(text, max(lead, 0), end)
    while turn is not None and (_QUOTED_HEADLINE.match(text, turn.end())
                                or _headline_again(text, turn.start())):
        # "President X on his first day in Y: “We have agreed ...”": a headline quoting
        # its person below a paragraph of site furniture, no speaker's turn; nor the
        # headline itself repeated there ("Prime Minister in Japan: Portugal and Japan ...")
        turn = _SPEAKER_TURN.search(text, turn.end(), end)
    return turn.start() if turn else end


def _headline_again(text: str, start: int) -> bool:
    """Whether the line at ``start`` repeats the text's first line (its headline)."""
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end >= 0 else len(text)].strip()
    first = text.lstrip().split("\n", 1)[0].strip()
    return bool(line) and line == first


# a quotation closed on its own line: a headline's quote (a transcript's turn is not quoted)
_QUOTED_HEADLINE = re.compile(r"[ \t]*[\"“][^\"“”\n]{0,400}[\"”][ \t]*(?:\n|\Z)")


_PAREN_ABBREVIATION = re.compile(r"\(([A-Za-z]{1,5})$")
_PAREN_WORD = re.compile(r"\(([A-Za-z]{1,5})\.?\)$")
# initials run together: "Retno L.P. Marsudi", "A.B. Vajpayee" (one initial is caught below)
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,3}")
_PLACE_INITIALS = frozenset({"d.c", "u.s.a", "u.a.e", "p.r.c", "d.p.r.k", "r.o.k", "u.s.s.r"})
# a day written with a full stop before its month, as German, Nordic and Central European
# releases write dates: "am 12. Februar 2026", "den 3. mars"
_DOTTED_DAY = re.compile(r"(?<![\w.,])(?:[1-9]|[12]\d|3[01])$")
_MONTH_AFTER = re.compile(
    r"\.\s+(?:jan|feb|m[aä]r|apr|ma[iyj]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zäéû]*\b",
    re.I)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    start = dot
    if text[dot - 1:dot] == ")" and (m := _PAREN_WORD.search(text, max(0, dot - 8), dot)):
        return m.group(1).lower() in ABBREVIATIONS  # "Hon. (Dr). X": a courtesy word
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if len(word) == 1 and text[start].isupper():
        return True  # an initial: "Joseph R. Biden"
    if _INITIALS.fullmatch(text, start, dot):
        # a person's initials go on into the surname; a place's may end a sentence ("in
        # Washington, D.C. During the talks"): those keep the old split (merging "D.C. on
        # Friday" cost a visit type on b1-b5 through another stage's rule)
        return word not in _PLACE_INITIALS
    if not word and _DOTTED_DAY.search(text, max(0, dot - 3), dot) \
            and _MONTH_AFTER.match(text, dot, dot + 20):
        return True
    return word in ABBREVIATIONS or _run_together(word)


def _run_together(word: str) -> bool:
    """"H.E.Mr.", "H.E.Dr.": courtesy words and initials written with no space, each part
    one letter or an abbreviation of its own."""
    parts = word.split(".")
    return len(parts) > 1 and all(len(p) == 1 or p in ABBREVIATIONS for p in parts) \
        and parts[-1] in ABBREVIATIONS


def _ends_within(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    """Append the sentences of ``text[start:stop]``, cut at full stops that end one."""
    for m in _END.finditer(text, start, stop):
        end = m.end()
        if m.group() == "." and _is_abbreviation(text, m.start()):
            continue
        if m.group() == ".)" and (w := _PAREN_ABBREVIATION.search(text, max(0, m.start() - 8),
                                                                   m.start())) \
                and w.group(1).lower() in ABBREVIATIONS | {"ret", "retd"}:
            continue  # "Lt. Gen. (Retd.) X", "Hon. (Dr.) X": a courtesy word in brackets
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:stop].strip():
        spans.append((start, stop))


# "1. " or "2) " opening a line numbers a list entry or a paragraph: its full stop ends
# no sentence, and the entry starts a new one ("... as follows:\n1. The leaders ...").
_LINE_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,3}[.)][ \t]+(?=\S)")


# a section heading on a line of its own, with no stop ("3. Regional affairs" | "The two
# leaders ..."): a few words, after a paragraph's start or a finished line
_HEADING_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<h>[A-Z][^\n.!?:;,]{0,60}?)"
                           r"[ \t]*\n(?=[ \t]*[A-Z(“\"])")
HEADING_WORDS = 6
_LINKS_HEADING = re.compile(r"(?:Related|See also|Read more|More news)\b")


def _heading_breaks(text: str) -> list[tuple[int, int]]:
    """(end of the heading, start of the next line) of each section heading in ``text``."""
    out = []
    for m in _HEADING_LINE.finditer(text):
        words = m.group("h").split()
        if len(words) > HEADING_WORDS or _RUNS_ON.search(m.group("h")) or (
                _LINKS_HEADING.match(m.group("h"))):
            continue  # (a "Related" list stays with its links: people reads it whole)
        if not _after_a_finished_line(text, m.start()):
            continue  # the line before runs on into this one
        stop = text.find("\n", m.end())
        after = text[m.end():stop if stop >= 0 else len(text)].strip()
        if len(after.split()) <= HEADING_WORDS and after[-1:] not in (".", "!", "?", ":", ";"):
            continue  # short line over short line: a menu or a name block, not a section
        out.append((m.end("h"), m.end()))
    return out


def _after_a_finished_line(text: str, line_start: int) -> bool:
    """Whether the line before ``line_start`` is blank, absent or ends a sentence (looked
    at from its end only: a release may hold thousands of lines)."""
    j = line_start - 2  # the last character before the newline that ends the line before
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return j < 0 or text[j] == "\n" or text[j] in ".!?:;\"”’)"


def _sentence_spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    marks = [(m.start(), m.end()) for m in _LINE_NUMBER.finditer(text)]
    marks += _heading_breaks(text) if "\n" in text else []
    pieces = [0] + [p for m in sorted(marks) for p in m]
    pieces.append(len(text))
    for a, b in zip(pieces[::2], pieces[1::2], strict=True):
        _ends_within(text, a, b, spans)
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s + offset, e + offset))
    return out


_TITLE_MAX = 300


_GLUED_HEAD_MAX_WORDS = 25
# a line that runs on into a lower-case word: the text is hard-wrapped, lines are no units
_WRAPPED = re.compile(r"[^\W\d][ \t]*\n[ \t]*[a-z]")
# the last word of a wrapped line inside a sentence, not of a headline
_RUNS_ON = re.compile(r"\b(?:of|the|a|an|and|or|to|in|on|for|with|by|at|from|as|that|his|her|"
                      r"their|its|our)\s*$", re.I)


def _runs_into_body(first: str, text: str) -> bool:
    """Whether a first line is a line of wrapped text, no headline: it ends on a word that
    runs on ("... the Premier of"), or ``text`` is wrapped into lines that go on in lower
    case."""
    return bool(_RUNS_ON.search(first) or _WRAPPED.search(text, 0, 2000))


def glued_headline(text: str) -> int | None:
    """Where the body begins when a headline sits on the first line with no blank line
    after it (flattened releases): a short line without closing punctuation or a
    dangling word, followed by a line that opens with a capital or a digit."""
    lead = len(text) - len(text.lstrip())
    first, sep, rest = text[lead:].partition("\n")
    first = first.strip()
    if not sep or not first or not rest.strip() or rest.startswith(("\n", "\r\n")) \
            or not rest.strip()[0].isupper() and not rest.strip()[0].isdigit():
        return None
    if len(first.split()) > _GLUED_HEAD_MAX_WORDS or first.endswith((".", ":", ";", ",")) \
            or _runs_into_body(first, text):
        return None
    return lead + len(first)


def headline(text: str) -> str | None:
    """The first line when it stands alone as a headline: one short line without a
    closing period, followed by a blank line and more text (or, in a flattened release,
    glued to the body's first line)."""
    stripped = text.lstrip()
    if _PARA.search(stripped):
        para, sep, rest = stripped.partition("\n\n")
    else:  # no blank line anywhere: the paragraphs are lines, the first line the first
        para, sep, rest = stripped.partition("\n")
        if _runs_into_body(para, stripped):
            return None  # a line of wrapped text ("... the Premier of" / "Tonga about ...")
    para = para.strip()
    if "\n" in para and glued_headline(text) is not None:
        return para.split("\n", 1)[0].strip()
    if not sep or not rest.strip() or "\n" in para or len(para) > _TITLE_MAX:
        return None
    if para.endswith((":", ";", ",")) or para.endswith(".") and not (
            para.endswith(("..", "Jr.")) or _stopped_headline(para)):
        return None
    return para or None


_HEADLINE_WORDS = 16  # a headline some issuers close with a full stop is short


def _stopped_headline(para: str) -> bool:
    """Whether a first paragraph that ends on a full stop is still a headline ("President
    receives Foreign Minister of Chile."): one short sentence with no verb of a report's
    lead in the past tense. A lead ("Vladimir Putin had a telephone conversation with X.")
    opens the body instead."""
    words = para.split()
    return (len(words) <= _HEADLINE_WORDS and not _END.search(para, 0, len(para) - 1)
            and not _LEAD_VERB.search(para))


# a past-tense verb of a report's lead: "held talks", "met with", "had a conversation"
_LEAD_VERB = re.compile(r"\b(?:held|had|met|received|was|were|took|paid|signed|discussed|"
                        r"hosted|welcomed|spoke|visited|arrived|attended|[a-z]{3,}ed)\b")


# Archive releases hard-wrapped at a fixed width with a blank line after every line: each
# line would be a paragraph of its own, and a sentence (a name, the lead) broken across two.
_WRAP_MIN_PARAS = 8  # paragraphs after the headline, at least
_WRAP_SINGLE = 0.85  # share of them that are one line
_WRAP_MID = 0.35  # share of them that stop mid-sentence, at a similar width
_WRAP_LOWER = 0.3  # share of those whose next line goes on in lower case
_WRAP_WIDTH = (40, 100)  # the width such lines are broken at, in characters
# a line that stops mid-sentence: on a letter, digit or comma, not after closing punctuation
_MID_SENTENCE = re.compile(r"[\w,]\Z")


def _wrapped_groups(paras: list[str]) -> list[list[int]] | None:
    """The paragraphs of a release hard-wrapped with blank lines, grouped back into real
    paragraphs (each group a run of indices), or None when the release has no such shape:
    nearly every paragraph after the headline is one line, and many of them stop
    mid-sentence at about the same width. A line that stops mid-sentence at that width
    runs on into the next; a short one (a heading, a name line) or one that ends on a stop
    closes its paragraph."""
    body = [i for i, p in enumerate(paras) if i > 0 and p.strip()]
    if len(body) < _WRAP_MIN_PARAS:
        return None
    single = [i for i in body if "\n" not in paras[i].strip()]
    mid = [i for i in single if _MID_SENTENCE.search(paras[i].strip())
           and _WRAP_WIDTH[0] <= len(paras[i].strip()) <= _WRAP_WIDTH[1]]
    # a sentence broken in two goes on in lower case ("... Mr Hashimoto extended to me" /
    # "during his visit"); entries of a list of names each open with a capital
    goes_on = sum(i + 1 < len(paras) and paras[i + 1].strip()[:1].islower() for i in mid)
    if (len(single) < _WRAP_SINGLE * len(body) or len(mid) < _WRAP_MID * len(body)
            or goes_on < _WRAP_LOWER * len(mid)):
        return None
    mid = [len(paras[i].strip()) for i in mid]
    width = sorted(mid)[len(mid) // 2]
    if sum(abs(n - width) <= width // 4 for n in mid) < 0.7 * len(mid):
        return None  # lines of any length: no fixed width
    groups: list[list[int]] = []
    runs_on = False
    for i, p in enumerate(paras):
        line = p.strip()
        if runs_on and groups:
            groups[-1].append(i)
        else:
            groups.append([i])
        runs_on = (i > 0 and bool(line) and "\n" not in line
                   and _MID_SENTENCE.search(line) is not None and len(line) >= 0.6 * width)
    return groups


# Text hard-wrapped at a fixed width (a copy from PDF or e-mail): a line break inside a
# paragraph is no unit, and every pattern written with a space ("Prime Minister X") must
# see one. Nearly every line that runs on into the next is about the same width.
_UNWRAP_MIN_LINES = 4  # lines that run on into a next line, at least
_UNWRAP_FULL = 0.7  # share of them within the width's last 30%
_UNWRAP_LOWER = 0.2  # share of them whose next line goes on in lower case
_UNWRAP_WIDTH = (30, 120)  # the width such lines are broken at, in characters
# a next line that opens a list entry or a speaker's turn keeps its break
_LINE_OPENS_ENTRY = re.compile(r"[ \t]*(?:[-•*–—▪●◦·][ \t]|\d{1,3}[.)][ \t]|\([a-z0-9]{1,3}\)[ \t]"
                               r"|[A-Z][A-Z .'’-]{1,40}:)")

# a line that ends a sentence before a capital may end its paragraph too (text with no
# blank lines between paragraphs): its break stays
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\Z")


def _run_on_lines(text: str) -> list[tuple[int, int, int]]:
    """(start, length, break offset) of every non-blank line followed by another."""
    out, pos = [], 0
    while (nl := text.find("\n", pos)) >= 0:
        line = text[pos:nl].rstrip()
        nxt = text.find("\n", nl + 1)
        if line.strip() and text[nl + 1:len(text) if nxt < 0 else nxt].strip():
            out.append((pos, len(line), nl))
        pos = nl + 1
    return out


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs made spaces, or ``text``
    itself when it is not hard-wrapped. Same length, so every offset still indexes the
    release as written. A line well short of the width (a heading, a name line, a
    paragraph's last line), one ending on a colon and one before a list entry keep their
    break."""
    lines = _run_on_lines(text)
    if len(lines) < _UNWRAP_MIN_LINES:
        return text
    lengths = sorted(n for _, n, _ in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _UNWRAP_WIDTH[0] <= width <= _UNWRAP_WIDTH[1]:
        return text
    full = [ln for ln in lines if 0.7 * width <= ln[1] <= width + 2]
    lower = sum(text[nl + 1:nl + 3].lstrip()[:1].islower() for _, _, nl in full)
    if len(full) < _UNWRAP_FULL * len(lines) or lower < _UNWRAP_LOWER * len(full):
        return text
    chars = list(text)
    # with no blank line anywhere, the headline's own line break is the only sign of it
    first = len(text) - len(text.lstrip()) if not _PARA.search(text) else -1
    for start, n, nl in lines:
        line = text[start:start + n]
        next_upper = text[nl + 1:nl + 3].lstrip()[:1].isupper()
        if start == first and next_upper and not _RUNS_ON.search(line):
            continue  # a headline before the body's first line, not a line of it
        if n >= 0.6 * width and not line.endswith(":") \
                and not (next_upper and _SENTENCE_END.search(line)) \
                and not _LINE_OPENS_ENTRY.match(text, nl + 1):
            chars[nl] = " "
            if nl and chars[nl - 1] == "\r":
                chars[nl - 1] = " "
    return "".join(chars)


# Lines of a web page's furniture copied with the release: a breadcrumb ("Home > News"), a
# language switch ("EN | FR | RU"), a menu of short entries between bars, "Share:", "Print".
_CHROME = re.compile(
    r"(?i)(?:.{0,80}\s[>»›]\s.{0,80}|(?:[A-Z]{2,3}[ \t]*(?:\||/|·|[ \t])[ \t]*){1,6}[A-Z]{2,3}"
    r"|home|menu|search|share(?: this(?: page)?)?:?|print|font size:?.{0,12}"
    r"|skip to (?:the )?(?:main )?content|back|[\w'’-]+(?: [\w'’-]+){0,2}"
    r"(?: \| [\w'’-]+(?: [\w'’-]+){0,2}){2,}"
    # a content system's own labels and a page's credits, as issuers we had not seen print
    # them above the headline: "Main Container", "Navigation and service", "Source: X",
    # "(MENAFN- X)", "Large Medium Small", "Updated: 2010-09-27 14:01", "Written by X on
    # 01/09/2021 . Posted in News", "03/08/2021 . News"
    r"|main (?:container|content|menu|navigation)|navigation(?: and service)?|content"
    r"|\(menafn\s?-[^()\n]{1,60}\)|source:[^\n]{1,60}|updated:[^\n]{1,40}"
    r"|(?:large|medium|small)(?: (?:large|medium|small)){2}"
    r"|(?:written|posted|published) by [^\n]{1,60}?(?: on [\d/.-]{6,10})?[ .]*"
    r"(?:posted in [^\n]{1,40})?"
    r"|[\d/.-]{8,10}[ .]*(?:news|press releases?|statements?)"
    # share buttons, a path of sections, a page's own labels and counters: "Facebook Twitter
    # WhatsApp Email", "Home / News / Press releases", "Back to top", "Published: 10 March
    # 2025", "Posted on March 10, 2025 by admin", "Press Release", "For Immediate Release",
    # "Category: News", "Views: 1234", "10 March 2025 | Press releases", "Photo: Presidency"
    r"|(?:(?:share(?: on)?|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail"
    r"|print|copy link)[ \t]*){1,8}"
    r"|home(?:[ \t]*/[ \t]*[\w'’ -]{1,40}){1,5}|back to top|toggle navigation|breadcrumbs?"
    r"|related (?:articles|news|posts)|listen to this article|download (?:pdf|file)"
    r"|(?:(?:published|updated|last updated|posted)(?: on)?:?|date:) [\w ,./:-]{4,40}?"
    r"(?: by [\w .-]{1,30})?"
    r"|(?:press|media|news) (?:release|statement|brief(?:ing)?)s?|for immediate release"
    r"|(?:latest )?news|statements?|(?:category|categories|tags?|topics?|views|reading time)"
    r":[^\n]{1,60}|\d[\w ,./-]{5,29} \| [\w ]{2,30}|(?:photo|image|picture)s?:[^\n]{1,40}"
    # a photo's caption: "Prime Minister X and his spouse (Photo: VNA)"
    r"|[^\n]{0,120}\((?:photo|photograph|image|picture)s?(?: by)?:[^()\n]{1,40}\))")
_CHROME_MAX = 160  # characters: furniture is short, and a long line is never tried
_CHROME_LINES = 15  # lines from the top that are searched for it
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t\r]*\n))*")  # up to a blank line


_NOT_NEWLINE = re.compile(r"[^\n]")


def _blanked(part: str) -> str:
    """``part`` with every character but its line breaks a space: masked, offsets held."""
    return _NOT_NEWLINE.sub(" ", part)


# a posting line under a page's head block ("Posted On: 14 NOV 2023 7:42PM by PIB Delhi")
_POSTED_LINE = re.compile(r"(?im)^[ \t]*(?:Posted|Published|Released|Issued)\s+[Oo]n\s*:[^\n]*$")
_LINE_STOP = re.compile(r"[.!?:;\"”]\s*$")


def _mask_highlights(text: str) -> str:
    """``text`` with the lines between its headline and a posting line below it blanked,
    where none ends a sentence: a ministry's name, a logo's words, the headline again and
    the highlights of the release ("India to set up a Centre in Kumasi"). Left in, they ran
    together into one opening sentence, whose places and steps were read as the lead's."""
    posted = _POSTED_LINE.search(text, 0, min(len(text), 2000))
    if posted is None:
        return text
    first_end = text.find("\n", 0, posted.start())
    if first_end < 0:
        return text
    block = text[first_end:posted.start()]
    lines = [ln for ln in block.split("\n") if ln.strip()]
    if not lines or any(_LINE_STOP.search(ln) for ln in lines):
        return text
    return text[:first_end] + _blanked(block) + text[posted.start():]


def mask_chrome(text: str) -> str:
    """``text`` with the page furniture among its first lines, a date-only line above the
    headline (the publication day, which ingest takes from it when none is given) and a
    first paragraph that repeats the headline word for word blanked out (spaces, so offsets
    hold). Left in, a breadcrumb or a date above the headline is read as the headline and a
    menu line as the lead. A date line under the headline stays: it is the release's
    filing stamp, which dates a report that names no day of its own."""
    foot = _teaser_start(text)  # (read before the top's furniture is blanked: its label)
    text = _mask_highlights(text)  # (before the posting line itself is blanked as a stamp)
    chars: list[str] | None = None
    pos = 0
    above = True  # no line of the release read yet: a date here is above the headline
    for _ in range(_CHROME_LINES):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].strip()
        short = bool(line) and len(line) <= _CHROME_MAX
        if short and (_CHROME.fullmatch(line) or above and date_line(line)):
            chars = chars or list(text)
            chars[pos:end] = " " * (end - pos)
        elif line:
            above = False
        if nl < 0:
            break
        pos = nl + 1
    masked = _mask_contacts(_mask_related(_mask_credits("".join(chars) if chars else text)))
    if foot is None:
        foot = _listing_start(masked)
    if foot is not None:
        masked = masked[:foot] + _blanked(masked[foot:])
    paras = list(itertools.islice(_PARAGRAPH.finditer(masked), 2))
    if len(paras) == 2 and " ".join(paras[0].group().split()) == " ".join(paras[1].group().split()):
        a, b = paras[1].span()
        masked = masked[:a] + " " * (b - a) + masked[b:]
    return masked


# A photo's credit closing a caption line anywhere in the page: "... at the signing -
# Photo: VGP/Nhat Bac", "... in Bali. (Photo by: Press Bureau/Name)", "... team© agency.net",
# "PM X with FM Y  Copyright: GPO/Name".
# Left in, it runs on into the last item the caption names ("Protocol on X - Photo: Y").
_CREDIT = re.compile(r"(?im)(?:[ \t]+[-–—|][ \t]*|[ \t]*\(|(?<=[.!?])[ \t]*|^[ \t]*|[ \t]{2,})"
                     r"(?:photos?|photograph|images?|pictures?|copyright|credit)(?:[ \t]+by)?"
                     r"[ \t]*:[ \t]*"
                     r"[^\n():.!?]{1,60}\)?[ \t]*$"
                     r"|[ \t]*©[ \t]*[^\n©]{1,40}$")


# A page's contact block at its foot, from its lead-in to the paragraph's end: "For further
# information, please contact:" | "Information and Communication Directorate, ..." (its
# office names read as areas of cooperation).
_CONTACTS = re.compile(r"(?im)^[ \t]*(?:for\s+(?:further|more)\s+(?:information|details)|"
                       r"(?:media|press)\s+(?:contacts?|enquiries|inquiries)|enquiries|"
                       r"inquiries)\b[^\n]{0,60}?(?:contact)?[^\n]{0,20}:[^\n]*"
                       r"(?:\n(?![ \t\r]*\n)[^\n]*)*")


def _mask_contacts(text: str) -> str:
    """``text`` with its contact block blanked (same length, offsets hold): the office names
    in it ("Information and Communication Directorate") are read as areas otherwise."""
    if "nquiries" not in text and "nformation" not in text and "ontact" not in text:
        return text
    return _CONTACTS.sub(lambda m: _blanked(m.group()), text)


def _mask_credits(text: str) -> str:
    # a cheap pre-check before the regex; lower-cased as _CREDIT ignores case ("PHOTO: ...")
    lowered = text.lower()
    if not any(cue in lowered for cue in ("photo", "image", "picture", "©", "copyright",
                                          "credit")):
        return text
    return _CREDIT.sub(lambda m: " " * len(m.group()), text)


# A page's list of related headlines at its foot, set off by two or more blank lines: lines
# of a headline's length, none ending a sentence ("President X attends Forum in Y",
# "President X arrives in Y on a working visit"). Left in, its visits and places are read
# as the release's own.
_RELATED_GAP = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
RELATED_LINES = 3  # headlines at least
RELATED_TAIL = 3000  # characters from the end searched for the gap
# a headline's start: no bullet, number or list marker, nor a document's name opening a
# list of documents signed ("Memorandum of understanding on trade")
_HEADLINE_START = re.compile(r"(?!(?:Memorand|Agreement|Protocol|Declaration|Treaty|Convention|"
                             r"Joint|Programme|Program|Plan|Roadmap|Road map|Contract|Accord|"
                             r"Letter|Exchange)\w*)[A-Z][a-z]")
_SENTENCE_STOP = re.compile(r"[.!?:;\"”’)\]]\s*$")


def _mask_related(text: str) -> str:
    """``text`` with a trailing block of related headlines blanked (offsets hold)."""
    gap = max(_RELATED_GAP.finditer(text, max(0, len(text) - RELATED_TAIL)),
              key=lambda m: m.start(), default=None)  # the last gap
    if gap is None:
        return text
    lines = [ln.strip() for ln in text[gap.end():].split("\n") if ln.strip()]
    if len(lines) < RELATED_LINES or text[:gap.start()].rstrip().endswith(":") or any(
            len(ln) > _CHROME_MAX or _SENTENCE_STOP.search(ln) or not _HEADLINE_START.match(ln)
            for ln in lines):
        return text  # (a list of documents under "were signed:", or bullets, is the text's)
    tail = _blanked(text[gap.end():])
    return text[:gap.end()] + tail


# A page's foot that offers other items under a label on a line of its own ("Check Also",
# "Related posts", "Read also", "You may also like"): another release's headline and lead
# follow, whose visits, people and places are not this release's. Masked from the label on.
_TEASER_LABEL = re.compile(
    r"(?im)^[ \t]*(?:check\s+also|related(?:\s+(?:news|posts?|articles?|stories|items|"
    r"content|links|releases|press\s+releases|portfolios?|ministers?|topics|tags))?|"
    r"(?:read|see)\s+(?:also|more)|also\s+read|"
    r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in|read)|more\s+(?:news|stories|"
    r"articles|press\s+releases)|other\s+(?:news|articles|posts|stories)|latest\s+(?:news|posts)|"
    r"recent\s+(?:news|posts)|popular\s+(?:news|posts)|previous\s+(?:post|article)|"
    r"next\s+(?:post|article))[ \t]*:?[ \t]*$")
TEASER_TAIL = 2500  # characters from the end in which such a label is looked for
TEASER_AFTER_WORDS = 25  # words of the release at least above it (a lead, not a menu)


def _teaser_start(text: str) -> int | None:
    """Where the foot's offer of other items begins (its label), or None; the release's own
    text must stand above the label."""
    label = _TEASER_LABEL.search(text, max(0, len(text) - TEASER_TAIL))
    if label is None or len(text[:label.start()].split()) < TEASER_AFTER_WORDS:
        return None
    return label.start()


# A listing of other items closing the page, each line a stamp glued to another item's
# headline or lead ("07 October 2024, 16:15President ... has received a delegation ...",
# "11/03/2025Deputy Prime Minister Receives ..."): masked from its first line on
_LISTING_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+[A-Za-z]+\.?,?[ \t]+\d{4}|[A-Za-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4}|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})(?:,?[ \t]*\d{1,2}:\d{2})?(?=[A-Z\"“])")
LISTING_LINES = 2  # such lines at least, and nothing but such lines after the first


def _listing_start(text: str) -> int | None:
    """Where a closing listing of other items begins (see _LISTING_LINE), or None."""
    last = text.rstrip()
    if not _LISTING_LINE.match(last, last.rfind("\n") + 1):
        return None  # (the listing runs to the page's end: its last line is one)
    tail_start = max(0, len(text) - TEASER_TAIL)
    start = None
    count = 0
    for m in re.finditer(r"(?m)^.*$", text[tail_start:]):
        line = m.group()
        if not line.strip():
            continue
        if _LISTING_LINE.match(line):
            if start is None:
                start = tail_start + m.start()
            count += 1
        else:
            start, count = None, 0  # (only listing lines may follow the first)
    if start is None or count < LISTING_LINES or len(text[:start].split()) < TEASER_AFTER_WORDS:
        return None
    return start


# the share of lines after the first that must end a sentence for a release with no blank
# line to be read one paragraph per line
_LINES_AS_PARAGRAPHS = 0.75


def _lines_are_paragraphs(text: str) -> bool:
    """Whether a release with no blank lines sets one paragraph per line: nearly every line
    ends a sentence. A page copied with its menus, language switch and date lines does not
    ("Home > News", "EN | FR") and stays one paragraph: read one line each, those lines
    became the lead (the corpus one line per paragraph scores 0.890 read line by line, 0.883
    as one paragraph; a blind probe of pages with their chrome 0.826 line by line, 0.853)."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    if any(ln.endswith(":") for ln in lines):
        return False  # a list under its lead-in ("were signed:") is read within one paragraph
    lines = lines[1:]  # the first line may be a headline, with no stop
    ends = sum(bool(_SENTENCE_END.search(ln)) for ln in lines)
    return bool(lines) and ends >= _LINES_AS_PARAGRAPHS * len(lines)


def resliced(sentences: tuple[Sentence, ...], text: str, start: int,
             stop: int) -> tuple[Sentence, ...]:
    """``sentences`` with those overlapping ``start``..``stop`` read again from ``text``, a
    same-length respelling of the release (a headline recased, no-break spaces as spaces):
    stages that read a respelled text keep every offset."""
    return tuple(Sentence(x.index, x.start, x.end, text[x.start:x.end], x.paragraph)
                 if x.start < stop and start < x.end else x for x in sentences)

# Arabic-script punctuation in an English page ("Friday، 05 July 2024 - 12:20 PM", the
# posting line of Egypt's State Information Service) read as its Latin twin, one character
# for one so that every offset stays the text's
_ARABIC_PUNCTUATION = str.maketrans({"\u060c": ",", "\u061b": ";", "\u061f": "?"})


def segment(text: str, title: str | None = None) -> Doc:
    """Sentences of ``text`` in order, each with its paragraph number and offsets.

    Without a ``title`` from the source's metadata, a standalone first line is taken as
    the headline (it stays sentence 0 as well, so its offsets are evidence too)."""
    text = unwrap_lines(mask_chrome(text.translate(_ARABIC_PUNCTUATION)))
    if title is None:
        title = headline(text)
    sentences: list[Sentence] = []
    pos = 0
    paras = _PARA.split(text) if _PARA.search(text) or not _lines_are_paragraphs(text) \
        else text.split("\n")
    glued = glued_headline(text)
    if glued is not None and glued < len(paras[0]):
        paras[:1] = [paras[0][:glued], paras[0][glued:]]  # the headline is a paragraph
    spans = []
    for para in paras:
        base = text.find(para, pos)
        pos = base + len(para)
        spans.append((base, pos))
    groups = _wrapped_groups(paras) or [[i] for i in range(len(paras))]
    for para_no, group in enumerate(groups):
        base, end = spans[group[0]][0], spans[group[-1]][1]
        for s, e in _sentence_spans(text[base:end], base):
            sentences.append(Sentence(len(sentences), s, e, text[s:e], para_no))
    return Doc(text=text, sentences=tuple(sentences), title=title)
