"""Requirement links read by general rules on short pages (stop 42, from texts of our own): a page about one post
that also names it at other ranks.

The wording, roles and trades here are our own (a tiler); each test fails on the code before
the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read


def test_a_post_named_at_other_ranks_is_still_the_pages_subject(tmp_path: Path) -> None:
    page = (
        "Working in tiling\n\n"
        "A tiler lays tiles on floors and walls. Every tiler learns on site.\n"
        "Employers want a tiler who is careful.\n"
        "A senior tiler leads a small crew, and a head tiler plans the jobs.\n"
        "Many a tiler starts as an assistant tiler. A senior tiler earns more.\n\n"
        "It is important to have an eye for pattern and to keep a steady hand.\n"
    )
    got = needs(read(tmp_path, page)).get("tiler", set())
    assert named(got, "pattern") and named(got, "steady", "hand"), got


def test_other_posts_still_outnumbering_it_leave_the_page_without_a_subject(tmp_path: Path) -> None:
    page = (
        "Working in building\n\n"
        "A tiler lays tiles on floors and walls. Every tiler learns on site.\n"
        "Employers want a tiler who is careful.\n"
        "A plasterer skims walls, and a bricklayer builds them. A plasterer earns more.\n"
        "Many a tiler starts as a bricklayer. A senior tiler earns more.\n\n"
        "It is important to have an eye for pattern and to keep a steady hand.\n"
    )
    got = needs(read(tmp_path, page)).get("tiler", set())
    assert not named(got, "pattern"), got
