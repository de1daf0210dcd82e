"""Career stories (stop 36, from texts of our own): the duties a narrator tells belong to the post the story holds
at that point. The wording, roles and trades here are our own (a hotel kitchen, a garage); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, moves, read

# --- transitions.told: an age phrase between the verb and "as" ------------------------------------------------------


def test_an_age_phrase_before_the_first_post(tmp_path: Path) -> None:
    page = (
        "How it started\n\n"
        "I started out in the trade at the tender age of sixteen as a kitchen porter. I would scrub the trays and "
        "sweep the kitchen floor after every service.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "kitchen-porter" and "tray" in skill for role, skill in got), got


# --- transitions.told: a post taken on coming back ("went back as B", "returned to the depot as B") ---------------


def test_went_back_as_a_later_post_takes_the_duties_after_it(tmp_path: Path) -> None:
    page = (
        "My story\n\n"
        "I started as a porter in a hotel. After university I went back as a night manager. I was responsible for "
        "cashing up and checking the fire alarms.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("porter", "night-manager") in moves(g), moves(g)
    assert any(role == "night-manager" and "alarm" in skill for role, skill in got), got
    assert not any(role == "porter" for role, _ in got), got


def test_came_back_after_another_clause_of_the_narrator(tmp_path: Path) -> None:
    page = (
        "My working life\n\n"
        "I got a job as a tyre fitter. I was responsible for balancing the wheels.\n\n"
        "I went back to college and came back as a mechanic. I was responsible for rebuilding gearboxes.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("tyre-fitter", "mechanic") in moves(g), moves(g)
    assert any(role == "mechanic" and "gearbox" in skill for role, skill in got), got
    assert not any(role == "tyre-fitter" and "gearbox" in skill for role, skill in got), got


def test_returned_to_a_place_as_a_post(tmp_path: Path) -> None:
    page = (
        "From the yard\n\n"
        "My first job was as a yard hand at a rail depot.\n\n"
        "After two years at sea I returned to the depot as a shunter. I was responsible for checking the brakes.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("yard-hand", "shunter") in moves(g), moves(g)
    assert any(role == "shunter" and "brake" in skill for role, skill in got), got


# --- requirements.gerund-work: "I'd spend my days ..." ------------------------------------------------------------


def test_contracted_would_before_spend(tmp_path: Path) -> None:
    page = (
        "Summers at the hotel\n\n"
        "My first job was as a room attendant at a seaside hotel. I'd spend my shifts restocking the minibars and "
        "folding towels.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "room-attendant" and "minibar" in skill for role, skill in got), got


# --- requirements.narrator: a cue of duties told in a paragraph of its own ---------------------------------------


def test_duty_cues_in_paragraphs_of_their_own(tmp_path: Path) -> None:
    page = (
        "Twenty years of growing things\n\n"
        "I joined a garden centre as a plant care assistant in 2010.\n\n"
        "My job was to water the seedlings and repot the shrubs.\n\n"
        "In 2014 I was promoted to department supervisor.\n\n"
        "I was responsible for ordering compost and checking the till reports.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "plant-care-assistant" and "seedling" in skill for role, skill in got), got
    assert any(role == "department-supervisor" and "compost" in skill for role, skill in got), got
    assert not any(role == "plant-care-assistant" and "compost" in skill for role, skill in got), got


# --- requirements.narrator: how the narrator took the post is no duty -----------------------------------------------


def test_accepting_the_challenge_is_no_duty(tmp_path: Path) -> None:
    page = (
        "Ten years on the buses\n\n"
        "In 2016 I was promoted to depot supervisor. I accepted the challenge. I take real pride in the work. I "
        "check the duty rosters every morning.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "depot-supervisor" and "roster" in skill for role, skill in got), got
    assert not any("challenge" in skill or "pride" in skill for _, skill in got), got


# --- requirements.cue: "entrusted to / with"; the narrator's next predicate ends the list -------------------------


def test_entrusted_to_and_what_was_gained(tmp_path: Path) -> None:
    page = (
        "Ten years on the buses\n\n"
        "I joined the company as a bus driver in 2012. In 2016 I was promoted to depot supervisor.\n\n"
        "I was entrusted to plan the duty rosters and gained a lot of confidence.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "depot-supervisor" and "roster" in skill for role, skill in got), got
    assert not any("confidence" in skill for _, skill in got), got
