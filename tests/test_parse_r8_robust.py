"""Round 8: the same release laid out differently gives the same summary.

Found by transforming the real corpus mechanically (all-capitals headlines, hard-wrapped
lines) and comparing summaries; every text here is invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.ingest import load_release, release_from_bytes
from briefgen.parse import parse_release
from briefgen.parse.people import _TRAVELLED
from briefgen.parse.segment import mask_chrome, segment, unwrap_lines
from briefgen.stamps import date_line
from tests.invented import agreements_of, parse_frame, people

CAPS_RELEASE = (
    "JOINT STATEMENT BY PRESIDENT ALMA RESTOVA OF THE REPUBLIC OF ESTONIA AND PRESIDENT "
    "JUAN PEREZ OCAMPO OF THE REPUBLIC OF PERU ON THE BICENTENNIAL PARTNERSHIP OF OUR "
    "NATIONS AND PEOPLES\n\n"
    "President Alma Restova of Estonia received President Juan Perez Ocampo of Peru in "
    "Tallinn on 4 March 2025. The two presidents signed an Agreement on Cultural "
    "Cooperation.\n")


def test_all_capitals_headline_is_read_in_linear_time() -> None:
    # a capitalised word split anywhere made the list-of-names pattern backtrack for minutes
    assert _TRAVELLED.match("JOINT STATEMENT BY PRESIDENT ALMA RESTOVA OF THE REPUBLIC OF "
                            "ESTONIA AND PRESIDENT JUAN PEREZ OCAMPO OF THE REPUBLIC ") is None
    assert _TRAVELLED.match("President Alma Restova travelled to ")


def test_all_capitals_headline_release_parses() -> None:
    summary = parse_release(release_from_bytes(CAPS_RELEASE.encode(), "r.txt", None))
    assert set(people(summary)) == {"Alma Restova", "Juan Perez Ocampo"}
    assert agreements_of(CAPS_RELEASE, None) == ["Agreement on Cultural Cooperation"]


STATE_VISIT = (
    "President of Estonia Alma Restova holds talks with President of Peru Juan Perez Ocampo "
    "in Tallinn\n\n"
    "On 4 March 2025, President of Estonia Alma Restova met with President of Peru Juan Perez "
    "Ocampo, who is paying a state visit to the Republic of Estonia at her invitation. The "
    "leaders discussed trade, digital government and maritime security, and reviewed the "
    "progress of the joint commission on economic cooperation since its last session.\n\n"
    "Following the talks, the Presidents signed a Memorandum of Understanding on Cooperation "
    "in Digital Government between the two Governments and witnessed the exchange of an "
    "Agreement on the Avoidance of Double Taxation.\n\n"
    "President Juan Perez Ocampo invited President Alma Restova to pay an official visit to "
    "Peru next year, and the invitation was accepted with gratitude.\n")


def _wrapped(text: str, width: int = 72, blank: bool = True) -> str:
    import textwrap
    paras = [textwrap.fill(" ".join(p.split()), width) for p in text.split("\n\n")]
    return ("\n\n" if blank else "\n").join(paras) + "\n"


def _key(text: str) -> tuple[object, ...]:
    s = parse_release(release_from_bytes(text.encode(), "r.txt", None))
    return (people(s), [a.text for a in s.agreements], s.date, s.visit_type,
            s.location.city if s.location else None)


def test_hard_wrapped_release_reads_as_the_release() -> None:
    want = _key(STATE_VISIT)
    assert want[0]["Alma Restova"][1] == "Estonia" and len(want[1]) == 2
    assert _key(_wrapped(STATE_VISIT)) == want
    assert _key(_wrapped(STATE_VISIT, 60)) == want
    assert _key(STATE_VISIT.replace("\n", "\r\n")) == want


def test_paragraphs_one_per_line_with_no_blank_lines() -> None:
    want = _key(STATE_VISIT)
    assert _key(STATE_VISIT.replace("\n\n", "\n")) == want
    assert _key(_wrapped(STATE_VISIT, blank=False)) == want


def test_unwrap_keeps_length_and_leaves_layout_alone() -> None:
    wrapped = _wrapped(STATE_VISIT)
    flat = unwrap_lines(wrapped)
    assert len(flat) == len(wrapped) and "Juan Perez Ocampo" in flat.replace("  ", " ")
    assert "\n\n" in flat  # paragraph breaks stay
    # lines that are a list or short lines of a layout are not a wrapped paragraph
    listed = ("Signed documents\n\nThe following documents were signed:\n"
              "- Agreement on Air Services between the Government of A and the Government of B\n"
              "- Memorandum of Understanding on Tourism\n- Programme of Cultural Exchanges\n"
              "- Protocol on Consultations between the Ministries of Foreign Affairs\n")
    assert unwrap_lines(listed) == listed
    assert unwrap_lines(STATE_VISIT) == STATE_VISIT


MARKDOWN_RELEASE = (
    "# President of Estonia holds talks with **President of Peru**\n\n"
    "On 4 March 2025, [President of Estonia](https://example.org/president) Alma Restova met "
    "with *President of Peru* Juan Perez Ocampo in Tallinn.\n\n"
    "The following documents were signed:\n\n"
    "- Memorandum of Understanding on Cooperation in Digital Government\n"
    "- Agreement on the Avoidance of Double Taxation\n\n"
    "* * *\n\n"
    "President of Estonia Alma Restova: Dear friends, welcome.\n")


def test_markdown_release_reads_without_its_markup(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text(MARKDOWN_RELEASE, encoding="utf-8")
    release = load_release(path)
    assert release.title == "President of Estonia holds talks with President of Peru"
    assert "**" not in release.text and "https://" not in release.text
    assert release.text.startswith(release.title + "\n\n")
    assert "signed:\n\n- Memorandum of Understanding" in release.text
    assert "\n\n* * *\n\n" in release.text  # a transcript still starts where it did
    s = parse_release(release)
    assert set(people(s)) == {"Alma Restova", "Juan Perez Ocampo"}
    assert [a.text for a in s.agreements] == [
        "Memorandum of Understanding on Cooperation in Digital Government",
        "Agreement on the Avoidance of Double Taxation"]


def test_generic_venue_is_canberra_only_where_australia_is_named() -> None:
    elsewhere = ("Prime Minister of Malaysia Aziz Rahman received President of Ghana Kofi Mensah "
                 "at Parliament House on 4 March 2025. The two leaders held talks on trade.")
    s = parse_frame(elsewhere)
    assert not s.location or s.location.city != "Canberra"
    home = ("Prime Minister of Australia Anna Byrne received President of Ghana Kofi Mensah "
            "at Parliament House on 4 March 2025. The two leaders held talks on trade.")
    s = parse_frame(home)
    assert s.location and (s.location.city, s.location.country) == ("Canberra", "Australia")


def test_page_chrome_without_blank_lines_stays_one_paragraph() -> None:
    page = ("Ministry of Foreign Affairs of the Republic of Palau\nHome > News > Press releases\n"
            "EN | FR\nMonday, 3 March 2025\nMinister meets Tongan counterpart\n"
            "Minister Ilana Sato met Minister of Foreign Affairs of Tonga Sione Vea in Koror "
            "today.\nThey discussed fisheries.\n")
    assert len({s.paragraph for s in segment(page).sentences}) <= 2  # a headline, the body
    clean = STATE_VISIT.replace("\n\n", "\n")
    assert len({s.paragraph for s in segment(clean).sentences}) == 4


def test_page_chrome_and_repeated_headline_are_not_read() -> None:
    want = _key(STATE_VISIT)
    chrome = "Home > News > Press releases\n\nEN | ET | RU\n\n" + STATE_VISIT
    masked = mask_chrome(chrome)
    assert masked.startswith(" " * 28 + "\n\n") and len(masked) == len(chrome)
    assert _key(chrome) == want
    head, _, body = STATE_VISIT.partition("\n\n")
    assert _key(f"{head}\n\n{head}\n\n{body}") == want
    assert mask_chrome(STATE_VISIT) == STATE_VISIT


def test_publication_line_is_no_headline_and_dates_a_release_without_one() -> None:
    want = _key(STATE_VISIT)
    assert _key("Tuesday, 4 March 2025\n\n" + STATE_VISIT) == want
    head, _, body = STATE_VISIT.partition("\n\n")
    stamped = f"{head}\n\n04.03.2025 14:35\n\n{body}"
    assert mask_chrome(stamped) == stamped  # under the headline it is the filing stamp
    undated = STATE_VISIT.replace("On 4 March 2025, ", "Today ")
    release = release_from_bytes(f"March 4, 2025\n\n{undated}".encode(), "r.txt", None)
    assert release.published == dt.date(2025, 3, 4)
    assert parse_release(release).date == dt.date(2025, 3, 4)
    given = release_from_bytes(f"March 4, 2025\n\n{undated}".encode(), "r.txt", dt.date(2025, 3, 5))
    assert given.published == dt.date(2025, 3, 5)  # the user's day wins
    assert date_line("5th March 2025") == dt.date(2025, 3, 5)
    assert date_line("2025-03-05") == dt.date(2025, 3, 5) and date_line("31.02.2025") is None
    assert date_line("Talks on 5 March 2025") is None


def test_second_cities_of_other_states_place_the_talks() -> None:
    s = parse_frame("President of Latvia Ilze Berga held talks with President of Greece Nikos "
                    "Pappas in Thessaloniki on 4 March 2025.")
    assert s.location and (s.location.city, s.location.country) == ("Thessaloniki", "Greece")
    s = parse_frame("Prime Minister of Japan Kenji Mori met Prime Minister of Norway Ola Lund "
                    "in Bergen on 4 March 2025.")
    assert s.location and (s.location.city, s.location.country) == ("Bergen", "Norway")
    s = parse_frame("Foreign Minister of Poland Jan Nowak held talks with his host in Krakow "
                    "on 4 March 2025.")  # written without its accent
    assert s.location and (s.location.city, s.location.country) == ("Krakow", "Poland")


def test_page_chrome_search_stays_linear_on_long_lines() -> None:
    # a menu pattern that split a long word three ways ran for minutes on a 20,000-letter line
    long_word = "Ortúzar" + "x" * 20_000
    assert mask_chrome(f"{long_word}\n\n{STATE_VISIT}") == f"{long_word}\n\n{STATE_VISIT}"
    assert date_line("x" * 20_000) is None


def test_subject_pasted_wording_gives_way_to_the_rule_item_of_its_step() -> None:
    from briefgen.model import FollowUp
    from briefgen.parse.followups import Candidate, _rule_wording, rules

    text = "Ms Abenov proposed establishing a joint business council of both countries."
    sent = segment(text).sentences[0]
    subj = Candidate("Abenov establishing a joint business council of both countries", sent,
                     3, 74, "proposed", ["variant=subj"], score=-1.0)
    rule = Candidate("proposal for establishing a joint business council of both countries",
                     sent, 10, 74, "proposed", [],
                     rule_item=FollowUp(text="proposal for establishing a joint business "
                                        "council of both countries", kind="proposal",
                                        owner="Abenov"), score=-1.6)
    broad = Candidate("establishing a joint business council", sent, 19, 55, "proposed", [],
                      score=-1.0)
    stop = rules().stop
    assert _rule_wording([subj], [subj, rule], stop) == [rule]
    assert _rule_wording([broad], [broad, rule], stop) == [broad]  # only a pasted subject


def test_a_short_headline_closed_by_a_full_stop_is_still_the_headline() -> None:
    assert segment("President receives Foreign Minister of Chile.\n\nBody.").title == (
        "President receives Foreign Minister of Chile.")
    # a one-sentence lead opens the body: its past-tense report verb tells it apart
    assert segment("Vladimir Putin had a telephone conversation with X.\n\nMore.").title is None
    head, _, body = STATE_VISIT.partition("\n\n")
    assert _key(f"Estonia and Peru hold talks in Tallinn.\n\n{body}")[0] == _key(STATE_VISIT)[0]
