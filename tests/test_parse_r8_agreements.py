"""Round 8 agreements: the same release laid out differently names the same documents.

Found by transforming the real corpus mechanically (an all-capitals headline, a transcript
whose speaker labels follow a bullet or a full stop, a list that lost its line breaks, list
markers of other styles) and comparing the documents found; every text here is invented."""

from __future__ import annotations

import datetime as dt

from briefgen.parse.agreements import _title_case
from tests.invented import agreements_of

DAY = dt.date(2025, 3, 12)

STATEMENT_BODY = (
    "President Ana Kell of Orvia met Prime Minister Ivo Marr of Tella in Orvia City on "
    "10 March 2025. The leaders held talks on trade and energy.\n\n"
    "They agreed to meet again next year.\n")


def test_title_case_keeps_length_abbreviations_and_courtesy_words() -> None:
    caps = "JOINT STATEMENT BY THE PM, THE HON ANA KELL MP ON THE MOU WITH TELLA ON LNG"
    out = _title_case(caps)
    assert len(out) == len(caps)
    assert out == "Joint Statement by the PM, The Hon Ana Kell MP on the MOU with Tella on LNG"


def test_capitals_headline_names_the_statement_as_title_case_does() -> None:
    title = "Joint Statement - President of Orvia and Prime Minister of Tella"
    plain = agreements_of(f"{title}\n\n{STATEMENT_BODY}", DAY)
    assert plain == ["Joint Statement"]
    assert agreements_of(f"{title.upper()}\n\n{STATEMENT_BODY}", DAY) == plain


def test_capitals_headline_occasion_is_not_the_name() -> None:
    title = ("JOINT PRESS STATEMENT ON THE OCCASION OF THE VISIT OF THE PRESIDENT OF ORVIA, "
             "THE HON ANA KELL")
    assert agreements_of(f"{title}\n\n{STATEMENT_BODY}", DAY) == ["Joint Press Statement"]


def test_capitals_headline_names_a_paper_the_body_names_by_purpose() -> None:
    body = ("Premier Ana Kell and Minister Ivo Marr have signed a five year agreement to "
            "improve water supply to remote towns.\n")
    title = "Bilateral Agreement on Water Sharing in the Orvia Basin"
    want = ["five year agreement on Water Sharing in the Orvia Basin"]
    assert agreements_of(f"{title}\n\n{body}", DAY) == want
    assert agreements_of(f"{title.upper()}\n\n{body}", DAY) == want


TRANSCRIPT = (
    "Joint Statement with Her Excellency Ms Ana Kell, President of Orvia, Tella Hall\n\n"
    "10 March 2025\n\n"
    "{mark}PRIME MINISTER:\n\n"
    "{mark}Madam President, ladies and gentlemen. The President and I have just held talks "
    "on trade and energy and on the situation in the region.\n")


def test_transcript_with_bulleted_speaker_label_is_no_statement() -> None:
    assert agreements_of(TRANSCRIPT.format(mark=""), DAY) == []
    assert agreements_of(TRANSCRIPT.format(mark="• "), DAY) == []


def test_transcript_whose_lines_were_joined_is_no_statement() -> None:
    lines = [line for line in TRANSCRIPT.format(mark="").splitlines() if line.strip()]
    flat = lines[0] + "\n\n" + " ".join([lines[1], "Subjects: trade, energy.", *lines[2:]])
    assert "trade, energy. PRIME MINISTER: Madam" in flat
    assert agreements_of(flat, DAY) == []


LIST_LEAD = ("Fisheries Pact for Orvia and Tella\n\n"
             "President Ana Kell of Orvia met Prime Minister Ivo Marr of Tella in Orvia City on "
             "10 March 2025. After their talks the two leaders witnessed the signing of two "
             "agreements.")
ENTRIES = ("A bilateral Arrangement on Fisheries Management to share catch data. This will "
           "help both fleets.",
           "A commercial supply agreement between Orvia Rail and Tella Steel for new track.")
# (an entry ends with its first sentence: "This will help ..." describes the paper)
WANT = ["bilateral Arrangement on Fisheries Management to share catch data",
        "commercial supply agreement between Orvia Rail and Tella Steel for new track"]


def test_entries_under_an_intro_naming_agreements_count_in_a_tight_list() -> None:
    # "The agreements were:" names documents: its entries are papers even where they open
    # with a lower-case word, one line each under it
    text = LIST_LEAD + "\n\nThe agreements were:\n" + "\n".join(f"- {e}" for e in ENTRIES) + "\n"
    assert agreements_of(text, DAY) == WANT


def test_bullets_that_lost_their_line_breaks_are_entries() -> None:
    text = (LIST_LEAD + " The agreements were: " + " ".join(f"• {e}" for e in ENTRIES)
            + " The leaders then met the press.\n")
    assert agreements_of(text, DAY) == WANT
    blank = LIST_LEAD + "\n\nThe agreements were:\n\n" + "\n\n".join(f"• {e}" for e in ENTRIES)
    assert agreements_of(blank + "\n", DAY) == WANT


def test_outcomes_intro_without_a_document_word_still_wants_document_entries() -> None:
    text = (LIST_LEAD + "\n\nOutcomes of the visit include:\n- a joint working group on ports "
            "and fisheries.\n- a road map on fisheries data.\n")
    assert not any("group" in a for a in agreements_of(text, DAY))


def test_numbered_entries_one_per_paragraph_read_as_starred_ones() -> None:
    want = None
    for marks in (("* ", "* "), ("• ", "• "), ("1. ", "2. "), ("(a) ", "(b) ")):
        text = (LIST_LEAD + "\n\nThe agreements were:\n\n"
                + "\n\n".join(m + e for m, e in zip(marks, ENTRIES, strict=True)) + "\n")
        got = agreements_of(text, DAY)
        want = want or got
        assert got == want == WANT, marks


def test_lower_case_head_after_another_head_is_one_paper() -> None:
    for name in ("Bilateral Framework Agreement", "Bilateral Framework agreement",
                 "bilateral framework agreement"):
        text = (STATEMENT_BODY + f"\nThe ministers also signed the {name} on official credit "
                "support for shipbuilding.\n")
        got = agreements_of(text, DAY)
        assert len(got) == 1 and got[0].lower().endswith(
            "framework agreement on official credit support for shipbuilding"), got


STEPS = ("The two leaders witnessed the signing of two agreements:\n\n"
         "{m}A Memorandum of Understanding on fisheries data.\n\n"
         "{m}A Memorandum of Understanding on port security.\n\n"
         "{m}President Kell also announced that Orvia would take the following steps:\n\n"
         "{m}Orvia will expand the Orvia-Tella Scholarships Program from 20 to 30 students.\n\n"
         "{m}Orvia will open a trade office in Tella Port.\n")


def test_an_entry_that_opens_another_list_ends_the_list_of_documents() -> None:
    want = ["Memorandum of Understanding on fisheries data",
            "Memorandum of Understanding on port security"]
    for mark in ("", "• "):
        text = STATEMENT_BODY + "\n" + STEPS.format(m=mark)
        assert agreements_of(text, DAY) == want, mark
    lines = [line for line in (STATEMENT_BODY + "\n" + STEPS.format(m="• ")).splitlines()
             if line.strip()]
    assert agreements_of(lines[0] + "\n\n" + " ".join(lines[1:]) + "\n", DAY) == want


def test_entries_after_a_colon_that_lost_their_line_breaks_go_on() -> None:
    entries = ("Memorandum of Understanding between Orvia Rail and Tella Steel on track supply.",
               "Memorandum of Understanding on Facilitating the Orvia-Tella CEO Forum between "
               "the Orvia Business Council and Tella Development Bank")
    lead = STATEMENT_BODY + "\nThe two leaders also witnessed the signing of a:"
    lined = lead + "\n\n" + "\n\n".join(entries) + "\n"
    flat = lead + " " + " ".join(entries) + "\n"
    assert len(agreements_of(lined, DAY)) == 2
    assert agreements_of(flat, DAY) == agreements_of(lined, DAY)


def test_a_description_set_off_after_a_name_is_the_same_paper_in_any_case() -> None:
    for name, desc in (("Orvia-Tella Economic Partnership Agreement", "economic accord"),
                       ("Orvia-Tella Economic Partnership agreement", "economic accord"),
                       ("Orvia-Tella Economic Partnership Agreement", "economic Accord")):
        text = (STATEMENT_BODY + f"\nThe leaders signed the {name} (OTEPA), the most "
                f"significant {desc} between the two countries in a generation.\n")
        got = agreements_of(text, DAY)
        assert len(got) == 1 and got[0].lower() == name.lower(), got


def test_a_quoted_document_name_reads_as_the_name_unquoted() -> None:
    for sentence in ("The leaders welcomed a {q}Joint Declaration on Maritime Cooperation{u} that "
                     "will see the two countries patrol together.",
                     "They witnessed the signing of a new {q}Memorandum of Understanding{u} (MoU) "
                     "on Strengthening Tourism Cooperation, which will raise visitor numbers.",
                     "Their governments signed a {q}Memorandum of Understanding{u} to strengthen "
                     "Tella's grid resilience."):
        plain = agreements_of(STATEMENT_BODY + "\n" + sentence.format(q="", u="") + "\n", DAY)
        assert len(plain) == 1, plain
        for q, u in (("“", "”"), ('"', '"'), ("«", "»")):
            text = STATEMENT_BODY + "\n" + sentence.format(q=q, u=u) + "\n"
            assert agreements_of(text, DAY) == plain, (q, sentence)


def test_one_mark_that_opens_and_closes_quotations_is_read_as_a_straight_one() -> None:
    para = ("President Kell spoke to the press. {q}Our trade is growing. We expect more,{q} the "
            "President said. The two leaders signed an agreement on fisheries cooperation. "
            "{q}This is a good day,{q} she said.")
    want = ["agreement on fisheries cooperation"]
    assert agreements_of(STATEMENT_BODY + "\n" + para.format(q='"') + "\n", DAY) == want
    assert agreements_of(STATEMENT_BODY + "\n" + para.format(q="“") + "\n", DAY) == want


def test_unmarked_entries_that_open_with_an_article_and_a_document_count() -> None:
    intro = LIST_LEAD + "\n\nThe agreements were:\n"
    per_paragraph = intro + "\n" + "\n\n".join(ENTRIES) + "\n"
    per_line = intro + "\n".join(ENTRIES) + "\n"
    assert agreements_of(per_paragraph, DAY) == WANT
    assert agreements_of(per_line, DAY) == WANT


def test_a_statement_heading_that_lost_its_line_break_is_still_the_statement() -> None:
    heading = "Joint Outcomes Statement following bilateral talks between Ana Kell and Ivo Marr"
    body = ("Prime Minister Ana Kell and Prime Minister Ivo Marr held bilateral talks on 10 March "
            "in Orvia City. They agreed to expand trade.")
    lead = "Kell welcomes Marr\n\nI welcomed Prime Minister Marr to Orvia today."
    lined = f"{lead}\n\n{heading}\n\n{body}\n"
    flat = f"{lead} {heading} {body}\n"
    assert agreements_of(lined, DAY) == ["Joint Outcomes Statement"]
    assert agreements_of(flat, DAY) == ["Joint Outcomes Statement"]


def test_headline_with_every_word_capitalised_reads_as_title_case() -> None:
    title = "Joint Press Statement on the Occasion of the Visit of the President of Orvia"
    plain = agreements_of(f"{title}\n\n{STATEMENT_BODY}", DAY)
    assert plain == ["Joint Press Statement"]
    capped = " ".join(w[:1].upper() + w[1:] for w in title.split())
    assert " On The Occasion Of The Visit Of The President Of " in capped
    assert agreements_of(f"{capped}\n\n{STATEMENT_BODY}", DAY) == plain


def test_courtesy_title_in_lower_case_is_left_out_of_a_heading_name() -> None:
    want = ["Joint statement by the Prime Minister and the Premier of Orvia"]
    for the in ("The", "the"):
        title = (f"Joint statement by the Prime Minister, {the} Hon Ivo Marr MP and the Premier "
                 f"of Orvia, {the} Hon. Ana Kell")
        assert agreements_of(f"{title}\n\n{STATEMENT_BODY}", DAY) == want, the


DOCS = ("Agreement on Air Services", "Memorandum of Understanding on cooperation in health",
        "Protocol on customs data exchange")


def test_the_same_three_documents_in_any_list_layout() -> None:
    want = list(DOCS)
    a, b, c = DOCS
    intro = "The following documents were signed:"
    layouts = {
        "numbered inline": f"{intro} 1. {a}; 2. {b}; 3. {c}.",
        "numbered lines": f"{intro}\n1. {a};\n2. {b};\n3. {c}.",
        "semicolons": f"{intro} {a}; {b}; and {c}.",
        "quoted paragraphs": f"{intro}\n\n“{a}”;\n\n“{b}”;\n\n“{c}”.",
        "quoted inline": f"The leaders witnessed the signing of the “{a}”, the “{b}” and the "
                         f"“{c}”.",
        "passive with commas": f"{a}, {b} and {c} were signed in the presence of the leaders.",
    }
    for name, layout in layouts.items():
        assert agreements_of(STATEMENT_BODY + "\n" + layout + "\n", DAY) == want, name


def test_entry_descriptions_in_paragraphs_of_their_own_keep_the_list() -> None:
    text = (LIST_LEAD + "\n\nThe agreements were:\n\n* A bilateral Arrangement on Fisheries "
            "Management to share catch data.\n\nThis will help both fleets.\n\n* A commercial "
            "supply agreement between Orvia Rail and Tella Steel for new track.\n")
    assert agreements_of(text, DAY) == WANT
