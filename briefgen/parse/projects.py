"""Named projects, programmes, funds and initiatives cited in a release (not scored).

Two sources: lists after "projects such as ..." and capitalised names that end in a
project word ("Trans-Caspian International Transport Route", "Science and Research Fund").
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.model import Item
from briefgen.parse.clauses import lexicon, span_of, split_list
from briefgen.parse.evidence import evidence_for
from briefgen.parse.segment import Doc, Sentence

_END = re.compile(r"[;.]|,\s+(?:which|who|a|an|the)\b|\s(?:aimed|to|that|which|involving)\s")
# Capitalised words that may open a sentence without being part of a name.
_OPENERS = frozenset("The A An This These Our Their Its In On At By For With And But".split())


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    lex = lexicon("items")["projects"]
    return tuple(re.compile(c, re.IGNORECASE) for c in lex["cues"]), re.compile(lex["names"])


def extract_projects(doc: Doc, speech_start: int) -> list[Item]:
    """Projects named in the narrative part of the release, each once."""
    cues, names = _patterns()
    found: dict[str, Item] = {}
    text = doc.text
    for sent in doc.sentences:
        if sent.start >= speech_start:
            break
        for cue in cues:
            for m in cue.finditer(text, sent.start, sent.end):
                stop = _END.search(text, m.end(), sent.end)
                end = stop.start() if stop else sent.end
                for mem in split_list(text, m.end(), end):
                    _add(found, sent, mem.start, mem.end, text, m.group(0).strip())
        for m in names.finditer(text, sent.start, sent.end):
            start = m.start()
            first = text[start:m.end()].split()[0]
            if first in _OPENERS:
                start += len(first) + 1
            if len(text[start:m.end()].split()) < 2:
                continue  # a bare "Port" or "Fund" names nothing ("Port of Spain" is a city)
            _add(found, sent, start, m.end(), text, "capitalised project name")
    return list(found.values())


def _add(found: dict[str, Item], sent: Sentence, start: int, end: int, text: str,
         cue: str) -> None:
    sp = span_of(text, start, end)
    if not sp or len(sp.text.split()) > 12 or not sp.text[0].isupper():
        return
    key = sp.text.lower()
    if any(key in k or k in key for k in found):
        return
    found[key] = Item(text=sp.text, evidence=[evidence_for(sent, sp.start, sp.end, cue)])
