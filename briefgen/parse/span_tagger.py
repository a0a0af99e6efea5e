"""Area spans proposed by a learned tagger: a linear-chain CRF over the words of a sentence.

Why: the cue rules and broad candidates of areas.py and area_model.py only see what a cue
introduces; on releases of issuers nobody studied, about three quarters of the annotated
areas that were missed had no candidate at all, while four in five annotated areas stand
word for word in their release. A tagger that has learned which words annotators mark
(BIO labels over tokens, trained on the annotated releases) proposes spans the rules never
will. Its spans are only candidates: the areas filter (area_model.py) keeps or drops them
beside the rules' items, with the tagger's confidence as one of its features.

The weights live in span_tagger.json beside this module, written by
``python -m briefgen.parse.train_span_tagger`` (CRFsuite at training time; run time is
plain Python: a feature lookup per word and a three-label forward-backward pass).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefgen.parse.segment import Doc, Sentence

WEIGHTS = Path(__file__).with_name("span_tagger.json")
LABELS = ("B", "I", "O")
TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
# sentence words that say the sentence is about areas of cooperation or talks
_SENT_CUES = frozenset(("cooperation", "co-operation", "discussed", "areas", "fields",
                        "sectors", "spheres", "issues", "partnership", "collaboration"))
# words after which areas follow: "cooperation in", "discussed", "fields of", "such as"
_NEAR_CUES = frozenset(("cooperation", "co-operation", "discussed", "discuss", "areas",
                        "fields", "sectors", "spheres", "issues", "including", "such",
                        "topics", "matters", "relations", "ties", "partnership",
                        "collaboration", "interaction", "agenda"))
_MAX_TOKENS = 160  # a longer "sentence" is a list or a page dump, tagged in windows


@dataclass(frozen=True)
class Span:
    """A tagged span: absolute offsets in the release text and the tagger's confidence
    (the mean marginal probability of its labels)."""

    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class Model:
    """State weights per feature (one per label, in LABELS order) and transition weights
    (from label, to label)."""

    state: dict[str, tuple[float, float, float]]
    transition: tuple[tuple[float, float, float], ...]


def tokens(doc: Doc, sent: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, word) of each token of ``sent``, offsets absolute in ``doc.text``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(doc.text, sent.start,
                                                                    sent.end)]


def _since_cue(low: list[str]) -> list[str]:
    """How far back the nearest cue word stands ("in the fields of energy and trade")."""
    out, last = [], None
    for i, w in enumerate(low):
        d = None if last is None else i - last
        out.append("none" if d is None else str(d) if d <= 3 else "4-6" if d <= 6
                   else "7-12" if d <= 12 else "13+")
        if w in _NEAR_CUES:
            last = i
    return out


def features(words: list[str]) -> list[list[str]]:
    """Binary features of each word: itself, its neighbours, its word class, its shape,
    how far after a cue word it stands and the sentence's cue words. Word identities carry
    across issuers better here than in the filter: the tagger learns the words of areas
    ("energy", "security"), which every issuer shares."""
    from briefgen.parse.areas import word_class

    low = [w.lower() for w in words]
    cue = "cue" if _SENT_CUES.intersection(low) else "nocue"
    n = len(words)
    classes = [word_class(w) if w[:1].isalpha() else "punct" for w in words]
    since = _since_cue(low)
    out = []
    for i, w in enumerate(words):
        lw = low[i]
        f = ["bias", "w=" + lw, "s3=" + lw[-3:], cue, f"pos={min(4, 5 * i // max(1, n))}",
             "c=" + classes[i], "cue-" + since[i],
             "c-1=" + (classes[i - 1] if i else "<pad>"),
             "c+1=" + (classes[i + 1] if i + 1 < n else "<pad>"),
             "w-1w=" + (low[i - 1] if i else "<pad>") + "|" + lw]
        if w[:1].isupper():
            f.append("title")
        if w.isupper() and len(w) > 1:
            f.append("upper")
        if w.isdigit():
            f.append("digit")
        if not w[:1].isalnum():
            f.append("punct")
        for k in (-3, -2, -1, 1, 2):
            j = i + k
            f.append(f"w{k}=" + (low[j] if 0 <= j < n else "<pad>"))
        out.append(f)
    return out


def _windows(n: int) -> list[tuple[int, int]]:
    return [(s, min(n, s + _MAX_TOKENS)) for s in range(0, max(n, 1), _MAX_TOKENS)]


def marginals(model: Model, feats: list[list[str]]) -> list[tuple[float, float, float]]:
    """The probability of each label at each word (scaled forward-backward)."""
    n = len(feats)
    if not n:
        return []
    zero = (0.0, 0.0, 0.0)
    emit = []
    for fs in feats:
        s = [0.0, 0.0, 0.0]
        for f in fs:
            w = model.state.get(f, zero)
            s[0] += w[0]
            s[1] += w[1]
            s[2] += w[2]
        top = max(s)
        emit.append([math.exp(x - top) for x in s])
    trans = [[math.exp(x) for x in row] for row in model.transition]
    alpha = [emit[0][:]]
    total = sum(alpha[0])
    alpha[0] = [a / total for a in alpha[0]]
    for t in range(1, n):
        prev = alpha[-1]
        a = [emit[t][j] * sum(prev[i] * trans[i][j] for i in range(3)) for j in range(3)]
        total = sum(a)
        alpha.append([x / total for x in a])
    beta = [[1.0, 1.0, 1.0] for _ in range(n)]
    for t in range(n - 2, -1, -1):
        nxt = beta[t + 1]
        b = [sum(trans[i][j] * emit[t + 1][j] * nxt[j] for j in range(3)) for i in range(3)]
        total = sum(b)
        beta[t] = [x / total for x in b]
    out = []
    for a, b in zip(alpha, beta, strict=True):
        p = [a[i] * b[i] for i in range(3)]
        total = sum(p)
        out.append((p[0] / total, p[1] / total, p[2] / total))
    return out


def _spans_of(probs: list[tuple[float, float, float]], floor: float) -> list[tuple[int, int]]:
    """Token ranges [i, j) read off the marginals: a word is inside a span when it is less
    likely O than ``floor`` allows, and a span opens where B is likelier than I."""
    out: list[tuple[int, int]] = []
    start = None
    for i, (b, inside, o) in enumerate(probs):
        if o >= 1.0 - floor:
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None or b > inside:
            if start is not None:
                out.append((start, i))
            start = i
    if start is not None:
        out.append((start, len(probs)))
    return out


def tag(model: Model, doc: Doc, sent: Sentence, floor: float = 0.5) -> list[Span]:
    """Spans of ``sent`` whose words the tagger marks as an area with at least ``floor``
    probability; a sentence longer than _MAX_TOKENS words is tagged in windows."""
    toks = tokens(doc, sent)
    out: list[Span] = []
    for lo, hi in _windows(len(toks)):
        part = toks[lo:hi]
        probs = marginals(model, features([w for _, _, w in part]))
        for i, j in _spans_of(probs, floor):
            if all(not part[k][2][:1].isalnum() for k in range(i, j)):
                continue
            conf = sum(1.0 - probs[k][2] for k in range(i, j)) / (j - i)
            out.append(Span(part[i][0], part[j - 1][1], round(conf, 4)))
    return out


def from_json(data: dict) -> Model:
    state = {f: (float(w[0]), float(w[1]), float(w[2])) for f, w in data["state"].items()}
    transition = tuple(tuple(float(x) for x in row) for row in data["transition"])
    return Model(state, transition)  # type: ignore[arg-type]


@cache
def model() -> Model | None:
    """The trained tagger, or None before the first training."""
    if not WEIGHTS.exists():
        return None
    return from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
