"""A lone '&' inside a requirement item: between two duties, each led by its own verb, it splits as "and" does;
inside a name ("Health & Safety", "P&L") it stays part of the name.

The wording, roles and trades here are our own (a museum, a garden centre, a shop); each test of a split fails on
the code before the change.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names


def test_an_ampersand_between_two_duties_splits_them() -> None:
    got = [s.name for s in skill_names("Inspect the exhibits & clean the display cases")]
    assert got == ["Exhibit inspection", "Display case cleaning"], got
    got = [s.name for s in skill_names("Greet the visitors & check their tickets")]
    assert got == [s.name for s in skill_names("Greet the visitors and check their tickets")], got
    assert len(got) == 2, got


def test_a_duty_on_a_pronoun_leaves_no_preposition_as_a_skill() -> None:
    got = [s.name for s in skill_names("Welcome the visitors & recognise them by name")]
    assert "By name" not in got, got
    assert [s.name for s in skill_names("Recognise them upon arrival")] == []


def test_an_ampersand_inside_a_name_does_not_split() -> None:
    assert len(skill_names("Health & Safety")) == 1
    assert len(skill_names("Stock the seeds & bulbs aisle")) <= 1
    # a noun that is also a verb ("support") after '&' takes no object here: it is part of the name
    assert len(skill_names("Manage the sales & support teams")) == 1
    got = [s.name for s in skill_names("Own the shop P&L")]
    assert len(got) == 1 and "P&L" in got[0], got


def test_a_list_item_joining_two_duties_with_an_ampersand_gives_both(tmp_path: Path) -> None:
    text = (
        "# Museum Attendant\n\n"
        "Responsibilities:\n\n"
        "- Inspect the exhibits & clean the display cases\n"
        "- Log visitor numbers\n"
    )
    got = needs(read(tmp_path, text)).get("museum-attendant", set())
    assert "exhibit inspection" in got, got
    assert "display case cleaning" in got, got
