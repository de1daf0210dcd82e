"""A story under a line that sums up the whole move ("My move from A to B"), which then tells its start ("I joined
the ward as A"): the story goes back to the post its first move left, and no move back from B to A is read
(stop 47).

Each page is written for the test, in a trade the rules were not written from (a hospital, a building site).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, needs, read

_STORY = (
    "My move from ward clerk to bed manager\n\n"
    "I joined the county hospital in 2015 as a ward clerk. "
    "I handled the admissions and checked the patient records every day.\n\n"
    "In 2020 I became bed manager. Now I plan the discharges for the whole site.\n"
)


def test_the_start_told_again_is_no_move_back(tmp_path: Path) -> None:
    got = moves(read(tmp_path, _STORY))
    assert ("ward-clerk", "bed-manager") in got, got
    assert ("bed-manager", "ward-clerk") not in got, got


def test_the_start_keeps_its_work(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _STORY))
    assert got.get("ward-clerk"), got


def test_a_later_post_joined_is_still_a_move(tmp_path: Path) -> None:
    text = (
        "From labourer to site manager\n\n"
        "I started on the site as a labourer in 2010. Three years later I was made a foreman.\n\n"
        "I joined a bigger firm as a site manager in 2018.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("labourer", "foreman") in got, got
    assert ("foreman", "site-manager") in got, got
    assert ("site-manager", "labourer") not in got, got
