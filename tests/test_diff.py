"""diff: what a reviewer changed, one line per change, and an exit status scripts can use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import run_cli

from briefgen.model import Agreement, Evidence, FollowUp, Location, Participant, VisitSummary
from briefgen.review.diff import diff_summaries
from briefgen.review.summary_io import dump_summary


def base() -> VisitSummary:
    ev = Evidence(sentence=2, start=0, end=10, quote="They signed.")
    return VisitSummary(
        title="Talks in Freedonia",
        date=dt.date(2024, 5, 23),
        location=Location(city="Freedonia City", country="Freedonia"),
        visit_type="official visit",
        countries=["Ruritania", "Freedonia"],
        participants=[Participant(name="Anna Varga", title="President")],
        agreements=[
            Agreement(text="memorandum on economic and legal cooperation", evidence=[ev]),
            Agreement(text="memorandum on cooperation in higher education", evidence=[ev]),
            Agreement(text="agreement on air services", kind="agreement"),
        ],
        follow_ups=[FollowUp(text="invitation to visit Ruritania", owner="Anna Varga")],
        cooperation_areas=["renewable energy", "logistics"],
    )


def test_same_summary_has_no_differences() -> None:
    assert diff_summaries(base(), base()) == []


def test_evidence_alone_is_not_a_difference() -> None:
    new = base()
    new.agreements[0].evidence = []
    assert diff_summaries(base(), new) == []


def test_each_kind_of_change_is_one_line_in_field_order() -> None:
    new = base()
    new.date = dt.date(2024, 5, 24)
    new.date_end = dt.date(2024, 5, 25)
    new.location = Location(city="Ruritania City", country="Freedonia")
    new.visit_type = "state visit"
    new.countries = ["Ruritania", "Freedonia", "Elbonia"]
    new.participants[0].title = "Prime Minister"
    new.agreements = [
        Agreement(text="memorandum on legal and economic cooperation"),  # reworded
        Agreement(text="memorandum on cooperation in higher education", kind="memorandum"),
    ]
    new.follow_ups.append(FollowUp(text="business forum in September", due="September"))
    new.cooperation_areas = ["logistics"]
    assert diff_summaries(base(), new) == [
        "~ date: 2024-05-23 -> 2024-05-24",
        "~ date_end: (empty) -> 2024-05-25",
        "~ location.city: Freedonia City -> Ruritania City",
        "~ visit_type: official visit -> state visit",
        "+ countries: Elbonia",
        "~ participants: Anna Varga (title: President -> Prime Minister)",
        "~ agreements: memorandum on economic and legal cooperation -> "
        "memorandum on legal and economic cooperation",
        "~ agreements: memorandum on cooperation in higher education "
        "(kind: (empty) -> memorandum)",
        "- agreements: agreement on air services",
        "+ follow_ups: business forum in September",
        "- cooperation_areas: renewable energy",
    ]


def test_unrelated_rewording_is_a_removal_and_an_addition() -> None:
    new = base()
    new.follow_ups = [FollowUp(text="joint commission to meet in Ruritania")]
    assert diff_summaries(base(), new) == [
        "- follow_ups: invitation to visit Ruritania",
        "+ follow_ups: joint commission to meet in Ruritania",
    ]


def test_cli_diff_exit_status_like_diff(tmp_path: Path) -> None:
    old, same, new = tmp_path / "old.yaml", tmp_path / "same.json", tmp_path / "new.yaml"
    old.write_text(dump_summary(base(), "yaml"), encoding="utf-8")
    same.write_text(dump_summary(base(), "json"), encoding="utf-8")
    changed = base()
    changed.date = dt.date(2024, 5, 24)
    new.write_text(dump_summary(changed, "yaml"), encoding="utf-8")

    result = run_cli("diff", str(old), str(same))
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    result = run_cli("diff", str(old), str(new))
    assert result.returncode == 1
    assert result.stdout.decode().splitlines() == ["~ date: 2024-05-23 -> 2024-05-24"]
    result = run_cli("diff", str(old), str(tmp_path / "missing.yaml"))
    assert result.returncode == 3
    assert result.stderr.decode().startswith(f"briefgen: {tmp_path / 'missing.yaml'}")


def test_a_round_trip_through_yaml_is_no_difference() -> None:
    from briefgen.review.summary_io import loads_summary

    assert diff_summaries(base(), loads_summary(dump_summary(base(), "yaml"))) == []
