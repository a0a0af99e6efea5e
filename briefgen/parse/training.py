"""What the trainers of the learned filters share: which releases they learn from.

Training reads the dev corpus and the annotated pool batches b1-b11 (gold in
tests/corpus/pool, texts in ../shared/corpus/pool), never the validation batch ("val"),
and parses each release the way ``parse_release`` does, so a filter learns from the same
candidates it will judge at run time.

Since round 12 it also reads the studied releases of other issuers (tests/corpus/ext,
batches in EXT_TRAIN_BATCHES: about 175 releases of about 170 issuers; 341 releases of
about 330 issuers since round 14). Their texts are
public pages (each gold's "url") kept outside the project, in ../ext-texts by default:
four sources taught the filters four house styles, and a filter that has only seen those
judges a new issuer's wording by them. The check and blind batches (extd, extj) are never
read.

Used by the trainers only (train_areas, train_followups, train_span_tagger, train_visit,
train_place; at training time, never by the parser).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import importlib.util
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from briefgen.ingest import load_release
from briefgen.parse.segment import Doc, segment, transcript_start
from briefgen.support.fsutil import write_bytes_atomic, write_text_atomic

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TRAIN_BATCHES = ("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11")
SOURCES = ("pool-au-pm-", "pool-kremlin-", "pool-ua-", "pool-wh-")
EXT_GOLD = ROOT / "tests" / "corpus" / "ext"
EXT_TEXTS = ROOT.parent / "ext-texts"
# the batches of other issuers learned from. extg, exth and exti joined in round 14, once
# scored at two rounds' ends and spent as checks; extd stays the check and extj the blind
# batch, never read
EXT_TRAIN_BATCHES = ("ext-A", "ext-B", "extc", "exte", "extf", "extg", "exth", "exti")
# releases of other issuers are split into this many folds by issuer for held-out scores
EXT_FOLDS = 4


def ext_fold(gold: dict[str, Any]) -> str:
    """The held-out fold of a release of another issuer: issuers (first three words of the
    issuer line) in sorted order, dealt round-robin, so no issuer sits in two folds."""
    return f"ext{_ext_fold_of().get(_issuer_key(gold), 0) + 1}"


def fold_of(doc_id: str, gold: dict[str, Any] | None = None) -> str:
    """The held-out fold of a training release: "dev", a pool source ("pool-wh") or a
    fold of the other issuers ("ext1")."""
    if doc_id.startswith("ext-"):
        return ext_fold(gold or {})
    return next((s.rstrip("-") for s in SOURCES if doc_id.startswith(s)), "dev")


def _issuer_key(gold: dict[str, Any]) -> str:
    return " ".join(str(gold.get("issuer") or "").lower().replace("(", " ").split()[:3])


@functools.cache
def _ext_golds() -> tuple[tuple[Path, dict[str, Any]], ...]:
    # read once per run: the folds and the list of training releases both need them
    out = []
    for g in sorted(EXT_GOLD.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        if gold.get("batch") in EXT_TRAIN_BATCHES:
            out.append((g, gold))
    return tuple(out)


@functools.cache
def _ext_fold_of() -> dict[str, int]:
    issuers = sorted({_issuer_key(g) for _, g in _ext_golds()})
    return {k: i % EXT_FOLDS for i, k in enumerate(issuers)}


def corpus_arguments(ap: argparse.ArgumentParser) -> None:
    """The options every trainer shares: where the dev corpus, the pool texts, the pool
    gold, the scorer and the other issuers' texts are."""
    ap.add_argument("--dev", type=Path, default=SHARED / "corpus" / "dev")
    ap.add_argument("--pool", type=Path, default=SHARED / "corpus" / "pool")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "corpus" / "pool")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ext_arguments(ap)


def ext_arguments(ap: argparse.ArgumentParser) -> None:
    """Where the other issuers' texts are, or --no-ext for a model of the corpus alone (an
    experiment: the committed weights learn from them too, tests/corpus/ext/README.md)."""
    ap.add_argument("--ext-texts", type=Path, default=EXT_TEXTS,
                    help="folder of the other issuers' release texts (tests/corpus/ext)")
    ap.add_argument("--no-ext", dest="ext_texts", action="store_const", const=None,
                    help="train on the dev corpus and the pool batches alone")


def write_weights(path: Path, data: dict[str, Any], indent: int = 0,
                  sort_keys: bool = True) -> None:
    """Write a trained model's JSON all at once (support.fsutil's atomic write): a parse
    that runs while a trainer writes reads the old file or the new one, never half of one
    (seen once: a test's parse failed on a half-written span_tagger.json)."""
    write_text_atomic(path, json.dumps(data, indent=indent, sort_keys=sort_keys) + "\n",
                      force=True)


@contextmanager
def set_aside(path: Path) -> Iterator[None]:
    """Train as if the weights at ``path`` were absent (the parser would otherwise consult
    the model being retrained), and put them back if training stops: a retrain that fails,
    on missing texts say, must not leave the parser without its model."""
    old = path.read_bytes() if path.exists() else None
    path.unlink(missing_ok=True)
    try:
        yield
    except BaseException:
        if old is not None and not path.exists():
            write_bytes_atomic(path, old, force=True)
        raise


def load_scorer(path: Path, name: str = "score") -> ModuleType:
    """The corpus scorer (../shared/eval/score.py), whose matching labels the candidates."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def training_releases(dev: Path, pool_gold: Path, pool_text: Path,
                      ext_text: Path | None = EXT_TEXTS,
                      ) -> list[tuple[str, dict[str, Any], Doc, int]]:
    """(id, gold, segmented text, transcript start) of every training release: dev first,
    then the pool batches, then the other issuers' releases, each in file-name order (the
    order fixes the trained weights). ``ext_text`` None leaves the other issuers out; a
    folder that lacks some of their texts is an error, not a quietly smaller model."""
    pairs = [(g, dev / (g.name[:-len(".gold.json")] + ".txt"))
             for g in sorted(dev.glob("*.gold.json"))]
    for g in sorted(pool_gold.glob("*.gold.json")):
        batch = json.loads(g.read_text(encoding="utf-8")).get("batch")
        if batch in TRAIN_BATCHES:  # never the validation batch
            pairs.append((g, pool_text / (g.name[:-len(".gold.json")] + ".txt")))
    if ext_text is not None:
        ext = [(g, ext_text / (g.name[:-len(".gold.json")] + ".txt")) for g, _ in _ext_golds()]
        missing = [t.name for _, t in ext if not t.exists()]
        if missing:
            raise SystemExit(f"{len(missing)} texts of other issuers missing in {ext_text} "
                             f"(e.g. {missing[0]}); see tests/corpus/ext/README.md for where "
                             "they come from, or pass --no-ext (the corpus alone)")
        pairs += ext
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
