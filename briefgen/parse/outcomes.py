"""Outcomes: what the visit achieved, in the release's own sentences (not scored).

A memo's outcomes section wants prose, so an outcome is a whole sentence of the
narrative that reports something agreed, signed, launched or announced. Quoted speech
and transcripts are left out: they are what someone said, not what was achieved.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.model import Item
from briefgen.parse.clauses import lexicon
from briefgen.parse.evidence import evidence_for
from briefgen.parse.segment import Doc

_QUOTED = re.compile(r"^\W*[\"“«]")
_MAX_WORDS = 60


@cache
def _rules() -> tuple[re.Pattern[str], int]:
    lex = lexicon("items")["outcomes"]
    return re.compile("|".join(lex["cues"]), re.IGNORECASE), int(lex["max_items"])


def extract_outcomes(doc: Doc, speech_start: int) -> list[Item]:
    """Up to ``max_items`` narrative sentences that report a result, in release order."""
    cue, limit = _rules()
    out: list[Item] = []
    for sent in doc.sentences:
        if sent.start >= speech_start or len(out) >= limit:
            break
        if _QUOTED.match(sent.text) or len(sent.text.split()) > _MAX_WORDS:
            continue
        if not sent.text.rstrip().endswith((".", "!")):
            continue  # a heading or a title line, not a statement
        m = cue.search(sent.text)
        if m:
            out.append(Item(text=" ".join(sent.text.split()),
                            evidence=[evidence_for(sent, cue=m.group(0))]))
    return out
