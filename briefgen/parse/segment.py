"""Split a release into paragraphs and sentences, keeping character offsets.

Offsets index the release text itself, so every item's evidence points at the exact
characters a reviewer can find in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A period after these does not end a sentence ("Mr. Wong", "U.S. President", "No. 5").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st jr sr no nos vol
    art fig inc ltd co corp dept est approx vs etc al e.g i.e u.s u.k u.n e.u a.m p.m
    jan feb mar apr jun jul aug sep sept oct nov dec h.e hon messrs""".split()
)
_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+|$)|\*{3}")
_PARA = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Doc:
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if len(word) == 1 and text[start].isupper():
        return True  # an initial: "Joseph R. Biden"
    return word in ABBREVIATIONS


def _sentence_spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group() == "." and _is_abbreviation(text, m.start()):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s + offset, e + offset))
    return out


_TITLE_MAX = 300


def headline(text: str) -> str | None:
    """The first line when it stands alone as a headline: one short line without a
    closing period, followed by a blank line and more text."""
    stripped = text.lstrip()
    para, sep, rest = stripped.partition("\n\n")
    para = para.strip()
    if not sep or not rest.strip() or "\n" in para or len(para) > _TITLE_MAX:
        return None
    if para.endswith((".", ":", ";", ",")) and not para.endswith(("..", "Jr.")):
        return None
    return para or None


def segment(text: str, title: str | None = None) -> Doc:
    """Sentences of ``text`` in order, each with its paragraph number and offsets.

    Without a ``title`` from the source's metadata, a standalone first line is taken as
    the headline (it stays sentence 0 as well, so its offsets are evidence too)."""
    if title is None:
        title = headline(text)
    sentences: list[Sentence] = []
    pos = 0
    for para_no, para in enumerate(_PARA.split(text)):
        base = text.find(para, pos)
        pos = base + len(para)
        for s, e in _sentence_spans(para, base):
            sentences.append(Sentence(len(sentences), s, e, text[s:e], para_no))
    return Doc(text=text, sentences=tuple(sentences), title=title)
