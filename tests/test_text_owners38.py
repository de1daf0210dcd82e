"""Whose duty a line is, for a post the loader finds but gave none of its links (stop 38).

The wording, roles and trades here are our own (a hotel, a rail depot, a bakery); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- requirements.post-label: "A or B (6-12 years): <holders> do X. They are responsible for Y." -----------------

LADDER = (
    "Career Stages in Hotel Operations\n"
    "Supervisory Roles:\n"
    "Front Office Supervisor (2-4 years): Supervisors schedule desk shifts and train new agents.\n"
    "Senior Roles:\n"
    "Rooms Division Manager or Hotel Manager (8-12 years): Managers plan staffing budgets and oversee room revenue."
    " They are responsible for guest satisfaction scores.\n"
    "Director of Operations (12+ years): Directors set service standards across several hotels.\n"
)


def test_label_of_two_posts_with_a_bracket_gives_both_the_duties_of_their_holders(tmp_path: Path) -> None:
    got = links(read(tmp_path, LADDER))
    for post in ("rooms-division-manager", "hotel-manager"):
        skills = {skill for role, skill in got if role == post}
        assert any("staffing-budget" in s for s in skills), got
        assert any("room-revenue" in s for s in skills), got
    off = links(read(tmp_path, LADDER, frozenset({"requirements.post-label"})))
    assert not any(role == "hotel-manager" and "staffing-budget" in s for role, s in off), off


def test_they_after_a_label_of_two_posts_is_either_post_not_the_post_of_the_line_before(tmp_path: Path) -> None:
    got = links(read(tmp_path, LADDER))
    owners = {role for role, skill in got if skill == "guest-satisfaction-scores"}
    assert owners == {"rooms-division-manager", "hotel-manager"}, got
    off = links(read(tmp_path, LADDER, frozenset({"requirements.post-label"})))
    assert "front-office-supervisor" in {role for role, s in off if s == "guest-satisfaction-scores"}, off


def test_label_with_a_bracket_of_years_then_the_holders_by_their_head_word(tmp_path: Path) -> None:
    page = (
        "How a career at the depot grows\n"
        "Train Driver (4-10 years): Drivers operate passenger trains, follow signals and report faults.\n"
        "Director of Operations (12+ years): Directors set service standards across several depots.\n"
    )
    got = links(read(tmp_path, page))
    # ("Train" is the driver's trade here, no verb of training: the post is the train driver)
    assert any(role == "train-driver" and "passenger-train" in s for role, s in got), got
    assert any(role == "director-of-operations" and "service-standard" in s for role, s in got), got
    off = links(read(tmp_path, page, frozenset({"requirements.post-label"})))
    assert not any(role == "director-of-operations" for role, _ in off), off


def test_label_of_posts_then_holders_by_level_and_head_word(tmp_path: Path) -> None:
    page = (
        "Housekeeping career levels\n"
        "Assistant Housekeeper or Floor Housekeeper (2-4 years): Mid-level housekeepers inspect guest rooms and"
        " order fresh linen.\n"
    )
    got = links(read(tmp_path, page))
    for post in ("assistant-housekeeper", "floor-housekeeper"):
        skills = {skill for role, skill in got if role == post}
        assert any("room-inspection" in s or "guest-room" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.post-label"})))
    assert not any(role == "floor-housekeeper" for role, _ in off), off


def test_label_of_two_posts_whose_head_the_subject_does_not_share_gives_nothing_new(tmp_path: Path) -> None:
    page = (
        "Front Desk Agent or Night Auditor (0-2 years): Guests check in at the desk and pay their bills.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role in {"front-desk-agent", "night-auditor"} for role, _ in got), got


def test_label_with_a_bracket_gives_no_duty_from_pay_moves_or_whom_the_posts_answer_to(tmp_path: Path) -> None:
    page = (
        "Retail careers guide\n"
        "Pros and Cons (2024): Managers work long hours and earn good bonuses.\n"
        "Store Manager or Area Manager (5+ years): Managers report to the regional director.\n"
        "Cashier or Sales Assistant (0-2 years): Pay starts at 11 pounds an hour.\n"
        "Shift Leader or Duty Manager (2-4 years): Managers at this level become store managers within five years.\n"
    )
    assert links(read(tmp_path, page)) == set(), links(read(tmp_path, page))


# --- requirements.contrast-owners: "A does X, while B does Y": each half its own subject's ------------------------


def test_duties_after_while_are_the_second_posts_and_before_it_the_firsts(tmp_path: Path) -> None:
    page = "The Porter carries luggage to the rooms, while the Concierge books tables and arranges taxis.\n"
    got = links(read(tmp_path, page))
    assert ("porter", "luggage-carrying") in got, got
    assert ("concierge", "table-booking") in got, got
    off = links(read(tmp_path, page, frozenset({"requirements.contrast-owners"})))
    assert ("concierge", "table-booking") not in off, off


def test_duties_after_whereas_are_not_given_to_the_first_post(tmp_path: Path) -> None:
    page = "The sous chef orders stock and plans the menu, whereas the pastry chef bakes bread and decorates cakes.\n"
    got = links(read(tmp_path, page))
    assert not any(role == "sous-chef" and "cake" in s for role, s in got), got
    assert any(role == "pastry-chef" and "cake" in s for role, s in got), got
    off = links(read(tmp_path, page, frozenset({"requirements.contrast-owners"})))
    assert any(role == "sous-chef" and "cake" in s for role, s in off), off
