"""Train the follow-up keep/drop filter: ``python -m briefgen.parse.train_followups``.

Candidates come from ``followups.candidates`` (the cue rules' items plus every clause with a
broad commitment/future/invitation/proposal/instruction cue). A candidate is labelled
positive when it matches a gold follow-up by the scorer's own matching
(../shared/eval/score.py, imported here at training time only), left out when it only
matches a ``follow_ups_optional`` item, negative otherwise. A logistic regression
(scikit-learn, training time only; ``pip install -e '.[train]'``) learns the weights, which
go to followups_model.json with the keep threshold; run time needs no sklearn.

Training data: the dev corpus (../shared/corpus/dev) and the pool batches b1-b11
(tests/corpus/pool/*.gold.json, texts in ../shared/corpus/pool). The validation batch
("batch": "val") is never read. Deterministic: fixed solver, sorted inputs, no sampling.

The threshold pair is the one with the best leave-one-source-out F1 pooled over the four
pool sources (trained without a source, scored on it; dev is a fifth fold, reported but not
used to choose, see round 4), averaged since round 8 over the pair's 3x3 neighbourhood on
the grid: ``threshold`` for broad candidates and the lower ``rule_threshold`` (RULE_GRID)
under which even a rule item is dropped. The score is printed and kept in the JSON file ("loso").

Round 3 (dev + b1-b9, C=0.3, min count 2), leave-one-source-out F1:

  | variant                            | au   | krem | ua   | wh   | dev  | pool  | batch |
  | round 2: old cues, words, one threshold   | 0.36 | 0.21 | 0.22 | 0.44 | 0.65 | 0.411 | 0.351 |
  | + cue-less cues (slated, established,     | 0.41 | 0.21 | 0.21 | 0.44 | 0.63 | 0.417 | 0.366 |
  |   money, bullet_to, process)              |      |      |      |      |      |       |       |
  | + class features, rule threshold -4.0     | 0.37 | 0.15 | 0.25 | 0.42 | 0.79 | 0.445 | 0.357 |
  | same, class features only (no words)      | 0.36 | 0.12 | 0.21 | 0.39 | 0.82 | 0.435 | 0.331 |

("pool" = pooled over the five sources; "batch" = fit on dev+b1-b5, scored on b6-b9.)
Word identities stay: without them the by-batch score fell (0.331 < 0.351 baseline). The
rule threshold lifts dev most (the rules were tuned there); kremlin loses 0.06.

Round 4 (dev + b1-b11). The thresholds are now chosen on the four pool folds only
("pool"; UNSEEN): the cue rules were written on dev, so the dev fold rewarded keeping every
rule item (rule_threshold -6.0) although unseen pool text showed rule items no more
precise than broad ones (P 0.32 vs 0.33 by batch, 0/15 in transcripts). Rule items of one
cue in one sentence stand or fall together (followups.select), so a list of measures is not
cut to its first member. "batch" = fit dev+b1-b5 -> b6-b11 / fit dev+b6-b11 -> b1-b5:

  | variant                            | au   | krem | ua   | wh   | dev  | pool  | batch       |
  | retrained, old choice (-1.5, -6.0) | 0.40 | 0.19 | 0.22 | 0.41 | 0.75 | 0.340 | 0.345/0.339 |
  | chosen on pool folds (-1.5, -1.5)  | 0.41 | 0.21 | 0.21 | 0.43 | 0.68 | 0.350 | 0.352/0.347 |
  | same, after the round-4 merge      | 0.41 | 0.17 | 0.22 | 0.43 | 0.68 | 0.350 |             |
  (retrained once the other stages landed: transcript_start also knows speaker turns)

Round 5 (dev + b1-b11). A "long" wording of each broad object (the object run on past
the word limit or clause end, up to the next strong break, at most max_words + 8 words)
lets the filter keep the purpose, place or date annotators write into an item. Threshold
pairs within TIE (0.001) of the best pool F1 are ties, broken by F1 over all five folds:

  | variant                            | au   | krem | ua   | wh   | dev  | pool  | batch       |
  | round 4 model, as committed        | 0.41 | 0.17 | 0.22 | 0.43 | 0.68 | 0.350 | 0.354/0.343 |
  | + cues modal, favour, announced    | 0.41 | 0.15 | 0.23 | 0.43 | 0.68 | 0.350 | 0.358/0.345 |
  | + "long" variant (-1.25, -1.5)     | 0.42 | 0.16 | 0.25 | 0.44 | 0.73 | 0.361 | 0.369/0.349 |
  | + ties by all folds (-1.25, -1.75) | 0.41 | 0.16 | 0.25 | 0.45 | 0.74 | 0.360 | 0.368/0.350 |
  | + passive step with its verb,      | 0.41 | 0.17 | 0.24 | 0.45 | 0.72 | 0.361 |             |
  |   focus-list and ";"-gerund members (-1.25, -1.5)                              |
  | + passive invitee ("X was invited  | 0.41 | 0.17 | 0.25 | 0.46 | 0.72 | 0.363 |             |
  |   to ..."), no empty {who}         |      |      |      |      |      |       |             |
  | + cue expect_who ("expect X to     | 0.41 | 0.18 | 0.26 | 0.46 | 0.71 | 0.366 |             |
  |   visit ...")                      |      |      |      |      |      |       |             |

Round 6 (dev + b1-b11). A rule item the word limit cut short gives way to a broad wording
of the same span that runs it on (followups._extended; at most 4 more content words, at
most 2 words in front, never the "subj" wording); weights unchanged, select only:

  | variant                            | au   | krem | ua   | wh   | dev  | pool  | pooled |
  | round 5 model, as committed        | 0.41 | 0.18 | 0.26 | 0.46 | 0.71 | 0.366 | 0.440  |
  | + run-on wording replaces the rule item | 0.43 | 0.18 | 0.28 | 0.46 | 0.70 | 0.376 | 0.445 |
  | same, any words in front           | 0.43 | 0.20 | 0.29 | 0.46 | 0.70 | 0.380 | 0.449  |
  | any superset wording, "subj" too   | 0.43 | 0.20 | 0.29 | 0.45 | 0.62 | 0.382 | 0.433  |
  | in order, "subj" too, <= 2x words  | 0.43 | 0.20 | 0.29 | 0.46 | 0.69 | 0.380 | 0.447  |
  | only where the rule item leads     | 0.42 | 0.18 | 0.27 | 0.44 | 0.70 | 0.368 | 0.439  |

(the front bound costs 0.004 pool F1 but keeps "and have agreed to ..." and "proposal to by
..." out of the items). Tried in round 6 and left out: dropping candidates that restate the
announced visit itself (same place, days within the event, no time ahead), from the event
frame: pool 0.366 -> 0.361; the gold lists the announced visit as a follow-up in about as
many announcement releases as it leaves it out.

Tried in round 5 and left out (pool or by-batch F1 fell, or moved under 0.005): features
lead sentence / lead event, subject is both sides, subject is a leader, first-word class,
item ends on a function word, reporting verb before the cue, past-state words, item year
against the published year, variant x length crosses; (round 5, second pass) a named
antecedent for "these talks" / "this project" (pool F1 +0.001, b1-b5 follow-ups -0.007), a
fronted time ("In May, X will ...") appended to the item (-0.004), cues "working with X to
..." (-0.002), any noun after "forthcoming" (-0.003), headline outcome lines ("X to extend
...", -0.004; no support in our sources), "the need to ..." (+0.001, but it drops a
committed relative-clause step); no named subject that holds "is/has" (-0.001); MIN_COUNT
4 or 8; C 0.2 or 0.5; a stricter rule threshold than the broad one; rule items not first
among equals; rule siblings judged one by one; pronouns and relatives as stop words; a
present-progressive cue (lost on b6-b11); the long wording for np and prefixed cues,
stopping at the next coordinated step or at a bare "which", 4 or 12 extra words; an
"including ..." variant; a subject variant for lower-case "the ..." subjects.

Tried and left out (no gain on both halves, or within +-0.01): release length, sentence
position, a "said" attribution, past-time words, hedges, bullets, candidates per sentence,
C 0.1 or 1.0, a per-release cap on kept items (lost recall, no precision), a long wording
variant that keeps the purpose clause (+0.008 one half, -0.011 the other).

Round 7 (dev + b1-b11; nothing kept, the model is the round-6 one). Studied on dev + b1-b5:
82 of its 360 gold follow-ups have no matching candidate: 9 where a candidate holds their
words but runs too long, 38 whose words sit in a candidate sentence outside every span
("including through X", "as well as X", a colon list, an antecedent), 35 in sentences no cue
reaches (present progressive, "discussed ... preparations for", document noun phrases). Of
the misses that do have a matching candidate, 13 are blocked by an overlapping kept item
and about 110 score below the threshold (mostly "will", logits -2 to -4). "batch" = fit
dev+b1-b5 -> b6-b11 / fit b6-b11 -> dev+b1-b5, at the chosen thresholds:

  | variant                            | au   | krem | ua   | wh   | dev  | pool  | batch       |
  | round 6 model (-1.25, -1.5)        | 0.42 | 0.18 | 0.28 | 0.46 | 0.70 | 0.376 | 0.373/0.462 |
  | "invited were" (a list of those    | 0.42 | 0.18 | 0.28 | 0.46 | 0.71 | 0.375 | 0.372/0.496 |
  |   present) not an invitation; the adverb in "will/would also be/like" no longer |
  |   slips past the cue's exclusion (-1.25, -1.75)                                   |
  | + "urge(s)" among instruction cues | 0.42 | 0.18 | 0.28 | 0.46 | 0.71 | 0.374 | 0.372/0.495 |
  | + rule "will continue to support/  | 0.42 | 0.18 | 0.28 | 0.46 | 0.71 | 0.374 | 0.376/0.494 |
  |   provide" removed (standing policy; one dev item lost)                           |
  | + cues "preparations for / steps   | 0.42 | 0.18 | 0.29 | 0.46 | 0.71 | 0.377 | 0.367/0.493 |
  |   towards (holding) X", money with up to 4 words before to/for, "welcomed the    |
  |   initiation/resumption of"; in-sample b6-b11 follow-ups 0.58 -> 0.56            |
  | + cue "provides for / envisages"   | no candidate of it kept; pool 0.377          |
  | names as one class in the subject  | 0.43 | 0.15 | 0.27 | 0.47 | 0.76 | 0.379 | 0.375/0.509 |
  |   words (kremlin and ua fall)      |      |      |      |      |      |       |             |
  | names as one class in item and     | 0.41 | 0.14 | 0.29 | 0.45 | 0.72 | 0.364 | 0.381/0.493 |
  |   subject words                    |      |      |      |      |      |       |             |
  | no subject words (sw=, s1=)        | 0.44 | 0.14 | 0.28 | 0.44 | 0.73 | 0.377 | 0.373/0.484 |
  | release voice (share of first-     | 0.42 | 0.18 | 0.28 | 0.45 | 0.70 | 0.370 | 0.359/0.495 |
  |   person sentences), with x rule   |      |      |      |      |      |       |             |
  | support (distinct cues over the    | 0.41 | 0.15 | 0.28 | 0.47 | 0.73 | 0.371 | 0.373/0.495 |
  |   same clause: 1, 2, 3+)           |      |      |      |      |      |       |             |
  | broad wording before an overlapping| 0.42 | 0.20 | 0.28 | 0.46 | 0.67 | 0.376 | 0.370/0.446 |
  |   rule item when 1.0 surer (round 6 candidates)                                   |
  | source-balanced sample weights     | 0.42 | 0.18 | 0.28 | 0.45 | 0.70 | 0.373 | 0.378/0.475 |
  | only the first 4 item words        | 0.43 | 0.15 | 0.27 | 0.42 | 0.64 | 0.363 | 0.361/0.455 |
  | L1 penalty, C 0.5                  | 0.43 | 0.14 | 0.27 | 0.44 | 0.66 | 0.373 | 0.384/0.464 |
  | features seen in >= 2 sources      | 0.43 | 0.17 | 0.28 | 0.45 | 0.70 | 0.377 | 0.371/0.483 |
  | features seen in >= 3 sources      | 0.41 | 0.16 | 0.27 | 0.43 | 0.75 | 0.359 | 0.373/0.487 |
  | "subj" wording only for a noun-    | 0.43 | 0.18 | 0.28 | 0.45 | 0.72 | 0.375 | 0.375/0.454 |
  |   phrase subject (no "It was", "He thanked X for its"; +2 fp)                    |
  | same, and a pronoun subject left   | 0.42 | 0.14 | 0.28 | 0.46 | 0.73 | 0.370 | 0.366/0.465 |
  |   out of "subject" cue items ("I to be received" -> "received")                  |

Every candidate change moved pool F1 by at most +-0.003 (two or three items) while the
weights of the shared word features moved and flipped items elsewhere; most also moved the
tie-broken rule threshold from -1.5 to -1.75 (the dev fold rewards rule items), which costs
the in-sample b6-b11 score. With TIE = 0 the "urge" row keeps (-1.25, -1.5), pool 0.375,
batch 0.375/0.464. The name, subject-word, voice and support rows were measured with the
new cues in; the rows from "broad wording before" on, on the round-6 candidates. Kremlin
(transcripts, 43 of 66 releases without a gold follow-up) falls under almost every change.

Round 7, retrained once every round-7 change was merged: (-1.25, -1.75), au 0.422, kremlin
0.175, ua 0.269, wh 0.452, dev 0.717, pool 0.371, pooled 0.446. Bisected: the change is the
rejoining of hard-wrapped archive releases (segment.py; three au-pm releases, their overall
0.731 -> 0.835), whose new candidates flip the tie-broken rule threshold from -1.5 to -1.75
(pool 0.376 -> 0.371, pooled 0.445 -> 0.445); kept for what it does to those releases.
The two best pairs are a tie: pool F1 0.3714 at (-1.25, -1.75), 0.3713 at (-1.25, -1.5).
Choosing on pool F1 averaged over each pair's 3x3 grid neighbourhood picks (-1.25, -1.5)
(0.3689 against 0.3674) and would stop this flip; not adopted this round (it changes the
committed model for no measured gain), worth deciding before the next candidate work.

Round 8 (dev + b1-b11; the parser now reads wrapped, flattened and chromed layouts alike):
the pair is chosen on pool F1 averaged over its 3x3 grid neighbourhood (decided, as round 7
proposed): (-1.25, -1.5), au 0.421, kremlin 0.182, ua 0.267, wh 0.449, dev 0.705, pool
0.371, pooled 0.443. The lower rule threshold dropped the state-visit sample's shaped
"proposal for establishing ..." for the broad "Abenov establishing ..." (subject pasted
before the object); such a wording now gives way to the rule item of its step
(followups._rule_wording): dev 0.713, pool 0.371, pooled 0.444.

Round 12: the studied releases of other issuers join the training data
(training.EXT_TRAIN_BATCHES, 177 releases of ~170 issuers) as four folds by issuer, and the
pair is chosen on the pool and ext folds together. With them C 0.3 -> 0.1 (ext folds
pooled: C 0.03 0.395, 0.06 0.410, 0.1 0.416, 0.3 0.404, 1.0 0.400). (-1.25, -1.5): au
0.437, kremlin 0.187, ua 0.293, wh 0.421, dev 0.747, pool 0.378, ext 0.416, pooled 0.450;
the round-11 model scores the other issuers at 0.387. After the round's merges the pair
is chosen on every held-out fold, dev's too (CHOOSE_ON): (-1.25, -1.5), pool 0.381, ext
0.436, dev 0.747, pooled 0.455. Fit on dev + b1-b5 (+ ext), scored on
b6-b11: 0.382 without them, 0.405 with them; b1-b5 the other way 0.359 -> 0.363.

Round 13: the held-out folds are scored as run time judges, without the candidates whose
words say no step (followups._says_no_step: who travels along, what an event will mark or
contribute to, guests of the reported meeting, the agenda of talks ahead, a courtesy, a step
with no object, a process said done); the weights are unchanged (the filter still learns
from them). (-1.25, -1.5):

  | variant                            | au   | krem | ua   | wh   | dev  | pool  | ext   |
  | round 12 model, as committed       | 0.44 | 0.19 | 0.30 | 0.42 | 0.75 | 0.381 | 0.436 |
  | scored without the no-step ones    | 0.44 | 0.19 | 0.30 | 0.42 | 0.75 | 0.383 | 0.447 |
  | trained without them too           | 0.45 | 0.19 | 0.30 | 0.42 | 0.74 | 0.385 | 0.448 |
  | shape features: subject class      | 0.43 | 0.19 | 0.28 | 0.42 | 0.73 | 0.370 | 0.415 |
  |   (both sides / leader / minister / body / event / first person / named, x cue)   |
  | time ahead (item, else sentence)   | 0.44 | 0.19 | 0.29 | 0.42 | 0.75 | 0.379 | 0.438 |
  | sentence reports a thing done      | 0.44 | 0.19 | 0.30 | 0.42 | 0.75 | 0.383 | 0.436 |
  | time ahead + done                  | 0.44 | 0.19 | 0.29 | 0.42 | 0.75 | 0.382 | 0.438 |
  | item repeats the headline          | 0.43 | 0.16 | 0.28 | 0.43 | 0.76 | 0.372 | 0.413 |
  | effect verb first (contribute ...) | 0.44 | 0.19 | 0.29 | 0.42 | 0.75 | 0.380 | 0.434 |
  | cues "the intention is to", "is    | 0.45 | 0.19 | 0.29 | 0.42 | 0.75 | 0.385 | 0.433 |
  |   envisaged/poised to", a progressive with a time ahead ("later today X is meeting") |

(the feature and cue rows on the round-12 scoring, with the no-step candidates in). Kept:
the second row only. Training without the no-step candidates and the time-and-done features
gained a little on the folds but added false items on the study set and the blind check
(3-5 and 1-2); the cues lost on the other issuers' folds. One retrain moves a fold of other
issuers by up to 0.03 (a few items), so gains of this size are within the noise.

Round 14: the other issuers' releases grew to 341 (extg, exth, exti joined), so the ext
folds hold other releases than round 13's and its "ext" is not comparable; "new" = F1 on
the 166 releases of extg-exti alone, which the round-13 model never saw (0.418 with it).
A plain retrain dropped a clear step ("would dispatch a ... economic mission to X within
this year", -1.64 under -1.25) on the word weights of "economic" and "year": "within this
year" is now a deadline (c=due) and "dispatch" a step verb (c=v_step), -1.03. Then the
cues were widened where 270 of the 916 training gold follow-ups had no candidate (244 now):

  | variant                            | au   | krem | ua   | wh   | dev  | pool  | ext   | new   |
  | round 13 model, round-13 folds     | 0.44 | 0.19 | 0.30 | 0.42 | 0.75 | 0.383 | 0.447 | 0.418 |
  | retrained on the round-14 set      | 0.45 | 0.19 | 0.28 | 0.44 | 0.72 | 0.388 | 0.425 | 0.415 |
  | + c=due "within", c=v_step dispatch| 0.45 | 0.19 | 0.28 | 0.44 | 0.72 | 0.388 | 0.425 |       |
  | + cues intent_noun, modal_be,      | 0.46 | 0.24 | 0.30 | 0.42 | 0.68 | 0.397 | 0.426 | 0.412 |
  |   envisaged, process2 with "signing/conclusion/start/implementation of"           |
  | process2 without those (papers)    | 0.46 | 0.25 | 0.30 | 0.42 | 0.71 | 0.398 | 0.436 | 0.425 |
  | without envisaged (kept)           | 0.46 | 0.25 | 0.30 | 0.42 | 0.71 | 0.398 | 0.436 | 0.425 |

Ablations of the kept model (pool / ext / dev): without intent_noun 0.393 / 0.428 / 0.721,
without modal_be 0.396 / 0.436 / 0.712, without process2 0.396 / 0.425 / 0.712. Tried and
left out: cues "the intention is to" + "it is crucial to" + "agreed with X to" (0.396 /
0.430), an event on a date ("their meeting in Sochi on 26 November", 0.394 / 0.432),
"support for <gerund>" (0.396 / 0.436), process2 before any lower-case word (0.400 / 0.433,
dev 0.710), intent_noun without need/agreement/consensus/interest (0.392 / 0.429), may/
might/can as modal heads of the "verb" wording (dev fp +1); C 0.06 (0.390 / 0.436), C 0.2
(0.397 / 0.433), MIN_COUNT 1 (0.398 / 0.430) or 3 (0.396 / 0.433). The dev fold falls with
the larger set under every variant (word weights shift; no one class), and rules were written
on it. CHECK follow-ups 0.42 held (tp 16 fp 16 fn 29).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from briefgen.parse.followups import (
    MODEL_PATH,
    Candidate,
    _says_no_step,
    candidates,
    rule_followups,
    select,
)
from briefgen.parse.training import (
    EXT_FOLDS,
    EXT_TEXTS,
    ROOT,
    SHARED,
    SOURCES,
    ext_arguments,
    ext_fold,
    labels,
    load_scorer,
    training_releases,
    write_weights,
)

MIN_COUNT = 2
# 0.3 until round 12; with the other issuers' releases in training 0.1 scored best on
# their held-out folds (0.03 0.395, 0.06 0.410, 0.1 0.416, 0.3 0.404, 1.0 0.400)
C = 0.1
GRID = [x / 4 for x in range(-12, 9)]
# under which even a rule item is dropped (followups.select): only where the filter is sure
RULE_GRID = (-1.5, -1.75, -2.0, -2.5, -3.0, -4.0, -6.0)
# the folds whose text no part of the parser was tuned on: the thresholds are chosen on
# these alone (the cue rules were written on dev, so the dev fold rewards keeping them)
POOL = ("au", "kremlin", "ua", "wh")
# since round 12 the other issuers' releases are folds too, by issuer (training.ext_fold)
EXT = tuple(f"ext{i + 1}" for i in range(EXT_FOLDS))
UNSEEN = POOL + EXT
# the folds the thresholds are chosen on: every held-out fold. Until round 12 dev was left
# out (its cue rules reward keeping rule items); with the other issuers in, leaving it out
# chose (-1.5, -1.5) by a smoothed hair, which lost on every kind of fold against
# (-1.25, -1.5) (pool 0.373/0.381, ext 0.427/0.436, dev 0.701/0.747)
CHOOSE_ON = UNSEEN + ("dev",)
# pool F1 differences below this are ties (about one item over the four pool folds)
TIE = 0.001


Doc = tuple[str, dict[str, Any], list[Candidate]]


def _source(doc_id: str, gold: dict[str, Any] | None = None) -> str:
    if doc_id.startswith("ext-"):
        return ext_fold(gold or {})
    return next((s.split("-")[1] for s in SOURCES if doc_id.startswith(s)), "dev")


def _fold(doc: Doc) -> str:
    return _source(doc[0], doc[1])


def load_docs(ext_text: Path | None = EXT_TEXTS) -> list[Doc]:
    """(id, gold, candidates) for every training release, in id order. Each candidate is
    marked ``no_step`` when its words say no step (extract_followups drops it before the
    filter): the filter still learns from it (round 13: learning without them gained on the
    held-out folds, 0.436 -> 0.448 on other issuers, but lost on the study set and the blind
    check), and ``tally`` leaves it out, as run time does."""
    out: list[Doc] = []
    for doc_id, gold, doc, speech in training_releases(
            SHARED / "corpus" / "dev", ROOT / "tests" / "corpus" / "pool",
            SHARED / "corpus" / "pool", ext_text):
        cands = candidates(doc, speech, rule_followups(doc, speech))
        for c in cands:
            c.no_step = _says_no_step(doc.text, c)
        out.append((doc_id, gold, cands))
    return out


def fit(data: list[Doc], score: ModuleType) -> dict[str, float]:
    """Logistic-regression weights (feature -> weight, "bias" for the intercept)."""
    from sklearn.linear_model import LogisticRegression

    rows, ys = [], []
    for _, gold, cands in data:
        found = labels(score, gold, "follow_ups", [c.text for c in cands])
        for c, y in zip(cands, found, strict=True):
            if y is not None:
                rows.append(sorted(set(c.features)))
                ys.append(y)
    counts: dict[str, int] = {}
    for r in rows:
        for f in r:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    from scipy.sparse import csr_matrix

    ind, ptr = [], [0]
    for r in rows:
        ind += [index[f] for f in r if f in index]
        ptr.append(len(ind))
    x = csr_matrix(([1.0] * len(ind), ind, ptr), shape=(len(rows), len(names)))
    model = LogisticRegression(C=C, solver="liblinear", max_iter=2000)
    model.fit(x, ys)
    weights = {f: round(float(w), 4)
               for f, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4}
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


def tally(score: ModuleType, data: list[Doc], weights: dict[str, float],
          threshold: float, rule_threshold: float | None = None) -> tuple[int, int, int]:
    """(tp, fp, fn) of the filtered follow-ups, by the scorer's own list matching (the
    candidates run time drops as saying no step left out)."""
    t = score.Tally()
    for _, gold, cands in data:
        kept = select([c for c in cands if not c.no_step], weights, threshold, rule_threshold)
        score.score_list("follow_ups", gold, {"follow_ups": [c.text for c in kept]}, t, [])
    return t.tp, t.fp, t.fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ext_arguments(ap)
    args = ap.parse_args(argv)
    score = load_scorer(SHARED / "eval" / "score.py")
    data = load_docs(args.ext_texts)
    groups = sorted({_fold(d) for d in data})
    per_fold: dict[str, dict[tuple[float, float], tuple[int, int, int]]] = {}
    for g in groups:
        train = [d for d in data if _fold(d) != g]
        test = [d for d in data if _fold(d) == g]
        w = fit(train, score)
        per_fold[g] = {(t, r): tally(score, test, w, t, r) for t in GRID for r in RULE_GRID}

    def pooled(tr: tuple[float, float], folds: tuple[str, ...] | list[str]) -> float:
        return f1(*(sum(per_fold[g][tr][k] for g in folds) for k in range(3)))

    choose_on = [g for g in groups if g in CHOOSE_ON]

    def smoothed(tr: tuple[float, float]) -> float:
        """F1 over the CHOOSE_ON folds averaged over the pair's 3x3 neighbourhood on the
        grid: the best single pair wins by one item or two, which any candidate change
        flips."""
        i, j = GRID.index(tr[0]), RULE_GRID.index(tr[1])
        near = [(GRID[a], RULE_GRID[b]) for a in range(max(0, i - 1), min(len(GRID), i + 2))
                for b in range(max(0, j - 1), min(len(RULE_GRID), j + 2))]
        return sum(pooled(n, choose_on) for n in near) / len(near)

    # pairs within TIE of the best smoothed F1 are ties: among them the one best over all
    # folds is taken, then the old order
    top = max(smoothed(tr) for tr in per_fold[groups[0]])
    threshold, rule_threshold = max(
        (tr for tr in per_fold[groups[0]] if smoothed(tr) >= top - TIE),
        key=lambda tr: (pooled(tr, groups), -abs(tr[0]), tr[1]))
    loso = {g: round(f1(*per_fold[g][(threshold, rule_threshold)]), 3) for g in groups}
    loso["pool"] = round(pooled((threshold, rule_threshold), [g for g in groups if g in POOL]), 3)
    if any(g in EXT for g in groups):
        loso["ext"] = round(pooled((threshold, rule_threshold), [g for g in groups if g in EXT]), 3)
        loso["unseen"] = round(pooled((threshold, rule_threshold),
                                      [g for g in groups if g in UNSEEN]), 3)
    loso["pooled"] = round(pooled((threshold, rule_threshold), groups), 3)
    weights = fit(data, score)
    tp, fp, fn = tally(score, data, weights, threshold, rule_threshold)
    write_weights(args.out, {
        "about": "Follow-up keep/drop filter; trained by python -m briefgen.parse.train_followups",
        "threshold": threshold, "rule_threshold": rule_threshold, "loso": loso,
        "train_f1": round(f1(tp, fp, fn), 3),
        "weights": dict(sorted(weights.items())),
    }, sort_keys=False)
    print(f"threshold={threshold} rule_threshold={rule_threshold} "
          f"leave-one-source-out F1: {loso}")
    print(f"in-sample F1={f1(tp, fp, fn):.3f} (tp={tp} fp={fp} fn={fn}); {len(weights)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
