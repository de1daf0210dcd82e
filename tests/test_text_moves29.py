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


# --- transitions.told: a first-person "from A to B" sets the narrator's post; a late "N years later" -------------


def test_a_first_person_move_from_a_to_b_is_where_the_next_move_starts(tmp_path: Path) -> None:
    page = (
        "My kitchen years\n\n"
        "I progressed from Kitchen Porter to Head Chef within three years. I ran the pass. I wrote the menus."
        " I trained the juniors. One year later I moved into an Executive Chef role.\n"
    )
    got = moves(read(tmp_path, page))
    move = got[("head-chef", "executive-chef")]
    # (three sentences of other things told between: the year counts from them, not the head chef's span)
    assert move.get("years_min") is None and move.get("years_max") is None, move
    page = (
        "My kitchen years\n\n"
        "I progressed from Kitchen Porter to Head Chef within three years. Two years later I moved into an"
        " Executive Chef role.\n"
    )
    move = moves(read(tmp_path, page))[("head-chef", "executive-chef")]
    assert (move.get("years_min"), move.get("years_max")) == (2.0, 2.0), move
