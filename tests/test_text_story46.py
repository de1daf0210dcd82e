"""A person asked, in the passive, to take a post in a story told of them (stop 46, transitions.asked-to-stay).

The pages are written for the test, in trades the rule was not written from (a hotel, a hospital ward), so that
what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_asked_to_stay_as_a_post_is_a_step_of_the_story(tmp_path: Path) -> None:
    for said in (
        "At the end of the season, I was asked to stay as a night manager for the hotel in York.",
        "At the end of the season, I was asked to stay on as a night manager for the hotel in York.",
    ):
        text = (
            "My story\n\nWhen I started as a trainee receptionist in 2016, there were ten of us on the staff.\n\n"
            f"{said}\n"
        )
        assert ("trainee-receptionist", "night-manager") in moves(read(tmp_path, text)), said


def test_invited_to_become_a_post_is_a_step_too(tmp_path: Path) -> None:
    text = (
        "Her story\n\nShe joined the ward as a healthcare assistant in 2015. Two years later she was invited to"
        " become a ward clerk.\n"
    )
    assert ("healthcare-assistant", "ward-clerk") in moves(read(tmp_path, text))


def test_a_post_asked_of_and_turned_down_is_no_step(tmp_path: Path) -> None:
    text = (
        "My story\n\nI started as a trainee receptionist in 2016. In 2017 I was asked to stay on as a night"
        " manager, but I turned it down.\n"
    )
    assert ("trainee-receptionist", "night-manager") not in moves(read(tmp_path, text))


def test_a_verb_with_its_prefix_apart_is_still_the_person_s_step(tmp_path: Path) -> None:
    for verb in ("re-joined", "(re)joined"):
        text = (
            "Growing with us\n\nI started as a ward clerk in 2015. At the start of 2017, I"
            f" {verb} the hospital as a medical secretary.\n"
        )
        assert ("ward-clerk", "medical-secretary") in moves(read(tmp_path, text)), verb


def test_the_prefix_switch_is_the_rule_s(tmp_path: Path) -> None:
    text = (
        "Growing with us\n\nI started as a ward clerk in 2015. In 2017, I (re)joined the hospital as a medical"
        " secretary.\n"
    )
    found = moves(read(tmp_path, text, frozenset({"transitions.prefixed-verbs"})))
    assert ("ward-clerk", "medical-secretary") not in found
