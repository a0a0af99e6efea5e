"""Round 14: the learned city ranker (briefgen/parse/place_model.py) on invented text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from invented import parse_invented

from briefgen.parse import place_model
from briefgen.parse.segment import segment

DAY = dt.date(2025, 3, 12)

# talks on the margins of a preparatory meeting held in a city, for a summit still to
# come there: the rules pass over a city dated to another time ("upcoming"), though the
# talks themselves were held there
MARGINS_OF_PREPARATORY = (
    "The Minister of Foreign Affairs of Estovia, Ms. Lara Venn, held bilateral talks on the "
    "margins of the preparatory ministerial meeting for the upcoming Commonwealth Summit in "
    "Kampala, Uganda. The summit opens tomorrow.\n\n"
    "During the meeting, Minister Venn held talks with the Minister of Foreign Affairs of "
    "Kenya, Mr. Peter Odhiambo, on trade and regional security.")


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The parser without the ranker's weights (the rules' answer stands)."""
    monkeypatch.setattr(place_model, "WEIGHTS", Path("/nonexistent/place_weights.json"))
    place_model.load_weights.cache_clear()
    yield
    place_model.load_weights.cache_clear()


def test_ranker_places_talks_in_the_city_of_a_preparatory_meeting() -> None:
    place_model.load_weights.cache_clear()
    s = parse_invented(MARGINS_OF_PREPARATORY, DAY)
    assert (s.location.city, s.location.country) == ("Kampala", "Uganda")


def test_without_weights_the_rules_answer_stands(rules_only: None) -> None:
    s = parse_invented(MARGINS_OF_PREPARATORY, DAY)
    assert (s.location.city, s.location.country) == (None, None)


def test_a_city_in_a_headline_in_capitals_is_a_candidate() -> None:
    doc = segment("SIGNING OF THE FOREST AGREEMENT WITH PREMIER JON DOE, MELBOURNE\n\n"
                  "Good morning. The Premier and I have signed the agreement.",
                  None)
    ctx = place_model.Context(doc, None, None, False, "other")
    values = [c.value for c in place_model.city_candidates(ctx)]
    assert "Melbourne" in values


def test_ranker_keeps_the_rules_unless_sure() -> None:
    doc = segment("Minister A held talks with Minister B in Oslo on Monday.", None)
    ctx = place_model.Context(doc, None, None, False, "talks", ("Norway", "Chile"))
    model = place_model.load_weights()
    assert model is not None
    assert place_model.choose(ctx, (model[0], 0.0)) == ("Oslo", "Norway")
    # a threshold above any probability: the rules' answer stands
    assert place_model.choose(ctx, (model[0], 1.01)) == (None, None)


def test_ranker_fills_only_a_city_the_rules_left_empty() -> None:
    doc = segment("Minister A held talks with Minister B in Oslo on Monday.", None)
    model = place_model.load_weights()
    assert model is not None
    sure = (model[0], 0.0)
    parties = ("Norway", "Chile")
    # the rules' city stands, and so does their state without a city (a dateline's city
    # named again only as a subject's place); no fill of a state that is no party's,
    # participant's or dateline's
    assert place_model.choose(place_model.Context(doc, "Bergen", "Norway", False, "talks",
                                                  parties), sure) == ("Bergen", "Norway")
    assert place_model.choose(place_model.Context(doc, None, "Norway", False, "talks",
                                                  parties), sure) == (None, "Norway")
    assert place_model.choose(place_model.Context(doc, None, None, False, "talks",
                                                  ("Chile", "Peru")), sure) == (None, None)


def test_weights_record_held_out_folds_that_hold() -> None:
    import json

    data = json.loads(place_model.WEIGHTS.read_text(encoding="utf-8"))
    t = data["threshold"]
    for group in ("ext", "pool", "dev"):
        row = data["held_out"][group]
        for what in ("city", "country"):
            rules, model = row["rules"][what], row[f"ranker@{t}"][what]
            assert model[0] / model[1] >= rules[0] / rules[1]
