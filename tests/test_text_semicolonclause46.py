"""A semicolon before "they", "he" or "she" ends a clause that is a sentence of its own (stop 46).

"Ward managers review bed use; they also assist with the development of care pathways": the second clause's duties
are read as its own sentence's. Each page is written for the test, in a trade the rules were not written from (a
hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Ward Managers\n\n"
    "Ward managers review bed use and plan staffing to keep wards safe; they also assist with the development of"
    " care pathways.\n"
)


def test_the_clause_after_the_semicolon_is_read(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-manager", set())
    assert "development of care pathways" in got, got
    assert "bed use review" in got, got
