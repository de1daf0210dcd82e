"""Role -> skill requirements of layouts the rules were not written from (stop 29, from the development set fresh20).

The wording, roles and trades here are our own (a leisure centre, a garden centre, a bus depot, ...); each test
fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.cue: "as needed", "when required" close a duty, they are no cue of a need ------------------------


def test_a_duty_done_as_needed_is_still_a_duty(tmp_path: Path) -> None:
    page = (
        "Pool Attendant Job Description\n\n"
        "Pool attendants test the water and order new chemicals as needed.\n"
        "Lifeguards clean the changing rooms when required.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("pool-attendant", "water-testing") in got, got
    assert any(role == "pool-attendant" and "chemical" in skill for role, skill in got), got
    assert any(role == "lifeguard" and "changing-room" in skill for role, skill in got), got
    assert "requirements.duty-verb" in rules_of(g, "pool-attendant")
