"""Requirement items read by general rules (stop 41).

Each page here is written for the test, in trades other than e-commerce (a kennel, a sailing school), so that what
is tested is the layout, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import needs, read

KENNEL = """Kennel assistant

We are looking for a kennel assistant to join our boarding kennels.

Requirements: Dog handling {mark} Kennel cleaning {mark} Coat grooming

We offer flexible shifts.
"""


@pytest.mark.parametrize("mark", ["|", "•", "/"])
def test_items_parted_by_bars_bullets_or_spaced_slashes_on_one_line(tmp_path: Path, mark: str) -> None:
    got = needs(read(tmp_path, KENNEL.format(mark=mark)))["kennel-assistant"]
    assert {"dog handling", "kennel cleaning", "coat grooming"} <= got, got


SAILING = """Sailing instructor

Duties:
- Teach rigging and/or knot tying to beginners
- Keep the dinghy park tidy
"""


def test_a_slash_with_no_spaces_or_in_and_or_parts_no_items(tmp_path: Path) -> None:
    got = needs(read(tmp_path, SAILING))["sailing-instructor"]
    assert not any(name in {"or", "/"} for name in got), got


CUT = """Sailing instructor

Duties:
- Run safety briefings for new sailors / in
"""


def test_a_page_cut_off_after_a_spaced_slash_names_no_fragment(tmp_path: Path) -> None:
    got = needs(read(tmp_path, CUT)).get("sailing-instructor", set())
    assert "in" not in got and not any(name.endswith(" in") for name in got), got
