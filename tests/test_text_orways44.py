"""Two verbs of the reader's move joined by "or" are two ways from the same post, not a step from the first
verb's post on to the second's (stop 44): "you could move into a B post or specialise as C" is A -> B and A -> C,
where A is the page's post (it gave A -> B and B -> C, a move stated nowhere). "and then" and ", then" still go
on from the first post. Each page is written for the test, in a trade the rules were not written from (a
hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_second_verb_after_or_starts_where_the_first_did(tmp_path: Path) -> None:
    for said in (
        "From here, you could move into a ward manager post or specialise as a nurse practitioner.",
        "You could move into ward manager or specialise as a nurse practitioner.",
        "You could become a ward manager, or you could retrain as a midwife.",
    ):
        found = set(moves(read(tmp_path, f"Staff Nurse\n\n{said}\n")))
        other = "midwife" if "midwife" in said else "nurse-practitioner"
        assert found == {("staff-nurse", "ward-manager"), ("staff-nurse", other)}, said


def test_a_second_verb_after_then_goes_on_from_the_first_post(tmp_path: Path) -> None:
    for said in (
        "You could move into a ward manager post and then become a nurse consultant.",
        "You could move into a ward manager post, then become a nurse consultant.",
    ):
        found = set(moves(read(tmp_path, f"Staff Nurse\n\n{said}\n")))
        assert found == {("staff-nurse", "ward-manager"), ("ward-manager", "nurse-consultant")}, said
