"""Salary figures (stop 37, fresh27): a later clause whose subject is the posts of a level, naming no title ("...,
while mid-level positions range from X to Y"), states that level's pay, not the post named in the clause before.

The wording here is our own (a hotel group, a rail operator), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_a_levels_pay_in_a_later_clause_is_not_the_post_before(tmp_path: Path) -> None:
    text = (
        "Hotel careers in the UK\n\n"
        "Entry-level roles, such as night receptionists, usually start at £21,000 to £24,000 a year, while mid-career"
        " positions range from £32,000 to £41,000. Senior posts like hotel managers can earn £65,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "night-receptionist") == [(21000.0, 24000.0, "GBP", "year")]
    assert pay(g, "hotel-manager") == [(65000.0, 65000.0, "GBP", "year")]


def test_a_level_named_with_its_post_keeps_the_pay(tmp_path: Path) -> None:
    text = (
        "Rail careers\n\n"
        "Station assistants earn £31,000 a year, while senior roles such as station managers pay £58,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "station-assistant") == [(31000.0, 31000.0, "GBP", "year")]
    assert pay(g, "station-manager") == [(58000.0, 58000.0, "GBP", "year")]
