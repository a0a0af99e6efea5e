"""Generalisation cannot slide back: the scorer runs over tests/fixtures/heldout, 36
releases written for the project (not taken from the corpus) in the styles of the sources
the hidden test set is drawn from, in five batches whose golds were annotated before the
parser saw them (six golds were later aligned with conventions of the dev golds: a release
that is itself a joint statement lists it; a Kremlin call without a written day has no date).

The thresholds sit a little below what the parser reached when the set was frozen, so a
rule tuned to the dev corpus that breaks other wordings fails here. Predictions are made
in-process (summarize + dump_summary, as ``briefgen parse --format json`` does) and
scored with ``score.py --pred-dir``; the scorer lives in ../shared, so without it the test
skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from test_corpus_score import assert_meets

SCORER = SHARED / "eval" / "score.py"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
FLOORS = {
    "agreements": 0.92, "follow_ups": 0.92, "participants": 0.95, "cooperation_areas": 0.85,
    "countries": 0.95, "date": 0.95, "visit_type": 0.87, "location_city": 0.92,
    "overall": 0.93,
}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared scorer not present")


def test_heldout_set_is_complete() -> None:
    texts = sorted(p.stem for p in HELDOUT.glob("*.txt"))
    golds = sorted(p.name[: -len(".gold.json")] for p in HELDOUT.glob("*.gold.json"))
    assert texts == golds and len(texts) >= 36


def test_heldout_releases_meet_the_floors(tmp_path: Path) -> None:
    assert_meets(HELDOUT, FLOORS, tmp_path)
