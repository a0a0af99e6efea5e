"""Where the main event took place: a venue ("in the Kremlin"), a city after a place
preposition ("talks in Canberra", "state visit to Singapore"), or a settlement ("the
village of X"); the dateline only when nothing better is said and the text names its city
again or the lead names its country (GUIDELINES: a dateline alone does not). Phone calls
have no place. A place in a clause about another event is passed over: one dated to
another time ("the talks held in Oslo on 9 January", "in Kyiv recently"), an embassy's
city, a state named as a possessor ("Russia's war"), a tour of several cities or states.
A headline that ends on a city, a gathering named with its host city ("the Halifax
Forum"), "the Kenyan capital" and a host's "here in X" to the guest also place the event.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import cache

from briefgen.parse import geo
from briefgen.parse.dates import (
    ELSEWHEN_DAYS,
    MONTHS,
    PRIOR_OPENER,
    elsewhen,
    fragment,
    readable,
)
from briefgen.parse.lexicon import alternation, load
from briefgen.parse.segment import Doc, Sentence

LEAD_SENTENCES = 4
# (a city opening its sentence, perhaps after a list's bullet: "• Canberra")
_PLACE_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Aa]t|to|visit(?:s|ed|ing)?)\s+(?:the\s+)?|"
                           # the capital named after the word: "in the capital Nairobi", "in
                           # the Kenyan capital city of Nairobi"
                           r"\b(?:[Ii]n|[Aa]t|to)\s+the\s+(?:[A-Z][\w'’-]*\s+)?capital(?:\s+city)?"
                           r"\s+(?:of\s+)?|"
                           # a journey's destination: "left Accra for Santiago on Monday"
                           r"\b(?:left|leaves|leaving|departed|departs|departing)\s+"
                           r"(?:[A-Z][\w'’-]*\s+){0,2}?for\s+(?:the\s+)?|"
                           # a seat named with its city: "at the presidential palace of X"
                           r"\b(?:[Pp]alace|[Rr]esidence)\s+of\s+|"
                           r"^[\s•·▪‣◦*-]*)$")
_CITY_COMMA = re.compile(r"\b(?:in|at)\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+"
                         r"((?:the\s+)?[A-Z][\w.'’-]*(?: [A-Z][\w'’-]+){0,3}?)(?=[,.;]|\s+[a-z]|$)|"
                         # the state in brackets: "in X (Switzerland)", "in Y (central Burundi)"
                         r"\b(?:in|at)\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+\((?:[a-z]+\s+)?"
                         r"((?:the\s+)?[A-Z][\w.'’-]*(?: [A-Z][\w'’-]+){0,3}?)\)")
_MARGINS = re.compile(r"\b(?:margins|sidelines|side-lines)\s+of\b", re.I)
# a leader going to a gathering of many states held in a city: "will leave to attend the
# Fourth Summit of Heads of State of the Community ... to be held in X" (its host is a venue,
# as on the margins of one, not a party to the leader's talks)
_ATTEND_GATHERING = re.compile(r"\b(?:attend|attends|attended|attending|participate\s+in|"
                               r"take\s+part\s+in)\s+the\s+(?:[\w-]+\s+){0,3}?(?:Summit|"
                               r"Conference|Forum|Assembly)\s+of\b[^.;]{0,150}?\bheld\s+in\s+"
                               r"(?:the\s+)?$")
_COUNTRY_PLACE = re.compile(r"\b(?:visit|trip|arriv(?:ed|es|al|ing)|landed|"
                            # "during her stay in X"
                            r"stay(?:ed|ing|s)?|"
                            # "will travel to X from 20 to 23 March"
                            # (not "for officials to travel to X in the near future")
                            r"travel(?:s|led|ling|ed|ing)|(?:will|shall)\s+travel|journey(?:s|ed)?|"
                            # "welcomed President X to Y", not "welcomed X's provision of aid to Y"
                            # (nor "the welcome accorded to Y": Y is the guest, welcomed)
                            r"welcom(?:e|ed|es|ing)(?!\s+(?:accorded|extended|given|offered|shown)\s)"
                            r"(?:\s+(?:(?!['’]s\b|(?:accorded|extended|given|offered|shown)\s+to\b)"
                            r"[^,.]){1,80}?)?)"
                            r"\s+(?:[\w'’]+\s+){0,3}?(?:to|in)\s+(?:the\s+)?$|"
                            # a journey's destination: "left for X this morning on a visit"
                            r"\b(?:left|leaves|leaving|departed|departs|departing|set\s+off|"
                            r"headed|heads|flew|flies)\s+(?:\w+\s+)?"
                            # ("left the island this morning, 15 May, for X")
                            r"(?:[^.;]{0,50}?,\s+)?for\s+(?:the\s+)?$|"
                            # talks are held in a place, not to it ("talks on arms supplies to
                            # X"); a bare "in"/"at" reaches a state only through a named thing
                            # ("in World Economic Forum in Jordan", not "in providing aid to X")
                            # ("held" of the event: "the talks were held in X", "the meeting,
                            # held in X", not "music competitions held in X")
                            r"\b(?:talks|meeting|summit|met|signed|(?:talks|negotiations|"
                            r"consultations|meetings?|summit|visit|conference|forum|session|"
                            r"ceremony|was|were|be|been|being|is|are|which|that),?\s+held)"
                            r"\s+(?:[\w'’]+\s+){0,3}?in"
                            r"\s+(?:the\s+)?$|"
                            r"\b(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}?(?:to|in)"
                            r"\s+(?:the\s+)?$|"
                            # "it is good to have you here in X", "being here in X today"
                            r"\bhere,?\s+(?:in|to)\s+(?:the\s+)?$|"
                            r"\b(?:is|was|are|were)\s+(?:now\s+|currently\s+)?in\s+(?:the\s+)?$|"
                            r"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?$|"
                            # "as an official guest of the Government of Japan"
                            r"\bguests?\s+of\s+the\s+(?:\w+\s+)?[Gg]overnment\s+of\s+(?:the\s+)?$",
                            re.I)
_FOREIGN_EVENT = re.compile(r"\b(?:last|previous(?:ly)?|former|next|future|invit\w*|will|recent|"
                            r"upcoming|going\s+to|in the past|forthcoming|preparations?\s+for|"
                            # "agreed to meet again in X": a meeting still to come
                            r"(?:agreed|decided|hope[sd]?|intend\w*|plann?\w*)\s+to\s+meet|"
                            r"recall\w*|"
                            # "two weeks after their meeting in X", "had first met in X"
                            r"(?:days?|weeks?|months?|years?)\s+(?:after|before|since)|"
                            r"had\s+(?:\w+\s+)?(?:met|held|visited|signed|attended))\b", re.I)
# "looks forward to seeing the Prime Minister in X", "on the eve of his trip to X": a later
# meeting or journey, not the one reported
_LOOK_FORWARD = re.compile(r"\blook(?:s|ed|ing)?\s+forward\s+to\b[^.;,]*$|"

                           # "on the eve of his trip to X", "ahead of her visit to X"
                           r"\b(?:eve\s+of|ahead\s+of|before|prior\s+to)\s+(?:his|her|their|the|"
                           r"a|an)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|journey|travel|departure)\s+"
                           r"to\s+(?:the\s+)?$", re.I)
LOOK_FORWARD = 100  # characters before a place read for it
# "plans to invite President X to make an official visit to Y": the visit invited to is
# another event, in a release announcing a visit too (read over LOOK_FORWARD characters,
# wider than another event's words)
# (one clause: not "invited to visit Y by Z, arrived in W today", the invited visit made)
_INVITING = re.compile(r"\binvit(?:e|es|ed|ing|ations?)\s[^.;,]*?\bto\s+(?:make|pay|undertake|"
                       r"visit|attend)\b[^.;,]*$", re.I)  # (or "conveyed an invitation from ...")
# an invitation received to a gathering or visit to come: "received an invitation from King X
# to attend the regional summit ... next week in Y" (the invited event's place)
_INVITED_TO = re.compile(r"\b(?:received|receives|receiving|extended|extends|conveyed|conveys|"
                         r"delivered|delivers|handed)\s+(?:him\s+|her\s+)?(?:an?|the)\s+"
                         r"(?:\w+\s+)?invitation\b[^.]{0,300}?\bto\s+(?:attend|visit|take\s+part|"
                         # (the invited event's clause only: not "..., arrived in X")
                         r"participate|join)\b(?:(?!\b(?:arrived|arrives|landed|met|meets|holds|"
                         r"signed|began|begins)\b)(?!(?<!\bbe\s)(?<!\bbeen\s)\bheld\b)[^.])*$")
INVITED_TO = 400  # characters before a place read for it
_LIST_NEXT = re.compile(r",\s*|\s+and\s+")
_LIST_PREV = re.compile(r"(?:,|\band)\s*$")
_ALONE = re.compile(r"[\W\d]*")
# the rest of a filing line after its city: "Queenstown, New Zealand", "Oslo, 3 May 2025"
# (also with the state's abbreviation in brackets, as Brazilian and Italian releases write
# it: "Brasília (DF), 12 February 2026", "Napoli (NA) – ...")
# (and the state in square brackets, as Indian wires write it: "New Delhi [India], October 9")
# (and a state in brackets with dots, as agencies write it: "San Francisco (U.S.), Nov. 15")
_STATE_ABBR = r"(?:\s*(?:\([A-Z]{2,3}\)|\([A-Z]\.(?:[A-Z]\.){1,3}\)|\[[A-Z][\w .'’-]{1,30}\]))?"
# (and an agency's name in capitals closing it: "Baku, May 28, AZERTAC")
_LINE_REST = re.compile(_STATE_ABBR + r"(?:,\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                        r"[\W\d]*|[\W\d]*(?:[A-Z][a-z]+\.?[\W\d]*)?)(?:[A-Z]{3,}[\W\d]*)?")
# a filing place opening the body's first line, in any case: "Lima, 13 May 2025 – The
# Minister ...", "Lima – ..." (GUIDELINES: a dateline alone does not place the event)
# (three hyphens too, as ONA writes it: "Muscat, 14 Mar (ONA) --- ...")
_FILING_TAIL = re.compile(_STATE_ABBR + r"(?:,[^–—\n]{1,40}?)?\s+(?:-{1,3}|[–—])\s|"
                          # (a dash glued to the city: "Windhoek- The President ...")
                          r"-{1,2}\s+(?=[A-Z])|"
                          # (an agency's name in brackets closing it, with no dash: "Addis
                          # Ababa, January 10/2019 (ENA) Prime Minister ...")
                          # (or of a few words: "Havana, Jan 18 (Prensa Latina) President X")
                          r"(?:,[^–—\n()]{1,40}?)?\s*\([A-Z][A-Za-z]{1,10}(?:\s[A-Z][A-Za-z]{1,12})"
                          r"{0,2}\)\s*[.,]?\s*(?:-{1,3}|[–—:.])?"
                          r"\s*(?=[A-Z])|"
                          r"\s*\[[A-Z][\w .'’-]{1,30}\],[^–—:\n]{1,40}?\s*[:–—-]\s")
# a filing line ended by its agency's name, a sentence of its own: "Tashkent, March 12 (UzA)."
_AGENCY_REST = re.compile(r",[^–—\n()]{1,40}?\s*\([A-Z][A-Za-z]{1,10}"
                          r"(?:\s[A-Z][A-Za-z]{1,12}){0,2}\)[\W\d]*")
# a filing line that gives its day before its city: "12 March 2025, Bangkok – ..."
_DAY_BEFORE_CITY = re.compile(r"\W*(?:[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+(?:19|20)\d\d|"
                              r"[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)"
                              r"\s*[,–—-]?\s*")
# a filing line glued to the body's first sentence, as text that lost its line breaks writes
# it: "Canberra Australian Prime Minister X met ...", "Queenstown, New Zealand Australia and
# New Zealand will ..." (the city, perhaps its state, then a capitalised word)
_GLUED_TAIL = re.compile(_STATE_ABBR + r"(?:,\s*(?:the\s+)?[A-Z][\w.'’-]*"
                         r"(?:\s+[A-Z][\w.'’-]*){0,3}?)?\s+(?=[A-Z])")
# in a release announcing a visit, the planned visit is the event: "will visit X" counts
_PAST_EVENT = re.compile(r"\b(?:last|previous|former|invit\w*)\b", re.I)
# right after the place: "met in Kyiv recently", "in Rome last year", "in Oslo not so long ago"
# (not the days just past that date the reported event itself: "in X last Monday", "last
# night", "earlier today", "earlier this week")
_ELSEWHEN_AFTER = re.compile(r"\W*(?:\w+\s+){0,3}?(?:recently|"
                             r"earlier(?!\s+(?:today|this\s+(?:week|morning|afternoon)))|"
                             # ("in Moscow past November", as some wires write "last")
                             r"(?:last|past)(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|night|"
                             r"evening)\b(?!['’]s))|previous(?:ly)?|ago|formerly|soon)\b", re.I)
def _quoted(before: str) -> bool:
    """Whether a sentence's text ``before`` a place leaves a quotation open: the place is
    in a speaker's words, not the report's ("underlined that the region 'must speak with
    one voice in Brussels'"). A quotation that opens the sentence is the speaker's report
    of the day ('"I am glad to be in X today," said ...') and is left to count."""
    opened = before.count("“") - before.count("”")
    if opened <= 0:
        opened = before.count('"') % 2
    if opened <= 0:
        return False
    first = min((i for i in (before.find("“"), before.find('"')) if i >= 0), default=0)
    return bool(before[:first].strip())


def _quote_opening(before: str) -> str | None:
    """The words of a quotation that opens the sentence and is still open at the end of
    ``before`` ('"I will discuss this next week on my trip to X'), if any: its own words
    set the time of a place in it, however far back ("next week", "will")."""
    head = before.lstrip()
    if not head.startswith(("“", '"')):
        return None
    quote = head[1:]
    if "”" in quote or '"' in quote:
        return None
    return quote


# the conjunct a place belongs to starts after the last "and" of its clause: "the call on
# 3 February and these meetings in X" does not date the meetings
_CONJUNCT = re.compile(r".*\band\s", re.S)
# "as they are here in X": said of the country at large, not of the talks
_AS_HERE = re.compile(r"\b(?:as|like)\s+(?:\w+\s+){0,3}?here,?\s+(?:in|to)\s+(?:the\s+)?$", re.I)
# a city reached by "to" is the event's only on a journey there: "visit to X", "travel to X",
# "welcome you to X", "on a working trip to the X"
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_DIRECTED_TO = re.compile(r"\b(?:visits?|visited|visiting|trip|travel\w*|welcom\w*|came|comes?|"
                          r"coming|arriv\w*|journey\w*|flew|fly\w*|addition|head(?:s|ed|ing)?)"
                          r"(?:\s+[\w'’-]+){0,3}?\s+to\s+(?:the\s+)?$|"
                          # "welcomed the Prime Minister of Fiji, Sitiveni Rabuka, to X"
                          r"\bwelcom\w*\s[^.;]{1,100}?\bto\s+(?:the\s+)?$", re.I)
# a city named as where a subject of the talks happens: "the situation in X", "the attack in
# X", "the humanitarian needs in X"
_TOPIC_BEFORE = re.compile(r"\b(?:situation|attacks?|war|conflict|crisis|developments|"
                           r"shelling|strikes?|bombings?|explosions?|fighting|hostilities|"
                           r"occupation|tragedy|needs|elections?|unrest|violence|terror\w*)"
                           r"\s+(?:\w+\s+)?(?:in|of|on|at)\s+(?:the\s+)?$", re.I)
# a city where something spoken of was reached before: "the agreements reached in X", "the
# goals set in X", "the outcome of the conference in X", "congratulated Y on the success of
# the summit in X" (not "signed": a signing is often the event itself)
_OUTCOME_BEFORE = re.compile(r"\b(?:(?:agreements?|accords?|arrangements?|decisions?|"
                             r"understandings?|commitments?|goals?|targets?|consensus|"
                             r"agreed|declarations?)\s+(?:\w+\s+)?(?:reached|adopted|concluded|"
                             r"made|set|taken|achieved|agreed\s+upon)\s+(?:earlier\s+|"
                             r"previously\s+)?|(?:outcomes?|results?|success|conclusions?|"
                             r"decisions?)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?)(?:in|at)\s+"
                             r"(?:the\s+)?$|\bcongratulat\w*\s[^.;]*?\bon\s+(?:the\s+)?(?:[\w-]+\s+)"
                             r"{0,3}?(?:success|outcome|results?|holding|hosting|organi[sz]ation)"
                             r"\b[^.;]*$", re.I)
OUTCOME_BEFORE = 120  # characters before a place read for it
# a city where an event of another kind is held, a subject of the talks: "stressed the
# importance of the X festival held in Y", "the exhibition taking place in Y"
_SHOW_HELD_BEFORE = re.compile(r"\b(?:festivals?|exhibitions?|expos?|fairs?|competitions?|"
                               r"championships?|games|olympics|concerts?|tournaments?|"
                               r"marathons?|biennale|carnival)\s+(?:[\w-]+\s+){0,2}?(?:held|"
                               r"taking\s+place|to\s+be\s+held|hosted|organi[sz]ed)\s+in\s+"
                               r"(?:the\s+)?$", re.I)
# "welcomed Japan's support to Ukraine": the thing welcomed is someone's act, the state its
# object (but "welcomed the President's visit to X" is a journey there)
_WELCOMED_ACT = re.compile(r"\bwelcom\w*\s[^.;]*?['’]s\s+(?!(?:\w+\s+)?(?:visit|trip|arrival|"
                           r"journey)\b)(?:[\w-]+\s+){1,4}?(?:to|in)\s+(?:the\s+)?$", re.I)
LOOK_AROUND_WELCOME = 120  # characters before a state read for it
# a place in a participant's life story: "was born in X", "studied in X", "lives in X"
_BIOGRAPHY_BEFORE = re.compile(r"\b(?:born|raised|grew\s+up|studied|educated|lives|lived|"
                               r"resides|resided)\s+(?:\w+\s+)?in\s+(?:the\s+)?$", re.I)
# a city that opens its sentence as the subject of a future verb: "X will host the next
# round", "X is set to host the summit"
_FUTURE_AFTER = re.compile(r"\s+(?:will|shall|(?:is|are)\s+(?:set|due|expected|scheduled|"
                           r"to)\b)")
# the page's clock before a filing line: "08:38 | San Francisco (U.S.), Nov. 15."
_CLOCK_BAR = re.compile(r"\s*[0-2]?\d[:.][0-5]\d\s*\|?\s*")
# a seat named with its city and no comma: "met X at State House Entebbe"
_SEAT_BEFORE_CITY = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:State|Government|Presidential|Royal|"
                               r"National)\s+(?:House|Palace|Villa|Residence|Lodge)\s+$")
# ...or after it: "met X at Nairobi State House"
_SEAT_AFTER_CITY = re.compile(r"\s+(?:State|Government|Presidential|Royal|National)\s+"
                              r"(?:House|Palace|Villa|Residence|Lodge)\b")
SEAT_BEFORE_CITY = 40  # characters before a city read for a seat
# a city inside a compound word: "Berlin-based companies", "a Moscow-led bloc"
_COMPOUND_AFTER = re.compile(r"[-‑](?=\w)")
# a place of a city named as its possessor, where the event is: "met in X's State House", "at
# X's Great Hall", "in X's Gigiri district" (not "X's policy")
_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+$")
_PLACE_OF_CITY = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*|(?:[\w-]+\s+){0,2}?(?:district|suburb|"
                            r"outskirts|neighbou?rhood|centre|center|downtown|old\s+town|"
                            r"quarter|port|harbou?r|airport|hotel|palace|residence|"
                            r"headquarters|seafront|waterfront))\b")
# a settlement known by its district: "at X in Y Parish", "in X, Y Region"
_IN_DISTRICT = re.compile(r"\b(?:at|in)\s+([A-Z][\w'’-]+)(?:\s+in|,)\s+(?:the\s+)?[A-Z][\w'’-]+"
                          r"(?:\s+[A-Z][\w'’-]+)?\s+(?:Parish|District|Region|Province|County|"
                          r"Municipality|Oblast)\b")
# a settlement named as where the event is: "met in the village of X", "visited the town of X"
# (with a few words of description: "in the Kenyan coastal city of X", "in Kenya's port city
# of X")
_SETTLEMENT_BEFORE = re.compile(r"\b(?:in|at|to|visit(?:s|ed|ing)?)\s+"
                                r"(?:the\s+(?:[\w'’-]+\s+){0,3}?|"
                                r"(?-i:[A-Z])[\w-]*['’]s\s+(?:[\w-]+\s+){0,2}?)$", re.I)
# ...not where something done there is the subject: "crimes committed in the town of X",
# "the rebuilding of the city of X"
_SUBJECT_BEFORE = re.compile(r"\b(?:committed|liberat\w+|destroy\w*|shell\w*|rebuild\w*|"
                             r"reconstruct\w*|attack\w*|occup\w+|killed|died)\s+(?:\w+\s+)?"
                             r"(?:in|of|on|at)\s+the\s+(?:[\w'’-]+\s+){0,3}?$", re.I)
# a city that only locates an institution: "opening their embassy in X"
_INSTITUTION_BEFORE = re.compile(r"\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?)\s+"
                                 # ("the new embassy to be opened in X")
                                 r"(?:\w+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$", re.I)
# ...unless the embassy is where the event is held: "talks at the Ghanaian Embassy in Tokyo",
# "received in the Embassy of X in Y" (a place, as any venue 'at' or 'in' is)
_AT_INSTITUTION = re.compile(r"\b(?:at|in|inside)\s+(?:the|their|its|his|her)\s+"
                             r"(?:[A-Z][\w'’.-]*\s+){0,3}$|\b(?:at|in|inside)\s+(?:the\s+)?$")
AT_INSTITUTION = 60  # characters before the embassy read for 'at the'
# a gathering named with its host city ("at the Halifax International Security Forum", "to
# the Munich Security Conference"): the city is where it meets
_GATHERING_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:Forum|Summit|Conference|Dialogue)\b"
                              r"(?!\s+[A-Z])")
# the talks held within a gathering named with its host city: "met X within the framework of
# the Oslo Forum", "on the sidelines of the Munich Security Conference", "during the Halifax
# Forum"
_WITHIN_GATHERING = re.compile(r"\b(?:(?:margins|sidelines|side-lines|framework|works|occasion|"
                               r"course)\s+of|during)\s+the\s+(?:\w+\s+)?$")
WITHIN_GATHERING = 40  # characters before a city read for it
# an airport named for its city: "received at X International Airport" is in X
# the city's own suffix, no other name: "Washington DC", "Washington D.C.", "New York City"
# (the city as gold names it: Washington, New York)
_CITY_SUFFIX = re.compile(r"\s+(?:D\.\s?C\.|DC\b|City\b)")
_AIRPORT_AFTER = re.compile(r"\s+(?:International\s+)?Airport\b")
# "in the Kenyan capital", "to the capital of Kenya", "arrived in the capital": the
# state's seat (where it has one capital only); "the capital, Nairobi" is read as a city
_CAPITAL = re.compile(r"\b(?:[Ii]n|[Aa]t|to)\s+(?:the\s+"
                      r"(?:(?P<dem>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?|"
                      # "in Kenya's capital"
                      r"(?P<poss>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+)"
                      # (not "investment in the capital markets": money, not a city)
                      r"capital(?:\s+city)?\b(?!\s+(?:markets?|investments?|expenditures?|"
                      r"flows?|goods|gains|requirements?|adequacy|projects?|spending|costs?|"
                      r"base|stock|formation|account|controls?|funds?|increase)\b)"
                      r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’-]+"
                      r"(?:\s+[A-Z][\w'’-]+){0,3}))?")
# a seat named as the body it houses: "a delegation of White House and State Department
# officials", "the spokesman of the Kremlin" (but "the Great Hall of Parliament House" is a
# room of the seat)
_OF_BEFORE = re.compile(r"(?<![\w-])[a-z][\w-]*\s+of\s+(?:the\s+)?$")
# a venue word inside an office's name is no venue: "Head of the Chancellery of the President"
# (nor "State Department for Foreign Affairs", a department of Kenya's ministry, as its
# Principal Secretary's title names it)
_VENUE_AS_OFFICE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# ...nor a seat named for the people who work there: "the Kremlin's intentions", "White House
# Senior Advisor X", "White House officials"
_VENUE_AS_BODY = re.compile(r"['’]s\b|\s+(?:senior|chief|deputy|spokes\w*|advis[eo]rs?|"
                            r"officials?|staff(?:ers)?|aides?|counsel(?:or)?|coordinator|"
                            r"director)\b", re.I)


@dataclass(frozen=True)
class _When:
    """The event's days, so a place in a clause dated to another time is passed over."""

    reference: dt.date | None = None
    until: dt.date | None = None


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last comma, semicolon or stop
    before it to the next comma or semicolon after it."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(".", 0, start))
    rights = [i for i in (text.find(",", end), text.find(";", end)) if i >= 0]
    return left + 1, min(rights) if rights else len(text)


def _elsewhere(text: str, start: int, end: int, when: _When) -> bool:
    """Whether the place at ``text[start:end]`` belongs to another event than the one
    reported: its clause (from the last "and" before it) is dated to another time ("held
    in Brussels on 10 January", "in Kyiv recently") or it only locates an embassy."""
    a, b = _clause_bounds(text, start, end)
    rel = _RELATIVE.search(text, end, b)
    if rel is not None:
        b = rel.start()  # "at the Ministry to invite X to the forum that will meet on 10 July"
    if _ELSEWHEN_AFTER.match(text, end, b):
        return True
    inst = _INSTITUTION_BEFORE.search(text[a:start])
    if inst and not _AT_INSTITUTION.search(text, max(a, a + inst.start() - AT_INSTITUTION),
                                           a + inst.start()):
        return True
    if _part_of_month_elsewhen(text[end:b], when):
        return True
    conjunct = _CONJUNCT.match(text, a, start)
    return elsewhen(text[conjunct.end() if conjunct else a:b], when.reference, when.until)


# a relative clause after a place describes a later noun, not the place's event: "were at the
# Ministry to invite X to the conference that will take place on 10 July"
_RELATIVE = re.compile(r"\s(?:that|which|who|whose)\s")
# a date right after a city's state and its comma: "in X, Norway, in January 2024"
_DATED_AFTER = re.compile(r",\s+(?:in|on|during)\s+")
DATED_AFTER = 40  # characters after the state read for the date
# a part of a month right after a place: "the summit in X in early September"
_PART_OF_MONTH = re.compile(r"\W*(?:in|at|during)\s+(?:the\s+)?(?P<part>early|mid|late|"
                            r"beginning\s+of|end\s+of|middle\s+of|start\s+of)[\s-]+"
                            r"(?P<month>[A-Z][a-z]+)\b")
# the days of each part (the last part runs to the month's end)
_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
          "middle": (11, 20), "late": (21, 31), "end": (21, 31)}


def _part_of_month_elsewhen(after: str, when: _When) -> bool:
    """Whether a place is dated by the part of a month right after it ("in Tallinn in early
    September") to days away from the event's (more than ELSEWHEN_DAYS either side): the
    month alone does not tell a release of 28 September that the summit was another."""
    m = _PART_OF_MONTH.match(after)
    if m is None or when.reference is None:
        return False
    month = MONTHS.get(m.group("month").lower())
    if month is None:
        return False
    first_day, last_day = _PARTS[m.group("part").split()[0]]
    ref = when.reference
    spans = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        spans.append((dt.date(year, month, first_day),
                      dt.date(year, month, min(last_day, last.day))))
    low = ref - dt.timedelta(days=ELSEWHEN_DAYS)
    high = (when.until or ref) + dt.timedelta(days=ELSEWHEN_DAYS)
    return all(b < low or a > high for a, b in spans)


@dataclass(frozen=True)
class PlaceFinding:
    city: str | None
    country: str | None
    sentence: Sentence | None
    start: int
    end: int
    cue: str
    third_country: bool = False  # on the margins of a gathering held elsewhere


def _lead(doc: Doc) -> list[Sentence]:
    """The headline and the first LEAD_SENTENCES sentences of the body; a fragment of a few
    words ("Ukrainians!", "For our freedom.") does not use up the lead (up to FRAGMENTS)."""
    n = LEAD_SENTENCES + (1 if doc.title else 0)
    out: list[Sentence] = []
    skipped = furniture = 0
    reported = False  # whether a sentence so far reports an event
    for s in doc.sentences:
        if len(out) - skipped - furniture >= n:
            break
        out.append(s)
        if skipped < FRAGMENTS and (s.index > 0 or not doc.title) and fragment(s.text):
            skipped += 1  # (a filing stamp on its own line, "Sunday 4 February 2024", too)
        elif furniture < FURNITURE and (s.index > 0 or not doc.title) and (
                _menu(s.text) or not reported and _WEB_NOTICE.search(s.text)
                and not _MEETING_WORD.search(s.text)):
            furniture += 1  # a page's menu, or its notices above the report
        # (the body's sentences: a headline's "meets" is no report yet)
        reported = reported or (s.index > 0 or not doc.title) and bool(
            _MEETING_WORD.search(s.text))
    return out


FRAGMENTS = 6  # fragments passed over at most
# a page's other furniture passed over at most: a menu of short lines ("Governor General /
# Prime Minister / The Cabinet"), a website's notices about itself above the first sentence
# that reports an event ("Official websites use .gov", "This site uses cookies")
FURNITURE = 10
# a website's notice about itself: "Official websites use .gov", "This site uses cookies"
_WEB_NOTICE = re.compile(r"\b(?:websites?|web\s+sites?|site|browser|cookies?|JavaScript|"
                         r"HTTPS|https?://|newsletter|subscribe|log\s?in|sign\s+in|menu|"
                         r"search)\b|\.gov\b", re.I)
# a line of a menu: a few words, no stop at its end
_MENU_LINE = re.compile(r"[^\n.!?]{1,40}")


def _menu(text: str) -> bool:
    """Whether a sentence is a page's menu: three lines or more, each a few words with no
    stop ("Governor General\nPrime Minister\nThe Cabinet")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= 3 and all(_MENU_LINE.fullmatch(line) and len(line.split()) <= 5
                                   for line in lines)


@cache
def _generic_venues() -> frozenset[str]:
    return frozenset(load("places").get("generic_venues", []))


def _names_place(doc: Doc, city: str, country: str) -> bool:
    """Whether the release names ``country`` (or a demonym of it) or ``city`` anywhere."""
    return city in doc.text or any(c.country == country for c in geo.country_mentions(doc.text))


def _city_findings(doc: Doc, s: Sentence, other: re.Pattern[str] = _FOREIGN_EVENT,
                   when: _When = _When()) -> list[PlaceFinding]:
    g = geo.gazetteer()
    text = s.text
    out = []
    # the body's first sentence (after a headline standing in the text)
    body_first = 1 if doc.title_in_text else 0
    for m in g.venue_pattern.finditer(text):
        if (_VENUE_AS_OFFICE.match(text, m.end()) or _VENUE_AS_BODY.match(text, m.end())
                or _OF_BEFORE.search(text, max(0, m.start() - 40), m.start())
                # ("a Kremlin-style palace", "White House-led talks": a word of a compound)
                or _COMPOUND_AFTER.match(text, m.end())
                or _elsewhere(text, m.start(), m.end(), when)):
            continue
        city, country = g.venues[m.group()]
        if m.group() in _generic_venues() and not _names_place(doc, city, country):
            continue
        named = _CITY_AFTER_VENUE.match(text, m.end())
        if named and (c := g.city_pattern.match(text, named.end())) and (
                geo.city_country(c.group()) == country):
            city = c.group()  # "Union Buildings, Tshwane": the city as the release names it
        out.append(PlaceFinding(city, country, s, s.start + m.start(), s.start + m.end(),
                                f"venue '{m.group()}'"))
    if "Department" in text:
        for m in _US_DEPARTMENT.finditer(text):
            if not (other.search(text[max(0, m.start() - 40):m.start()])
                    or _elsewhere(text, m.start(), m.end(), when)):
                out.append(PlaceFinding("Washington", "United States", s, s.start + m.start(),
                                        s.start + m.end(), f"the seat '{m.group('seat')}'"))
    for m in g.city_pattern.finditer(text):
        before = text[:m.start()]
        if (not _PLACE_BEFORE.search(before) and not before.rstrip().endswith(",")
                and not _CLOCK_BAR.fullmatch(before)
                and not _SEAT_BEFORE_CITY.search(before[-SEAT_BEFORE_CITY:])
                and not (_WITHIN_GATHERING.search(before[-WITHIN_GATHERING:])
                         and _GATHERING_AFTER.match(text, m.end()))):
            continue
        if _quoted(before):
            continue  # 'must speak with one voice "in Brussels"': a speaker's words
        quote = _quote_opening(before) if other is _FOREIGN_EVENT else None
        if quote and other.search(quote):
            continue  # '"I will raise it next week on my first trip to X," said Y'
        if _TO_BEFORE.search(before[-12:]) and not _DIRECTED_TO.search(before[-120:]):
            continue  # "arms deliveries to Kyiv", "returned to Oslo": not the event's place
        if other.search(text[max(0, m.start() - 40):m.start()]) or _INVITING.search(
                before[-LOOK_FORWARD:]) or (
                other is _FOREIGN_EVENT and (_LOOK_FORWARD.search(before[-LOOK_FORWARD:])
                                             or _INVITED_TO.search(before[-INVITED_TO:]))):
            continue  # (in an announcement the visit looked forward to is the event)
        if _TOPIC_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _OUTCOME_BEFORE.search(
                before[-OUTCOME_BEFORE:]) or _SHOW_HELD_BEFORE.search(before[-60:]) or (
                _BIOGRAPHY_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue  # "discussed the situation in Kharkiv": a subject, not the venue
        if _COMPOUND_AFTER.match(text, m.end()):
            continue  # "Berlin-based companies": no place of the event
        if _HOME_BEFORE.search(before[-30:]) and _ENDS_TRIP_AFTER.match(text, m.end()):
            continue  # "arrived in Hanoi on 29 May, concluding visits to ...": home again
        if _FUTURE_AFTER.match(text, m.end()) and not before.strip(" \t•·▪‣◦*-"):
            continue  # "Windhoek will host the review later this year": a place to come
        city = m.group()
        alone = (_ALONE.fullmatch(text[:m.start()])
                 or _DAY_BEFORE_CITY.fullmatch(text[:m.start()])) and (
            _ALONE.fullmatch(text[m.end():]) or _LINE_REST.fullmatch(text[m.end():])
            or _AGENCY_REST.fullmatch(text, m.end())
            or _FILING_TAIL.match(text, m.end())
            or s.index == body_first and _GLUED_TAIL.match(text, m.end()))
        if not alone and (_elsewhere(text, m.start(), m.end(), when)
                          or before and _CLOCK_BAR.fullmatch(before)):
            continue  # (after a clock, only a filing line's city is read)
        if alone:
            # a line of its own is the filing dateline: kept, but after any other place
            out.append(PlaceFinding(city, geo.city_country(city), s, s.start + m.start(),
                                    s.start + m.end(), f"dateline line '{city}'"))
            continue
        if (re.match(r"\s+(?!I\b)[A-Z]", text[m.end():]) and not _GATHERING_AFTER.match(
                text, m.end()) and not _AIRPORT_AFTER.match(text, m.end())
                and not _SEAT_AFTER_CITY.match(text, m.end())
                and not _CITY_SUFFIX.match(text, m.end())) or re.match(
                r"['’]s\b", text[m.end():]) and not (_IN_BEFORE.search(before[-12:])
                                                    and _PLACE_OF_CITY.match(text, m.end())):
            continue  # "Lublin Triangle", "Beijing's policy": part of another name
        nxt = _LIST_NEXT.match(text, m.end())
        if nxt and g.city_pattern.match(text, nxt.end()):
            continue  # "travelling to Darwin, Canberra and Perth": a tour names no one city
        state = g.pattern.match(text, nxt.end()) if nxt else None
        if state and _state_of(g, state) not in (None, geo.city_country(city)) and not (
                _demonym(g, state)):
            # ("held in Accra, the Chilean delegation conveyed": an adjective opens the
            # next clause, no state of a list)
            continue  # "Travel to Djibouti, Kenya and Niger": nor one of several states
        if _LIST_PREV.search(before[-8:]) and g.city_pattern.search(before[-40:]):
            continue  # ...nor does its last stop
        if state and (_elsewhere(text, state.start(), state.end(), when)
                      or _DATED_AFTER.match(text, state.end())
                      and elsewhen(text[state.end():state.end() + DATED_AFTER], when.reference,
                                   when.until)):
            continue  # "in X, Norway on 3 January", "in X, Norway, in January 2024"
        out.append(PlaceFinding(city, geo.city_country(city), s, s.start + m.start(),
                                s.start + m.end(), f"city '{city}'"))
    if "capital" in text:
        for m in _CAPITAL.finditer(text):
            comma = _COMMA_CITY.match(text, m.end())
            if comma and g.city_pattern.match(text, comma.end()):
                continue  # "the capital, Nairobi": read as a city
            state = _capital_state(g, m)
            city = _sole_capital(state) if state else None
            if (city and not other.search(text[max(0, m.start() - 40):m.start()])
                    and not _elsewhere(text, m.start(), m.end(), when)):
                out.append(PlaceFinding(city, state, s, s.start + m.start(), s.start + m.end(),
                                        f"the capital '{m.group()}'"))
    if "Minist" in text or "Office" in text or "Palace" in text or "House" in text:
        for m in _STATE_SEAT.finditer(text):
            hit = g.by_surface.get(m.group("dem") or m.group("of") or "")
            city = _sole_capital(hit[0]) if hit else None
            if (city and not other.search(text[max(0, m.start() - 40):m.start()])
                    and not _city_after_seat(g, text, m.end())
                    and not _POST_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    and not _elsewhere(text, m.start(), m.end(), when)):
                out.append(PlaceFinding(city, hit[0], s, s.start + m.start(), s.start + m.end(),
                                        f"the seat '{m.group().strip()}' in the capital"))
    if s.index == 0 and doc.title and text == doc.title:
        found = _headline_place(s)
        if found is not None:
            out.append(found)
    # "in Wilmington, Delaware", "in Lucerne, Switzerland": a city known by what follows it
    for m in _CITY_COMMA.finditer(text):
        k = 1 if m.group(1) else 3  # (the pair after a comma, or in brackets)
        name, state = m.group(k), m.group(k + 1)
        # (the sentence's stop is no part of the state: "in Antigua, Guatemala.")
        country = g.region_country(state) or g.region_country(state.rstrip("."))
        if not country or name in g.city_country or g.region_country(name):
            continue
        before = text[:m.start()]
        # (as for a known city: not another event's, a subject's or a speaker's place)
        if (other.search(before[-40:]) or _quoted(before)
                or _TOPIC_BEFORE.search(before[-60:]) or _OUTCOME_BEFORE.search(
                    before[-OUTCOME_BEFORE:]) or _INVITING.search(before[-LOOK_FORWARD:])
                or _elsewhere(text, m.start(k), m.end(k), when)
                or _elsewhere(text, m.start(k + 1), m.end(k + 1), when)):
            continue  # (the state's clause dates the pair too: "in X, Peru on 3 January")
        out.append(PlaceFinding(name, country, s, s.start + m.start(k), s.start + m.end(k),
                                f"'{name}, {state}'"))
    # a settlement the gazetteer does not know, known by the district it lies in: "the meeting
    # took place at X in Y Parish of Z District", "in X, Y Region"
    if "Parish" in text or "District" in text or "Region" in text or "Province" in text or (
            "County" in text or "Municipality" in text or "Oblast" in text):
        for m in _IN_DISTRICT.finditer(text):
            name = m.group(1)
            before = text[:m.start()]
            if (name in g.city_country or g.region_country(name) or g.pattern.fullmatch(name)
                    or other.search(before[-40:]) or _quoted(before)
                    or _TOPIC_BEFORE.search(before[-60:]) or _SUBJECT_BEFORE.search(before[-60:])
                    or _elsewhere(text, m.start(1), m.end(1), when)):
                continue
            out.append(PlaceFinding(name, None, s, s.start + m.start(1), s.start + m.end(1),
                                    f"'{name}' in its district"))
    for word in g.settlement_words:
        for m in re.finditer(rf"\b{word} of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", text):
            before = text[:m.start()]
            # as for a known city: where the event is ("talks in the village of X"), not a
            # subject ("the crimes committed in the town of X") or another time's place
            if (not _SETTLEMENT_BEFORE.search(before[-60:]) or _quoted(before)
                    or other.search(before[-40:]) or _TOPIC_BEFORE.search(before[-60:])
                    or _SUBJECT_BEFORE.search(before[-60:])
                    or _TO_BEFORE.search(before[-12:]) and not _DIRECTED_TO.search(before[-120:])
                    or _elsewhere(text, m.start(1), m.end(1), when)):
                continue
            # (a city the gazetteer knows keeps its own state: "the city of Tartu" is in
            # Estonia whatever state the sentence names first)
            out.append(PlaceFinding(m.group(1), geo.city_country(m.group(1)), s,
                                    s.start + m.start(1), s.start + m.end(1), f"'{word} of'"))
    return out


# a department of the US government as the place of the event: "received X at the U.S.
# Department of the Interior" (their seats are in Washington; an agency named as a body,
# "the US Department of Agriculture announced", is no place: "at"/"in" only)
_US_DEPARTMENT = re.compile(r"\b(?:at|in|inside)\s+the\s+(?P<seat>(?:U\.\s?S\.|US|United\s+States)"
                            r"\s+Department\s+of\s+(?:the\s+)?[A-Z][a-z]+)\b(?![-‑])")


# a named state's ministry or seat of government, where its officials receive visitors: "met
# the delegation at the Mexican Foreign Ministry", "talks at the Ministry of Foreign Affairs
# of Peru", "received at the Presidential Palace of Ruritania": the state's sole capital
_SEAT_WORDS = (r"(?:Foreign\s+Ministry|Ministry\s+of\s+(?:Foreign|External)\s+(?:Affairs|Relations)"
               r"(?:\s+and\s+[A-Z][\w ]{0,40}?)?|Foreign\s+Office|Presidential\s+Palace|"
               r"Government\s+Palace|Palace\s+of\s+Government|Royal\s+Palace|State\s+House|"
               r"Government\s+House|Prime\s+Minister['’]s\s+Office|"
               # "at the Office of the Prime Minister of Malta", "at the presidential
               # residence of Georgia": a head's seat named by its state
               r"Office\s+of\s+the\s+(?:President|Prime\s+Minister)|Presidential\s+Office|"
               r"[Pp]residential\s+[Rr]esidence)")
_STATE_SEAT = re.compile(r"\b(?:at|in|to)\s+the\s+(?:(?P<dem>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                         r"\s+" + _SEAT_WORDS + r"|" + _SEAT_WORDS
                         + r"\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\b")
# ...unless its city is named with it ("at the Royal Palace in X", "State House, X")
_CITY_AFTER_SEAT = re.compile(r",?\s+in\s+(?=[A-Z])|,\s+(?=[A-Z])")


# an office held at a seat, part of a title: "Assistant Minister for African Affairs at the
# Ministry of Foreign Affairs of X" (where the official works, not where the event is)
_POST_BEFORE = re.compile(r"\b(?:Minister|Secretary|Affairs|Director(?:[- ]General)?|General|"
                          r"Officer|Advis[eo]r|Counsel+or|Head|Chief|Spokes\w+|Assistant|"
                          r"Deputy|Envoy|Ambassador)\s+$")


def _city_after_seat(g: geo.Gazetteer, text: str, end: int) -> bool:
    """Whether a city follows the seat ending at ``end`` ("State House, Nairobi"): a name
    after the comma that is no city is the seat's own ("the presidential residence of
    Norway, X Palace"). After "in", any capitalised word counts (a city the gazetteer may
    not know)."""
    m = _CITY_AFTER_SEAT.match(text, end)
    if m is None:
        return False
    return not m.group().startswith(",") or " in" in m.group() or bool(
        g.city_pattern.match(text, m.end()))


# a headline that ends on the event's place, after a comma or before the day: "..., Imperial
# Hotel, Tokyo", "... WITH PREMIER X, MELBOURNE", "... the Maldives Canberra 3 June 2010"
# (the day in any common form: "3 June 2010", "June 3, 2010", "3rd June 2010", "03.06.2010",
# "2010-06-03", with or without its weekday)
_HEADLINE_DAY = (r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?"
                 r"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+\.?,?\s+(?:19|20)\d\d|"
                 r"[A-Za-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
                 r"[0-3]?\d(?P<s1>[./-])[01]?\d(?P=s1)(?:19|20)\d\d|"
                 r"(?:19|20)\d\d(?P<s2>[./-])[01]?\d(?P=s2)[0-3]?\d)")
_HEADLINE_END = re.compile(r"(?:,\s*|\s+[-–—]\s+)"
                           r"(?P<a>[A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,2})\W*$|"
                           # (also in brackets: "... Minister X (Athens, 08.12.2021)")
                           r"[\s(](?P<b>[A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,2}),?\s+"
                           + _HEADLINE_DAY + r"(?:\s*\((?i:(?:mon|tues|wednes|thurs|fri|satur|"
                           r"sun)day)\))?\W*$")
_WEEKDAY_WORD = re.compile(r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?")


def _headline_place(s: Sentence) -> PlaceFinding | None:
    """The city a headline ends on (any case), after a comma or dash or before a date."""
    m = _HEADLINE_END.search(s.text)
    if m is None:
        return None
    group = "a" if m.group("a") else "b"
    words = m.group(group).split()
    if group == "b" and _WEEKDAY_WORD.fullmatch(words[-1]):
        words = words[:-1]  # "... Canberra, Thursday 3 June 2010": the day's name
    for k in range(len(words)):  # the longest tail of the words that names a city
        city = _cities_by_lower().get(" ".join(words[k:]).lower())
        if city is not None and city not in geo.gazetteer().by_surface:  # not "..., Singapore"
            end = s.start + m.start(group) + len(" ".join(words))
            start = end - len(" ".join(words[k:]))
            return PlaceFinding(city, geo.city_country(city), s, start, end,
                                f"headline ends on '{city}'")
    return None


# (a comma after the capital opens its name, "the capital, Nairobi", or ends an opening
# clause, "During her visit to the Ghanaian capital, Minister X held talks")
_COMMA_CITY = re.compile(r",\s*")


def _capital_state(g: geo.Gazetteer, m: re.Match[str]) -> str | None:
    """The state whose capital ``_CAPITAL`` matched: by its demonym or by its name."""
    if m.group("dem"):
        hit = g.by_surface.get(m.group("dem"))
        return hit[0] if hit else None
    if m.group("poss"):
        hit = g.by_surface.get(m.group("poss"))
        return hit[0] if hit and not hit[1] else None
    if m.group("of"):
        state = g.pattern.match(m.group("of"))
        return _state_of(g, state) if state else None
    return None


def _sole_capital(state: str) -> str | None:
    """The capital of ``state`` where it has only one (not the Netherlands or Bolivia)."""
    caps = geo.capitals().get(state, ())
    return caps[0] if len(caps) == 1 else None


def _demonym(g: geo.Gazetteer, m: re.Match[str]) -> bool:
    """Whether a match of the gazetteer's country pattern is a demonym ("Chilean")."""
    surface = m.group("full") or m.group("name")
    return bool(surface) and g.by_surface.get(surface, ("", False))[1]


def _state_of(g: geo.Gazetteer, m: re.Match[str]) -> str | None:
    """The country a match of the gazetteer's country pattern names."""
    surface = m.group("full") or m.group("name")
    return g.by_surface.get(surface, (None, False))[0] if surface else None


# a state opening its sentence as the host of the talks: "Kenya hosted talks between ..."
_HOST_STATE_AFTER = re.compile(r"\s+(?:hosted|hosts|is\s+hosting|was\s+hosting)\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summit|visit|"
                               r"consultations|negotiations|round)\b")


def _country_finding(doc: Doc, s: Sentence, other: re.Pattern[str] = _FOREIGN_EVENT,
                     when: _When = _When()) -> PlaceFinding | None:
    for c in geo.country_mentions(doc.text, s.start, s.end):
        if c.demonym:
            continue
        if doc.text.startswith(("'s", "’s"), c.end):
            continue  # "responding to Russia's war": the state's, not a place
        before = doc.before(s, c.start)
        if ((_COUNTRY_PLACE.search(before) or _visit_of_to(before, other)
             or _HOST_STATE_AFTER.match(doc.text, c.end, s.end) and not before.strip())
                and not other.search(before[-40:])
                and not (other is _FOREIGN_EVENT and _LOOK_FORWARD.search(before[-LOOK_FORWARD:]))
                and not _INVITING.search(before[-LOOK_FORWARD:])
                and not _TOPIC_BEFORE.search(before[-60:])
                and not _OUTCOME_BEFORE.search(before[-OUTCOME_BEFORE:])
                and not _BIOGRAPHY_BEFORE.search(before[-40:])
                and not _WELCOMED_ACT.search(before[-LOOK_AROUND_WELCOME:])
                and not _COMPOUND_AFTER.match(doc.text, c.end)
                and not _AS_HERE.search(before[-60:])
                and not (_TOUR_BEFORE.search(before[-60:]) and _listed_state(doc.text, c, s))
                and not _elsewhere(s.text, c.start - s.start, c.end - s.start, when)):
            return PlaceFinding(None, c.country, s, c.start, c.end,
                                f"country '{doc.text[c.start:c.end]}'")
    return None


# "the state visit of President of the Republic of X Y Z to W": the visitor's titles and
# name, however long, before the destination (a headline capitalises "Visit")
_VISIT_OF_TO = re.compile(r"\b[Vv]isit\s+(?:of|by)\s+(?:(?:the\s+)?[A-Z][\w'’.-]*\s+|of\s+){1,12}?"
                          r"to\s+(?:the\s+)?$")


def _visit_of_to(before: str, other: re.Pattern[str]) -> bool:
    """Whether ``before`` ends on "visit of <a visitor> to", a visit not set aside as
    another event by the words before "visit" ("preparations for the visit of X to")."""
    m = _VISIT_OF_TO.search(before[-VISIT_OF_TO:])
    if m is None:
        return False
    at = len(before) - len(before[-VISIT_OF_TO:]) + m.start()
    return not other.search(before[max(0, at - 40):at])


VISIT_OF_TO = 160  # characters before a state read for "visit of X to"


# a city reached on the way home: "arrived in X on 29 May, concluding visits to A, B and C"
# (not "following his visit to X": the next stop of a tour)
_HOME_BEFORE = re.compile(r"\b(?:arrived|returned|arrives|returns|landed)\s+(?:back\s+)?"
                          r"(?:home\s+)?(?:in|to|at)\s+(?:the\s+)?$", re.I)
_ENDS_TRIP_AFTER = re.compile(r"[^.;]{0,60}?,?\s*(?:after\s+|upon\s+)?(?:concluding|wrapping\s+up|"
                              r"ending|completing|at\s+the\s+end\s+of)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:visits?|trips?|tours?)\b", re.I)
# a sentence opening on what came before: "Following the summit in New York, ..."
_PRIOR_OPENING = re.compile(PRIOR_OPENER + r",?", re.I)
PRIOR_WORDS = 3  # words of the opening clause before a comma may close it


def _in_prior_clause(found: PlaceFinding) -> bool:
    """Whether a place lies in a sentence's opening clause about an earlier event ("Following
    Jamaica's part in the Assembly in New York, the Prime Minister met X in Washington")."""
    s = found.sentence
    if s is None:
        return False
    opening = _PRIOR_OPENING.match(s.text)
    if opening is None:
        return False
    at = found.start - s.start
    clause_end = s.text.find(",", opening.end())
    while clause_end >= 0 and len(s.text[opening.end():clause_end].split()) < PRIOR_WORDS:
        clause_end = s.text.find(",", clause_end + 1)
    return 0 <= at < clause_end if clause_end >= 0 else False


# a tour of several states: "concluding visits to A, B and C", "a tour of A and B"
_TOUR_BEFORE = re.compile(r"\b(?:visits|tour(?:s|ing)?(?:\s+of)?|travel\w*)\s+(?:to\s+)?"
                          r"(?:the\s+)?$", re.I)


def _listed_state(text: str, c: geo.CountryMention, s: Sentence) -> bool:
    """Whether another state follows the one at ``c`` in a list ("A, B and C")."""
    g = geo.gazetteer()
    nxt = _LIST_NEXT.match(text, c.end, s.end)
    state = g.pattern.match(text, nxt.end()) if nxt else None
    return state is not None and _state_of(g, state) not in (None, c.country)


def find_place(doc: Doc, is_call: bool, announced: bool = False,
               reference: dt.date | None = None, until: dt.date | None = None) -> PlaceFinding:
    """The city and country of the main event (nulls for a call or when unknown); in a
    release announcing a visit, of the planned visit ("will visit Port Moresby").
    ``reference`` (..``until``) are the event's days, or the publication date: a place in
    a clause dated to another time is another event's ("the talks held in Oslo on 9
    January" in a release of 20 January)."""
    doc = readable(doc)
    if is_call:
        return PlaceFinding(None, None, None, 0, 0, "calls have no place")
    if _message_only(doc):
        return PlaceFinding(None, None, None, 0, 0, "a message sent has no place")
    found = _find_place(doc, _PAST_EVENT if announced else _FOREIGN_EVENT,
                        _When(reference, until))
    if reference is not None and until is None:
        found = _day_heading_place(doc, reference, found) or found
    if found.sentence is not None and (_MARGINS.search(found.sentence.text) or (
            found.city and _ATTEND_GATHERING.search(found.sentence.text, 0,
                                                    found.start - found.sentence.start))):
        return PlaceFinding(found.city, found.country, found.sentence, found.start, found.end,
                            found.cue + " (margins of a gathering)", third_country=True)
    return found


# A release that reports a message sent (condolences, congratulations, a letter) and no
# meeting: like a call, the message has no place; a city it names is the subject's ("the
# loss of life in the capital, X")
_MESSAGE = re.compile(r"\b(?:sent|sends|conveyed|conveys|extended|extends|addressed|"
                      r"dispatched|delivered)\s+(?:[\w'’-]+\s+){0,3}?(?:condolences|"
                      r"congratulations|greetings|message|letter|cable|telegram)\b", re.I)
_MEETING_WORD = re.compile(r"\b(?:met|meets?|meetings?|talks|visit\w*|received|receives|"
                           r"hosted|hosts|welcomed|welcomes|calls?|conversation|arrived|"
                           r"summit|signed|audience|discussed|discussions)\b", re.I)
MESSAGE_LEAD = 2  # body sentences that may report the message


def _message_only(doc: Doc) -> bool:
    """Whether the release reports a message sent and its lead no meeting at all."""
    lead = _lead(doc)
    in_text = 1 if doc.title_in_text else 0
    if not any(_MESSAGE.search(s.text) for s in lead[in_text:in_text + MESSAGE_LEAD]):
        return False
    return not any(_MEETING_WORD.search(s.text) for s in lead) and not (
        doc.title and _MEETING_WORD.search(doc.title))


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec")


def _day_heading_place(doc: Doc, day: dt.date, found: PlaceFinding) -> PlaceFinding | None:
    """The city a day-by-day programme gives for the event's day: a heading line "Wednesday
    4 June - Rome" above that day's engagements. In a visit to several cities it says where
    the talks were where the lead lists them all (a city of the same state as the lead's)."""
    if not doc.text.count("\n") or str(day.day) not in doc.text:
        return None
    month = _MONTH_ABBR[day.month - 1] + r"[a-z]*\.?"
    date = rf"(?:0?{day.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}|{month}\s+0?{day.day}\b)"
    heading = re.compile(rf"^[ \t]*(?:[A-Z][a-z]+day,?\s+)?{date}(?:,?\s+{day.year})?[ \t]*"
                         r"[-–—:|][ \t]*(?P<city>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})[ \t]*$",
                         re.M)
    m = heading.search(doc.text)
    if m is None:
        return None
    city = _cities_by_lower().get(m.group("city").lower())
    if city is None:
        return None
    country = geo.city_country(city)
    if found.country is not None and country != found.country:
        return None
    sentence = next((s for s in doc.sentences if s.start <= m.start("city") < s.end), None)
    return PlaceFinding(city, country, sentence, m.start("city"), m.end("city"),
                        f"the event's day heading '{m.group().strip()}'")


# a lead reporting the return home after a trip: "After a three-day visit to X to attend
# the Summit, as well as a meeting with ..., President Y arrived in Z on Saturday"
_RETURN_REPORT = re.compile(r"^\W*(?:(?:after|following|upon)(?:\s+(?:concluding|completing|ending|"
                            r"wrapping\s+up))?|"
                            r"at\s+the\s+end\s+of)\s+(?:his|her|their|the|an?)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:visits?|trips?|tours?)\s+(?:to|of|in)\s+"
                            r"(?P<trip>[^.;]{1,300}?)\b(?:arrived|returned|arrives|returns|"
                            r"landed)\s+(?:back\s+)?(?:home|in|to|at)\b", re.I)


# what a traveller arrives for at a tour's next stop, not at home
_ONWARD = re.compile(r"\b(?:visit\w*|talks|meet\w*|met|summit|attend\w*|conference|forum|"
                     r"invitation|participat\w*|take\s+part|hold\w*)\b", re.I)


def _return_report(doc: Doc) -> PlaceFinding | None:
    """The place of a trip the body's first sentence reports ended at home: the state the
    trip's clause names, where it names one (its stops are no one city, and the home city
    it arrived in is not the event's); no place where it names several."""
    in_text = 1 if doc.title_in_text else 0
    if len(doc.sentences) <= in_text:
        return None
    s = doc.sentences[in_text]
    m = _RETURN_REPORT.match(s.text)
    if m is None or _ONWARD.search(s.text, m.end()):
        return None  # (arrived "for a state visit", "to attend ...": the tour's next stop)
    a, b = s.start + m.start("trip"), s.start + m.end("trip")
    states = {c.country for c in geo.country_mentions(doc.text, a, b) if not c.demonym}
    if len(states) != 1:
        return PlaceFinding(None, None, s, a, b, "a trip of several states ended at home")
    return PlaceFinding(None, states.pop(), s, a, b, "the state of a trip ended at home")


def _find_place(doc: Doc, other: re.Pattern[str] = _FOREIGN_EVENT,
                when: _When = _When()) -> PlaceFinding:
    back = _return_report(doc)
    if back is not None:
        return back
    lead = _lead(doc)
    dateline: PlaceFinding | None = None
    first: PlaceFinding | None = None  # the state an earlier sentence of the lead names
    for s in lead:
        found = sorted(_city_findings(doc, s, other, when), key=lambda f: f.start)
        if dateline is None and found and found[0].cue.startswith("dateline"):
            dateline = found[0]
        found = [f for f in found if not f.cue.startswith("dateline")]
        if first is not None:
            # "official visit to Qatar. ... an office in Astana": a later city of another
            # state does not move the visit; one of the same state says where in it
            found = [f for f in found if f.country in (None, first.country)]
        if (len(found) > 1 and _in_prior_clause(found[0])
                and found[1].sentence is found[0].sentence):
            found = found[1:]  # "Following the summit in X, Y was invited to meet Z in W"
        if found:
            best = found[0]
            if best.country is None:
                country = first or _country_finding(doc, s, other, when)
                best = PlaceFinding(best.city, country.country if country else None, s,
                                    best.start, best.end, best.cue)
            return best
        if first is None:
            first = _country_finding(doc, s, other, when)
    if first is not None:
        if (dateline is not None and dateline.country == first.country
                and dateline.city == _sole_capital(first.country or "")):
            # "Canberra" over "... State Visit to Australia": a visit's talks are held in
            # the capital; a dateline naming another city of the state ("Queenstown" over
            # "leaders' talks in New Zealand") is only where the release was filed
            return dateline
        capital = _capital_alone(doc, lead, first.country, other, when)
        return capital or first
    if dateline is not None and _restated(doc, dateline):
        return dateline  # a dateline alone does not place the event (GUIDELINES)
    line = dateline
    dateline = _dateline(doc)
    if dateline is not None and _restated(doc, dateline):
        return dateline
    seat = _seat_in_lead(doc, lead, dateline or line, other, when)
    if seat is not None:
        return seat
    palace = _palace_under_dateline(lead, dateline or line, other, when)
    if palace is not None:
        return palace
    dateline = dateline or line
    if dateline is not None and any(_GUEST_HERE.search(s.text) for s in lead):
        # "ADDIS ABABA - X held talks with the visiting President of Y": the guest is in
        # the filing state; the dateline's city alone is still only the filing place
        return PlaceFinding(None, dateline.country, dateline.sentence, dateline.start,
                            dateline.end, dateline.cue + ", a guest visiting its state")
    if dateline is not None and dateline.city is not None:
        for s in lead:
            m = _EVENT_HERE.search(s.text)
            if m and not _quoted(s.text[:m.start()]):
                # "ISLAMABAD, March 1 (Agency): X met Y here on Wednesday": the release
                # says the event was in its filing city
                return PlaceFinding(dateline.city, dateline.country, s, dateline.start,
                                    dateline.end, dateline.cue + ", the event held 'here'")
    here = _here(doc, other, when)
    if here is not None:
        return here
    host = _host_before_receiving(doc, lead, other)
    if host is not None:
        return host
    for s in lead:
        gatherings, where = _fixed_gatherings()
        for m in gatherings.finditer(s.text):
            if other.search(s.text[max(0, m.start() - 40):m.start()]):
                continue
            city, country = where[" ".join(m.group("name").split())]
            return PlaceFinding(city, country, s, s.start + m.start(), s.start + m.end(),
                                f"the gathering '{m.group()}' meets in {city}",
                                third_country=True)
    return PlaceFinding(None, None, None, 0, 0, "no place in the lead")


# a verb of receiving in the active voice, its subject the host: "President of Chile receives
# Estonian Foreign Minister" (not "was received by", "received a letter")
_RECEIVING = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)"
                        r"(?:\b(?:receives|received|welcomes|welcomed|hosts|hosted)\s+|"
                        # an envoy's papers received or accepted: "received the credentials
                        # from the new Ambassador of X", "accepted the letters of credence of"
                        r"\b(?:receives|received|accepts|accepted)\s+(?:the\s+)?(?:copies\s+of\s+"
                        r"(?:the\s+)?)?(?:credentials|credential\s+letters|letters?\s+of\s+"
                        r"credence)\s+(?:from|of)\s+)"
                        # its object a person: "the Prime Minister of X", "his counterpart"
                        # (not "welcomed the decision of X", "welcomed Estonia's support")
                        r"(?:(?:the|his|her|their|visiting|new|newly|appointed|outgoing)\s+)*"
                        # (or a delegation: "has received a delegation led by Minister X")
                        r"(?:counterpart|[A-Z](?![\w-]*['’]s\b)|(?:an?\s+|three\s+|two\s+)?"
                        r"(?:[\w-]+\s+){0,2}?delegations?\s+(?:led\s+by|of|from|headed\s+by)\s+)")


def _host_before_receiving(doc: Doc, lead: list[Sentence],
                           other: re.Pattern[str]) -> PlaceFinding | None:
    """The host's state named before a verb of receiving whose guest is of another state
    ("President of Chile receives Estonian Foreign Minister", "Ghana's Foreign Minister
    welcomed the Ambassador of Chile"), in a lead that names no place: the guest came to the
    host's state."""
    for s in lead:
        m = _RECEIVING.search(s.text)
        if m is None or other.search(s.text[max(0, m.start() - 40):m.start()]):
            continue
        before = {c.country for c in geo.country_mentions(doc.text, s.start, s.start + m.start())}
        # (from the object's first letter, which the verb's match ends on)
        after = {c.country for c in geo.country_mentions(doc.text, s.start + m.end() - 1,
                                                          s.end)}
        if len(before) == 1 and after and not after & before:
            state = before.pop()
            return PlaceFinding(city_state(state), state, s, s.start + m.start(),
                                s.start + m.end(), f"the host of {state} receiving")
    return None


# a meeting on the margins of a gathering that always meets in one city, named without it
# (places.toml [gatherings]): the UN General Assembly's sessions (New York), the Human Rights
# Council's (Geneva), the Shangri-La Dialogue (Singapore); "on the sidelines of", "within the
# framework of", "during", "at" the gathering, a session's words between ("the 78th session
# of the UN General Assembly")
@cache
def _fixed_gatherings() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    where = {" ".join(k.split()): (v[0], v[1])
             for k, v in load("places").get("gatherings", {}).items()}
    names = alternation(list(where)).replace("\\ ", r"\s+")
    pattern = re.compile(
        r"\b(?:(?:sidelines|side-lines|margins|framework|course|occasion|works)\s+of|during|"
        r"within|at)\s+the\s+(?:[\w-]+\s+){0,6}?(?:UN\s+|United\s+Nations\s+)?"
        rf"(?P<name>{names})(?![\w-])")
    return pattern, where


# the place a host names to the guest, anywhere in remarks: "happy to see you here in X",
# "thank you for being here in X", "I welcome you to Moscow", "a separate meeting here in
# Sochi" (not "as it is here in X", said of the country at large)
_HERE = re.compile(r"\b(?:(?:you|being|meeting)\b[^.;]{0,25}?\shere,?\s+in|"
                   r"welcome\s+you\s+(?:back\s+)?(?:to|in)|"
                   # "thanks, and say welcome to X": a host's greeting
                   r"(?<!\bwelcomed\s)(?<!\bwelcomes\s)\b(?:and|also|say)\s+"
                   r"welcome\s+(?:back\s+)?to|"
                   # "thank you for coming to X", "for agreeing to come to X today"
                   r"for\s+(?:\w+\s+){0,2}?com(?:e|ing)\s+(?:here,?\s+)?to)\s+(?:the\s+)?(?=[A-Z])")


def _here(doc: Doc, other: re.Pattern[str], when: _When,
          city_only: bool = False) -> PlaceFinding | None:
    """The place a speaker says the talks are held in ("here in X"), read below the lead
    where the lead names none (``city_only``: a city, where the state is known)."""
    g = geo.gazetteer()
    for s in doc.sentences:
        if "here" not in s.text and "welcome" not in s.text and "com" not in s.text:
            continue
        for m in _HERE.finditer(s.text):
            if other.search(s.text, max(0, m.start() - 40), m.start()) or _elsewhere(
                    s.text, m.start(), m.end(), when):
                continue
            city = g.city_pattern.match(s.text, m.end())
            if city and not re.match(r"\s+[A-Z]", s.text[city.end():]):
                name = city.group()
                return PlaceFinding(name, geo.city_country(name), s, s.start + city.start(),
                                    s.start + city.end(), f"here in '{name}'")
            if city_only:
                continue
            state = g.pattern.match(s.text, m.end())
            country = _state_of(g, state) if state else None
            if state and re.match(r"['’]s\b", s.text[state.end():]):
                continue  # "welcome to Chile's Foreign Minister": a person, not a place
            if country and not g.by_surface.get(state.group(), ("", False))[1]:
                return PlaceFinding(None, country, s, s.start + state.start(),
                                    s.start + state.end(), f"here in '{state.group()}'")
    return None


def _capital_alone(doc: Doc, lead: list[Sentence], state: str | None,
                   other: re.Pattern[str], when: _When) -> PlaceFinding | None:
    """A visit to ``state`` whose lead says "talks in the capital": its sole capital."""
    city = _sole_capital(state) if state else None
    if city is None:
        return None
    for s in lead:
        if "capital" not in s.text:
            continue
        for m in _CAPITAL.finditer(s.text):
            before = s.text[max(0, m.start() - 40):m.start()]
            if (m.group("dem") or m.group("of") or m.group("poss") or other.search(before)
                    or _elsewhere(s.text, m.start(), m.end(), when)):
                continue
            return PlaceFinding(city, state, s, s.start + m.start(), s.start + m.end(),
                                f"the capital of {state} ('{m.group()}')")
    return None


# "TIANJIN, 1 September 2025 - ...", "Doha, 12.02.2025 – ...", "KHIVA – ...": a filing place
# at the head of the body
_DATELINE = re.compile(r"\s*(?P<city>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2})"
                       r"(?:,[^–—\n]{1,40}?)?\s+(?:-{1,2}|[–—])\s", re.IGNORECASE)


@cache
def _cities_by_lower() -> dict[str, str]:
    return {c.lower(): c for c in geo.gazetteer().city_country}


def _dateline(doc: Doc) -> PlaceFinding | None:
    """The dateline's city, when the lead names no place at all: releases filed from the
    city where the event took place say it only there."""
    for s in doc.sentences[:2 + (1 if doc.title else 0)]:
        m = _DATELINE.match(s.text)
        if not m:
            continue
        words = m.group("city")
        city = _cities_by_lower().get(words.lower())
        if city is not None:
            return PlaceFinding(city, geo.city_country(city), s, s.start + m.start("city"),
                                s.start + m.end("city"), f"dateline '{words}'")
    return None


# the host receiving a guest: "President X of Kenya hosted ...", "Kenyan President X received"
_HOST_VERB = re.compile(r"\b(?:hosted|hosts|received|receives|welcomed|welcomes|met|meets|"
                        r"held)\b")


_MEETING_VERBS = frozenset({"met", "meets", "held"})


def _owner_after(seat: str, subject: str, obj: str) -> bool:
    """Whether the head whose seat ``seat`` is (a prime minister's office, a presidential
    palace) is named only in ``obj``, after a verb that names no host, not in ``subject``."""
    owner = _seat_owner(seat)
    return owner is not None and bool(owner.search(obj)) and not owner.search(subject)


# a verb of receiving in the passive: "was received (in audience) by", "were welcomed by"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")


def _seat_in_lead(doc: Doc, lead: list[Sentence], dateline: PlaceFinding | None,
                  other: re.Pattern[str], when: _When) -> PlaceFinding | None:
    """A seat of government with no city ("hosted X at State House", "welcomed X at
    Government House") in a lead that names no place: the seat is in the host's capital, the
    host's state named before the verb of receiving ("President X of Kenya hosted") or, failing
    that, the filing state of the dateline ("Bangkok, 11 March – ... at Government House")."""
    for s in lead:
        for m in _seats(s.text):
            if (_elsewhere(s.text, m.start(), m.end(), when)
                    or other.search(s.text[max(0, m.start() - 40):m.start()])):
                continue
            state = None
            verb = _HOST_VERB.search(s.text, 0, m.start())
            if verb is not None:
                if _PASSIVE_BEFORE.search(s.text, max(0, verb.start() - 30), verb.start()):
                    # "X of Y was welcomed by President Z of W at the Palace": the host is
                    # named after the verb, the state before it is the guest's
                    hosts = geo.country_mentions(doc.text, s.start + verb.end(),
                                                 s.start + m.start())
                elif verb.group() in _MEETING_VERBS and _owner_after(
                        m.group("seat"), s.text[:verb.start()], s.text[verb.end():m.start()]):
                    # "President X of Chile met Prime Minister Y of Pakistan at the PM
                    # House": "met" names no host; the seat is its owner's, named after
                    hosts = geo.country_mentions(doc.text, s.start + verb.end(),
                                                 s.start + m.start())
                else:
                    hosts = geo.country_mentions(doc.text, s.start, s.start + verb.start())
                state = hosts[0].country if hosts else None
            if state is None and dateline is not None:
                state = dateline.country
            capital = _sole_capital(state) if state else None
            if (capital is None and state is not None and dateline is not None
                    and dateline.country == state and dateline.city in geo.capitals()[state]):
                # a state of two capitals (Sri Lanka, South Africa, Bolivia): the seat is in
                # the one the release files from ("Colombo, March 10 - ... at the
                # Presidential Secretariat")
                capital = dateline.city
            if capital is not None:
                return PlaceFinding(capital, state, s, s.start + m.start("seat"),
                                    s.start + m.end("seat"),
                                    f"the seat '{m.group('seat')}' in the capital of {state}")
    return None


@dataclass(frozen=True)
class Side:
    """A participant as the place rules read it: the title, the state and where the release
    names the person (absolute offsets)."""

    title: str | None
    country: str | None
    starts: tuple[int, ...]  # where each mention of the person begins


# whose seat it is: a presidential seat is a president's, a prime minister's office or house
# a prime minister's; a government house or palace, a royal palace, any head's
_PRESIDENT = re.compile(r"\bPresident\b")
_PRIME_MINISTER = re.compile(r"\b(?:Prime\s+Minister|Premier|PM)\b")


def _seat_owner(seat: str) -> re.Pattern[str] | None:
    """The title of the head whose seat ``seat`` is (None: any head's)."""
    if _PRIME_MINISTER.search(seat):
        return _PRIME_MINISTER
    if "residen" in seat or seat.startswith(("State", "National")):
        return _PRESIDENT
    return None


_NOT_HEAD = re.compile(r"\b(?:Vice|Deputy|former|Former|Acting)\b")
# a guest named as such: "the visiting Crown Prince X", "X, who is on an official visit",
# "X called on the President", "X was received by ..."
_GUEST_BEFORE = re.compile(r"\b[Vv]isiting\s+(?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,8}?"
                           # "the visiting Foreign Minister of X, Her Excellency <name>"
                           r"(?:[A-Z][\w'’.-]*,\s+(?:(?:Her|His)\s+Excellency\s+|H\.?\s?E\.?\s+|"
                           r"Mrs?\.?\s+|Ms\.?\s+|Dr\.?\s+)?)?$")
# (the verb right after the person's name, or after one apposition set off by commas ("X,
# Foreign Minister of Y, called on"): not across a comma to the next person's clause)
_GUEST_AFTER = re.compile(r"[^.;,]{0,40}?(?:,\s+(?:the\s+)?[A-Z][^.;,]{0,60},)?,?\s*"
                          r"\b(?:called\s+on|paid\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:call|visit)|(?:was|were)\s+received|who\s+(?:is|was)\s+"
                          r"(?:currently\s+)?(?:on|paying|making)\s+an?\s+(?:[\w-]+\s+){0,2}?visit)\b")
GUEST_AFTER = 120  # characters after a person's name read for a guest's verb
# the words between a receiving verb and the person received or called on: titles, names and
# a few function words only ("welcomed the Foreign Minister of Y, Mr. X", "received his
# Turkish counterpart X"), not a thing received ("received a letter from X", "welcomed the
# decision of X")
# (and where and when, "received at State House today the President of X")
# ("received his Turkish counterpart Mr. X": the counterpart is the guest too)
_TITLED = (r"(?:(?:the|his|her|their|of|and|at|in|on|today|yesterday|this|morning|afternoon|"
           r"evening|new|newly|appointed|outgoing|incoming|visiting|counterparts?|"
           r"[A-Z][\w'’.-]*)[\s,]+)"
           r"{0,12}$")
# the object of a host's verb is a guest: "X received/welcomed/hosted Y"
_RECEIVED = re.compile(r"\b(?:received|receives|welcomed|welcomes|hosted|hosts)\s+"
                       + _TITLED)
# the object of a guest's call is the host: "paid a (joint/courtesy) call on Y", "called on
# Y", "was received/welcomed by Y"
# the host as the subject of a verb of receiving, with a person as its object: "X, Foreign
# Minister of Y, hosted his Togolese counterpart", "X received the visiting ..." (not "X
# received a letter", "X was received by")
# (the host's name may hold an initial: "Ana B. Berg received her Chilean counterpart")
_HOSTING_AFTER = re.compile(r"(?:[^.;]|(?<=\b[A-Z])\.){0,60}?(?<!\bwas\s)(?<!\bwere\s)"
                            r"\b(?:hosted|hosts|received|"
                            r"receives|welcomed|welcomes)\s+(?:(?:in\s+audience|today|yesterday|"
                            r"on\s+\w+day)\s+)?(?:his|her|the|their)\s+"
                            r"(?:(?:visiting|new|newly|appointed|[A-Z][\w'’.-]*)\s+){0,4}?"
                            r"(?:counterpart|[A-Z])")
_CALLED_ON = re.compile(r"\b(?:call(?:ed)?\s+on|(?:received|welcomed|hosted)\s+by)\s+"
                        + _TITLED)
_ENVOY_OF = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Envoy|Charg[eé]\s+d['’]\s?Affaires)"
                       r"\s+(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?$")


def _paragraph_tail(text: str, start: int) -> str:
    """The 100 characters before ``start`` within its paragraph: a headline's "receives
    Chilean counterpart" does not make the host named on the next line its object."""
    window = text[max(0, start - 100):start]
    return window[window.rfind("\n\n") + 1:]


def _guest(doc: Doc, side: Side, received: bool = True) -> bool:
    """Whether the release names ``side`` as the guest at one of its mentions (``received``:
    also as the one a host receives or welcomes)."""
    text = doc.text
    for start in side.starts:
        if (_GUEST_BEFORE.search(text[max(0, start - 60):start])
                or received and _RECEIVED.search(_paragraph_tail(text, start))):
            return True
        end = text.find(".", start, start + GUEST_AFTER)
        if _GUEST_AFTER.match(text[start:end if end >= 0 else start + GUEST_AFTER]):
            return True
    return False


def host_place(doc: Doc, place: PlaceFinding, sides: list[Side], home: str | None,
               reference: dt.date | None = None, until: dt.date | None = None,
               announced: bool = False, filed_from: str | None = None) -> PlaceFinding:
    """Where a lead names no state of the event, the host's state, known from the people
    (read after the participants are resolved): a seat of government with no city ("met the
    President of Y at the Presidential Palace") is in the capital of the state whose head
    holds that seat, and a guest named as "visiting" is in the state of the others. The host
    is the one participant state that is not the guest's (the lead's first party where two
    could be)."""
    if place.country is not None or place.city is not None or place.cue.startswith("a message"):
        return place
    doc = readable(doc)
    when = _When(reference, until)
    other = _PAST_EVENT if announced else _FOREIGN_EVENT
    hosts = [p for p in sides if p.country and not _guest(doc, p)]
    guests = {p.country for p in sides if p.country and _guest(doc, p)}
    for s in _lead(doc):
        for m in _seats(s.text):
            if (_elsewhere(s.text, m.start(), m.end(), when)
                    or other.search(s.text[max(0, m.start() - 40):m.start()])):
                continue
            seat = m.group("seat")
            owner = _seat_owner(seat)
            # (an envoy's state, "received the Ambassador of X", is a guest's: an envoy is
            # received where accredited)
            guests |= {c.country for c in geo.country_mentions(doc.text, s.start, s.end)
                       if _ENVOY_OF.search(doc.text, max(s.start, c.start - 40), c.start)}
            states = {p.country for p in hosts if p.country not in guests and (
                owner is None or p.title and owner.search(p.title)
                and not _NOT_HEAD.search(p.title))}
            state = home if home in states else states.pop() if len(states) == 1 else None
            if state is None and guests and not any(p.country for p in hosts):
                # a host of no state written ("President X received the Ambassador of Chile
                # at the Presidential Palace ... thanked Chile for its support to Malta"):
                # the one state the release names besides the guests'
                others = {c.country for c in geo.country_mentions(doc.text)} - guests
                state = others.pop() if len(others) == 1 else None
            if state is None:
                continue
            return PlaceFinding(_sole_capital(state), state, s, s.start + m.start("seat"),
                                s.start + m.end("seat"),
                                f"the seat '{seat}' of the host, {state}")
    if not guests:
        envoy = _envoy_host(doc)
        if envoy is not None and envoy != filed_from:
            return PlaceFinding(city_state(envoy), envoy, None, 0, 0,
                                f"envoys received where accredited, {envoy}")
    # a host named as such ("paid a joint call on Prime Minister X", "X hosted his Togolese
    # counterpart at the Ministry"), though no guest is named
    called_on = {p.country for p in hosts if any(
        _CALLED_ON.search(doc.text[max(0, start - 100):start])
        or _HOSTING_AFTER.match(doc.text, start, start + GUEST_AFTER) for start in p.starts)}
    if guests or called_on:
        states = {p.country for p in hosts if p.country not in guests} if guests else called_on
        named = any(_guest(doc, p, received=False) for p in sides)
        if len(states) == 1 and (named or states != {filed_from}):
            # (a host known only as the one receiving, in the state the release files from,
            # is placed by the dateline alone, which places no event: GUIDELINES)
            state = states.pop()
            return PlaceFinding(city_state(state), state, None, 0, 0,
                                f"a guest of the host, {state}")
    return place


# an envoy to a state received or calling on its officials: "received the ambassadors of A
# and B accredited to X", "a courtesy call from the Ambassador of Y to X" (an envoy is
# received where accredited)
_ENVOY_TO = re.compile(r"\b(?:[Aa]mbassadors?|High\s+Commissioners?|[Ee]nvoys?|"
                       r"Charg[eé]s?\s+d['’]\s?[Aa]ffaires)\b[^.;]{0,80}?\b(?:accredited\s+to|"
                       r"to)\s+(?:the\s+)?$")
_ENVOY_RECEIVED = re.compile(r"\b(?:received|receives|welcomed|welcomes|courtesy\s+call|"
                             r"called\s+on|calls\s+on|credentials)\b")


def _envoy_host(doc: Doc) -> str | None:
    """The one state the lead's envoys are accredited to, where they are received."""
    states = set()
    for s in _lead(doc):
        if not _ENVOY_RECEIVED.search(s.text):
            continue
        for c in geo.country_mentions(doc.text, s.start, s.end):
            if not c.demonym and _ENVOY_TO.search(doc.text, max(s.start, c.start - 120),
                                                  c.start):
                states.add(c.country)
    return states.pop() if len(states) == 1 else None


def city_state(state: str | None) -> str | None:
    """The city of a state that is one city (Singapore, Monaco, the Holy See: the capital
    bears the state's name; not Kuwait City or Mexico City, in larger states)."""
    capital = _sole_capital(state) if state else None
    return capital if capital is not None and (capital == state or state == "Holy See") \
        else None


# a named palace or court where a leader receives, none of the lexicon's: "received at
# Al-Salam Palace", "at the Al Qasr Palace" (not one in another named city)
# (also one named after the word: "at the Palace of Independence", "the Palace of Nations")
_NAMED_PALACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?"
                           r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:Palace|Court)\b|"
                           r"Palace\s+of\s+(?:the\s+)?[A-Z][\w'’-]*\b)"
                           r"(?!\s*,?\s+(?:in\s+)?[A-Z])")


def _palace_under_dateline(lead: list[Sentence], dateline: PlaceFinding | None,
                           other: re.Pattern[str], when: _When) -> PlaceFinding | None:
    """A palace the lead names as the venue, in a release filed from a city with no other
    place named ("JEDDAH, March 10 (SPA) -- The Crown Prince received at Al-Salam Palace
    ..."): the court's press files from the palace's city, and the venue is named, so the
    dateline is more than a filing place here."""
    if dateline is None or dateline.city is None:
        return None
    for s in lead:
        if "Palace" not in s.text and "Court" not in s.text:
            continue
        for m in _NAMED_PALACE.finditer(s.text):
            if (other.search(s.text[max(0, m.start() - 40):m.start()])
                    or _elsewhere(s.text, m.start(), m.end(), when)):
                continue
            return PlaceFinding(dateline.city, dateline.country, s, s.start + m.start(),
                                s.start + m.end(),
                                f"a palace ('{m.group().strip()}') under the dateline "
                                f"'{dateline.city}'")
    return None


# a guest said to be in the host's state: "the visiting President of X", "who is on a state
# visit", "currently visiting the country"
_GUEST_HERE = re.compile(r"\bthe\s+visiting\s+(?-i:[A-Z])|\bwho\s+(?:is|was)\s+(?:currently\s+)?"
                         r"(?:on|paying|making)\s+an?\s+(?:[\w-]+\s+){0,2}?visit\b", re.I)

# the event said to be held "here", the agencies' word for the filing city: "X met Y here on
# Monday", "held talks here today", "the summit here" (not "here in X", read elsewhere, nor a
# speaker's "here" in quotation marks)
_EVENT_HERE = re.compile(r"\b(?:met|meets|meeting|talks|held|received|receives|hosted|hosts|"
                         r"welcomed|summit|conference|signed|arrived|visit(?:s|ed|ing)?)\b"
                         r"[^.;\"“”]{0,80}?\shere\b(?!\s*,?\s+(?:in|to|is|are|was)\b)"
                         r"(?=\s*[,.;]|\s+(?:on|today|yesterday|this|at|last|earlier|during|"
                         r"and|to|with|for)\b|\s*$)")


def _restated(doc: Doc, dateline: PlaceFinding) -> bool:
    """Whether the text names the dateline's city again (the headline counts): only then
    does the filing place say where the event was ("a dateline alone does not")."""
    city = dateline.city or ""
    word = re.compile(rf"(?<!\w){re.escape(city)}(?!\w)")
    if doc.title and not doc.text.startswith(doc.title) and word.search(doc.title):
        return True
    # (a leader who "returns to" the filing city was away from it: the event was elsewhere)
    # (nor one who arrives there "concluding visits to A and B": home again)
    # (nor a mention as the place of a subject: "the festival held in X", "the situation in X")
    return any(m.start() != dateline.start and not _RETURN_TO.search(
        doc.text, max(0, m.start() - 40), m.start()) and not (
        _HOME_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
        and _ENDS_TRIP_AFTER.match(doc.text, m.end()))
        and not _SHOW_HELD_BEFORE.search(doc.text, max(0, m.start() - 60), m.start())
        and not _TOPIC_BEFORE.search(doc.text, max(0, m.start() - 60), m.start())
        for m in word.finditer(doc.text))


_RETURN_TO = re.compile(r"\b(?:return\w*|back)\s+(?:\w+\s+)?to\s+$", re.I)


def venue_further_down(doc: Doc, place: PlaceFinding, reference: dt.date | None = None,
                       until: dt.date | None = None, announced: bool = False) -> PlaceFinding:
    """The city of a place known only by its country, from a named seat of that country
    below the lead ("lunch at Parliament House"): a venue's city is certain where a city
    named in passing is not. Each sentence is read once."""
    doc = readable(doc)
    if not place.city and not place.country:
        other = _PAST_EVENT if announced else _FOREIGN_EVENT
        found = _talks_further_down(doc, _When(reference, until), other)
        if found is not None:
            return found
        typed = _typed_visit_further_down(doc, _When(reference, until), other)
        if typed is None:
            return place
        place = typed  # (and a venue of that state below may give its city)
    if place.city or not place.country:
        return place
    g = geo.gazetteer()
    when = _When(reference, until)
    other = _PAST_EVENT if announced else _FOREIGN_EVENT  # an announcement's "will" counts
    for s in doc.sentences[len(_lead(doc)):]:
        for m in g.venue_pattern.finditer(s.text):
            city, country = g.venues[m.group()]
            if (country == place.country and not _VENUE_AS_OFFICE.match(s.text, m.end())
                    and not _VENUE_AS_BODY.match(s.text, m.end())
                    and not _OF_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
                    and not _elsewhere(s.text, m.start(), m.end(), when)
                    and not other.search(s.text[max(0, m.start() - 40):m.start()])):
                return PlaceFinding(city, country, s, s.start + m.start(), s.start + m.end(),
                                    f"venue '{m.group()}' below the lead")
    capital = _sole_capital(place.country)
    for s in doc.sentences if capital else ():
        for m in itertools.chain(_seats(s.text), _ministry_seats(s.text)):
            if (_elsewhere(s.text, m.start(), m.end(), when)
                    or other.search(s.text[max(0, m.start() - 40):m.start()])):
                continue
            return PlaceFinding(capital, place.country, s, s.start + m.start("seat"),
                                s.start + m.end("seat"),
                                f"the seat '{m.group('seat')}' in the capital of {place.country}")
    # a host's "here in X", "welcome to X" naming a city of the state
    here = _here(doc, other, when, city_only=True)
    if here is not None and here.country == place.country:
        return here
    # a meeting on the sidelines of a gathering is where the gathering is: "met on the
    # sidelines of the summit here ... thanked him for hosting its Summit in X"
    margins = any(_MARGINS.search(s.text) for s in _lead(doc))
    for s in doc.sentences[len(_lead(doc)):]:
        found = _EVENT_IN_CITY.finditer(s.text)
        if margins and ("ummit" in s.text or "onference" in s.text or "orum" in s.text):
            found = itertools.chain(found, _GATHERING_IN.finditer(s.text))
        for m in found:
            c = g.city_pattern.match(s.text, m.end())
            if (c is None or geo.city_country(c.group()) != place.country
                    or re.match(r"\s+[A-Z]|['’]s\b", s.text[c.end():])
                    or _elsewhere(s.text, c.start(), c.end(), when)
                    or other.search(s.text[max(0, m.start() - 40):m.start()])):
                continue
            return PlaceFinding(c.group(), place.country, s, s.start + c.start(),
                                s.start + c.end(), f"the talks in '{c.group()}' below the lead")
    return place


# a visit of a named type: "is paying a two-day state visit to X" (GUIDELINES: the
# release's own word for the main event)
_TYPED_VISIT = re.compile(r"\b(?:[Ss]tate|[Oo]fficial|[Ww]orking)\s+[Vv]isit\b")
TYPED_VISIT_SENTENCES = 12  # body sentences read for it


def _typed_visit_further_down(doc: Doc, when: _When,
                              other: re.Pattern[str]) -> PlaceFinding | None:
    """Where a lead places nothing, the state a named visit below it goes to ("President X
    is paying a two-day state visit to Y"): the visit is the main event, wherever the
    release first names it."""
    lead = len(_lead(doc))
    for s in doc.sentences[lead:lead + TYPED_VISIT_SENTENCES]:
        if not _TYPED_VISIT.search(s.text):
            continue
        found = _country_finding(doc, s, other, when)
        if found is not None:
            return PlaceFinding(None, found.country, s, found.start, found.end,
                                found.cue + ", a named visit below the lead")
    return None


# the gathering itself placed: "hosting its 13th Summit in X", "the Conference held in X"
_GATHERING_IN = re.compile(r"\b(?:[Ss]ummit|Conference|Forum)\s+(?:(?:was\s+|being\s+)?held\s+)?"
                           r"in\s+(?:the\s+)?(?=[A-Z])")


# talks or a gathering placed below a lead that places nothing: "The two leaders met at the
# Great Hall of the People in X", "represented Y at the Ministerial Conference, held in X"
_MET_AT = re.compile(r"\b(?:met|meet|meets|talks|meeting|received)\s+(?:\w+\s+){0,2}?at\s+"
                     r"(?:the\s+)?$")
_GATHERING_HELD_IN = re.compile(r"\b(?:Conference|Forum|Summit|Assembly|Session|Meeting)\b"
                                r"[^.;]{0,80}?,?\s+held\s+in\s+(?:the\s+)?(?=[A-Z])")


def _talks_further_down(doc: Doc, when: _When, other: re.Pattern[str]) -> PlaceFinding | None:
    """Where a lead places nothing, the talks placed below it: a venue whose city is
    certain that they "met at", or the city the gathering they took part in was "held
    in". Each sentence is read once."""
    g = geo.gazetteer()
    for s in doc.sentences[len(_lead(doc)):]:
        for m in g.venue_pattern.finditer(s.text):
            if (not _MET_AT.search(s.text, max(0, m.start() - 40), m.start())
                    or _VENUE_AS_OFFICE.match(s.text, m.end())
                    or _elsewhere(s.text, m.start(), m.end(), when)
                    or other.search(s.text[max(0, m.start() - 40):m.start()])):
                continue
            city, country = g.venues[m.group()]
            if m.group() in _generic_venues() and not _names_place(doc, city, country):
                continue
            return PlaceFinding(city, country, s, s.start + m.start(), s.start + m.end(),
                                f"the talks at '{m.group()}' below the lead")
        for m in itertools.chain(_EVENT_IN_CITY.finditer(s.text),
                                 _GATHERING_HELD_IN.finditer(s.text)):
            c = g.city_pattern.match(s.text, m.end())
            if (c is None or re.match(r"\s+[A-Z]|['’]s\b", s.text[c.end():])
                    or _elsewhere(s.text, c.start(), c.end(), when)
                    or other.search(s.text[max(0, m.start() - 40):m.start()])):
                continue
            return PlaceFinding(c.group(), geo.city_country(c.group()), s, s.start + c.start(),
                                s.start + c.end(), f"the talks in '{c.group()}' below the lead")
    return None


# the seat of a host's government with no city in its name: "received at Government House",
# "talks at the Presidential Palace", "called on the President at the President's Office" are
# held in the host's capital (where it has one only)
_SEAT = re.compile(r"(?:\b(?P<prep>at|in|to)\s+(?:the\s+)?|"
                   # "at the Santi Maitri Building, Government House": a hall of the seat
                   r"\bat\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?(?:Building|Hall|Room|Pavilion),\s+)"
                   r"(?P<seat>Government\s+(?:House|Palace)|State\s+House|"
                   r"Presidential\s+(?:Palace|Residence|Office|Secretariat)|"
                   # (in lower case, as agencies write it: "at the presidential palace")
                   r"presidential\s+palace|royal\s+palace|"
                   r"President['’]s\s+(?:Palace|Residence|Office)|"
                   r"Royal\s+Palace|State\s+Palace|Presidential\s+Villa|"
                   r"National\s+Palace(?!\s+Museum)|"  # (a museum is no seat)
                   r"(?:PM|Prime\s+Minister)['’]s\s+Office|"
                   r"Office\s+of\s+the\s+(?:President|Prime\s+Minister)(?!\s+of\b)|"
                   r"(?:PM|Prime\s+Minister['’]?s?)\s+House|"
                   # "at the Prime Minister's official residence", "at the official residence
                   # of the President", "received at the Presidency"
                   r"(?:PM|Prime\s+Minister|President)['’]s\s+(?:[Oo]fficial\s+)?[Rr]esidence|"
                   r"[Oo]fficial\s+[Rr]esidence\s+of\s+the\s+(?:President|Prime\s+Minister)"
                   r"(?!\s+of\b)|"
                   r"Presidency(?!\s+of\b)|"
                   # a chancellor's seat: Berlin's, Vienna's, Bern's ("the Federal
                   # Chancellery"), by the host's state
                   r"Federal\s+Chancellery)\b")
_SEAT_WORD = re.compile(r"House|alace|esiden|Office|Villa|ecretariat|Chancellery")


# the host's foreign ministry, named with no state: "called on him at the foreign ministry"
# (read only where the event's state is known: the ministry is that state's, in its capital)
# (or "the Ministry" alone, capitalised, as a foreign ministry's release names its own seat:
# "received his counterpart at the Ministry")
_MINISTRY_SEAT = re.compile(r"\b(?:at|in)\s+the\s+(?P<seat>(?i:foreign\s+ministry)|"
                            r"Ministry\s+of\s+(?:Foreign|External)\s+(?:Affairs|Relations)|"
                            r"Ministry(?!\s+(?:of|for)\b))\b"
                            # (a room of the ministry is in it: "in the Foreign Ministry's
                            # conference room", "at the Ministry's headquarters")
                            r"(?!\s+of\b|['’]s\b(?!\s+(?:[\w-]+\s+)?(?:rooms?|halls?|"
                            r"headquarters|premises|building|auditorium|chambers?|lounge)\b)|"
                            r",?\s+(?:in\s+)?[A-Z])")


def _ministry_seats(text: str) -> list[re.Match[str]]:
    """The foreign ministries ``text`` names with no state and no city."""
    if "inistry" not in text:
        return []
    return list(_MINISTRY_SEAT.finditer(text))


def _seats(text: str) -> list[re.Match[str]]:
    """The seats of government ``text`` names with no city beside them. An office is a place
    only where something happens at or in it ("a letter to the President's Office" is sent to
    its staff); a seat named in an office's title ("Head of the Royal Palace of X") is none."""
    if not _SEAT_WORD.search(text):
        return []
    out = []
    for m in _SEAT.finditer(text):
        named = _CITY_AFTER_VENUE.match(text, m.end())
        if (m.group("seat").endswith("Office") and m.group("prep") == "to"
                # ("Parliamentary Secretary in the Office of the Prime Minister X": a post)
                or _POST_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or m.group("seat") == "Presidency" and m.group("prep") != "at"
                or _VENUE_AS_OFFICE.match(text, m.end())
                or named and geo.gazetteer().city_pattern.match(text, named.end())):
            continue
        out.append(m)
    return out


# ...unless a city is named with it: "at Government House, Sydney", "State Palace in X"
_CITY_AFTER_VENUE = re.compile(r",?\s+(?:in\s+)?(?=[A-Z])")


# the reported talks placed in a city below the lead: "following the negotiations with X in
# Kyiv", "the talks held in Oslo"
_EVENT_IN_CITY = re.compile(r"\b(?:talks|negotiations|meetings?|met)\b(?:\s+(?:held\s+)?with"
                            r"(?:\s+[A-Z][\w.'’-]*){1,4}?|\s+(?:were\s+|was\s+)?held)?"
                            r"\s+in\s+(?:the\s+)?(?=[A-Z])")
