"""Cooperation areas, round 6: behaviour kept after measuring the learned filter on
left-out sources (invented sentences only, no corpus text)."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest import Release
from briefgen.model import Item
from briefgen.parse import parse_release
from briefgen.parse.area_model import Candidate, candidates
from briefgen.parse.areas import rule_areas
from briefgen.parse.evidence import evidence_for
from briefgen.parse.segment import segment


def _areas(text: str) -> list[str]:
    release = Release(text=text, path=None, sha256="0" * 64, published=dt.date(2025, 3, 4))
    return [i.text for i in parse_release(release).cooperation_areas]


def _rules(text: str) -> list[str]:
    doc = segment(text)
    return [i.text for i in rule_areas(doc, len(text))]


def test_a_comma_list_of_kinds_before_a_tie_noun_is_one_area_each() -> None:
    got = _rules("The partnership now spans political, maritime, tourism, border control, "
                 "fisheries and scientific links between the islands.")
    # a noun is an area alone, an adjective keeps the noun
    assert {"political links", "maritime", "tourism", "border control", "fisheries",
            "scientific links"} <= set(got)
    assert not any("," in g for g in got)


def test_adjectives_listed_before_ties_are_split_too() -> None:
    got = _rules("Both sides valued their historic political, cultural, scientific and "
                 "athletic ties.")
    assert {"political ties", "cultural ties", "scientific ties", "athletic ties"} <= set(got)
    assert not any("historic" in g for g in got)  # a quality of the ties, no area


def test_a_short_list_of_single_words_stays_one_area() -> None:
    assert _rules("They reviewed postal, railway and customs cooperation.") == \
        ["postal, railway and customs cooperation"]


def test_a_pair_before_the_noun_stays_one_area() -> None:
    assert _rules("They praised trade and economic cooperation.") == \
        ["trade and economic cooperation"]


def test_a_long_phrase_in_the_list_ends_it() -> None:
    got = _rules("The compact sets goals for water security, the integration of regional "
                 "power markets, climate and people-to-people links.")
    assert "climate" in got and "people-to-people links" in got
    assert not any("integration" in g for g in got)


def test_the_first_member_does_not_reach_into_the_clause() -> None:
    got = _rules("Their partnership now spans naval, postal, customs and scientific "
                 "cooperation.")
    assert "naval cooperation" in got
    assert not any("spans" in g for g in got)



_BULLETS = ("President Alvar of Norland met Prime Minister Tesh of Suria in Velmar.\n\n"
            "The sides agreed on the following:\n"
            "- Tidal power: Norland will build two stations.\n"
            "• Fisheries – joint patrols will start in spring.\n"
            "* Outcome: a roadmap was approved.\n"
            "- Prime Minister Tesh: thanked the hosts.\n")


def test_the_label_of_a_bulleted_line_names_an_area() -> None:
    got = _areas(_BULLETS)
    assert "Tidal power" in got and "Fisheries" in got


def test_a_bullet_label_without_a_sector_word_is_no_area() -> None:
    got = _areas(_BULLETS)
    assert not any("Outcome" in g or "Tesh" in g for g in got)


def test_a_speaker_label_without_a_bullet_is_no_area() -> None:
    got = _rules("Minister of Energy Tesh: We thank our hosts.\n\nTrade Minister: Thank you.")
    assert not any("Energy" in g or "Trade" in g for g in got)


def _features(text: str) -> dict[str, list[str]]:
    doc = segment(text)
    return {c.item.text: c.features for c in candidates(doc, len(text), [], []) if not c.rule}


def test_members_of_a_list_of_short_phrases_say_so() -> None:
    got = _features("The ministers discussed fisheries, tidal power and grain storage.")
    assert "lshort" in got["fisheries"] and "lshort" in got["grain storage"]
    assert "lmax=2-3" in got["fisheries"]


def test_a_list_holding_a_long_clause_says_so() -> None:
    got = _features("The ministers discussed fisheries, grain and the rebuilding of the old "
                    "northern ports of the coast.")
    assert "llong" in got["fisheries"] and "lmax=7+" in got["grain"]


def test_a_single_member_has_no_list_shape() -> None:
    got = _features("The ministers discussed fisheries.")
    assert not any(f.startswith(("lshort", "llong", "lmax")) for f in got["fisheries"])


def test_scoring_a_fold_leaves_the_candidates_as_they_were() -> None:
    # deduplication merges items in place; the trainer scores copies, so one fold's
    # scoring does not change the next fold's candidates (and labels)
    from briefgen.parse.train_areas import f1
    from briefgen.parse.training import ROOT, load_scorer

    scorer = load_scorer(ROOT.parent / "shared" / "eval" / "score.py", "r6_area_scorer")
    text = "They pledged cooperation in trade. Both praised their trade and economic ties."
    sents = segment(text).sentences
    a, b = text.index("trade"), text.index("trade and")
    first = Item(text="trade", evidence=[evidence_for(sents[0], a, a + 5, "cooperation in")])
    second = Item(text="trade and economic ties",
                  evidence=[evidence_for(sents[1], b, b + 23, "qualifies 'ties'")])
    cands = [Candidate(first, True, ["bias"]), Candidate(second, True, ["bias"])]
    before = [(c.item.text, len(c.item.evidence)) for c in cands]
    f1(scorer, [("x", {"cooperation_areas": ["trade"]}, cands)], None, 0.35)
    assert [(c.item.text, len(c.item.evidence)) for c in cands] == before
