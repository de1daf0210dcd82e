"""Two modifiers of one title joined by a plus, as "and" or "&" join them (stop 46).

"You hire a Housekeeping + Laundry Assistant": one post, named whole. Each page is written for the test, in a trade
the rules were not written from (a hotel, a clinic).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_plus_between_capitalised_modifiers_joins_one_title(tmp_path: Path) -> None:
    text = (
        "# Growing a guest house\n\n"
        "Stage 2: you hire a Housekeeping + Laundry Assistant. Stage 3: you hire a Front Desk + Reservations"
        " Clerk.\n"
    )
    names = roles(read(tmp_path, text))
    assert any("housekeeping" in n and n.endswith("laundry-assistant") for n in names), names
    assert any("front-desk" in n and n.endswith("reservations-clerk") for n in names), names


def test_a_plus_between_two_titles_keeps_two_posts(tmp_path: Path) -> None:
    names = roles(read(tmp_path, "# Clinic staff\n\nWe hire a Receptionist + Nurse for each clinic.\n"))
    assert "receptionist" in names and "nurse" in names, names
