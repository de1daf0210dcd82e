"""Moves a short biography or a person's story tells with an aside of earlier time or a run of posts (stop 44).

"Prior to this role, Maria was A" names the post held before the one the page or the person's line gives; "I am
now B, having started as A" tells A first in time though it is told last; "for 12 years, first as A, then as B"
lists the posts held in turn. Each page is written for the test, in a trade the rules were not written from (a
hospital, a hotel, a school, a building firm).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_an_earlier_post_told_after_prior_to_this_role_leads_to_the_post_held_now(tmp_path: Path) -> None:
    for said in (
        "Maria Lopez is Director of Nursing at the trust. Prior to this role, Maria was a ward manager in Leeds.",
        "Maria Lopez is Director of Nursing at the trust. Prior to this role, Maria was based in Leeds with a "
        "regional trust as ward manager.",
        "Maria Lopez is Director of Nursing at the trust. Prior to this role, she was based in Leeds with a "
        "regional trust as ward manager.",
        "Maria Lopez, Director of Nursing\nPrior to this role, she was a ward manager at a hospital in Leeds.",
    ):
        found = moves(read(tmp_path, f"Our people\n\n{said}\n"))
        assert set(found) == {("ward-manager", "director-of-nursing")}, said


def test_prior_to_this_role_on_a_page_about_a_post_starts_from_that_post(tmp_path: Path) -> None:
    text = (
        "# Episode 12: Tom Reyes, Head of Housekeeping at the Harbour Hotel\n\n"
        "Tom is responsible for the rooms and laundry teams across the hotel. Prior to this role, Tom was based "
        "in Lisbon with a resort group as Executive Housekeeper.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("executive-housekeeper", "head-of-housekeeping") in found
    # (no aside of earlier time, no move)
    assert not moves(read(tmp_path, "Tom was based in Lisbon with a resort group as Executive Housekeeper.\n"))


def test_a_post_started_in_told_after_the_post_held_now_comes_first(tmp_path: Path) -> None:
    for said, first, now in (
        ("I am now a site manager, having started as a labourer.", "labourer", "site-manager"),
        ("Eventually I was leading a team as ward manager, having begun as a healthcare assistant.",
         "healthcare-assistant", "ward-manager"),
    ):
        found = moves(read(tmp_path, f"My story\n\n{said}\n"))
        assert set(found) == {(first, now)}, said


def test_posts_told_in_turn_after_first_as_are_moves_in_that_order(tmp_path: Path) -> None:
    for said in (
        "She has worked at the school for 12 years, first as a teaching assistant, then as a class teacher.",
        "I have worked here for 12 years, first as a teaching assistant and then as a class teacher.",
    ):
        found = moves(read(tmp_path, f"Staff stories\n\n{said}\n"))
        assert set(found) == {("teaching-assistant", "class-teacher")}, said
        # (the twelve years are the time at the school, all posts together, not the first post's)
        assert found["teaching-assistant", "class-teacher"].get("years_max") is None, said
