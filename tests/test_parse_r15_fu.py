"""Round 15, follow-ups: the words a cut-out cue leaves before the step are mended in the
item a reader sees ("It was [agreed to] maintain contact" -> "maintain contact"). The
filter judges the candidates as before; only the emitted text changes. Invented text only."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.parse import followups as F
from tests.invented import parse_invented


@pytest.mark.parametrize(("cut", "mended"), [
    ("It was maintain contact at various levels", "maintain contact at various levels"),
    ("We also a number of other initiatives", "a number of other initiatives"),
    ("The be further talks on the draft protocol", "further talks on the draft protocol"),
    ("Veltria is also support the health reform", "Veltria to support the health reform"),
    ("Veltria stands support the bid for the games", "Veltria to support the bid for the games"),
    ("two leaders renewed their promote exchanges", "two leaders to promote exchanges"),
    ("Both leaders affirmed their continue the reform", "Both leaders to continue the reform"),
])
def test_dangling_words_before_the_step_are_dropped(cut: str, mended: str) -> None:
    assert F._mended(cut) == mended


@pytest.mark.parametrize("sound", [
    "maintain contact at various levels",
    "Veltria to host the next round of talks",
    "It is expected that the commission meets in May",  # no verb of a step after "is"
    "the two sides to continue their consultations",
    "Veltria is a key partner in the region",
])
def test_sound_items_are_left_alone(sound: str) -> None:
    assert F._mended(sound) == sound


def test_call_readout_keeps_the_step_without_it_was() -> None:
    summary = parse_invented(
        "Telephone conversation with President of Ruritania Kappa Lambda\n\n"
        "The President had a telephone conversation with President of Ruritania Kappa Lambda. "
        "The leaders discussed bilateral trade and energy cooperation. "
        "It was agreed to maintain contact at various levels.", dt.date(2023, 5, 3))
    assert "maintain contact at various levels" in [f.text for f in summary.follow_ups]


@pytest.mark.parametrize(("cut", "mended"), [
    ("extend joint efforts to Africa, with a focus on water sanitation and to",
     "extend joint efforts to Africa, with a focus on water sanitation"),
    ("visit Veltria where he will have an audience with the King,",
     "visit Veltria where he will have an audience with the King"),
    ("negotiations to take place first in Geneva on 9 May and then as",
     "negotiations to take place first in Geneva on 9 May"),
    ("sign the treaty by January, marking its anniversary, during",
     "sign the treaty by January, marking its anniversary"),
])
def test_a_clause_cut_by_the_word_limit_ends_at_a_word_that_can_end_it(cut: str,
                                                                       mended: str) -> None:
    assert F._mended(cut) == mended


def test_a_two_word_step_is_not_cut_to_one() -> None:
    assert F._mended("proposal to") == "proposal to"


def test_an_item_cut_inside_a_parenthesis_or_after_a_modifier_ends_cleanly() -> None:
    assert F._mended("use the Quasi-Zenith Satellite System (QZSS") == \
        "use the Quasi-Zenith Satellite System"
    assert F._mended("send a vessel to the centennial celebration of the first") == \
        "send a vessel to the centennial celebration"
    assert F._mended("hold the talks (in May) in Rome") == "hold the talks (in May) in Rome"
