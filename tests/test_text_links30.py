"""Physical demands a post's requirements state (a removals firm, a garden centre, a parcel depot; our own text):
a verb of bodily work with what is moved or how long is named by its "-ing" form ("Lifting heavy boxes",
"Standing for long periods"); a verb of moving things with no load ("lift margins", "carry out checks") and a verb
of posture with no posture held ("stand out", "walk customers through") are none."""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, links, read


def test_lifting_and_standing_are_named_by_their_ing_form() -> None:
    assert item_names("Be able to lift heavy sacks of compost and stand for long periods") == [
        "Lifting heavy sacks of compost",
        "Standing for long periods",
    ]
    assert item_names("Must be able to carry parcels up to 20kg") == ["Carrying parcels"]


def test_goals_and_other_senses_of_the_verbs_are_no_physical_demand() -> None:
    assert "Lifting" not in " ".join(item_names("Lift margins across the garden range"))
    assert not any(n.startswith("Carrying") for n in item_names("Carry out weekly stock checks"))
    assert not any(n.startswith("Standing") for n in item_names("Stand out from other applicants"))


def test_a_requirements_list_links_the_physical_demands(tmp_path: Path) -> None:
    text = (
        "# Depot Operative\n\n"
        "## Requirements\n\n"
        "- Ability to lift heavy parcels (up to 25kg)\n"
        "- Stand for long periods during a shift\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "depot-operative"}
    assert {"lifting-heavy-parcels", "standing-for-long-periods"} <= got, got


def test_rules_followed_or_kept_to_are_named_alone() -> None:
    # (a bakery's hygiene rules: what is followed is the skill, not a "follow-up" of it)
    assert item_names("Follow food hygiene standards") == ["Food hygiene standards"]
    assert item_names("Follow up with flour suppliers") == ["Flour supplier follow-up"]
    assert item_names("Adhere to company policies") == ["Company policies"]
    assert item_names("Must adhere strictly to food safety regulations.") == ["Food safety regulations"]
    assert item_names("Adhere to deadlines") == []  # (no rule kept to: named as before)
