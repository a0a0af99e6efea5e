"""Round 18, forms found by the round-18 probes (releases written in the layout of issuers
in none of our data) and by reading the parser's items on them. Invented text only."""

from __future__ import annotations

import datetime as dt

from tests.invented import parse_invented

_DAY = dt.date(2031, 4, 3)


def test_a_quoted_step_ends_where_the_speaker_starts_another_clause() -> None:
    # the run-on wording of "agreed that X will ..." stopped only at a full stop, so the
    # acceptance after ", and I" was glued to the step and neither matched
    got = [f.text for f in parse_invented(
        "Minister Byrne meets Ostravian counterpart\n\n"
        "The Minister for Foreign Affairs of Veltria, Aoife Byrne, today met the Minister of "
        "Foreign Affairs of Ostravia, Kaarel Tamm, in Veltria City.\n\n"
        "Speaking after the meeting, Minister Byrne said:\n\n"
        '"We agreed that our officials will work together on a joint digital skills '
        'programme, and I accepted his kind invitation to visit Ostrava later this year."',
        _DAY).follow_ups]
    assert not any("accepted" in t and "programme" in t for t in got), got
    assert any(t.startswith("invitation to visit Ostrava") for t in got), got
