"""Roles read by general rules (stop 41).

Each page here is written for the test, in trades other than e-commerce (a hospital ward, a vet practice), so that
what is tested is the wording, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

WARD = """Life on the ward

Priya worked as an HCA for two years while she studied. Then she became an RN on the same ward. The shift rota is
saved as a PDF on the ward computer.
"""


def test_a_post_named_by_its_initials_after_a_cue_of_holding_it(tmp_path: Path) -> None:
    got = roles(read(tmp_path, WARD))
    assert {"hca", "rn"} <= got, got
    assert "pdf" not in got, got
    off = roles(read(tmp_path, WARD, frozenset({"mentions.cued-initials"})))
    assert "hca" not in off and "rn" not in off, off


VET = """A vet practice's front desk

Before the practice I wanted to be a V.N., and starting out as a V.N. meant night shifts.
"""


def test_initials_with_points_name_one_post(tmp_path: Path) -> None:
    got = roles(read(tmp_path, VET))
    assert "vn" in got, got


APPLYING = """Applying to the marina

Send your CV to the hiring manager, who reads every application. Boatyards are hiring managers for the summer.
"""


def test_the_hiring_manager_after_a_determiner_is_a_post(tmp_path: Path) -> None:
    got = roles(read(tmp_path, APPLYING))
    assert "hiring-manager" in got, got


def test_hiring_managers_after_a_form_of_be_is_the_verb(tmp_path: Path) -> None:
    got = roles(read(tmp_path, "Marina news\n\nThe boatyards are hiring managers for the summer season.\n"))
    assert "hiring-manager" not in got, got


WARD_POSTS = """Working on the ward

The ward's posts are porter, night nurse and cleaner.
"""


def test_the_last_item_of_a_list_of_posts_keeps_no_modifier_of_the_item_before(tmp_path: Path) -> None:
    got = roles(read(tmp_path, WARD_POSTS))
    assert {"porter", "night-nurse", "cleaner"} <= got, got
    assert "night-cleaner" not in got, got


SKI = """Winter jobs at the resort

The resort is taking on seasonal workers for the ski lifts and the rental shop. Seasonal workers earn £11.50 an hour.
Most visitors are families, and American workers on exchange fill a few places.
"""


def test_workers_named_by_their_season_are_a_post(tmp_path: Path) -> None:
    g = read(tmp_path, SKI)
    got = roles(g)
    assert "seasonal-worker" in got, got
    assert "american-worker" not in got, got
