"""Compose: a hand-built summary through the built-in templates into Memo blocks.

The summaries here are written for the tests (no corpus text). The safety tests feed
hostile strings through every field a template shows and check that they come out as
literal text without changing the memo's structure.
"""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.compose import (
    NOT_STATED,
    compose,
    compose_markdown,
    markdown_to_memo,
    md_escape,
)
from briefgen.memo import BulletList, Heading, Memo, Paragraph, Table, plain
from briefgen.model import VisitSummary
from briefgen.support.errors import TemplateError

MEMO_HEADINGS = ["Bottom line up front", "Visit at a glance", "Outcomes", "Agreements",
                 "Follow-ups", "Cooperation areas", "Background", "Source"]


def make_summary(**overrides: object) -> VisitSummary:
    data: dict = {
        "title": None,
        "date": "2024-03-04",
        "date_end": "2024-03-05",
        "location": {"city": "Valletta", "country": "Malta"},
        "visit_type": "official visit",
        "countries": ["Iceland", "Malta"],
        "participants": [
            {"name": "Anna Jónsdóttir", "title": "Prime Minister", "country": "Iceland"},
            {"name": "Marco Vella", "title": "President", "country": "Malta"},
        ],
        "agreements": [
            {"text": "memorandum on fisheries research", "kind": "memorandum",
             "evidence": [{"sentence": 3, "start": 100, "end": 140}]},
            {"text": "agreement on air services", "kind": "agreement"},
        ],
        "outcomes": ["leaders agreed to deepen ties in tourism"],
        "follow_ups": [
            {"text": "invitation to Marco Vella to visit Iceland", "owner": "Marco Vella",
             "due": "2025"},
            {"text": "joint working group on ports"},
        ],
        "cooperation_areas": ["fisheries", "renewable energy"],
        "projects": ["Harbour Link"],
        "source": {"path": "/releases/iceland-malta.txt", "published": "2024-03-05",
                   "sha256": "ab" * 32},
    }
    data.update(overrides)
    return VisitSummary.model_validate(data)


def headings(memo: Memo) -> list[str]:
    return [plain(b.content) for b in memo.blocks if isinstance(b, Heading)]


def section(memo: Memo, title: str) -> list:
    """The blocks under one heading, up to the next heading."""
    out: list = []
    inside = False
    for block in memo.blocks:
        if isinstance(block, Heading):
            inside = plain(block.content) == title
        elif inside:
            out.append(block)
    return out


def all_text(memo: Memo) -> str:
    parts: list[str] = [memo.title, memo.classification, *(v for _, v in memo.fields)]
    for block in memo.blocks:
        if isinstance(block, (Heading, Paragraph)):
            parts.append(plain(block.content))
        elif isinstance(block, BulletList):
            parts.extend(plain(item) for item in block.items)
        elif isinstance(block, Table):
            parts.extend(plain(cell) for cell in block.header)
            parts.extend(plain(cell) for row in block.rows for cell in row)
    return "\n".join(parts)


def styled_runs(memo: Memo) -> list[str]:
    runs = []
    for block in memo.blocks:
        groups = []
        if isinstance(block, (Heading, Paragraph)):
            groups = [block.content]
        elif isinstance(block, BulletList):
            groups = list(block.items)
        elif isinstance(block, Table):
            groups = [*block.header, *(cell for row in block.rows for cell in row)]
        runs += [r.text for g in groups for r in g if r.bold or r.italic]
    return runs


# ---------------------------------------------------------------- the default memo


def test_memo_sections_in_order():
    memo = compose(make_summary(), fields={"to": "Minister", "from": "Europe Desk"})
    assert headings(memo) == MEMO_HEADINGS
    assert memo.title == "Briefing memorandum"
    assert memo.classification == "UNCLASSIFIED"
    assert dict(memo.fields) == {
        "TO": "Minister", "FROM": "Europe Desk", "DATE": "5 March 2024",
        "SUBJECT": "Official visit: Iceland \u2013 Malta, 4\u20135 March 2024"}
    assert [label for label, _ in memo.fields] == ["TO", "FROM", "DATE", "SUBJECT"]


def test_bottom_line_says_who_where_when_and_what_next():
    (bluf,) = section(compose(make_summary()), "Bottom line up front")
    text = plain(bluf.content)
    assert text.startswith("Prime Minister Anna Jónsdóttir of Iceland paid an official visit "
                           "to Valletta, Malta on 4\u20135 March 2024 and held talks with "
                           "President Marco Vella of Malta.")
    assert "Two documents were signed or adopted: memorandum on fisheries research; " \
           "agreement on air services." in text
    assert "Key follow-ups: invitation to Marco Vella to visit Iceland; joint working " \
           "group on ports." in text


def test_agreements_and_follow_ups_tables():
    memo = compose(make_summary())
    (agreements,) = section(memo, "Agreements")
    assert [plain(c) for c in agreements.header] == ["#", "Document", "Ref."]
    assert [[plain(c) for c in row] for row in agreements.rows] == [
        ["1", "Memorandum on fisheries research", "S4"],
        ["2", "Agreement on air services", ""],
    ]
    (follow,) = section(memo, "Follow-ups")
    assert [plain(c) for c in follow.header] == ["#", "Action", "Owner", "Due", "Ref."]
    assert [plain(c) for c in follow.rows[0]][1:4] == [
        "Invitation to Marco Vella to visit Iceland", "Marco Vella", "2025"]
    assert [plain(c) for c in follow.rows[1]][2:4] == ["Not stated", "Not stated"]


def test_visit_at_a_glance_and_lists():
    memo = compose(make_summary())
    (glance,) = section(memo, "Visit at a glance")
    rows = {plain(r[0]): plain(r[1]) for r in glance.rows}
    assert rows == {"Type": "Official visit", "Date": "4\u20135 March 2024",
                    "Place": "Valletta, Malta", "Countries": "Iceland; Malta",
                    "Participants": "Prime Minister Anna Jónsdóttir (Iceland); "
                                    "President Marco Vella (Malta)"}
    (outcomes,) = section(memo, "Outcomes")
    assert [plain(i) for i in outcomes.items] == ["Leaders agreed to deepen ties in tourism"]
    (areas,) = section(memo, "Cooperation areas")
    assert plain(areas.content) == "Fisheries; renewable energy."
    source = " ".join(plain(b.content) for b in section(memo, "Source"))
    assert "iceland-malta.txt, published 5 March 2024" in source


def test_missing_fields_say_not_stated():
    memo = compose(VisitSummary())
    (glance,) = section(memo, "Visit at a glance")
    assert {plain(r[1]) for r in glance.rows} == {NOT_STATED}
    for title in ("Outcomes", "Agreements", "Follow-ups", "Cooperation areas"):
        assert plain(section(memo, title)[0].content) == "None reported in the release."
    assert memo.created == "2000-01-01T00:00:00Z"


@pytest.mark.parametrize("kind,expect", [
    ("phone call", "Prime Minister Anna Jónsdóttir of Iceland held a phone call with "
                   "President Marco Vella of Malta on 4\u20135 March 2024."),
    ("talks", "Prime Minister Anna Jónsdóttir of Iceland held talks with President Marco "
              "Vella of Malta in Valletta, Malta on 4\u20135 March 2024."),
    ("meeting", "Prime Minister Anna Jónsdóttir of Iceland met President Marco Vella of "
                "Malta in Valletta, Malta on 4\u20135 March 2024."),
])
def test_event_sentence_follows_visit_type(kind, expect):
    memo = compose(make_summary(visit_type=kind))
    assert plain(section(memo, "Bottom line up front")[0].content).startswith(expect)


def test_user_fields_and_created_stamp(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    fields = {"to": "Cabinet", "from": "Desk", "subject": "Malta", "date": "2024-06-01",
              "classification": "OFFICIAL-SENSITIVE"}
    memo = compose(make_summary(), fields=fields)
    assert memo.classification == "OFFICIAL-SENSITIVE"
    assert dict(memo.fields)["DATE"] == "1 June 2024"
    assert memo.subject == "Malta"
    assert memo.created == "2024-03-04T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert compose(make_summary()).created == "2023-11-14T22:13:20Z"


@pytest.mark.parametrize("name", ["one-pager", "readout"])
def test_other_builtins_compose(name):
    memo = compose(make_summary(), name)
    text = all_text(memo)
    assert "memorandum on fisheries research" in text.lower()
    assert "invitation to marco vella to visit iceland" in text.lower()
    if name == "one-pager":
        assert headings(memo) == ["Bottom line up front", "Agreements", "Follow-ups"]
    else:
        assert headings(memo) == []
        assert memo.title == "Readout"


def test_one_pager_caps_long_lists():
    summary = make_summary(agreements=[f"memorandum number {i}" for i in range(30)],
                           follow_ups=[f"step number {i}" for i in range(20)])
    memo = compose(summary, "one-pager")
    (items,) = section(memo, "Agreements")
    assert len(items.items) == 11 and "20 more" in plain(items.items[-1])
    table = section(memo, "Follow-ups")[0]
    assert len(table.rows) == 6


# ---------------------------------------------------------------- release text is data

HOSTILE = [
    "{{ 7*7 }}",
    "{% include '/etc/passwd' %}",
    "# heading",
    "| a | b |",
    "**x**",
    "_y_",
    "<font color='red'>",
    "&amp; & <b>",
    "- item",
    "1. first",
    "===",
    "> quote",
    "`code`",
    "[link](http://example.org)",
    "line one\n\n## line two",
    "trailing backslash \\",
]


@pytest.mark.parametrize("bad", HOSTILE)
@pytest.mark.parametrize("template", ["memo", "one-pager", "readout"])
def test_hostile_values_stay_literal(bad, template):
    def filled(value: str) -> VisitSummary:
        return make_summary(
            agreements=[{"text": value, "kind": value, "parties": [value]}],
            outcomes=[value],
            follow_ups=[{"text": value, "owner": value, "due": value}],
            cooperation_areas=[value],
            participants=[{"name": value, "title": "President", "country": "Malta"}],
            title=value,
        )

    clean = compose(filled("harmless"), template, fields={"to": "a", "from": "b"})
    memo = compose(filled(bad), template, fields={"to": bad, "from": bad})
    literal = " ".join(bad.split())
    text = all_text(memo)
    assert literal in text
    assert "49" not in text and "root:" not in text
    # same structure as with harmless values: no new headings, lists, tables or emphasis
    assert headings(memo) == headings(clean)
    assert [type(b) for b in memo.blocks] == [type(b) for b in clean.blocks]
    for mine, ref in zip(memo.blocks, clean.blocks, strict=True):
        if isinstance(mine, Table):
            assert len(mine.header) == len(ref.header)
            assert all(len(row) == len(mine.header) for row in mine.rows)
    assert set(styled_runs(memo)) <= set(styled_runs(clean))
    assert dict(memo.fields)["TO"] == literal


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) |
                st.sampled_from(list(string.punctuation + " \n\t")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_escape_round_trips_in_every_position(text):
    # bidi embedding/override/isolate controls are dropped: they could reorder the memo line
    expect = " ".join(re.sub("[\u202a-\u202e\u2066-\u2069]", "", text).split())
    if not expect:
        return
    value = md_escape(text)
    _, blocks = markdown_to_memo(f"{value}\n\n- {value}\n\n| h |\n| --- |\n| {value} |\n")
    assert [type(b) for b in blocks] == [Paragraph, BulletList, Table]
    assert plain(blocks[0].content) == expect
    assert [plain(i) for i in blocks[1].items] == [expect]
    assert plain(blocks[2].rows[0][0]) == expect
    assert not any(r.bold or r.italic for r in blocks[0].content)


# ---------------------------------------------------------------- sandbox and errors


def write_template(tmp_path: Path, body: str, name: str = "mine.md.j2") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__ }}",
    "{{ summary.__class__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].listdir('/') }}",
    "{{ NOT_STATED.__html__.__globals__ }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../etc/passwd' %}",
    "{% include 'secret.txt' %}",
    "{% import 'os' as os %}",
])
def test_sandbox_refuses_files_and_internals(tmp_path, body):
    (tmp_path / "secret.txt").write_text("top secret", encoding="utf-8")
    path = write_template(tmp_path, "---\ntitle: t\n---\n\nfirst line\n" + body + "\n")
    with pytest.raises(TemplateError) as err:
        compose(make_summary(), str(path))
    assert str(path) in str(err.value) or "mine.md.j2" in str(err.value)


def test_sandbox_cannot_mutate_summary(tmp_path):
    path = write_template(tmp_path, "{{ summary.countries.append('X') }}\n")
    with pytest.raises(TemplateError, match="mine.md.j2"):
        compose(make_summary(), str(path))


def test_syntax_error_names_file_and_line(tmp_path):
    path = write_template(tmp_path, "---\ntitle: t\n---\n{% if summary.title %}\nno end\n")
    with pytest.raises(TemplateError) as err:
        compose(make_summary(), str(path))
    message = str(err.value)
    assert f"{path}:" in message
    assert re.search(r":\d+:", message)


def test_undefined_variable_names_file_and_line(tmp_path):
    path = write_template(tmp_path, "---\ntitle: t\n---\n\nfine\n\n{{ summary.agrements }}\n")
    with pytest.raises(TemplateError) as err:
        compose(make_summary(), str(path))
    assert f"{path}:7:" in str(err.value)
    assert "agrements" in str(err.value)


def test_user_template_uses_builtin_partials_and_reloads_edits(tmp_path):
    body = ('{% import "_blocks.md.j2" as b with context %}\n'
            '{{ b.front_matter("Custom") }}\n\n## Results\n\n'
            '{{ b.bullets(summary.outcomes, "x") }}\n')
    path = write_template(tmp_path, body)
    memo = compose(make_summary(), str(path))
    assert memo.title == "Custom" and headings(memo) == ["Results"]
    path.write_text(body.replace("## Results", "## Findings"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + 5))
    assert headings(compose(make_summary(), str(path))) == ["Findings"]


def test_template_text_markup_and_md_output():
    memo, markdown = compose_markdown(make_summary())
    assert markdown.startswith("---\ntitle: Briefing memorandum\n")
    assert "## Agreements" in markdown
    assert memo.keywords == ("Iceland", "Malta", "official visit")


def test_compiled_templates_are_cached():
    from briefgen.compose import _get_template
    from briefgen.compose.templates import resolve_template

    path = resolve_template("memo")
    assert _get_template(path) is _get_template(path)


def test_front_matter_extra_keys_and_empty_values(tmp_path):
    path = write_template(tmp_path, "---\ntitle: Note\nto: \ncc: Embassy, Rome\n"
                                    "subject: {{ memo.subject }}\n---\n\n## Body\n\nText.\n")
    memo = compose(make_summary(), str(path), fields={"subject": "Talks"})
    assert memo.fields == (("CC", "Embassy, Rome"), ("SUBJECT", "Talks"))  # empty TO left out
    assert memo.title == "Note" and memo.classification == "UNCLASSIFIED"


def test_header_always_shows_to_from_and_date():
    memo = compose(make_summary(), "memo", fields={})
    labels = dict(memo.fields)
    assert labels["TO"] == labels["FROM"] == "[to be completed]"
    assert labels["DATE"] and labels["SUBJECT"]
