"""Role -> skill requirements told by gerunds in prose with no cue word (stop 34, from texts of our own).

The wording, roles and trades here are our own (a bakery, a building site, a hospital, a kitchen, a plumber's);
each test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.gerund-work: a list of gerunds naming the work, with no cue before it ---------------------------


def test_a_subject_made_of_gerunds_names_the_pages_duties(tmp_path: Path) -> None:
    page = (
        "Bakery Assistant Job Description\n\n"
        "Weighing the flour, shaping the loaves and cleaning the ovens fill most of a morning. Becoming a head baker"
        " is a big step.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert {("bakery-assistant", k) for k in ("flour-weighing", "loaf-shaping", "oven-cleaning")} <= got, got
    # (the predicate is no part of the last duty, and a career's step is no duty)
    assert not any("morning" in skill or "baker" in skill for _, skill in got), got
    assert "requirements.gerund-work" in rules_of(g, "bakery-assistant")


def test_a_single_gerund_subject_said_to_be_demanding_is_a_duty(tmp_path: Path) -> None:
    g = read(tmp_path, "Head Chef Job Description\n\nManaging the pastry section is demanding but rewarding.\n")
    assert any(role == "head-chef" and "pastry-section" in skill for role, skill in links(g)), links(g)


def test_the_work_time_is_spent_on_names_duties(tmp_path: Path) -> None:
    page = (
        "Hospital Porter Job Description\n\n"
        "Hospital porters spend most of their shifts delivering samples, collecting waste and cleaning the"
        " wheelchairs.\n"
    )
    got = links(read(tmp_path, page))
    porter = {skill for role, skill in got if role == "hospital-porter"}
    assert "wheelchair-cleaning" in porter and any("sample" in s for s in porter), got
    # (time others spend tells no duty of the post)
    other = read(tmp_path, "Cashier Job Description\n\nCustomers spend hours checking prices online.\n", name="b.txt")
    assert not links(other), links(other)


def test_time_spent_in_a_story_names_the_duties_of_the_post_held_then(tmp_path: Path) -> None:
    page = (
        "How I became a site manager\n\n"
        "I started as a labourer on a housing site. My first year was spent stacking blocks, unloading deliveries"
        " and cleaning the tools.\n"
    )
    got = links(read(tmp_path, page))
    assert {("labourer", k) for k in ("block-stacking", "delivery-unloading", "tool-cleaning")} <= got, got


def test_participles_after_a_duty_are_duties_of_their_own(tmp_path: Path) -> None:
    page = (
        "Site Manager Job Description\n\n"
        "The site manager plans the programme, inspecting the cranes and checking deliveries. The site manager also"
        " books the cranes, ensuring the lifts run on time.\n"
    )
    got = links(read(tmp_path, page))
    manager = {skill for role, skill in got if role == "site-manager"}
    assert {"programme-planning", "crane-inspection", "delivery-checking"} <= manager, manager
    # (before, the participles were read as more objects of "plans"; a participle of purpose names no duty)
    assert not any("planning" in s and s != "programme-planning" for s in manager), manager
    assert not any("ensur" in s or "lift" in s for s in manager), manager


def test_participles_after_the_post_worked_with_are_the_readers_duties(tmp_path: Path) -> None:
    page = (
        "Assistant Plumber Job Description\n\n"
        "You will work closely with the lead plumber, checking deliveries and booking the skips.\n"
    )
    got = links(read(tmp_path, page))
    assistant = {skill for role, skill in got if role == "assistant-plumber"}
    assert "delivery-checking" in assistant and any("skip" in s for s in assistant), got
    assert not any(role == "lead-plumber" for role, _ in got), got
