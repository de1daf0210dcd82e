"""Moves read from tables with a column of next posts, CV lines and other shapes, tested on short texts of our own
in trades far from e-commerce (ambulance services, joinery, printing, farms)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_a_next_step_column_makes_each_row_a_move_of_its_own(tmp_path: Path) -> None:
    text = (
        "Ambulance service roles\n\n"
        "| Role | Next step |\n"
        "|---|---|\n"
        "| Call Handler | Dispatch Supervisor |\n"
        "| Care Assistant | Paramedic |\n"
    )
    got = moves(read(tmp_path, text))
    assert ("call-handler", "dispatch-supervisor") in got
    assert ("care-assistant", "paramedic") in got
    assert ("call-handler", "care-assistant") not in got  # (the rows are no ladder)


def test_a_progression_column_may_name_several_posts(tmp_path: Path) -> None:
    text = (
        "Joinery\n\n"
        "| Job | Progression |\n"
        "|---|---|\n"
        "| Apprentice Joiner | Joiner |\n"
        "| Joiner | Site Carpenter, Joinery Supervisor |\n"
    )
    got = moves(read(tmp_path, text))
    assert ("apprentice-joiner", "joiner") in got
    assert ("joiner", "site-carpenter") in got
    assert ("joiner", "joinery-supervisor") in got


def test_a_cv_line_keeps_the_post_apart_from_where_it_was_held(tmp_path: Path) -> None:
    text = (
        "Work history\n\n"
        "Bakery Manager, Riverside Foods (2017-2022)\n"
        "Senior Baker, Corner Bakery (2012-2017)\n"
    )
    g = read(tmp_path, text)
    assert ("senior-baker", "bakery-manager") in moves(g)
    assert "senior-baker-corner-bakery" not in roles(g)


def test_a_cv_line_dates_a_one_word_post(tmp_path: Path) -> None:
    text = (
        "Work history\n\n"
        "Farm Manager, Hillside Estates (2019-2024)\n"
        "Shepherd, Hillside Estates (2013-2019)\n"
    )
    assert ("shepherd", "farm-manager") in moves(read(tmp_path, text))


def test_a_plural_subject_after_an_opening_phrase(tmp_path: Path) -> None:
    text = "Veterinary practices\n\nAfter some years on the wards, groomers may train as veterinary nurses.\n"
    assert ("groomer", "veterinary-nurse") in moves(read(tmp_path, text))


def test_promoted_to_that_role_names_the_post_before_it(tmp_path: Path) -> None:
    text = "Dental practices\n\nDental nurses work beside the practice manager and may be promoted to that post.\n"
    got = moves(read(tmp_path, text))
    assert ("dental-nurse", "practice-manager") in got
    assert ("practice-manager", "dental-nurse") not in got
