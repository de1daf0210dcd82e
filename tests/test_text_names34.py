"""How requirement items joined by "and" are cut and named (stop 34: a second verb phrase merged into the first).

The wording, roles and trades here are our own (a leisure centre, a dairy farm, ...); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read

from careergraph.loaders.text_requirements import skill_names

# --- requirements.duty-names: a second verb after "and" that takes no object of the first's -------------------------


def test_a_second_verb_with_a_preposition_is_a_duty_of_its_own() -> None:
    # "respond to": the first verb's object ends at "and"; the second names its own duty
    got = [s.name for s in skill_names("watch the swimmers and respond to emergencies", predicate=True)]
    assert "Emergency response" in got and not any("watching" in name.lower() for name in got), got
    got = [s.name for s in skill_names("Monitoring the milk tanks and replying to buyers")]
    assert got == ["Milk tank monitoring", "Buyer reply"], got


def test_a_second_verb_before_that_or_ending_the_item_is_no_word_of_the_first_duty() -> None:
    # "check the chlorine levels and ensure that ...", cut before its clause: no "Ensure checking"
    got = [s.name for s in skill_names("Check the chlorine levels and ensure")]
    assert got == ["Chlorine level checking"], got
    got = [s.name for s in skill_names("Test the water and verify", predicate=True)]
    assert "Water testing" in got and not any("verif" in name.lower() for name in got), got


def test_a_last_word_after_and_that_may_be_a_noun_is_one_more_object() -> None:
    # only verbs that open a clause end an item as a second duty: "budgets", "cost" may be objects
    got = [s.name for s in skill_names("Manages bids and budgets")]
    assert got == ["Bid management", "Budget management"], got
    got = [s.name for s in skill_names("Plans the rota and budgets")]
    assert "Budget planning" in got, got


def test_a_shared_object_and_nouns_after_and_are_read_as_before() -> None:
    # (a phrasal verb after "and" takes the object: both verbs' object; gerunds ending an item are activities)
    got = [s.name for s in skill_names("coordinating feeding and milking")]
    assert any("milking" in name.lower() for name in got), got
    got = [s.name for s in skill_names("Feed the calves and set up the pens", predicate=True)]
    assert "Calf feeding" in got, got


def test_a_list_item_with_a_second_verb_and_a_clause_names_the_first_duty(tmp_path: Path) -> None:
    page = (
        "# Pool attendant\n\n"
        "Duties:\n\n"
        "- Check the chlorine levels and ensure that the water stays safe\n"
        "- Watch the swimmers and respond to emergencies\n"
        "- Stack the lane ropes after closing\n"
    )
    got = needs(read(tmp_path, page)).get("pool-attendant", set())
    assert named(got, "chlorine"), got
    assert named(got, "emergenc"), got
    assert not any("ensure" in name for name in got), got


# --- requirements.duty-names: a lone past participle after "and" is a state the object is kept in ------------------


def test_a_state_joined_to_a_kept_thing_is_no_thing_of_its_own() -> None:
    got = [s.name for s in skill_names("maintain the treatment room tidy and stocked with towels", predicate=True)]
    assert got == ["Treatment room tidy maintenance"], got
    # (participles sharing a head are kinds of it, as before)
    got = [s.name for s in skill_names("check new and used cars", predicate=True)]
    assert got == ["New car checking", "Used car checking"], got


def test_a_spa_item_keeping_a_room_tidy_and_stocked_names_no_stocking(tmp_path: Path) -> None:
    page = (
        "# Spa attendant\n\n"
        "The spa attendant is responsible for greeting clients, folding towels, and maintaining the"
        " treatment room tidy and stocked with towels.\n"
    )
    got = needs(read(tmp_path, page)).get("spa-attendant", set())
    assert named(got, "treatment room"), got
    assert not any(name.startswith("stocked") for name in got), got


# --- requirements.duty-names: what a page lists elsewhere ("the tasks above") names no skill --------------------------


def test_an_object_pointing_to_a_list_elsewhere_names_nothing() -> None:
    assert skill_names("deal with all the jobs above", predicate=True) == []
    assert skill_names("carry out the checks below", predicate=True) == []
    assert skill_names("handle the duties listed above", predicate=True) == []
    # (a party dealt with is named, as before)
    assert [s.name for s in skill_names("deal with tenants", predicate=True)] == ["Tenant dealing"]


def test_a_caretaker_page_pointing_back_to_its_duties_names_no_extra_skill(tmp_path: Path) -> None:
    page = (
        "# School caretaker\n\n"
        "Caretakers unlock the gates, sweep the playground and fix broken furniture.\n\n"
        "In a small school a caretaker may also be expected to deal with all the jobs above on their own.\n"
    )
    got = needs(read(tmp_path, page)).get("school-caretaker", set())
    assert not any("above" in name for name in got), got


# --- requirements.duty-names: "without ..." after a duty's object says how, no part of its name -----------------------


def test_how_a_duty_is_done_without_something_is_no_part_of_its_name() -> None:
    got = [s.name for s in skill_names("sort the post without mistakes", predicate=True)]
    assert got == ["Post sorting"], got
    got = [s.name for s in skill_names("preparing the trays for the wards without delay")]
    assert got and "without" not in got[0].lower() and "delay" not in got[0].lower(), got


def test_a_porter_page_with_a_duty_done_without_errors(tmp_path: Path) -> None:
    page = (
        "# Hospital porter\n\n"
        "Hospital porters move patients between wards and sort the post without mistakes.\n"
    )
    got = needs(read(tmp_path, page)).get("hospital-porter", set())
    assert "post sorting" in got, got
