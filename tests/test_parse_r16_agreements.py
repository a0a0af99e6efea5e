"""Round 16, agreements: a document listed after an inline marker ("(ii) Agreement on
X") is named without the marker. Invented text only."""

from __future__ import annotations

import datetime as dt

from tests.invented import agreements_of


def test_inline_list_markers_are_not_part_of_the_document() -> None:
    text = ("President Kofi Mensah of Ghana held talks with President Tran Van Long of Vietnam "
            "in Hanoi on 14 March. The following instruments were exchanged: (i) MoU on Health "
            "Cooperation; (ii) Agreement on Visa Exemption for Diplomatic Passports; (iii) "
            "Cultural Exchange Programme 2025-2028.")
    assert agreements_of(text, dt.date(2023, 3, 15)) == [
        "MoU on Health Cooperation", "Agreement on Visa Exemption for Diplomatic Passports",
        "Cultural Exchange Programme 2025-2028"]


def test_lists_under_other_ministries_intros_are_read() -> None:
    lead = ("President Kofi Mensah of Ghana held talks with President Tran Van Long of Vietnam "
            "in Hanoi on 14 March.\n\n")
    included = ("The two Presidents then witnessed the exchange of a number of agreements and "
                "memoranda of understanding, which included:\n"
                "1. An agreement on the reciprocal protection of investments.\n"
                "2. A memorandum of understanding on cooperation in outer space.\n")
    texts = ("The following texts were signed in the presence of the two Heads of State:\n"
             "• Joint Declaration on the Strategic Partnership;\n"
             "• Agreement on youth mobility and working holidays.\n")
    assert agreements_of(lead + included, dt.date(2023, 3, 15)) == [
        "agreement on the reciprocal protection of investments",
        "memorandum of understanding on cooperation in outer space"]
    assert agreements_of(lead + texts, dt.date(2023, 3, 15)) == [
        "Joint Declaration on the Strategic Partnership",
        "Agreement on youth mobility and working holidays"]


def test_entries_that_name_only_a_subject_are_papers_of_the_intro() -> None:
    lead = ("President Daniel Mutai hosted President Asha Mwinyi of Tanzania at State House, "
            "Nairobi, on 12 May 2025. ")
    areas = ("The two Heads of State then witnessed the signing of three Memoranda of "
             "Understanding in the following areas:\n• Health;\n"
             "• The Kenya-Tanzania power interconnector;\n• Culture and the arts.\n")
    mous = ("The two leaders signed the following MoUs:\n• Health;\n"
            "• Agreement on the avoidance of double taxation.\n")
    assert agreements_of(lead + areas, dt.date(2025, 5, 13)) == [
        "Memorandum of Understanding on Health",
        "Memorandum of Understanding on the Kenya-Tanzania power interconnector",
        "Memorandum of Understanding on Culture and the arts"]
    assert agreements_of(lead + mous, dt.date(2025, 5, 13)) == [
        "MoU on Health", "Agreement on the avoidance of double taxation"]


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


def test_a_count_with_its_parties_is_named_by_the_next_sentence() -> None:
    text = ("Prime Minister Anwar Rahman received Crown Prince Faisal bin Khalid of Saudi "
            "Arabia at Seri Perdana in Putrajaya on 5 March 2025. The Prime Minister also "
            "witnessed the exchange of four Memoranda of Understanding between Malaysian and "
            "Saudi companies. The MoUs cover green hydrogen production in Sarawak, a data "
            "centre in Johor, halal food processing, and sukuk issuance.")
    assert agreements_of(text, dt.date(2025, 3, 6)) == [
        "memorandum on green hydrogen production in Sarawak",
        "memorandum on a data centre in Johor", "memorandum on halal food processing",
        "memorandum on sukuk issuance"]


def test_two_phrases_after_a_plural_head_are_two_papers() -> None:
    lead = ("President Shavkat Karimov received Prime Minister Anwar Rahman of Malaysia in "
            "Tashkent on 5 March 2025. ")
    assert agreements_of(lead + "The sides signed memoranda of understanding in the fields of "
                         "higher education and halal certification.", dt.date(2025, 3, 6)) == [
        "memorandum of understanding in the field of higher education",
        "memorandum of understanding in the field of halal certification"]
    assert agreements_of(lead + "The sides signed memoranda on trade and economic cooperation.",
                         dt.date(2025, 3, 6)) == ["memoranda on trade and economic cooperation"]


def test_an_outcome_bullet_that_reports_a_signature_is_a_paper() -> None:
    text = ("Prime Minister Aron Veldt met Prime Minister Mara Castell of Ostravia in Veltria "
            "City on 5 March 2025.\n\nOutcomes of the visit:\n"
            "– Signature of a Memorandum of Understanding on defence capacity building;\n"
            "– Launch of a joint cyber defence exercise in 2026.\n")
    assert agreements_of(text, dt.date(2025, 3, 5)) == [
        "Memorandum of Understanding on defence capacity building"]


def test_a_thousands_comma_is_inside_a_name_not_a_list() -> None:
    from briefgen.parse.clauses import split_list

    text = ("President Shavkat Karimov received Minister of Foreign Affairs Ishaq Ahmed of "
            "Pakistan in Tashkent on 5 March 2025. The sides signed a Contract for the supply "
            "of 10,000 tons of urea.")
    assert agreements_of(text, dt.date(2025, 3, 6)) == [
        "Contract for the supply of 10,000 tons of urea"]
    listed = "2,500 scholarships, 300 tractors and the treaty of December 23, 1994"
    assert [m.text for m in split_list(listed, 0, len(listed))] == [
        "2,500 scholarships", "300 tractors", "the treaty of December 23, 1994"]


def test_a_list_under_the_accords_included_is_read() -> None:
    text = ("His Highness the Amir received President Katerina Papadaki of Greece at Bayan "
            "Palace on Tuesday. The two sides signed three agreements. The accords included:\n"
            "- An MoU on cooperation in tourism;\n"
            "- An agreement on the avoidance of double taxation;\n"
            "- An executive programme for cultural cooperation.\n")
    assert agreements_of(text, dt.date(2025, 11, 4)) == [
        "MoU on cooperation in tourism", "agreement on the avoidance of double taxation",
        "executive programme for cultural cooperation"]


def test_a_lettered_list_of_papers_is_read() -> None:
    text = ("1. His Majesty the Sultan received Prime Minister Anwar Rahman of Malaysia at "
            "Istana Nurul Iman in Bandar Seri Begawan on 5 March 2025.\n\n"
            "2. The Leaders witnessed the exchange of the following documents:\n"
            "a. Memorandum of Understanding on Cooperation in Energy;\n"
            "b. Agreement on the Avoidance of Double Taxation.\n")
    assert agreements_of(text, dt.date(2025, 3, 5)) == [
        "Memorandum of Understanding on Cooperation in Energy",
        "Agreement on the Avoidance of Double Taxation"]
