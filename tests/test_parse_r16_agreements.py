"""Round 16, agreements: lists of papers as the ministries, presidencies and agencies of
issuers in none of our data announce them, found by probes written in their house styles
(invented text only; each case is one construction a probe showed the parser missing)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.invented import agreements_of

_GHANA = ("President Kofi Mensah of Ghana held talks with President Tran Van Long of Vietnam "
          "in Hanoi on 14 March.\n\n")
_KENYA = ("President Daniel Mutai hosted President Asha Mwinyi of Tanzania at State House, "
          "Nairobi, on 12 May 2025. ")
_TASHKENT = ("President Shavkat Karimov received Prime Minister Anwar Rahman of Malaysia in "
             "Tashkent on 5 March 2025. ")

CASES = {
    "inline markers are no part of the name": (
        _GHANA + "The following instruments were exchanged: (i) MoU on Health Cooperation; "
        "(ii) Agreement on Visa Exemption for Diplomatic Passports; (iii) Cultural Exchange "
        "Programme 2025-2028.",
        ["MoU on Health Cooperation", "Agreement on Visa Exemption for Diplomatic Passports",
         "Cultural Exchange Programme 2025-2028"]),
    "which included:": (
        _GHANA + "The two Presidents then witnessed the exchange of a number of agreements and "
        "memoranda of understanding, which included:\n"
        "1. An agreement on the reciprocal protection of investments.\n"
        "2. A memorandum of understanding on cooperation in outer space.\n",
        ["agreement on the reciprocal protection of investments",
         "memorandum of understanding on cooperation in outer space"]),
    "the following texts were signed": (
        _GHANA + "The following texts were signed in the presence of the two Heads of State:\n"
        "• Joint Declaration on the Strategic Partnership;\n"
        "• Agreement on youth mobility and working holidays.\n",
        ["Joint Declaration on the Strategic Partnership",
         "Agreement on youth mobility and working holidays"]),
    "entries that name a subject under 'in the following areas:'": (
        _KENYA + "The two Heads of State then witnessed the signing of three Memoranda of "
        "Understanding in the following areas:\n• Health;\n"
        "• The Kenya-Tanzania power interconnector;\n• Culture and the arts.\n",
        ["Memorandum of Understanding on Health",
         "Memorandum of Understanding on the Kenya-Tanzania power interconnector",
         "Memorandum of Understanding on Culture and the arts"]),
    "a subject under 'the following MoUs:'": (
        _KENYA + "The two leaders signed the following MoUs:\n• Health;\n"
        "• Agreement on the avoidance of double taxation.\n",
        ["MoU on Health", "Agreement on the avoidance of double taxation"]),
    "a count named by the next sentence": (
        "Prime Minister Anwar Rahman received Crown Prince Faisal bin Khalid of Saudi Arabia "
        "at Seri Perdana in Putrajaya on 5 March 2025. The Prime Minister also witnessed the "
        "exchange of four Memoranda of Understanding between Malaysian and Saudi companies. "
        "The MoUs cover green hydrogen production in Sarawak, a data centre in Johor, halal "
        "food processing, and sukuk issuance.",
        ["memorandum on green hydrogen production in Sarawak",
         "memorandum on a data centre in Johor", "memorandum on halal food processing",
         "memorandum on sukuk issuance"]),
    "two phrases after a plural head": (
        _TASHKENT + "The sides signed memoranda of understanding in the fields of higher "
        "education and halal certification.",
        ["memorandum of understanding in the field of higher education",
         "memorandum of understanding in the field of halal certification"]),
    "an adjective that shares its noun": (
        _TASHKENT + "The sides signed memoranda on trade and economic cooperation.",
        ["memoranda on trade and economic cooperation"]),
    "an outcome that reports a signature": (
        "Prime Minister Aron Veldt met Prime Minister Mara Castell of Ostravia in Veltria City "
        "on 5 March 2025.\n\nOutcomes of the visit:\n"
        "– Signature of a Memorandum of Understanding on defence capacity building;\n"
        "– Launch of a joint cyber defence exercise in 2026.\n",
        ["Memorandum of Understanding on defence capacity building"]),
    "a thousands comma": (
        _TASHKENT + "The sides signed a Contract for the supply of 10,000 tons of urea.",
        ["Contract for the supply of 10,000 tons of urea"]),
    "the accords included:": (
        "His Highness the Amir received President Katerina Papadaki of Greece at Bayan Palace "
        "on Tuesday. The two sides signed three agreements. The accords included:\n"
        "- An MoU on cooperation in tourism;\n"
        "- An agreement on the avoidance of double taxation;\n"
        "- An executive programme for cultural cooperation.\n",
        ["MoU on cooperation in tourism", "agreement on the avoidance of double taxation",
         "executive programme for cultural cooperation"]),
    "a lettered list": (
        "1. His Majesty the Sultan received Prime Minister Anwar Rahman of Malaysia at Istana "
        "Nurul Iman in Bandar Seri Begawan on 5 March 2025.\n\n"
        "2. The Leaders witnessed the exchange of the following documents:\n"
        "a. Memorandum of Understanding on Cooperation in Energy;\n"
        "b. Agreement on the Avoidance of Double Taxation.\n",
        ["Memorandum of Understanding on Cooperation in Energy",
         "Agreement on the Avoidance of Double Taxation"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_papers_as_other_issuers_list_them(case: str) -> None:
    text, papers = CASES[case]
    assert agreements_of(text, dt.date(2025, 11, 4)) == papers


def test_names_listed_one_a_line_under_a_bare_heading_are_each_a_paper() -> None:
    text = ("President Luiz Souza received President Joao Lourenco of Angola at the Planalto "
            "Palace in Brasilia on 5 May 2025. The two leaders discussed trade.\n\n"
            "ACTS SIGNED\n"
            "Memorandum of Understanding on Cooperation in Agriculture and Family Farming\n"
            "Complementary Adjustment to the Basic Agreement on Technical Cooperation\n"
            "Protocol of Intentions on Cooperation in Defence\n")
    found = agreements_of(text, dt.date(2025, 5, 6))
    assert len(found) == 3, found
    assert found[0].endswith("on Cooperation in Agriculture and Family Farming")
    assert found[2] == "Protocol of Intentions on Cooperation in Defence"


def test_a_thousands_comma_parts_no_list_and_a_dates_still_does_not() -> None:
    from briefgen.parse.clauses import split_list

    listed = "2,500 scholarships, 300 tractors and the treaty of December 23, 1994"
    assert [m.text for m in split_list(listed, 0, len(listed))] == [
        "2,500 scholarships", "300 tractors", "the treaty of December 23, 1994"]
