"""A line of duties whose posts stand after "between" ("Ensure clear handovers between staff nurses, healthcare
assistants, and ward clerks") is the duty of the page's role, the posts only the parties it goes between
(requirements.between-parties, stop 46); before, a line naming another post read nothing. The page is our own, in
a trade the rules were not written from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Role Overview\n"
    "The Ward Manager - Surgery is responsible for leading nursing care across the surgical wards.\n"
    "Key Responsibilities\n"
    "1. Ward Operations\n"
    "Lead daily operations for the ward, including bed flow and discharge planning.\n"
    "Ensure safe staffing for nights and weekends.\n"
    "Ensure clear handovers between day staff, staff nurses, and ward clerks.\n"
    "Coordinate between the ward sisters and the bed managers.\n"
    "Check medicines stock every week.\n"
)


def test_the_posts_after_between_are_parties_of_the_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-manager", set())
    assert "clear handovers" in got, got
    assert "coordination" in got, got


def test_the_rule_switched_off_leaves_the_lines_unread(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE, disabled=frozenset({"requirements.between-parties"}))).get("ward-manager", set())
    assert "clear handovers" not in got, got
    assert "safe staffing" in got, got
