"""Round 11 (wave 2) cooperation-area fixes (briefgen/parse/areas.py, area_model.py), each
on invented sentences: classes seen on releases of several issuers the parser was never
tuned on."""

from __future__ import annotations

import pytest

from briefgen.model import Evidence, Item
from briefgen.parse.area_model import _trimmed
from briefgen.parse.areas import rule_areas
from briefgen.parse.segment import segment


def _item(text: str) -> Item:
    return Item(text=text, evidence=[Evidence(sentence=0, start=0, end=len(text), cue="x")])


def _rules(text: str) -> list[str]:
    doc = segment(text)
    return [i.text for i in rule_areas(doc, len(doc.text), [])]


@pytest.mark.parametrize("text", [
    "according to the National Television of Veltria",
    "them on the ground",
    "line with the Veltria Vision 2030",
    "face of the attack on our democratic institutions",
    "Alongside the planned recovery programme",
    "exchange of views on these",
    "hold talks Veltria-Nordia energy cooperation",
    "due to the storms of last winter",
    "rather than new customs duties",
])
def test_what_no_area_opens_with_is_no_candidate(text: str) -> None:
    # a source, a pronoun, the rest of a fixed preposition or the talks themselves
    assert _trimmed(_item(text)) is None


@pytest.mark.parametrize(("text", "want"), [
    ("Joint Commission for", "Joint Commission"),  # "... for Cooperation": the tie word cut
    ("physical, digital,", "physical, digital"),
    ("parliamentary dimension of", "parliamentary dimension"),
    ("that mathematics and computer science studies", "mathematics and computer science studies"),
    ("that life-saving humanitarian assistance", "life-saving humanitarian assistance"),
    ("discussion included maritime surveillance", "maritime surveillance"),
    ("addition to the latest regional developments", "latest regional developments"),
    ("as well as fisheries", "fisheries"),
])
def test_a_dangling_word_or_a_clauses_that_is_trimmed(text: str, want: str) -> None:
    got = _trimmed(_item(text))
    assert got is not None and got.text == want


def test_an_area_is_left_as_it_is() -> None:
    item = _item("information technology")
    assert _trimmed(item) is item
    assert _trimmed(_item("IT cooperation")) is not None  # "IT" is no pronoun


def test_a_crisis_or_conflict_somewhere_is_a_subject_with_its_place() -> None:
    # annotators keep the crisis with its place ("crisis in Syria", "conflict in Gaza"), as
    # they keep "the situation in X"
    got = _rules("The ministers discussed the crisis in Veltria and fisheries.")
    assert "crisis in Veltria" in got, got
    got = _rules("Both sides reviewed the conflict in the Sahel.")
    assert "conflict in the Sahel" in got, got
    # the place ends before "and" and a word in lower case, where a second subject begins
    got = _rules("The ministers discussed the situation in Veltria and trade.")
    assert "situation in Veltria" in got, got


def test_a_line_above_the_releases_prose_is_the_pages_menu_not_a_heading() -> None:
    text = ("Veltria Foreign Ministry\n\nFisheries\n\nThe minister met his Nordian "
            "counterpart in the capital.\n\nMining\n\nThe mines grew.")
    got = _rules(text)
    assert "Mining" in got, got  # a heading below the opening is the release's own
    assert "Fisheries" not in got, got
