"""Documents signed, adopted or exchanged during the event.

A sentence qualifies when it reports a signing (active "signed a declaration", passive
"documents were signed", nominal "resulted in the signing of"), or lists the documents
of such a sentence ("These included ..."), or is a bullet under "The agreements were:".
Each document noun phrase in it becomes one agreement; a plural head with several
subjects ("memoranda on A, B and C") becomes one agreement per subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefgen.model import Agreement
from briefgen.parse.clauses import (
    Span,
    alternation,
    clause_end,
    content_key,
    lexicon,
    span_of,
    split_list,
)
from briefgen.parse.evidence import evidence_for
from briefgen.parse.segment import Doc, Sentence


@dataclass(frozen=True)
class _Rules:
    heads: re.Pattern[str]
    weak: re.Pattern[str]
    kinds: tuple[tuple[re.Pattern[str], str], ...]
    sign: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    reference: re.Pattern[str]
    stop_back: frozenset[str]
    quantity: re.Pattern[str]
    complement: re.Pattern[str]
    verb_complement: re.Pattern[str]
    listing: re.Pattern[str]
    bullet_intro: re.Pattern[str]
    count: re.Pattern[str]
    generic: frozenset[str]
    org: frozenset[str]


@cache
def rules() -> _Rules:
    lex = lexicon("items")["agreements"]
    i = re.IGNORECASE
    return _Rules(
        heads=re.compile(rf"\b(?:{alternation(lex['heads'])})\b", i),
        weak=re.compile(rf"^(?:{alternation(lex['weak_heads'])})$", i),
        kinds=tuple((re.compile(p, i), k) for p, k in lex["kinds"]),
        sign=re.compile("|".join(lex["sign_cues"]), i),
        future=re.compile("|".join(lex["future_cues"]), i),
        past=re.compile("|".join(lex["past_cues"]), i),
        reference=re.compile(lex["reference_before"], i),
        stop_back=frozenset(lex["np_stop_back"].split()),
        quantity=re.compile(lex["quantity"], i),
        complement=re.compile(lex["complement_start"], i),
        verb_complement=re.compile(lex["verb_complement"], i),
        listing=re.compile(lex["listing_lead"], i),
        bullet_intro=re.compile(lex["bullet_intro"]),
        count=re.compile(lex["count"], i),
        generic=frozenset(lex["generic"].split()),
        org=frozenset(lex["org_words"].split()),
    )


_OWN_PREP = re.compile(r"(?:on|of|between|for|to|concerning|regarding|amending|with|in|"
                       r"covering)\s", re.IGNORECASE)
_JOIN_SINGULAR = re.compile(r"(?:;|\band|\bas well as)\s*(?:an?|the|other)?\s*$")
_JOIN_PLURAL = re.compile(r"(?:,|;|\band|\bas well as)\s*(?:an?|the|other)?\s*$")
_NOT_CONTENT = frozenset({"signed", "was", "were", "today"})
_PASSIVE_SIGNED = re.compile(r"\b(?:was|were|have been|has been)\s+(?:\w+\s+)?signed\b")
_SIGNED_BEFORE = re.compile(r"(?:sign(?:ed|ing)|adopt(?:ed|ion)|conclu(?:ded|sion)|exchanged)"
                            r"(?:\s+of)?\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}$",
                            re.IGNORECASE)
_OTHERS_BEFORE = re.compile(r"\b(?:as well as|and|along with)\s+(?:other|several|some|"
                            r"a number of)\s+$", re.IGNORECASE)
_SIGNED_AFTER = re.compile(r"\s+(?:(?:was|were|have been|has been)\s+)?(?:also\s+)?"
                           r"(?:signed|adopted|concluded)", re.IGNORECASE)
# Cheap pre-tests on the lower-cased sentence before the slower cue patterns run.
_SIGN_KEYS = re.compile(r"sign|adopt|conclu|exchang|initial|inked|issued|agreed")
_COUNT_KEYS = re.compile(r"document|agreement|memorand|paper|instrument")
_APPOSITION = re.compile(r"\s*,\s*(?:an?|the)\s+")
_BULLET = re.compile(r"^\s*(?:[*•·▪‣-]|\d+[.)])\s")
_TOKEN_BACK = re.compile(r"([\w'’&.()-]+)[\s–-]*$")


def kind_of(head: str) -> str:
    for pattern, kind in rules().kinds:
        if pattern.search(head):
            return kind
    return "agreement"


def _np_start(text: str, floor: int, head_start: int) -> int:
    """Walk back from a head noun over its modifiers ("intergovernmental", "Free Trade")."""
    r = rules()
    pos = head_start
    while pos > floor:
        m = _TOKEN_BACK.search(text, max(floor, pos - 60), pos)
        if not m or text[m.end(1):pos].strip(" -–"):
            break
        word = m.group(1).strip(".()")
        if not word or word.lower() in r.stop_back or word.isdigit() or not re.search(r"\w", word):
            break
        pos = m.start(1)
    return pos


def _complement(text: str, head_end: int, end: int, plural: bool) -> tuple[str, int, int] | None:
    """The prepositional phrase after a head: (preposition, start, end) of its object."""
    r = rules()
    boundary = "list_end" if plural else "np_end"
    m = r.complement.match(text, head_end, end)
    if m:
        prep = m.group("prep")
        obj_start = m.end()
        if prep.lower().startswith("to") and prep.lower() != "to establish":
            prep, obj_start = "to", m.start("prep") + 3
        return prep, obj_start, clause_end(text, obj_start, end, boundary)
    m = r.verb_complement.match(text, head_end, end)
    if m:
        return "on", m.end(), clause_end(text, m.end(), end, boundary)
    return None


# A proper name may run on after the head: "Joint Statement Russia - India: Partnership for
# Peace, Progress and Prosperity", "joint statement "On the Urgent Need to ..."".
_TITLE_RUN = re.compile(r"""(?:\s*[–—:-]?\s*["“«]?(?:[A-Z][\w'’-]*|of|for|and|the|on|in|to|&)"""
                        r"""["”»]?,?)+""")
_TRAILING_FN = re.compile(r"(?:\s+(?:of|for|and|the|on|in|to|&)|[,\s])+$")
_TIME_WORD = re.compile(r"\s*(?:Today|Yesterday|Tonight|Tomorrow|This|Last|Next|During|After|"
                        r"Before|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _title_run(text: str, head_end: int, end: int) -> int:
    """End of a capitalised name that continues after the head noun, or ``head_end``."""
    m = _TITLE_RUN.match(text, head_end, end)
    if not m or not re.match(r"\s*[–—:-]?\s*[\"“«]?[A-Z]", text[head_end:m.end()]):
        return head_end
    stop = m.start() + len(_TRAILING_FN.sub("", m.group(0)))
    run = text[head_end:stop]
    if re.match(r"\s*(?:On|In|Of|For|To|And|The)\b", run) and not re.match(r"\s*[\"“«]", run):
        return head_end
    if _TIME_WORD.match(run):
        return head_end  # a flattened headline running into "Today in Kyiv, ..."
    if re.match(r"\s*[A-Z]\w*ed\b", run):
        return head_end  # a headline verb: "Agreements Concluded between ..."
    if len(re.findall(r"[A-Z][\w'’-]*", run)) < 1:
        return head_end
    close = text.find("”", head_end, stop + 2) if "“" in run else -1
    if close >= 0:
        stop = max(stop, close + 1)
    elif '"' in run and run.count('"') % 2 == 1:
        q = text.find('"', stop, end)
        stop = q + 1 if q >= 0 else stop
    return stop


def _is_plural(head: str) -> bool:
    h = head.lower().split()[0] if " of " in head.lower() else head.lower().split()[-1]
    return h.endswith(("s", "memoranda", "ies")) and not h.endswith(("ss", "us"))


def _core(text: str, start: int, head_end: int) -> str:
    """The document's name as written; "others (signed)" stands for more agreements."""
    core = " ".join(text[start:head_end].split())
    if core.lower() == "others":
        return "agreement"
    return core


_AGENT = re.compile(r"(?:^|[,;]\s*|\b(?:In addition|Also|Moreover|Further),?\s+)(?:the\s+)?"
                    r"([A-Z][^,;]{2,120}?)\s+(?:(?:also|today|yesterday|jointly)\s+)*"
                    r"(?:signed|concluded)\s+(?:an?\s+|the\s+)?$")


def _agent(text: str, sent: Sentence, np_start: int) -> str | None:
    """An organisation that signed ("The Central Bank ... signed a cooperation agreement")."""
    before = text[max(sent.start, np_start - 200):np_start]
    m = _AGENT.search(before)
    if not m:
        return None
    agent = m.group(1)
    words = agent.replace("(", " ").replace(")", " ").split()
    if not {w.lower() for w in words} & rules().org or not any(w[0].isupper() for w in words[1:]):
        return None
    return agent


@dataclass(frozen=True)
class _Phrase:
    """A document noun phrase: where it starts, where its name ends, who signed it."""

    start: int
    head_end: int
    head: str
    plural: bool
    core: str
    agent: str | None


def _phrase(text: str, sent: Sentence, head: re.Match[str], floor: int) -> _Phrase:
    r = rules()
    start = _np_start(text, floor, head.start())
    qty = r.quantity.search(text[max(sent.start, start - 60):start])
    plural = _is_plural(head.group(0))
    head_end = _title_run(text, head.end(), sent.end)
    if head_end - head.end() > 3:
        plural = False  # a proper name: one document
    else:
        head_end = head.end()
    agent = _agent(text, sent, start - (len(qty.group(0)) if qty else 0))
    return _Phrase(start, head_end, head.group(0), plural, _core(text, start, head_end), agent)


def _subjects(text: str, ph: _Phrase, prep: str, cs: int, ce: int) -> list[Span]:
    """The subjects of one document phrase: one per list member when the head is plural."""
    if ph.plural and prep.lower() != "between":
        return split_list(text, cs, ce)
    sp = span_of(text, cs, ce)
    return [sp] if sp else []


def _clip_at_next_document(text: str, cs: int, ce: int) -> int:
    """A complement ends where the next document of a list begins ("...; a protocol on")."""
    nxt = rules().heads.search(text, cs, ce)
    if not nxt:
        return ce
    nstart = _np_start(text, cs, nxt.start())
    joiner = _JOIN_PLURAL if _is_plural(nxt.group(0)) else _JOIN_SINGULAR
    return nstart if joiner.search(text, cs, nstart) else ce


def _compose(ph: _Phrase, prep: str, member: Span) -> str:
    """The agreement's text: the document, its preposition and one subject."""
    own = _OWN_PREP.match(member.text)
    subject = member.text if own else re.sub(rf"^(?:{re.escape(prep)})\s+", "", member.text,
                                             flags=re.IGNORECASE)
    prep_k = "" if own else prep
    if ph.agent:
        item = f"{ph.core} between {ph.agent} and {subject}" if prep == "with" else \
            f"{ph.agent} {ph.core} {prep_k} {subject}"
    else:
        item = f"{ph.core} {prep_k} {subject}"
    return " ".join(item.split())


def _items_from_head(doc: Doc, sent: Sentence, head: re.Match[str], floor: int, cue: str,
                     in_list: bool) -> tuple[list[Agreement], int]:
    """Agreements named by one head noun, and where its phrase ends."""
    r = rules()
    text = doc.text
    ph = _phrase(text, sent, head, floor)
    if r.reference.search(text[max(sent.start, ph.start - 100):ph.start]):
        return [], head.end()
    if r.weak.match(ph.head) and not _signed_near(text, sent, ph.start, head.end(), in_list):
        return [], head.end()
    comp = _complement(text, ph.head_end, sent.end, ph.plural)
    if comp and ph.plural and comp[0].lower().startswith("that"):
        comp = None  # "agreements that will broaden ...": a description, not a subject
    if comp is None:
        if ph.plural and not ph.agent and not in_list:
            return [], ph.head_end  # "commercial agreements": a mention, not a document
        core = f"{ph.agent} {ph.core}" if ph.agent else ph.core
        items = [(core, ph.start, ph.head_end)]
        stop = ph.head_end
    else:
        prep, cs, ce = comp
        ce = stop = _clip_at_next_document(text, cs, ce)
        members = _subjects(text, ph, prep, cs, ce)
        items = [(_compose(ph, prep, mem), ph.start if k == 0 else mem.start, mem.end)
                 for k, mem in enumerate(members)] or [(ph.core, ph.start, ph.head_end)]
    kind = kind_of(ph.head)
    out = [Agreement(text=item, kind=kind, evidence=[evidence_for(sent, s, e, cue)])
           for item, s, e in items if content_key(item, r.generic | _NOT_CONTENT)]
    return out, stop


def _apposed(text: str, prev: Agreement, item: Agreement, prev_end: int) -> bool:
    """"the Pukpuk Treaty, a defence treaty between ...": a common noun of the same kind set
    off by a comma after a proper name describes that paper; "an agreement on X, a
    memorandum on Y" is a list."""
    start = item.evidence[0].start
    head = rules().heads.search(text, start, item.evidence[0].end)
    prev_head = rules().heads.search(prev.text)
    return bool(_APPOSITION.fullmatch(text, prev_end, start) and head and prev_head
                and prev.kind == item.kind and head.group(0)[0].islower()
                and prev_head.group(0)[0].isupper())


def _signed_near(text: str, sent: Sentence, start: int, end: int, in_list: bool) -> bool:
    """A weak head ("programme", "documents") counts only right next to its signing."""
    if in_list:
        return True
    before = text[max(sent.start, start - 40):start]
    return bool(_SIGNED_BEFORE.search(before) or _OTHERS_BEFORE.search(before)
                or _SIGNED_AFTER.match(text, end, min(sent.end, end + 40)))


def extract_agreements(doc: Doc, speech_start: int) -> list[Agreement]:
    """Every document the release says was signed, adopted or exchanged at the event."""
    r = rules()
    found: list[Agreement] = []
    prev_sign = False
    bullets = para_bullet = False
    counts: list[tuple[Sentence, re.Match[str]]] = []
    for sent in doc.sentences:
        if sent.start >= speech_start:
            break
        text = sent.text
        first = sent.index == 0 or doc.sentences[sent.index - 1].paragraph != sent.paragraph
        if first:
            para_bullet = bool(_BULLET.match(text))
            if bullets and not para_bullet:
                bullets = False
        elif bullets:
            continue
        low = text.lower()
        cue_m = r.sign.search(text) if _SIGN_KEYS.search(low) else None
        listing = prev_sign and r.listing.search(text)
        ctx = bool(cue_m) or bool(listing) or bullets
        if text.rstrip().endswith(":") and r.bullet_intro.search(text):
            bullets = True
        if not ctx:
            prev_sign = False
            continue
        if cue_m and r.future.search(text) and not r.past.search(text) and not listing \
                and not _PASSIVE_SIGNED.search(text):
            prev_sign = False
            continue
        if r.past.search(text) and not listing:
            prev_sign = False
            continue
        cue = cue_m.group(0) if cue_m else ("list of documents" if listing else "bullet list")
        floor = sent.start
        pos = sent.start
        got = []
        while True:
            head = r.heads.search(doc.text, pos, sent.end)
            if not head:
                break
            items, stop = _items_from_head(doc, sent, head, floor, cue,
                                           in_list=bool(listing) or bullets)
            if got and items and _apposed(doc.text, got[-1], items[0], pos):
                items = []  # "the X Treaty, a defence treaty between ...": the same paper
            got += items
            pos = max(stop, head.end())
            floor = pos
            if bullets and items:
                break
        if not got and _COUNT_KEYS.search(low):
            cm = r.count.search(text)
            if cm:
                counts.append((sent, cm))
        found += got
        prev_sign = bool(cue_m) or bool(listing)
    found = _dedupe(heading_agreements(doc) + found)
    if not found and counts:
        sent, cm = counts[0]
        s = sent.start + cm.start()
        e = sent.start + cm.end()
        found.append(Agreement(text=f"{cm.group(0)} signed", kind="document",
                               evidence=[evidence_for(sent, s, e, "count of documents")]))
    return found


def _dedupe(items: list[Agreement]) -> list[Agreement]:
    """Drop an agreement that repeats one found earlier (title, lead and body say it thrice)."""
    generic = rules().generic
    kept: list[tuple[frozenset[str], Agreement]] = []
    for item in items:
        key = content_key(item.text, generic)
        dup = None
        for i, (other, _prev) in enumerate(kept):
            common = len(key & other)
            if common and common / min(len(key), len(other)) >= 0.66 and (
                    min(len(key), len(other)) <= 3 or common / max(len(key), len(other)) >= 0.6):
                dup = i
                break
        if dup is None and item.kind in ("declaration", "statement") \
                and not _QUOTED.search(item.text):
            core = _name_core(item.text)
            dup = next((i for i, (_, prev) in enumerate(kept)
                        if prev.kind == item.kind and _name_core(prev.text) == core), None)
            if dup is not None:
                kept[dup][1].evidence.append(item.evidence[0])
                continue
        if dup is None:
            kept.append((key, item))
        elif len(key) > len(kept[dup][0]) and kept[dup][1].kind == item.kind:
            kept[dup] = (key, item.model_copy(update={"evidence": kept[dup][1].evidence
                                                      + item.evidence}))
        else:
            kept[dup][1].evidence.append(item.evidence[0])
    return [a for _, a in kept]


_QUOTED = re.compile(r"[\"“«]")


def _name_core(text: str) -> str:
    """"Joint Declaration" of "Joint Declaration on X": one release rarely signs two."""
    m = rules().heads.search(text)
    return " ".join(text[: m.end()].lower().split()) if m else text.lower()


def heading_agreements(doc: Doc) -> list[Agreement]:
    """A release whose title or a heading is "Joint Statement ..." is that adopted text."""
    pattern = re.compile(lexicon("items")["agreements"]["heading_doc"], re.IGNORECASE)
    out = []
    paragraphs: dict[int, list[Sentence]] = {}
    for sent in doc.sentences:
        paragraphs.setdefault(sent.paragraph, []).append(sent)
    candidates = [(None, doc.title)] if doc.title else []
    candidates += [(p[0], p[0].text) for p in paragraphs.values()
                   if len(p) == 1 and not p[0].text.rstrip().endswith((".", "!", "?"))]
    for sent, text in candidates:
        m = pattern.match(text or "")
        if not m:
            continue
        name = " ".join(m.group("doc").split())
        ev = [evidence_for(sent, sent.start + m.start("doc"), sent.start + m.end("doc"),
                           "heading names the document")] if sent else []
        out.append(Agreement(text=name, kind=kind_of(name), evidence=ev))
        break
    return out
