"""Train the visit-type model: ``python -m briefgen.parse.train_visit``.

Every training release (training.training_releases: dev, pool b1-b11, the other issuers'
training batches) is read by the cue rules (visit.rule_classify, visit.not_a_visit); a
release whose rules give an in-person kind (visit_model.IN_PERSON) and whose gold is one
is a training row: the features of visit_model.features, the gold kind as its label. A
multinomial logistic regression (scikit-learn, training time only; lbfgs, sorted inputs,
no sampling: deterministic) learns one weight per feature and kind; the weights go to
visit_weights.json with the margin by which the model must beat the rules' own kind.

Judged by held-out folds (training.fold_of: dev, the four pool sources, four folds of
other issuers dealt by issuer): the model trained without a fold reads that fold's
releases, and its visit types are scored against the rules' on the same releases (exact
match, nulls included; the model never changes a null or a call). The margin is the one
with the best held-out accuracy pooled over the ext folds and the pool sources (ties: the
larger margin, the fewer overrulings); it is printed and kept in the JSON file ("loso").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from briefgen.parse.training import EXT_TEXTS, ROOT, SHARED, fold_of, training_releases
from briefgen.parse.visit import announces_visit, model_features, not_a_visit, rule_classify
from briefgen.parse.visit_model import IN_PERSON, WEIGHTS, second_opinion

C = 1.0  # inverse L2 strength
MIN_RELEASES = 2  # features seen in fewer training releases are dropped
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)  # 1.0 would never overrule

Row = dict[str, Any]


def load(dev: Path, pool_gold: Path, pool_text: Path, ext_text: Path | None) -> list[Row]:
    """(id, fold, gold kind, rules' kind or None, features) of every training release."""
    out = []
    for doc_id, gold, doc, _ in training_releases(dev, pool_gold, pool_text, ext_text):
        pub = gold.get("published")
        announced = announces_visit(doc)
        found = rule_classify(doc, announced, dt.date.fromisoformat(pub) if pub else None)
        off = not_a_visit(doc, found)
        out.append({"id": doc_id, "fold": fold_of(doc_id, gold),
                    "gold": (gold.get("visit_type") or "").lower() or None,
                    "rules": None if off else found.kind,
                    "feats": model_features(doc, found, announced)})
    return out


def trainable(row: Row) -> bool:
    return row["rules"] in IN_PERSON and row["gold"] in IN_PERSON


def fit(rows: list[Row], c: float = C, min_releases: int = MIN_RELEASES) -> dict[str, Any]:
    """The weights {feature: {kind: weight}} of a multinomial logistic regression."""
    from sklearn.linear_model import LogisticRegression  # training time only

    train = [r for r in rows if trainable(r)]
    seen: dict[str, int] = {}
    for r in train:
        for f in set(r["feats"]):
            seen[f] = seen.get(f, 0) + 1
    names = sorted(f for f, n in seen.items() if n >= min_releases and f != "bias")
    index = {f: i for i, f in enumerate(names)}
    x = [[0.0] * len(names) for _ in train]
    for i, r in enumerate(train):
        for f in r["feats"]:
            if f in index:
                x[i][index[f]] = 1.0
    y = [r["gold"] for r in train]
    clf = LogisticRegression(C=c, max_iter=5000, tol=1e-8, solver="lbfgs")
    clf.fit(x, y)
    labels = [str(k) for k in clf.classes_]
    if len(labels) == 2:  # (a binary fit has one row of weights: the second label's)
        coef = [[-v for v in clf.coef_[0]], list(clf.coef_[0])]
        icpt = [-clf.intercept_[0], clf.intercept_[0]]
    else:
        coef = [list(row) for row in clf.coef_]
        icpt = list(clf.intercept_)
    weights: dict[str, dict[str, float]] = {"bias": {k: round(float(b), 4)
                                                     for k, b in zip(labels, icpt, strict=True)}}
    for j, f in enumerate(names):
        w = {k: round(float(coef[i][j]), 4) for i, k in enumerate(labels)
             if abs(coef[i][j]) >= 1e-4}
        if w:
            weights[f] = w
    return {"labels": labels, "weights": weights}


def predict(row: Row, model: dict[str, Any] | None, margin: float) -> str | None:
    if model is None or row["rules"] is None:
        return row["rules"]
    kind = second_opinion(row["feats"], row["rules"], dict(model, margin=margin))
    return kind or row["rules"]


def held_out(rows: list[Row], c: float, min_releases: int) -> dict[str, dict[str, Any]]:
    """Each fold's model, trained without it."""
    folds = sorted({r["fold"] for r in rows})
    return {f: fit([r for r in rows if r["fold"] != f], c, min_releases) for f in folds}


def accuracy(rows: list[Row], models: dict[str, dict[str, Any]] | None, folds: list[str],
             margin: float) -> tuple[int, int]:
    hit = n = 0
    for r in rows:
        if r["fold"] in folds:
            pred = predict(r, models[r["fold"]] if models else None, margin)
            hit += pred == r["gold"]
            n += 1
    return hit, n


def report(rows: list[Row], models: dict[str, dict[str, Any]], margin: float
           ) -> dict[str, list[float]]:
    folds = sorted({r["fold"] for r in rows})
    groups = [(f, [f]) for f in folds]
    groups += [("pool sources (pooled)", [f for f in folds if f.startswith("pool")]),
               ("ext folds (pooled)", [f for f in folds if f.startswith("ext")])]
    out = {}
    for name, members in groups:
        a, n = accuracy(rows, None, members, margin)
        b, _ = accuracy(rows, models, members, margin)
        out[name] = [round(a / n, 3), round(b / n, 3), n]
        print(f"{name:24s} rules {a:3d}/{n} {a / n:.3f}  model {b:3d}/{n} {b / n:.3f}",
              file=sys.stderr)
    return out


def choose_margin(rows: list[Row], models: dict[str, dict[str, Any]]) -> float:
    """The margin with the best held-out accuracy pooled over the pool sources and the ext
    folds (dev left out: the rules were written on it) among those where neither the pool
    sources nor the ext folds, pooled, score below the rules; ties go to the larger margin
    (fewer overrulings). With none such, the rules stand (margin 1: never overruled)."""
    groups = [[f for f in sorted({r["fold"] for r in rows}) if f.startswith(p)]
              for p in ("pool", "ext")]
    rules = [accuracy(rows, None, g, 1.0)[0] for g in groups]
    best, key = 1.0, (-1, 1.0)
    for m in MARGINS:
        hits = [accuracy(rows, models, g, m)[0] for g in groups]
        print(f"margin {m:.1f}: held-out pool {hits[0]} (rules {rules[0]}), ext {hits[1]} "
              f"(rules {rules[1]})", file=sys.stderr)
        if all(h >= r for h, r in zip(hits, rules, strict=True)) and (sum(hits), m) > key:
            best, key = m, (sum(hits), m)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=SHARED / "corpus" / "dev")
    ap.add_argument("--pool", type=Path, default=SHARED / "corpus" / "pool")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "corpus" / "pool")
    ap.add_argument("--ext-texts", type=Path, default=EXT_TEXTS)
    ap.add_argument("--c", type=float, default=C)
    ap.add_argument("--min-releases", type=int, default=MIN_RELEASES)
    ap.add_argument("--dry-run", action="store_true", help="report, write no weights")
    args = ap.parse_args(argv)
    if WEIGHTS.exists() and not args.dry_run:
        WEIGHTS.unlink()
    rows = load(args.dev, args.gold, args.pool, args.ext_texts)
    models = held_out(rows, args.c, args.min_releases)
    margin = choose_margin(rows, models)
    print(f"chosen margin {margin:.1f}", file=sys.stderr)
    loso = report(rows, models, margin)
    model = fit(rows, args.c, args.min_releases)
    a, n = accuracy(rows, {f: model for f in models}, sorted(models), margin)
    print(f"all folds in-sample: {a}/{n}; {len(model['weights'])} features", file=sys.stderr)
    if not args.dry_run:
        WEIGHTS.write_text(json.dumps({"C": args.c, "margin": margin, "loso": loso, **model},
                                      indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
