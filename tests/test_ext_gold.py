"""Gold of releases from issuers in none of the corpus (tests/corpus/ext, rounds 9 to 14).

The texts are third-party pages that are not redistributed, so the score test runs only
where ``BRIEFGEN_EXT_TEXTS`` names a folder holding them as ``<id>.txt``; the gold itself is
checked everywhere, because a malformed gold file would silently drop out of a score.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

GOLD = ROOT / "tests" / "corpus" / "ext"
VISIT_TYPES = {"state visit", "official visit", "working visit", "talks", "meeting",
               "phone call", "videoconference", "summit", "other"}
LIST_FIELDS = ("agreements", "follow_ups", "cooperation_areas")


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.gold.json"))]


def _index() -> dict[str, dict[str, str]]:
    with (GOLD / "index.tsv").open(encoding="utf-8") as fh:
        return {row["id"]: row for row in csv.DictReader(fh, delimiter="\t")}


BATCHES = {"ext-A", "ext-B", "extc", "extd", "exte", "extf", "extg", "exth", "exti", "extj", "extk"}


def test_every_gold_file_is_listed_once_with_its_batch() -> None:
    golds, index = _golds(), _index()
    assert len(golds) == len(index) == 461
    for g in golds:
        assert index[g["id"]]["batch"] == g["batch"] in BATCHES
        assert index[g["id"]]["url"].startswith("http")


def test_gold_files_follow_the_guidelines_shape() -> None:
    for g in _golds():
        assert (g["visit_type"] or "").lower() in VISIT_TYPES, g["id"]
        for day in (g["date"], g["published"]):
            if day:
                dt.date.fromisoformat(day)
        assert set(g["location"]) == {"city", "country"}, g["id"]
        for field in LIST_FIELDS:
            assert all(isinstance(x, str) and x.strip() for x in g[field]), (g["id"], field)
        for p in g["participants"]:
            assert p["name"] and p["name"].strip() == p["name"], g["id"]


def test_halves_share_no_issuer() -> None:
    by_half: dict[str, set[str]] = {}
    for g in _golds():
        by_half.setdefault(g["batch"], set()).add(g["issuer"])
    assert not by_half["ext-A"] & by_half["ext-B"]


TEXTS = Path(os.environ.get("BRIEFGEN_EXT_TEXTS", "/nonexistent"))


@pytest.mark.skipif(not TEXTS.is_dir() or not (SHARED / "eval" / "score.py").exists(),
                    reason="BRIEFGEN_EXT_TEXTS (the fetched texts) or ../shared not present")
def test_parser_scores_on_fetched_texts(tmp_path: Path) -> None:
    from briefgen.review.summary_io import dump_summary
    from briefgen.summarize import summarize

    corpus, preds = tmp_path / "gold", tmp_path / "pred"
    corpus.mkdir()
    preds.mkdir()
    for g in _golds():
        txt = TEXTS / f"{g['id']}.txt"
        if not txt.exists():
            continue
        (corpus / f"{g['id']}.gold.json").write_text(json.dumps(g), encoding="utf-8")
        day = dt.date.fromisoformat(g["published"]) if g["published"] else None
        (preds / f"{g['id']}.json").write_text(dump_summary(summarize([txt], day), "json"),
                                               encoding="utf-8")
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(corpus),
                           "--pred-dir", str(preds), "--min", "overall=0.60"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-1500:]
