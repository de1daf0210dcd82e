"""What who is sought is said to be: "The ideal candidate is a self-starter with strong X and Y skills" (stop 46).

Each page is written for the test, in a trade the rules were not written from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Ward Manager\n\nWe are hiring a Ward Manager for our surgical unit.\n\n"


def test_the_qualities_of_the_ideal_candidate_are_needs(tmp_path: Path) -> None:
    text = _HEAD + "The ideal candidate is a self-starter with strong clinical and team-building skills.\n"
    got = needs(read(tmp_path, text)).get("ward-manager", set())
    assert "self-starter" in got, got
    assert any("team-building" in s for s in got), got


def test_where_the_candidate_will_be_is_no_need(tmp_path: Path) -> None:
    text = _HEAD + "The successful candidate will be based in Leeds.\n"
    got = needs(read(tmp_path, text)).get("ward-manager", set())
    assert not any("leeds" in s for s in got), got
