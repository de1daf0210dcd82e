"""A duty of keeping people in a state of taking part, "keep the volunteers engaged", "Keep junior nurses motivated"
(engaged, motivated, active, involved), names the keeping as written, as "keep the linen room tidy" does (stop 48).
Before, only states of order, supply or progress were read so, and the item named nothing. Being kept informed is
still no duty named ("keep the team informed").

The page is written for the test, in a trade other than e-commerce (a charity shop).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Volunteer Coordinator\n\n"
    "Responsibilities\n"
    "• Recruit new volunteers, run the induction, and keep regular volunteers engaged.\n"
    "• Keep the shop team motivated during busy weekends\n"
    "• Keep the area manager informed\n"
)


def test_people_kept_taking_part(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("volunteer-coordinator", set())
    assert "keeping regular volunteers engaged" in got, got
    assert any(name.startswith("keeping the shop team motivated") for name in got), got


def test_kept_informed_is_no_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("volunteer-coordinator", set())
    assert not any("informed" in name for name in got), got
