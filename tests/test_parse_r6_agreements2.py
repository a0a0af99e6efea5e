"""Round 6 agreements, second pass: shapes other issuers give their signing sentences and
headlines (a headline summing up papers the body names, two papers run together in a Title
Case headline, parties each with a city, a subject shared by two papers, a treaty named by
"for the avoidance of ...", a paper signed months before the visit), each on invented
releases run through ``parse_release`` (no corpus or probe text)."""

from __future__ import annotations

import datetime as dt

from invented import agreements_of

PUBLISHED = dt.date(2031, 5, 3)
LEAD = ("President Ana Kell held talks with President Ivo Marr of Tella in Orvia City on "
        "2 May 2031.\n\n")


def agreements(text: str) -> list[str]:
    return agreements_of(text, PUBLISHED)


def has(items: list[str], *words: str) -> bool:
    return any(all(w.lower() in i.lower() for w in words) for i in items)


def test_headline_summary_gives_way_to_the_bodys_list() -> None:
    got = agreements(
        "Kell and Marr hold the 12th summit and sign a Joint Declaration and agreements on "
        "ports, fisheries and tourism\n\n" + LEAD
        + "At the end of the summit, the presidents signed the Joint Declaration of Orvia "
        "City, and the ministers signed the following instruments:\n\n"
        "- A protocol between the Ministry of Transport of Orvia and the Ministry of Ports "
        "of Tella for the joint modernisation of the northern port.\n"
        "- A memorandum of understanding on cooperation in sustainable fisheries in the "
        "shared lake, including joint patrols.\n"
        "- A joint declaration on the regional power grid, with a calendar for new lines.\n"
        "- An agreement on tourism promotion, which will simplify visas.\n\n"
        "The leaders also discussed trade.")
    assert not any(a in got for a in ("agreement on ports", "agreement on fisheries"))
    assert has(got, "protocol", "modernisation of the northern port")
    assert has(got, "memorandum", "sustainable fisheries")
    # the headline's bare "Joint Declaration" stands for one body declaration, not both
    assert has(got, "Joint Declaration of Orvia City")
    assert has(got, "joint declaration on the regional power grid")
    assert len(got) == 5


def test_headline_summary_stays_when_the_body_names_nothing() -> None:
    got = agreements("Kell and Marr sign agreements on ports, fisheries and tourism\n\n"
                     + LEAD + "The leaders also discussed trade and regional security.")
    assert has(got, "ports") and has(got, "fisheries") and has(got, "tourism")


def test_title_case_headline_names_two_kinds_of_paper() -> None:
    got = agreements(
        "Presidents Witness Signing of Agreement on Mutual Legal Assistance and Memoranda "
        "of Understanding\n\n" + LEAD + "The presidents witnessed the signing of memoranda "
        "of understanding in the fields of culture, health and sport.")
    assert "Agreement on Mutual Legal Assistance" in got
    assert not any("Assistance and Memoranda" in a for a in got)


def test_treaty_named_by_for_the_after_its_parties() -> None:
    got = agreements(LEAD + "The presidents witnessed the signing of an agreement between "
                     "the Government of Orvia and the Government of Tella for the avoidance "
                     "of double taxation and the prevention of fiscal evasion with respect "
                     "to taxes on income.")
    assert has(got, "agreement", "for the avoidance of double taxation", "taxes on income")
    assert not any(a.endswith("agreement on income") for a in got)


def test_headline_second_predicate_ends_the_name() -> None:
    got = agreements(
        "Presidents Kell and Marr sign Exchange of Letters on the river treaty and launch "
        "works on the new bridge\n\n" + LEAD + "The foreign ministers signed the Exchange "
        "of Letters that amends the river treaty. The presidents also witnessed the signing "
        "of a memorandum of understanding on customs cooperation.")
    assert not any("bridge" in a for a in got)
    assert has(got, "Exchange of Letters", "amends the river treaty")
    assert len(got) == 2


def test_paper_signed_months_before_the_visit() -> None:
    got = agreements(LEAD + "The two leaders welcomed the signing of the bilateral agreement "
                     "on fisheries access in March 2030, and the resumption of joint patrols.")
    assert got == []


def test_two_papers_share_a_formal_subject() -> None:
    got = agreements(LEAD + "The two leaders welcomed the signing, during the visit, of the "
                     "Exchange of Notes and the Loan Agreement concerning the Northern "
                     "Railway Project (Phase III), for an amount of up to 12.5 billion yen.")
    assert has(got, "Exchange of Notes concerning the Northern Railway Project")
    assert has(got, "Loan Agreement concerning the Northern Railway Project")
    assert len(got) == 2


def test_a_plain_on_subject_is_not_shared() -> None:
    got = agreements(LEAD + "The presidents signed the Joint Statement and the Agreement on "
                     "Road Transport.")
    assert has(got, "Joint Statement") and not has(got, "Joint Statement on Road")
    assert has(got, "Agreement on Road Transport")


def test_table_parties_each_with_a_city() -> None:
    got = agreements(
        "Leaders of Orvia and Tella meet; two instruments signed\n\n" + LEAD
        + "The two presidents witnessed the signing and exchange of the following "
        "instruments:\n\n| No. | Instrument | Signed by (Orvia) | Signed by (Tella) |\n"
        "|---|---|---|---|\n| 1 | MoU on Cooperation in Fisheries | Secretary, Ministry of "
        "Fisheries | Ambassador of Tella |\n| 2 | MoU between the National Defence College, "
        "Orvia City and the Staff College, Tella Port | Rector, National Defence College | "
        "Ambassador of Tella |\n\nThe leaders also discussed trade.")
    assert "MoU between the National Defence College, Orvia City and the Staff College, " \
        "Tella Port" in got


def test_strategy_adopted_together_is_a_paper() -> None:
    got = agreements(LEAD + "In addition, the two governments adopted a Strategy for Border "
                     "Development 2031-2035.")
    assert has(got, "Strategy for Border Development 2031-2035")


def test_strategy_only_mentioned_is_no_paper() -> None:
    got = agreements(LEAD + "President Kell presented the Strategy for Digital "
                     "Transformation of Orvia to the guests.")
    assert got == []


def test_sentence_parties_each_with_a_city_and_a_serial_comma() -> None:
    got = agreements(LEAD + "Ministers signed an MoU between the University of Orvia, Orvia "
                     "City, and the University of Tella, Tella Port.")
    assert got == ["MoU between the University of Orvia, Orvia City, and the University of "
                   "Tella, Tella Port"]
