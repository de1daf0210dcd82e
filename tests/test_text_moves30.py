"""Moves told with "take over as" (a hotel kitchen and a depot), written by us: the post taken over is the target;
taking over a place, a till or someone's duties is no move."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_taking_over_as_a_post_is_a_move(tmp_path: Path) -> None:
    found = moves(read(tmp_path, "Experienced sous chefs frequently take over as head chef.\n"))
    assert ("sous-chef", "head-chef") in found


def test_taking_over_a_place_or_for_an_absent_post_is_no_move(tmp_path: Path) -> None:
    text = (
        "The assistant manager takes over when the store manager is away.\n"
        "The night supervisor takes over the floor from the day supervisor at 10pm.\n"
    )
    assert not moves(read(tmp_path, text))
