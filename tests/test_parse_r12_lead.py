"""Round 12, the lead's fixes: each on invented text, failing without its fix."""

from __future__ import annotations

import datetime as dt

from briefgen.parse.segment import segment
from tests.invented import agreements_of

DAY = dt.date(2021, 5, 6)

NUMBERED = """President Alpha concludes State Visit to Borduria

1. President Alpha of Syldavia paid a State Visit to Borduria from 3 to 5 May 2021 at the \
invitation of President Beta.

6. The State Visit afforded the two Governments an opportunity to sign Agreements and MoUs \
aimed at enhancing bilateral cooperation. In this regard, the following Agreements and MoUs \
were signed:
- Agreement between the Government of Syldavia and the Government of Borduria on the \
establishment of a Joint Commission;
- Memorandum of Understanding on Cooperation in Fisheries.

7. The two Presidents agreed to meet again in 2022.
"""


def test_a_numbered_paragraph_announcing_a_list_is_narrative_not_an_entry() -> None:
    # the "6." paragraph's last sentence announces the list; read as one entry of a list,
    # it lost that sentence and the documents under it counted for nothing
    got = agreements_of(NUMBERED, DAY)
    assert any("establishment of a Joint Commission" in a for a in got)
    assert any(a.startswith("Memorandum of Understanding on Cooperation in Fisheries")
               for a in got)
    assert len(got) == 2


def test_a_photo_credit_closing_a_caption_is_no_part_of_the_text() -> None:
    text = ("Minister Alpha met Minister Beta in Vesta.\n\n"
            "The ministers signed the Protocol on Border Cooperation - Photo: Agency/Name\n\n"
            "Leaders at the Grand Hotel, Vesta. (Photo by: Press Bureau/Name)\n\n"
            "The gift signed by the team© agency.net\n\nThe photo: a view of the harbour.")
    doc = segment(text)
    body = " ".join(s.text for s in doc.sentences)
    assert "Agency" not in body and "Press Bureau" not in body and "agency.net" not in body
    assert "The photo: a view of the harbour." in body  # no credit: the text stays
    assert agreements_of(text, DAY) == ["Protocol on Border Cooperation"]


def test_the_co_signer_after_with_is_no_part_of_the_name() -> None:
    got = agreements_of("Alpha and Beta meet in Vesta\n\nPresident Alpha signed the Vesta "
                        "Accord on Fisheries with President Beta on Wednesday.", DAY)
    assert got == ["Vesta Accord on Fisheries"]
    # a party after "with" that is no person stays: it names the other side of the paper
    got = agreements_of("Alpha visits Vesta\n\nThe ministers signed an Agreement with the "
                        "European Union on Fisheries today.", DAY)
    assert got == ["Agreement with the European Union on Fisheries"]


def test_a_paper_named_by_its_kind_or_praised_is_the_one_named_in_the_body() -> None:
    text = ("Alpha and Beta sign declaration\n\nVesta, 3 May -- President Alpha signed the "
            "\"Vesta Joint Declaration\" with President Beta on Wednesday. When Alpha and "
            "Beta signed the historic declaration, the participants applauded.")
    assert agreements_of(text, DAY) == ["Vesta Joint Declaration"]


def test_professional_styles_before_a_name_end_no_sentence() -> None:
    for style in ("Eng.", "Atty.", "Lic.", "Ing.", "Arch.", "Mohd.", "Cde."):
        doc = segment(f"The Minister met {style} Tala Verin in Vesta. They discussed trade.")
        assert len(doc.sentences) == 2, style
        assert f"{style} Tala Verin" in doc.sentences[0].text
