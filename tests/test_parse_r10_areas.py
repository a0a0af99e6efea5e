"""Round 10 cooperation-area fixes (briefgen/parse/areas.py, area_model.py), each on
invented sentences: recall classes seen on releases of issuers the parser was never
tuned on."""

from __future__ import annotations

from briefgen.parse.items import extract_items
from briefgen.parse.segment import segment


def areas(text: str) -> list[str]:
    return [i.text for i in extract_items(segment(text), []).cooperation_areas]


def test_the_subjects_of_signed_memoranda_are_areas() -> None:
    # "fisheries" is no known area term: it comes from the memorandum's own subject
    got = areas("President Alpha of Rovania received President Beta of Sundara in Lortown "
                "on Monday. The two presidents signed memoranda of understanding on "
                "tourism, fisheries and higher education.")
    assert "fisheries" in got, got
    assert "higher education" in got, got


def test_other_verbs_of_talks_open_a_list_of_topics() -> None:
    # "conferred on", "dealt with", "focus on" name the subjects of talks as "discussed" does
    got = areas("The two foreign ministers conferred on trade, investment and energy.")
    assert {"trade", "investment", "energy"} <= set(got), got
    got = areas("The visit of the minister will focus on trade, investment and education.")
    assert {"trade", "investment", "education"} <= set(got), got
    got = areas("Key areas of discussion included health, agriculture and digital "
                "transformation.")
    assert "health" in got, got


def test_a_quantifier_before_words_sharing_a_frame() -> None:
    got = areas("The leaders agreed to strengthen cooperation in various political, "
                "economic, commercial and cultural fields.")
    assert {"political", "economic", "commercial", "cultural"} <= set(got), got


def test_topics_named_as_the_subject_of_a_passive_verb_of_talks() -> None:
    got = areas("Fisheries and maritime surveillance were the main topics of discussion.")
    assert any("fisheries" in a.lower() for a in got), got
    # a clause in front of the verb is no topic
    got = areas("The President said that the economy was discussed at length with the "
                "investors.")
    assert not any("President" in a for a in got), got


def test_countries_named_once_as_topics_are_areas() -> None:
    got = areas("President Alpha of Rovania met President Beta of Sundara in Lortown. "
                "Rovania and Sundara agreed to deepen ties. The two sides also reviewed "
                "regional developments and international issues of common concern, "
                "including Iraq, Libya and Yemen. Rovania thanked Sundara.")
    assert {"Iraq", "Libya", "Yemen"} <= set(got), got


def test_a_signed_papers_subject_is_kept_whole_over_a_known_term_inside_it() -> None:
    # the memorandum names its subject; "gender equality" alone is only a part of it
    got = areas("President Alpha of Rovania received President Beta of Sundara in Lortown "
                "on Monday. The two ministers signed a memorandum of understanding on "
                "gender equality and women empowerment.")
    assert "gender equality and women empowerment" in got, got
    assert "gender equality" not in got, got


def test_a_signed_papers_date_is_no_part_of_its_subject() -> None:
    got = areas("The two presidents signed a protocol amending the agreement on merchant "
                "shipping of March 4, 2001.")
    assert not any("March" in a for a in got), got


def test_qualities_of_a_tie_are_no_areas() -> None:
    # GUIDELINES: qualities are not areas; "cordial ties" names no sector
    got = areas("The two presidents hailed the cordial ties and the multi-dimensional "
                "cooperation between Rovania and Sundara, and agreed to boost substantial "
                "cooperation in diverse fields, notably in tourism and fisheries.")
    assert not any(w in a for a in got for w in ("cordial", "multi-dimensional",
                                                 "substantial", "diverse")), got
    assert "tourism" in got, got


def test_a_ministers_portfolio_is_no_area_however_capitalised() -> None:
    got = areas("The minister of foreign affairs and international cooperation of Rovania, "
                "Mr Alpha, and Mr Beta, Special Envoy for Climate Change, held talks on "
                "tourism and fisheries.")
    assert not any("international cooperation" in a.lower() for a in got), got
    assert not any("climate" in a.lower() for a in got), got
    assert any("tourism" in a for a in got), got
    # the minister of state does not make the topics of his talks a portfolio
    got = areas("The minister of state held talks on energy and agriculture.")
    assert any("energy" in a for a in got), got


def test_a_tie_with_the_releases_own_parties_is_its_kind_or_nothing() -> None:
    got = areas("President Alpha of Chile received President Beta of Peru in Santiago. "
                "Chile and Peru are old friends, Peru's president said. Chile thanked "
                "Peru. The two presidents discussed space cooperation with Peru, "
                "cooperation with Chile and relations with China.")
    assert "space cooperation" in got, got
    assert not any(a.endswith(("with Peru", "with Chile")) for a in got), got
    assert "relations with China" in got, got


def test_issues_related_to_a_sector_frame_it() -> None:
    # "issues related to" frames the first member as "issues of" does: it is no vague lead
    got = areas("The talks focused on issues pertaining to fisheries and forestry.")
    assert any("fisheries" in a for a in got), got
    got = areas("They discussed matters relating to maritime transport and port logistics.")
    assert "maritime transport" in got, got


def test_framing_nouns_alone_are_no_areas() -> None:
    got = areas("The two ministers agreed to deepen cooperation in this direction and "
                "exchanged views on chances, as well as on tourism.")
    assert not {"direction", "chances"} & set(got), got
    assert "tourism" in got, got


def test_a_pair_of_topics_before_a_passive_verb_of_talks_is_split() -> None:
    # "A and the B were the main topics": two topics, as after "discussed"
    got = areas("Rovania’s contribution to regional peacekeeping and the reform of the "
                "Lortown Tribunal were the main topics of discussion.")
    assert "reform of the Lortown Tribunal" in got, got


def test_a_portfolio_listed_with_commas_is_no_area() -> None:
    got = areas("The President received the Minister of Education, Sports, Culture, Science "
                "and Technology and the Minister of Mineral Resources, Green Technology and "
                "Energy Security, and discussed tourism and fisheries.")
    assert not any("Science" in a or "Energy Security" in a for a in got), got
    assert any("tourism" in a for a in got), got
