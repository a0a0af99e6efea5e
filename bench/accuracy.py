"""Accuracy on the annotated real releases, one group at a time, with the corpus scorer.

Where the speed benchmarks live, the accuracy figures are measured too, so the next
person need not rebuild the harness each round (it used to live outside the project and
was lost with the machine):

    .venv/bin/python bench/accuracy.py dev            # the dev corpus (tuned on)
    .venv/bin/python bench/accuracy.py b1-b5 b6-b11   # pool batches the parser trains on
    .venv/bin/python bench/accuracy.py val            # the validation batch (report only)
    .venv/bin/python bench/accuracy.py agree          # second vs first gold of val
    .venv/bin/python bench/accuracy.py agree-rev      # first vs second (the other way)
    .venv/bin/python bench/accuracy.py extk --ext-texts FOLDER --show-misses

Predictions are made in-process (two workers), exactly as ``briefgen parse`` makes them,
and scored by ``../shared/eval/score.py --pred-dir``; extra scorer options pass through.
``--keep DIR`` keeps each group's gold and predictions (``DIR/<group>/c``, ``.../p``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POOL_GROUPS = {"b1-b5": {f"b{i}" for i in range(1, 6)},
               "b6-b11": {f"b{i}" for i in range(6, 12)}, "val": {"val"}}
# the two annotations of val against each other: "agree" scores the second against the
# first gold, "agree-rev" the first against the second (F1 is not symmetric in the optionals)
AGREE = ("agree", "agree-rev")


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def releases(group: str, ext_texts: Path | None) -> Iterator[tuple[Path, Path]]:
    """(gold, text) of every release of ``group``."""
    if group == "dev":
        for g in sorted((SHARED / "corpus" / "dev").glob("*.gold.json")):
            yield g, g.with_name(g.name.replace(".gold.json", ".txt"))
    elif group in POOL_GROUPS:
        for g in sorted((ROOT / "tests" / "corpus" / "pool").glob("*.gold.json")):
            if _gold(g).get("batch") in POOL_GROUPS[group]:
                yield g, SHARED / "corpus" / "pool" / g.name.replace(".gold.json", ".txt")
    else:  # batches of other issuers, where their texts are at hand
        if ext_texts is None:
            raise SystemExit(f"{group}: pass --ext-texts FOLDER (tests/corpus/ext/README.md)")
        for g in sorted((ROOT / "tests" / "corpus" / "ext").glob("*.gold.json")):
            text = ext_texts / g.name.replace(".gold.json", ".txt")
            if _gold(g).get("batch") in group.split(",") and text.exists():
                yield g, text


def predict(pair: tuple[Path, Path]) -> str:
    """The summary ``briefgen parse`` prints for one release, as JSON."""
    from briefgen.review.summary_io import dump_summary
    from briefgen.summarize import summarize

    gold, text = pair
    published = _gold(gold).get("published")
    day = dt.date.fromisoformat(published) if published else None
    return dump_summary(summarize([text], day), "json")


def score(corpus: Path, preds: Path, extra: list[str]) -> int:
    return subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(corpus),
                           "--pred-dir", str(preds), *extra]).returncode


def run_group(group: str, work: Path, ext_texts: Path | None, extra: list[str]) -> int:
    corpus, preds = work / group / "c", work / group / "p"
    for folder in (corpus, preds):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    if group in AGREE:  # one annotation of val scored against the other
        first, second = (ROOT / "tests" / "corpus" / d for d in ("pool", "pool-second"))
        gold_dir, pred_dir = (first, second) if group == "agree" else (second, first)
        for g in sorted(second.glob("*.gold.json")):
            shutil.copy(gold_dir / g.name, corpus / g.name)
            shutil.copy(pred_dir / g.name, preds / g.name.replace(".gold.json", ".json"))
            doc = g.name.replace(".gold.json", ".txt")
            shutil.copy(SHARED / "corpus" / "pool" / doc, corpus / doc)
    else:
        pairs = list(releases(group, ext_texts))
        with ProcessPoolExecutor(2) as pool:
            for (g, t), summary in zip(pairs, pool.map(predict, pairs, chunksize=4),
                                           strict=True):
                shutil.copy(g, corpus / g.name)
                shutil.copy(t, corpus / g.name.replace(".gold.json", ".txt"))
                (preds / g.name.replace(".gold.json", ".json")).write_text(summary,
                                                                          encoding="utf-8")
    print(f"== {group}", flush=True)
    return score(corpus, preds, extra)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("groups", nargs="+",
                    help="dev, b1-b5, b6-b11, val, agree, agree-rev, or ext batches")
    ap.add_argument("--ext-texts", type=Path, help="folder of the other issuers' <id>.txt")
    ap.add_argument("--keep", type=Path, help="keep gold and predictions here")
    args, extra = ap.parse_known_args(argv)
    if not (SHARED / "eval" / "score.py").exists():
        raise SystemExit(f"{SHARED}: the shared corpus and scorer are not here")
    work = args.keep or Path(tempfile.mkdtemp(prefix="briefgen-accuracy-"))
    status = 0
    for group in args.groups:
        status |= run_group(group, work, args.ext_texts, extra)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
