"""`briefgen parse --explain`: each field and item is shown with its cue and sentence."""

from __future__ import annotations

from conftest import run_cli

from briefgen.model import Evidence, Item, Participant, VisitSummary
from briefgen.review.explain import explain_summary

RELEASE = """Leaders of Norway and Chile sign fisheries memorandum

President of Chile Mateo Rojas held talks with Prime Minister of Norway Ingrid Halvorsen \
in Oslo today during an official visit. The leaders signed a memorandum of understanding \
on fisheries. The Prime Minister invited Mateo Rojas to attend a forum in Bergen next year.
"""


def test_cli_explain_shows_cues_and_marked_sentences(tmp_path) -> None:
    src = tmp_path / "release.txt"
    src.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "summary.json"
    done = run_cli("parse", str(src), "--published", "2025-04-02", "--explain", "-o", str(out))
    assert done.returncode == 0, done.stderr
    why = done.stdout.decode()  # with -o the explanation goes to stdout
    assert "visit_type: official visit" in why
    assert "»official visit«" in why  # the cue is marked inside its sentence
    assert "date: 2025-04-02" in why and "»today«" in why
    assert "location: Oslo, Norway" in why and "»Oslo«" in why
    assert "- Mateo Rojas (President of Chile, Chile)" in why
    assert "title + name: title 'President of Chile'" in why
    assert "»Mateo Rojas«" in why
    assert out.exists()  # the summary itself is still written


def test_explain_without_source_uses_recorded_evidence() -> None:
    text = "The ministers agreed on fisheries."
    ev = Evidence(sentence=0, start=24, end=33, quote=text, cue="cooperation cue 'agreed on'")
    summary = VisitSummary(
        participants=[Participant(name="Ana Souza", title="Foreign Minister", country="Brazil",
                                  evidence=[Evidence(sentence=0, start=0, end=3, quote=text,
                                                     cue="title + name")])],
        cooperation_areas=[Item(text="fisheries", evidence=[ev])],
        outcomes=[Item(text="an outcome with no evidence")],
    )
    why = explain_summary(summary)
    assert "- Ana Souza (Foreign Minister, Brazil)" in why
    assert "[sentence 0, chars 24-33] cooperation cue 'agreed on'" in why
    assert '"The ministers agreed on fisheries."' in why
    assert "(no evidence recorded)" in why
    assert "visit_type: (none)" in why
