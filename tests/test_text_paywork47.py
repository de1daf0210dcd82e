"""A word of pay right before a noun of work done on it ("commission setup", "bonus tracking", "salary
reconciliation") names that work, an item of a list as any other (stop 47). Before, the word of pay made the
item name nothing. The page is our own, in a trade the rules were not written from (a hospital ward office);
pay offered on its own, or an annual salary review, still names no skill.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Ward Administrator\n\n"
    "What you will do\n"
    "• Run the ward office, including shift approvals, overtime bonus tracking, salary reconciliation, and agency"
    " coordination.\n"
    "• Answer pay queries from nursing staff.\n\n"
    "What we offer\n"
    "• Annual salary review\n"
    "• Bonus\n"
)


def test_pay_before_a_noun_of_work_names_the_work(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-administrator", set())
    assert "salary reconciliation" in got, got
    assert any("bonus tracking" in s for s in got), got
    assert "agency coordination" in got, got


def test_pay_offered_names_nothing(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-administrator", set())
    assert not any("review" in s for s in got), got
    assert "bonus" not in got, got
