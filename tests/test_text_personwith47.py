"""A list item or requirement that names the person sought before what they should have: "a person with calm habits",
"an individual with a first aid certificate" (stop 47); the person is who is sought, the rest is the need, as after
"someone with" or "candidates with".

Each page is written for the test, in a trade the rules were not written from (a hospital's portering team).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Hospital Porter\n\n"
    "What does a hospital porter do?\n\n"
    "  • move patients between wards\n"
    "  • deliver samples to the laboratory\n\n"
    "Are you:\n\n"
    "  • a person with a steady temperament?\n"
    "  • an individual with a first aid certificate\n"
    "  • punctual?\n"
)


def test_the_person_sought_is_no_part_of_the_need(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("hospital-porter", set())
    assert "steady temperament" in got, got
    assert "first aid certificate" in got, got
    assert not any(s.startswith(("person", "individual")) for s in got), got
