"""A duty told with "take part in", "take charge of", "take ownership of": the thing taken part in names it (stop 46).

Each page is written for the test, in a trade the rules were not written from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

_PAGE = (
    "Staff Nurse\n\n"
    "What you will do:\n\n"
    "• Give medicines on the morning round.\n"
    "• Take part in ward rounds and other clinical meetings as requested.\n"
    "• Keep patient notes up to date.\n"
)


def test_what_is_taken_part_in_is_the_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("staff-nurse", set())
    assert "ward rounds" in got, got
    assert "part" not in got, got


def test_the_gerund_names_the_thing_taken_charge_of() -> None:
    names = [n.name for n in skill_names("Taking charge of the night rota")]
    assert names == ["Night rota"], names
