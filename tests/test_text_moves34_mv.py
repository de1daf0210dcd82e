"""Moves told across a paragraph's clauses and sentences, tested on texts of our own in other trades (banking,
healthcare, security, construction): where a move starts when its clause names no post of its own."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_some_who_go_on_from_there_start_at_the_post_just_reached(tmp_path: Path) -> None:
    text = (
        "Bank careers\n\n"
        "Cashiers who do well go on to be loan officers, and from there some progress to branch manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("loan-officer", "branch-manager") in found
    assert ("cashier", "branch-manager") not in found
