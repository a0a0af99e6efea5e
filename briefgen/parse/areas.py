"""Cooperation areas: the sectors and subjects listed after a cue.

"cooperation in green energy, transport and logistics and agriculture", "areas such as
A and B", "discussed A, B and C": the list after the cue is split into members and each
member, cleaned of determiners and framing words ("in the field of"), is one area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefgen.model import Agreement, Item
from briefgen.parse.clauses import content_key, lexicon, span_of, split_list
from briefgen.parse.evidence import evidence_for
from briefgen.parse.segment import Doc, Sentence


@dataclass(frozen=True)
class _Rules:
    cues: tuple[re.Pattern[str], ...]
    cue_keys: tuple[re.Pattern[str], ...]
    anchored: frozenset[int]
    bad_start: re.Pattern[str]
    empty: frozenset[str]
    item_end: re.Pattern[str]
    max_words: int
    subject_cues: tuple[re.Pattern[str], ...]
    heading_max: int
    heading_skip: re.Pattern[str]


@cache
def rules() -> _Rules:
    lex = lexicon("items")["areas"]
    cues = tuple(re.compile(c, re.IGNORECASE) for c in lex["cues"])
    return _Rules(
        cues=cues,
        cue_keys=tuple(re.compile("|".join(map(re.escape, k.split("|")))) for k in lex["cue_keys"]),
        anchored=frozenset(lex.get("anchored_cues", [0, 1, 2])),
        bad_start=re.compile(lex["bad_start"], re.IGNORECASE),
        empty=frozenset(lex["empty"].split()),
        item_end=re.compile(lex["item_end"], re.IGNORECASE),
        max_words=int(lex["max_words"]),
        subject_cues=tuple(re.compile(c) for c in lex["subject_cues"]),
        heading_max=int(lex["heading_max_words"]),
        heading_skip=re.compile(lex["heading_skip"]),
    )


# Framing words in front of an area: "in the field of", "issues of", "the", "our".
_LEAD = re.compile(
    r"(?:(?:in|on|of|for|with|within|across|to|into|at|including|include|especially|particularly|"
    r"notably|namely|like|such\s+as|as\s+well\s+as|and|or|also|both|all|mutual|bilateral|"
    r"further|closer|stronger|greater|enhanced|expanding|expanded|deepening|strengthening|"
    r"developing|promoting|enhancing|boosting|improving|increasing|advancing|fostering|"
    r"intensifying|furthering|broadening|the|a|an|our|their|its|his|her|these|those|this|"
    r"strong|close|existing|current|ongoing|topical|pertinent|relevant|key|important|"
    r"(?:ways|avenues|means|prospects|opportunities|possibilities|options|efforts|steps)\s+"
    r"(?:to|for|of)(?:\s+(?!the\b)\w+)?|"
    r"(?:development|expansion|strengthening|deepening|state|progress|prospects|level)\s+of|"
    r"(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?|issues?|matters?|questions?|topics?)\s+of|"
    r"(?:cooperation|collaboration|interaction|partnership|ties|links)\s+(?:in|on|across))\s+)+",
    re.IGNORECASE)
_TRAIL = re.compile(r"(?:\s+(?:and|or|etc|as well|too|also|cooperation|ties|sector|sectors|"
                    r"spheres?|fields?|areas?|issues|matters))+\s*$", re.IGNORECASE)
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|will|would|has|have|had|can|could|should|"
                   r"said|noted|stressed|agreed|discussed|expressed|welcomed|thanked|informed|"
                   r"did|does|do|we|i|you|they|he|she)\b", re.IGNORECASE)
_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?|today|yesterday|tomorrow|decades?)\b", re.I)
_SENT_END = re.compile(r"[;:]|\.\s|\.$|\s[–—]\s|\(|\)")


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of the area inside a list member, without framing words."""
    r = rules()
    m = r.item_end.search(text, start, end)
    if m:
        end = m.start()
    sp = span_of(text, start, end)
    if not sp:
        return None
    start, end = sp.start, sp.end
    lead = _LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    trail = _TRAIL.search(text[start:end])
    if trail and trail.start() > 0:
        end = start + trail.start()
    sp = span_of(text, start, end)
    return (sp.start, sp.end) if sp else None


def _acceptable(item: str, names_ok: bool = False) -> bool:
    r = rules()
    words = item.split()
    if not words or len(words) > r.max_words:
        return False
    if r.bad_start.match(item) or _VERB.search(item) or _TIME.search(item):
        return False
    if not [w for w in re.findall(r"[\w-]+", item.lower()) if w not in r.empty]:
        return False
    if item[0].isdigit() or "$" in item or "%" in item:
        return False
    lexical = [w for w in re.findall(r"[\w'’-]+", item) if w.lower() not in _FUNCTION]
    if lexical and all(w[0].isupper() for w in lexical) and not (names_ok and len(lexical) <= 3):
        return False  # a name (a country, a forum), not a sector
    return True


_FUNCTION = frozenset("of the and in on for to a an at with by".split())


def _pairs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A two-member "A and B" is one area unless both sides are phrases of their own."""
    m = re.fullmatch(r"(.+?)\s+and\s+(.+)", text[s:e])
    if m and len(m.group(1).split()) >= 2 and len(m.group(2).split()) >= 2 \
            and " and " not in m.group(2):
        return [(s, s + m.end(1)), (s + m.start(2), e)]
    return [(s, e)]


def _from_sentence(doc: Doc, sent: Sentence, speech: bool) -> list[Item]:
    r = rules()
    text = doc.text
    out: list[Item] = []
    taken: list[tuple[int, int]] = []
    low = sent.text.lower()
    cues = [m for i, cue in enumerate(r.cues)
            if (not speech or i in r.anchored) and r.cue_keys[i].search(low)
            for m in cue.finditer(text, sent.start, sent.end)]
    for m in cues:
        if any(a <= m.end() < b for a, b in taken):
            continue
        if True:
            stop = _SENT_END.search(text, m.end(), sent.end)
            end = stop.start() if stop else sent.end
            if end - m.end() < 3:
                continue
            members = split_list(text, m.end(), end)
            kept = 0
            for k, mem in enumerate(members):
                if k > 0 and mem.start - members[k - 1].end > 12:
                    break  # a new clause, not a list separator
                if any(a < mem.end and mem.start < b for a, b in taken):
                    continue
                inner = [o for o in cues if o is not m and mem.start < o.start() < mem.end]
                clean = _clean(text, inner[0].end() if inner else mem.start, mem.end)
                if not clean:
                    if k == 0:
                        break
                    continue
                before = len(out)
                _add(out, text, sent, *clean, m.group(0).strip())
                kept += len(out) - before
                # a member that runs into a clause ends the list
                if r.item_end.search(text, mem.start, mem.end):
                    break
            if kept:
                taken.append((m.start(), end))
    return out


def _add(out: list[Item], text: str, sent: Sentence, s: int, e: int, cue: str,
         names_ok: bool = False) -> None:
    for a, b in _pairs(text, s, e):
        item = text[a:b]
        if _acceptable(item, names_ok):
            out.append(Item(text=" ".join(item.split()), evidence=[evidence_for(sent, a, b, cue)]))


def _from_subject(doc: Doc, sent: Sentence) -> list[Item]:
    out: list[Item] = []
    for cue in rules().subject_cues:
        m = cue.search(sent.text)
        if m:
            s, e = sent.start + m.start("area"), sent.start + m.end("area")
            clean = _clean(doc.text, s, e)
            if clean:
                _add(out, doc.text, sent, *clean, "subject of 'is an area of'", names_ok=True)
    return out


def _from_heading(doc: Doc, sent: Sentence) -> list[Item]:
    """A one-line paragraph of a few words, without a full stop, is a section heading."""
    r = rules()
    text = sent.text
    if sent.index == 0 or text.rstrip().endswith((".", "!", "?", ":", '"', "”")) or \
            len(text.split()) > r.heading_max or r.heading_skip.match(text):
        return []
    siblings = [s for s in doc.sentences if s.paragraph == sent.paragraph]
    if len(siblings) != 1:
        return []
    out: list[Item] = []
    for mem in split_list(doc.text, sent.start, sent.end):
        clean = _clean(doc.text, mem.start, mem.end)
        if clean:
            _add(out, doc.text, sent, *clean, "section heading", names_ok=True)
    return out


def extract_areas(doc: Doc, speech_start: int,
                  agreements: list[Agreement] | None = None) -> list[Item]:
    """Every area of cooperation or discussion named in a list after a cue.

    Sentences that list signed documents are left to the agreements: the subjects of
    memoranda are the documents' names, not separate areas.
    """
    found: list[Item] = []
    signing = {ev.sentence for agr in agreements or [] for ev in agr.evidence}
    for sent in doc.sentences:
        speech = sent.start >= speech_start
        if sent.index not in signing:
            found += _from_sentence(doc, sent, speech)
        if not speech:
            found += _from_subject(doc, sent) + _from_heading(doc, sent)
    return _dedupe(found)


def _dedupe(items: list[Item]) -> list[Item]:
    empty = rules().empty
    seen: dict[frozenset[str], Item] = {}
    out = []
    for item in items:
        key = content_key(item.text, empty)
        if not key:
            continue
        if key in seen:
            seen[key].evidence.append(item.evidence[0])
            continue
        seen[key] = item
        out.append(item)
    return out
