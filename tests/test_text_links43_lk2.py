"""Stop 43, second round of requirement links: rules read on short pages of our own (a bakery, a depot)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

# a role's heading, then its duties and its kit each under a label marked as a list item is ("- Duties:")
_MARKED_LABELS = """How a bakery splits its work
Most bakeries split the work three ways.
1. Pastry Chef
The busiest kitchen post. Pastry chefs shape and bake the sweet goods in the window.
- Core responsibilities:
- Laminate croissant dough by hand
- Temper chocolate for decorations
- Typical tools:
- Deck ovens and proofing cabinets
- Digital scales
2. Bread Baker (Sourdough)
Bread bakers start before dawn.
"""


def test_marked_label_heads_its_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _MARKED_LABELS)).get("pastry-chef", set())
    assert any("laminat" in n for n in got), got
    assert any("temper" in n for n in got), got
    assert "digital scales" in got, got
    assert "deck ovens" in got, got


# a cue's list of gerunds set apart by semicolons, one of which ends in a noun of work ("billing tasks")
_SEMICOLON_GERUNDS = (
    "Kennel supervisor pay\n"
    "The daily tasks of a kennel supervisor might include ordering dog food; carrying out billing tasks; "
    "booking vet visits; and writing reports for the owner.\n"
)


def test_gerund_after_semicolon_goes_on_the_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _SEMICOLON_GERUNDS)).get("kennel-supervisor", set())
    assert any("billing" in n for n in got), got
    assert any("vet" in n for n in got), got
    assert any("report" in n for n in got), got
