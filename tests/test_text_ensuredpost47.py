"""A tip that a post is to have something and be able to do something: "Ensure the night porter has a food hygiene
certificate and can run a fire drill" (stop 47); the needs are that post's, not the page's other post's.

Each page is written for the test, in a trade the rules were not written from (a hotel's front of house).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Building a Hotel Night Team\n\n"
    "The receptionist checks guests in. The night porter carries the luggage.\n\n"
    "Tips for managers\n\n"
    "- Ensure the night porter has a food hygiene certificate and can run a fire drill.\n"
    "- Make sure your receptionist has patience with tired guests.\n"
)


def test_what_a_post_is_to_have_is_its_need(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE))
    porter = " | ".join(sorted(got.get("night-porter", set())))
    desk = " | ".join(sorted(got.get("receptionist", set())))
    assert "food hygiene certificate" in porter and "fire drill" in porter, got
    assert "patience" in desk, got
    assert "hygiene" not in desk and "patience" not in porter, got
