"""Title heads and the words before them on pages no rule was written from (stop 39).

Each page here is written for the test, in trades other than e-commerce (a dairy's rounds, a bus garage), so that
what is tested is how a title is written, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles

DAIRY_ROUNDS = """Meet the team at Hillside Creamery

Nadia joined the creamery as a Route Planner in 2015 and was promoted to Route Merchandiser in 2020.
Our route planners check every van before dawn.
"""

BUS_GARAGE_LADDER = """Careers at Eastway Buses

The route is simple: cleaner, driver, depot manager.
"""


def test_a_route_before_a_posts_head_is_the_trade(tmp_path: Path) -> None:
    g = read(tmp_path, DAIRY_ROUNDS)
    got = roles(g)
    assert {"route-planner", "route-merchandiser"} <= got
    assert not {"planner", "merchandiser"} & got
    assert ("route-planner", "route-merchandiser") in moves(g)


def test_a_career_route_is_no_part_of_a_title(tmp_path: Path) -> None:
    got = roles(read(tmp_path, BUS_GARAGE_LADDER))
    assert not any(r.startswith("route") for r in got)


BOATYARD_STORIES = """News from Keel Point Boatyard

Rosa joined the yard as a Forum Moderator in 2017 and was promoted to Training Coordinator in 2020.
Kit signed up as a Regular Customer of the chandlery in 2016.
Sol worked as a Problem Solver for the rigging crew.
Ivy spoke as a Guest Speaker at the boat show.
"""


def test_a_capitalised_title_named_as_a_post_has_an_agent_noun_head(tmp_path: Path) -> None:
    g = read(tmp_path, BOATYARD_STORIES)
    got = roles(g)
    assert "forum-moderator" in got
    assert ("forum-moderator", "training-coordinator") in moves(g)
    assert not any(word in r for r in got for word in ("customer", "solver", "speaker"))
