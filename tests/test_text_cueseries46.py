"""A noun of needs or duties that is the first item of a series ("with administrative tasks, bed management and
...") opens no list after it: the series is read from its first item (stop 46).

Each page is written for the test, in a trade the rules were not written from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Ward Clerk\n\n"
    "Many begin as a Ward Clerk. In this entry-level post, individuals support the ward team with administrative"
    " tasks, bed management, discharge planning, and data entry.\n"
)


def test_the_first_item_of_the_series_is_read(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-clerk", set())
    assert {"administrative tasks", "bed management", "discharge planning", "data entry"} <= got, got


def test_a_noun_before_such_as_still_opens_its_list(tmp_path: Path) -> None:
    text = "Ward Clerk\n\nWard clerks take on clerical tasks, such as filing notes and ordering stock.\n"
    got = needs(read(tmp_path, text)).get("ward-clerk", set())
    assert any("filing" in s or "notes" in s for s in got), got
