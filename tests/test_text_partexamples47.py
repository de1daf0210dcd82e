"""Examples after "such as" that follow a noun of parts with a place after "of" ("the technical aspects of school
websites, such as ...") are examples of those parts, the work: items of the list (stop 47); before, the place
word before "such as" made them examples of places, and the list named nothing. The page is our own, in a trade
the rule was not written from (a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "IT technician\n\n"
    "IT technicians handle the technical aspects of school websites, such as page layout, parent logins,"
    " and nightly backups.\n"
)


def test_examples_of_the_parts_of_a_place_are_items(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("it-technician", set())
    assert "page layout" in got, got
    assert "parent logins" in got, got


def test_examples_of_places_themselves_stay_no_items(tmp_path: Path) -> None:
    page = "IT technician\n\nIT technicians handle notices on school websites, such as Moodle and Firefly.\n"
    got = needs(read(tmp_path, page)).get("it-technician", set())
    assert "moodle" not in got, got
