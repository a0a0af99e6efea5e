"""Train the area span tagger (span_tagger.py) and write span_tagger.json.

    python -m briefgen.parse.train_span_tagger

Training data: the releases training.py lists (dev, pool batches b1-b11, the studied
releases of other issuers; never a validation or check batch). Each word is labelled B/I/O
by where the gold cooperation areas stand word for word (case-insensitive) in its
sentence; an area the annotator reworded labels nothing. CRFsuite (python-crfsuite, the
``train`` extra) fits the weights with L-BFGS and elastic-net regularisation, in a fixed
order, so the file is the same on every run. Only weights that matter are written.

The areas filter (train_areas.py) learns from the tagger's spans, so it must see spans of
releases the tagger did not learn from: ``cross_fitted`` gives each training release the
tagger fitted without its fold (dev, each pool source, each fold of other issuers).

The held-out scores (the tagger alone, every span printed as an area) are written into the
weights file under "held_out"; they say how the tagger carries to a source it has not seen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from briefgen.parse.segment import Doc
from briefgen.parse.span_tagger import (
    LABELS,
    TOKEN,
    WEIGHTS,
    Model,
    features,
    from_json,
    tag,
    tokens,
    windows,
)
from briefgen.parse.training import (
    corpus_arguments,
    fold_of,
    load_scorer,
    training_releases,
    write_weights,
)

C1 = 0.1
C2 = 0.1
ITERATIONS = 100
MIN_WEIGHT = 0.002  # smaller weights change no label; dropping them keeps the file small
Release = tuple[str, dict[str, Any], Doc, int]


def labelled(doc: Doc, gold: dict[str, Any]) -> list[tuple[list[str], list[str]]]:
    """(words, BIO labels) of each sentence of ``doc``; each gold area labels its first
    free occurrence in every sentence that holds it word for word."""
    areas = [[w.lower() for w in TOKEN.findall(str(a))]
             for a in gold.get("cooperation_areas") or []]
    out = []
    for sent in doc.sentences:
        words = [w for _, _, w in tokens(doc, sent)]
        if not words:
            continue
        low = [w.lower() for w in words]
        lab = ["O"] * len(words)
        for area in areas:
            n = len(area)
            for i in range(len(low) - n + 1 if n else 0):
                if low[i:i + n] == area and all(x == "O" for x in lab[i:i + n]):
                    lab[i:i + n] = ["B"] + ["I"] * (n - 1)
                    break
        out.append((words, lab))
    return out


def fit(releases: list[Release]) -> dict[str, Any]:
    """The tagger's weights fitted on ``releases``, as written to span_tagger.json."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for _, gold, doc, _ in releases:
        for words, lab in labelled(doc, gold):
            # windows as at run time: a page dump of one "sentence" teaches position noise
            for lo, hi in windows(len(words)):
                trainer.append(features(words[lo:hi]), lab[lo:hi])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS,
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "tagger.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    index = {label: k for k, label in enumerate(LABELS)}
    state: dict[str, list[float]] = {}
    for (attr, label), w in info.state_features.items():
        if abs(w) >= MIN_WEIGHT:
            state.setdefault(attr, [0.0, 0.0, 0.0])[index[label]] = round(w, 4)
    transition = [[0.0] * 3 for _ in LABELS]
    for (a, b), w in info.transitions.items():
        transition[index[a]][index[b]] = round(w, 4)
    return {"state": dict(sorted(state.items())), "transition": transition}


def cross_fitted(releases: list[Release]) -> dict[str, Model]:
    """For each release id, the tagger fitted on the other folds only."""
    folds = sorted({fold_of(r[0], r[1]) for r in releases})
    out: dict[str, Model] = {}
    for fold in folds:
        model = from_json(fit([r for r in releases if fold_of(r[0], r[1]) != fold]))
        for r in releases:
            if fold_of(r[0], r[1]) == fold:
                out[r[0]] = model
    return out


def span_texts(model: Model, doc: Doc) -> list[str]:
    return [" ".join(doc.text[s.start:s.end].split())
            for sent in doc.sentences for s in tag(model, doc, sent)]


def held_out(scorer: ModuleType, releases: list[Release],
             models: dict[str, Model]) -> dict[str, float]:
    """Areas F1 of the tagger alone on each fold, each release judged by the tagger fitted
    without its fold."""
    tallies: dict[str, Any] = {}
    for doc_id, gold, doc, _ in releases:
        tally = tallies.setdefault(fold_of(doc_id, gold), scorer.Tally())
        pred = {"cooperation_areas": list(dict.fromkeys(span_texts(models[doc_id], doc)))}
        scorer.score_list("cooperation_areas", gold, pred, tally, [])
    return {fold: round(t.f1(), 3) for fold, t in sorted(tallies.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(ap)
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer, "tagger_scorer")
    releases = training_releases(args.dev, args.gold, args.pool, args.ext_texts)
    scores = held_out(scorer, releases, cross_fitted(releases))
    for fold, f in scores.items():
        print(f"{fold:12s} tagger alone, held out: {f:.3f}", file=sys.stderr)
    data = fit(releases)
    data["held_out"] = scores
    write_weights(WEIGHTS, data)
    print(f"{len(data['state'])} features -> {WEIGHTS.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
