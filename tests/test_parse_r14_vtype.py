"""Round 14: the learned visit-type model (visit_model.py) over the cue rules, on invented
text. Each case is one the rules alone get wrong, so each fails without the weights."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.parse import visit_model
from briefgen.parse.segment import segment
from briefgen.parse.visit import announces_visit, classify, model_features, rule_classify
from tests.invented import parse_invented

PUB = dt.date(2025, 3, 12)


def _rules_and_model(title: str, text: str) -> tuple[str, str | None]:
    summary = parse_invented(text, PUB, title)
    doc = segment(f"{title}\n\n{text}", title)
    return rule_classify(doc, announces_visit(doc), PUB).kind, summary.visit_type


def test_counterparts_met_for_bilateral_talks_are_talks() -> None:
    # GUIDELINES: bilateral talks with no visit type are talks; the rules read "met"
    rules, model = _rules_and_model(
        "Foreign Minister Firefly in Vienna for bilateral talks",
        "On 4 March Foreign Minister Rufus Firefly met his Sylvanian counterpart Trentino for "
        "bilateral talks. The ministers discussed trade and energy.")
    assert rules == "meeting"
    assert model == "talks"


def test_two_ministers_reviewing_relations_with_no_cue_are_talks() -> None:
    # no cue word at all: the rules fall back to other, the two sides' review is talks
    rules, model = _rules_and_model(
        "Freedonia and Sylvania agree to deepen cooperation",
        "The Foreign Ministers of Freedonia and Sylvania, Rufus Firefly and Luis Trentino, "
        "reviewed bilateral relations in Vienna on Tuesday and agreed to deepen cooperation "
        "in trade and energy. Both sides agreed to hold the next round of political "
        "consultations in Freedonia.")
    assert rules == "other"
    assert model == "talks"


def test_a_call_is_never_overruled() -> None:
    # the date and place finders read whether it is a call: the model leaves calls alone
    text = ("President Rufus Firefly of Freedonia held a telephone conversation with his "
            "Sylvanian counterpart Luis Trentino. The two leaders discussed bilateral talks.")
    doc = segment(text)
    found = rule_classify(doc, False, PUB)
    assert found.kind == "phone call"
    assert visit_model.second_opinion(model_features(doc, found, False), found.kind) is None
    assert classify(doc, False, PUB).kind == "phone call"


def test_a_plain_visit_the_headline_names_stays_other() -> None:
    # GUIDELINES: a plain "visit" is other; the model may not overrule it
    feats = ["bias", "rule:other", "h:visit_noun", "l:met", "l:counterpart"]
    assert not visit_model.overrulable(feats, "other")
    assert visit_model.overrulable(feats + ["rule_fallback:other"], "other")
    # talks the release names are its own word; a "discussed" fallback's are a judgement
    assert not visit_model.overrulable(["bias", "rule:talks", "cue:talks:held"], "talks")
    assert visit_model.overrulable(["bias", "rule:talks", "rule_fallback:talks"], "talks")


def test_the_margin_keeps_the_rules() -> None:
    model = {"labels": ["meeting", "talks"], "margin": 0.6,
             "weights": {"bias": {"talks": 5.0}}}
    assert visit_model.second_opinion(["bias", "rule:meeting"], "meeting", model) == "talks"
    model["margin"] = 1.0
    assert visit_model.second_opinion(["bias", "rule:meeting"], "meeting", model) is None


def test_fit_is_deterministic() -> None:
    pytest.importorskip("sklearn")
    from briefgen.parse.train_visit import fit

    rows = [{"id": str(i), "fold": "ext1", "rules": "meeting",
             "gold": "talks" if i % 3 else "meeting",
             "feats": ["bias", "rule:meeting", f"l:w{i % 4}", "l:counterpart" if i % 3 else "l:x"]}
            for i in range(30)]
    assert fit(rows, 1.0, 2) == fit(list(rows), 1.0, 2)
