"""Moves read from real pages' layouts and sentences, tested on texts of our own in other trades (hospitality,
logistics, healthcare, construction): who moves, from where, to what, and in how long."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_level_time_to_level_line_gives_its_years_in_months(tmp_path: Path) -> None:
    text = (
        "Housekeeping levels\n"
        "Level One.\n"
        "You clean rooms under guidance.\n"
        "Time to Level: 6-18 Months\n"
        "Titles: Room Attendant, Laundry Attendant\n"
        "Level Two.\n"
        "You check rooms cleaned by others.\n"
        "Time in Level: 1-2 Years\n"
        "Titles: Floor Supervisor\n"
        "Level Three.\n"
        "Titles: Executive Housekeeper\n"
    )
    found = moves(read(tmp_path, text))
    first = found[("room-attendant", "floor-supervisor")]
    assert (first["years_min"], first["years_max"]) == (0.5, 1.5)
    second = found[("floor-supervisor", "executive-housekeeper")]
    assert (second["years_min"], second["years_max"]) == (1, 2)
