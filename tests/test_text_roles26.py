"""Title shapes that pages we wrote ourselves name and an earlier reading missed (stop 26 of issue 12)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

_INITIALS = "mentions.bracketed-initials"


def test_a_title_spelled_out_before_its_initials_in_brackets(tmp_path: Path) -> None:
    text = (
        "Workshop vacancies\n\n"
        "The plant hires a Computer Numerical Control (CNC) Machinist for the night shift. "
        "Heating, Ventilation and Air Conditioning (HVAC) Technicians service the boilers.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"cnc-machinist", "hvac-technician"} <= found
    assert not {"machinist", "technician", "heating"} & found
    # switched off, the head alone is read (the reading before the rule)
    assert "cnc-machinist" not in roles(read(tmp_path, text, frozenset({_INITIALS})))


def test_capitals_in_brackets_that_are_not_the_initials_make_no_title(tmp_path: Path) -> None:
    text = "Workshop vacancies\n\nOur Night Shift (B) Welder starts at ten. Ask the Human Resources (HR) team.\n"
    found = roles(read(tmp_path, text))
    assert not any(r.startswith(("b-", "hr-")) for r in found)
