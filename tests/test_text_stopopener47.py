"""A list item of needs opening with a word of spaCy's stop list that is a noun's modifier ("First aid", "Front
desk", "Call handling"): the item is read as any other item is, wherever it stands in the list (stop 47).

Each page is written for the test, in a trade the rules were not written from (a hotel, a hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_first_and_front_open_a_skill_in_a_label_list(tmp_path: Path) -> None:
    text = (
        "Hotel Receptionist\n\nA hotel receptionist greets guests.\n\n"
        "Skills: First aid, Front desk, Cash handling, Room booking\n\nThe receptionist works shifts.\n"
    )
    got = needs(read(tmp_path, text)).get("hotel-receptionist", set())
    assert {"first aid", "front desk", "cash handling", "room booking"} <= got, got


def test_the_item_is_read_in_the_middle_of_the_list_too(tmp_path: Path) -> None:
    text = (
        "Ward Clerk\n\nA ward clerk keeps the ward's records.\n\n"
        "Key skills: filing, call handling, first aid and typing.\n"
    )
    got = needs(read(tmp_path, text)).get("ward-clerk", set())
    assert {"call handling", "first aid"} <= got, got


def test_a_count_of_time_still_names_nothing(tmp_path: Path) -> None:
    text = (
        "Hotel Receptionist\n\nA hotel receptionist greets guests.\n\n"
        "Skills: First three months, Cash handling\n\nThe receptionist works shifts.\n"
    )
    got = needs(read(tmp_path, text)).get("hotel-receptionist", set())
    assert "cash handling" in got, got
    assert not any("month" in s for s in got), got
