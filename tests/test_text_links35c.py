"""Role -> skill requirements told by defining a post by what its holder does (stop 35, from texts of our own).

The wording, roles and trades here are our own (a hotel, a library, a rail depot, a garage, a care home); each test
fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.defined-who: "X is the person who ...", "These are the people who ..." ---------------------------


def test_the_person_who_names_the_posts_duties(tmp_path: Path) -> None:
    page = "Hotel Jobs\n\nA night porter is the person who locks the doors and carries the luggage.\n"
    got = links(read(tmp_path, page))
    assert ("night-porter", "door-locking") in got, got
    assert ("night-porter", "luggage-carrying") in got, got


def test_the_evidence_names_the_rule(tmp_path: Path) -> None:
    page = "Hotel Jobs\n\nA night auditor is the person who prepares the morning report.\n"
    g = read(tmp_path, page)
    assert any(role == "night-auditor" for role, _ in links(g)), links(g)
    assert "requirements.defined-who" in rules_of(g, "night-auditor")


def test_someone_who_and_the_ones_who(tmp_path: Path) -> None:
    page = (
        "Careers in Libraries\n\n"
        "A library assistant is someone who issues books and answers queries.\n\n"
        "Branch librarians are the ones who plan events and order new stock.\n"
    )
    got = links(read(tmp_path, page))
    assert ("library-assistant", "book-issuing") in got, got
    assert ("library-assistant", "query-answering") in got, got
    assert ("branch-librarian", "event-planning") in got, got
    assert any(role == "branch-librarian" and "ordering" in skill for role, skill in got), got


def test_these_are_the_people_who_after_a_post_just_named(tmp_path: Path) -> None:
    page = "Rail Depot Jobs\n\nMost newcomers start as a depot cleaner. These are the people who empty the bins.\n"
    got = links(read(tmp_path, page))
    assert ("depot-cleaner", "bin-emptying") in got, got


def test_these_are_the_people_who_without_a_post_before_names_nothing(tmp_path: Path) -> None:
    page = "Rail Depot Jobs\n\nThe depot is busy at night.\n\nThese are the people who empty the bins.\n"
    assert not links(read(tmp_path, page))


def test_a_class_of_staff_or_a_person_described_is_no_definition(tmp_path: Path) -> None:
    page = (
        "Garage Jobs\n\n"
        "A service advisor is a person of note who books repairs.\n\n"
        "Seasonal valeters are workers who wash the cars.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "service-advisor" for role, _ in got), got
    assert not any(role == "seasonal-valeter" for role, _ in got), got


def test_the_rule_can_be_switched_off(tmp_path: Path) -> None:
    page = "Hotel Jobs\n\nA night porter is the person who locks the doors and carries the luggage.\n"
    assert not links(read(tmp_path, page, frozenset({"requirements.defined-who"})))


# --- requirements.cue (widened): "wherever they are needed" closing a duty is a phrase of when, no need ----------


def test_wherever_they_are_needed_hides_no_duties(tmp_path: Path) -> None:
    page = "Care Home Jobs\n\nSenior carers write the care notes and cover the floor wherever they are needed.\n"
    got = links(read(tmp_path, page))
    assert ("senior-carer", "care-note-writing") in got, got
    assert ("senior-carer", "floor") in got, got


def test_when_it_is_required_hides_no_duties(tmp_path: Path) -> None:
    page = "Hotel Jobs\n\nNight porters lock the doors and carry the luggage when it is required.\n"
    got = links(read(tmp_path, page))
    assert ("night-porter", "door-locking") in got, got


# --- requirements.section / requirements.cue (widened): "routine work at the till such as ..." names no skill -------


def test_routine_work_at_a_place_before_examples_names_none(tmp_path: Path) -> None:
    page = (
        "Careers at a Credit Union\n\n"
        "Cashiers handle routine work at the till such as counting cash, taking payments and filing slips.\n"
    )
    got = links(read(tmp_path, page))
    assert ("cashier", "cash-counting") in got, got
    assert not any(role == "cashier" and "routine" in skill for role, skill in got), got


def test_general_work_around_a_building_names_none(tmp_path: Path) -> None:
    page = (
        "Hotel Porter Guide\n\n"
        "Hotel porters handle general work around the building such as carrying luggage and moving furniture.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "hotel-porter" and "luggage" in skill for role, skill in got), got
    assert not any("general-work" in skill for _, skill in got), got


def test_a_duty_at_a_place_before_examples_is_kept(tmp_path: Path) -> None:
    page = "Careers at a Credit Union\n\nCashiers handle payments at the till such as card payments and refunds.\n"
    got = links(read(tmp_path, page))
    assert any(role == "cashier" and "payment" in skill for role, skill in got), got
