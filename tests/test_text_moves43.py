"""Moves between posts in stories and ladders, written for stop 44 (the moves helper), each shape in two wordings.

Each page is written for the test, in a trade the rules were not written from (a brewery, a laboratory, a boatyard),
so that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_span_from_one_post_ends_at_the_post_named_after_to(tmp_path: Path) -> None:
    # "from A to B and later to C": A -> B -> C, no move from A straight to C
    for said in (
        "Jan went from cellar hand to brewer and later to head brewer.",
        "Jan progressed from cellar hand to brewer, then to head brewer.",
    ):
        found = set(moves(read(tmp_path, f"Brewery story\n\n{said}\n")))
        assert found == {("cellar-hand", "brewer"), ("brewer", "head-brewer")}, said


def test_on_to_goes_on_from_the_post_reached_before(tmp_path: Path) -> None:
    for said in (
        "Jan went from cellar hand to brewer and on to head brewer.",
        "Jan moved from cellar hand to brewer, and on to head brewer by 2020.",
    ):
        found = set(moves(read(tmp_path, f"Brewery story\n\n{said}\n")))
        assert found == {("cellar-hand", "brewer"), ("brewer", "head-brewer")}, said
