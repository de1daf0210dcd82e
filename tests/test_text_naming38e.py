"""How a duty or a need is named, and what names none (stop 38, fifth helper; texts of our own).

The wording, roles and trades here are our own (a bakery, a hotel, a garden centre); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, needs, read

# --- requirements.duty-names: a word of fitness before a duty's object -----------------------------------------------


def test_a_word_of_fitness_before_the_object_is_no_part_of_the_duty(tmp_path: Path) -> None:
    assert item_names("pack the right loaves") == ["Loaf packing"]
    assert item_names("Choosing the correct box size") == ["Box size selection"]
    assert item_names("Maintain the proper temperature") == ["Temperature maintenance"]
    # a light verb's object alone names the duty, and keeps the word
    assert item_names("use the proper tools") == ["Proper tools"]
    assert item_names("the right to work") == ["Right to work"]
    page = (
        "Garden Centre Assistant\n\n"
        "Duties\n"
        "- Pick the correct plants for each click and collect order\n"
        "- Water the seedlings every morning\n"
    )
    got = needs(read(tmp_path, page)).get("garden-centre-assistant", set())
    assert "plant picking" in got, got
    assert "correct plant picking" not in got, got


def test_the_best_things_chosen_are_the_things() -> None:
    assert item_names("sourcing the best flour from local mills") == ["Flour sourcing"]
    assert item_names("Choose the best seasonal produce") == ["Seasonal produce selection"]
    # best practices are a thing of their own
    assert item_names("implement best practices") == ["Best practice implementation"]


# --- requirements.duty-names: a participle of a state seen to that no verb table holds -------------------------------


def test_a_participle_of_a_verb_of_the_language_names_the_state_seen_to(tmp_path: Path) -> None:
    # a verb no table of the namer holds, known to the language's index of verbs and not as an adjective
    assert item_names("Ensure guest luggage is transported promptly") == ["Guest luggage transporting"]
    assert item_names("Make sure the doors are locked") == ["Door locking"]
    # a participle the index holds as an adjective too stays a quality
    assert item_names("Ensure guests are satisfied") == ["Satisfied guests"]
    page = (
        "Hotel Night Porter\n\n"
        "Responsibilities\n"
        "- Make sure all luggage is transported safely\n"
        "- Greet late arrivals\n"
    )
    got = needs(read(tmp_path, page)).get("hotel-night-porter", set())
    assert "luggage transporting" in got, got


# --- requirements.duty-names: a second state seen to, its link left out ---------------------------------------------


def test_a_second_state_with_its_link_left_out_is_named_too(tmp_path: Path) -> None:
    assert item_names("Check that the tills are counted and the floats checked") == ["Till counting", "Float checking"]
    assert item_names("Ensure stock is counted and shelves refilled") == ["Stock counting", "Shelf refilling"]
    # two participles of one thing are as before
    assert item_names("Ensure orders are packed and shipped") == ["Order packing", "Order shipping"]
    page = (
        "Rail Depot Shift Supervisor\n\n"
        "What the job involves\n"
        "- Check that the sidings are inspected and the signals tested\n"
        "- Plan the cleaning rota\n"
    )
    got = needs(read(tmp_path, page)).get("rail-depot-shift-supervisor", set())
    assert {"siding inspection", "signal testing"} <= got, got
    assert "checking" not in got, got
