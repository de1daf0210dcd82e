"""Skill names read from duties and requirements (stop 33, lk2): what a user sees in the graph.

The wording, roles and trades here are our own (a kitchen, a care home, a building site, ...); each test fails on
the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

# --- requirements.duty-names: no name keeps the brackets, quotes or dashes an amount or an aside leaves behind --------


def test_an_amount_taken_out_of_brackets_leaves_no_empty_brackets(tmp_path: Path) -> None:
    page = (
        "Kitchen Porter Job Description\n\n"
        "Requirements:\n"
        "- Able to lift heavy stock pots (up to 20 kg)\n"
        "- Able to carry full crates (over 15 kg) across the yard\n"
    )
    got = needs(read(tmp_path, page)).get("kitchen-porter", set())
    assert "lifting heavy stock pots" in got, got
    assert not any(ch in name for name in got for ch in "()"), got


def test_the_words_around_an_amount_go_with_it() -> None:
    got = [s.name for s in skill_names("lift heavy kegs (often about 50 kg or more) in the cellar")]
    assert got == ["Lifting heavy kegs in the cellar"], got


# --- requirements.duty-names: the people a phrasal verb's work is done to ---------------------------------------------


def test_people_looked_after_are_named_with_the_phrasal_verb(tmp_path: Path) -> None:
    page = (
        "Care Assistant Job Description\n\n"
        "Duties:\n"
        "- Look after residents during the night\n"
        "- Take care of visitors at weekends\n"
        "- Look after the linen store\n"
    )
    got = needs(read(tmp_path, page)).get("care-assistant", set())
    assert {"looking after residents", "taking care of visitors"} <= got, got
    assert not any(name.startswith("keeping") for name in got), got


# --- requirements.duty-names: a possessive before the thing a duty sees to --------------------------------------------


def test_a_possessive_before_the_thing_seen_to_is_no_word_of_its_name(tmp_path: Path) -> None:
    page = (
        "Site Supervisor Job Description\n\n"
        "Duties:\n"
        "- Ensure the contractor's tools are counted\n"
        "- Order materials for the next day\n"
    )
    got = needs(read(tmp_path, page)).get("site-supervisor", set())
    assert "tool counting" in got, got


# --- requirements.duty-names: "in charge of a team" is leading it -----------------------------------------------------


def test_in_charge_of_a_team_is_named_as_leading_it(tmp_path: Path) -> None:
    page = (
        "Head Housekeeper Job Description\n\n"
        "Responsibilities:\n"
        "- In charge of a team of room attendants\n"
        "- In charge of the night crew and the linen budget\n"
        "- Take charge of the laundry team at weekends\n"
    )
    got = needs(read(tmp_path, page)).get("head-housekeeper", set())
    assert {"team leadership", "night crew leadership", "linen budget", "laundry team leadership"} <= got, got
    assert not any(name.startswith(("team of", "charge")) for name in got), got


# --- requirements.duty-names: a clause with no "that" after the people or things dealt with ---------------------------


def test_a_clause_without_that_after_what_is_dealt_with_is_no_part_of_its_name(tmp_path: Path) -> None:
    page = (
        "Ward Clerk Job Description\n\n"
        "Duties:\n"
        "- Deal with any queries the visitors have\n"
        "- Liaise with the porters the ward books for transfers\n"
    )
    got = needs(read(tmp_path, page)).get("ward-clerk", set())
    assert {"query dealing", "porter liaison"} <= got, got
    assert "dealing" not in got, got


def test_a_party_with_an_article_of_its_own_shares_no_head(tmp_path: Path) -> None:
    page = (
        "Restaurant Supervisor Job Description\n\n"
        "Duties:\n"
        "- Liaise with the kitchen and the bar\n"
    )
    got = needs(read(tmp_path, page)).get("restaurant-supervisor", set())
    assert "kitchen and bar liaison" in got, got
    assert not any("kitchen bar" in name for name in got), got
