"""Shortcuts taken for speed give what the plain computation gives (the parse's output
must not move): each is checked here against the computation it replaces."""

from __future__ import annotations

from briefgen.parse import people
from briefgen.parse.segment import segment

COURTESY = ["the Minister of Housing, Eng.", "the President, H.E.Mr.", "H. E. Prof.\n",
            "met x H.\tE.\tAmb.\n", "Eng.", "(Md.", "Foreign Adviser Mohd.", "Eng. X met Y.",
            "He met the Minister of Trade.", "", "H.E. Prof. Dr.", "Cde."]


def test_a_courtesy_word_is_looked_for_in_the_sentence_tail_only() -> None:
    for text in COURTESY:
        tail = people._SPLIT_COURTESY.search(text, max(0, len(text) - people._COURTESY_TAIL))
        whole = people._SPLIT_COURTESY.search(text)
        assert (tail and tail.span()) == (whole and whole.span()), text


def test_the_dateline_is_read_once_per_release() -> None:
    a = segment("Addis Ababa, 15 May 2024 /ENA/ The Prime Minister met the President.")
    b = segment("KAMPALA, March 10 (AGENCY) - The President met the Minister.")
    c = segment("The President met the Minister in Lortown.")
    for doc in (a, b, a, c, b, c):
        assert people._dateline_state(doc) == people._dateline_state.__wrapped__(doc)
    assert people._dateline_state(a) == "Ethiopia"


def test_per_release_reads_each_release_once_and_answers_for_the_one_asked() -> None:
    from briefgen.parse.segment import per_release

    calls: list[str] = []

    @per_release
    def first_word(doc):  # type: ignore[no-untyped-def]
        calls.append(doc.text)
        return doc.text.split()[0]

    a, b = segment("Alpha met Beta."), segment("Gamma met Delta.")
    assert [first_word(d) for d in (a, a, a, b, b, a)] == ["Alpha"] * 3 + ["Gamma"] * 2 + [
        "Alpha"]
    assert calls == [a.text, b.text, a.text]  # asked again only when the release changed


def test_the_ascii_word_class_is_the_letters_class_on_ascii() -> None:
    from briefgen.parse import dates

    for code in range(128):
        pair = chr(code) * 2
        assert bool(dates._ASCII_WORD.fullmatch(pair)) == bool(dates._WORD.fullmatch(pair))
