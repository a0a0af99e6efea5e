"""The validation batch's second annotation (tests/corpus/pool-second): the same releases
as the first gold, in the same shape, and agreeing with it as two careful annotators do."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

SECOND = ROOT / "tests" / "corpus" / "pool-second"
FIRST = ROOT / "tests" / "corpus" / "pool"


def _load(folder: Path, pattern: str = "*.gold.json") -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob(pattern))}


def test_second_annotation_covers_the_validation_batch_once() -> None:
    first = {k: g for k, g in _load(FIRST).items() if g.get("batch") == "val"}
    second = _load(SECOND)
    assert len(first) == 40
    assert set(second) == set(first)
    for name, g in second.items():
        assert g["id"] == first[name]["id"] and g["batch"] == "val-second"
        assert g["published"] == first[name]["published"]
        assert set(g["location"]) == {"city", "country"}


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists()
                    or not (SHARED / "corpus" / "pool").is_dir(),
                    reason="../shared (scorer and pool texts) not present")
def test_two_annotators_agree_as_the_readme_says(tmp_path: Path) -> None:
    corpus, preds = tmp_path / "gold", tmp_path / "pred"
    corpus.mkdir()
    preds.mkdir()
    for name, g in _load(SECOND).items():
        doc_id = name[: -len(".gold.json")]
        (corpus / name).write_text(json.dumps(g), encoding="utf-8")
        text = SHARED / "corpus" / "pool" / f"{doc_id}.txt"
        (corpus / f"{doc_id}.txt").write_bytes(text.read_bytes())
        (preds / f"{doc_id}.json").write_bytes((FIRST / name).read_bytes())
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(corpus),
                           "--pred-dir", str(preds)], capture_output=True, text=True, check=True)
    overall = float(done.stdout.strip().splitlines()[-1].split("=")[1].split()[0])
    assert overall == pytest.approx(0.851, abs=0.0005), done.stdout[-800:]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists()
                    or not (SHARED / "corpus" / "pool").is_dir(),
                    reason="../shared (scorer and pool texts) not present")
def test_the_accuracy_harness_scores_the_agreement_too() -> None:
    """bench/accuracy.py, the harness the README names, reports the same agreement."""
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "accuracy.py"), "agree"],
                          capture_output=True, text=True, check=True)
    assert "== agree" in done.stdout
    assert done.stdout.strip().splitlines()[-1].startswith("overall=0.836")
