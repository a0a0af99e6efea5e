"""Clause and list helpers shared by the item extractors.

Items are cut out of sentences by character offsets, never rebuilt from words, so every
item keeps an exact span in the release text. The helpers here find where a noun phrase
or a clause ends and split coordinated lists ("on A, B and C") into their members.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from briefgen.parse.gated import opening

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

LEXICON_DIR = Path(__file__).with_name("lexicons")


@cache
def lexicon(name: str) -> dict[str, Any]:
    """A TOML lexicon beside the code, parsed once per process."""
    with (LEXICON_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def alternation(words: list[str]) -> str:
    """A regex alternation of lexicon entries, longest first so that phrases win."""
    return "|".join(sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Span:
    """A piece of the release text: absolute offsets plus the text itself."""

    start: int
    end: int
    text: str


# (opening(): a look-ahead for the characters a match opens with, a faster scan)
_TRAILING = opening(r"(?:\s+(?:and|or|as well as|including|as|the|a|an))+$")
_TRAILING_LAST = frozenset("drsgean")  # last letters of the words in _TRAILING


# every character str.isspace() holds (all below U+3001: tests/test_parse_speed_equivalence.py
# checks the whole of Unicode), so that str.strip() can take them with the punctuation
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_STRIP_LEFT = _SPACES + ",;:-–—*•\"“'‘(/"
_STRIP_RIGHT = _SPACES + ",;:-–—.\"”'’(/*"


def span_of(text: str, start: int, end: int) -> Span | None:
    """The span ``text[start:end]`` with surrounding spaces and stray punctuation removed."""
    # (str.lstrip/rstrip step over the characters in C: a span's edges, not a loop here)
    piece = text[start:end].lstrip(_STRIP_LEFT)
    start = end - len(piece)
    end = start + len(piece.rstrip(_STRIP_RIGHT))
    # the trailing-word pattern scans the whole span, so it runs only when the span ends
    # in a letter one of those words ends with
    if end > start and text[end - 1] in _TRAILING_LAST:
        trailing = _TRAILING.search(text[start:end])
        if trailing:
            end = start + trailing.start()
    if end <= start:
        return None
    return Span(start, end, text[start:end])


@cache
def _boundary(name: str) -> re.Pattern[str]:
    # a kind's own stops, then those every kind shares (written once in the lexicon; only
    # where the first match starts counts, so the order of the alternatives does not)
    lex = lexicon("items")["clauses"]
    return re.compile(f"{lex[name]}\n{lex['shared_end']}", re.IGNORECASE)


def clause_end(text: str, start: int, end: int, kind: str = "np_end") -> int:
    """Where the phrase that begins at ``start`` stops: a relative clause, a dash, ...

    ``kind`` names a boundary pattern of the ``[clauses]`` table of items.toml, so each
    field can be stricter or looser about what ends its phrases; the table's
    ``shared_end`` stops every kind.
    """
    m = _boundary(kind).search(text, start, end)
    return m.start() if m else end


# "A, B; C as well as D" separate members, but not the comma of "December 23, 1994" nor
# the one of "10,000 tons".
_LIST_SEP = opening(r"\s*;\s*(?:and\s+|as well as\s+)?"
                    r"|,(?!\s*\d{4}\b)(?!(?<=\d,)\d{3}\b)\s*(?:and\s+|as well as\s+|or\s+)?"
                    r"|\s+as well as\s+|\s+and also\s+")
_AND = re.compile(r"\s+(?:and|or|&)\s+")
_AND_PREP = re.compile(r",?\s+and\s+(?=(?:on|in|between|with|for|to|concerning|regarding|of)\s)")
_OPEN = re.compile(r"[(\[]")
_CLOSE = re.compile(r"[)\]]")


def _top_level(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """Matches of ``pattern`` in text[start:end] that lie outside brackets."""
    if "(" not in text[start:end] and "[" not in text[start:end]:
        return [m.span() for m in pattern.finditer(text, start, end)]  # no bracket to be in
    out = []
    for m in pattern.finditer(text, start, end):
        before = text[start:m.start()]
        if len(_OPEN.findall(before)) > len(_CLOSE.findall(before)):
            continue
        out.append((m.start(), m.end()))
    return out


def split_list(text: str, start: int, end: int, split_last_and: bool = True) -> list[Span]:
    """Members of the coordinated list in ``text[start:end]``.

    A repeated preposition ("on A and on B") always separates. Commas and semicolons
    separate members. "and" separates the last member only when the list already has
    commas (``A, B and C``) and no member holds an "and" of its own ("transport and
    logistics, communications and IT" keeps both pairs whole). Adjectives sharing one
    noun ("trade, economic and cultural cooperation") and verbs sharing one object
    ("preventing, identifying and curbing X") stay one member.
    """
    out: list[Span] = []
    pos = start
    for a, b in _top_level(text, _AND_PREP, start, end):
        out += _split_segment(text, pos, a, split_last_and)
        pos = b
    out += _split_segment(text, pos, end, split_last_and)
    return out


_ADJECTIVE = re.compile(r"\s*\w+(?:ic|al|ary|ive|ian)\s*")
_ING = re.compile(r"\s*\w+ing\s*")
_ING_START = re.compile(r"\s*\w+ing\b")
_OXFORD = re.compile(r",\s*and\s")


def _split_segment(text: str, start: int, end: int, split_last_and: bool) -> list[Span]:
    cuts = _top_level(text, _LIST_SEP, start, end)
    pieces: list[tuple[int, int]] = []
    pos = start
    for s, e in cuts:
        pieces.append((pos, s))
        pos = e
    pieces.append((pos, end))
    pieces = [(s, e) for s, e in pieces if text[s:e].strip()]
    if not pieces:
        return []
    heads = [text[s:e] for s, e in pieces[:-1]]
    verbs = all(_ING.fullmatch(h) for h in heads) and \
        _ING_START.match(text[pieces[-1][0]:pieces[-1][1]]) is not None
    adjectives = sum(bool(_ADJECTIVE.fullmatch(h)) for h in heads)
    if heads and (verbs or adjectives >= 1 and adjectives * 2 >= len(heads)):
        sp = span_of(text, start, end)
        return [sp] if sp else []
    oxford = bool(cuts) and _OXFORD.match(text[cuts[-1][0]:cuts[-1][1] + 1]) is not None
    inner_and = any(_top_level(text, _AND, s, e) for s, e in pieces[:-1])
    if split_last_and and len(pieces) >= 2 and not oxford and not inner_and:
        s, e = pieces[-1]
        ands = _top_level(text, _AND, s, e)
        if len(ands) == 1:
            a, b = ands[0]
            pieces[-1:] = [(s, a), (b, e)]
    spans = [span_of(text, s, e) for s, e in pieces]
    return [sp for sp in spans if sp is not None]


_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=4096)
def content_key(text: str, stop: frozenset[str]) -> frozenset[str]:
    """Lower-cased content words with crude suffixes removed, for de-duplication.

    Cached: de-duplication compares every item with every other, so the same texts come
    back many times (the result is immutable, so sharing it is safe)."""
    out = set()
    for w in words(text.lower()):
        w = w.strip(".'’")
        if not w or w in stop:
            continue
        for suf in ("ations", "ation", "ings", "ing", "ies", "es", "s"):
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                w = w[: -len(suf)]
                break
        out.add(w)
    return frozenset(out)


def truncate_words(text: str, start: int, end: int, limit: int) -> int:
    """End offset after at most ``limit`` words of ``text[start:end]``."""
    if limit < 1:
        return end
    # islice steps through the matches in C; only the limit-th one is looked at
    last = next(islice(_WORD.finditer(text, start, end), limit - 1, None), None)
    return last.end() if last else end
