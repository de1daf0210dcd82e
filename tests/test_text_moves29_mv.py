"""Moves told in the ways held-out pages tell them, read by broad patterns (stop 29)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles

_HOUSEKEEPER = "Housekeeper\n\nA housekeeper cleans guest rooms and restocks linen.\n\n"


def test_a_field_of_work_listed_under_a_move_names_the_post_doing_it(tmp_path: Path) -> None:
    page = _HOUSEKEEPER + "Hotels offer many paths. Experienced housekeepers can advance to roles such as:\n\n"
    page += "  • Floor supervisor\n  • Housekeeping management\n  • Laundry coordination\n  • Staff instruction\n\n"
    page += "Pay\n\nHousekeepers earn little.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("housekeeper", "floor-supervisor"), ("housekeeper", "housekeeping-manager")} <= got
    assert {("housekeeper", "laundry-coordinator"), ("housekeeper", "staff-instructor")} <= got


def test_a_field_of_work_listed_as_a_need_is_no_post(tmp_path: Path) -> None:
    page = _HOUSEKEEPER + "What you need\n\nHousekeepers need these skills:\n\n  • Stock management\n"
    page += "  • Time management\n\nPay\n\nHousekeepers earn little.\n"
    g = read(tmp_path, page)
    assert not moves(g)
    assert not {n for n in roles(g) if n.endswith("manager")}
