"""Round 15, people: titles of religious leaders, legislators and parliaments' officers,
found missing when real titles of other issuers' participants (their gold, annotations
only) were put into plain sentences. Invented text only."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.invented import parse_invented

DAY = dt.date(2023, 5, 3)


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Archbishop Kappa Lambda met President Gamma Delta of Veltria in Lusaka today.",
     "Kappa Lambda", "Archbishop"),
    ("Congresswoman Mu Nu met President Gamma Delta of Veltria in Lusaka today.",
     "Mu Nu", "Congresswoman"),
    ("President Gamma Delta received the Clerk to the National Assembly Xi Omicron in "
     "Lusaka today.", "Xi Omicron", "Clerk to the National Assembly"),
])
def test_new_titles_name_their_holder(sentence: str, name: str, title: str) -> None:
    people = {p.name: p.title for p in parse_invented(sentence, DAY).participants}
    assert people.get(name) == title


def test_a_capitalised_cardinal_point_is_no_person() -> None:
    summary = parse_invented("The Cardinal points of the plan were discussed by President "
                             "Gamma Delta in Lusaka today.", DAY)
    assert [p.name for p in summary.participants] == ["Gamma Delta"]
