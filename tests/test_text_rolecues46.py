"""An item under a post's title heading that opens with words of a duty or a need (stop 46).

"Responsible for patient records", "Needs experience with wound care": the thing named is the post's though it is
no reworded duty. Each page is written for the test, in a trade the rules were not written from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "How our ward team is built.\n\n"
    "  1. Staff Nurse\n\n"
    "  2. Healthcare Assistant\n\n\n"
    "Staff Nurse\n\n"
    "  • Needs experience with wound care\n\n"
    "  • Responsible for patient records (all written notes)\n\n"
    "Healthcare Assistant\n\n"
    "  • Responsible for bed making\n\n"
    "  • Knowledge of infection control\n"
)


def test_cued_items_under_a_title_heading_are_the_posts(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE))
    assert {"wound care", "patient records"} <= got.get("staff-nurse", set()), got
    assert {"bed making", "infection control"} <= got.get("healthcare-assistant", set()), got
    off = needs(read(tmp_path, _PAGE, frozenset({"structure.role-section-cues"})))
    assert "patient records" not in off.get("staff-nurse", set()), off
    assert "bed making" not in off.get("healthcare-assistant", set()), off


def test_an_item_without_a_cue_is_left_as_before(tmp_path: Path) -> None:
    text = _PAGE.replace("Responsible for bed making", "Friday rota")
    got = needs(read(tmp_path, text))
    assert "friday rota" not in got.get("healthcare-assistant", set()), got
