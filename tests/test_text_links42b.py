"""Requirement links read by general rules on short pages (stop 42, second pass, from texts of our own): a need
closed by the post it is of ("in this job").

The wording, roles and trades here are our own (a glazier); each test fails on the code before the
change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read


def test_a_closing_phrase_naming_the_post_is_no_part_of_the_need(tmp_path: Path) -> None:
    page = (
        "Glazier\n\n"
        "Glaziers cut and fit glass in windows and doors.\n\n"
        "You need patience in this job.\n"
        "You will need a steady hand for this position.\n"
    )
    got = needs(read(tmp_path, page)).get("glazier", set())
    assert "patience" in got, got
    assert named(got, "steady", "hand") and not named(got, "position"), got

