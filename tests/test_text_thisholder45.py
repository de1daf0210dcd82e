"""A sentence whose subject is "this" and a noun for one who holds a post (stop 45).

"This experienced leader plans the rota": the post just named (a heading, a numbered item) does it. Each page is
written for the test, in a trade the rules were not written from (a school, a building firm).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Roles in a school office\n\n"
    "1. School Business Manager\n\n"
    "This experienced leader manages the school budget and oversees the premises contracts.\n"
)


def test_this_and_a_holder_noun_stands_for_the_post_just_named(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE))
    assert any("budget" in s for s in got.get("school-business-manager", set())), got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.this-holder"})))
    assert not any("budget" in s for s in off.get("school-business-manager", set())), off


def test_this_and_a_thing_is_no_holder(tmp_path: Path) -> None:
    text = "1. Site Manager\n\nThis busy site manages its own deliveries and plans the crane lifts.\n"
    got = needs(read(tmp_path, text))
    assert not any("deliveries" in s for s in got.get("site-manager", set())), got
