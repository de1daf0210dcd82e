"""Moves told across a paragraph's clauses and sentences, tested on texts of our own in other trades (banking,
healthcare, security, construction): where a move starts when its clause names no post of its own."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_some_who_go_on_from_there_start_at_the_post_just_reached(tmp_path: Path) -> None:
    text = (
        "Bank careers\n\n"
        "Cashiers who do well go on to be loan officers, and from there some progress to branch manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("loan-officer", "branch-manager") in found
    assert ("cashier", "branch-manager") not in found


def test_a_title_in_capitals_after_a_verb_of_rising_is_the_step_of_a_story(tmp_path: Path) -> None:
    text = (
        "Staff stories\n\n"
        "Mia joined the hotel as a Receptionist. In 2018 she stepped up to Systems Administrator, and she was then"
        " made Front Office Manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("receptionist", "systems-administrator") in found
    assert ("systems-administrator", "front-office-manager") in found
    assert ("receptionist", "front-office-manager") not in found


def test_a_title_in_capitals_before_a_post_noun_is_where_a_move_leads(tmp_path: Path) -> None:
    text = (
        "Hotel careers\n\n"
        "Omar worked as a Night Porter for two years before moving into a Systems Administrator role.\n"
    )
    assert ("night-porter", "systems-administrator") in moves(read(tmp_path, text))


def test_a_place_in_capitals_after_a_verb_of_moving_is_no_post(tmp_path: Path) -> None:
    text = "Hotel careers\n\nOmar worked as a Night Porter for two years before he moved to Greater Manchester.\n"
    assert not any(b == "greater-manchester" for _, b in moves(read(tmp_path, text)))


def test_lines_under_a_heading_of_career_stages_are_its_rungs(tmp_path: Path) -> None:
    text = (
        "Hospital portering career stages\n\n"
        "Porter: moves patients, beds and equipment around the site.\n"
        "Qualified Porter: once the induction course is done.\n"
        "Senior Porter: leads a shift, usually after two years.\n"
        "Portering Supervisor: runs the rota and the budget.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("senior-porter", "portering-supervisor") in found
    assert any(a == "porter" for a, _ in found)


def test_the_next_step_of_a_paragraph_starts_at_the_role_it_opened_with(tmp_path: Path) -> None:
    text = (
        "Depot manager careers\n\n"
        "Yard marshals move trailers around the depot and check seals. The work is outdoors in all weathers."
        " Once you know the yard well, the next step is transport planner.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("yard-marshal", "transport-planner") in found
    assert ("depot-manager", "transport-planner") not in found


def test_most_of_the_holders_a_paragraph_opened_with_move_from_that_role(tmp_path: Path) -> None:
    text = (
        "Site careers\n\n"
        "Labourers load skips, carry materials and keep the site tidy. After a year or two, most move up to"
        " site supervisor.\n"
    )
    assert ("labourer", "site-supervisor") in moves(read(tmp_path, text))


def test_a_time_in_role_told_in_months_counts_in_months(tmp_path: Path) -> None:
    text = (
        "Progression in our depots\n\n"
        "| Role | Typical time in role | Next role |\n"
        "|---|---|---|\n"
        "| Loader | 6-12 months | Shift Lead |\n"
        "| Shift Lead | 2 years | Depot Supervisor |\n"
    )
    found = moves(read(tmp_path, text))
    first = found[("loader", "shift-lead")]
    assert (first["years_min"], first["years_max"]) == (0.5, 1)


def test_a_ladder_item_told_in_months_counts_in_months(tmp_path: Path) -> None:
    text = (
        "Career path\n\n"
        "- Trainee Estate Agent (0-6 months)\n"
        "- Estate Agent (6-18 months)\n"
        "- Senior Estate Agent\n"
    )
    found = moves(read(tmp_path, text))
    first = found[("trainee-estate-agent", "estate-agent")]
    assert (first["years_min"], first["years_max"]) == (0, 0.5)


def test_a_rung_reached_after_a_span_gives_the_move_into_it_its_years(tmp_path: Path) -> None:
    text = (
        "Housekeeping career stages\n\n"
        "Room Attendant: cleans and prepares guest rooms.\n"
        "Floor Supervisor: checks the rooms of a floor, usually after 18 months.\n"
        "Executive Housekeeper: runs the department.\n"
    )
    found = moves(read(tmp_path, text))
    into = found[("room-attendant", "floor-supervisor")]
    assert (into["years_min"], into["years_max"]) == (1.5, 1.5)
    onward = found[("floor-supervisor", "executive-housekeeper")]
    assert onward.get("years_min") is None and onward.get("years_max") is None
