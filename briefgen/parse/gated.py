"""A long alternation of cue patterns, searched only through the alternatives a text can match.

Why: the lexicons' cue lists (``"|".join(lex["past_cues"])``: fifty patterns and more, most
opening with ``\\b``) compile to one pattern that re tries alternative by alternative at
every position of the sentence, tens to hundreds of microseconds a search, on most
sentences of every release. Almost every alternative spells out a word it cannot match
without ("sign", "recent", "ago"); a text holding none of an alternative's words cannot
match it, so that alternative need not run at all. ``Alternatives`` finds those words
once, by reading each pattern's parse, and searches only the alternatives whose words the
text holds (a text with a letter beyond ASCII runs the joined pattern, see below).

The answer is the one the joined pattern gives: its leftmost match, and among
alternatives matching at that position the first in the list's order, which is where
re's alternation stops. Only ``group(0)``, ``start()`` and ``end()`` of the match are the
joined pattern's (its groups are numbered per alternative).

The words are necessary, never sufficient: a literal the pattern must consume, lower-cased
and tested against the lower-cased text. That test is sound only where lower-casing is
what re's case-insensitive matching does; a text with a letter beyond ASCII ("ſ" matches
"s", "İ" lower-cases to two characters) is searched with the joined pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import reduce
from itertools import compress
from operator import or_

try:  # the parser re itself compiles with (a private module, renamed in Python 3.11)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# a letter beyond ASCII: where lower-casing and re's case folding part ways
_LETTER_BEYOND_ASCII = re.compile(r"[^\W\d_\x00-\x7f]")  # one class: a fast scan
_MAX_RUN = 64  # spellings of one stretch of literals before it is cut in two
_WORDS_PER_GATE = 2  # stretches of literals tested per alternative (all must be present)

Gate = tuple[frozenset[str], ...]  # each set: one of its words must be in the text


class Alternatives:
    """``re.compile("|".join(sources), flags)``, searched through the alternatives whose
    words (``gate``) the text holds."""

    def __init__(self, sources: Iterable[str], flags: int = 0) -> None:
        self.sources = tuple(sources)
        self.joined = re.compile("|".join(self.sources), flags)
        self.patterns = tuple(re.compile(s, flags) for s in self.sources)
        gates = [gate(s, flags) for s in self.sources]
        # one bit per set of words; a word lights the bits of the sets it is in, and an
        # alternative runs when the text lights all of its sets' bits (none: it always runs)
        sets = [ws for g in gates for ws in g]
        self.words = tuple(sorted({w for ws in sets for w in ws}))
        self.bits = tuple(sum(1 << k for k, ws in enumerate(sets) if w in ws)
                          for w in self.words)
        needs, k = [], 0
        for g in gates:
            needs.append(sum(1 << j for j in range(k, k + len(g))))
            k += len(g)
        self.needs = tuple(needs)

    def search(self, text: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The joined pattern's match in ``text[pos:endpos]`` (its span), or None."""
        if not folds_as_ascii(text):
            return self.joined.search(text, pos, endpos)  # no word is known to be wanting
        lit = reduce(or_, compress(self.bits, map(text.lower().__contains__, self.words)), 0)
        best: re.Match[str] | None = None
        for pattern, need in zip(self.patterns, self.needs, strict=True):
            if lit & need != need:
                continue
            m = pattern.search(text, pos, endpos)
            # a later alternative wins only further left: at the same position the
            # alternation stops at the first that matches
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if best.start() == pos:
                    break  # nothing starts further left
        return best


class Screened:
    """A compiled pattern searched only where the text holds its words (``gate``): for a
    pattern that fails on most sentences, where the test of a few words costs less than
    the search. The words are looked for in ``text[pos:endpos]``, where a match stands."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = gate(pattern.pattern, pattern.flags)

    def search(self, text: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``self.pattern.search(text, pos, endpos)``."""
        if self.words and self._wanting(text[pos:endpos] if pos or endpos < len(text)
                                        else text):
            return None
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``self.pattern.match(text, pos, endpos)``."""
        if self.words and self._wanting(text[pos:endpos] if pos or endpos < len(text)
                                        else text):
            return None
        return self.pattern.match(text, pos, endpos)

    def search_lowered(self, text: str, low: str | None) -> re.Match[str] | None:
        """``self.pattern.search(text)``, where the caller has lower-cased ``text`` once for
        many patterns (``low``; None where the gate may not be trusted, see
        folds_as_ascii)."""
        if self.words and low is not None and self._lacks(low):
            return None
        return self.pattern.search(text)

    def _wanting(self, part: str) -> bool:
        """Whether ``part`` lacks every word of one of the gate's sets."""
        return folds_as_ascii(part) and self._lacks(part.lower())

    def _lacks(self, low: str) -> bool:
        """Whether the lower-cased ``low`` lacks every word of one of the gate's sets."""
        holds = low.__contains__
        return not all(any(map(holds, ws)) for ws in self.words)


def folds_as_ascii(text: str) -> bool:
    """Whether ``text`` has no letter beyond ASCII: then a case-insensitive pattern matches
    a word in it only where the lower-cased text holds the lower-cased word."""
    return text.isascii() or _LETTER_BEYOND_ASCII.search(text) is None


def gate(source: str, flags: int = 0) -> Gate:
    """Sets of lower-case words the pattern ``source`` cannot match without (one word of
    each set stands in every match), the most telling first; empty when none is known."""
    try:
        parsed = _sre_parse.parse(source, flags)
    except (re.error, RecursionError):  # pragma: no cover - compiled above
        return ()
    _, required = _sequence(list(parsed))
    required = [s for s in required if s and all(s)]
    required.sort(key=lambda s: (*_telling(s), sorted(s)))
    return tuple(required[:_WORDS_PER_GATE])


# words nearly every sentence holds: a set with one of them screens out nothing
_COMMON = frozenset("the and of in to a an by on for with at from as is".split())


def _telling(words: frozenset[str]) -> tuple[bool, int, int]:
    """How well a set of words screens (smaller is better): none of them common, then
    its shortest word longest, then fewest words."""
    return (not _COMMON.isdisjoint(words), -min(map(len, words)), len(words))


def _sequence(items: list) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(every spelling of the whole sequence if it is all literals, else None; the sets of
    words its matches must contain)."""
    run = frozenset({""})  # the spellings of the literals since the last other item
    whole = True
    required: list[frozenset[str]] = []
    for op, av in items:
        exact, needs = _item(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_RUN:
            run = frozenset(a + b for a in run for b in exact)
            continue
        required.append(run)
        whole = False
        if exact is not None:
            run = exact  # a stretch of literals too long to spell out: a new one begins
        else:
            run = frozenset({""})
            required += needs
    required.append(run)
    return (run if whole else None), required


def _item(op: object, av: object) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(the item's spellings if it is a literal or an alternation of literals, else None;
    the sets of words its matches must contain)."""
    if op is _sre.LITERAL:
        ch = chr(av)  # type: ignore[arg-type]
        # a letter beyond ASCII may match an ASCII one ("K", the Kelvin sign, is "k")
        return (frozenset({ch.lower()}), []) if ch.isascii() else (None, [])
    if op is _sre.SUBPATTERN:
        return _sequence(list(av[-1]))  # type: ignore[index]
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))  # type: ignore[arg-type]
    if op is _sre.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]  # type: ignore[index]
        if all(exact is not None for exact, _ in branches):
            spelled = frozenset().union(*(exact for exact, _ in branches))  # type: ignore[misc]
            if len(spelled) <= _MAX_RUN:
                return spelled, [spelled]
        best = [_best(needs) for _, needs in branches]
        if any(b is None for b in best):
            return None, []
        return None, [frozenset().union(*best)]  # type: ignore[arg-type]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av  # type: ignore[misc]
        if low < 1:
            return None, []
        exact, needs = _sequence(list(sub))
        if low == high == 1:
            return exact, needs
        return None, needs + ([exact] if exact and "" not in exact else [])
    return None, []  # a class, a wildcard, an anchor, a look-around: no word known


def _best(needs: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of a branch's sets (its shortest word longest), or None."""
    usable = [s for s in needs if s and all(s)]
    if not usable:
        return None
    return min(usable, key=lambda s: (*_telling(s), sorted(s)))


# global flags a pattern may open with ("(?x)"): kept at the front when a look-ahead is put
# before the rest
_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
_FLAG_OF = {"a": re.ASCII, "i": re.IGNORECASE, "L": re.LOCALE, "m": re.MULTILINE,
            "s": re.DOTALL, "u": re.UNICODE, "x": re.VERBOSE}


def opening(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with a look-ahead in front for the characters every
    match of it opens with (``openers``), when they are known.

    Why: re tries every alternative of a pattern at every position of the text; for a
    pattern whose alternatives all open with a comma, a space or a semicolon, a look-ahead
    for those characters fails at once at every other position. Same matches: it asks
    only what the first character of any match already is."""
    chars = openers(source, flags)
    if chars is None:
        return re.compile(source, flags)
    lead = _GLOBAL_FLAGS.match(source)
    if lead:
        for letter in lead.group(1):
            flags |= _FLAG_OF[letter]
        source = source[lead.end():]
    close = "\n)" if flags & re.VERBOSE else ")"  # (after a comment in a verbose pattern)
    return re.compile(f"(?={chars})(?:{source}{close}", flags)


def openers(source: str, flags: int = 0) -> str | None:
    """A character class (``[\\s,;]``) holding the first character of every match of
    ``source``, or None when that is not known (a letter, a wildcard, a range, a match
    that may be empty)."""
    try:
        parsed = _sre_parse.parse(source, flags)
    except (re.error, RecursionError):  # pragma: no cover - compiled by the caller
        return None
    first = _first(list(parsed))
    if not first:
        return None
    return "[" + "".join(sorted(first)) + "]"


def _first(items: list) -> set[str] | None:
    """The class members (escaped) the first character of a match of ``items`` may be;
    None when unknown or when the sequence may match nothing."""
    out: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # takes no character
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, _, sub = av  # type: ignore[misc]
            inner = _first(list(sub))
            if inner is None:
                return None
            out |= inner
            if low >= 1:
                return out
            continue  # optional: what follows may come first
        got = _first_of(op, av)
        if got is None:
            return None
        return out | got
    return None  # the whole sequence may match nothing


def _first_of(op: object, av: object) -> set[str] | None:
    """``_first`` of one item that takes a character (or a group or alternation)."""
    if op is _sre.LITERAL:
        ch = chr(av)  # type: ignore[arg-type]
        return {re.escape(ch)} if _caseless(ch) else None
    if op is _sre.IN:
        out: set[str] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is _sre.CATEGORY and value in (_sre.CATEGORY_SPACE,
                                                   getattr(_sre, "CATEGORY_UNI_SPACE", None)):
                out.add("\\s")
            elif kind is _sre.LITERAL and _caseless(chr(value)):
                out.add(re.escape(chr(value)))
            else:
                return None
        return out
    if op is _sre.SUBPATTERN:
        return _first(list(av[-1]))  # type: ignore[index]
    if op is _sre.BRANCH:
        out = set()
        for branch in av[1]:  # type: ignore[index]
            got = _first(list(branch))
            if got is None:
                return None
            out |= got
        return out
    return None


def _caseless(ch: str) -> bool:
    """A character no case folding turns into another (punctuation, a dash): in a class of
    openers it stands for itself whatever the flags (a letter or digit does not)."""
    return not ch.isalnum() and ch.lower() == ch == ch.upper()
