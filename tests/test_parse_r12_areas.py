"""Round 12 cooperation-area fixes (briefgen/parse/areas.py, area_model.py), each on
invented sentences: candidate shapes that releases of new issuers use and the parser
proposed no candidate for."""

from __future__ import annotations

import pytest

from briefgen.model import Evidence, Item
from briefgen.parse.area_model import _trimmed, candidates
from briefgen.parse.areas import _dedupe, regional_topics
from briefgen.parse.segment import segment


def _item(text: str) -> Item:
    return Item(text=text, evidence=[Evidence(sentence=0, start=0, end=len(text), cue="x")])


def _candidates(text: str) -> list[str]:
    """Every candidate text the filter is shown for ``text`` (rules' items and broad)."""
    doc = segment(text)
    return [c.item.text for c in candidates(doc, len(doc.text), [], [], [])]


@pytest.mark.parametrize(("text", "want"), [
    ("The ministers discussed ways to strengthen economic ties.", "economic ties"),
    ("The leaders discussed trade, sustainable development and fisheries.",
     "sustainable development"),
    ("The sides agreed to deepen political, economic and cultural relations.",
     "economic relations"),
    ("Both sides reviewed development cooperation in the northern provinces.",
     "development cooperation"),
])
def test_a_kind_of_tie_named_with_framing_words_is_a_candidate(text: str, want: str) -> None:
    # "economic", "development" alone frame any area; together with a tie noun they name one
    assert want in _candidates(text)


def test_a_kind_of_tie_survives_the_merge_of_spellings() -> None:
    assert [i.text for i in _dedupe([_item("economic ties"), _item("tourism")])] == \
        ["economic ties", "tourism"]


@pytest.mark.parametrize(("text", "want"), [
    ("calm and making every effort", "calm"),
    ("relations and fostering", None),
    ("port security and expanding", "port security"),
    ("fisheries and mining", "fisheries and mining"),  # a sector in -ing is a noun
    ("capacity building and training", "capacity building and training"),
])
def test_an_and_before_a_verb_in_ing_ends_the_candidate(text: str, want: str | None) -> None:
    # "strengthening relations and fostering cooperation": the second clause's verb
    got = _trimmed(_item(text))
    assert (got.text if got else None) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The ministers discussed bilateral relations and regional issues of mutual interest.",
     "regional issues"),
    ("They also exchanged views on regional and international issues.",
     "regional and international issues"),
    ("The talks touched on the latest regional developments.", "regional developments"),
])
def test_the_regions_affairs_in_talks_are_a_candidate(text: str, want: str) -> None:
    assert any(c.endswith(want) for c in _candidates(text))


@pytest.mark.parametrize(("text", "found"), [
    ("The leaders discussed energy, regional issues and the harvest.", ["regional issues"]),
    ("The institute publishes a journal of regional issues every spring.", []),
])
def test_the_regions_affairs_are_read_in_sentences_of_talks(text: str, found: list[str]) -> None:
    doc = segment(text)
    assert [i.text for i in regional_topics(doc, doc.sentences[0], "x")] == found


@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("The ministers discussed migratory issues, tourism and fisheries.", "migratory issues",
     "migratory"),
    ("They discussed energy matters, tourism and fisheries.", "energy matters", "energy"),
])
def test_one_word_and_its_issues_keep_the_noun(text: str, want: str, not_want: str) -> None:
    # "migratory" alone is no area; the annotators' "migratory issues" is
    got = _candidates(text)
    assert want in got
    assert not_want not in got


@pytest.mark.parametrize("text", ["cultural and sporting", "trade and emerging technologies"])
def test_an_adjective_in_ing_is_no_second_clause(text: str) -> None:
    got = _trimmed(_item(text))
    assert got is not None and got.text == text
