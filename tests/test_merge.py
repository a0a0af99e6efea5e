"""Merging releases of one visit: each fact once, evidence from every release, conflicts kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import SEED, needs_shared, run_cli

from briefgen.model import (
    Agreement,
    Evidence,
    FollowUp,
    Item,
    Location,
    Participant,
    Source,
    VisitSummary,
)
from briefgen.review.merge import merge_summaries, same_item
from briefgen.review.summary_io import loads_summary

FIXTURES = Path(__file__).parent / "fixtures"
COUNTRIES = ["Kazakhstan", "Singapore"]

# the five memoranda as each fixture release words them, in the same order
WORDING_A = [
    "memorandum of understanding on economic and legal cooperation",
    "memorandum of understanding on cooperation in higher education",
    "memorandum of understanding on the protection of intellectual property",
    "memorandum of understanding on the translation and dissemination of Singaporean standards",
    "memorandum of understanding between the interior ministries of the two countries",
]
WORDING_B = [
    "memorandum of understanding on legal and economic cooperation",
    "memorandum of understanding on higher education cooperation",
    "memorandum of understanding on intellectual property",
    "memorandum of understanding on Singapore standards translation and dissemination",
    "memorandum of understanding between the Ministry of Home Affairs of Singapore and the "
    "Ministry of Internal Affairs of Kazakhstan",
]
TOPICS = ["legal", "higher education", "intellectual property", "standards", "affairs|interior"]


def _ev(sentence: int, source: int = 0) -> Evidence:
    return Evidence(source=source, sentence=sentence, start=sentence * 100,
                    end=sentence * 100 + 50, quote=f"sentence {sentence}")


def release(name: str, wording: list[str], **fields: object) -> VisitSummary:
    return VisitSummary(
        countries=COUNTRIES,
        agreements=[Agreement(text=t, kind="memorandum of understanding", evidence=[_ev(3)])
                    for t in wording],
        source=Source(path=f"/releases/{name}"),
        **fields,  # type: ignore[arg-type]
    )


def test_differently_worded_memoranda_are_one_item_each_with_both_evidences() -> None:
    a = release("a.txt", WORDING_A)
    b = release("b.txt", list(reversed(WORDING_B)))
    merged = merge_summaries([a, b])
    assert len(merged.agreements) == 5
    for item, wording_a, wording_b in zip(merged.agreements, WORDING_A, WORDING_B, strict=True):
        assert [e.source for e in item.evidence] == [0, 1]
        # the fuller wording wins
        assert item.text == max(wording_a, wording_b, key=lambda t: (len(t.split()), len(t)))
    assert merged.source.path == "/releases/a.txt"
    assert [s.path for s in merged.other_sources] == ["/releases/b.txt"]
    assert merged.conflicts == []


def test_similar_items_are_told_apart() -> None:
    assert not same_item("digital economy", "economy")
    assert not same_item("memorandum on trade", "memorandum on tourism")
    assert not same_item("agreement on visa exemption", "agreement on air services")
    assert not same_item("proposal to set up an intergovernmental commission",
                         "invitation to pay an official visit")
    for a, b in zip(WORDING_A, WORDING_B, strict=True):
        assert same_item(a, b, COUNTRIES), (a, b)
    for i, a in enumerate(WORDING_A):
        for j, b in enumerate(WORDING_B):
            if i != j:
                assert not same_item(a, b, COUNTRIES), (a, b)


def test_items_of_one_release_are_never_folded_together() -> None:
    a = VisitSummary(cooperation_areas=["energy", "energy"], source=Source(path="a"))
    b = VisitSummary(cooperation_areas=["energy"], source=Source(path="b"))
    merged = merge_summaries([a, b])
    assert [i.text for i in merged.cooperation_areas] == ["energy", "energy"]
    assert [len(i.evidence) for i in merged.cooperation_areas] == [0, 0]


def test_unmatched_items_are_added_and_fields_completed() -> None:
    a = VisitSummary(
        follow_ups=[FollowUp(text="invitation to Lawrence Wong to pay an official visit",
                             evidence=[_ev(5)])],
        participants=[Participant(name="Lawrence Wong", evidence=[_ev(0)])],
        source=Source(path="a.txt"))
    b = VisitSummary(
        follow_ups=[FollowUp(text="invitation to Prime Minister Wong to visit officially",
                             owner="Prime Minister Wong", evidence=[_ev(2)]),
                    FollowUp(text="business forum in the autumn", evidence=[_ev(4)])],
        participants=[Participant(name="Wong", title="Prime Minister", country="Singapore",
                                  evidence=[_ev(1)]),
                      Participant(name="Heng Swee Keat", evidence=[_ev(6)])],
        projects=[Item(text="port partnership", evidence=[_ev(3)])],
        source=Source(path="b.txt"))
    merged = merge_summaries([a, b])
    invite, forum = merged.follow_ups
    assert invite.owner == "Prime Minister Wong"
    assert [(e.source, e.sentence) for e in invite.evidence] == [(0, 5), (1, 2)]
    assert [(e.source, e.sentence) for e in forum.evidence] == [(1, 4)]
    wong, heng = merged.participants
    assert (wong.name, wong.title, wong.country) == ("Lawrence Wong", "Prime Minister",
                                                     "Singapore")
    assert [e.source for e in wong.evidence] == [0, 1]
    assert heng.name == "Heng Swee Keat"
    assert merged.projects[0].evidence[0].source == 1


def test_disagreements_are_reported_and_first_release_kept() -> None:
    a = VisitSummary(date=dt.date(2024, 5, 23), visit_type="state visit",
                     location=Location(city="Singapore", country="Singapore"),
                     source=Source(path="/x/a.txt"), title="A")
    b = VisitSummary(date=dt.date(2024, 5, 24), visit_type="official visit",
                     location=Location(city="Astana"), source=Source(path="/y/b.html"),
                     title="B")
    c = VisitSummary(date=dt.date(2024, 5, 23), location=Location(city="singapore"),
                     source=Source(path="c.txt"))
    merged = merge_summaries([a, b, c])
    assert (merged.date, merged.visit_type, merged.location.city, merged.title) == (
        dt.date(2024, 5, 23), "state visit", "Singapore", "A")
    assert merged.location.country == "Singapore"
    assert merged.conflicts == [
        "date: a.txt says 2024-05-23; b.html says 2024-05-24; c.txt says 2024-05-23 "
        "(kept 2024-05-23)",
        "visit_type: a.txt says state visit; b.html says official visit (kept state visit)",
        "location city: a.txt says Singapore; b.html says Astana; c.txt says singapore "
        "(kept Singapore)",
    ]


def test_merging_a_merge_keeps_evidence_pointing_at_the_right_release() -> None:
    a = release("a.txt", WORDING_A[:2])
    b = release("b.txt", WORDING_B[:2])
    c = release("c.txt", [WORDING_A[0], "agreement on air services"])
    merged = merge_summaries([merge_summaries([a, b]), c])
    assert [s.path for s in merged.all_sources] == ["/releases/a.txt", "/releases/b.txt",
                                                    "/releases/c.txt"]
    assert [[e.source for e in i.evidence] for i in merged.agreements] == [[0, 1, 2], [0, 1], [2]]
    assert merge_summaries([a, b, c]) == merged


def test_merge_is_deterministic_and_leaves_inputs_alone() -> None:
    a, b = release("a.txt", WORDING_A), release("b.txt", WORDING_B)
    before = (a.model_copy(deep=True), b.model_copy(deep=True))
    assert merge_summaries([a, b]) == merge_summaries([a, b])
    assert (a, b) == before


def test_cli_merge_of_two_fixture_releases_finds_each_memorandum_once(tmp_path: Path) -> None:
    out = tmp_path / "merged.yaml"
    result = run_cli("parse", str(FIXTURES / "visit-a-presidency.txt"),
                     str(FIXTURES / "visit-b-ministry.txt"), "--merge",
                     "--published", "2024-05-23", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    merged = loads_summary(out.read_text(encoding="utf-8"))
    assert [s.path for s in merged.all_sources] == [str(FIXTURES / "visit-a-presidency.txt"),
                                                    str(FIXTURES / "visit-b-ministry.txt")]
    texts = [a.text.lower() for a in merged.agreements]
    for topic in TOPICS:
        found = [t for t in texts if any(word in t for word in topic.split("|"))]
        assert len(found) == 1, (topic, texts)
    for item in merged.agreements:
        assert sorted({e.source for e in item.evidence}) == [0, 1], item.text
    assert len(merged.agreements) == 5, texts


def test_cli_memo_of_three_releases_reports_the_date_conflict(tmp_path: Path) -> None:
    import docx

    releases = [str(FIXTURES / name) for name in
                ("visit-a-presidency.txt", "visit-b-ministry.txt", "visit-c-agency.txt")]
    out = tmp_path / "merged.yaml"
    result = run_cli("parse", *releases, "--merge", "--published", "2024-05-24", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    merged = loads_summary(out.read_text(encoding="utf-8"))
    conflict = ("date: visit-a-presidency.txt says 2024-05-23; visit-b-ministry.txt says "
                "2024-05-23; visit-c-agency.txt says 2024-05-24 (kept 2024-05-23)")
    assert merged.date == dt.date(2024, 5, 23)
    assert merged.conflicts == [conflict]
    (ip,) = [a for a in merged.agreements if "intellectual" in a.text]
    assert sorted({e.source for e in ip.evidence}) == [0, 1, 2]

    result = run_cli("memo", *releases, "--merge", "--published", "2024-05-24", "-f", "docx",
                     "-o", str(tmp_path / "memo"))
    assert result.returncode == 0, result.stderr.decode()
    document = docx.Document(str(tmp_path / "memo" / "visit-a-presidency.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert conflict in text
    assert "visit-c-agency.txt" in text  # the source section lists every release
    assert "R3: visit-c-agency.txt" in text
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    ip_row = next(i for i, c in enumerate(cells) if "intellectual" in c.lower())
    refs = cells[ip_row + 1].split(", ")  # the Ref. column names release and sentence
    assert {r.split()[0] for r in refs} == {"R1", "R2", "R3"}, refs
    assert all(r.split()[1].startswith("S") for r in refs), refs


def test_single_release_refs_name_only_the_sentence() -> None:
    from briefgen.compose import compose_markdown

    summary = VisitSummary(agreements=[Agreement(text="Agreement on trade", evidence=[_ev(4)])])
    markdown = compose_markdown(summary)[1]
    assert "| Agreement on trade | S5 |" in markdown and "R1" not in markdown


def test_a_release_merged_with_itself_says_the_same_with_doubled_evidence() -> None:
    a = release("a.txt", WORDING_A, date=dt.date(2024, 5, 23), visit_type="state visit")
    a.participants = [Participant(name="Lawrence Wong", evidence=[_ev(0)])]
    merged = merge_summaries([a, a])
    assert merged.conflicts == []
    assert [x.text for x in merged.agreements] == WORDING_A
    assert [p.name for p in merged.participants] == ["Lawrence Wong"]
    assert all([e.source for e in x.evidence] == [0, 1] for x in merged.agreements)
    assert merged.all_sources == [a.source, a.source]


def test_a_specific_visit_type_beats_other_without_a_conflict() -> None:
    a = VisitSummary(visit_type="other", source=Source(path="a.txt"))
    b = VisitSummary(visit_type="talks", source=Source(path="b.txt"))
    c = VisitSummary(visit_type="other", source=Source(path="c.txt"))
    merged = merge_summaries([a, b])
    assert (merged.visit_type, merged.conflicts) == ("talks", [])
    assert merge_summaries([a, c]).visit_type == "other"


def test_an_owner_named_more_fully_is_no_conflict_but_another_owner_is() -> None:
    def with_owner(name: str, owner: str) -> VisitSummary:
        step = FollowUp(text="invitation to pay an official visit to Kazakhstan", owner=owner,
                        evidence=[_ev(5)])
        return release(name, WORDING_A, follow_ups=[step])

    same = merge_summaries([with_owner("a.txt", "Wong"),
                            with_owner("b.txt", "Prime Minister Wong")])
    assert same.follow_ups[0].owner == "Prime Minister Wong"
    assert same.conflicts == []
    other = merge_summaries([with_owner("a.txt", "Wong"), with_owner("b.txt", "Tokayev")])
    assert other.follow_ups[0].owner == "Wong"
    assert len(other.conflicts) == 1 and "owner of" in other.conflicts[0]


def _count(text: str) -> Agreement:
    return Agreement(text=text, kind="document",
                     evidence=[Evidence(sentence=0, start=0, end=10, quote=text,
                                        cue="count of documents")])


def test_a_count_accounted_for_by_named_documents_of_another_release_is_dropped() -> None:
    counted = release("host.txt", [])
    counted.agreements = [_count("five memoranda signed")]
    merged = merge_summaries([release("a.txt", WORDING_A), counted])
    assert [a.text for a in merged.agreements] == WORDING_A


def test_a_count_larger_than_the_named_documents_stays() -> None:
    counted = release("host.txt", WORDING_B[:2])
    counted.agreements.append(_count("over a dozen documents signed"))
    merged = merge_summaries([release("a.txt", WORDING_A[:3]), counted])
    assert "over a dozen documents signed" in [a.text for a in merged.agreements]
    assert len(merged.agreements) == 4


@needs_shared
def test_seed_merged_with_the_hosts_release_gives_five_agreements_from_both() -> None:
    """The host's release counts "five memoranda" and lists them as "on A, on B, ... and on
    cooperation between the Ministry of X of P and the Ministry of Y of Q": the last member
    is a document too, and no count stands beside the five named papers."""
    from briefgen.summarize import summarize

    host = summarize([FIXTURES / "visit-d-host.txt"], dt.date(2024, 5, 23))
    assert len(host.agreements) == 5, [a.text for a in host.agreements]
    assert "Internal Affairs" in host.agreements[-1].text
    merged = summarize([SEED, FIXTURES / "visit-d-host.txt"], dt.date(2024, 5, 23), merge=True)
    texts = [a.text for a in merged.agreements]
    assert len(texts) == 5, texts
    for item in merged.agreements:
        assert sorted({e.source for e in item.evidence}) == [0, 1], item.text
