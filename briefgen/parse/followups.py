"""Follow-ups: invitations, proposals, instructions, planned events and agreed steps.

Each rule of ``[followups]`` in lexicons/followups.toml is a cue after which the object clause
begins ("invited X to ...", "agreed to ...", "will host ..."). The object runs to the
end of its clause; a template turns it into the item ("invitation to X to visit Y").
Objects that only wish relations to grow closer are statements of intent and are left
out: they are not something anyone can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefgen.model import FollowUp
from briefgen.parse.clauses import (
    Span,
    content_key,
    lexicon,
    span_of,
    split_list,
    truncate_words,
)
from briefgen.parse.evidence import evidence_for
from briefgen.parse.segment import Doc, Sentence


@dataclass(frozen=True)
class _Rule:
    kind: str
    template: str
    cue: re.Pattern[str]
    speech: bool
    split: bool
    keys: re.Pattern[str]


@dataclass(frozen=True)
class _Rules:
    rules: tuple[_Rule, ...]
    vague: re.Pattern[str]
    weak_subject: re.Pattern[str]
    max_words: int
    due: re.Pattern[str]
    stop: frozenset[str]
    vp_end: re.Pattern[str]


@cache
def rules() -> _Rules:
    data = lexicon("followups")
    lex = data["followups"]
    return _Rules(
        rules=tuple(_Rule(r["kind"], r["template"], re.compile(r["cue"], re.IGNORECASE),
                          bool(r.get("speech", False)), bool(r.get("split", True)),
                          re.compile("|".join(map(re.escape, r["key"].split("|")))))
                    for r in lex["rules"]),
        vague=re.compile(lex["vague"], re.IGNORECASE),
        weak_subject=re.compile(lex["weak_subject"], re.IGNORECASE),
        max_words=int(lex["max_words"]),
        due=re.compile(lex["due"], re.IGNORECASE),
        stop=frozenset(lex["stop"].split()),
        vp_end=re.compile(data["clauses"]["vp_end"], re.IGNORECASE),
    )


def _clause_end(text: str, start: int, end: int) -> int:
    """Where a forward-looking clause that begins at ``start`` stops."""
    m = rules().vp_end.search(text, start, end)
    return m.start() if m else end


_AND_TO = re.compile(r",?\s+and\s+(?:to\s+|also\s+)(?=[a-z])|,\s+and\s+(?=(?:the|a|an)\s)"
                     r"|,?\s+and\s+(?=(?:will\s+)?(?:establish|hold|host|launch|create|set\s+up|"
                     r"conduct|sign|open|provide|develop|visit|commence|begin|start|finali[sz]e|"
                     r"conclude|complete|accept|send|lead)\b)")
_INCLUDING = re.compile(r",?\s+including\s")
_INCLUDING_NP = re.compile(r",?\s+including\s+(?!(?:under|in|through|as|by|at|on|with|within)\b)",
                           re.IGNORECASE)
_SENTENCE_SUBJECT = re.compile(r"\W*([^,;]{2,60}?)(?:,|\s+(?:will|would|shall|is|are|has|have)\b)")
_ACCEPTED = re.compile(r"\baccept(?:ed|s)\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|it|this|these)\s+(?:also\s+)?$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:]\s+|\b(?:and|but|that|while|as)\s+")


def _subject(text: str, sent: Sentence, cue_start: int) -> str:
    """The words between the clause start and the cue: who commits, if named."""
    floor = max(sent.start, cue_start - 160)
    start = floor
    for m in _CLAUSE_START.finditer(text, floor, cue_start):
        start = m.end()  # the last clause opening before the cue
    return " ".join(text[start:cue_start].split())


def _owner(subject: str) -> str | None:
    """A subject worth naming as the owner: a country, a minister, "the two sides"."""
    s = re.sub(r"^(?:In addition|Also|Moreover|Meanwhile|Further|Finally|Today|Separately),?\s+",
               "", subject).strip()
    s = re.sub(r"\s+(?:also|further|now|then|both)$", "", s)
    if not s or len(s.split()) > 8 or s.lower() in {"i", "we", "he", "she", "they", "it", "you"}:
        return None
    if not s[0].isupper():
        return None
    return re.sub(r"^The\s+", "the ", s)


def _objects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One object per coordinated verb phrase ("to establish X and to conduct Y")."""
    out = []
    pos = start
    for m in _AND_TO.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


_PARENS = re.compile(r"\s*\([^()]{1,80}\)")
_MEASURES = re.compile(r"(?:(?:a\s+)?(?:range|number|series|set|package)\s+of\s+)?(?:new\s+)?"
                       r"(?:measures|steps|initiatives|actions|programs|programmes|projects)\s+to\s+",
                       re.IGNORECASE)


def _measures(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"measures to A, B and C": one follow-up per measure."""
    m = _MEASURES.match(text, start, end)
    if not m:
        return [(start, end)]
    members = split_list(text, m.end(), end)
    if len(members) < 2:
        return [(start, end)]
    return [(start, members[0].end)] + [(mem.start, mem.end) for mem in members[1:]]


def _clause(text: str, sent: Sentence, start: int) -> int:
    """End of the object clause; a short object followed by "including ..." takes the list."""
    end = _clause_end(text, start, sent.end)
    if len(text[start:end].split()) < 6:
        more = _INCLUDING.match(text, end, sent.end)
        if more:  # "a new package, including more air defence": the list is the content
            end = _clause_end(text, more.end(), sent.end)
    return end


def _weak(text: str, sent: Sentence, rule: _Rule, m: re.Match[str], subject: str) -> bool:
    """A "will ..." whose subject is a document or a relative pronoun describes, not commits."""
    if m.groupdict().get("np"):
        return False  # the subject is the follow-up itself ("X will be established")
    if "{subj}" not in rule.template and not (rule.kind in ("meeting", "step")
                                              and "will" in m.group(0).lower()):
        return False
    return bool(rules().weak_subject.search(subject)
                or _RELATIVE.search(text, max(sent.start, m.start() - 30), m.start()))


def _spans(text: str, sent: Sentence, rule: _Rule, m: re.Match[str]) -> list[tuple[int, int]]:
    """Candidate object spans of one cue match, one per coordinated step or measure."""
    if m.groupdict().get("np"):
        return [(m.start("np"), m.end("np"))]
    end = _clause(text, sent, m.end())
    spans = _objects(text, m.end(), end) if rule.split else [(m.end(), end)]
    return [piece for s, e in spans for piece in _measures(text, s, e)]


def _object(text: str, sent: Sentence, rule: _Rule, s: int, e: int) -> Span | None:
    """The object as a span, or None when it is a mere statement of intent."""
    r = rules()
    sp = span_of(text, s, truncate_words(text, s, e, r.max_words))
    if not sp or len(sp.text.split()) < 2 and rule.kind != "invitation":
        return None
    if not r.vague.match(sp.text):
        return sp
    # "agreed to establish new areas of cooperation, including X": X is the step
    more = _INCLUDING_NP.match(text, sp.end, sent.end)
    if not more:
        return None
    e2 = _clause_end(text, more.end(), sent.end)
    return span_of(text, more.end(), truncate_words(text, more.end(), e2, r.max_words))


def _make(doc: Doc, sent: Sentence, rule: _Rule, m: re.Match[str]) -> list[FollowUp]:
    r = rules()
    text = doc.text
    subject = _subject(text, sent, m.start())
    if not subject:  # "... and will provide": the sentence's own subject commits
        head = _SENTENCE_SUBJECT.match(sent.text)
        subject = " ".join(head.group(1).split()) if head else ""
    if _weak(text, sent, rule, m, subject):
        return []
    who = m.groupdict().get("who") or ""
    owner = who or _owner(subject)
    cue = " ".join(m.group(0).split())
    out = []
    for s, e in _spans(text, sent, rule, m):
        sp = _object(text, sent, rule, s, e)
        if not sp:
            continue
        obj = sp.text if m.groupdict().get("np") else _PARENS.sub("", sp.text)
        if "will" in m.group(0).lower() and owner and rule.kind in ("meeting", "step"):
            item = f"{owner} to {obj}"
        else:
            item = rule.template.format(obj=obj, np=obj, who=who, subj=owner or "")
        if rule.kind == "invitation" and _ACCEPTED.search(text, sp.end, sent.end):
            item += ", accepted"
        item = " ".join(item.split())
        if not content_key(item, r.stop):
            continue
        due = r.due.search(obj)
        out.append(FollowUp(text=item, kind=rule.kind, owner=owner,
                            due=due.group(0) if due else None,
                            evidence=[evidence_for(sent, sp.start, sp.end, cue)]))
    return out


def extract_followups(doc: Doc, speech_start: int) -> list[FollowUp]:
    """Every forward-looking commitment the release reports."""
    r = rules()
    found: list[FollowUp] = []
    for sent in doc.sentences:
        speech = sent.start >= speech_start
        low = sent.text.lower()
        taken: list[tuple[int, int]] = []
        for rule in r.rules:
            if speech and not rule.speech or not rule.keys.search(low):
                continue
            for m in rule.cue.finditer(doc.text, sent.start, sent.end):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                items = _make(doc, sent, rule, m)
                if items:
                    found += items
                    taken.append((m.start(), max(ev.end for i in items for ev in i.evidence)))
    return _dedupe(found)


def _dedupe(items: list[FollowUp]) -> list[FollowUp]:
    stop = rules().stop
    kept: list[tuple[frozenset[str], FollowUp]] = []
    for item in items:
        key = content_key(item.text, stop)
        for other, prev in kept:
            common = len(key & other)
            small = min(len(key), len(other))
            if common and (common / small >= 0.75 and small >= 3
                           or common / max(len(key), len(other)) >= 0.6):
                prev.evidence.append(item.evidence[0])
                break
        else:
            kept.append((key, item))
    return [f for _, f in kept]
