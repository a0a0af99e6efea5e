"""The parser's fast paths answer exactly what the slower forms they replace answered.

Each speed-up in briefgen/parse keeps a plain reference (a regex tried at every position,
a case-insensitive scan) that is still used where the fast path cannot be proven equal;
these tests compare both on varied texts written for this file.
"""

from __future__ import annotations

import random
import re

from briefgen.parse import areas, dates, followups, geo
from briefgen.parse.clauses import _WORD, span_of, truncate_words
from briefgen.parse.segment import segment

# the regex _between_open replaced: it backtracks exponentially when an "and" follows
_BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:(?!\band\b)\S+\s*)+$", re.IGNORECASE)

SAMPLE = (
    "OSLO, 3 March 2025 – The Prime Minister of Norway met the President of Chile today. "
    "They discussed renewable energy, energy security and search and rescue at sea. "
    "Yesterday's talks covered ÉNERGIE and the Kelvin \u212a sign; thiſ morning they met. "
    "A partnership between universities and research centres will open a new programme. "
    "The sides signed a memorandum of understanding on cooperation in agriculture on "
    "May 22-23, and 23.05.2025 was set for the commission, which will meet next Tuesday."
)


def test_between_open_matches_the_old_regex() -> None:
    words = ["between", "Between", "and", "AND", "and,", "(and", "andy", "x", "ab", "\n",
             " ", "-", "a.", "band", "é", "_and", "and\n"]
    rng = random.Random(7)
    for _ in range(20000):
        parts = [rng.choice(words) + rng.choice([" ", "", "\t", ","])
                 for _ in range(rng.randint(1, 6))]
        text = rng.choice(["", "a ", "x"]) + "".join(parts) + rng.choice(["", " tail", "and"])
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = _BETWEEN_OPEN.search(text, start, end) is not None
        assert followups._between_open(text, start, end) == expected, (text, start, end)


def test_between_open_is_fast_on_a_long_member() -> None:
    # the old regex needs minutes on this; the replacement answers at once
    text = "a programme between national universities, regional authorities and centres"
    assert followups._between_open(text, 0, len(text)) is False


def test_date_pretest_matches_the_full_pattern() -> None:
    texts = [s.text for s in segment(SAMPLE).sentences] + [
        "Today", "TONIGHT we", "This Morning", "x 5", "\u0663 days", "on Monday",
        "thi\u017f morning", "yesterday\u2019s", "no date here", "the day before"]
    for text in texts:
        assert dates._may_hold_date(text) == bool(dates._ANY.search(text)), text


def test_known_terms_on_lowered_text_match_ignorecase() -> None:
    for text in [SAMPLE, SAMPLE.upper(), "ENERGY SECURITY and Renewable-Energy talks.",
                 "\u0130stanbul energy security.", "\u03a3 energy security."]:
        low = areas._lowered(text)
        if low is None:
            continue
        for s in segment(text).sentences:
            assert [m.span() for m in areas._terms().finditer(text, s.start, s.end)] == \
                [m.span() for m in areas._terms(False).finditer(low, s.start, s.end)]


def test_lowered_refuses_special_case_characters() -> None:
    assert areas._lowered("energy \u212a security") is None  # Kelvin sign folds to k
    assert areas._lowered("thi\u017f energy") is None  # long s folds to s
    assert areas._lowered("\u0130stanbul") is None  # lower-cases to two characters
    assert areas._lowered("caf\u00e9 energy") == "caf\u00e9 energy"


def test_country_mentions_of_a_range_match_a_filter() -> None:
    text = SAMPLE + " Chile and Norway, the Republic of Chile, Norwegian and Chilean firms."
    every = geo.country_mentions(text)
    assert every
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            assert geo.country_mentions(text, start, end) == \
                [c for c in every if c.start >= start and c.end <= end]


def test_truncate_words_counts_like_a_loop() -> None:
    def reference(text: str, start: int, end: int, limit: int) -> int:
        for count, m in enumerate(_WORD.finditer(text, start, end), 1):
            if count == limit:
                return m.end()
        return end

    for limit in (-1, 0, 1, 2, 5, 40, 400):
        for start in range(0, 120, 13):
            assert truncate_words(SAMPLE, start, 300, limit) == \
                reference(SAMPLE, start, 300, limit)


def test_span_of_drops_trailing_function_words() -> None:
    text = "energy and transport and the "
    sp = span_of(text, 0, len(text))
    assert sp is not None and sp.text == "energy and transport"
    sp = span_of("cooperation in the field of ", 0, 28)
    assert sp is not None and sp.text == "cooperation in the field of"
