"""Ladders whose rungs are titles the lexicon lacks: a short title alone on its item between posts of a ladder list
("2. Commis"), and rungs offering a choice of posts ("Kitchen Porter or Commis (0-2 years): ...")."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

TOP = "Working in kitchens\n\n"


def test_a_title_the_lexicon_lacks_is_a_rung_of_a_numbered_ladder(tmp_path: Path) -> None:
    text = f"{TOP}Career path\n\n1. Kitchen Porter\n2. Commis\n3. Sous Chef\n4. Head Chef\n\nSkills\n"
    got = set(moves(read(tmp_path, text)))
    assert {("kitchen-porter", "commis"), ("commis", "sous-chef"), ("sous-chef", "head-chef")} <= got


def test_a_title_the_lexicon_lacks_is_a_rung_of_a_bulleted_ladder(tmp_path: Path) -> None:
    text = f"{TOP}Typical progression\n- Kitchen Porter\n- Commis\n- Sous Chef\n\nSkills\n"
    got = set(moves(read(tmp_path, text)))
    assert {("kitchen-porter", "commis"), ("commis", "sous-chef")} <= got


def test_numbers_alone_over_a_title_the_lexicon_lacks(tmp_path: Path) -> None:
    text = f"{TOP}Typical career path\n1\nKitchen Porter\n2\nCommis\n3\nSous Chef\n\nSkills\n"
    got = set(moves(read(tmp_path, text)))
    assert {("kitchen-porter", "commis"), ("commis", "sous-chef")} <= got


def test_a_rung_offering_a_choice_of_posts_with_its_years(tmp_path: Path) -> None:
    text = (
        f"{TOP}Career path\n\n- Kitchen Porter or Commis (0-2 years): washes pans and preps veg.\n"
        "- Sous Chef (2-5 years): runs the pass.\n- Head Chef (5+ years): writes each menu.\n"
    )
    got = set(moves(read(tmp_path, text)))
    assert {("kitchen-porter", "sous-chef"), ("commis", "sous-chef"), ("sous-chef", "head-chef")} <= got


def test_a_choice_of_posts_on_unbulleted_rungs(tmp_path: Path) -> None:
    text = (
        f"{TOP}Commis or Kitchen Porter (0-2 years): washes pans.\n\nDemi Chef or Sous Chef (2-5 years): runs the pass."
        "\n\nHead Chef (5+ years): writes each menu.\n"
    )
    got = set(moves(read(tmp_path, text)))
    assert {("commis", "demi-chef"), ("kitchen-porter", "sous-chef"), ("sous-chef", "head-chef")} <= got
    assert not any("-or-" in a or "-or-" in b for a, b in got)


def test_lists_of_titles_that_are_no_route_stay_none(tmp_path: Path) -> None:
    for head in ("Most wanted jobs", "Open positions at the bistro", "Our team"):
        text = f"{TOP}{head}\n1. Kitchen Porter\n2. Commis\n3. Head Chef\n\nSkills\n"
        assert not moves(read(tmp_path, text)), head
    text = f"{TOP}Career path\n\n1. Kitchen Porter\n2. Skills\n3. Salary\n4. Related jobs\n\nSkills\n"
    assert not moves(read(tmp_path, text))


def test_a_first_rung_the_lexicon_lacks_over_a_title(tmp_path: Path) -> None:
    for text in (
        f"{TOP}Career path\n\n1. Commis\n2. Demi Chef\n3. Sous Chef\n\nSkills\n",
        f"{TOP}Career path\n- Commis\n- Demi Chef\n- Sous Chef\n\nSkills\n",
    ):
        assert {("commis", "demi-chef"), ("demi-chef", "sous-chef")} <= set(moves(read(tmp_path, text)))


def test_a_heading_naming_levels_alone_over_titles(tmp_path: Path) -> None:
    text = f"{TOP}Levels\n1. Kitchen Porter\n2. Commis\n3. Sous Chef\n\nSkills\n"
    assert {("kitchen-porter", "commis"), ("commis", "sous-chef")} <= set(moves(read(tmp_path, text)))
    text = f"{TOP}Noise levels\n1. Kitchen Porter\n2. Commis\n3. Sous Chef\n\nSkills\n"
    assert not moves(read(tmp_path, text))
    text = f"{TOP}Levels\n- Entry level\n- Mid level\n- Senior level\n\nSkills\n"
    assert not moves(read(tmp_path, text))


def test_steps_of_a_route_that_are_no_posts_are_no_rungs(tmp_path: Path) -> None:
    for step in ("Training", "Apprenticeship", "Culinary School"):
        text = f"{TOP}Career path\n\n1. Kitchen Porter\n2. {step}\n3. Head Chef\n\nSkills\n"
        got = set(moves(read(tmp_path, text)))
        assert not any(step.split()[-1].lower() in a + b for a, b in got), step
