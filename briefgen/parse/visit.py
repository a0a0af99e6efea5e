"""What kind of event the release reports, from cue phrases in lexicons/visit.toml.

The release's own word wins: a named visit type ("state visit") outranks the talks held
during it, and a call is a call wherever the lead mentions it. Between "met" and "held
talks" the body's lead decides before the headline (a headline "Meeting with ..." over
"held talks" is talks). Clauses about other events (an invitation, next year's visit) do
not count.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefgen.parse.lexicon import load
from briefgen.parse.segment import Doc, Sentence

LEAD_SENTENCES = 4  # the headline plus the lead carry the release's word for the event


@dataclass(frozen=True)
class VisitFinding:
    kind: str
    sentence: Sentence | None
    start: int
    end: int
    cue: str


@dataclass(frozen=True)
class _Rules:
    ranked: tuple[tuple[str, re.Pattern[str]], ...]
    unranked: tuple[tuple[str, re.Pattern[str]], ...]
    unless: dict[str, re.Pattern[str]]
    skip: re.Pattern[str]
    beside: re.Pattern[str]
    anywhere: tuple[tuple[str, re.Pattern[str]], ...]


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
    )


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a match, so "invited" elsewhere in a long sentence does not veto."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(".", 0, start))
    rights = [i for i in (text.find(",", end), text.find(";", end)) if i >= 0]
    return text[left + 1:min(rights) if rights else len(text)]


def _first(kind: str, pattern: re.Pattern[str], sentences: list[Sentence]) -> VisitFinding | None:
    rules = _rules()
    for s in sentences:
        for m in pattern.finditer(s.text):
            clause = _clause(s.text, m.start(), m.end())
            if rules.skip.search(clause):
                continue
            if kind in rules.unless and rules.unless[kind].search(clause):
                continue
            return VisitFinding(kind, s, s.start + m.start(), s.start + m.end(),
                                f"'{m.group()}'")
    return None


def classify(doc: Doc) -> VisitFinding:
    """The visit type of the main event, with the sentence and cue that decided it."""
    rules = _rules()
    in_text = bool(doc.title and doc.sentences and doc.sentences[0].text == doc.title)
    headline = list(doc.sentences[:1]) if in_text else []
    body = list(doc.sentences[len(headline):len(headline) + LEAD_SENTENCES])
    if doc.title and not in_text:
        # a headline from the page's metadata is not in the text: it has no offsets
        headline = [Sentence(0, 0, 0, doc.title, -1)]
    for kind, pattern in rules.ranked:
        found = _first(kind, pattern, headline + body)
        if found is not None:
            return found
    everything = list(doc.sentences)
    summit = [f for kind, pattern in rules.anywhere if kind == "summit"
              and (f := _first(kind, pattern, everything)) is not None]
    if summit:
        return summit[0]
    for scope in (body, headline):
        hits = [f for kind, pattern in rules.unranked
                if (f := _first(kind, pattern, scope)) is not None]
        if hits:
            best = min(hits, key=lambda f: f.start)
            if best.kind == "talks" and rules.beside.search(doc.text):
                return VisitFinding("meeting", best.sentence, best.start, best.end,
                                    best.cue + " beside a larger gathering")
            return best
    for kind, pattern in rules.anywhere:
        if kind != "summit" and (found := _first(kind, pattern, everything)) is not None:
            return found
    return VisitFinding("other", None, 0, 0, "no visit-type cue in the lead")
