"""An item of a list of duties opening with one word before a gerund of the work (stop 46).

"3. Regular testing of fire alarms" among items opening with a verb of duty is a duty too. Each page is written for
the test, in a trade the rules were not written from (a school's caretaker).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Caretaker\n\n"
    "In the head's words, this is what a school caretaker does:\n\n"
    "  1. Open and lock the buildings.\n"
    "  2. Check the boilers.\n"
    "  3. Regular testing of fire alarms.\n"
    "  4. Accurate recording of meter readings.\n"
)


def test_a_gerund_after_one_word_is_a_duty_of_the_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("caretaker", set())
    assert "regular testing of fire alarms" in got, got
    assert any("meter readings" in s for s in got), got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.modified-gerunds"}))).get("caretaker", set())
    assert "regular testing of fire alarms" not in off, off


def test_a_title_in_capitals_is_no_duty(tmp_path: Path) -> None:
    text = _PAGE.replace("Regular testing of fire alarms", "Seasonal Buying Strategies for Schools")
    got = needs(read(tmp_path, text)).get("caretaker", set())
    assert not any("buying" in s for s in got), got
