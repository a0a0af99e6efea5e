"""The review loop: parse to YAML, a person edits it, render exactly what they left."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

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
from briefgen.review.summary_io import dump_summary, load_summary, loads_summary
from briefgen.support.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"
RELEASE_A = FIXTURES / "visit-a-presidency.txt"


def _ev(sentence: int, quote: str, source: int = 0, cue: str | None = "signed") -> Evidence:
    return Evidence(source=source, sentence=sentence, start=10 * sentence,
                    end=10 * sentence + len(quote), quote=quote, cue=cue)


def sample_summary() -> VisitSummary:
    signing = 'The ministers signed a memorandum on "river ports" # and more\nnext line'
    return VisitSummary(
        title="President of Ruritania visits Freedonia",
        date=dt.date(2024, 5, 23),
        location=Location(city="Freedonia City", country="Freedonia"),
        visit_type="state visit",
        countries=["Ruritania", "Freedonia"],
        participants=[Participant(name="Anna Varga", title="President", country="Ruritania",
                                  evidence=[_ev(0, "President Anna Varga arrived.", cue=None),
                                            _ev(0, "President Anna Varga arrived.", cue="x"),
                                            _ev(0, "A second wording.", cue="y")])],
        agreements=[
            Agreement(text="memorandum on river ports", kind="memorandum",
                      evidence=[_ev(2, signing), _ev(5, "A port memorandum.", source=1)]),
            Agreement(text="yes"),  # a string YAML 1.1 would read as a boolean
        ],
        outcomes=[Item(text="2024-05-23")],  # a string that looks like a date
        follow_ups=[FollowUp(text="joint commission to meet", owner="ministries", due="autumn",
                             evidence=[_ev(4, "They will meet in autumn.\u2028Really.")])],
        cooperation_areas=["river transport", Item(text="null")],
        source=Source(path="a.txt", published=dt.date(2024, 5, 23), sha256="ab" * 32),
        other_sources=[Source(path="b.html", title="Talks")],
        conflicts=["date: a.txt says 2024-05-23; b.html says 2024-05-24 (kept 2024-05-23)"],
    )


# --------------------------------------------------------------------------- the YAML


def test_yaml_round_trip_is_exact(tmp_path: Path) -> None:
    summary = sample_summary()
    path = tmp_path / "visit.yaml"
    path.write_text(dump_summary(summary, "yaml"), encoding="utf-8")
    assert load_summary(path) == summary


def test_json_round_trip_is_exact(tmp_path: Path) -> None:
    summary = sample_summary()
    path = tmp_path / "visit.json"
    path.write_text(dump_summary(summary, "json"), encoding="utf-8")
    assert load_summary(path) == summary


def test_yaml_has_every_field_in_model_order_even_when_empty() -> None:
    text = dump_summary(VisitSummary(), "yaml")
    keys = re.findall(r"^([a-z_]+):", text, flags=re.M)
    assert keys == list(VisitSummary.model_fields)
    assert "follow_ups: []" in text
    assert loads_summary(text) == VisitSummary()


def test_each_item_is_preceded_by_its_quote_on_one_safe_line() -> None:
    text = dump_summary(sample_summary(), "yaml")
    lines = text.splitlines()
    at = lines.index("  - text: memorandum on river ports")
    assert lines[at - 2] == ('  # quote a.txt S3: "The ministers signed a memorandum on '
                             '\\"river ports\\" # and more\\nnext line"')
    assert lines[at - 1] == '  # quote b.html S6: "A port memorandum."'
    assert '# quote a.txt S5: "They will meet in autumn.\\u2028Really."' in text
    assert "\u2028" not in text
    # plain items stay plain strings; evidence keeps one compact line without the quote
    assert "  - river transport" in lines
    assert "    evidence: [{sentence: 2, start: 20, end: 91, cue: signed}, " \
           "{sentence: 5, start: 50, end: 68, source: 1, cue: signed}]" in lines


def test_a_sentence_cited_twice_is_quoted_once() -> None:
    text = dump_summary(sample_summary(), "yaml")
    assert text.count("President Anna Varga arrived.") == 1
    assert "quote: A second wording." in text  # differs from the comment: kept in the entry
    assert loads_summary(text).participants == sample_summary().participants


def test_shared_values_are_written_out_not_anchored() -> None:
    day = dt.date(2024, 5, 23)
    summary = VisitSummary(date=day, source=Source(published=day),
                           other_sources=[Source(published=day)])
    text = dump_summary(summary, "yaml")
    assert "&" not in text and "*" not in text
    assert "\ntitle:\n" in text  # empty, ready to fill, rather than "null"
    assert loads_summary(text) == summary


def test_quotes_of_same_named_releases_do_not_mix() -> None:
    summary = VisitSummary(
        outcomes=[Item(text="talks held", evidence=[_ev(0, "From one.", source=1),
                                                    _ev(0, "From zero.", source=0),
                                                    _ev(0, "From nowhere.", source=7)])],
        source=Source(path="x/release.txt"), other_sources=[Source(path="y/release.txt")])
    text = dump_summary(summary, "yaml")
    assert '# quote release.txt #1 S1: "From one."' in text
    assert '# quote #7 S1: "From nowhere."' in text
    assert loads_summary(text) == summary


def test_single_release_quotes_need_no_release_name() -> None:
    summary = VisitSummary(outcomes=[Item(text="talks held", evidence=[_ev(0, "They met.")])])
    text = dump_summary(summary, "yaml")
    assert '  # quote S1: "They met."\n  - text: talks held\n' in text
    assert loads_summary(text) == summary


def test_quotes_follow_their_sentence_when_evidence_is_edited() -> None:
    text = dump_summary(sample_summary(), "yaml")
    # a reviewer drops the first evidence entry but leaves both quote comments
    first = "evidence: [{sentence: 2, start: 20, end: 91, cue: signed}, "
    edited = text.replace(first, "evidence: [")
    assert edited != text
    (evidence,) = loads_summary(edited).agreements[0].evidence
    assert (evidence.source, evidence.quote) == (1, "A port memorandum.")


def test_people_may_write_plain_strings_for_items_and_participants() -> None:
    text = dump_summary(VisitSummary(), "yaml")
    text = text.replace("participants: []", "participants:\n  - Anna Varga")
    text = text.replace("follow_ups: []", "follow_ups:\n  - joint commission to meet")
    loaded = loads_summary(text)
    assert loaded.participants == [Participant(name="Anna Varga")]
    assert loaded.follow_ups == [FollowUp(text="joint commission to meet")]
    assert "  - Anna Varga\n" in dump_summary(loaded, "yaml")


def test_deleting_quote_comments_only_empties_the_quotes() -> None:
    text = dump_summary(sample_summary(), "yaml")
    stripped = "\n".join(line for line in text.splitlines() if "# quote" not in line)
    loaded = loads_summary(stripped)
    assert [e.quote for e in loaded.agreements[0].evidence] == ["", ""]
    assert loaded.agreements[0].evidence[1].source == 1


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(text=_text.filter(lambda s: s.strip() != ""), quote=_text, owner=st.none() | _text)
def test_any_text_survives_the_round_trip(text: str, quote: str, owner: str | None) -> None:
    summary = VisitSummary(
        title=text,
        follow_ups=[FollowUp(text=text, owner=owner, evidence=[_ev(1, quote)])],
        conflicts=[quote],
    )
    assert loads_summary(dump_summary(summary, "yaml")) == summary


_evidence = st.builds(Evidence, source=st.integers(0, 3), sentence=st.integers(0, 3),
                      start=st.integers(0, 9), end=st.integers(0, 9), quote=_text,
                      cue=st.none() | _text)


@settings(max_examples=100, deadline=None)
@given(evidence=st.lists(_evidence, max_size=5),
       paths=st.lists(st.none() | _text, min_size=1, max_size=3))
def test_any_evidence_and_sources_survive_the_round_trip(evidence: list[Evidence],
                                                         paths: list[str | None]) -> None:
    sources = [Source(path=p) for p in paths]
    summary = VisitSummary(agreements=[Agreement(text="memorandum", evidence=evidence)],
                           participants=[Participant(name="A. Person", evidence=evidence)],
                           source=sources[0], other_sources=sources[1:])
    assert loads_summary(dump_summary(summary, "yaml")) == summary


# --------------------------------------------------------------------------- mistakes

GOOD = dump_summary(sample_summary(), "yaml")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _error(tmp_path: Path, text: str, name: str = "visit.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_summary(path)
    message = str(info.value)
    assert "pydantic" not in message and "validation error" not in message.lower()
    assert "\n" not in message
    return message


def test_unknown_field_names_file_line_and_suggests(tmp_path: Path) -> None:
    text = GOOD.replace("    kind: memorandum\n", "    knd: memorandum\n")
    message = _error(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'visit.yaml'}:{_line_of(text, 'knd:')}: ")
    assert 'agreements, item 1, knd: unknown field "knd" (did you mean "kind"?)' in message


def test_bad_date_names_file_line(tmp_path: Path) -> None:
    text = GOOD.replace("date: 2024-05-23", "date: 2024-02-30")
    message = _error(tmp_path, text)
    assert message == (f"{tmp_path / 'visit.yaml'}:{_line_of(text, 'date: 2024-02-30')}: "
                       'date: "2024-02-30" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-23')


def test_wrong_type_names_file_line(tmp_path: Path) -> None:
    text = GOOD.replace("countries:\n  - Ruritania", "countries:\n  - 42")
    message = _error(tmp_path, text)
    line = _line_of(text, "  - 42")
    assert message.startswith(f"{tmp_path / 'visit.yaml'}:{line}: countries, item 1: ")
    assert "expected text, got the number 42 (put it in quotes)" in message
    text = GOOD.replace("visit_type: state visit", "visit_type: state vist")
    assert "is not one of the allowed values: state visit, official visit" in _error(tmp_path, text)
    text = GOOD.replace("location:\n  city: Freedonia City\n  country: Freedonia\n",
                        "location: Freedonia\n")
    assert _error(tmp_path, text).endswith(
        f":{_line_of(text, 'location:')}: location: expected a mapping of fields, "
        'got the text "Freedonia"')


def test_yaml_syntax_error_names_file_line(tmp_path: Path) -> None:
    text = GOOD.replace("countries:\n", "countries: [Ruritania,\n")
    message = _error(tmp_path, text)
    assert re.match(rf"{re.escape(str(tmp_path / 'visit.yaml'))}:\d+: YAML syntax error: ",
                    message)
    text = "title: x\ntitle: y\n"
    assert _error(tmp_path, text).startswith(f"{tmp_path / 'visit.yaml'}:2: YAML syntax error")


def test_json_errors_name_file_line(tmp_path: Path) -> None:
    data = json.loads(dump_summary(sample_summary(), "json"))
    data["date"] = "yesterday"
    text = json.dumps(data, indent=2)
    message = _error(tmp_path, text, "visit.json")
    assert message.startswith(f"{tmp_path / 'visit.json'}:{_line_of(text, 'yesterday')}: date: ")
    message = _error(tmp_path, '{\n  "title": "x",\n}\n', "visit.json")
    assert message.startswith(f"{tmp_path / 'visit.json'}:3: JSON syntax error")


def test_cli_render_of_a_broken_yaml_is_one_line_and_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "visit.yaml"
    path.write_text(GOOD.replace("date: 2024-05-23", "date: 23/05/2024"), encoding="utf-8")
    result = run_cli("render", str(path), "-o", str(tmp_path / "out"))
    assert result.returncode == 3
    err = result.stderr.decode().strip()
    assert err.startswith(f"briefgen: {path}:{_line_of(path.read_text(), '23/05/2024')}: date:")
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- end to end


def remove_item(text: str, field: str, index: int) -> str:
    """Delete item ``index`` under ``field:`` with its quote comments, as a person would."""
    lines = text.splitlines(keepends=True)
    start = lines.index(f"{field}:\n") + 1
    for _ in range(index + 1):
        end = start
        while lines[end].startswith("  #"):
            end += 1
        assert lines[end].startswith("  - ")
        end += 1
        while lines[end].startswith("    "):
            end += 1
        if _ < index:
            start = end
    return "".join(lines[:start] + lines[end:])


def add_follow_up(text: str, item: str) -> str:
    """Add ``item`` as the first follow-up (above the quotes of the one already first)."""
    if "\nfollow_ups: []\n" in text:
        return text.replace("\nfollow_ups: []\n", f"\nfollow_ups:\n  - {item}\n")
    return text.replace("\nfollow_ups:\n", f"\nfollow_ups:\n  - {item}\n")


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def test_edit_parsed_yaml_and_render_shows_exactly_the_edit(tmp_path: Path) -> None:
    parsed = tmp_path / "parsed.yaml"
    result = run_cli("parse", str(RELEASE_A), "--published", "2024-05-23", "-o", str(parsed))
    assert result.returncode == 0, result.stderr.decode()
    original = parsed.read_text(encoding="utf-8")
    summary = loads_summary(original)
    assert summary.agreements, "the parser found no agreement in the fixture release"
    assert summary.date == dt.date(2024, 5, 23), "the parser did not date the fixture release"

    # an agreement whose words the memo shows nowhere else (outcomes quote whole sentences)
    elsewhere = _flat(" ".join(i.text for i in (*summary.outcomes, *summary.follow_ups)))
    index = next(i for i, a in enumerate(summary.agreements) if _flat(a.text) not in elsewhere)
    removed = summary.agreements[index].text
    added = "Working group on river logistics to report by December"
    edited = remove_item(original, "agreements", index)
    edited = edited.replace("\ndate: 2024-05-23", "\ndate: 2024-05-22")
    edited = add_follow_up(edited, added)
    edited_path = tmp_path / "edited.yaml"
    edited_path.write_text(edited, encoding="utf-8")

    kept = loads_summary(edited)
    assert kept.agreements == [a for i, a in enumerate(summary.agreements) if i != index]
    assert kept.date == dt.date(2024, 5, 22)
    assert kept.follow_ups == [FollowUp(text=added), *summary.follow_ups]

    texts = {}
    for name, path in (("before", parsed), ("after", edited_path)):
        out = tmp_path / name
        result = run_cli("render", str(path), "-o", str(out), "-f", "docx,pdf")
        assert result.returncode == 0, result.stderr.decode()
        texts[name] = {"docx": _flat(_docx_text(out / f"{path.stem}.docx")),
                       "pdf": _flat(_pdf_text(out / f"{path.stem}.pdf"))}
    others = [i.text for i in (*kept.agreements, *summary.follow_ups, *summary.cooperation_areas)]
    for fmt in ("docx", "pdf"):
        before, after = texts["before"][fmt], texts["after"][fmt]
        assert _flat(removed) in before and _flat(removed) not in after, fmt
        assert _flat(added) not in before and _flat(added) in after, fmt
        assert "22 may 2024" not in before and "22 may 2024" in after, fmt
        assert after.count("23 may 2024") < before.count("23 may 2024"), fmt
        for text in others:  # nothing else went missing
            assert _flat(text) in after, (fmt, text)

    # and the reviewer's diff says the same thing
    result = run_cli("diff", str(parsed), str(edited_path))
    assert result.returncode == 1
    assert result.stdout.decode().splitlines() == [
        "~ date: 2024-05-23 -> 2024-05-22",
        f"- agreements: {removed}",
        f"+ follow_ups: {added}",
    ]
