"""Career stories (stop 44, from texts of our own): the duties a narrator tells in the past belong to the post they
held then. The wording, roles and trades here are our own (a ferry, a canal, a bakery); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- transitions.told: "I was one of a handful of A" holds A ------------------------------------------------------


def test_one_of_a_handful_of_a_post_is_the_post_held(tmp_path: Path) -> None:
    page = (
        "Night crossing\n\n"
        "I was one of a handful of ferry deckhands on board that night. I checked the moorings and logged the cargo.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "ferry-deckhand" and "mooring" in skill for role, skill in got), got
    assert any(role == "ferry-deckhand" and "cargo" in skill for role, skill in got), got


def test_one_of_only_two_of_a_post(tmp_path: Path) -> None:
    page = (
        "My first winter\n\n"
        "I was one of only two night bakers in the town. I checked the ovens and cleaned the trays.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "night-baker" and "oven" in skill for role, skill in got), got


def test_one_of_a_group_of_people_names_no_post(tmp_path: Path) -> None:
    page = "Night crossing\n\nI was one of a handful of passengers awake that night. I checked the weather.\n"
    got = links(read(tmp_path, page))
    assert not got, got


# --- requirements.narrator: a participle after "I'd" / "I had" ("I'd taken", "I had driven") ----------------------


def test_a_participle_after_had_is_the_duty(tmp_path: Path) -> None:
    page = (
        "On the canal\n\n"
        "I was a lock keeper on the canal. I'd taken bookings for the moorings and swept the towpath.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "lock-keeper" and "booking" in skill for role, skill in got), got
    assert any(role == "lock-keeper" and "towpath" in skill for role, skill in got), got


def test_a_passive_taken_on_is_no_duty(tmp_path: Path) -> None:
    page = "On the canal\n\nI was taken on as a lock keeper in 2004. I had driven a bus before.\n"
    got = links(read(tmp_path, page))
    assert not any("taking" in skill or skill == "lock-keeper" for _, skill in got), got


# --- requirements.not-work: "as A, which involved ..." in a first-person story is the post's work ------------------


def test_which_involved_after_a_post_held_names_its_duties(tmp_path: Path) -> None:
    page = (
        "Summers at the pool\n\n"
        "I spent three summers as a lifeguard, which involved testing the water and teaching swimming lessons.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "lifeguard" and "water" in skill for role, skill in got), got
    assert any(role == "lifeguard" and "swimming" in skill for role, skill in got), got


def test_which_needed_of_the_narrator_with_no_post_still_names_nothing(tmp_path: Path) -> None:
    page = "Summers at the pool\n\nI moved to the coast, which required a lot of courage from me.\n"
    assert not links(read(tmp_path, page))
