"""What the trainers of the learned filters share: which releases they learn from.

Training reads the dev corpus and the annotated pool batches b1-b11 (gold in
tests/corpus/pool, texts in ../shared/corpus/pool), never the validation batch ("val"),
and parses each release the way ``parse_release`` does, so a filter learns from the same
candidates it will judge at run time. Used by train_areas.py and train_followups.py only
(at training time, never by the parser).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from briefgen.ingest import load_release
from briefgen.parse.segment import Doc, segment, transcript_start

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TRAIN_BATCHES = ("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11")
SOURCES = ("pool-au-pm-", "pool-kremlin-", "pool-ua-", "pool-wh-")


def load_scorer(path: Path, name: str = "score") -> ModuleType:
    """The corpus scorer (../shared/eval/score.py), whose matching labels the candidates."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def training_releases(dev: Path, pool_gold: Path,
                      pool_text: Path) -> list[tuple[str, dict[str, Any], Doc, int]]:
    """(id, gold, segmented text, transcript start) of every training release: dev first,
    then the pool batches, each in file-name order (the order fixes the trained weights)."""
    pairs = [(g, dev / (g.name[:-len(".gold.json")] + ".txt"))
             for g in sorted(dev.glob("*.gold.json"))]
    for g in sorted(pool_gold.glob("*.gold.json")):
        batch = json.loads(g.read_text(encoding="utf-8")).get("batch")
        if batch in TRAIN_BATCHES:  # never the validation batch
            pairs.append((g, pool_text / (g.name[:-len(".gold.json")] + ".txt")))
    out = []
    for gpath, tpath in pairs:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pub = gold.get("published")
        release = load_release(tpath, dt.date.fromisoformat(pub) if pub else None)
        doc = segment(release.text, release.title)
        out.append((gpath.name[:-len(".gold.json")], gold, doc, transcript_start(doc.text)))
    return out


def labels(scorer: ModuleType, gold: dict[str, Any], field: str,
           texts: list[str]) -> list[int | None]:
    """Each candidate text by the scorer's own matching against the gold of ``field``:
    1 = matches a gold item, None = matches only an optional one (left out of training),
    0 = neither."""
    golds = [scorer.item_text(x) for x in gold.get(field) or []]
    optional = [scorer.item_text(x) for x in gold.get(field + "_optional") or []]
    out: list[int | None] = []
    for text in texts:
        if any(scorer.similar(g, text, field) > 0 for g in golds):
            out.append(1)
        elif any(scorer.similar(g, text, field) > 0 for g in optional):
            out.append(None)
        else:
            out.append(0)
    return out
