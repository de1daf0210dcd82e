"""A line's label that no title rule reads, defined by what its holder does (stop 45).

"• Reception: A person who helps the duty manager greet guests and take payments": the label is a post, and the
holder's duties are its. Each page is written for the test, in a trade the rules were not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles


def test_a_label_defined_by_its_holders_work_is_a_post(tmp_path: Path) -> None:
    text = (
        "# Hotel roles\n\n"
        "  • Reception: A person who helps the duty manager greet guests and take payments.\n"
        "  • Night Desk: Someone who locks the doors and checks the fire alarms.\n"
    )
    graph = read(tmp_path, text)
    got = needs(graph)
    assert any("guest" in s for s in got.get("reception", set())), got
    assert any("fire alarm" in s for s in got.get("night-desk", set())), got
    off = read(tmp_path, text, frozenset({"mentions.defined-labels"}))
    assert "reception" not in roles(off), roles(off)


def test_a_label_of_people_served_is_no_post(tmp_path: Path) -> None:
    text = (
        "# Hotel words\n\n"
        "  • Customer: A person who books a room.\n"
        "  • Supplier: A business or person who delivers the linen.\n"
    )
    graph = read(tmp_path, text)
    assert "customer" not in roles(graph), roles(graph)
