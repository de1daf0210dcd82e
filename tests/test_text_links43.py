"""Requirement links read from duty sentences that are no list items (stop 42, from texts of our own): "you" under
a heading on a page of several posts, the post given a thing after "provide ... with", and a "need" that closes a
relative clause ("the supplies they need") being no requirement cue.

The wording, roles and trades here are our own (hotel posts, a ward, a plumbing firm); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read


def test_you_under_a_heading_is_its_post_on_a_page_of_several(tmp_path: Path) -> None:
    page = (
        "About Sea View Hotels\n\n"
        "Our hotels welcome guests all year round.\n\n"
        "Hotel Roles\n\n"
        "Night Porter\n\n"
        "Night Porters keep the hotel safe after dark. In this role, you will lock the doors at midnight and check"
        " the fire alarms.\n\n"
        "Head Receptionist\n\n"
        "Head Receptionists run the front desk and report to the Front Office Manager.\n\n"
        "Front Office Manager\n\n"
        "Front Office Managers lead the desk teams.\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("night-porter", set()), "fire", "alarm"), got
    assert not named(got.get("front-office-manager", set()), "alarm"), got


def test_a_post_provided_with_a_thing_is_no_hand_off(tmp_path: Path) -> None:
    page = (
        "Hotel careers\n\n"
        "Our hotels hire for many posts.\n\n"
        "Head Housekeeper\n\n"
        "Head housekeepers run the cleaning teams. You will provide room attendants with fresh linen and clear"
        " rotas.\n"
    )
    got = needs(read(tmp_path, page)).get("head-housekeeper", set())
    assert named(got, "linen"), got
    assert not named(got, "attendant"), got


def test_what_others_need_is_no_need_of_the_post(tmp_path: Path) -> None:
    page = (
        "Ward Sister\n\n"
        "Ward sisters run a hospital ward.\n\n"
        "You will check the drugs they need, and cut falls through careful checks.\n"
    )
    got = needs(read(tmp_path, page)).get("ward-sister", set())
    assert named(got, "drug", "check"), got  # (before, only what came after "need" was read)
    assert named(got, "falls"), got
