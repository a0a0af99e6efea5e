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
from dataclasses import dataclass, field
from functools import cache, lru_cache
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
# a word is proposed inside a span from this probability of not being O: the filter sees
# the confidence, so a low floor lets it choose (held-out areas, round 14: 0.3 over 0.5
# gave +0.006 on the other issuers' folds, +0.001 on the pool sources)
FLOOR = 0.3
_MAX_TOKENS = 160  # a longer "sentence" is a list or a page dump, tagged in windows


@dataclass(frozen=True)
class Span:
    """A tagged span: absolute offsets in the release text and the tagger's confidence
    (the mean marginal probability of its labels)."""

    start: int
    end: int
    confidence: float


Weights = tuple[float, float, float]
_ZERO: Weights = (0.0, 0.0, 0.0)
_NEAR_OFFSETS = (-3, -2, -1, 1, 2)  # the neighbours features() names, in its order
_MEMO_SIZE = 65536  # words (and prefixes) a model remembers before it starts afresh


def _bigrams(state: dict[str, Weights]) -> dict[str, dict[str, Weights]]:
    """The weights of the "w-1w=<previous>|<word>" features by word, then by previous
    word: looked up without building the feature's string for every word. A feature is
    filed under each "|" it holds (a token may be "|" itself), so ``[word][previous]``
    holds exactly the weight of the string "w-1w=<previous>|<word>"."""
    out: dict[str, dict[str, Weights]] = {}
    for f, w in state.items():
        if not f.startswith("w-1w="):
            continue
        pair = f[len("w-1w="):]
        cut = pair.find("|")
        while cut >= 0:
            out.setdefault(pair[cut + 1:], {})[pair[:cut]] = w
            cut = pair.find("|", cut + 1)
    return out


class _Lookups:
    """A model's weights looked up once per word instead of once per word of a sentence.

    Why: tag() runs on every sentence of every release, and building each word's feature
    strings (features()) and looking each one up cost more than the forward-backward pass.
    A word's own features and its features as a neighbour are the same wherever it stands,
    so their weights are remembered per word; the six features that open a word's list
    take few values, so their running sum is remembered per combination. The weights are
    added in exactly the order marginals() adds them, so every score is bit-identical."""

    def __init__(self, state: dict[str, Weights]) -> None:
        self._get = state.get
        self._near: dict[str, tuple[Weights | None, ...]] = {}
        self._own: dict[str, tuple[str, tuple[Weights, ...]]] = {}
        self._prefix: dict[tuple[str, int, str, str, str], Weights] = {}
        self._state = state
        self._after: dict[str, dict[str, Weights]] | None = None  # _bigrams, once it tags

    def near(self, low: str) -> tuple[Weights | None, ...]:
        """The weights of "w-3=low", "w-2=low", "w-1=low", "w1=low", "w2=low" (None for a
        feature the model has no weight for: adding nothing is adding zero)."""
        got = self._near.get(low)
        if got is None:
            if len(self._near) >= _MEMO_SIZE:
                self._near.clear()
            got = self._near[low] = tuple(self._get(f"w{k}={low}") for k in _NEAR_OFFSETS)
        return got

    def own(self, word: str) -> tuple[str, tuple[Weights, ...]]:
        """The word's class and the weights of its own features (_own), in their order,
        leaving out the features the model has no weight for."""
        got = self._own.get(word)
        if got is None:
            if len(self._own) >= _MEMO_SIZE:
                self._own.clear()
            cls, feats = _own(word)
            weights = (self._get(f) for f in feats)
            got = self._own[word] = (cls, tuple(w for w in weights if w is not None))
        return got

    def prefix(self, key: tuple[str, int, str, str, str]) -> Weights:
        """The running sums after a word's first six features (bias, the sentence's cue,
        its position, its distance from a cue word, its neighbours' classes), added from
        zero as marginals() adds them."""
        got = self._prefix.get(key)
        if got is None:
            if len(self._prefix) >= _MEMO_SIZE:
                self._prefix.clear()
            cue, pos, since, before, after = key
            b = i = o = 0.0
            for f in ("bias", cue, f"pos={pos}", "cue-" + since, "c-1=" + before,
                      "c+1=" + after):
                w = self._get(f, _ZERO)
                b += w[0]
                i += w[1]
                o += w[2]
            got = self._prefix[key] = (b, i, o)
        return got

    def scores(self, words: list[str]) -> list[Weights]:
        """Each word's summed weights per label: what marginals() sums over
        features(words), in the same order of additions.

        Written out rather than looped over a tuple of weights: it runs on every word of
        every release. A feature without a weight is skipped, which adds exactly what
        adding (0.0, 0.0, 0.0) adds (the model holds no negative zero, so no running sum
        is one)."""
        n = len(words)
        low = [w.lower() for w in words]
        owned, near_of = self._own.get, self._near.get  # (remembered: no method call)
        own = [owned(w) or self.own(w) for w in words]
        cue = "cue" if _SENT_CUES.intersection(low) else "nocue"
        pad = self.near("<pad>")
        near = [pad, pad, pad, *(near_of(x) or self.near(x) for x in low), pad, pad]
        classes = ["<pad>", *(c for c, _ in own), "<pad>"]
        since = _since_cue(low)
        before = ["<pad>", *low]
        after = self._after
        if after is None:
            after = self._after = _bigrams(self._state)
        prefixes = self._prefix
        out = []
        for k in range(n):
            key = (cue, min(4, 5 * k // n), since[k], classes[k], classes[k + 2])
            got = prefixes.get(key)
            b, i, o = got if got is not None else self.prefix(key)
            # "w-1w=", then the neighbours in features()'s order, then the word's own
            pairs = after.get(low[k])
            w = pairs.get(before[k]) if pairs is not None else None
            if w is not None:
                b += w[0]
                i += w[1]
                o += w[2]
            w = near[k][0]
            if w is not None:
                b += w[0]
                i += w[1]
                o += w[2]
            w = near[k + 1][1]
            if w is not None:
                b += w[0]
                i += w[1]
                o += w[2]
            w = near[k + 2][2]
            if w is not None:
                b += w[0]
                i += w[1]
                o += w[2]
            w = near[k + 4][3]
            if w is not None:
                b += w[0]
                i += w[1]
                o += w[2]
            w = near[k + 5][4]
            if w is not None:
                b += w[0]
                i += w[1]
                o += w[2]
            for w in own[k][1]:
                b += w[0]
                i += w[1]
                o += w[2]
            out.append((b, i, o))
        return out


@dataclass(frozen=True)
class Model:
    """State weights per feature (one per label, in LABELS order) and transition weights
    (from label, to label). ``lookups`` remembers weights per word as tag() reads them
    (the weights must not change once the model tags)."""

    state: dict[str, tuple[float, float, float]]
    transition: tuple[tuple[float, float, float], ...]
    lookups: _Lookups = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lookups", _Lookups(self.state))


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


@lru_cache(maxsize=65536)
def _own(word: str) -> tuple[str, tuple[str, ...]]:
    """A word's class and the features it has whatever its neighbours (cached: a release
    repeats most of its words)."""
    from briefgen.parse.areas import word_class

    lw = word.lower()
    cls = word_class(word) if word[:1].isalpha() else "punct"
    f = ["w=" + lw, "s3=" + lw[-3:], "c=" + cls]
    if word[:1].isupper():
        f.append("title")
    if word.isupper() and len(word) > 1:
        f.append("upper")
    if word.isdigit():
        f.append("digit")
    if not word[:1].isalnum():
        f.append("punct")
    return cls, tuple(f)


def features(words: list[str]) -> list[list[str]]:
    """Binary features of each word: itself, its neighbours, its word class, its shape,
    how far after a cue word it stands and the sentence's cue words. Word identities carry
    across issuers better here than in the filter: the tagger learns the words of areas
    ("energy", "security"), which every issuer shares."""
    n = len(words)
    low = [w.lower() for w in words]
    own = [_own(w) for w in words]
    cue = "cue" if _SENT_CUES.intersection(low) else "nocue"
    padded = ["<pad>"] * 3 + low + ["<pad>"] * 2
    near = [[f"w{k}={x}" for x in padded[3 + k:3 + k + n]] for k in (-3, -2, -1, 1, 2)]
    classes = ["<pad>", *(c for c, _ in own), "<pad>"]
    since = _since_cue(low)
    out = []
    for i in range(n):
        f = ["bias", cue, f"pos={min(4, 5 * i // n)}", "cue-" + since[i],
             "c-1=" + classes[i], "c+1=" + classes[i + 2],
             "w-1w=" + padded[i + 2] + "|" + low[i],
             near[0][i], near[1][i], near[2][i], near[3][i], near[4][i]]
        f += own[i][1]
        out.append(f)
    return out


def windows(n: int) -> list[tuple[int, int]]:
    """Token ranges of at most _MAX_TOKENS words, as the tagger reads (and learns) them."""
    return [(s, min(n, s + _MAX_TOKENS)) for s in range(0, max(n, 1), _MAX_TOKENS)]


def marginals(model: Model, feats: list[list[str]]) -> list[tuple[float, float, float]]:
    """The probability of each label at each word (scaled forward-backward)."""
    if not feats:
        return []
    get = model.state.get
    scores = []
    for fs in feats:
        b = i = o = 0.0
        for f in fs:
            w = get(f, _ZERO)
            b += w[0]
            i += w[1]
            o += w[2]
        scores.append((b, i, o))
    return _forward_backward(model, scores)


def word_marginals(model: Model, words: list[str]) -> list[tuple[float, float, float]]:
    """``marginals(model, features(words))``, bit for bit, through the model's per-word
    look-ups (_Lookups): what tag() runs on every sentence."""
    if not words:
        return []
    return _forward_backward(model, model.lookups.scores(words))


def _forward_backward(model: Model, scores: list[Weights]) -> list[tuple[float, float, float]]:
    """The marginals from each word's summed weights per label. Written out for three
    labels, each word's emissions computed inside the forward pass: it runs on every word
    of every release, and the loops over labels (and the lists between passes) cost more
    than the arithmetic. The arithmetic is the textbook scaled pass's, in its order."""
    exp = math.exp
    (t00, t01, t02), (t10, t11, t12), (t20, t21, t22) = (
        [exp(x) for x in row] for row in model.transition)
    n = len(scores)
    emit: list[tuple[float, float, float]] = [_ZERO] * n
    alpha: list[tuple[float, float, float]] = [_ZERO] * n
    a0 = a1 = a2 = 0.0
    for t in range(n):
        b, i, o = scores[t]
        top = b  # max(b, i, o), as max() picks it
        if i > top:
            top = i
        if o > top:
            top = o
        e0, e1, e2 = exp(b - top), exp(i - top), exp(o - top)
        emit[t] = (e0, e1, e2)
        if t:
            x0 = e0 * (a0 * t00 + a1 * t10 + a2 * t20)
            x1 = e1 * (a0 * t01 + a1 * t11 + a2 * t21)
            x2 = e2 * (a0 * t02 + a1 * t12 + a2 * t22)
        else:
            x0, x1, x2 = e0, e1, e2
        z = x0 + x1 + x2
        a0, a1, a2 = x0 / z, x1 / z, x2 / z
        alpha[t] = (a0, a1, a2)
    out: list[tuple[float, float, float]] = alpha  # filled in place, back to front
    b0 = b1 = b2 = 1.0
    for t in range(n - 1, -1, -1):
        a0, a1, a2 = alpha[t]
        p0, p1, p2 = a0 * b0, a1 * b1, a2 * b2
        z = p0 + p1 + p2
        out[t] = (p0 / z, p1 / z, p2 / z)
        e0, e1, e2 = emit[t]
        y0, y1, y2 = e0 * b0, e1 * b1, e2 * b2
        x0 = t00 * y0 + t01 * y1 + t02 * y2
        x1 = t10 * y0 + t11 * y1 + t12 * y2
        x2 = t20 * y0 + t21 * y1 + t22 * y2
        z = x0 + x1 + x2
        b0, b1, b2 = x0 / z, x1 / z, x2 / z
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


def tag(model: Model, doc: Doc, sent: Sentence, floor: float = FLOOR,
        memo: dict[tuple[str, ...], list[Weights]] | None = None) -> list[Span]:
    """Spans of ``sent`` whose words the tagger marks as an area with at least ``floor``
    probability; a sentence longer than _MAX_TOKENS words is tagged in windows. ``memo``
    keeps the marginals of each window's words (see tag_doc)."""
    found = list(TOKEN.finditer(doc.text, sent.start, sent.end))
    every = tuple(map(_WORD_OF, found))
    out: list[Span] = []
    for lo, hi in windows(len(found)):
        words = every[lo:hi]
        probs = memo.get(words) if memo is not None else None
        if probs is None:
            probs = word_marginals(model, list(words))
            if memo is not None:
                memo[words] = probs
        for i, j in _spans_of(probs, floor):
            if all(not words[k][:1].isalnum() for k in range(i, j)):
                continue
            conf = sum(1.0 - probs[k][2] for k in range(i, j)) / (j - i)
            out.append(Span(found[lo + i].start(), found[lo + j - 1].end(), round(conf, 4)))
    return out


_WORD_OF = re.Match.group  # a token match's word, mapped over the matches in C


def tag_doc(model: Model, doc: Doc, floor: float = FLOOR) -> list[tuple[Sentence, Span]]:
    """``tag`` over every sentence of ``doc``, each sentence with its spans. The marginals
    depend on the words alone, so a release that prints the same words twice (its
    headline again as its first sentence, a paragraph repeated) is tagged once per
    wording and its spans read off at each place; a sentence printed again character
    for character is not even split into words again: its spans are the first one's,
    moved (tokens and spans depend on the sentence's characters alone)."""
    memo: dict[tuple[str, ...], list[Weights]] = {}
    printed: dict[str, tuple[int, list[Span]]] = {}  # wording -> (first start, its spans)
    out: list[tuple[Sentence, Span]] = []
    for sent in doc.sentences:
        wording = doc.text[sent.start:sent.end]
        first = printed.get(wording)
        if first is None:
            spans = tag(model, doc, sent, floor, memo)
            printed[wording] = (sent.start, spans)
        else:
            shift = sent.start - first[0]
            spans = [Span(sp.start + shift, sp.end + shift, sp.confidence) for sp in first[1]]
        out += [(sent, sp) for sp in spans]
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
