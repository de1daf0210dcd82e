"""Requirement links read by general rules on short pages (stop 41, third pass, from texts of our own): gerunds of
shaping and mixing work, the thing given after "provide <people> with", a course named by a gerund, a colon after
the modal before a list of duties, and a verb of wanting before the post it asks things of.

The wording, roles and trades here are our own (a stonemason, a plasterer, a kennel manager, a gardener, a
scaffolder); each test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read, roles


def test_cutting_and_mixing_name_the_work_on_the_thing(tmp_path: Path) -> None:
    page = (
        "Stonemason\n\n"
        "Stonemasons build and repair stone walls.\n\n"
        "Duties:\n"
        "- Cutting stone blocks\n"
        "- Mixing mortar\n"
        "- Cutting waste on every job\n"
    )
    got = needs(read(tmp_path, page)).get("stonemason", set())
    assert named(got, "cutting", "stone"), got
    assert named(got, "mixing", "mortar"), got
    assert not named(got, "waste"), got  # (a measure brought down is a goal, no skill)


def test_whom_a_thing_is_provided_to_is_no_skill(tmp_path: Path) -> None:
    page = (
        "Plasterer\n\n"
        "Plasterers finish walls and ceilings.\n\n"
        "Duties:\n"
        "- Provide homeowners with written quotes\n"
    )
    got = needs(read(tmp_path, page)).get("plasterer", set())
    assert not named(got, "homeowner"), got
    assert named(got, "written", "quotes"), got


def test_a_course_named_by_its_gerund_keeps_its_order(tmp_path: Path) -> None:
    page = (
        "Kennel manager\n\n"
        "Kennel managers run boarding kennels.\n\n"
        "Duties:\n"
        "- Training program\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-manager", set())
    assert "training program" in got and "program training" not in got, got


def test_a_colon_after_the_modal_opens_every_duty_of_the_list(tmp_path: Path) -> None:
    page = (
        "Gardener\n\n"
        "Gardeners look after parks and private gardens.\n\n"
        "The gardener will: prune hedges, plant bulbs, and repair fences.\n"
    )
    got = needs(read(tmp_path, page)).get("gardener", set())
    assert named(got, "hedge") and named(got, "fence"), got


def test_a_verb_of_wanting_is_no_part_of_the_post_after_it(tmp_path: Path) -> None:
    page = (
        "Scaffolder\n\n"
        "Scaffolders put up frames on building sites.\n\n"
        "Employers expect scaffolders to work at heights and read weather forecasts.\n"
    )
    g = read(tmp_path, page)
    assert not any("expect" in key for key in roles(g)), roles(g)
    assert named(needs(g).get("scaffolder", set()), "weather"), needs(g)
