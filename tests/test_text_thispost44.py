"""A role whose clause moves it into "this position" or "the role", no post named after it, moves to the page's
post (stop 44): "In smaller firms a site supervisor moves into this position", "Commis chefs who show promise may
be trained to take on the role". With no heading to name the page's post, it is the post named last as one ("the
position of B"). Each page is written for the test, in a trade the rules were not written from (a building firm,
a hotel kitchen, a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_role_moving_into_this_position_moves_to_the_page_s_post(tmp_path: Path) -> None:
    for page, said, found_move in (
        ("Site Manager", "In smaller firms this position does not exist and a site supervisor moves into this "
         "position.", ("site-supervisor", "site-manager")),
        ("Site Manager", "In smaller firms a site supervisor usually takes on this role.",
         ("site-supervisor", "site-manager")),
        ("Chef de Partie", "Commis chefs who show promise may be trained to take on the role.",
         ("commis-chef", "chef-de-partie")),
        ("Ward Manager", "Experienced staff nurses often step into this position after a few years.",
         ("staff-nurse", "ward-manager")),
    ):
        assert set(moves(read(tmp_path, f"{page}\n\n{said}\n"))) == {found_move}, said


def test_this_position_on_a_page_with_no_heading_is_the_post_named_last_as_one(tmp_path: Path) -> None:
    text = (
        "There are many names for the position of site manager, which leads to some confusion. In small firms "
        "the post does not exist and a site supervisor moves into this position.\n"
    )
    assert ("site-supervisor", "site-manager") in moves(read(tmp_path, text))


def test_no_move_when_the_post_is_named_otherwise_or_no_particle_moves_anyone(tmp_path: Path) -> None:
    for said in (
        "Site supervisors take this job seriously.",  # (no particle of a move)
        "A site supervisor moves into this position of trust only with training.",  # (a post named otherwise)
        "I moved into this position in 2019.",  # (a person, no role's holders)
    ):
        assert not moves(read(tmp_path, f"Site Manager\n\n{said}\n")), said
