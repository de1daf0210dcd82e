"""Stop 43, second round of requirement links: rules read on short pages of our own (a bakery, a depot)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, needs, read, zh_needs

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


# a verb whose object follows "to" names its object, as a phrasal verb does ("looking after the stock")
def test_attending_to_names_what_is_attended_to(tmp_path: Path) -> None:
    assert item_names("attending to invoices") == ["Invoices"]
    assert item_names("tending to the kennels") == ["Kennels"]
    page = (
        "Kennel supervisor pay\n"
        "The daily tasks of a kennel supervisor include attending to the feeding rota; booking vet visits; and "
        "writing reports for the owner.\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-supervisor", set())
    assert any("feeding rota" in n for n in got), got
    assert "attending" not in got, got


# a clause of the post's holders announcing the list under the line: "具备以下能力的X ...:"
def test_holders_of_the_following_abilities_announce_the_list() -> None:
    page = (
        "面包师的收入\n\n"
        "具备以下能力的面包师更有可能获得高薪:\n\n"
        "  • 揉面技巧\n"
        "  • 沟通能力\n"
    )
    assert zh_needs(page).get("面包师", set()) >= {"揉面技巧", "沟通能力"}
    # (a clause of the holders with no list announced names nothing: "具备这些技能的面包师将更受欢迎。")
    assert not zh_needs("面包师的收入\n\n具备这些技能的面包师将更受欢迎。\n")
