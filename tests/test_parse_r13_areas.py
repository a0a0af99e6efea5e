"""Round 13 cooperation-area fixes (briefgen/parse/area_model.py, areas.py), each on
invented sentences: general sentence shapes that new issuers' releases list their
subjects in and the parser proposed no candidate for."""

from __future__ import annotations

from briefgen.parse.area_model import candidates
from briefgen.parse.segment import segment


def _candidates(text: str) -> list[str]:
    """Every candidate text the filter is shown for ``text`` (rules' items and broad)."""
    doc = segment(text)
    return [c.item.text for c in candidates(doc, len(doc.text), [], [], [])]


def test_a_names_acronym_in_brackets_does_not_end_the_list() -> None:
    # "the X Accord (XA), A and B": the list goes on after the acronym
    got = _candidates("Their talks centred on the planned Coastal Safety Accord (CSA), "
                      "seasonal labour schemes and the reef survey.")
    assert "seasonal labour schemes" in got
    assert "reef survey" in got


def test_a_bracketed_remark_still_ends_the_list() -> None:
    got = _candidates("Their talks centred on coastal safety (as agreed last year), "
                      "and the ministers then toured the harbour.")
    assert not any("harbour" in c for c in got)


def test_the_situation_in_the_region_is_a_candidate() -> None:
    # a situation with no named place: the region's affairs, as "regional issues" are
    assert "situation in the region" in _candidates(
        "The two ministers paid close attention to the situation in the region.")
    assert "regional situation" in _candidates(
        "The delegations also reviewed the regional situation at length.")
    assert "regional tensions" in _candidates(
        "They discussed ways of easing regional tensions.")


def test_developments_in_the_region_keep_their_noun() -> None:
    # the noun is the topic; "region" alone names none
    got = _candidates("Developments in the region were also discussed by the envoys.")
    assert "Developments in the region" in got
    assert "region" not in got


def test_developments_in_a_named_place_keep_their_noun() -> None:
    # "developments in X" is the topic; the scorer also matches it with a gold "X"
    assert "developments in Freedonia" in _candidates(
        "The envoys discussed the latest developments in Freedonia.")
    # in anything but a named place the developments still frame their subject
    assert "fisheries talks" in _candidates(
        "The envoys discussed developments in the fisheries talks.")


def test_a_frame_after_the_subject_ends_the_member() -> None:
    # "X in the context of Y", "X on the basis of Y": the frame is no part of the subject
    got = _candidates("The presidents underlined the importance of press freedom in the "
                      "context of the election season.")
    assert "press freedom" in got
    got = _candidates("The envoys discussed coastal fisheries on the basis of the old treaty.")
    assert "coastal fisheries" in got


def test_with_an_emphasis_on_opens_a_list_of_its_own() -> None:
    # "A issues with an emphasis on B, C and D": B, C, D are candidates, A stays whole
    got = _candidates("The ministers exchanged views on current Arctic issues with an "
                      "emphasis on the future of fisheries, ice monitoring and search duties.")
    assert "Arctic issues" in got
    assert "future of fisheries" in got
    assert "ice monitoring" in got
