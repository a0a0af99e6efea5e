"""The area span tagger: its run-time inference, its spans as area candidates, its trainer."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math

import pytest
from invented import parse_invented

from briefgen.parse import span_tagger
from briefgen.parse.segment import segment
from briefgen.parse.span_tagger import Model, features, marginals, tag, word_marginals


def _toy() -> Model:
    """A hand-set model: "energy" and "tourism" open an area, "renewable" too; the rest
    is O. Transitions forbid nothing."""
    state = {"bias": (-2.0, -2.0, 2.0), "w=energy": (6.0, 5.0, 0.0),
             "w=tourism": (6.0, 0.0, 0.0), "w=renewable": (6.0, 0.0, 0.0),
             "w-1=renewable": (0.0, 6.0, -2.0)}
    return Model(state, ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)))


def test_marginals_are_probabilities_per_word() -> None:
    words = "They discussed renewable energy and tourism .".split()
    probs = marginals(_toy(), features(words))
    assert len(probs) == len(words)
    for p in probs:
        assert abs(sum(p) - 1.0) < 1e-9 and all(0.0 <= x <= 1.0 for x in p)
    # "They" is O, "renewable" opens a span and "energy" continues it
    assert probs[0][2] > 0.9
    assert probs[2][0] > 0.8 and probs[3][1] > probs[3][0]


def test_marginals_agree_with_summing_every_label_sequence() -> None:
    # forward-backward against brute force over all 3^5 sequences, with transitions
    model = Model(_toy().state, ((0.5, 1.5, -1.0), (-0.5, 1.0, 0.2), (0.3, -3.0, 0.7)))
    feats = features("They discussed renewable energy today".split())
    emit = [[sum(model.state.get(f, (0.0, 0.0, 0.0))[k] for f in fs) for k in range(3)]
            for fs in feats]
    total, mass = 0.0, [[0.0] * 3 for _ in feats]
    for seq in itertools.product(range(3), repeat=len(feats)):
        w = math.exp(sum(emit[t][y] for t, y in enumerate(seq)) +
                     sum(model.transition[a][b] for a, b in itertools.pairwise(seq)))
        total += w
        for t, y in enumerate(seq):
            mass[t][y] += w
    for got, want in zip(marginals(model, feats), mass, strict=True):
        assert all(abs(g - m / total) < 1e-9 for g, m in zip(got, want, strict=True))


@pytest.mark.skipif(span_tagger.model() is None, reason="no trained tagger")
def test_word_marginals_are_marginals_of_the_features_bit_for_bit() -> None:
    # tag() reads the weights through per-word look-ups: the same sums in the same order
    model = span_tagger.model()
    assert model is not None
    doc = segment("ASTANA, 3 May – The sides discussed renewable energy, transport and "
                  "logistics, and co-operation in the fields of health; also 2025 plans.\n"
                  "They met. Cooperation in TOURISM and IT was discussed at length, "
                  "including e-commerce.")
    for sent in [*doc.sentences, *doc.sentences]:  # twice: once looked up, once remembered
        words = [w for _, _, w in span_tagger.tokens(doc, sent)]
        assert word_marginals(model, words) == marginals(model, features(words))
    assert word_marginals(model, []) == marginals(model, []) == []


def test_spans_are_read_off_with_offsets_in_the_release_text() -> None:
    text = "Intro line.\nThey discussed renewable energy and tourism."
    doc = segment(text)
    spans = [sp for s in doc.sentences for sp in tag(_toy(), doc, s)]
    assert [text[sp.start:sp.end] for sp in spans] == ["renewable energy", "tourism"]
    assert all(0.5 < sp.confidence <= 1.0 for sp in spans)


def test_a_long_sentence_is_tagged_in_windows() -> None:
    text = " ".join(["and tourism"] * 200) + "."
    doc = segment(text)
    spans = [sp for s in doc.sentences for sp in tag(_toy(), doc, s)]
    assert len(spans) == 200


@pytest.mark.skipif(span_tagger.model() is None, reason="no trained tagger")
def test_the_shipped_tagger_proposes_areas_no_cue_rule_introduces() -> None:
    # no cue word of the rules' lists: the subjects stand after "touched on"
    summary = parse_invented(
        "President Alpha of Rovania met President Beta of Sundara in Lortown on 3 May 2025.\n"
        "The leaders touched on fisheries management, digital payments and desert "
        "locust control, and thanked each other for the warm welcome.", dt.date(2025, 5, 3))
    areas = " | ".join(a.text for a in summary.cooperation_areas).lower()
    assert "fisheries" in areas or "locust" in areas or "digital payments" in areas, areas


def test_the_trainer_is_deterministic(tmp_path) -> None:
    pytest.importorskip("pycrfsuite")
    from briefgen.parse.train_span_tagger import fit

    doc = segment("The sides discussed energy, tourism and health. They met in Lortown.\n"
                  "Talks covered trade and mining. The visit ended on Friday.")
    gold = {"cooperation_areas": ["energy", "tourism", "health", "trade", "mining"]}
    releases = [("r1", gold, doc, len(doc.text))] * 3
    a, b = fit(releases), fit(releases)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    model = span_tagger.from_json(a)
    spans = [doc.text[sp.start:sp.end] for s in doc.sentences for sp in tag(model, doc, s)]
    assert "energy" in spans and "Lortown" not in spans


def test_each_candidate_carries_its_own_tagger_features() -> None:
    # members of one list share their list's shape: the tagger's view of one member must
    # not leak into its siblings'
    from briefgen.parse.area_model import candidates

    doc = segment("The sides discussed energy, mining and fisheries.")
    toy = Model({"bias": (-2.0, -2.0, 2.0), "w=energy": (9.0, 0.0, 0.0)},
                ((0.0, 0.0, 0.0),) * 3)
    feats = {c.item.text: c.features for c in candidates(doc, len(doc.text), [], [], [], toy)}
    assert feats["energy"].count("crf_same") == 1
    assert "crf_none" in feats["mining"] and "crf_same" not in feats["mining"]
    assert "crf_none" in feats["fisheries"] and "crf_same" not in feats["fisheries"]


@pytest.mark.skipif(span_tagger.model() is None, reason="no trained tagger")
def test_a_release_is_tagged_as_its_sentences_are_one_by_one() -> None:
    # tag_doc tags a repeated wording once: the spans stand at each place it is printed
    model = span_tagger.model()
    assert model is not None
    text = ("Leaders discuss energy and tourism\n\nLeaders discuss energy and tourism\n\n"
            "The sides discussed renewable energy, health and tourism. They met in Lortown.\n\n"
            "The sides discussed renewable energy, health and tourism.")
    doc = segment(text, "Leaders discuss energy and tourism")
    got = span_tagger.tag_doc(model, doc)
    want = [(s, sp) for s in doc.sentences for sp in tag(model, doc, s)]
    assert got == want
    assert len({sp.start for _, sp in got}) == len(got)  # each at its own place
