"""Two shapes of a told career that gave no move (stop 44): a post worked as after a short form of "have" ("I've
worked as A, B and now C": the subject was not seen through "'ve", so nothing was read), with the posts listed after
it in turn; and a move with two particles before a team and "as" ("before moving across to the sales team as B").
Each page is written for the test, in a trade the rules were not written from (a building firm, a hotel, a
hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_posts_worked_as_after_a_short_have_are_held_in_turn(tmp_path: Path) -> None:
    for said in (
        "I've worked as a labourer, a site supervisor and now a site manager.",
        "I’ve worked as a labourer, then a site supervisor, and now a site manager.",
    ):
        found = set(moves(read(tmp_path, f"My story\n\n{said}\n")))
        assert found == {("labourer", "site-supervisor"), ("site-supervisor", "site-manager")}, said
    # (no word of order: a list of posts, no order told)
    assert not moves(read(tmp_path, "My story\n\nI've worked as a labourer, a site supervisor and a site manager.\n"))


def test_a_move_across_to_a_team_as_a_post_is_read_with_its_time(tmp_path: Path) -> None:
    for said, move, years in (
        ("I was a receptionist for six years before moving across to the sales team as a sales coordinator.",
         ("receptionist", "sales-coordinator"), 6.0),
        ("She worked as a staff nurse for four years before moving over to the community team as a district nurse.",
         ("staff-nurse", "district-nurse"), 4.0),
    ):
        found = moves(read(tmp_path, f"Stories\n\n{said}\n"))
        assert set(found) == {move}, said
        assert found[move].get("years_max") == years, said
