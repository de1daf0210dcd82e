"""A duty in the imperative on a line of its own whose object ", including" (or ", such as") gives examples of
("Lead daily operations for both wings, including room checks, linen counts ..."): each example names a skill of
the post, as a bulleted item's examples do (stop 46). Each page is written for the test, in a trade the rules
were not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Head Housekeeper\n\n"
    "Key Responsibilities\n"
    "Lead daily operations for both hotel wings, including room checks, linen counts, and lost property handling.\n"
    "Order cleaning stock.\n"
)


def test_the_examples_of_an_imperative_duty_are_skills(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("head-housekeeper", set())
    assert any("linen count" in s for s in got), got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.imperative-examples"}))).get("head-housekeeper", set())
    assert not any("linen count" in s for s in off), off
