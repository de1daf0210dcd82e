"""A sentence saying its subject is the point of contact or the go-to person for people with questions about
things ("you will be the first point of contact for guests with questions regarding room bookings, parking and late
checkouts", "The porter is the go-to person for luggage and taxis") names those things as the post's skills
(requirements.contact-topics, stop 46); before, such a sentence read nothing. The pages are our own, in trades the
rules were not written from (a hotel, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HOTEL = (
    "Hotel Receptionist\n\n"
    "The Hotel Receptionist is responsible for welcoming guests at the front desk.\n"
    "At the front desk you are the first point of contact for guests with questions or issues regarding room"
    " bookings, parking, late checkouts, and related services.\n"
)

_SCHOOL = (
    "School Office Manager\n\n"
    "The School Office Manager is responsible for running the school office.\n"
    "You will be the go-to person for exam entries and trip letters.\n"
    "You will be the main point of contact for all parents.\n"
)


def test_the_topics_people_come_about_are_skills(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOTEL)).get("hotel-receptionist", set())
    assert {"room bookings", "parking", "late checkouts"} <= got, got
    assert not any("related" in g or g == "services" for g in got), got


def test_the_things_after_for_when_no_people_are_named(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _SCHOOL)).get("school-office-manager", set())
    assert {"exam entries", "trip letters"} <= got, got
    assert not any("parent" in g for g in got), got


def test_the_rule_switched_off_leaves_the_sentence_unread(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOTEL, disabled=frozenset({"requirements.contact-topics"}))).get(
        "hotel-receptionist", set()
    )
    assert "late checkouts" not in got, got


_HOUSEKEEPING = (
    "Head Housekeeper\n\n"
    "What Does a Head Housekeeper Do?\n\n"
    "Head housekeepers are the bridge between laundry, room planning and guest feedback. They also train the new"
    " room attendants.\n"
    "The receptionist is the bridge between the porters and the kitchen.\n"
)


def test_the_bridge_between_things_names_them(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOUSEKEEPING))
    assert {"room planning", "laundry", "guest feedback"} <= got.get("head-housekeeper", set()), got
    assert not any("porter" in g or "kitchen" in g for g in got.get("receptionist", set())), got
