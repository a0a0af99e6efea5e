"""Round 10, the lead's fixes: agreements classes found on releases of issuers in none of the
corpus sources, and a crash found on a fresh blind batch (invented text)."""

from __future__ import annotations

import datetime as dt

from tests.invented import agreements_of

DAY = dt.date(2025, 3, 12)


def test_weak_head_after_including_a_signed_count_names_papers() -> None:
    text = ("The two presidents held talks in Lima. Eleven bilateral agreements were signed, "
            "including deals on fisheries, mining and tourism, among others.")
    got = agreements_of(text, DAY)
    assert "deal on fisheries" in got
    assert "deal on mining" in got
    assert "deal on tourism" in got
    assert not any("others" in a for a in got)
    assert any(a.startswith("Eleven bilateral agreements") for a in got)


def test_among_others_is_no_subject() -> None:
    got = agreements_of("The ministers signed memoranda on fisheries, mining and tourism, "
                        "among others.", DAY)
    assert got == ["memorandum on fisheries", "memorandum on mining", "memorandum on tourism"]


def test_etc_is_no_subject() -> None:
    got = agreements_of("The ministers signed memoranda on fisheries, mining, tourism, etc. "
                        "The talks were held in Quito.", DAY)
    assert not any("etc" in a for a in got)
    assert "memorandum on tourism" in got


def test_deals_without_signing_are_no_papers() -> None:
    got = agreements_of("The leaders discussed trade deals on fisheries and mining.", DAY)
    assert got == []


def test_exchanging_notes_on_issues_is_talk() -> None:
    got = agreements_of("The two leaders discussed energy and exchanged notes on issues of "
                        "public health and on the situation in the region.", DAY)
    assert got == []


def test_exchange_of_notes_on_a_paper_stays() -> None:
    got = agreements_of("The ministers exchanged notes on the entry into force of the visa "
                        "waiver agreement.", DAY)
    assert got and got[0].startswith("notes on the entry into force")


def test_headline_ending_on_a_lower_case_office_of_a_state_parses() -> None:
    # a headline with no full stop ending "the president of the USA" ran off the token list
    from tests.invented import parse_invented

    s = parse_invented("The two presidents discussed trade.", DAY,
                       title="President of Poland had a telephone conversation with the "
                             "president of the USA")
    assert s.visit_type == "phone call"
    assert "United States" in s.countries


def test_plain_visit_the_lead_opens_on_is_other() -> None:
    # GUIDELINES: a plain "visit" is other; the meetings below are the visit's
    from tests.invented import parse_invented

    for text in ("Vice President Ana Lopes arrived in Koror on Monday for a visit. She met "
                 "President Tomas Remengesau at his office.",
                 "Secretary Ana Lopes visited Reykjavik on Friday. She met Prime Minister "
                 "Katrin Jonsdottir.",
                 "President Ana Lopes paid a goodwill visit to Japan, where she met Prime "
                 "Minister Taro Sato."):
        assert parse_invented(text, DAY).visit_type == "other", text


def test_a_meeting_without_a_visit_stays_a_meeting() -> None:
    from tests.invented import parse_invented

    s = parse_invented("Prime Minister Ana Lopes met Senator Tom Reed, who is visiting "
                       "the country, at Government House.", DAY)
    assert s.visit_type == "meeting"


def test_a_paper_dated_by_an_earlier_year_is_no_agreement() -> None:
    got = agreements_of("The two leaders ended the long dispute between the two countries "
                        "following the 2018 peace treaty signed in Asmara.", DAY)
    assert got == []


def test_following_the_signing_is_still_a_signing() -> None:
    got = agreements_of("Following the signing of the trade agreement, the leaders met the "
                        "press.", DAY)
    assert got == ["trade agreement"]
