"""An item of a requirements list labelled before a dash, the text after it asking for more ('Menu Costing -
confident with supplier price lists and ...'), names the label and what the text asks for (requirements.dash-explained,
stop 47); before, the item's reading stopped at the dash. The page is our own, in a trade the rule was not written
from (a restaurant kitchen).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Head Chef\n\n"
    "Requirements\n\n"
    "• 5+ years running a busy kitchen.\n"
    "• Menu Costing - confident with supplier price lists, portion control and weekly stock takes.\n"
    "• Allergen Safety - knowledge of the fourteen allergens and of safe labelling.\n"
    "• Strong knife skills.\n"
)


def test_what_the_text_after_the_dash_asks_for_is_needed(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("head-chef", set())
    assert "portion control" in got, got
    assert "menu costing" in got, got
    assert any("allergens" in s for s in got), got


def test_the_rule_switched_off_reads_the_label_alone(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE, disabled=frozenset({"requirements.dash-explained"}))).get("head-chef", set())
    assert "portion control" not in got, got
