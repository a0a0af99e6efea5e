"""What kind of event the release reports, from cue phrases in lexicons/visit.toml.

The release's own word wins: a named visit type ("state visit") outranks the talks held
during it, and a call is a call wherever the lead mentions it. Between "met" and "held
talks" the body's lead decides before the headline (a headline "Meeting with ..." over
"held talks" is talks). Clauses about other events (an invitation, next year's visit, a clause
dated to another time) do not count. A visit type the lead does not name still wins where
the text names it further down; a headline that names only a plain visit or trip makes
the meetings of its body the trip's (other). With no cue at all, a lead saying the sides
discussed things reports talks unless a visit is named; a statement naming no event at all
reports none (it is its own document).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.parse.dates import (
    ANNOUNCED_AFTER,
    DATE_ONLY,
    ELSEWHEN_DAYS,
    LEAD_WINDOW_BEFORE,
    elsewhen,
    fragment,
    readable,
)
from briefgen.parse.lexicon import load
from briefgen.parse.segment import Doc, Sentence, per_release
from briefgen.parse.visit_model import features, second_opinion

LEAD_SENTENCES = 4
# characters after a cue that may date it to another time ("official visit to X in
# February 2022"); a date further on qualifies something else ("the anniversary of ...")
DATED_AFTER = 60
DATED_BEFORE = 40
# characters around a cue, inside its clause, that may set it aside as another event's: a
# long clause's far end ("We met today to ... a vision for the future") is about
# something else
SKIP_NEAR = 60
ONGOING_BEFORE = 50  # characters before a cue read for "is on a (three-day) ..."
REMOTE = ("videoconference",)
VISIT_TYPES = ("state visit", "official visit", "working visit")
GATHERINGS = ("summit",)
# a headline that names a summit ("East Asia Summit", "Russia–ASEAN Summit"): attended by
# video, it is still a summit
# (not a "Summit Meeting", a leaders' talks by their name: "Japan-U.S. Video Conference
# Summit Meeting" held by video is a videoconference of two leaders)
_NAMED_SUMMIT = re.compile(r"\bSummit\b(?!\s+(?:[Mm]eeting|[Tt]alks?)\b)")
# a sentence placing the talks on the margins of a gathering reports a meeting beside it
_MARGINS = re.compile(r"\b(?:on|at|in|within)\s+the\s+(?:margins?|sidelines?|side-lines|fringes)"
                      r"\s+of\b", re.I)
# a meeting with someone who came for a gathering ("met with X, who was in Viet Nam for the
# Leaders' Week", "received Y, who is in Z to attend the Summit"): the gathering is why the
# guest is there, the meeting is held beside it (GUIDELINES: a meeting on the margins)
_GUEST_THERE_FOR = re.compile(r"\b(?:met|meets|meeting|received|receives)\b[^.;]*?,\s+who\s+"
                              r"(?:is|was|are|were|has\s+been|had\s+been|arrived|came)\b"
                              r"[^.;,]*$", re.I)
GUEST_THERE_FOR = 250  # characters before a gathering's cue read for it
# a head of state or government, and a minister, envoy or delegation (GUIDELINES: a minister
# or envoy received by a leader, no visit type named, is a meeting, whatever the verb:
# "Prime Minister X held talks with Romanian Foreign Minister Y")
# (not an office named for the leader's: "the Deputy Head of the Office of the President")
_LEADER = re.compile(r"(?<!of\sthe\s)(?<!Vice\s)(?<!Vice-)(?<!Deputy\s)\b(?:President|"
                     r"Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|"
                     r"Crown\s+Prince|Head\s+of\s+State|Taoiseach)\b")
_ENVOY = re.compile(r"\b(?<!Prime\s)(?:Minister|Ambassador|Secretary|Envoy|[Dd]elegation|"
                    r"Chargé|High\s+Commissioner|Governor|Speaker)\b")
LEADER_SIDE = 120  # characters either side of the cue read for each side's office


def _envoy_received(found: VisitFinding) -> VisitFinding:
    """Talks between a leader and a minister, envoy or delegation are a meeting."""
    if found.kind != "talks" or found.sentence is None or not _leader_and_envoy(
            found.sentence, found.start - found.sentence.start, found.end - found.sentence.start):
        return found
    return VisitFinding("meeting", found.sentence, found.start, found.end,
                        found.cue + " of a leader with a minister or envoy")


def _leader_and_envoy(sentence: Sentence, start: int, end: int) -> bool:
    """Whether one side of talks in ``sentence`` (before the cue ``start``..``end``) is a
    leader and the other (after it) a minister, envoy or delegation, or the reverse; a
    side naming both (a president and his ministers) is no envoy."""
    text = sentence.text
    before = text[max(0, start - LEADER_SIDE):start]
    after = text[end:end + LEADER_SIDE]
    after = after[:m.start()] if (m := re.search(r"[.;]\s|,\s+(?:which|where|at\s+which)\b",
                                                  after)) else after
    a_lead, b_lead = bool(_LEADER.search(before)), bool(_LEADER.search(after))
    a_env = bool(_ENVOY.search(_LEADER.sub(" ", before)))
    b_env = bool(_ENVOY.search(_LEADER.sub(" ", after)))
    return (a_lead and not a_env and b_env and not b_lead) or (
        b_lead and not b_env and a_env and not a_lead)


# a headline announcing a plain visit: a summit or leaders' meeting the trip attends is
# not the visit's type (the annotators take the release's word: a plain visit is other)
_PLAIN_VISIT = re.compile(r"\bto visit\b|^Visits? (?:to|of)\b", re.I)
# a summit named for the two sides that hold it ("at the 9th EU-South Africa Summit", "the
# Russia–ASEAN summit"): leaders who meet there hold the summit itself, where a meeting at
# a gathering of many ("met ... at the Summit of the Americas") is one beside it
_PAIR_SUMMIT = re.compile(r"\b(?:at|in)\s+the\s+(?:[\w'’]+\s+)?[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?"
                          r"\s?[-–‒]\s?[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?\s+(?:[Ll]eaders['’]?\s+)?"
                          r"[Ss]ummit\b(?!\s+(?:of|on)\b)")
_BILATERAL = re.compile(r"\bbilateral\b", re.I)
CALLS = ("phone call", "videoconference")
# a visit's programme that has begun: "The events planned for the official visit by X began
# on Tuesday, when ...": the visit is under way, its plan no other event
_PROGRAMME = re.compile(r"plann|scheduled", re.I)
_BEGAN = re.compile(r"\b(?:began|started|commenced|kicked\s+off|got\s+under\s+way|opened)\b")
# a cue inside "ahead of / on the eve of her state visit": an event still to come
_AHEAD_OF = re.compile(r"\b(?:ahead|eve)\s+of\s+(?:his|her|their|the|a|an|its)\s+"
                       r"(?:[\w'’-]+\s+){0,2}?$", re.I)
AHEAD_OF = 60  # characters before a cue read for it
# "spoke with President X" / "called President X" name no medium: a call in a readout, but
# talks in person where the sentence places them beside a gathering or during a visit
_SPOKE = re.compile(r"(?:spoke|called)\b(?!\s+(?:by|on|over|via)\b)", re.I)
_FACE_TO_FACE = re.compile(r"\b(?:margins|sidelines|side-lines|fringes)\s+of\b|\bin\s+person\b|"
                           r"\bface[- ]to[- ]face\b|\bduring\s+(?:his|her|their|the|a|an)\s+"
                           r"(?:\w+\s+){0,3}?(?:visit|trip|stay)\b|\bwhile\s+(?:in|visiting)\b",
                           re.I)


def _sides_only(doc: Doc, pair: VisitFinding) -> bool:
    """Whether the sentence naming an "X-Y Summit" names no state beside its two sides:
    "met the Prime Minister of Vietnam at the US-ASEAN Summit" is a meeting with a third
    state there, "met the Presidents of the European Council and Commission at the
    EU-South Africa Summit" the summit itself."""
    from briefgen.parse.geo import country_mentions

    s = pair.sentence
    assert s is not None
    if s.index < 0:  # a headline from metadata: no offsets to read mentions at
        return True
    inside = {c.country for c in country_mentions(doc.text, pair.start, pair.end)}
    # (the people met are named before the summit; a host state may follow its city)
    around = {c.country for c in country_mentions(doc.text, s.start, pair.start)}
    return around <= inside


# body sentences after the first from which a call or video link no longer overrides a
# first sentence that reports talks held in person at a named place ("Over lunch, the
# President spoke at length with President X" is no call)
FIRST_HAND = 1
_AT_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def _in_person(sentence: Sentence) -> bool:
    """Whether ``sentence`` reports a meeting or talks held at a named seat or city ("held
    talks at the Kremlin with ...", "met in Lima"): such talks were no call."""
    from briefgen.parse.geo import gazetteer

    text = sentence.text
    if not any(pattern.search(text) for _, pattern in _rules().unranked):
        return False
    g = gazetteer()
    return any(_AT_PLACE.search(text, max(0, m.start() - 8), m.start())
               for p in (g.venue_pattern, g.city_pattern) for m in p.finditer(text))


# a headline naming a plain visit, trip or travel as its event ("Visit to Australia by ...",
# "X's Trip to Mexico", "Travel to Kenya and Niger"), and naming no meeting, talks or call:
# the release's own word for the event is the visit (GUIDELINES: a plain visit is other);
# documents signed during it are no other event ("In visit to X, the Presidents sign ...")
_TRIP = re.compile(r"\b(?:visit|visits|trip|travel)\b", re.I)
_TRIP_NOT = re.compile(r"\b(?:meet\w*|met|talks|call|conversation|summit|discuss\w*|"
                       r"statement|outcomes?|remarks|press)\b", re.I)


_TODAY = re.compile(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b", re.I)
# "X is on a working visit to Y scheduled for 16-18 May": the visit is under way
# ("is paying a two-day state visit": a length or a word of praise may come between)
_ONGOING = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:on|paying|making)\s+an?\s+"
                      r"(?:[\w-]+\s+){0,2}?$",
                      re.I)
# with no cue for any kind, a lead that says the sides discussed things reports talks,
# unless the release names a visit anywhere (a plain visit is other)
DISCUSSED_LEAD = 6
_DISCUSSED = re.compile(r"\bdiscuss(?:ed|ions?)\b|\btalks\b", re.I)
_VISIT_WORD = re.compile(r"\bvisit", re.I)
# a lead that opens on a plain visit made ("paid a visit to", "carried out a visit to the
# city of X, where he was received by ..."): the meeting in that sentence is the visit's,
# and the release's own word for the event is the visit (GUIDELINES: a plain visit is other)
_MADE_VISIT = re.compile(r"\b(?:(?:paid|made|carried\s+out|undertook|conducted|(?:is|was)\s+"
                         r"(?:paying|making|on))\s+an?\s+(?:[\w-]+\s+){0,2}?visit\s+to\b|"
                         # "arrived in X on Monday for a visit", "visited X on Friday"
                         r"arrived\s+in\s+[^.;]{0,60}?\bfor\s+an?\s+(?:[\w-]+\s+){0,2}?visit\b|"
                         r"^[^.;,]{0,80}?\bvisited\s+(?-i:[A-Z]))", re.I)

# a lead reporting a trip just ended, with no meeting in its sentence: "arrived in X,
# concluding visits to A, B and C", "wrapped up his tour of A and B"
_ENDED_TRIP = re.compile(r"\b(?:concluding|concluded|wrapping\s+up|wrapped\s+up|completing|"
                         r"completed)\s+(?:(?:his|her|their|an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:visits?|trips?|tours?)\s+(?:to|of|in)\b", re.I)

# a lead reporting the return home after a trip: "After a three-day visit to X to attend
# the Summit, as well as a meeting with ..., President Y arrived in Z on Saturday": the
# trip is the event, its meetings the trip's (the release names no type: other)
_RETURNED_AFTER_TRIP = re.compile(r"^\W*(?:(?:after|following|upon)(?:\s+(?:concluding|completing|"
                                  r"ending|wrapping\s+up))?|"
                                  r"at\s+the\s+end\s+of)\s+(?:his|her|their|the|an?)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:visits?|trips?|tours?)\s+(?:to|of|in)\b"
                                  r"[^.;]{0,300}?\b(?:arrived|returned|arrives|returns|landed)\s+"
                                  r"(?:back\s+)?(?:home|in|to|at)\b", re.I)

# what a traveller arrives for at a tour's next stop, not at home
_ONWARD = re.compile(r"\b(?:visit\w*|talks|meet\w*|met|summit|attend\w*|conference|forum|"
                     r"invitation|participat\w*|take\s+part|hold\w*)\b", re.I)

_PLAIN_MET = ("'met'", "'met with'", "'Met'", "'Met with'")


def _headline_trip(headline: Sequence[Sentence]) -> re.Match[str] | None:
    """The headline's word for a plain visit, when that is all the headline names."""
    if not headline or _TRIP_NOT.search(headline[0].text):
        return None
    return _TRIP.search(headline[0].text)


@dataclass(frozen=True)
class VisitFinding:
    kind: str
    sentence: Sentence | None
    start: int
    end: int
    cue: str
    rule_kind: str | None = None  # the rules' kind where the learned model overruled it


@dataclass(frozen=True)
class _Rules:
    ranked: tuple[tuple[str, re.Pattern[str]], ...]
    unranked: tuple[tuple[str, re.Pattern[str]], ...]
    unless: dict[str, re.Pattern[str]]
    skip: re.Pattern[str]
    beside: re.Pattern[str]
    anywhere: tuple[tuple[str, re.Pattern[str]], ...]
    skip_announced: re.Pattern[str]  # skip without the future words, for announcements


def _alt(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.I)


@functools.cache
def _rules() -> _Rules:
    data = load("visit")
    cues = data["cues"]
    return _Rules(
        ranked=tuple((k, _alt(cues[k])) for k in data["ranked"]),
        unranked=tuple((k, _alt(cues[k])) for k in data["unranked"]),
        unless={k: _alt(v) for k, v in data.get("unless", {}).items()},
        skip=_alt(data["skip"]["patterns"]),
        beside=re.compile("|".join(data["beside_gathering"]["patterns"]), re.I),
        anywhere=tuple((k, _alt(v)) for k, v in data.get("anywhere", {}).items()),
        skip_announced=_alt([p for p in data["skip"]["patterns"]
                             if p not in data["announced"]["future_skip"]]),
    )


SKIPPED_MARKS = 8  # abbreviation dots or date commas passed over when finding a clause's start


def _last_stop(text: str, start: int) -> int:
    """The last full stop before ``start`` that ends a sentence (followed by a space): the
    dots of "U.S.-Nordics" or "No.5" do not cut a clause."""
    i = text.rfind(".", 0, start)
    for _ in range(SKIPPED_MARKS):  # (bounded: a hostile run of dots stays linear)
        if i < 0 or i + 1 >= len(text) or text[i + 1].isspace():
            break
        i = text.rfind(".", 0, i)
    return i


_YEAR_AFTER = re.compile(r",\s*(?:19|20)\d\d\b")


def _last_comma(text: str, start: int) -> int:
    """The last comma before ``start`` that cuts a clause: not the one of "May 26, 2023"."""
    i = text.rfind(",", 0, start)
    for _ in range(SKIPPED_MARKS):
        if i < 0 or not _YEAR_AFTER.match(text, i):
            break
        i = text.rfind(",", 0, i)
    return i


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around a match begins and ends (commas, semicolons, full stops), so
    "invited" elsewhere in a long sentence does not veto its cue."""
    left = max(_last_comma(text, start), text.rfind(";", 0, start), _last_stop(text, start))
    rights = [i for i in (text.find(",", end), text.find(";", end)) if i >= 0]
    return left + 1, min(rights) if rights else len(text)

# an invitation's visit, the inviter's office between: "an invitation from X ... to pay an"
_INVITED_TO = re.compile(r"\binvit\w*\b[^.;]{0,160}?\bto\s+(?:pay|undertake|make)\s+"
                         r"(?:an?\s+|the\s+|his\s+|her\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _first(kind: str, pattern: re.Pattern[str], sentences: Sequence[Sentence],
           announced: bool = False, published: dt.date | None = None) -> VisitFinding | None:
    """The first cue of ``kind`` whose clause is about the reported event: not invited,
    planned or past ("will pay", "last year's"), nor dated, right after the cue, to another
    time than the publication ("his official visit to X in February 2022" in a May
    release)."""
    rules = _rules()
    skip = rules.skip_announced if announced else rules.skip
    for s in sentences:
        for m in pattern.finditer(s.text):
            left, right = _clause_bounds(s.text, m.start(), m.end())
            clause = s.text[left:right]
            ongoing = _ONGOING.search(s.text, max(0, m.start() - ONGOING_BEFORE), m.start())
            # (the skip words are read within SKIP_NEAR characters of the cue in its clause)
            near = s.text[max(left, m.start() - SKIP_NEAR):min(right, m.end() + SKIP_NEAR)]
            skips = [] if ongoing else [w.group() for w in skip.finditer(near)]
            if skips and not (all(_PROGRAMME.match(w) for w in skips)
                              and _BEGAN.search(s.text, m.end())):
                continue  # (a visit one "is on" is under way, whatever it was scheduled for)
            # (an announced visit lies ahead: only a past day sets its cue aside)
            if elsewhen(s.text[max(0, m.start() - DATED_BEFORE):m.end() + DATED_AFTER],
                        published, before=LEAD_WINDOW_BEFORE,
                        after=ANNOUNCED_AFTER if announced else ELSEWHEN_DAYS):
                continue
            # (the cue's own words do not veto it: "a Summit Meeting with")
            rest = clause.replace(m.group(), " ", 1)
            if kind in rules.unless and rules.unless[kind].search(rest):
                continue
            if kind in GATHERINGS and _MARGINS.search(s.text):
                continue  # "to attend the Leaders' Meeting, held talks ... on its margins"
            if kind in GATHERINGS and _GUEST_THERE_FOR.search(
                    s.text, max(0, m.start() - GUEST_THERE_FOR), m.start()):
                continue  # "met X, who was in Y for the Leaders' Week": a meeting beside it
            if _AHEAD_OF.search(s.text, max(0, m.start() - AHEAD_OF), m.start()):
                continue  # "met X today, ahead of her state visit to Japan": still to come
            if _INVITED_TO.search(s.text, left, m.start()):
                continue  # "conveyed an invitation from the Minister for Foreign Affairs of
                # Japan to pay an official visit": however long the inviter's office
            if kind in CALLS and _SPOKE.match(m.group()) and _FACE_TO_FACE.search(s.text):
                continue  # "spoke with President X on the sidelines of the summit": in person
            return VisitFinding(kind, s, s.start + m.start(), s.start + m.end(),
                                f"'{m.group()}'")
    return None


def _call_before(visit: VisitFinding, body: Sequence[Sentence], announced: bool,
                 published: dt.date | None) -> VisitFinding | None:
    """A call the body's lead reports in a sentence before the one naming a visit type: the
    release is about the call ("a call is a call wherever the lead mentions it"); the
    visit it speaks of is another event (thanks for a recent one, plans for one)."""
    if visit.sentence is None or visit.sentence.index < 0:
        return None  # (a headline naming the visit's type)
    rules = _rules()
    # (the body's sentences only: a call the headline names over a visit type in the body
    # keeps its older reading, the type dated to another time or not)
    earlier = [s for s in body if 0 <= s.index < visit.sentence.index]
    for kind, pattern in rules.ranked:
        if kind in CALLS and (call := _first(kind, pattern, earlier, announced,
                                             published)) is not None:
            return call
    return None


FRAGMENTS = 12  # fragments of a page passed over at most in a lead


def lead_body(sentences: list[Sentence], n: int) -> list[Sentence]:
    """The first ``n`` sentences of a body, not counting a page's fragments ("Skip to
    menu", "Advanced search", "aaa") or a filing stamp on a line of its own: a page that
    opens with its furniture still has its lead (up to FRAGMENTS passed over)."""
    out: list[Sentence] = []
    skipped = 0
    for s in sentences:
        if len(out) - skipped >= n:
            break
        out.append(s)
        if skipped < FRAGMENTS and fragment(s.text):
            skipped += 1
    return out


@per_release
def _headline_and_lead(doc: Doc) -> tuple[tuple[Sentence, ...], tuple[Sentence, ...]]:
    """The headline and the lead's body (classify asks twice for the same ``doc``: the
    rules, then the model's features)."""
    in_text = doc.title_in_text
    headline = tuple(doc.sentences[:1]) if in_text else ()
    body = tuple(lead_body(doc.sentences[len(headline):], LEAD_SENTENCES))
    if doc.title and not in_text:
        # a headline from the page's metadata is not in the text: it has no offsets
        headline = (Sentence(0, 0, 0, doc.title, -1),)
    return headline, body


def classify(doc: Doc, announced: bool = False, published: dt.date | None = None
             ) -> VisitFinding:
    """The visit type of the main event, with the sentence and cue that decided it: the
    cue rules' (``rule_classify``), unless the learned model (visit_model.py, trained on
    other issuers' gold) is surer of another of talks, meeting, other. The finding keeps the rules'
    sentence and cue, and their kind in ``rule_kind`` (not_a_visit reads that)."""
    found = rule_classify(doc, announced, published)
    feats = model_features(doc, found, announced)
    kind = second_opinion(feats, found.kind)
    if kind is None:
        return found
    return VisitFinding(kind, found.sentence, found.start, found.end,
                        f"model over the rules' {found.kind} ({found.cue})", found.kind)


def model_features(doc: Doc, found: VisitFinding, announced: bool) -> list[str]:
    """The learned model's features of a release whose rules found ``found``."""
    doc = readable(doc)
    headline, body = _headline_and_lead(doc)
    return features(doc, headline, body, found.rule_kind or found.kind, found.cue, announced,
                    found.sentence is not None)


def rule_classify(doc: Doc, announced: bool = False, published: dt.date | None = None
                  ) -> VisitFinding:
    """The cue rules' visit type of the main event, with the sentence and cue that decided
    it. In a release announcing a visit (``announced``) the planned visit is the main event,
    so its future clauses ("will undertake a state visit") count. A cue in a clause dated
    well away from ``published`` is another event's."""
    doc = readable(doc)
    rules = _rules()
    headline, body = _headline_and_lead(doc)
    for kind, pattern in rules.ranked:
        if announced and kind in GATHERINGS and _PLAIN_VISIT.search(" ".join(
                s.text for s in headline)):
            continue  # "Prime Minister to visit X" for a leaders' meeting there: a visit
        if kind in GATHERINGS and any(_MARGINS.search(s.text) for s in headline + body):
            continue  # "Summit Meeting" headline over talks "on the margins of" a summit
        found = _first(kind, pattern, headline + body, announced, published)
        if (found is not None and kind in CALLS and found.sentence is not None and body
                and found.sentence.index >= body[0].index + FIRST_HAND and _in_person(body[0])):
            continue  # "held talks at the Kremlin", then "calls cannot replace meetings"
        if found is not None and kind in VISIT_TYPES and (call := _call_before(
                found, body, announced, published)) is not None:
            return call  # a call, then "the hospitality during her recent state visit"
        if found is not None:
            if found.kind in REMOTE and headline and _NAMED_SUMMIT.search(headline[0].text):
                # "East Asia Summit" over "addressed, via videoconference, the summit"
                return VisitFinding("summit", headline[0], headline[0].start,
                                    headline[0].start, "a summit the headline names, held "
                                    f"remotely ({found.cue})")
            return found
    if not any(_MARGINS.search(s.text) or _BILATERAL.search(s.text) for s in headline + body):
        pair = _first("pair summit", _PAIR_SUMMIT, headline + body, announced, published)
        if pair is not None and pair.sentence is not None and _sides_only(doc, pair):
            return VisitFinding("summit", pair.sentence, pair.start, pair.end,
                                f"a summit of the two sides ({pair.cue})")
    everything = list(doc.sentences)
    summit = [f for kind, pattern in rules.anywhere if kind == "summit"
              and (f := _first(kind, pattern, everything, published=published)) is not None]
    if summit:
        return summit[0]
    typed = [f for kind, pattern in rules.ranked if kind in VISIT_TYPES
             and (f := _first(kind, pattern, everything, announced, published)) is not None]
    if typed:
        return min(typed, key=lambda f: f.start)
    trip = _headline_trip(headline)
    for scope in (body, headline):
        hits = [f for kind, pattern in rules.unranked
                if (f := _first(kind, pattern, scope, announced, published)) is not None]
        if hits and trip is not None and not _TODAY.search(
                min(hits, key=lambda f: f.start).sentence.text):  # type: ignore[union-attr]
            # "Readout of X's Trip to Mexico" over "met with": the meetings are the trip's
            # (but a meeting held "today" during a visit is the day's news: a meeting)
            return VisitFinding("other", headline[0], headline[0].start + trip.start(),
                                headline[0].start + trip.end(),
                                f"a plain visit the headline names ('{trip.group()}')")
        if hits:
            # (of two cues at one place the longer reads more: "hosted X for talks")
            best = min(hits, key=lambda f: (f.start, f.start - f.end))
            # (the lead's first cue: no earlier body sentence names any meeting or talks)
            made = (_MADE_VISIT.search(best.sentence.text) if best.sentence is not None
                    and scope is body else None)
            if made is None and scope is body and best.sentence is not body[0] \
                    and (first := _MADE_VISIT.search(body[0].text)) is not None:
                # "X visited Iceland on Friday. He met Y": the visit the lead opens on
                return VisitFinding("other", body[0], body[0].start + first.start(),
                                    body[0].start + first.end(),
                                    f"a plain visit the lead opens on ('{first.group()}')")
            back = _RETURNED_AFTER_TRIP.search(body[0].text) if scope is body else None
            if back is not None and not _ONWARD.search(body[0].text, back.end()):
                # (not one arrived "for a state visit": the tour's next stop)
                return VisitFinding("other", body[0], body[0].start + back.start(),
                                    body[0].start + back.end(),
                                    "a trip the lead reports ended, its traveller home again")
            if made is None and scope is body and best.sentence is not body[0]:
                # "arrived home, concluding visits to A, B and C", and the meetings of
                # each stop below: the trip is the event
                ended = _ENDED_TRIP.search(body[0].text)
                if ended is not None:
                    return VisitFinding("other", body[0], body[0].start + ended.start(),
                                        body[0].start + ended.end(),
                                        f"a trip the lead reports ended ('{ended.group()}')")
            if made is not None and best.sentence.start + made.end() <= best.start:
                # "carried out a visit to X, where he was received by ...": a plain visit
                return VisitFinding("other", best.sentence, best.sentence.start + made.start(),
                                    best.sentence.start + made.end(),
                                    f"a plain visit the lead reports ('{made.group()}')")
            if (scope is body and best.kind == "meeting" and best.cue in _PLAIN_MET
                    and headline and not rules.beside.search(doc.text)):
                # "X and Y hold talks in London" over "X met Y in London": "met" names
                # no kind; the headline's word for the same encounter does
                talks = _first("talks", dict(rules.unranked)["talks"], headline, announced,
                               published)
                if talks is not None:
                    return _envoy_received(talks)
            if best.kind == "talks" and rules.beside.search(doc.text):
                return VisitFinding("meeting", best.sentence, best.start, best.end,
                                    best.cue + " beside a larger gathering")
            return _envoy_received(best)
    for kind, pattern in rules.anywhere:
        if kind != "summit" and (found := _first(kind, pattern, everything,
                                                       published=published)) is not None:
            return found
    opening = _address_opening(doc, headline)
    if opening is not None:
        return opening
    if not _VISIT_WORD.search(doc.text) and not (doc.title and _VISIT_WORD.search(doc.title)):
        for sentence in doc.sentences[:DISCUSSED_LEAD]:
            m = _DISCUSSED.search(sentence.text)
            if m and _two_sides(doc, sentence):
                # "The leaders discussed ...", with no visit: bilateral talks (GUIDELINES)
                return VisitFinding("talks", sentence, sentence.start + m.start(),
                                    sentence.start + m.end(), f"'{m.group()}' and no visit")
            if m:
                break  # "the meeting discussed ..." of one state's officials: no talks
    return VisitFinding("other", None, 0, 0, "no visit-type cue in the lead")


def _two_sides(doc: Doc, sentence: Sentence) -> bool:
    """Whether the headline and the lead may name two sides (not just one state; an
    organisation beside a state counts), as talks have two sides: an internal meeting of one
    ministry that "discussed" the year's work names one ("chaired an internal meeting
    attended by senior officials ... the meeting discussed")."""
    from briefgen.parse.geo import country_mentions

    lead = doc.sentences[:DISCUSSED_LEAD]
    end = max(sentence.end, lead[-1].end if lead else 0)
    states = {c.country for c in country_mentions(doc.text, 0, end)}
    if doc.title:
        states |= {c.country for c in country_mentions(doc.title)}
    # (states the gazetteer does not know leave it open: only one named state says so)
    return (len(states) != 1 or bool(_PARTNER.search(doc.text, 0, end))
            or bool(_ORGANISATION.search(doc.text, 0, end)))


# a body that is a side of talks beside a state ("Australia and the European Union")
_ORGANISATION = re.compile(r"\b(?:European\s+(?:Union|Commission)|EU|African\s+Union|ASEAN|"
                           r"United\s+Nations|UN|NATO|OSCE|CARICOM|Mercosur|Commonwealth|"
                           r"Arab\s+League|Gulf\s+Cooperation\s+Council|GCC|OAS|IMF|World\s+Bank)\b")


# an address whose opening reports the day's talks held in person: "It was here, at the
# Palace, that I held talks today with ...", "I was glad to welcome President X in Kyiv"
ADDRESS_OPENING = 400  # characters of the body read for the day's talks
_OPENING_TALKS = re.compile(r"\b(?:I|we)\s+(?:\w+\s+){0,3}?(?P<cue>held\s+talks|met\s+with|"
                            r"welcome[ds]?)\b", re.I)
# (a day's name is said of the day as "today" is: "I held talks on Sunday with X")
_OPENING_PLACE = re.compile(r"\b(?:today|here|in\s+[A-Z]\w+|at\s+the\s+[A-Z]\w+|"
                            r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)


def _address_opening(doc: Doc, headline: list[Sentence]) -> VisitFinding | None:
    """Talks or a meeting held in person that an address (a genre headline) opens on, in
    its first ADDRESS_OPENING characters, said of today or of a named place: the day's
    event the address reports (nightly addresses also report calls, left undecided)."""
    if not headline or not _not_visit_rules().genre.search(headline[0].text):
        return None
    body = [s for s in doc.sentences if s.index > headline[0].index]
    if not body:
        return None
    for s in body:
        if s.start - body[0].start > ADDRESS_OPENING:
            break
        m = _OPENING_TALKS.search(s.text)
        if m and _OPENING_PLACE.search(s.text, m.end()):
            kind = "meeting" if m.group("cue").lower().startswith("met") else "talks"
            return VisitFinding(kind, s, s.start + m.start("cue"), s.start + m.end("cue"),
                                f"an address opening on the day's talks ('{m.group('cue')}')")
    return None


# a genre headline that names the event it was given at ("Address at the signing of ...",
# "Remarks at the meeting with ..."): the release reports that event
_HEADLINE_EVENT = re.compile(r"\b(?:at|during|after|following)\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
                             r"(?:signing|meeting|talks|summit|visit|conversation|call)\b", re.I)
OPENING_EVENT = 2  # body sentences in which an address may name the day's calls as its subject


def _opens_with_event(doc: Doc, visit: VisitFinding, in_text: bool) -> bool:
    """Whether an address opens on the event it reports ("Today was a day of phone
    conversations"): the visit-type cue lies in its first OPENING_EVENT body sentences."""
    if visit.sentence is None or visit.kind == "other" or visit.sentence.index < 0:
        return False
    if visit.cue.startswith("an address opening"):
        return True
    # (a page's fragments, "Ukrainians!", "For our freedom.", do not count)
    opening = lead_body(doc.sentences[1 if in_text else 0:], OPENING_EVENT)
    if any(s.index == visit.sentence.index for s in opening):
        return True
    # (the lead passes over "Citizens!", so its cue may lie beyond an opening that reports
    # the day's talks held in person: "I was glad to welcome President X in Lima.")
    return _address_opening(doc, list(doc.sentences[:1]) if in_text else []) is not None


# body sentences read for any word naming an event, in a headed release (a lead too
# short to read says nothing of its genre)
QUIET_LEAD = 3
# ...or a partner, a signing or a part taken ("X and Y sign deals", "with her
# counterpart", "took part in the Forum"), where the states are named in ways the
# gazetteer does not know
_PARTNER = re.compile(r"\b(?:sign|counterparts?|bilateral|delegations?|partners?|took part|"
                      r"participat\w*)\b", re.I)
LEAD_GENRE = 3  # body sentences that may say the release is a message, decree or interview
DOMESTIC_LEAD = 4  # body sentences read for the states a domestic gathering names


@dataclass(frozen=True)
class _NotVisit:
    genre: re.Pattern[str]
    lead_genre: re.Pattern[str]
    domestic: re.Pattern[str]
    event: re.Pattern[str]  # any word naming an event at all


def _ci(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@functools.cache
def _not_visit_rules() -> _NotVisit:
    data = load("visit")["not_a_visit"]
    return _NotVisit(_ci(data["genre"]), _ci(data["lead_genre"]), _ci(data["domestic"]),
                     _ci(data["event_words"]))


def not_a_visit(doc: Doc, visit: VisitFinding) -> str | None:
    """Why the release reports no visit, meeting, call, talks or signing (None when it
    does): its headline or opening names a genre that is the document itself (a decree,
    greetings, an address, an interview), or a domestic gathering where no second state
    is named. A visit type the headline itself names (a state visit, a call) always wins,
    so a release about a call or meeting is never dropped for its genre word."""
    doc = readable(doc)
    from briefgen.parse.geo import country_mentions

    rules = _not_visit_rules()
    in_text = doc.title_in_text
    headline = (doc.title or "").strip()
    body = list(doc.sentences[1 if in_text else 0:])
    if visit.rule_kind is not None:  # the rules' reading decides, not the model's
        visit = VisitFinding(visit.rule_kind, visit.sentence, visit.start, visit.end, visit.cue)
    if visit.sentence is not None and visit.kind in load("visit")["ranked"] and (
            visit.sentence.index < 0 or in_text and visit.sentence.index == 0):
        return None  # the headline names the event's own type
    m = rules.genre.search(headline)
    if m and not _HEADLINE_EVENT.search(headline) and not _opens_with_event(doc, visit, in_text):
        return f"headline genre '{m.group()}'"
    for s in body[:LEAD_GENRE]:
        m = rules.lead_genre.search(s.text)
        if m:
            return f"lead genre '{m.group()}'"
    if (visit.sentence is None and _STATEMENT.search(headline)
            and not rules.event.search(doc.text) and not rules.event.search(headline)):
        # a statement with no cue for any kind and no word for any event: it is its own
        # document (a joint statement of positions)
        return "a statement naming no event"
    m = rules.domestic.search(headline)
    quiet_lead = lead_body(body, QUIET_LEAD)
    quiet = (m is None and visit.sentence is None and bool(headline)
             and len(body) >= QUIET_LEAD and not any(rules.event.search(t) or _PARTNER.search(t)
                         for t in [headline, *(s.text for s in quiet_lead)]))
    if m is None and not quiet:
        return None
    lead = lead_body(body, DOMESTIC_LEAD)
    states = {c.country for c in country_mentions(headline)}
    if lead:
        states |= {c.country for c in country_mentions(doc.text, lead[0].start, lead[-1].end)}
    if len(states) <= 1:
        # (a lead with no cue and no word for any event, naming one state at most, is a
        # domestic announcement: "The Government proposes NOK 2 billion for ...")
        return f"domestic '{m.group()}'" if m else "a domestic lead naming no event"
    return None


_STATEMENT = re.compile(r"\b(?:statement|declaration|communiqu[eé])\b", re.I)
ANNOUNCE_LEAD = 2  # body sentences that must carry an announcement
_HEADINGS = 3  # headings in capitals passed over at most before them


@functools.cache
def _announce_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("visit")["announced"]
    return _ci(data["future"]), _ci(data["held"])


def announces_visit(doc: Doc) -> bool:
    """Whether the release announces a visit still to come ("X will visit Y from 3 to 5
    May", "looks forward to welcoming X on 26 July"): a future cue in the headline or the
    opening sentences and no event already held there."""
    doc = readable(doc)
    future, held = _announce_rules()
    in_text = doc.title_in_text
    # (a heading in capitals below the headline, as archive transcripts restate it, is not
    # one of the body's sentences)
    # (nor is a filing stamp, a date on a line of its own: "Sunday 4 February 2024")
    # (nor a page's furniture above the lead, "Go to Homepage", a menu: as lead_body skips)
    body = [s.text for s in doc.sentences[1 if in_text else 0:][:ANNOUNCE_LEAD + _HEADINGS
                                                                 + FRAGMENTS]
            if any(c.islower() for c in s.text) and not DATE_ONLY.fullmatch(s.text)
            and not fragment(s.text)]
    lead = ([doc.sentences[0].text] if in_text else []) + body[:ANNOUNCE_LEAD]
    if doc.title and not in_text:
        lead.insert(0, doc.title)
    if any(held.search(t) for t in lead):
        return False
    return any(future.search(t) for t in lead)
