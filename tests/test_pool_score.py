"""The parser on real releases: the annotated pool batches and the whole unannotated pool.

Gold for pool releases lives in tests/corpus/pool (annotations only; the texts stay in
../shared/corpus/pool). Batches b1-b9 were annotated blind and are used for tuning and
training; ``val`` (40 releases) is the validation batch nobody tunes on, and b10-b11 (40)
were annotated last (first score 0.717 overall; tuned and trained on since round 4). The
floors sit a little below the scores the parser reached when they were set, so a change
that breaks real wordings fails here. Without ../shared the tests skip.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

from briefgen.review.summary_io import dump_summary
from briefgen.summarize import summarize

SCORER = SHARED / "eval" / "score.py"
POOL = SHARED / "corpus" / "pool"
GOLD = ROOT / "tests" / "corpus" / "pool"
# set 2026-12-06 (round 6) at: b1-b9 overall 0.872 (agreements 0.87, follow-ups 0.63, areas
# 0.56, participants 0.95, countries 0.95, date 0.94, visit type 0.93); b10-b11 0.855
# (participants 0.96, countries 0.97, date 0.95); val 0.704 (participants 0.87, countries
# 0.95, date 0.90, visit type 0.90), measured once at the end of the round. Follow-ups
# 0.59 -> 0.54 in round 12: the filter, trained on these batches, now also learns from ~170
# other issuers with a stronger prior (C 0.3 -> 0.1), so it fits these batches less
# (in-sample 0.61 -> 0.56) while batches it did not train on gain (fit dev+b1-b5, scored on
# b6-b11: 0.382 -> 0.405; the other issuers' held-out folds 0.387 -> 0.416)
TRAIN_FLOORS = {"overall": 0.85, "agreements": 0.83, "follow_ups": 0.54, "cooperation_areas": 0.53,
                "participants": 0.92, "countries": 0.92, "date": 0.91, "visit_type": 0.90}
LAST_FLOORS = {"overall": 0.83, "participants": 0.93, "countries": 0.94, "date": 0.92}
VAL_FLOORS = {"overall": 0.68, "participants": 0.84, "countries": 0.92, "date": 0.87,
              "visit_type": 0.87}

pytestmark = pytest.mark.skipif(not (SCORER.exists() and (POOL / "index.tsv").exists()),
                                reason="../shared pool or scorer not present")


def _published() -> dict[str, str]:
    with (POOL / "index.tsv").open(encoding="utf-8") as fh:
        return {row["id"]: row["published"] for row in csv.DictReader(fh, delimiter="\t")}


def _golds(batches: set[str]) -> list[dict]:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.gold.json"))]
    return [g for g in golds if g.get("batch") in batches]


def _predict(doc_id: str, published: str | None) -> dict:
    summary = summarize([POOL / f"{doc_id}.txt"],
                        dt.date.fromisoformat(published) if published else None)
    return json.loads(dump_summary(summary, "json"))


def _score(golds: list[dict], floors: dict[str, float], work: Path) -> str:
    corpus, preds = work / "gold", work / "pred"
    corpus.mkdir()
    preds.mkdir()
    for gold in golds:
        (corpus / f"{gold['id']}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
        pred = _predict(gold["id"], gold.get("published"))
        (preds / f"{gold['id']}.json").write_text(json.dumps(pred), encoding="utf-8")
    argv = [sys.executable, str(SCORER), str(corpus), "--pred-dir", str(preds)]
    argv += [f"--min={field}={value:.2f}" for field, value in floors.items()]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=300)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    return report


def test_every_pool_release_parses() -> None:
    published = _published()
    assert len(published) == 316
    for doc_id, date in published.items():
        summary = _predict(doc_id, date or None)
        assert summary["source"], doc_id


def test_training_batches_hold_their_floors(tmp_path: Path) -> None:
    _score(_golds({f"b{i}" for i in range(1, 10)}), TRAIN_FLOORS, tmp_path)


def test_validation_batch_holds_its_floors(tmp_path: Path) -> None:
    _score(_golds({"val"}), VAL_FLOORS, tmp_path)


def test_last_annotated_batches_hold_their_floors(tmp_path: Path) -> None:
    _score(_golds({"b10", "b11"}), LAST_FLOORS, tmp_path)


def test_releases_about_no_visit_get_no_invented_items() -> None:
    quiet = [g for g in _golds({f"b{i}" for i in range(1, 10)} | {"val"})
             if not g.get("visit_type") and not g.get("agreements") and not g.get("follow_ups")]
    assert len(quiet) >= 30
    invented = []
    for gold in quiet:
        pred = _predict(gold["id"], gold.get("published"))
        if pred["agreements"] or pred["follow_ups"] or pred["participants"]:
            invented.append(gold["id"])
    assert len(invented) <= len(quiet) // 10, invented
