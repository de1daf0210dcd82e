"""A word of quality that elsewhere opens a need ("responsible for the keys", "passionate about food") alone in an item
of a list of qualities is the trait (stop 48): "Responsible", "responsible?" (before, stripped as a need's opener, the
item named nothing).

Each page is written for the test, in a trade the rules were not written from (a school's caretaking team).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "School Caretaker\n\nA school caretaker looks after a primary school's buildings.\n\n"


def test_a_lone_trait_item_is_read(tmp_path: Path) -> None:
    text = _HEAD + "Are you...?\n\n  • reliable?\n  • responsible?\n  • punctual?\n"
    got = needs(read(tmp_path, text)).get("school-caretaker", set())
    assert {"reliable", "responsible", "punctual"} <= got, got


def test_responsible_for_still_opens_the_duty(tmp_path: Path) -> None:
    text = _HEAD + "What you will do\n\n  • Responsible for locking the gates\n  • Clear the drains\n"
    got = needs(read(tmp_path, text)).get("school-caretaker", set())
    assert "responsible" not in got, got
    assert any("gate" in s for s in got), got


def test_other_words_of_a_persons_quality_alone_are_read(tmp_path: Path) -> None:
    # (each a word that opens a need elsewhere: "confident with", "experienced in", "knowledgeable about")
    text = _HEAD + "Are you...?\n\n  • confident?\n  • experienced?\n  • knowledgeable?\n"
    got = needs(read(tmp_path, text)).get("school-caretaker", set())
    assert {"confident", "experienced", "knowledgeable"} <= got, got
