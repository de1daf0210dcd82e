"""A list whose first item is "H of T" and whose other items are short ("assist with the development of lesson plans,
exam timetabling, and pastoral care") names every item (stop 46), not the first alone: the first item's four words
no longer stop the list from being read as one; a phrase with no list after it ("development of lesson plans and
schemes") stays one name.

Each page is written for the test, in a trade the rules were not written from (a school's teaching staff).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names


def test_every_item_after_an_of_headed_first_is_named(tmp_path: Path) -> None:
    text = (
        "Head of Year\n\n"
        "A Head of Year looks after a year group. Heads of year also assist with the development of lesson plans,"
        " exam timetabling, and pastoral care.\n"
    )
    got = needs(read(tmp_path, text)).get("head-of-year", set())
    assert {"exam timetabling", "pastoral care"} <= got, got


def test_a_list_without_a_verb_names_every_item() -> None:
    item = "responsible for the preparation of exam papers, cover rotas and school trips"
    names = [s.name for s in skill_names(item)]
    assert names == ["Preparation of exam papers", "Cover rotas", "School trips"], names


def test_a_phrase_with_no_list_stays_one_name() -> None:
    names = [s.name for s in skill_names("development of lesson plans and schemes")]
    assert names == ["Development of lesson plans and schemes"], names
