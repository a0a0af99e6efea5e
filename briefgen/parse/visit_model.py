"""A learned second opinion on the visit type of an in-person event.

The cue rules of visit.py were fitted to the releases they were studied on; on issuers
they never saw they reach .62-.74, and most of their misses there are between the
in-person kinds: same-rank counterparts who "met" (the gold's bilateral talks, the rules'
meeting), a plain visit whose meetings the rules call a meeting, a courtesy call the rules
read as a plain visit. A multinomial logistic regression over the rules' own answer and
the cue words of the headline and the lead re-ranks those kinds.

It chooses only between talks, a meeting and other (OPEN), and overrules only a meeting or
the rules' no-cue fallbacks (``overrulable``): a named visit type, summit or talks is the
release's own word. So it never turns an event into a call or back (the date and place
finders read ``is_call``), and never decides whether the release reports an event at all
(visit.not_a_visit keeps the rules' reading): only the visit type itself can change.

The weights live in visit_weights.json beside this module, written by
``python -m briefgen.parse.train_visit`` (deterministic); without that file the rules
stand alone. Run time is a dot product per label: no scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from briefgen.parse.gated import Screened, folds_as_ascii
from briefgen.parse.segment import Doc, Sentence

WEIGHTS = Path(__file__).with_name("visit_weights.json")
# the kinds the model may choose between: those the GUIDELINES leave to judgement when the
# release names no type (talks, a meeting, other); a named visit type or summit is the
# release's own word, and a call decides the date and place finders: both stay the rules'
OPEN = ("talks", "meeting", "other")
LEAD_CHARS = 1200  # characters of the lead read for cue words (bounded scans)

# cue words, each a feature where the headline ("h:") or the lead ("l:") has it
_CUES: tuple[tuple[str, str], ...] = (
    ("state_visit", r"\bstate\s+visit"),
    ("official_visit", r"\bofficial\s+(?:friendly\s+|working\s+)?visit"),
    ("working_visit", r"\bworking\s+visit"),
    ("visit_noun", r"\bvisit\b"),
    ("visits_verb", r"\b(?:visited|visits|visiting|is\s+on\s+a|paid\s+a|pays\s+a)\b"),
    ("trip", r"\b(?:trip|tour|mission)\b"),
    ("arrived", r"\b(?:arrived|arrives|arriving|landed|departed|left\s+for)\b"),
    ("talks", r"\btalks\b"),
    ("held_talks", r"\b(?:held|hold|holds|holding)\s+(?:\w+\s+){0,2}talks\b"),
    ("negotiations", r"\bnegotiations?\b"),
    ("consultations", r"\b(?:consultations?|dialogue)\b"),
    ("meeting", r"\bmeeting\b"),
    ("met", r"\b(?:met|meets|meet)\b"),
    ("bilateral_meeting", r"\bbilateral\s+meetings?\b"),
    ("bilateral", r"\bbilateral\b"),
    ("received", r"\b(?:received|receives|receiving|reception|welcomed|hosted)\b"),
    ("audience", r"\baudience\b"),
    ("courtesy", r"\bcourtesy\s+(?:call|visit)"),
    ("called_on", r"\bcall(?:ed|s)?\s+on\b"),
    ("counterpart", r"\bcounterparts?\b"),
    ("two_leaders", r"\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|"
                    r"premiers|heads\s+of\s+state)\b"),
    ("two_ministers", r"\b(?:the|both)\s+(?:two\s+)?(?:foreign\s+)?ministers\b"),
    ("both_sides", r"\b(?:both|the\s+two)\s+(?:sides|parties|countries)\b"),
    ("summit", r"\bsummit\b"),
    ("forum", r"\b(?:forum|conference|congress|assembly|ministerial)\b"),
    ("session", r"\b(?:session|commission|council|committee)\b"),
    ("margins", r"\b(?:margins?|sidelines?|side-lines|fringes)\b"),
    ("phone", r"\b(?:tele)?phone\b"),
    ("video", r"\b(?:video|virtual|online|videoconference)\b"),
    ("discussed", r"\b(?:discussed|discuss|exchanged\s+views)\b"),
    ("delegation", r"\bdelegations?\b"),
    ("delegation_level", r"\b(?:expanded|restricted|delegation-level|tête-à-tête|"
                         r"tete-a-tete|one-on-one|narrow)\b"),
    ("envoy", r"\b(?:ambassador|envoy|chargé|high\s+commissioner)\b"),
    ("minister", r"\bminister\b"),
    ("leader", r"\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|"
               r"sultan)\b"),
    ("signed", r"\b(?:signed|signing|inked)\b"),
    ("press", r"\b(?:press\s+conference|joint\s+statement|press\s+statements?|"
              r"joint\s+press)\b"),
    ("readout", r"\breadout\b"),
    ("first", r"\bfirst\b"),
    ("today", r"\b(?:today|yesterday|this\s+morning)\b"),
    ("invited", r"\b(?:invit\w+)\b"),
    ("will", r"\b(?:will|to\s+visit)\b"),
)
# (screened by the words each cue cannot match without: most cues are absent from most
# leads, and a look for a word in the lower-cased lead costs far less than the search)
_COMPILED = tuple((name, Screened(re.compile(p, re.I))) for name, p in _CUES)
_LEADER_TITLE = re.compile(r"(?<!Vice\s)(?<!Deputy\s)\b(?:President|Prime\s+Minister|Premier|"
                           r"Chancellor|King|Queen|Emir|Amir|Sultan|Crown\s+Prince)\b")
_MINISTER_TITLE = re.compile(r"\b(?<!Prime\s)(?:Minister|Secretary\s+of\s+State|Secretary)\b")
_CUE_WORD = re.compile(r"'([^']{1,40})'")


def _cue_words(cue: str) -> list[str]:
    """The rules' cue phrase, word by word ("'held talks' of a leader ..." -> held, talks),
    the words that tell "met" from "received" within one kind."""
    m = _CUE_WORD.search(cue)
    words = m.group(1).lower().split() if m else []
    return [w for w in words[:3] if w.isalpha()]


def features(doc: Doc, headline: Sequence[Sentence], body: Sequence[Sentence], kind: str,
             cue: str, announced: bool, in_sentence: bool) -> list[str]:
    """The features of one release: the rules' kind and cue, cue words of the headline and
    the lead, and a few shapes (an announcement, a transcript, the lead's length)."""
    out = ["bias", f"rule:{kind}"]
    out += [f"cue:{kind}:{w}" for w in _cue_words(cue)]
    if not in_sentence:
        out.append(f"rule_nosentence:{kind}")
    if not in_sentence or cue.endswith("and no visit"):
        # the rules' reading of a lead with no cue word ("discussed", no visit): a
        # judgement, not the release's own word
        out.append(f"rule_fallback:{kind}")
    if announced:
        out.append("announced")
    head = " ".join(s.text for s in headline)[:LEAD_CHARS]
    lead = " ".join(s.text for s in body)[:LEAD_CHARS]
    # (lower-cased once for the gates; None where a gate may not be trusted)
    low_head = head.lower() if folds_as_ascii(head) else None
    low_lead = lead.lower() if folds_as_ascii(lead) else None
    for name, pattern in _COMPILED:
        if head and pattern.search_lowered(head, low_head):
            out.append(f"h:{name}")
        if pattern.search_lowered(lead, low_lead):
            out.append(f"l:{name}")
            out.append(f"l:{name}|{kind}")
    if not head:
        out.append("no_headline")
    first = body[0].text[:LEAD_CHARS] if body else ""
    leaders = len(_LEADER_TITLE.findall(first))
    ministers = len(_MINISTER_TITLE.findall(first))
    # two offices of one rank in the opening sentence: counterparts (talks?) or a
    # leader with a minister (received: a meeting)
    if leaders >= 2 and not ministers:
        out.append("rank:leaders")
    elif ministers >= 2 and not leaders:
        out.append("rank:ministers")
    elif leaders and ministers:
        out.append("rank:mixed")
    from briefgen.parse.geo import country_mentions
    states = len({c.country for c in country_mentions(first)}) if first else 0
    out.append(f"states:{min(states, 3)}")
    if "\n" in doc.text and re.search(r"^[A-Z][\w.' ]{1,40}:\s", doc.text[:20000], re.M):
        out.append("speaker_turns")
    return out


@cache
def _model() -> dict[str, Any] | None:
    if not WEIGHTS.exists():
        return None
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def probabilities(feats: list[str], model: dict[str, Any]) -> dict[str, float]:
    """Softmax over the model's kinds (OPEN) of the summed weights of ``feats``."""
    weights: dict[str, dict[str, float]] = model["weights"]
    scores = {k: sum(weights.get(f, {}).get(k, 0.0) for f in feats)
              for k in model["labels"]}
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def overrulable(feats: list[str], kind: str) -> bool:
    """Whether the model may overrule the rules' ``kind``: a meeting, or the talks or other
    of a lead with no cue word (visit.rule_classify's fallbacks). Talks the release names
    ("held talks", "negotiations") and an "other" the rules found a word for (a plain
    visit or trip: GUIDELINES, a plain "visit" is other) are the release's own word. (Held
    out, the model's overrulings of a named plain visit lost as many as they won; of named
    talks between two leaders it cost the CHECK set.)"""
    if kind not in OPEN:
        return False
    return kind == "meeting" or f"rule_fallback:{kind}" in feats


def second_opinion(feats: list[str], kind: str,
                   model: dict[str, Any] | None = None) -> str | None:
    """The model's kind where it overrules the rules' ``kind`` (None: the rules stand).
    It overrules only where ``overrulable``, and only by a kind that its probability puts
    at least ``margin`` above the rules' own."""
    model = model if model is not None else _model()
    if model is None or not overrulable(feats, kind):
        return None
    probs = probabilities(feats, model)
    best = max(probs, key=lambda k: (probs[k], k == kind))
    if best == kind or probs[best] - probs.get(kind, 0.0) < model.get("margin", 0.0):
        return None
    return best
