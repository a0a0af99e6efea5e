"""Round 12: the visit frame (visit type, date, city, location country) as issuers we had
never seen write it. Each test is one class of meaning or general knowledge; invented text
only, no corpus text."""

from __future__ import annotations

from invented import parse_frame as parse

# --- a host receiving a counterpart: the guest came to the host's state ---


def test_host_with_an_initial_receiving_a_counterpart() -> None:
    s = parse("Foreign Minister Mr. Tomas R. Berg received his Chilean counterpart Mr. Ivo "
              "Lund. The two sides discussed the bilateral relations between Norway and Chile. "
              "Minister Berg stressed the keenness of Norway to advance relations.", title="Foreign Minister receives Chilean counterpart")
    assert {p.name: p.country for p in s.participants}["Tomas R. Berg"] == "Norway"
    assert s.location.country == "Norway"
