"""Round 8: the same release laid out differently gives the same summary.

Found by transforming the real corpus mechanically (all-capitals headlines, hard-wrapped
lines) and comparing summaries; every text here is invented."""

from __future__ import annotations

from briefgen.ingest import release_from_bytes
from briefgen.parse import parse_release
from briefgen.parse.people import _TRAVELLED
from tests.invented import agreements_of, people

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
