"""How a duty is named when its verb's action has no noun the namer knows (stop 36).

The wording, roles and trades here are our own (a bakery, a kennel, a car wash); each test fails on the code before
the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

from careergraph.loaders.text_requirements import duty_object, skill_names

# --- requirements.duty-names: a verb with no known action noun names the duty by its gerund and object -----------


def test_a_duty_whose_verb_has_no_action_noun_is_named_by_its_gerund_and_object() -> None:
    got = [s.name for s in skill_names("Decorate celebration cakes")]
    assert got == ["Decorating celebration cakes"], got  # (before: "Celebration cakes", the work unsaid)
    got = [s.name for s in skill_names("Scrub the kennel floors")]
    assert got == ["Scrubbing kennel floors"], got
    # the object alone stays another name of the skill, as it was named before
    assert duty_object("Decorating celebration cakes") == "Celebration cakes"
    # a verb whose action has a noun keeps it; people served keep their own naming; rules followed are named alone
    assert [s.name for s in skill_names("Bake sourdough loaves")] == ["Sourdough loaf baking"]
    assert [s.name for s in skill_names("Follow kennel hygiene rules")] == ["Kennel hygiene rules"]
    assert duty_object("Greeting customers") is None and duty_object("Stock management") is None


def test_two_duties_on_one_object_are_two_skills_not_one(tmp_path: Path) -> None:
    page = (
        "Job title: Bakery Assistant\n\n"
        "Duties:\n"
        "- Bake the bread rolls each morning\n"
        "- Decorate birthday cakes to order\n"
        "- Wrap birthday cakes for collection\n"
        "- Polish the display counters\n"
    )
    got = links(read(tmp_path, page))
    # (before: "Birthday cakes" once for both the decorating and the wrapping, and "Display counters")
    assert ("bakery-assistant", "decorating-birthday-cakes") in got, got
    assert ("bakery-assistant", "birthday-cake-wrapping") in got, got
    assert ("bakery-assistant", "polishing-display-counters") in got, got
