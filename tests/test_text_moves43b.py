"""Moves told in prose that the development stories of stop 43 showed (the second moves helper of the stop).

Each page is written for the test, in a trade the rules were not written from (a dog groomer's salon), so that what
is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_chain_whose_last_rung_is_a_bare_title_before_the_verb(tmp_path: Path) -> None:
    text = "Salon work\n\nThe progression from groomer to senior groomer to lead looks, from outside, like skill.\n"
    assert set(moves(read(tmp_path, text))) == {("groomer", "senior-groomer"), ("senior-groomer", "lead")}


def test_a_chain_that_ends_in_a_verb_infinitive_has_no_third_rung(tmp_path: Path) -> None:
    text = "Salon work\n\nShe went from groomer to senior groomer to lead the whole team.\n"
    assert ("senior-groomer", "lead") not in moves(read(tmp_path, text))


def test_the_journey_from_one_post_to_another_is_a_move(tmp_path: Path) -> None:
    text = "Salon careers\n\nThe journey from an Assistant Groomer to a Head Groomer in the pet trade is hard.\n"
    assert set(moves(read(tmp_path, text))) == {("assistant-groomer", "head-groomer")}
    text = "Salon careers\n\nMy journey from kennel assistant to groomer took four years.\n"
    found = moves(read(tmp_path, text))
    assert set(found) == {("kennel-assistant", "groomer")}


def test_a_journey_with_no_start_is_no_move(tmp_path: Path) -> None:
    text = "Salon work\n\nThe groomer maps the customer journey to the booking desk and the head groomer.\n"
    assert not moves(read(tmp_path, text))


def test_the_post_one_starts_as_named_a_way_in_leads_to_the_post_described(tmp_path: Path) -> None:
    text = (
        "Salon roles\n\n"
        "- Groomers: These are the staff who wash and style dogs. For beginners, starting as a bather is a common "
        "entry point.\n- Receptionists: They book visits.\n"
    )
    assert set(moves(read(tmp_path, text))) == {("bather", "groomer")}
    text = "Groomer\n\nGroomers wash, cut and style dogs. Starting as a bather is a common way in.\n"
    assert set(moves(read(tmp_path, text))) == {("bather", "groomer")}


def test_the_way_in_which_is_no_way_into_a_post(tmp_path: Path) -> None:
    text = "Groomer\n\nGroomers wash, cut and style dogs. Starting as a bather is the way in which most learn.\n"
    assert not moves(read(tmp_path, text))


def test_a_former_post_of_a_person_whose_career_began_as_another(tmp_path: Path) -> None:
    text = (
        "Salon news\n\n"
        "Only months after beginning her career as a dog groomer in May, Ms Ana Lee, 31, a former model and singer "
        "with a degree in biology, had washed hundreds of dogs.\n"
    )
    assert set(moves(read(tmp_path, text))) == {("model", "dog-groomer"), ("singer", "dog-groomer")}


def test_a_former_colleague_with_no_career_begun_is_no_move(tmp_path: Path) -> None:
    text = "Salon news\n\nAna Lee, a former colleague of mine, works as a dog groomer.\n"
    assert ("colleague", "dog-groomer") not in moves(read(tmp_path, text))


def test_a_post_made_official_is_the_post_itself(tmp_path: Path) -> None:
    text = "My story\n\nMaking the step from midweight groomer to official salon manager seemed the logical route.\n"
    assert set(moves(read(tmp_path, text))) == {("midweight-groomer", "salon-manager")}
