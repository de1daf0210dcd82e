"""Moves told on pages of kinds the rules were not written from (stop 29, from the development set fresh20).

The wording, roles and trades here are our own; each test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

# --- transitions.clause: "N years old" is an age, not how long a post was held ---------------------------------


def test_an_age_in_years_is_no_span_of_a_move(tmp_path: Path) -> None:
    page = (
        "Garden centre\n\n"
        "At 16 years old I joined a garden centre. I spent roughly 3 years as a sales assistant.\n\n"
        "By the time I was 19 years old I had become a supervisor.\n"
    )
    got = moves(read(tmp_path, page))
    move = got[("sales-assistant", "supervisor")]
    assert (move.get("years_min"), move.get("years_max")) == (3.0, 3.0), move
