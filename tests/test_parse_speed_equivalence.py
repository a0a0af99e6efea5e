"""The speed rewrites of rounds 17 and 18 answer exactly as the code they replaced.

Each test puts a rewritten helper beside a plain reference (the former code, written out
here) and compares them on invented sentences and, when the shared corpus is beside the
project (``../shared/corpus``), on every sentence of its releases (skipped cleanly when
absent; no corpus text is copied here).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from briefgen.parse import clauses, people, span_tagger, visit_model
from briefgen.parse.areas import _all_keys, _index_keys
from briefgen.parse.clauses import Span, span_of
from briefgen.parse.segment import segment

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

INVENTED = [
    "ASTANA, 3 May – The sides discussed renewable energy, transport and logistics, and "
    "co-operation in the fields of health; also 2025 plans.",
    "  ,; “Trade and investment” — ",
    "\u00a0\u2003energy security (and) ",
    "President Alpha of Rovania paid a state visit to Sundara and held talks with "
    "Prime Minister Beta; the two leaders met the delegations.",
    "The Chargé d'affaires and the Tánaiste were received in audience.",
    "Ministers discussed the tête-à-tête format by videoconference and phone.",
    "ſtate viſit of the KING (Kelvin sign: K) to İstanbul",
    "and tourism, and and and",
    "Related: Ambassador-at-Large X | Director-General Y | w-1w=a|b",
    "",
    "   ",
]


def _corpus_texts(limit: int = 400) -> list[str]:
    if not CORPUS.is_dir():
        return []
    files = sorted(CORPUS.glob("dev/*.txt")) + sorted(CORPUS.glob("pool/*.txt"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files[:limit]]


def _sentences() -> list[str]:
    out = list(INVENTED)
    for text in _corpus_texts():
        out += [s.text for s in segment(text).sentences]
    return out


def _span_of_reference(text: str, start: int, end: int) -> Span | None:
    """clauses.span_of before round 17: the edges stepped over one character at a time."""
    while start < end and (text[start].isspace() or text[start] in ",;:-–—*•\"“'‘(/"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—.\"”'’(/*"):
        end -= 1
    if end > start and text[end - 1] in clauses._TRAILING_LAST:
        trailing = clauses._TRAILING.search(text[start:end])
        if trailing:
            end = start + trailing.start()
    if end <= start:
        return None
    return Span(start, end, text[start:end])


def test_the_strip_sets_hold_every_space_of_unicode() -> None:
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(clauses._SPACES) == spaces


def test_span_of_answers_as_the_character_loop_did() -> None:
    for text in _sentences():
        padded = f" ,({text}) ;"
        n = len(padded)
        for start, end in {(0, n), (1, n - 1), (2, n - 2), (0, n // 2), (n // 3, n),
                           (n, 0), (3, 3)}:
            assert span_of(padded, start, end) == _span_of_reference(padded, start, end)


def test_the_head_words_screen_finds_what_the_plain_alternation_finds() -> None:
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(people._lex().head_first)))
                       + r")\b")
    for text in _sentences():
        got, want = people._head_words().search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span()), text


def _features_reference(head: str, lead: str) -> list[str]:
    """The cue part of visit_model.features before round 17: every cue searched."""
    out = []
    for name, screened in visit_model._COMPILED:
        if head and screened.pattern.search(head):
            out.append(f"h:{name}")
        if screened.pattern.search(lead):
            out.append(f"l:{name}")
    return out


def test_the_visit_cues_are_found_as_without_their_gates() -> None:
    texts = _sentences()
    for head, lead in zip(texts, [*texts[1:], texts[0]], strict=True):
        low_head = head.lower() if visit_model.folds_as_ascii(head) else None
        low_lead = lead.lower() if visit_model.folds_as_ascii(lead) else None
        gated = []
        for name, screened in visit_model._COMPILED:
            if head and screened.search_lowered(head, low_head):
                gated.append(f"h:{name}")
            if screened.search_lowered(lead, low_lead):
                gated.append(f"l:{name}")
        assert gated == _features_reference(head, lead), (head, lead)


def test_the_key_index_files_each_key_under_every_sentence_holding_it() -> None:
    texts = [" ".join(INVENTED[:5]) + "\n\n" + " and ".join(INVENTED)] + _corpus_texts(120)
    for text in texts:
        doc = segment(text)
        index = _index_keys(doc)
        for sent, keys in zip(doc.sentences, index, strict=True):
            low = sent.text.lower()
            assert keys == frozenset(k for k in _all_keys() if k in low)


@pytest.mark.skipif(span_tagger.model() is None, reason="no trained tagger")
def test_the_tagger_tags_a_release_as_sentence_by_sentence_bit_for_bit() -> None:
    model = span_tagger.model()
    assert model is not None
    texts = ["\n\n".join([INVENTED[0], INVENTED[3], INVENTED[0], INVENTED[0] + " ",
                          INVENTED[3]])] + _corpus_texts(60)
    for text in texts:
        doc = segment(text)
        memo: dict = {}
        want = [(s, sp) for s in doc.sentences
                for sp in span_tagger.tag(model, doc, s, span_tagger.FLOOR, memo)]
        assert span_tagger.tag_doc(model, doc) == want
        for sent in doc.sentences[:12]:
            words = [w for _, _, w in span_tagger.tokens(doc, sent)]
            assert span_tagger.word_marginals(model, words) == span_tagger.marginals(
                model, span_tagger.features(words))


# -- round 18 ------------------------------------------------------------------------------


def test_plain_returns_ascii_as_it_is_and_strips_accents_as_before() -> None:
    import unicodedata

    from briefgen.parse.geo import plain

    def reference(name: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(c))

    assert all(plain(chr(c)) == reference(chr(c)) for c in range(128))
    for text in [*_sentences(), "Kraków", "Tokáyev", "İstanbul", "ſtate"]:
        assert plain(text) == reference(text)


def test_the_remembered_fragment_test_answers_as_the_plain_one() -> None:
    from briefgen.parse.dates import fragment

    for text in _sentences():
        assert fragment(text) == fragment.__wrapped__(text), text


def test_the_remembered_name_words_and_heads_answer_as_before() -> None:
    def fold_words_reference(name: str) -> list[str]:
        return [w for w in re.findall(r"[^\W_]+", people._fold(name)) if w not in {"jr", "sr"}]

    texts = _sentences()
    names = [w for text in texts for w in re.findall(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)*",
                                                         text)]
    for name in [*names, "Kassym-Jomart Tokáyev Jr", "Mansour bin Nasser bin Abdulaziz"]:
        got = people._fold_words(name)
        assert got == fold_words_reference(name) and isinstance(got, list)
        got.append("x")  # a caller's own list: the remembered words stay as they were
        assert people._fold_words(name) == fold_words_reference(name)
        assert people._head(name) == people._head.__wrapped__(name)
