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
@pytest.mark.parametrize(("group", "overall"), [("agree", "0.836"), ("agree-rev", "0.851")])
def test_two_annotators_agree_as_the_readme_says(group: str, overall: str) -> None:
    """bench/accuracy.py, the harness the README names, scores each annotation against the
    other (F1 is not symmetric where one gold calls an item optional)."""
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "accuracy.py"), group],
                          capture_output=True, text=True, check=True)
    assert f"== {group}" in done.stdout
    assert done.stdout.strip().splitlines()[-1].startswith(f"overall={overall}"), \
        done.stdout[-800:]
