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
    got = [s.name for s in skill_names("Test the water and report", predicate=True)]
    assert "Water testing" in got and not any("report" in name.lower() and "test" in name.lower() for name in got)


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
