"""How a duty or a need is named, and what names none (stop 38, from texts of our own).

The wording, roles and trades here are our own (a bakery, a hotel, a rail depot, a florist, a garden centre); each
test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, needs, read

# --- requirements.cue: a line break before a bullet ends an item of a cue's list read over bulleted lines ---------


def test_a_hirers_cue_over_bullets_names_each_line_on_its_own(tmp_path: Path) -> None:
    page = (
        "Bakery Counter Assistant\n\n"
        "A bakery counter assistant serves bread and cakes to customers.\n"
        "What we want\n"
        "Most bakeries do not ask for formal education, but some skills matter.\n"
        "Employers look for candidates with:\n"
        "- Ability to follow written and verbal instructions\n"
        "- Strong organizational skills\n"
        "- Good communication and teamwork abilities\n"
        "- Calm under pressure\n"
        "Training is given on the job.\n"
    )
    got = needs(read(tmp_path, page)).get("bakery-counter-assistant", set())
    assert "organizational skills" in got and "communication" in got, got
    assert not any("follow-up" in s or "\n" in s for s in got), got


# --- requirements.duty-names: examples of things handled or measures after "like" / "such as" name no skill -------


def test_examples_of_materials_and_of_places_after_a_comma_name_no_skill(tmp_path: Path) -> None:
    page = (
        "Florist Assistant Job Description\n\n"
        "Duties\n"
        "- Use wrapping materials like tissue, ribbon, cellophane, twine, etc.\n"
        "- Carry orders to collection locations, such as vans or lockers.\n"
        "- Operate equipment such as flower coolers and till systems\n"
    )
    got = needs(read(tmp_path, page)).get("florist-assistant", set())
    assert "flower coolers" in got, got
    assert not any(s in got for s in ("ribbon", "twine", "cellophane", "vans or lockers")), got


# --- requirements.duty-names: a record of success closing an item is no part of its name ---------------------------


def test_a_track_record_closing_an_item_is_cut() -> None:
    assert item_names("Experience in hotel reception with a proven track record") == ["Hotel reception experience"]
    assert item_names("3 years experience in pastry with proven track record") == ["Pastry experience"]


# --- requirements.duty-names: "a combination / mix / selection of" before an object counts kinds, no part of it ----


def test_a_count_of_kinds_before_the_object_is_read_past() -> None:
    assert item_names("use a combination of hand and power tools", predicate=True) == ["Hand tools", "Power tools"]
    assert item_names("Deal with a variety of passenger queries") == ["Passenger query dealing"]


# --- requirements.duty-names: keeping an eye on a thing is monitoring it -------------------------------------------


def test_keeping_an_eye_on_a_thing_is_monitoring_it() -> None:
    assert item_names("Keep a close eye on oven temperatures") == ["Oven temperature monitoring"]
    assert item_names("Keeping an eye on the platforms and sweeping the concourse") == [
        "Platform monitoring",
        "Sweeping concourse",
    ]


# --- requirements.duty-names: "or similar" closing a list of examples names nothing --------------------------------


def test_or_similar_closing_examples_names_no_skill(tmp_path: Path) -> None:
    page = (
        "Hotel Revenue Analyst\n\n"
        "Requirements\n"
        "- Experience with booking tools such as Opera, Protel, or similar\n"
        "- Knowledge of spreadsheets like Excel, Google Sheets, or equivalent\n"
    )
    got = needs(read(tmp_path, page)).get("hotel-revenue-analyst", set())
    assert "opera" in got and "excel" in got, got
    assert not {"similar", "equivalent"} & got, got
    assert item_names("or other similar tools") == [] and item_names("Similar experience") == ["Similar experience"]


# --- requirements.duty-names: where things named by "them" are taken names no skill --------------------------------


def test_where_them_are_taken_names_no_skill() -> None:
    assert item_names("collect parcels from the depot and deliver them to homes or offices", predicate=True) == [
        "Collecting parcels"
    ]
    assert item_names("Resolve guest complaints or refer them to the duty manager", predicate=True) == [
        "Guest complaint resolution"
    ]
    assert item_names("load them onto the van", predicate=True) == ["Loading"]
