"""Cooperation areas: the sectors and subjects a release names as cooperated on or discussed.

Three layers, all driven by lexicons/areas.toml:

* lists after a cue ("cooperation in green energy, transport and logistics and
  agriculture", "areas such as A and B"): the list is split into members and each
  member, cleaned of determiners and framing words ("in the field of"), is one area;
  words qualifying "cooperation"/"ties" ("defence cooperation") and short headings too;
* known compound terms ("energy security", "search and rescue") wherever the release
  names them outside an institution's name; a term spanning several list members is
  one area, and one glued to another member by "and" is split off;
* sector nouns ("the mining sector"), kinds of help ("military and financial
  assistance") and trade between the parties ("bilateral trade").

A final pass merges spellings of one area and drops a pair ("trade and investment")
whose halves are areas of their own, since annotators list an area once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations

from briefgen.model import Agreement, Item
from briefgen.parse.clauses import Span, alternation, content_key, lexicon, span_of, split_list
from briefgen.parse.evidence import evidence_for
from briefgen.parse.gated import Screened, opening
from briefgen.parse.segment import Doc, Sentence, per_release

# Characters that re.IGNORECASE equates with others beyond lower-casing ("ſ" with "s").
_EXTRA_CASES = frozenset("µıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣᲀᲁᲂᲃᲄᲅᲆᲇᲈṡẛιΐΰꙋﬅﬆ")


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """``text`` lower-cased when matching it case-sensitively gives exactly what
    IGNORECASE gives on ``text`` (ASCII letters aside, no character changes case or is
    a special case); else None. The term pattern then runs twice as fast."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if not text.isascii() and any(not c.isascii() and (c.lower() != c or c in _EXTRA_CASES)
                                  for c in set(text)):
        return None
    return low


def _plain_letters(source: str) -> str:
    """The letters of a regex source outside escapes ("\\S", "\\b" are no letters)."""
    return re.sub(r"\\.", "", source)


class Caseless:
    """A case-insensitive pattern that, on a release ``_lowered`` allows, runs
    case-sensitively on the lower-cased text: the same spans, several times fewer
    steps (IGNORECASE folds every character it compares). Only for callers that use
    the spans or lower-case the matched text, since the groups come from the lowered
    copy. A source with an upper-case letter ("[A-Z]") always runs as written."""

    def __init__(self, source: str) -> None:
        self.folded = re.compile(source, re.IGNORECASE)
        self.plain = None if re.search(r"[A-Z]", _plain_letters(source)) or "(?P" in source \
            or "(?-i" in source else re.compile(source)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        low = _lowered(text) if self.plain is not None else None
        if low is None or self.plain is None:
            return self.folded.finditer(text, start, end)
        return self.plain.finditer(low, start, end)

    def match(self, text: str, start: int, end: int) -> re.Match[str] | None:
        low = _lowered(text) if self.plain is not None else None
        if low is None or self.plain is None:
            return self.folded.match(text, start, end)
        return self.plain.match(low, start, end)

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        low = _lowered(text) if self.plain is not None else None
        if low is None or self.plain is None:
            return self.folded.search(text, start, end)
        return self.plain.search(low, start, end)


@cache
def caseless(source: str) -> Caseless:
    return Caseless(source)



# plain substrings the area code tests sentences for, besides the cues' keys
_GATE_KEYS = ("sector", "industr", "trade", "invest", " and ", "assist", "support", "aid",
              "situation", "crisis", "conflict", "cooperat", "ties", "relation", "interaction",
              "partner", "engagement", "links", "sphere", "issues", "dialogue", "agenda",
              "projects", " was ", " were ", "region")


@cache
def _all_keys() -> tuple[str, ...]:
    """Every plain substring a sentence is tested for: the rule cues' keys, the broad
    cues' keys (lexicons/areas.toml) and the gates of the code."""
    lex = lexicon("areas")
    keys = {k for group in lex["areas"]["cue_keys"] for k in group.split("|")}
    keys |= {k for _, _, group in lex["broad"]["cues"] for k in group.split("|")}
    return tuple(sorted(keys | set(_GATE_KEYS)))


@per_release
def _index_keys(doc: Doc) -> list[frozenset[str]]:
    """The keys of ``_all_keys`` in each sentence of ``doc``. Each key is looked for
    once in the whole lower-cased release and its hits are filed under their sentence
    by bisection: linear in the text, instead of every key tested on every sentence."""
    sents = doc.sentences
    low = _lowered(doc.text)
    ordered = all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))
    if low is None or not ordered:
        lows = [s.text.lower() for s in sents]
        return [frozenset(k for k in _all_keys() if k in low) for low in lows]
    starts = [s.start for s in sents]
    found: list[set[str]] = [set() for _ in sents]
    for key in _all_keys():
        pos = low.find(key)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos + len(key) <= sents[i].end:
                found[i].add(key)
                # the sentence holds it: its other hits change nothing (" and " is often
                # there many times), so the next look starts at its end
                pos = low.find(key, sents[i].end)
                continue
            pos = low.find(key, pos + 1)
    return [frozenset(f) for f in found]


def sentence_keys(doc: Doc, sent: Sentence) -> frozenset[str]:
    """Which of ``_all_keys`` the lower-cased ``sent`` holds (``k in low`` for each key,
    computed once per release)."""
    index = _index_keys(doc)
    if sent.index < len(index) and doc.sentences[sent.index] is sent:
        return index[sent.index]
    low = sent.text.lower()
    return frozenset(k for k in _all_keys() if k in low)


# small patterns of the hot paths, compiled once (re's own cache costs a look-up a call)
_HYPHENED = re.compile(r"[\w-]+")
_OWNED = re.compile(r"['’]s\b")
_WORD_Q = re.compile(r"[\w'’-]+")
_ED = re.compile(r"[a-z]+ed")
_NOUN_COMMA = re.compile(r"(\w+)\s*,")
_FIRST_WORD = re.compile(r"\W*(\w+)")
_LAST_WORD = re.compile(r"([\w'’-]+)\s+$")
_NEXT_WORD = re.compile(r"\s+(\w+)")


@dataclass(frozen=True)
class _Rules:
    cues: tuple[Caseless, ...]
    # plain substrings that a cue needs in the lower-cased sentence (``in`` beats a regex
    # alternation that is tried at every position)
    cue_keys: tuple[frozenset[str], ...]
    anchored: frozenset[int]
    bad_start: re.Pattern[str]
    empty: frozenset[str]
    item_end: re.Pattern[str]
    max_words: int
    subject_cues: tuple[re.Pattern[str], ...]
    modifier_stop: frozenset[str]
    weak_single: frozenset[str]
    modifier_ok: frozenset[str]
    heading_max: int
    heading_skip: re.Pattern[str]
    document_detail: re.Pattern[str]
    fused: frozenset[str]


@cache
def rules() -> _Rules:
    lex = lexicon("areas")["areas"]
    cues = tuple(caseless(c) for c in lex["cues"])
    return _Rules(
        cues=cues,
        cue_keys=tuple(frozenset(k.split("|")) for k in lex["cue_keys"]),
        anchored=frozenset(lex.get("anchored_cues", [0, 1, 2])),
        bad_start=re.compile(lex["bad_start"], re.IGNORECASE),
        empty=frozenset(lex["empty"].split()),
        item_end=opening(lex["item_end"], re.IGNORECASE),
        max_words=int(lex["max_words"]),
        subject_cues=tuple(re.compile(c) for c in lex["subject_cues"]),
        modifier_stop=frozenset(lex["modifier_stop"].split()),
        weak_single=frozenset(lex["weak_single"].split()),
        modifier_ok=frozenset(lex["modifier_ok"].split()),
        heading_max=int(lex["heading_max_words"]),
        heading_skip=re.compile(lex["heading_skip"]),
        document_detail=re.compile(lex["document_detail"]),
        fused=frozenset(lex["fused_adjectives"].split()),
    )


# Framing words in front of an area: "in the field of", "issues of", "the", "our".
_LEAD = caseless(
    r"(?:(?:in|on|of|for|with|within|across|to|into|at|including|include|especially|particularly|"
    r"notably|namely|like|such\s+as|as\s+well\s+as|and|or|but|also|both|all|mutual|bilateral|"
    r"primarily|mainly|chiefly|above\s+all|regarding|concerning|about|"
    r"(?:with\s+)?(?:an?\s+|(?:particular|special)\s+)?(?:emphasis|focus)\s+on|"
    r"(?:[\w-]+\s+){0,2}(?:projects|issues|areas|fields|sectors|industries|challenges|priorities|"
    r"topics|matters)\s+(?:like|such\s+as|including)|[\w-]+\s+such\s+as|"
    r"such\s+(?:[\w-]+\s+)?(?:areas|fields|spheres|sectors|issues|industries|matters)\s+as|"
    r"further|closer|stronger|greater|enhanced|expanding|expanded|deepening|strengthening|"
    r"developing|promoting|enhancing|boosting|improving|increasing|advancing|fostering|"
    r"intensifying|furthering|broadening|the|a|an|our|their|its|his|her|these|those|this|"
    r"strong|close|existing|current|ongoing|topical|pertinent|relevant|key|important|"
    r"(?:ways|avenues|means|prospects|opportunities|possibilities|options|efforts|steps)\s+"
    r"(?:to|for|of)(?:\s+(?!the\b)\w+)?|"
    r"(?:development|expansion|strengthening|deepening|state|progress|prospects|level)\s+of|"
    r"(?:latest\s+|recent\s+)?developments\s+(?:of|in|on|around|regarding)|"
    r"(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?|issues?|matters?|questions?|topics?)\s+of|"
    r"(?:the\s+)?(?:issues?|matters?|questions?|topics?|areas?)\s+(?:related|relating|pertaining)"
    r"\s+to|"
    r"(?:cooperation|collaboration|interaction|partnership|ties|links)\s+(?:in|on|across))\s+)+")
_TRAIL = re.compile(r"(?:\s+(?:and|or|etc|as well|too|also|cooperation|sector|sectors|"
                    r"spheres?|fields?|areas?|issues|matters))+\s*$", re.IGNORECASE)
# "migratory issues", "ocean matters": one word and the noun of issues, which annotators
# keep (the word alone, "migratory", is no area; the scorer counts "issues" as a word)
_ONE_WORD_ISSUES = re.compile(r"[\w-]+\s+(?:issues|matters)", re.IGNORECASE)
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|will|would|has|have|had|can|could|should|"
                   r"said|noted|stressed|agreed|discussed|expressed|welcomed|thanked|informed|"
                   r"announced|reaffirmed|underlined|pledged|launched|confirmed|signed|"
                   r"did|does|do|we|i|you|they|he|she)\b", re.IGNORECASE)
# Inside a document's name only "cooperation in X" names an area ("memorandum on
# cooperation in agriculture"); other subjects ("on protection of patents") name the paper.
_COOPERATION_IN = re.compile(
    r"cooperation\s+(?:in|on)\b|in\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of\b", re.I)
_DOCUMENT = re.compile(r"\b(?:documents?|agreements?|memorand\w*|protocols?|declarations?|"
                       r"(?:joint\s+)?statements?|letters?\s+of\s+intent|"
                       r"(?:contracts?|roadmaps?)(?=\s+(?:between|with|on|for|to)\b))\b",
                       re.IGNORECASE)
# examples of the member before them, not areas of their own
_EXAMPLES = re.compile(r"(?:including|in\s+particular|for\s+example|for\s+instance)\b", re.I)
# a first member that names no subject ("the state of relations", "preparations for
# the visit") after these cues; the members after it still count
_VAGUE = re.compile(r"(?:the\s+)?(?:(?:current|major|further|possible|practical|concrete|next|"
                    r"future|key)\s+)?(?:state|prospects|issues?|matters?|questions?|ways|"
                    r"possibilit\w+|implementation|results?|outcomes?|agenda|preparations?|"
                    r"progress|details?|plans?|importance|need|necessity|terms|events?|steps|"
                    r"measures)\b", re.IGNORECASE)
_VAGUE_CUES = ("discussed", "talked", "paid", "paying", "pay", "gave", "giving", "with",
               "attention", "focused", "spoke", "agenda", "talks", "discussions", "consultations")
_AS_WELL_AS = re.compile(r"\bas\s+well\s+as\b", re.IGNORECASE)
_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?|today|yesterday|tomorrow|decades?|"
                   r"(?:19|20)\d\d|autumn|spring|summer|winter)\b", re.I)
# "X for the season and confirmed their interest in Y": a new clause after the member
_CLAUSE_JOIN = re.compile(r"\s(?:and|but|while)\s+(?:also\s+)?[a-z]+ed\b")
# "partnerships in the Regional Forum": the body where the area is pursued is no area
_AT_A_FORUM = re.compile(r"\s+(?:in|at|within)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?)*"
                         r"([A-Z][\w-]*)\s*$")
# an initial's dot before a lower-case word ("the Canada-U.S. partnership") ends no list;
# before a capital it may end a sentence the segmenter left whole ("with the U.S. The")
_SENT_END = re.compile(r"[;:]|(?:(?<!\b[A-Z])|(?!\.\s+[a-z]))\.(?:\s|$)|\s[–—]\s|\(|\)")
# the same two on lower-cased ASCII, without IGNORECASE (several times fewer steps)
_VERB_LOW = re.compile(_VERB.pattern)
_TIME_LOW = re.compile(_TIME.pattern)


_FRAMED = re.compile(r"\s*(?:the\s+)?(?:(?:ways|avenues|means|prospects|opportunities|"
                     r"possibilities|options|steps)\s+(?:to\s+(?!the\b)\w+|for\s+\w+ing)|"
                     r"(?:issues?|matters?|questions?|topics?)\s+(?:related|relating|pertaining)"
                     r"\s+to)\s+", re.IGNORECASE)
_AHEAD = caseless(r"(\s)(?:ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\s")
_FLOW_TO = caseless(r"\s*(?:the\s+)?(?:supply|supplies|deliver(?:y|ies)|exports?|imports?|"
                    r"shipments?|transit)\s+of\s+[^,;]+?(\s+to\s+)")


# "U.S. support to Ukraine's energy sector": one party's help to another's sector names
# the sector (annotators write "energy sector"); help to a party alone keeps the party
_HELP_TO_OWNED = re.compile(r"[A-Z][\w.-]*\s+(?:support|assistance|aid|help)\s+(?:to|for)\s+"
                            r"(?=[A-Z][\w-]*['’]s\s+[a-z])")


_DEVELOPMENTS_IN = re.compile(r"developments\s+(?:in|on|around)\s+(?:the\s+)?$", re.IGNORECASE)


# conjunctions that open the next clause: a list member or a candidate that opens on one
# is no area ("..., while the second concerns X"; area_model's openings use them too)
CLAUSE_CONJUNCTIONS = r"whereas|while|whilst|although|though|because"
# ("..., in addition to discussing Y")
_CLAUSE_OPENING = re.compile(rf"\s*(?:{CLAUSE_CONJUNCTIONS}|in\s+addition\s+to|besides)\b",
                             re.IGNORECASE)


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of the area inside a list member, without framing words."""
    r = rules()
    if _CLAUSE_OPENING.match(text, start, end):
        return None
    framed = _FRAMED.match(text, start, end)  # "prospects for developing trade": not a clause
    m = r.item_end.search(text, framed.end() if framed else start, end)
    if m:
        end = m.start()
    ahead = _AHEAD.search(text, start, end) or _FLOW_TO.match(text, start, end)
    if ahead:
        end = ahead.start(1)  # "ahead of the winter": when; "supply of gas to X": where
    sp = span_of(text, start, end)
    if not sp:
        return None
    start, end = sp.start, sp.end
    lead = _LEAD.match(text, start, end)
    if lead:
        # "the latest developments in Syria": the developments in a named place are the
        # topic (annotators write them so, and the scorer matches the longer item with a
        # gold "Syria" too); in anything else ("developments in the talks") they frame it
        named = _DEVELOPMENTS_IN.search(text, start, lead.end())
        start = named.start() if named and text[lead.end():lead.end() + 1].isupper() \
            else lead.end()
    helped = _HELP_TO_OWNED.match(text, start, end)
    if helped:
        start = helped.end()
    trail = None if REGIONAL_TOPICS.fullmatch(text, start, end) else _TRAIL.search(text[start:end])
    if trail and trail.start() > 0 and not _ONE_WORD_ISSUES.fullmatch(text, start, end):
        end = start + trail.start()
    forum = _AT_A_FORUM.search(text, start, end)
    if forum and forum.start() > start and forum.group(1) in _institution()[0]:
        end = forum.start()
    sp = span_of(text, start, end)
    return (sp.start, sp.end) if sp else None


@cache
def _non_sector_words() -> frozenset[str]:
    r = rules()
    return r.empty | r.modifier_stop | _words("areas", "qualities")


def _no_sector(item: str) -> bool:
    """Whether ``item`` is only qualities, levels and framing words ("unwavering
    support", "shared vision", "new"): no sector or subject (GUIDELINES)."""
    words = _HYPHENED.findall(item.lower())
    if not words:
        return False
    if all(w in _non_sector_words() for w in words):
        return True
    # "the Jordanian side", "U.S. support", "Russia's commitment": a party named in
    # front of words that name no sector is that party's stance, not an area
    named = _PARTY_FRONT.match(item)
    if not named or named.end() == len(item):
        return False
    rest = _HYPHENED.findall(item[named.end():].lower())
    return bool(rest) and all(w in _non_sector_words() or w in _STANCE for w in rest) \
        and not _STANCE.isdisjoint(rest)


# "cooperation with this organization", "the financial issue of this court": the subject
# is named elsewhere; the item points back at it and names nothing on its own
_ANAPHOR = re.compile(r"\b(?:this|these|those)\s", re.IGNORECASE)
# what a party holds or is, not a subject ("region", "affairs", "ties" with a name are)
_STANCE = frozenset("""side sides party parties support commitment commitments contribution
    contributions effort efforts people peoples position positions stance leadership""".split())
# capitalised words (or initials) at an item's start, with a possessive ("Russia's")
_PARTY_FRONT = re.compile(r"\s*(?:(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+)+)")


def _acceptable(item: str, names_ok: bool = False, vocab: frozenset[str] = frozenset()) -> bool:
    r = rules()
    words = item.split()
    if not words or len([w for w in words if w.lower() not in ("a", "an", "the")]) > r.max_words:
        return False  # a clause, not a name (articles do not count)
    low = item.lower() if item.isascii() else None  # ASCII: the plain patterns, same answer
    if r.bad_start.match(item) or (_VERB_LOW.search(low) if low is not None else
                                   _VERB.search(item)) or \
            (_TIME_LOW.search(low) if low is not None else _TIME.search(item)):
        return False
    if REGIONAL_TOPICS.fullmatch(item):
        return True
    if not [w for w in _HYPHENED.findall(item.lower()) if w not in r.empty]:
        return False
    if _no_sector(item) or _ANAPHOR.search(item):
        return False
    if _NUMBER.match(item) or "$" in item or "%" in item:
        return False
    owned = _OWNED.split(item.lower())
    if len(owned) > 1 and not [w for w in _HYPHENED.findall(owned[-1]) if w not in r.empty]:
        return False  # "China's commitment": a party's stance, not a sector
    lexical = [w for w in _WORD_Q.findall(item) if w.lower() not in _FUNCTION]
    if lexical and all(w[0].isupper() for w in lexical) and lexical[-1] not in _seas() and \
            item.lower() not in _sector_words() and not (
            names_ok and any(w.lower() in vocab or w.lower() in _sector_words()
                             for w in lexical)):
        return False  # a name (a country, a forum), not a sector
    if words[-1].lower() in _thing_heads():
        return False  # "the gas contract", "a regional summit": a paper or an event
    if len(words) == 1 and _ED.fullmatch(words[0]) and \
            words[0] not in rules().modifier_ok:
        return False  # "expected", "signed": a verb left over from a clause
    if len(words) == 1 and _ADVERB.fullmatch(words[0].lower()):
        return False  # "separately": a manner, not a sector ("beekeeping" may be one)
    return not (len(words) == 1 and words[0].lower() in rules().weak_single)


# an adverb in -ly (not "supply", "family", "Italy": those are lower-cased nouns or names)
_ADVERB = re.compile(r"(?!(?:supply|family|assembly|monopoly|anomaly|italy|rally|ally)$)"
                     r"[a-z]{3,}ly")


_FUNCTION = frozenset("of the and in on for to a an at with by".split())
# a count or an amount ("40 projects"), not a technology's name ("5G networks")
_NUMBER = re.compile(r"\d+(?![a-zA-Z])")


@cache
def _words(section: str, key: str) -> frozenset[str]:
    """A word list of lexicons/areas.toml as a set."""
    return frozenset(lexicon("areas")[section][key].split())


def _seas() -> frozenset[str]:
    """Last words of a named sea or region: a subject of talks, not a party or a forum."""
    return _words("areas", "region_heads")


def _pairs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A two-member "A and B" is one area unless both sides are phrases of their own
    ("energy security and food security"), or the second is an adjective and its noun
    ("investment and humanitarian ties"), where the noun does not reach back to A."""
    m = _PAIR.fullmatch(text[s:e])
    if m and len(m.group(1).split()) >= 2 and (m.group(1).split()[-1].lower() in _CUE_NOUNS or
                                               m.group(2).lower().startswith("the ")):
        # "A cooperation and B ties"; "renewable energy and the extraction of X and Y"
        return [(s, s + m.end(1)), (s + m.start(2), e)]
    if not m or " and " in m.group(2) or any(a < s + m.start(2) and s + m.end(1) < b
                                             for a, b in _term_spans_in(text, s, e)):
        return [(s, e)]  # "search and rescue": the "and" of a known term joins nothing
    left, right = m.group(1).split(), m.group(2).split()
    if _ADJ.fullmatch(left[-1].lower()) and _ADJ.fullmatch(right[0].lower()) and len(right) >= 2:
        return [(s, e)]  # "historical and cultural ties": two adjectives, one noun
    fused = len(left) == 1 and right[0].lower() in rules().fused
    if len(right) >= 2 and not fused and (len(left) >= 2 or _ADJ.fullmatch(right[0].lower())
                                          and not _ADJ.fullmatch(left[-1].lower())):
        return [(s, s + m.end(1)), (s + m.start(2), e)]
    return [(s, e)]


_ADJ = re.compile(r"(?!(?:proposal|capital|potential|arrival|renewal|approval|material|"
                  r"rental|terminal|signal|festival|trial|portal)$)\w+(?:al|ic|ary|ive|ian|ous)")
# "police-to-police cooperation", "strong security and defence ties": the words that
# qualify cooperation name its area.
_QUALIFIED = re.compile(r"\b(cooperation|ties|links)\b")
_BACK_WORD = re.compile(r"([\w'’-]+)\s*,?\s*$")


def _modifiers(doc: Doc, sent: Sentence, vocab: frozenset[str]) -> list[Item]:
    r = rules()
    text = doc.text
    out: list[Item] = []
    for m in _QUALIFIED.finditer(text, sent.start, sent.end):
        pos = m.start()
        words = 0
        coordinated = False
        while words < (_MAX_LISTED if coordinated else 4):
            w = _BACK_WORD.search(text, max(sent.start, pos - 40), pos)
            gap = text[w.end(1):pos].strip() if w else "?"
            if not w or gap and not (gap == "," and coordinated):
                break  # "trade, economic and investment cooperation": commas of one list
            word = w.group(1).lower()
            coordinated = coordinated or word == "and"
            if word == "and" and words == 0:
                break  # "friendship and cooperation": a second noun, not a qualifier
            # a possessive ("the nations' cooperation") or an adverb ends the walk too
            if word in r.modifier_stop or _ADVERB.fullmatch(word) or \
                    word.endswith(("ing", "-level", "'", "’", "'s", "’s")) or \
                    word.endswith("ed") and word not in r.modifier_ok:
                break
            pos = w.start(1)
            if word != "and":
                words += 1
        if pos < m.start():
            clean = _clean(text, pos, m.start())
            qualifier = text[clean[0]:clean[1]].split() if clean else []
            while clean and len(qualifier) > 1 and qualifier[0][0].isupper() and \
                    clean[0] > sent.start and qualifier[0].lower() not in vocab:
                # "Kazakh-Korean trade, economic ... cooperation": the parties come first
                clean = (clean[0] + len(qualifier[0]), clean[1])
                clean = (clean[0] + len(text[clean[0]:clean[1]]) -
                         len(text[clean[0]:clean[1]].lstrip()), clean[1])
                qualifier = qualifier[1:]
            listed = text[clean[0]:m.start()] if clean else ""
            if "," in listed and " and " in listed and (
                    len(listed.split()) > 4 or
                    any(len(p.split()) > 1 for p in _LIST_SEP.split(listed.strip()))):
                # "political, trade, law enforcement and cultural cooperation": a long
                # comma list before the noun names one area per member (GUIDELINES: one
                # area per item), each with the noun ("trade cooperation"); a short list
                # of single words stays one area ("postal, railway and customs cooperation")
                out += _listed_kinds(text, sent, clean[0], m)
                continue
            if "," in listed and any(len(p.split()) > 1 for p in
                                     re.split(r"\s*,\s*", re.split(r"\s+and\s+", listed)[0])):
                # "goals for security, economic integration, climate and people-to-people
                # links": a list of areas of its own, not adjectives; only the last pair
                # qualifies the noun
                cut = clean[0] + listed.rindex(",") + 1
                clean = (cut + len(text[cut:clean[1]]) - len(text[cut:clean[1]].lstrip()),
                         clean[1])
                qualifier = text[clean[0]:clean[1]].split()
            known = vocab | ({qualifier[0].lower()} if clean and clean[0] == sent.start else set())
            if qualifier and all(w[0].isupper() and w.lower() not in known for w in qualifier):
                continue  # "Australia-Vietnam ties": the parties, not an area
            if clean and len(qualifier) <= 4:
                _add(out, text, sent, clean[0], m.end(), f"qualifies '{m.group(1)}'",
                     whole="," in text[clean[0]:m.start()])  # one list of adjectives
    return out


# how many words a comma list of kinds before a tie noun may hold ("political,
# commercial, security, education, law enforcement, immigration and cultural cooperation")
_MAX_LISTED = 9
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed_kinds(text: str, sent: Sentence, start: int, m: re.Match[str]) -> list[Item]:
    """One item per member of the comma list from ``start`` to the tie noun ``m``; a
    member of more than three words is a phrase of its own, not a kind, and ends the
    list (only the members after it qualify the noun)."""
    members: list[tuple[int, int]] = []
    pos = start
    for sep in [*_LIST_SEP.finditer(text, start, m.start()), None]:
        stop = sep.start() if sep else m.start()
        if stop > pos:
            members.append((pos, stop))
        pos = sep.end() if sep else stop
    if members and len(text[members[0][0]:members[0][1]].split()) > 1:
        # the walk back may reach into the clause ("now spans political, ..."): the first
        # member is its last word, or the known term it ends with ("law enforcement")
        a, b = members[0]
        terms = [ts for ts, te in _term_spans_in(text, a, b) if te == b]
        members[0] = (terms[0] if terms else b - len(text[a:b].split()[-1]), b)
    while members and any(len(text[a:b].split()) > 3 for a, b in members):
        members = members[1:]  # "goals for security, economic integration of X, ...": cut
    out: list[Item] = []
    noun = m.group(1)
    cue = f"qualifies '{noun}'"
    for k, (a, b) in enumerate(members):
        word = " ".join(text[a:b].split())
        # a noun is an area of its own ("tourism"); an adjective needs the noun
        # ("cultural ties"), and so does the member the noun follows
        item = f"{word} {noun}" if k == len(members) - 1 or \
            _ADJ.fullmatch(word.split()[-1].lower()) else word
        # an adjective ("economic", "political") is kept with its noun: a kind of tie
        low = word.lower()
        if _acceptable(word) or _ADJ.fullmatch(low) and low not in rules().modifier_stop and \
                low not in _words("areas", "qualities"):
            out.append(Item(text=item, evidence=[evidence_for(sent, a, b, cue)]))
    return out


_LAST_AND = re.compile(r"(\S+(?:\s\S+)?)\s+and\s+((?:the\s+)?\S+(?:\s\S+)?)")


def _runs_on(member: str) -> bool:
    """A member that is a clause running on after a list: a verb in -ed first ("expressed
    satisfaction at ...") or a relative pronoun ("which was elevated ...")."""
    first = _FIRST_WORD.match(member)
    if not first:
        return False
    word = first.group(1)
    return word.lower() in ("which", "who", "that", "where") or (
        bool(_ED.fullmatch(word)) and word not in rules().modifier_ok)


def _last_pair_split(text: str, members: list[Span]) -> list[Span]:
    """"energy and mining, agriculture, investment and services": in a comma list the
    last "and" joins the list, even when an earlier member is a pair of its own."""
    if len(members) < 3:
        return members
    # "A, B, education and culture, and expressed satisfaction at ...": the clause that
    # runs on after the list is no member; the pair before it is the list's last
    at = len(members) - 1
    while at >= 3 and _runs_on(members[at].text):
        at -= 1
    last = members[at]
    m = _LAST_AND.fullmatch(last.text)
    between = text[members[at - 1].end:last.start]
    if not m or "," not in between or "and" in between:
        return members
    return [*members[:at], Span(last.start, last.start + m.end(1), m.group(1)),
            Span(last.start + m.start(2), last.end, m.group(2)), *members[at + 1:]]


# "in the trade, economic and energy spheres": single words sharing a framing noun;
# a quantifier in front ("in various political, economic and cultural fields") too
_SHARED_FRAME = caseless(r"\b(?:in|on|across)\s+(?:the\s+)?(?:(?:various|all|many|different|"
                           r"diverse|several|multiple|numerous|key|important|priority)\s+)?"
                           r"((?:[\w-]+(?:\s+and\s+[\w-]+)?\s*,\s*)+"
                           r"(?:and\s+)?[\w-]+(?:\s+and\s+[\w-]+)?)\s+(?:spheres|fields|areas|"
                           r"sectors|domains|dimensions|tracks|directions)\b")
_FRAME_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_FRAME_CUE = "words sharing a frame"
_COMMA_SEP = re.compile(r"\s*,\s*(?:and\s+)?")


def _shared_frame(text: str, sent: Sentence) -> tuple[list[Item], list[tuple[int, int]]]:
    """"cooperation in the trade, economic, energy and transport spheres": each word
    before the shared noun is an area, adjectives too ("economic"); the items and the
    spans they cover, which other cues then leave alone."""
    out: list[Item] = []
    spans: list[tuple[int, int]] = []
    for m in _SHARED_FRAME.finditer(text, sent.start, sent.end):
        pos = m.start(1)
        commas = list(re.finditer(r"\s*,\s*(?:and\s+)?", text[m.start(1):m.end(1)]))
        # "the political, trade and economic, and cultural spheres": pairs stay whole
        paired = any(" and " in text[a:b] for a, b in zip(
            [m.start(1)] + [m.start(1) + c.end() for c in commas[:-1]],
            [m.start(1) + c.start() for c in commas], strict=False))
        seps = _COMMA_SEP if paired else _FRAME_SEP
        for sep in [*seps.finditer(text, m.start(1), m.end(1)), None]:
            stop = sep.start() if sep else m.end(1)
            word = text[pos:stop]
            if _acceptable(word) or _ADJ.fullmatch(word.lower()) and \
                    word.lower() not in rules().modifier_stop:
                out.append(Item(text=word, evidence=[evidence_for(sent, pos, stop, _FRAME_CUE)]))
            pos = sep.end() if sep else stop
        spans.append((m.start(1), m.end()))
    return out, spans


def _names_a_kind(qualifiers: list[str]) -> bool:
    """"cultural and humanitarian ties" names a kind of tie; "the Russian-Uzbek allied
    strategic partnership" only the parties and the tie's warmth."""
    r = rules()
    return any(w.lower() not in r.modifier_stop and w.lower() not in r.empty and
               not w[0].isupper() for w in qualifiers)


def _a_setting(members: list[Span]) -> bool:
    """"working in the remote, fragile polar environment": words describing a
    setting, not a list of areas."""
    last = members[-1].text.split() if members else []
    return len(last) >= 2 and _SETTING.fullmatch(last[-1].lower()) is not None and \
        all(len(mem.text.split()) == 1 for mem in members[:-1])


_SETTING = re.compile(r"environment|atmosphere|context|conditions|circumstances|setting")
_SET_UP = re.compile(r"(?:\w+ing\s+)?an?\s+(?:[\w-]+\s+)?(?:environment|atmosphere|climate)\b",
                     re.I)


# A member that is a clause with its own subject and verb ("the two ministers welcomed
# progress in the University of Science and Technology"): the list has ended before it,
# and the "and" of a name inside it joins no areas.
_CLAUSE_MEMBER = re.compile(
    r"\W*(?:the|both|all|our|their|they|we|he|she|it)\s+(?:[\w'’-]+\s+){0,3}?(?:said|noted|"
    r"stressed|agreed|discussed|expressed|welcomed|thanked|informed|announced|reaffirmed|"
    r"underlined|pledged|confirmed|signed|praised|highlighted|emphasi[sz]ed|were|was|is|are|"
    r"will|would|has|have|had)\b", re.IGNORECASE)


def _list_after(text: str, sent: Sentence, m: _Cue, cues: list[_Cue],
                taken: list[tuple[int, int]]) -> tuple[list[Item], int]:
    """The areas listed after one cue, and where the list ends."""
    r = rules()
    # "a Memorandum on Cooperation in Energy and Mineral Resources": a title's subject is
    # capitalised and whole
    titled = m.group(0)[0].isupper() and m.start() > sent.start

    def add(a: int, b: int) -> None:
        whole = titled and all(w[0].isupper() or w in _FUNCTION for w in text[a:b].split())
        _add(out, text, sent, a, b, m.group(0).strip(), names_ok=whole, whole=whole)

    stop = _SENT_END.search(text, m.end(), sent.end)
    end = stop.start() if stop else sent.end
    out: list[Item] = []
    if end - m.end() < 3:
        return out, end
    members = _last_pair_split(text, split_list(text, m.end(), end))
    if _a_setting(members):
        return out, end
    examples = False
    for k, mem in enumerate(members):
        if k > 0 and mem.start - members[k - 1].end > 16:
            return out, members[k - 1].end  # a new clause, not a list separator
        if any(a < mem.end and mem.start < b for a, b in taken):
            continue
        if _CLAUSE_MEMBER.match(mem.text):
            return out, mem.start  # "Regarding X, the two ministers welcomed ...": a clause
        if examples:
            if not _AS_WELL_AS.search(text, members[k - 1].end, mem.start + 1):
                continue  # more examples of the area before them
            examples = False  # "A, including x, as well as B": B is back on the list
        doc_word = _DOCUMENT.search(mem.text)
        vague = k == 0 and _VAGUE.match(mem.text) and \
            m.group(0).lower().startswith(_VAGUE_CUES) and not _FRAMED.match(mem.text)
        if doc_word:
            if vague:  # "discussed next steps in the implementation of the agreement on X"
                return out, mem.start + doc_word.start()
            # "..., as well as other documents on X": a new list of papers begins; what
            # stands before it ("education and memoranda on X") still belongs here
            clean = _clean(text, mem.start, mem.start + doc_word.start())
            if clean and doc_word.start() > 0:
                add(*clean)
            return out, mem.start + doc_word.start()
        if _SET_UP.match(mem.text):
            continue  # "fostering an environment for investment": a setting, no area
        if vague:
            continue  # "discussed the preparations for X, A and B": A and B count
        if out and _EXAMPLES.match(mem.text):
            examples = True  # "education, including student exchanges": details
            continue
        inner = [o for o in cues if o is not m and mem.start <= o.start() < mem.end]
        if inner:  # another cue opens a list of its own; what stands before it is a member
            noun = _NOUN_COMMA.match(inner[0].group(0))
            if noun and noun.group(1).lower() in _CUE_NOUNS:
                # "humanitarian ties, including X": the member is the area X exemplifies
                clean = _clean(text, mem.start, inner[0].start() + noun.end(1))
                if clean and _names_a_kind(text[clean[0]:clean[1]].split()[:-1]):
                    add(*clean)
                return out, inner[0].start()
            clean = _clean(text, mem.start, inner[0].start())
            if clean and (_CLAUSE_JOIN.search(text, clean[1], inner[0].start()) or re.fullmatch(
                    r"\s*(?:and|as\s+well\s+as)\s*", text[clean[1]:inner[0].start()])):
                add(*clean)
            return out, inner[0].start()
        clean = _clean(text, inner[0].end() if inner else mem.start, mem.end)
        if not clean:
            if k == 0:
                return out, mem.start
            continue
        add(*clean)
        framed = _FRAMED.match(text, mem.start, mem.end)
        if r.item_end.search(text, framed.end() if framed else mem.start, mem.end):
            return out, mem.end  # a member that runs into a clause ends the list
    return out, end


def _from_sentence(doc: Doc, sent: Sentence, speech: bool) -> list[Item]:
    r = rules()
    text = doc.text
    if r.document_detail.match(sent.text):
        return []
    out, taken = _shared_frame(text, sent)
    present = sentence_keys(doc, sent)
    cues = [_Cue(m.start(), m.end(), text) for i, cue in enumerate(r.cues)
            if (not speech or i in r.anchored) and not present.isdisjoint(r.cue_keys[i])
            for m in cue.finditer(text, sent.start, sent.end)]
    cues.sort(key=lambda c: c.start())  # a list runs from its own cue to the next one
    for m in cues:
        if any(a <= m.end() < b for a, b in taken) or _inside_a_name(text, sent, m):
            continue
        items, end = _list_after(text, sent, m, cues, taken)
        if items:
            out += items
            taken.append((m.start(), end))
    return out


class _Cue:
    """A cue's match in the release's own spelling (``Caseless`` may have matched a
    lower-cased copy): what the list code reads of a ``re.Match``."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text[self._start:self._end]


def _inside_a_name(text: str, sent: Sentence, m: _Cue) -> bool:
    """"the Commission on Economic Cooperation in Astana": a capitalised cue word after
    another capitalised word belongs to a body's name, and what follows is a place; in
    a document's title ("a Memorandum of Cooperation on X") the subject follows."""
    word = _FIRST_WORD.match(m.group(0))
    if not (word and word.group(1)[0].isupper() and word.group(1).lower() in _CUE_NOUNS):
        return False
    before = _LAST_WORD.search(text[max(sent.start, m.start() - 40):m.start()])
    return bool(before and before.group(1)[0].isupper() and before.group(1) not in _TITLE_FRAME
                and not _IN_A_TITLE.search(text, max(sent.start, m.start() - 80), m.start()))


_CUE_NOUNS = frozenset("""cooperation collaboration interaction partnership ties engagement links
    relations relationship dialogue""".split())


def _add(out: list[Item], text: str, sent: Sentence, s: int, e: int, cue: str,
         names_ok: bool = False, vocab: frozenset[str] = frozenset(), whole: bool = False) -> None:
    for a, b in [(s, e)] if whole else _pairs(text, s, e):
        lead = _LEAD.match(text, a, b)
        a = lead.end() if lead and lead.end() < b else a
        item = text[a:b]
        if _acceptable(item, names_ok, vocab):
            if item.lower() in _threats():
                item = f"counter-{item.lower()}"  # cooperation "in terrorism" is against it
            out.append(Item(text=" ".join(item.split()), evidence=[evidence_for(sent, a, b, cue)]))


# "the fight against terrorism", "combating extremism", "counterterrorism": annotators
# write the area "counter-terrorism" (18 of 24 gold items naming terrorism on the training
# batches), and so written an item also matches gold written "terrorism" or
# "counterterrorism", since the scorer splits words at the hyphen and matches a word
# by its first letters; "combating terrorism" or "counterterrorism" matches neither.
_AGAINST_THREAT = re.compile(r"(?:the\s+)?(?:(?:fight|struggle|battle|war)\s+(?:against|on)\s+|"
                             r"combat(?:t?ing)?\s+|countering\s+)?"
                             r"(terrorism|extremism|narcotics)", re.IGNORECASE)
_COUNTER_WORD = re.compile(r"\b([Cc]ounter)(terrorism|narcotics)\b")


def normal_area(text: str) -> str:
    """An area in the form annotators write it: the fight against a threat is
    "counter-<threat>" (see _AGAINST_THREAT); any other text is returned unchanged."""
    m = _AGAINST_THREAT.fullmatch(text)
    if m:
        return f"counter-{m.group(1).lower()}"
    if "ounter" not in text:
        return text
    return _COUNTER_WORD.sub(r"\1-\2", text)


def _ing_nouns() -> frozenset[str]:
    return _words("areas", "ing_nouns")


def _thing_heads() -> frozenset[str]:
    return _words("areas", "thing_heads")


def _threats() -> frozenset[str]:
    return _words("areas", "threats")


# "in the following areas: A; B; and C", "on the agenda: A, B and C": a list announced
# by a noun of topics and a colon
_COLON_LIST = caseless(r"\b(?:areas|issues|topics|fields|sectors|spheres|directions|"
                         r"priorities|agenda|subjects|matters|questions|pillars|tracks)\b"
                         r"[^:;.!?\"“”–—]{0,80}(?::|\s[–—-])\s+")
_SEMICOLON = re.compile(r"\s*;\s*(?:and\s+|as\s+well\s+as\s+)?")
# what follows a member's area: its examples or a clause about it
_MEMBER_TAIL = re.compile(r",\s+(?:including|in\s+particular|notably|especially|such\s+as|"
                          r"which|where|with|and\s+the\s+(?:need|importance))\b", re.IGNORECASE)


def _colon_list(doc: Doc, sent: Sentence) -> list[Item]:
    """Areas listed after a colon. Members parted by semicolons are one area each, whole
    ("wildfire prevention and response"): a writer who uses semicolons has already
    grouped the words; a plain comma list splits as after any cue."""
    text = doc.text
    m = _COLON_LIST.search(text, sent.start, sent.end)
    if not m or text[m.end():m.end() + 1] in "\"“‘'":
        return []
    cue = "list after a colon"
    out: list[Item] = []
    if ";" not in text[m.end():sent.end]:
        for mem in _last_pair_split(text, split_list(text, m.end(), sent.end)):
            clean = _clean(text, mem.start, mem.end)
            if clean:
                _add(out, text, sent, *clean, cue)
        return out
    pos = m.end()
    for sep in [*_SEMICOLON.finditer(text, m.end(), sent.end), None]:
        stop = sep.start() if sep else sent.end
        tail = _MEMBER_TAIL.search(text, pos, stop)
        clean = _clean(text, pos, tail.start() if tail else stop)
        if clean:
            a, b = clean
            lead = _LEAD.match(text, a, b)
            a = lead.end() if lead and lead.end() < b else a
            if _acceptable(text[a:b]):
                out.append(Item(text=" ".join(text[a:b].split()),
                                evidence=[evidence_for(sent, a, b, cue)]))
        pos = sep.end() if sep else sent.end
    return out


# "- Nuclear power: the sides will ...", "• Tourism – new flights ...": a bulleted line
# led by a short label and a colon or dash (a bullet, so speaker labels never match)
_BULLET_LABEL = re.compile(r"(?m)^[ \t]*[-•*▪◦–—][ \t]+(?P<label>[^\n:;.,–—]{3,60}?)[ \t]*"
                           r"(?::|[ \t][–—-][ \t])[ \t]*\S")
_BULLET_MAX_WORDS = 5


def _bullet_labels(doc: Doc, sent: Sentence, vocab: frozenset[str]) -> list[Item]:
    """The label of a bulleted line names the area its line is about, when it holds a
    sector word ("Nuclear power", "Grain and fertiliser trade"); "Outcome:" or a name
    does not."""
    text = sent.text
    if "\n" not in text and text.lstrip()[:1] not in "-•*▪◦–—":
        return []
    out: list[Item] = []
    for m in _BULLET_LABEL.finditer(text):
        label = m.group("label")
        if len(label.split()) > _BULLET_MAX_WORDS or rules().heading_skip.match(label) or \
                not _names_a_sector(label):
            continue
        _add_at_capital(out, doc, sent, sent.start + m.start("label"),
                        sent.start + m.end("label"), "bullet label", vocab)
    return out


def _add_at_capital(out: list[Item], doc: Doc, sent: Sentence, start: int, end: int, cue: str,
                    vocab: frozenset[str]) -> None:
    """Add a span that opens a line or sentence: its first word is capitalised for that
    reason alone, so it counts as an ordinary word, not a name."""
    clean = _clean(doc.text, start, end)
    if clean:
        first = doc.text[clean[0]:clean[1]].split()[0].lower()
        _add(out, doc.text, sent, *clean, cue, names_ok=True, vocab=vocab | {first})


def _from_subject(doc: Doc, sent: Sentence, vocab: frozenset[str]) -> list[Item]:
    out: list[Item] = []
    for cue in rules().subject_cues:
        m = cue.search(sent.text)
        if m:
            _add_at_capital(out, doc, sent, sent.start + m.start("area"),
                            sent.start + m.end("area"), "subject of 'is an area of'", vocab)
    return out


def _from_heading(doc: Doc, sent: Sentence, vocab: frozenset[str]) -> list[Item]:
    """A one-line paragraph of a few words, without a full stop, is a section heading."""
    r = rules()
    text = sent.text
    if sent.index == 0 or text.rstrip().endswith((".", "!", "?", ":", ",", '"', "”", "»")) or \
            text.lstrip().startswith(('"', "“", "«", "‘", "'")) or \
            any(ch.isdigit() for ch in text) or \
            len(text.split()) > r.heading_max or r.heading_skip.match(text):
        return []
    siblings = [s for s in doc.sentences if s.paragraph == sent.paragraph]
    if len(siblings) != 1 or _above_the_prose(doc, sent):
        return []
    if not _names_a_sector(text):
        return []  # "Main menu", "Your Government", "Looking ahead": page furniture
    out: list[Item] = []
    for mem in split_list(doc.text, sent.start, sent.end):
        clean = _clean(doc.text, mem.start, mem.end)
        if clean:
            # a heading is capitalised throughout: its words must be ones the release
            # also writes in lower case, or it is a place or a name
            _add(out, doc.text, sent, *clean, "section heading", names_ok=True, vocab=vocab)
    return out


_PROSE_WORDS = 4  # a sentence of the release's prose has at least this many words
_PROSE_SCAN = 60  # sentences read for the first one of prose


def _above_the_prose(doc: Doc, sent: Sentence) -> bool:
    """Whether ``sent`` comes before the release's first sentence of prose (a full stop
    after four words or more): a line up there is the page's menu or search box
    ("Advanced search", "Trade and Investment" as a site's section link), not a heading
    of the release's own text, which comes below its opening."""
    if sent.index > _PROSE_SCAN:
        return False  # bounded: a page's furniture sits in its first lines
    for other in doc.sentences[:sent.index]:
        words = other.text.split()
        if len(words) >= _PROSE_WORDS and other.text.rstrip().endswith((".", "!", "?")):
            return False
    return True


def _names_a_sector(text: str) -> bool:
    """A short line names areas only when it holds a sector word, a word of a known area
    term or a cooperation noun: on real web pages most short lines are navigation, bylines
    and slogans, and only the vocabulary of sectors tells a heading of areas from them."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return bool(words & (_sector_words() | _term_words() | _CUE_NOUNS))


@cache
def _term_words() -> frozenset[str]:
    """Content words of the known area terms ("security" of "energy security")."""
    raw = re.split(r"[|\n]", lexicon("areas")["terms"]["phrases"])
    return frozenset(w for p in raw for w in re.findall(r"[a-z]+", p.lower())
                     if w not in _TERM_STOP and len(w) > 2)


def _trie(phrases: list[str]) -> str:
    """An alternation of ``phrases`` folded into a character trie, so the regex tries
    only the phrases that share the text's next letters (a flat alternation of two
    hundred phrases costs that many attempts at every position). A space matches any
    run of spaces and hyphens; the longest phrase wins."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for ch in " ".join(phrase.lower().replace("-", " ").split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, dict]) -> str:
    alts = [(r"[\s-]+" if ch == " " else re.escape(ch)) + _trie_node(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _terms(ignore_case: bool = True) -> re.Pattern[str]:
    """One pattern for every known area term (its phrases are lower case)."""
    raw = re.split(r"[|\n]", lexicon("areas")["terms"]["phrases"])
    body = _trie([p for p in raw if p.strip()])
    return re.compile(r"\b(?<!-)" + body + r"(?![\w-])", re.IGNORECASE if ignore_case else 0)


def _term_spans_in(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [m.span() for m in _terms().finditer(text, s, e)]


def _term_spans(doc: Doc, sent: Sentence) -> list[tuple[int, int]]:
    low = _lowered(doc.text)
    if low is None:
        return [m.span() for m in _terms().finditer(doc.text, sent.start, sent.end)]
    return [m.span() for m in _terms(False).finditer(low, sent.start, sent.end)]


@lru_cache(maxsize=8192)
def word_class(word: str) -> str:
    """What kind of word this is, in terms that carry from one issuer to another: a
    sector word, a word of a known area term, a framing word, or its shape (an adjective
    in -al/-ic, a verb form, an abstract noun, a name)."""
    low = word.lower()
    if low in _sector_words():
        return "sector"
    if low in _term_words():
        return "term"
    if low in rules().empty or low in rules().modifier_stop:
        return "frame"
    if word[0].isupper():
        return "name"
    if low.endswith("ing"):
        return "ing"
    if low.endswith("ed"):
        return "ed"
    if low.endswith("ly"):
        return "ly"
    if low.endswith(("tion", "sion", "ment", "ity", "ism", "ance", "ence")):
        return "abstract"
    if _ADJ.fullmatch(low):
        return "adj"
    return "other"


def _sector_words() -> frozenset[str]:
    return _words("sectors", "words")


@cache
def _sector_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """"the mining sector"; "military and financial assistance"; "bilateral trade"."""
    lex = lexicon("areas")["sectors"]
    words = _trie(lex["words"].split())
    heads = alternation(lex["heads"].split())
    kinds = alternation(lex["kinds"].split())
    helps = alternation(lex["helps"].split())
    sector = re.compile(rf"\b(?<!-)(?:{words})\s+(?:{heads})\b", re.IGNORECASE)
    helped = re.compile(rf"(?<![\w-])({kinds})\s+and\s+({kinds})\s+({helps})\b", re.IGNORECASE)
    flows = alternation(lex["exchanges"].split())
    before = alternation([re.escape(w) for w in lex["exchange_before"].split()])
    after = alternation(lex["exchange_after"].split())
    exchange = re.compile(rf"(?<![\w-])(?:{before})\s+({flows})\b|"
                          rf"(?<![\w-])({flows})\s+(?:{after})\b", re.IGNORECASE)
    return sector, helped, exchange


def _sector_terms(doc: Doc, sent: Sentence) -> list[Item]:
    sector, helped, exchange = _sector_patterns()
    low = sentence_keys(doc, sent)
    out: list[Item] = []
    if "sector" in low or "industr" in low:
        out += [Item(text=m.group(0), evidence=[evidence_for(sent, *m.span(), _SECTOR_CUE)])
                for m in sector.finditer(doc.text, sent.start, sent.end)]
    if "trade" in low or "invest" in low:
        out += _exchanges(doc, sent, exchange)
    if " and " not in low or not ("assist" in low or "support" in low or "aid" in low):
        return out
    for m in helped.finditer(doc.text, sent.start, sent.end):
        for k in (1, 2):
            out.append(Item(text=f"{m.group(k)} {m.group(3)}",
                            evidence=[evidence_for(sent, m.start(k), m.end(k), "kinds of help")]))
    return out


# "raise bilateral trade to $10 billion": a target (a follow-up), not an area; "our trade
# ministers": people named after the sector
_NOT_AN_EXCHANGE = re.compile(
    r"\s+(?:(?:turnover|volume)\s+)?to\s+(?:US\s*|USD\s*)?[$€£]?\s*\d|"
    r"\s+(?:ministers?|officials?|representatives?|envoys?|delegations?|missions?|teams?|"
    r"commissioners?|negotiators?)\b", re.IGNORECASE)


def _exchanges(doc: Doc, sent: Sentence, exchange: re.Pattern[str]) -> list[Item]:
    out: list[Item] = []
    for m in exchange.finditer(doc.text, sent.start, sent.end):
        if _NOT_AN_EXCHANGE.match(doc.text, m.end(), sent.end):
            continue
        k = 1 if m.group(1) else 2
        ev = evidence_for(sent, m.start(k), m.end(k), "trade between the parties")
        out.append(Item(text=m.group(k).lower(), evidence=[ev]))
    return out


def _split_host(text: str, sent: Sentence, host: Item, s: int, e: int) -> list[Item] | None:
    """"search and rescue and defence industry": a known term joined by "and" to
    another area inside one listed member; the two areas, or None."""
    ev = host.evidence[0]
    before, after = text[ev.start:s], text[e:ev.end]
    if not before.strip():
        m = re.match(r"\s+and\s+", after)
        rest = (e + m.end(), ev.end) if m else None
    else:
        m = re.search(r"\s+and\s+$", before)
        rest = (ev.start, ev.start + m.start()) if m and not after.strip() else None
    other = text[rest[0]:rest[1]] if rest else ""
    if not other or not _acceptable(other) or re.fullmatch(r"\w+(?:ed|ing)", other) and \
            other.lower() not in _ing_nouns():
        return None  # "... and called on X", "exploration and prospecting": no area
    return [Item(text=" ".join(text[a:b].split()), evidence=[evidence_for(sent, a, b, ev.cue)])
            for a, b in sorted([(s, e), rest])]


_TERM_CUE = "known area term"
_SECTOR_CUE = "sector noun"
# words that do not tell one known term from another ("international cooperation")
_TERM_STOP = frozenset("and or of the in on for to a an with cooperation sector sectors industry "
                       "industries".split())


@cache
def _institution() -> tuple[frozenset[str], re.Pattern[str]]:
    lex = lexicon("areas")["terms"]
    return frozenset(lex["institution_after"].split()), re.compile(lex["institution_before"])


# a minister's or a ministry's portfolio however the release capitalises it ("minister of
# foreign affairs and international cooperation", "Ministry of Trade and Industry"): the
# term right after "of"/"for", or after the portfolio's first words and a comma or "and"
_PORTFOLIO = Screened(re.compile(
    r"\b(?:ministers?|ministry|ministries|secretary|department|"
    r"commissioner)\s+(?:for|of)\s+"
    r"(?:(?:[\w-]+,?\s+){0,4}[\w-]+(?:,\s+|,?\s+and\s+))?$",
    re.IGNORECASE))


def _in_a_name(text: str, s: int, e: int) -> bool:
    """A term inside the name of an institution, a post or a web address: capitalised,
    or right in a minister's portfolio."""
    if s and text[s - 1] in "/._" or _PORTFOLIO.search(text, max(0, s - 70), s):
        return True
    if not all(w[0].isupper() or w in _FUNCTION for w in text[s:e].split()):
        return False
    after, before = _institution()
    nxt = _NEXT_WORD.match(text[e:e + 40])
    return bool(nxt and nxt.group(1) in after) or before.search(text, max(0, s - 60), s) is not None


def _names_a_thing(text: str, s: int, e: int) -> bool:
    """"the air services agreement", "a science and technology centre": a term that
    qualifies a document or a body names that thing, not an area; one that qualifies
    a service's staff ("the peacekeeping contingent") names them, unless the sentence
    is about cooperation between such services."""
    nxt = _NEXT_WORD.match(text[e:e + 40])
    word = nxt.group(1).lower() if nxt else ""
    if word in _things() or _DAMAGE.search(text, max(0, s - 60), s):
        return True
    return word in _AGENTS and not _BETWEEN.search(text, max(0, s - 30), s)


# "strikes on the energy infrastructure": the target of an attack, not an area
_DAMAGE = re.compile(r"\b(?:attacks?|strikes?|shelling|bombing|bombardment|damage|destruction)\s+"
                     r"(?:on|against|to|of)\s+(?:[\w'’-]+,?\s+(?:and\s+)?){0,4}$", re.IGNORECASE)
_AGENTS = frozenset("""agencies authorities bodies officers officials personnel contingent
    contingents forces units troops""".split())
_BETWEEN = re.compile(r"\b(?:between|among|with)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


@cache
def _things() -> frozenset[str]:
    return frozenset("""agreement agreements treaty accord protocol memorandum act bill
        conference summit authority commission council committee forum agency department
        ministry institute office centre center centres centers bank programme program fund
        park parks plant plants scheme schemes package packages equipment coalition coalitions
        activities""".split())


_TITLE_WORD = re.compile(r"[A-Z][\w-]*")
# capitalised words that belong to a document's frame, not to its subject
_TITLE_FRAME = frozenset("""Memorandum Understanding Agreement Arrangement Protocol Declaration
    Statement Treaty Accord Roadmap Plan Programme Program Cooperation Field Fields Area Areas
    Sphere On Of In For The And A An""".split())


_IN_A_TITLE = re.compile(r"\b(?:Memorandum|Agreement|Arrangement|Protocol|Declaration|Statement|"
                         r"Treaty|Accord|Roadmap|Plan)\b(?:\s+of\s+Understanding)?(?:\s+\(\w+\))?"
                         r"\s+(?:on|of|in|for)\s+(?:[A-Z][\w-]*\s+|(?:on|of|in|and|the)\s+)*$")


def _whole_title_words(text: str, sent: Sentence, s: int, e: int) -> tuple[int, int]:
    """A capitalised term inside a document's title ("Memorandum of Understanding on
    Agricultural Biotechnology") takes the title's other subject words with it: the area
    is "Agricultural Biotechnology", not its last word."""
    term = text[s:e].split()
    if not term or not all(w[0].isupper() for w in term) or \
            not _IN_A_TITLE.search(text, max(sent.start, s - 80), s):
        return s, e
    for _ in range(2):
        m = re.search(r"([A-Z][\w-]*)\s+$", text[max(sent.start, s - 30):s])
        if not m or m.group(1) in _TITLE_FRAME or m.group(1).endswith("ing") or \
                s - len(m.group(0)) <= sent.start:
            break
        s -= len(m.group(0))
    for _ in range(2):
        m = re.match(r"\s+([A-Z][\w-]*)", text[e:min(sent.end, e + 30)])
        if not m or m.group(1) in _TITLE_FRAME:
            break
        e += m.end()
    return s, e


def _known_terms(doc: Doc, sent: Sentence, found: list[Item]) -> list[Item]:
    """``found`` plus the known area terms of ``sent`` it does not cover yet.

    A fixed term that spans several listed members ("science, technology and
    innovation") is one area, so it replaces them.
    """
    spans = [_whole_title_words(doc.text, sent, s, e) for s, e in _term_spans(doc, sent)
             if not _in_a_name(doc.text, s, e) and not _names_a_thing(doc.text, s, e)]
    terms = [Item(text=" ".join(doc.text[s:e].split()),
                  evidence=[evidence_for(sent, s, e, _TERM_CUE)])
             for s, e in spans] + _sector_terms(doc, sent)
    if not terms:
        return found
    out = list(found)
    keys: dict[str, frozenset[str]] = {}  # content keys by item text, computed once

    def key_of(text: str) -> frozenset[str]:
        if text not in keys:
            keys[text] = content_key(text, _TERM_STOP)
        return keys[text]

    covered: list[tuple[int, int]] = []  # spans of terms already judged
    for item in terms:
        s, e = item.evidence[0].start, item.evidence[0].end
        inside = [i for i in out if s <= i.evidence[0].start and i.evidence[0].end <= e]
        if len(inside) >= 2:
            at = out.index(inside[0])
            out = [i for i in out[:at] if i not in inside] + [item] + \
                [i for i in out[at:] if i not in inside]
            continue
        host = next((i for i in out if i.evidence[0].start <= s and e <= i.evidence[0].end
                     and (i.evidence[0].start, i.evidence[0].end) != (s, e)), None)
        # a term overlapping one already judged ("gas industry" in "oil and gas
        # industry") is part of it, not a second area glued on by "and"
        parts = _split_host(doc.text, sent, host, s, e) \
            if host and item.evidence[0].cue in (_TERM_CUE, _SECTOR_CUE) and \
            not any(a < e and s < b for a, b in covered) else None
        if host and parts:
            at = out.index(host)
            out[at:at + 1] = parts
            continue
        key = key_of(item.text)
        seen = any(a < e and s < b for a, b in covered)
        covered.append((s, e))
        if seen or any(ev.start < e and s < ev.end for i in out for ev in i.evidence) or \
                any(key <= key_of(i.text) for i in out):
            continue
        out.append(item)
    return out


def rule_areas(doc: Doc, speech_start: int,
               agreements: list[Agreement] | None = None) -> list[Item]:
    """Every area of cooperation or discussion named in a list after a cue, by rules."""
    found: list[Item] = []
    # words the release also writes in lower case are common nouns, not names
    vocab = frozenset(w for w in re.findall(r"\b[a-z][\w-]*", doc.text))
    documents = [(ev.start, ev.end) for agr in agreements or [] for ev in agr.evidence]
    for sent in doc.sentences:
        speech = sent.start >= speech_start
        found += [item for item in _from_sentence(doc, sent, speech) + _modifiers(doc, sent, vocab)
                  if _COOPERATION_IN.match(item.evidence[0].cue or "")
                  or not any(a < item.evidence[0].end and item.evidence[0].start < b
                             for a, b in documents)]
        if not speech:
            found += _from_subject(doc, sent, vocab) + _from_heading(doc, sent, vocab)
        found += _colon_list(doc, sent) + _situations(doc, sent) + \
            _bullet_labels(doc, sent, vocab)
    return _dedupe(_all_known_terms(doc, found))


# a verb or noun of talks in the sentence that names the region's affairs
_TALK_WORD = re.compile(r"\b(?:discuss\w*|exchanged?\s+(?:of\s+)?(?:views|opinions)|talks|"
                        r"touched|reviewed|covered|focus\w*|conferred|consultations?|attention|"
                        r"deliberat\w*|agenda)\b", re.IGNORECASE)


_THE = re.compile(r"the\s+", re.IGNORECASE)


def regional_topics(doc: Doc, sent: Sentence, cue: str) -> list[Item]:
    """"regional issues", "regional and international affairs", "the latest regional
    developments" in a sentence of talks: the region's affairs as a subject the talks
    covered (REGIONAL_TOPICS), wherever the list holding them starts (a list that opens
    with "bilateral relations" is skipped by the cues); broad candidates of ``cue`` for
    the filter, since the dev corpus's annotators listed them less often than others."""
    if "region" not in sentence_keys(doc, sent) or not _TALK_WORD.search(sent.text):
        return []
    out: list[Item] = []
    for m in REGIONAL_TOPICS.finditer(doc.text, sent.start, sent.end):
        # framing words in front ("the", "current") go, but not the noun of "developments
        # in the region", which is the topic (its rest, "region", names none)
        lead = _LEAD.match(doc.text, m.start(), m.end())
        if not (lead and lead.end() < m.end() and
                REGIONAL_TOPICS.fullmatch(doc.text, lead.end(), m.end())):
            lead = _THE.match(doc.text, m.start(), m.end())
        a = lead.end() if lead else m.start()
        out.append(Item(text=" ".join(doc.text[a:m.end()].split()),
                        evidence=[evidence_for(sent, a, m.end(), cue)]))
    return out


class _SupersetIndex:
    """A multiset of content keys that answers "does one hold every word of K?" by
    looking only at the keys sharing K's rarest word (not every item of the release)."""

    def __init__(self) -> None:
        self.by_word: dict[str, dict[frozenset[str], int]] = {}
        self.size = 0

    def add(self, key: frozenset[str]) -> None:
        self.size += 1
        for w in key:
            bucket = self.by_word.setdefault(w, {})
            bucket[key] = bucket.get(key, 0) + 1

    def remove(self, key: frozenset[str]) -> None:
        self.size -= 1
        for w in key:
            bucket = self.by_word[w]
            bucket[key] -= 1
            if not bucket[key]:
                del bucket[key]

    def has_superset(self, key: frozenset[str]) -> bool:
        if not key:
            return self.size > 0
        buckets = [self.by_word.get(w, {}) for w in key]
        return any(key <= other for other in min(buckets, key=len))


def _per_sentence(doc: Doc, found: list[Item]) -> list[list[Item]] | None:
    """``found`` cut into one block per sentence, or None when it is not laid out so
    (items in sentence order, every evidence inside its item's sentence): only then can
    the known terms of one sentence be judged against that sentence's items alone."""
    sents = doc.sentences
    if any(a.end > b.start for a, b in zip(sents, sents[1:], strict=False)):
        return None
    blocks: list[list[Item]] = [[] for _ in sents]
    last = 0
    for item in found:
        k = item.evidence[0].sentence
        if k < last or k >= len(sents):
            return None
        sent = sents[k]
        if any(not (sent.start <= ev.start and ev.end <= sent.end) for ev in item.evidence):
            return None
        blocks[k].append(item)
        last = k
    return blocks


def _all_known_terms(doc: Doc, found: list[Item]) -> list[Item]:
    """``_known_terms`` over every sentence in turn, in time linear in the release.

    The same result as calling it sentence by sentence on the growing list: a term
    only ever replaces, splits or overlaps items of its own sentence, so each sentence
    works on its own block (its found items, then the terms it appended, which go to
    the end of the release's list), and the one check across the release ("is the term
    part of an area already listed?") is answered by an index of content keys."""
    blocks = _per_sentence(doc, found)
    if blocks is None:
        for sent in doc.sentences:
            found = _known_terms(doc, sent, found)
        return found
    index = _SupersetIndex()
    keys: dict[str, frozenset[str]] = {}

    def key_of(text: str) -> frozenset[str]:
        if text not in keys:
            keys[text] = content_key(text, _TERM_STOP)
        return keys[text]

    for item in found:
        index.add(key_of(item.text))
    heads: list[Item] = []
    tails: list[Item] = []
    for sent, block in zip(doc.sentences, blocks, strict=True):
        head, tail = _known_terms_of(doc, sent, block, index, key_of)
        heads += head
        tails += tail
    return heads + tails


def _known_terms_of(doc: Doc, sent: Sentence, block: list[Item], index: _SupersetIndex,
                    key_of: Callable[[str], frozenset[str]]) -> tuple[list[Item], list[Item]]:
    """``_known_terms`` for one sentence on its own items ``block``: the block as it
    ends up, and the terms appended after every sentence's items; ``index`` holds the
    content keys of the whole release's items and follows every change."""
    spans = [_whole_title_words(doc.text, sent, s, e) for s, e in _term_spans(doc, sent)
             if not _in_a_name(doc.text, s, e) and not _names_a_thing(doc.text, s, e)]
    terms = [Item(text=" ".join(doc.text[s:e].split()),
                  evidence=[evidence_for(sent, s, e, _TERM_CUE)])
             for s, e in spans] + _sector_terms(doc, sent)
    if not terms:
        return block, []
    out = list(block)
    appended: set[int] = set()  # ids of the items past the block (the release's tail)
    dropped: list[Item] = []  # kept alive so that no new item reuses a dropped one's id
    covered: list[tuple[int, int]] = []
    for item in terms:
        s, e = item.evidence[0].start, item.evidence[0].end
        inside = [i for i in out if s <= i.evidence[0].start and i.evidence[0].end <= e]
        if len(inside) >= 2:
            gone = {id(i) for i in inside}
            at = next(n for n, i in enumerate(out) if id(i) in gone)
            if id(out[at]) in appended:
                appended.add(id(item))
            out = [i for i in out[:at] if id(i) not in gone] + [item] + \
                [i for i in out[at:] if id(i) not in gone]
            dropped += inside
            for i in inside:
                index.remove(key_of(i.text))
            index.add(key_of(item.text))
            continue
        host = next((i for i in out if i.evidence[0].start <= s and e <= i.evidence[0].end
                     and (i.evidence[0].start, i.evidence[0].end) != (s, e)), None)
        parts = _split_host(doc.text, sent, host, s, e) \
            if host and item.evidence[0].cue in (_TERM_CUE, _SECTOR_CUE) and \
            not any(a < e and s < b for a, b in covered) else None
        if host and parts:
            at = next(n for n, i in enumerate(out) if i is host)
            out[at:at + 1] = parts
            if id(host) in appended:
                appended.update(id(p) for p in parts)
            dropped.append(host)
            index.remove(key_of(host.text))
            for p in parts:
                index.add(key_of(p.text))
            continue
        key = key_of(item.text)
        seen = any(a < e and s < b for a, b in covered)
        covered.append((s, e))
        if seen or any(ev.start < e and s < ev.end for i in out for ev in i.evidence) or \
                index.has_superset(key):
            continue
        out.append(item)
        appended.add(id(item))
        index.add(key)
    return [i for i in out if id(i) not in appended], [i for i in out if id(i) in appended]


@cache
def _situation() -> re.Pattern[str]:
    return re.compile(lexicon("areas")["situation"]["pattern"])


_SITUATION_CUE = "situation in a place"


def _situations(doc: Doc, sent: Sentence) -> list[Item]:
    """"discussed the situation in and around X", "the humanitarian situation in Y": the
    situation somewhere is a subject of the talks, written with its place (the place
    alone says less than the annotators' item)."""
    if "situation" not in sent.text and "crisis" not in sent.text and \
            "conflict" not in sent.text:
        return []
    out: list[Item] = []
    text = doc.text
    for m in _situation().finditer(text, sent.start, sent.end):
        stop = _SENT_END.search(text, m.end("place"), sent.end)
        end = min(stop.start() if stop else sent.end, m.end())
        cut = rules().item_end.search(text, m.start("place"), end) or \
            _CLAUSE_JOIN.search(text, m.start("place"), end)
        if cut:
            end = cut.start()
        words = text[m.start("place"):end].split()
        while words and _ADVERB.fullmatch(words[-1].lower()):
            end = text.rindex(words.pop(), m.start("place"), end)  # "... peacefully"
        sp = span_of(text, m.start(), end)
        if not sp or not words or len(words) > 5 or not any(w[0].isupper() for w in words):
            continue  # "the situation in which ...", "in the region": no named place
        out.append(Item(text=" ".join(text[sp.start:sp.end].split()),
                        evidence=[evidence_for(sent, sp.start, sp.end, _SITUATION_CUE)]))
    return out


# "people to people", "people-to - people": one compound however it is spaced
_PEOPLE = re.compile(r"people\s*-?\s*to\s*-?\s*people", re.IGNORECASE)


# words that only frame an area: "energy cooperation" says no more than "energy"
_FRAME_WORDS = _FUNCTION | frozenset("""cooperation ties relations links sector sectors field
    fields sphere spheres area areas the""".split())


_BONDS = frozenset("links ties linkages contacts relations".split())


def _key(text: str, empty: frozenset[str]) -> frozenset[str]:
    """Content words of an area; a known term keeps all its words ("economic security"
    is not "security")."""
    text = _PEOPLE.sub("people-to-people", text)
    if _terms().fullmatch(text.lower()):
        return content_key(text, _TERM_STOP | _BONDS)
    return content_key(text, empty)


# A clause left in a list, not a sector: a participle or reporting verb that goes on after
# the last member ("cooperation in culture, noting the popularity of ...", "in the fields
# of A and B, and pointed out that ..."), or the head of a relative that singles out one
# of the list ("issues of common concern, foremost of which are ...").
_CLAUSE_LEFT = re.compile(
    r"(?i)(?:noting|stressing|pointing|adding|saying|recalling|highlighting|underlining|"
    r"emphasi[sz]ing|reiterating|welcoming|expressing|praising|thanking|affirming|"
    r"pointed|noted|stressed|added|said|recalled|highlighted|underlined|emphasi[sz]ed|"
    r"reiterated|praised|thanked|affirmed)\b"
    r"|(?:foremost|chief|first|primarily|notably|most\s+notably)\s+(?:of|among)\b")


# the region's affairs as a subject of talks ("discussed regional issues", "exchanged
# views on regional and international issues"): releases of many issuers name them among
# the talks' subjects and annotators list them (the pool's and new issuers' gold alike)
# ("the situation in the region", "the regional situation" as well: a situation with
# no named place, which the rules of a situation in a place leave out)
REGIONAL_TOPICS = re.compile(
    r"(?:the\s+)?(?:current\s+|latest\s+)?(?:regional(?:\s+and\s+(?:international|global))?\s+"
    r"(?:issues|affairs|developments|situation|tensions)|(?:situation|developments)\s+in\s+the\s+region)",
    re.IGNORECASE)
# a kind of tie or of development named with words that alone frame any area ("economic
# ties", "economic relations", "sustainable development", "development assistance"):
# GUIDELINES' sectors, and gold areas of every pool source and of new issuers, though
# each word is a framing word of lexicons/areas.toml (so the rules never propose them).
# Not "economic cooperation" or "economic issues": most often the relationship's own
# track in a phrase of courtesy ("develop economic cooperation"), no area on the dev
# corpus, whose floor then raised the filter's threshold for every issuer (0.35 -> 0.40)
KIND_PAIR = re.compile(
    r"(?:the\s+)?(?:(?:trade\s+and\s+)?(?:socio-)?economic\s+(?:and\s+trade\s+)?"
    r"(?:ties|relations|partnership|interaction|links|support|"
    r"assistance|development|integration|growth|recovery|reforms?|engagement)|"
    r"(?:economic|sustainable|regional|rural|social|socio-economic|inclusive)\s+development|"
    r"development\s+(?:cooperation|assistance|aid|partnership|financing|finance))|"
    + REGIONAL_TOPICS.pattern, re.IGNORECASE)


def _dedupe(items: list[Item]) -> list[Item]:
    """One item per area; a merge makes a new item, so the callers' candidates (which the
    trainer scores fold after fold) keep their own texts. A clause left in a list
    (_CLAUSE_LEFT) is no area at all."""
    empty = rules().empty
    seen: dict[frozenset[str], int] = {}
    out: list[Item] = []
    for item in items:
        if _CLAUSE_LEFT.match(item.text):
            continue
        key = _key(item.text, empty)
        if not key and item.evidence[0].cue == _TERM_CUE:
            key = content_key(item.text, _TERM_STOP)  # "international cooperation"
        if not key and item.evidence[0].cue == _FRAME_CUE:
            key = frozenset({item.text.lower()})  # "economic" of "the economic sphere"
        if not key and KIND_PAIR.fullmatch(item.text):
            key = frozenset(item.text.lower().split()) - {"the"}  # "economic ties"
        if not key:
            continue
        if key in seen:
            kept = out[seen[key]]
            # "trade and economic ties" says more than "trade"
            longer = content_key(item.text, _FRAME_WORDS) > content_key(kept.text, _FRAME_WORDS)
            out[seen[key]] = Item(text=item.text if longer else kept.text,
                                  evidence=[*kept.evidence, item.evidence[0]])
            continue
        seen[key] = len(out)
        out.append(item)
    keys = [_key(i.text, empty) for i in out]
    heads = [content_key(" ".join(i.text.split()[:1]), empty) for i in out]
    names = [content_key(" ".join(w for w in i.text.split()[1:] if w[0].isupper()), empty)
             if any(w[0].islower() and w not in _FUNCTION for w in i.text.split())
             else frozenset() for i in out]  # a title-case heading has no names to tell
    pairs = _PairIndex(out, empty)
    # "water cooperation" beside "water resource management": the items by a word of
    # their first word's key, so a qualifier is compared with those alone
    by_head: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for key, head in zip(keys, heads, strict=True):
        if head:
            by_head.setdefault(min(head), []).append((head, key))
    named = _NamedIndex(keys, names)
    # "economic cooperation" beside "trade and economic cooperation": a kind of tie
    # (KIND_PAIR, keyed by its framing words) said again inside a fuller item
    words = [frozenset(_HYPHENED.findall(i.text.lower())) - {"the"} for i in out]
    inside = {n for n, (item, key) in enumerate(zip(out, keys, strict=True))
              if not key and KIND_PAIR.fullmatch(item.text)
              and any(m != n and words[n] < other for m, other in enumerate(words))}
    return [item for n, (item, key) in enumerate(zip(out, keys, strict=True))
            if n not in inside and not pairs.redundant(item)
            and not (_QUALIFIER_CUE.match(item.evidence[0].cue or "")
                     and any(head <= key and key < other
                             for w in key for head, other in by_head.get(w, ())))
            # "reconstruction" beside "reconstruction of Ukraine": the party adds nothing
            and not (key and named.blocks(key))]


class _NamedIndex:
    """Which keys K some item's key J extends by names alone (K < J, J - K among the
    item's names): every such K, listed once per item (J's words outside its names plus
    part of its named words), so each test is one look-up instead of a pass over the
    release."""

    _MAX_NAMES = 8  # more named words than this: compared directly (2**8 keys per item)

    def __init__(self, keys: list[frozenset[str]], names: list[frozenset[str]]) -> None:
        self.keys: set[frozenset[str]] = set()
        self.wide: list[tuple[frozenset[str], frozenset[str]]] = []
        for key, name in zip(keys, names, strict=True):
            named = sorted(key & name)
            if not named:
                continue
            if len(named) > self._MAX_NAMES:
                self.wide.append((key, name))
                continue
            core = key - name
            for mask in range((1 << len(named)) - 1):  # every part of the names but all
                self.keys.add(core | {w for b, w in enumerate(named) if mask >> b & 1})

    def blocks(self, key: frozenset[str]) -> bool:
        return key in self.keys or any(key < other and other - key <= name
                                       for other, name in self.wide)


class _PairIndex:
    """``_redundant_pair`` by look-up: the content keys of the items without an "and",
    counted, so each half of a pair is looked for among its few possible spellings
    (itself, or itself with "industry"/"sector") instead of among all items."""

    def __init__(self, items: list[Item], empty: frozenset[str]) -> None:
        self.empty = empty
        self.counts: dict[frozenset[str], int] = {}
        for i in items:
            if " and " not in i.text:
                key = content_key(i.text, empty)
                self.counts[key] = self.counts.get(key, 0) + 1

    def redundant(self, item: Item) -> bool:
        m = _PAIR.fullmatch(item.text)
        if not m:
            return False
        own = content_key(item.text, self.empty) if " and " not in item.text else None
        for half in m.groups():
            part = content_key(half, self.empty)
            if not part or not any(
                    self.counts.get(v, 0) - (v == own) > 0
                    for v in {part | extra for extra in _HEAD_SETS}):
                return False
        return True


_PAIR = re.compile(r"(.+?)\s+and\s+(.+)")
# "water cooperation" beside "water resource management": the qualifier adds nothing; so
# does a heading "Energy" above a paragraph on "energy security"
_QUALIFIER_CUE = re.compile(r"qualifies |section heading")


# "the aviation industry" is the area "aviation"; "cyber defence" is not "defence"
_HEADS = frozenset("industry industr sector".split())
# every set of those heads, the empty one too: what a half may be written with
_HEAD_SETS = tuple(frozenset(c) for n in range(len(_HEADS) + 1)
                   for c in combinations(sorted(_HEADS), n))


def _redundant_pair(item: Item, items: list[Item], empty: frozenset[str]) -> bool:
    """"trade and investment" says nothing more when "trade" and "investment" are
    areas of their own ("defence and security" beside "cyber defence" and "maritime
    security" does)."""
    m = _PAIR.fullmatch(item.text)
    if not m:
        return False
    others = [content_key(i.text, empty) for i in items if i is not item]
    parts = [content_key(part, empty) for part in m.groups()]
    return all(part and any((part == other or part < other and other - part <= _HEADS)
                            and " and " not in o.text
                            for other, o in zip(others, [i for i in items if i is not item],
                                                strict=True))
               for part in parts)
