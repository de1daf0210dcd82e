"""An item of a list of duties whose label names work in capitals and ends at a dash between spaces ("Menu Planning —
a head chef may plan the menus with the sous chef") names the list's role's skill, though the text after the dash
names another post, as the same item with a colon does (requirements.dash-work-label, stop 46). The page is our own,
in a trade the rules were not written from (a restaurant kitchen).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Head Chef: Job Description\n\n"
    "Head Chef Responsibilities\n\n"
    "A head chef's duties change with the season. A typical week as a head chef may include:\n\n"
    "  • Menu Planning {dash} Depending on the size of the kitchen, a head chef may plan menus alone or with the"
    " sous chef.\n"
    "  • Stock Control {dash} The head chef orders produce and checks deliveries against invoices.\n"
    "  • Staff Training {dash} A head chef trains the commis chefs and kitchen porters in food safety.\n"
    "  • Hygiene Checks {dash} The head chef checks the fridges and work surfaces every morning.\n"
)


def test_the_label_before_a_dash_is_the_skill_though_another_post_follows(tmp_path: Path) -> None:
    for dash in ("—", "–", "-"):
        got = needs(read(tmp_path, _PAGE.format(dash=dash))).get("head-chef", set())
        assert "menu planning" in got, (dash, got)
        assert "staff training" in got, (dash, got)
        assert "stock control" in got, (dash, got)


def test_the_rule_switched_off_leaves_the_items_naming_other_posts_unread(tmp_path: Path) -> None:
    off = frozenset({"requirements.dash-work-label"})
    got = needs(read(tmp_path, _PAGE.format(dash="—"), disabled=off)).get("head-chef", set())
    assert "menu planning" not in got, got
    assert "stock control" in got, got
