"""Train the cooperation-area filter: ``python -m briefgen.parse.train_areas``.

Reads the dev corpus (``--dev``, default ../shared/corpus/dev) and the annotated pool
batches b1-b11 only (gold in tests/corpus/pool, texts in ``--pool``; the validation batch
is never read), proposes candidates with area_model.candidates, labels each one positive
when it matches a gold area by the scorer's own matching (../shared/eval/score.py, imported
at training time only), drops features seen in fewer than MIN_RELEASES training releases,
fits an L2 logistic regression in pure Python (fixed order, fixed steps: the same data
gives the same weights), picks the keep threshold for broad candidates that maximises F1
while the dev corpus keeps its floor (the rules' own items are always kept: dropping them
won a little on releases of a seen source but lost on unseen sources and on invented
sentences) and writes briefgen/parse/area_weights.json.

``--loso``: train without one source (or one half of the pool batches) and score it, rules
alone and rules plus filtered broad candidates (F1 of cooperation areas). Round 2, all on
dev + b1-b9 with the same folds ("before": round-1 features, no pruning, 5,489 weights;
"after": word classes added, features in < 5 releases pruned, about 730-885 weights,
quality/level, heading and situation rules):

    left out                 before: rules  model    after: rules  model
    dev                              0.849  0.761           0.848  0.736
    pool-au-pm                       0.477  0.529           0.490  0.528
    pool-kremlin                     0.336  0.371           0.360  0.396
    pool-ua                          0.271  0.274           0.289  0.304
    pool-wh                          0.465  0.495           0.471  0.493
    mean of the 4 pool sources       0.387  0.417           0.403  0.430
    b6-b9 (fit dev + b1-b5)          0.402  0.438           0.414  0.449
    b1-b5 (fit dev + b6-b9)          0.431  0.484           0.442  0.471

Round 4, retrained on dev + b1-b11 (same features; "before": the round-3 rules,
1,002 weights; "after": no list after a bare "work on/in" or "interest in <verb>-ing",
994 weights; threshold 0.35 both):

    left out                 before: rules  model    after: rules  model
    dev                              0.848  0.743           0.846  0.754
    pool-au-pm                       0.495  0.521           0.503  0.527
    pool-kremlin                     0.368  0.412           0.368  0.411
    pool-ua                          0.297  0.306           0.306  0.312
    pool-wh                          0.471  0.499           0.474  0.502
    mean of the 4 pool sources       0.408  0.435           0.413  0.438
    b6-b11 (fit dev + b1-b5)         0.427  0.465           0.435  0.472
    b1-b5 (fit dev + b6-b11)         0.442  0.487           0.445  0.489

Retrained after the round-4 merge (agreements' transcript_start, people, places; 992
weights): dev 0.754, au-pm 0.528, kremlin 0.407, ua 0.312, wh 0.500 (mean 0.437),
b6-b11 (fit dev + b1-b5) 0.472, b1-b5 (fit dev + b6-b11) 0.487.

Round 5 (same features; a party after "against" or "for" is kept with the subject:
"sanctions against X", "support for X"; 993 weights, threshold 0.35):

    left out                 before: rules  model    after: rules  model
    dev                              0.846  0.754           0.846  0.756
    pool-au-pm                       0.504  0.528           0.504  0.531
    pool-kremlin                     0.361  0.407           0.361  0.410
    pool-ua                          0.306  0.312           0.306  0.320
    pool-wh                          0.474  0.500           0.476  0.503
    mean of the 4 pool sources       0.411  0.437           0.412  0.441
    b6-b11 (fit dev + b1-b5)         0.435  0.472           0.436  0.477
    b1-b5 (fit dev + b6-b11)         0.444  0.487           0.444  0.492

Then an item made only of qualities, levels and framing words ("formal partnership",
"unwavering support", "shared vision", "new": lexicons/areas.toml qualities) is no longer
proposed, by the rules or as a broad candidate (964 weights, threshold 0.35):

    left out                 rules  model
    dev                      0.846  0.766
    pool-au-pm               0.509  0.536
    pool-kremlin             0.364  0.409
    pool-ua                  0.307  0.324
    pool-wh                  0.479  0.507
    mean of the 4 pool sources      0.444
    b6-b11 (fit dev + b1-b5) 0.438  0.474
    b1-b5 (fit dev + b6-b11) 0.448  0.496

Then "the need for X" / "the need to <verb> X" joined the broad "regard" cue (977
weights, threshold 0.35): dev 0.765, au-pm 0.538, kremlin 0.414, ua 0.327, wh 0.506 (mean
0.446), b6-b11 (fit dev + b1-b5) 0.479, b1-b5 (fit dev + b6-b11) 0.493.

Then principles ("mutual respect", "equality", "solidarity") joined the qualities list
(972 weights, threshold 0.35): dev 0.766, au-pm 0.538, kremlin 0.404, ua 0.330, wh 0.507
(mean 0.445), b6-b11 (fit dev + b1-b5) 0.480, b1-b5 (fit dev + b6-b11) 0.490. At equal
thresholds every fold holds or gains (within 0.003); kremlin's fold picked 0.35 instead of
0.30, where its curve is steep.

Round 5, second pass (measured on the same folds; "before" is the line above, rerun):
a colon after a broad cue ("including in: A, B") no longer ends its stretch, and short
segments between semicolons after a cue ("areas including A; B and C; and D") stay in it
(978 weights, threshold 0.35):

    left out                 before: model   after: model
    dev                              0.765          0.743
    pool-au-pm                       0.538          0.544
    pool-kremlin                     0.407          0.407
    pool-ua                          0.327          0.332
    pool-wh                          0.506          0.506
    mean of the 4 pool sources       0.445          0.447
    b6-b11 (fit dev + b1-b5)         0.479          0.477
    b1-b5 (fit dev + b6-b11)         0.490          0.493

(The dev fold's threshold moved 0.30 -> 0.20, where its curve is flat.) Tried on top of
it and left out (mean of the 4 pool sources; b6-b11 and b1-b5 folds; all within noise or
worse, and each extra competing candidate cost pool-kremlin 0.01-0.02):

    each side of a lone pair "A and B" as a candidate too        0.443  0.474  0.494
    every kind listed before a tie noun ("political, security,
      law enforcement and cultural cooperation")                 0.449  0.476  0.497
    a member over 8 words cut before its first trailing phrase   0.446  0.474  0.496
    the head of a 4+ (6+) word member as a second candidate      0.444  0.473  0.499
                                                                 (0.442 0.474  0.498)
    word features: "-y" dropped (technology/technologies)        0.447  0.479  0.493
    word features: first 6 letters                               0.444  0.474  0.497
    no word identity for sector words (and known-term words)     0.444  0.475  0.495
                                                                 (0.447 0.473  0.487)
    how many members of the same list are sector-like (sibs)     0.440  0.477  0.497
    "with the participants/partners/..." ends a member, and
      plural "collaborations", "partnerships" as coop cues       0.447  0.475  0.495
    the plural cue nouns alone                                   0.446  0.478  0.495
    the sides of a pair member too long to keep whole (9+ words) 0.443  0.469  0.498

Tried in round 5 and left out, each within +-0.005 of the above on every fold: a
stronger L2 (5, 20, 60); a floor for the rules' own items (0.1, 0.2: +0.005 on the batch
folds, -0.02 on pool-ua); salience features (how often the release writes the
candidate's last word, whether its title does); the object of a leading verb as a second
candidate; more verbs for the verb_obj cue; "economic" and "development" allowed as
qualifiers of a tie noun. The held-out F1 is flat in the threshold (0.20-0.70 moves it
about 0.01-0.02), so the filter, not the cut, limits it.

Round 6 (same folds, model column). Scoring a fold used to deduplicate the candidates'
own items, which merges them in place (the longer wording wins), so every later fold,
and the final fit after --loso, learned from altered labels; f1 now scores copies, the
weights of a plain run and of a --loso run are the same again, and round 6 was remeasured
so ("before" is round 5's final code):

    left out                 before  comma list  list shape
    dev                      0.743   0.739       0.765
    pool-au-pm               0.543   0.553       0.556
    pool-kremlin             0.404   0.406       0.405
    pool-ua                  0.336   0.336       0.335
    pool-wh                  0.508   0.504       0.508
    mean of the 4 pool sources 0.448 0.450      0.451
    b6-b11 (fit dev + b1-b5) 0.478   0.480       0.480
    b1-b5 (fit dev + b6-b11) 0.491   0.497       0.498

"comma list": a long comma list of kinds before a tie noun ("political, commercial,
security, law enforcement and cultural cooperation") gives one rule item per member.
"list shape": each broad list member carries features of its list, not of its words
(every member short, or one long; the longest member's size); 986 weights, threshold
0.35. Tried in round 6 and left out, measured before the copy fix (mean of the 4 pool
sources against 0.452 then, or for the first four 0.4485): the other short members of a
list whose members mostly pass kept at a lower bar (0.444-0.448); "the X sector" rule
items judged by the filter (0.450, and tests/test_parse_areas.py wants them kept); an
item of the rules ending in a past participle dropped ("the dangers created", 0.448);
"investment (from X) in" as a broad cue (0.448) and "joint work in" added to coop_prep
(0.451); the member that sticks out of its list (0.4515); what ends the list (0.447);
the last member marked (0.4515); sentence cues for "sides/leaders/parties/both/two"
(0.447); no first-word identity (0.450) or no first/last identity at all (0.449); a
class feature for a bare one-word candidate (0.449); a 0.03 floor for every rule item
(0.4485) and a 0.1 floor for known terms (0.444).

Round 7 (model column; "before" is round 6's final code). Three changes of the printed
wording only, the features still describe the release's own words: "the fight against
terrorism", "combating terrorism" and "counterterrorism" print as annotators write them,
"counter-terrorism" (areas.normal_area); help, sanctions, membership, stability and the
like keep the party or place named right after them ("financial assistance to Ukraine",
"stability in the Middle East"), which the scorer also matches with the shorter gold;
then kinds of ties and cooperation too ("commercial ties with X"); 986 weights,
threshold 0.35:

    left out                 before  counter-  +party   +ties    (rules alone, after)
    dev                      0.765   0.766     0.766    0.765    0.837
    pool-au-pm               0.556   0.558     0.561    0.559    0.522
    pool-kremlin             0.405   0.399     0.399    0.404    0.364
    pool-ua                  0.336   0.341     0.347    0.345    0.316
    pool-wh                  0.508   0.508     0.510    0.512    0.484
    mean of the 4 pool sources 0.451 0.4515   0.454    0.455
    b6-b11 (fit dev+b1-b5)   0.480   0.480     0.482    0.481    0.443
    b1-b5 (fit dev+b6-b11)   0.498   0.498     0.500    0.501    0.458

(No kremlin release holds a changed item: its 0.405 -> 0.399 is how much the fit moves
when a few labels of other sources change; differences under about 0.005 on one fold are
noise.) Tried in round 7 and left out (mean of the 4 pool sources against 0.4513):
the rules' items judged by the filter under a floor of 0.1, 0.2, 0.3 (0.444, 0.433,
0.413), and with rule-only copies of the class, shape and sentence features (0.433);
"discussed" or the five rule cues wrong more often than right on pool sources
(discussed, list after a colon, on, talked, in) judged by the filter like broad
candidates (0.4508, 0.4505); the subject of "<X> was/were discussed/reviewed/raised" as
a broad candidate (0.448: kremlin 0.393); a broad item dropped when a kept item's key is
a strict part of its key (0.453, b6-b11 fold 0.472) or only a rule item's (0.454,
b6-b11 fold 0.476); averaging weights over the last 20 epochs (0.448) or over four
orders of the rows (0.446); the threshold chosen on an F1 curve smoothed over +-0.05
(0.4518, dev 0.750: steadier folds, no gain).

Round 7, retrained once every round-7 change was merged (other issuers' area cues, run-on
lists, possessive owners, segmentation and people fixes): dev 0.765, au 0.562, kremlin
0.406, ua 0.344, wh 0.513, mean of the 4 pool sources 0.456; b6-b11 fold 0.482, b1-b5
fold 0.503. One segmentation change ("etc." / "a.m." before a capital ends a sentence,
right on its 5 releases) was reverted because this retrain moved the chosen thresholds
with it (kremlin 0.392, ua 0.330).

Round 9 (issuers never seen; same features; "before" is main after round 9's agreements
work, 986 weights, threshold 0.35): an initial's dot ("Canada-U.S. partnership") no longer
ends a list member, a party with its stance ("Jordanian side", "U.S. support") and an item
pointing back ("cooperation with this organization") are no areas, a vague first member
is skipped before a document word too, "(latest) developments of/in X" and "<party>
support to <owner>'s <sector>" give their subject (981 weights, threshold 0.35):

    left out                 before: rules  model    after: rules  model
    dev                              0.837  0.765           0.837  0.765
    pool-au-pm                       0.522  0.562           0.520  0.562
    pool-kremlin                     0.365  0.406           0.366  0.411
    pool-ua                          0.316  0.344           0.317  0.332
    pool-wh                          0.484  0.513           0.487  0.517
    mean of the 4 pool sources              0.456                  0.4555
    b6-b11 (fit dev+b1-b5)           0.443  0.482           0.443  0.486
    b1-b5 (fit dev+b6-b11)           0.459  0.503           0.460  0.499

The folds' thresholds move with small changes of the candidates (ua 0.40 -> 0.45, b1-b5
0.45 -> 0.60: the dev floor binds there), which is most of the ua and b1-b5 differences.
A retrain halfway through (without the "support to X's sector" fix, which gives back one
dev area) chose 0.40 for all sources, because dev fell under its floor at 0.35; at 0.40
every scored set lost recall (b6-b11 areas 0.547 -> 0.540), so the floor, not the fit,
decided it. Scored with the parser (areas F1, before -> after): ext A 0.45 -> 0.47, ext B
0.50 -> 0.51, dev 0.81 -> 0.81, b1-b5 0.59 -> 0.60, b6-b11 0.54 -> 0.55.

Then a broad cue of its own for "the crisis/conflict in X" (the member starts at the noun:
annotators write "Syria crisis", "conflict in Syria", never the place alone; "situation",
"developments", "war", "tensions" still give the place); 983 weights, threshold 0.35:
dev 0.767, au 0.562, kremlin 0.413, ua 0.333, wh 0.518 (mean 0.4565), b6-b11 fold 0.485,
b1-b5 fold 0.500. Parser areas F1: ext A 0.474 -> 0.484, ext B 0.509 -> 0.512, dev 0.808
-> 0.807, b1-b5 0.595 -> 0.595, b6-b11 0.549 -> 0.551. With "war" and "tensions" in the
new cue too, the all-sources threshold went to 0.40 (dev under its floor at 0.35: "war in
Ukraine", "war with Russia" are not areas on dev) and every pool set lost recall.

Round 11: candidates are trimmed of words in front of their subject ("that X", "discussion
included X") and of a dangling preposition or comma ("Joint Commission for"), and dropped
when they open with a pronoun or a fixed preposition's rest ("according to X", "in line
with X"); "the crisis/conflict in X" is a rule item as "the situation in X" is; 992
weights, threshold 0.35: dev 0.757, au 0.565, kremlin 0.408, ua 0.339, wh 0.519 (mean
0.458, was 0.458), b6-b11 fold 0.486 (0.487), b1-b5 fold 0.513 (0.503).

Round 12: the filter also learns from the studied releases of other issuers
(training.EXT_TRAIN_BATCHES, 177 releases of ~170 issuers, four folds by issuer), and the
keep threshold is chosen on held-out F1 pooled over every fold (choose_threshold), not on
the training releases. Held-out F1, model column (before: dev + b1-b11 only, threshold
0.35; after: with the other issuers, threshold 0.65; 1,138 weights):

    left out                 before  after
    dev                      0.757   0.764
    pool-au-pm               0.565   0.559
    pool-kremlin             0.408   0.423
    pool-ua                  0.339   0.336
    pool-wh                  0.520   0.537
    pool sources, pooled     0.489   0.493
    other issuers, pooled    0.518   0.534   (before: the committed model on all of them)

(exact per-fold figures are in area_weights.json, "loso"). The other issuers' folds alone
would cut at 0.35 (0.551) and dev alone at 0.80 (0.794): those annotators list areas more
freely than the corpus's, so no one kind of fold chooses alone.

Round 13 (new issuers' sentence shapes, candidates only; features unchanged): a name's
acronym in brackets no longer ends a broad stretch; "the situation in the region", "the
regional situation", "regional tensions" and "developments in the region" are the region's
affairs; "developments in <named place>" keep their noun; a frame after the subject ("in
the context of", "on the basis of", "in line with") ends a member; "with an emphasis on"
opens a list of examples. The dev floor is the test's own 0.78 (was 0.785, which flipped
the cut to 0.60-0.65 whenever one dev item moved). Held-out F1 (rules / model; 1,138
weights, threshold 0.55 both):

    left out                 before: rules  model    after: rules  model
    dev                              0.837  0.739           0.837  0.744
    pool-au-pm                       0.527  0.570           0.527  0.571
    pool-kremlin                     0.367  0.425           0.367  0.430
    pool-ua                          0.321  0.327           0.321  0.326
    pool-wh                          0.490  0.540           0.490  0.539
    pool sources, pooled             0.455  0.497           0.455  0.498
    ext1                             0.493  0.622           0.493  0.627
    ext2                             0.515  0.576           0.515  0.573
    ext3                             0.446  0.554           0.453  0.568
    ext4                             0.418  0.548           0.418  0.555
    other issuers, pooled            0.458  0.569           0.461  0.577
    b6-b11 (fit dev+b1-b5)           0.447  0.485           0.447  0.485
    b1-b5 (fit dev+b6-b11)           0.465  0.517           0.465  0.518

Tried in round 13 and left out (each retrained; CHECK, the blind set of 42 issuers, or
the held-out folds fell): each word coordinated before a head noun of subjects with the
noun ("political, economic and migration issues" -> "economic issues", ...: fp on dev and
CHECK); "the topics discussed (at length) were A, B" as a discuss cue; verbs of acting on
a problem ("restore", "resolve", "deal with", "bring about") as verb cues (pool 0.498 ->
0.494, CHECK -2 tp); "cooperation within/at X"; capitals crossed with the cue as a
feature (ext 0.573 -> 0.569); broad members of up to 10 words (the dev floor moved the cut
to 0.65). A candidate change that proposes few new items moves CHECK by one or two items
through the retrain alone (the same code with the previous weights scores it unchanged).

Feature sets compared on the same folds (round-1 rules, mean of the 4 pool sources):
every feature unpruned 0.417; pruned at 5 releases 0.410, at 10 0.409; no word identities
at all 0.396; with word classes, pruned at 5, 0.423 (and without the bag of words 0.424,
but dev 0.739 against 0.755, so the bag stays). Word identities are worth about 0.01-0.02
on unseen sources; most of the gain is the cue and the candidate's shape. Unseen issuers
gain little: the candidates reach only about 0.5-0.7 of the annotated areas.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType

from briefgen.parse.agreements import extract_agreements
from briefgen.parse.area_model import WEIGHTS, Candidate, candidates, probability, select
from briefgen.parse.areas import rule_areas
from briefgen.parse.train_span_tagger import cross_fitted
from briefgen.parse.training import (
    EXT_FOLDS,
    EXT_TEXTS,
    SOURCES,
    corpus_arguments,
    fold_of,
    labels,
    load_scorer,
    set_aside,
    training_releases,
    write_weights,
)

L2 = 1.0
EPOCHS = 40
RATE = 0.1
# a feature seen in fewer training releases than this is dropped before fitting: a word
# met in two releases is a fact about those releases, not about areas
MIN_RELEASES = 5
# tests/test_corpus_score.py holds a floor for cooperation areas on dev (a little margin):
# 0.80 until round 12, 0.78 since the filter learns from ~170 other issuers and its cut is
# chosen on held-out folds (dev 0.80 at the chosen 0.65). It guards against a broken
# filter, not for dev's fit. Round 13: 0.785 -> 0.78, the test's own floor (the trainer's
# dev F1 is the parser's): dev sat within 0.001 of 0.785 at the held-out cut 0.55, so a
# candidate change that moved one dev item flipped the cut to 0.60-0.65 (three of round
# 13's first six retrains), and every other set lost recall for a margin nothing needs
# Round 14: 0.78 -> 0.74. With the span tagger's candidates the held-out folds choose a low
# cut (0.50-0.60), where dev's in-sample F1 sits at 0.75-0.77; raising the cut to 0.70 for
# dev cost the other issuers' folds about 0.01: the floor was costing unseen issuers for
# the corpus the rules were tuned on
DEV_FLOOR = 0.74


def load(dev: Path, pool_gold: Path, pool_text: Path,
         ext_text: Path | None = EXT_TEXTS) -> list[tuple[str, dict, list[Candidate]]]:
    """(id, gold, candidates) of every training release, in a fixed order."""
    out = []
    releases = training_releases(dev, pool_gold, pool_text, ext_text)
    # the tagger's spans of a release come from a tagger that never saw it, as at run time
    taggers = cross_fitted(releases)
    for doc_id, gold, doc, speech in releases:
        agreements = extract_agreements(doc, speech)
        documents = [(ev.start, ev.end) for a in agreements for ev in a.evidence]
        cands = candidates(doc, speech, rule_areas(doc, speech, agreements), documents,
                           agreements, taggers[doc_id])
        out.append((doc_id, gold, cands))
    return out


def prune(data: list[tuple[str, dict, list[Candidate]]], min_releases: int) -> set[str]:
    """Features present in at least ``min_releases`` training releases."""
    seen: dict[str, int] = {}
    for _, _, cands in data:
        for f in {f for c in cands for f in c.features}:
            seen[f] = seen.get(f, 0) + 1
    return {f for f, n in seen.items() if n >= min_releases}


def fit(rows: list[tuple[list[str], int]]) -> dict[str, float]:
    """L2 logistic regression by plain stochastic gradient steps in a fixed order."""
    w: dict[str, float] = {}
    n = len(rows)
    for epoch in range(EPOCHS):
        rate = RATE / (1.0 + epoch * 0.2)
        for feats, y in rows:
            p = probability(feats, w)
            g = p - y
            for f in feats:
                w[f] = w.get(f, 0.0) - rate * (g + L2 * w.get(f, 0.0) / n)
    return {f: round(v, 5) for f, v in sorted(w.items()) if abs(v) >= 1e-4}


def f1(scorer: ModuleType, data: list[tuple[str, dict, list[Candidate]]],
       weights: dict[str, float] | None, threshold: float) -> float:
    """F1 of cooperation areas over ``data``; ``weights`` None scores the rules alone."""
    tally = scorer.Tally()
    _tally_into(scorer, tally, data, None if weights is None else (weights, threshold))
    return tally.f1()


def _tally_into(scorer: ModuleType, tally: object, data: list[tuple[str, dict, list[Candidate]]],
                model: tuple[dict[str, float], float] | None) -> None:
    """Add each release's cooperation areas to ``tally``: the rules' items alone when
    ``model`` is None, else those the filter (weights, threshold) keeps."""
    for _, gold, cands in data:
        kept = [c.item for c in cands if c.rule] if model is None else \
            select(cands, model[0], model[1])
        pred = {"cooperation_areas": [i.text for i in _dedupe(kept)]}
        scorer.score_list("cooperation_areas", gold, pred, tally, [])


def _dedupe(items: list) -> list:
    from briefgen.parse.areas import _dedupe as dedupe

    return dedupe(items)


def fit_weights(scorer: ModuleType, data: list[tuple[str, dict, list[Candidate]]],
                min_releases: int = MIN_RELEASES) -> dict[str, float]:
    """The filter's weights, fitted on ``data`` (features pruned by MIN_RELEASES)."""
    keep = prune(data, min_releases)
    rows = []
    for _, gold, cands in data:
        ys = labels(scorer, gold, "cooperation_areas", [c.item.text for c in cands])
        for c, y in zip(cands, ys, strict=True):
            if y is not None:
                rows.append(([f for f in c.features if f in keep], y))
    return fit(rows)


def batch_of(gold: dict) -> str:
    return str(gold.get("batch") or "dev")


# the folds whose text no rule was written on: the threshold is chosen on these, held out
UNSEEN = (*[s.rstrip("-") for s in SOURCES], *[f"ext{i + 1}" for i in range(EXT_FOLDS)])
THRESHOLDS = [t / 100 for t in range(20, 71, 5)]


def held_out_fits(scorer: ModuleType, data: list[tuple[str, dict, list[Candidate]]],
                  min_releases: int, with_batches: bool = False) -> dict[str, tuple[list, dict]]:
    """(held-out releases, weights fitted without them) for each source, each fold of the
    other issuers and, with ``with_batches``, each half of the pool batches."""
    folds: list[tuple[str, list, list]] = []
    for src in ("dev", *UNSEEN):
        held = [d for d in data if fold_of(d[0], d[1]) == src]
        if held:
            folds.append((src, [d for d in data if fold_of(d[0], d[1]) != src], held))
    if with_batches:
        early = ("b1", "b2", "b3", "b4", "b5")
        late = ("b6", "b7", "b8", "b9", "b10", "b11")
        folds.append(("b6-b11 (fit dev+b1-b5)",
                      [d for d in data if batch_of(d[1]) not in late and d[0][:4] != "ext-"],
                      [d for d in data if batch_of(d[1]) in late]))
        folds.append(("b1-b5 (fit dev+b6-b11)",
                      [d for d in data if batch_of(d[1]) not in early and d[0][:4] != "ext-"],
                      [d for d in data if batch_of(d[1]) in early]))
    return {name: (held, fit_weights(scorer, rest, min_releases)) for name, rest, held in folds}


def pooled_f1(scorer: ModuleType, fits: dict[str, tuple[list, dict]], names: list[str],
              threshold: float | None, digits: int = 3) -> float:
    """F1 over the releases of ``names``, each judged by the weights fitted without its
    fold; ``threshold`` None scores the rules alone."""
    tally = scorer.Tally()
    for name in names:
        held, weights = fits[name]
        _tally_into(scorer, tally, held, None if threshold is None else (weights, threshold))
    return round(tally.f1(), digits)


def choose_threshold(scorer: ModuleType, fits: dict[str, tuple[list, dict]]) -> float:
    """The keep threshold with the best held-out F1 pooled over every fold: the pool
    sources, the other issuers and dev (ties: the one nearer 0.5).

    Until round 12 it was the best in-sample F1. Once the other issuers joined the
    training data, their held-out folds scored best low (0.551 at 0.35, 0.528 at 0.70)
    and dev's high (0.693 at 0.35, 0.774 at 0.70), with the pool sources flat (0.491,
    0.494): their annotators write areas more freely than the corpus's, so no one kind of
    fold may choose alone. Pooled, 0.55-0.70 are level (0.540)."""
    names = [n for n in ("dev", *UNSEEN) if n in fits]
    return max(THRESHOLDS, key=lambda t: (pooled_f1(scorer, fits, names, t, 6), -abs(t - 0.5)))


def dev_threshold(scorer: ModuleType, data: list[tuple[str, dict, list[Candidate]]],
                  weights: dict[str, float], threshold: float) -> float:
    """The lowest threshold from ``threshold`` up that keeps the project's floor on the dev
    corpus (tests/test_corpus_score.py)."""
    dev = [d for d in data if fold_of(d[0], d[1]) == "dev"]
    for t in [t for t in THRESHOLDS if t >= threshold]:
        if not dev or f1(scorer, dev, weights, t) >= DEV_FLOOR:
            return t
    return threshold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(ap)
    ap.add_argument("--loso", action="store_true",
                    help="also score batch against batch (the held-out folds always run)")
    ap.add_argument("--min-releases", type=int, default=MIN_RELEASES,
                    help="drop features seen in fewer training releases")
    args = ap.parse_args(argv)
    with set_aside(WEIGHTS):  # candidates do not depend on the weights, but start clean
        train(args)
    return 0


def train(args: argparse.Namespace) -> None:
    scorer = load_scorer(args.scorer, "area_scorer")
    data = load(args.dev, args.gold, args.pool, args.ext_texts)
    fits = held_out_fits(scorer, data, args.min_releases, with_batches=args.loso)
    chosen = choose_threshold(scorer, fits)
    weights = fit_weights(scorer, data, args.min_releases)
    threshold = dev_threshold(scorer, data, weights, chosen)
    loso: dict[str, list[float]] = {}
    for name in fits:
        loso[name] = [pooled_f1(scorer, fits, [name], None),
                      pooled_f1(scorer, fits, [name], threshold)]
    for label, names in (("pool sources (pooled)", [n for n in fits if n.startswith("pool")]),
                         ("ext folds (pooled)", [n for n in fits if n.startswith("ext")])):
        if names:
            loso[label] = [pooled_f1(scorer, fits, names, None),
                           pooled_f1(scorer, fits, names, threshold)]
    for name, (rules_f1, model_f1) in loso.items():
        print(f"{name:24s} rules {rules_f1:.3f}  model {model_f1:.3f}", file=sys.stderr)
    score = f1(scorer, data, weights, threshold)
    print(f"all sources: threshold {threshold:.2f} (held-out best {chosen:.2f}), training F1 "
          f"{score:.3f}, {len(weights)} weights", file=sys.stderr)
    write_weights(WEIGHTS, {"threshold": threshold, "training_f1": round(score, 3),
                            "loso": loso, "weights": weights})


if __name__ == "__main__":
    sys.exit(main())
