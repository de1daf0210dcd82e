"""Moves between roles and their years in ladders whose levels name their titles in a sentence (stop 39, from the
fresh31 development set's causes and blind probes).

The wording, roles and trades here are our own (a restaurant kitchen, ...); each test fails on the code before the
change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

KITCHEN = (
    "Growing a Career in a Restaurant Kitchen\n\n"
    "Entry-Level Centres On Preparation\n\n"
    "New cooks spend most of the shift on prep work. Daily tasks include:\n\n"
    "  • Washing and chopping vegetables\n"
    "  • Keeping the walk-in fridge in order\n\n"
    "Common entry titles are Commis Chef, Prep Cook, or Kitchen Assistant. Duration is usually 6-12 months before"
    " moving on.\n\n"
    "Mid-Level Runs A Section\n\n"
    "Cooks at this stage own a station of the line on their own.\n\n"
    "Common titles are Chef de Partie or Line Cook. Mid-level roles usually last 2-4 years.\n\n"
    "Senior Ownership Of The Pass\n\n"
    "Cooks here plan the menu and run the pass on busy nights.\n\n"
    "Common titles are Sous Chef or Head Chef.\n"
)


def test_levels_naming_their_titles_in_a_sentence_move_to_the_next_level_with_their_years(tmp_path: Path) -> None:
    got = moves(read(tmp_path, KITCHEN))
    assert ("commis-chef", "chef-de-partie") in got and ("kitchen-assistant", "line-cook") in got, got
    assert ("prep-cook", "line-cook") in got and ("line-cook", "head-chef") in got, got
    assert ("chef-de-partie", "sous-chef") in got, got
    assert not any(b in {"commis-chef", "prep-cook", "kitchen-assistant"} for _, b in got), got
    assert (got[("commis-chef", "chef-de-partie")].get("years_min"), got[("commis-chef", "chef-de-partie")].get(
        "years_max")) == (0.5, 1.0), got[("commis-chef", "chef-de-partie")]
    assert (got[("line-cook", "sous-chef")].get("years_min"), got[("line-cook", "sous-chef")].get("years_max")) == (
        2.0, 4.0), got[("line-cook", "sous-chef")]


# --- transitions.told: a tenure told before the verb with "into", and a post offered "to be" -------------------


def test_years_into_a_post_are_the_time_held_before_the_next(tmp_path: Path) -> None:
    page = (
        "How I got here\n\n"
        "I was three years into working as a dental nurse. In 2021 I became a practice manager at the same surgery.\n"
    )
    got = moves(read(tmp_path, page))
    move = got.get(("dental-nurse", "practice-manager"))
    assert move is not None and (move.get("years_min"), move.get("years_max")) == (3.0, 3.0), got


def test_an_offer_to_be_a_post_is_a_move_to_it(tmp_path: Path) -> None:
    page = (
        "From the chair to the front desk\n\n"
        "I worked as a dental nurse for three years. Last spring I accepted an offer to be the first practice"
        " manager of the new clinic.\n"
    )
    got = moves(read(tmp_path, page))
    move = got.get(("dental-nurse", "practice-manager"))
    assert move is not None and (move.get("years_min"), move.get("years_max")) == (3.0, 3.0), got


# --- transitions.clause: "made up of" names who a team holds, no move -------------------------------------------


def test_a_team_made_up_of_posts_moves_no_one_to_them(tmp_path: Path) -> None:
    page = (
        "Kitchen Porter\n\n"
        "A Kitchen Porter would usually work on a team which runs one kitchen. As well as Kitchen Porters, a"
        " kitchen brigade is usually made up of Line Cooks, Sous Chefs plus a Head Chef who oversees the whole"
        " team.\n"
    )
    got = moves(read(tmp_path, page))
    assert not any(a == "kitchen-porter" for a, _ in got), got
    # ("made" as a verb of promotion still moves: "good line cooks are often made sous chefs")
    said = "Line Cook\n\nGood line cooks are often made sous chefs after two years.\n"
    assert ("line-cook", "sous-chef") in moves(read(tmp_path, said, name="other.txt")), moves(
        read(tmp_path, said, name="other.txt"))


# --- transitions.told: "By 2015 I was B" is a post reached by a later year ---------------------------------------


def test_a_post_held_by_a_later_year_is_reached_from_the_post_joined(tmp_path: Path) -> None:
    page = "Twenty years at the bank\n\nI joined the bank as a cashier in 2010. By 2015 I was the branch manager.\n"
    got = moves(read(tmp_path, page))
    move = got.get(("cashier", "branch-manager"))
    assert move is not None and (move.get("years_min"), move.get("years_max")) == (5.0, 5.0), got
    said = "My story\n\nI started as a cashier in 2010. By the end of 2015 I was the branch manager.\n"
    assert ("cashier", "branch-manager") in moves(read(tmp_path, said, name="other.txt"))


# --- structure.list-ladder: numbered rungs whose brackets name their levels ----------------------------------------


def test_numbered_rungs_whose_brackets_name_levels_are_a_ladder(tmp_path: Path) -> None:
    page = (
        "What fitness coaching looks like at each stage\n\n"
        "The job changes a lot as you gain experience. I would sort it like this:\n\n"
        "1. Floor Walker (entry-level): greet members, wipe down machines, show people the equipment\n\n"
        "2. Trainer (specialist): write programmes, run classes, track progress\n\n"
        "3. Mentor (expert): coach the trainers, plan the timetable, handle complaints\n"
    )
    got = moves(read(tmp_path, page))
    assert ("floor-walker", "trainer") in got and ("trainer", "mentor") in got, got
    assert not any("specialist" in a or "specialist" in b or "expert" in b for a, b in got), got


# --- structure.dated-lines: posts dated by a span of years closing the line, as CVs list them ---------------------


def test_cv_lines_dated_by_a_closing_span_are_a_career_with_the_years_held(tmp_path: Path) -> None:
    page = (
        "Jane Okafor\n\n"
        "Experience\n\n"
        "Ward Manager | St Mary's Hospital | 2019 – present\n"
        "Staff Nurse | St Mary's Hospital | 2014 – 2019\n"
        "Healthcare Assistant, Riverside Care Home, 2011-2014\n\n"
        "Education: BSc Nursing, 2014\n"
    )
    got = moves(read(tmp_path, page))
    move = got.get(("staff-nurse", "ward-manager"))
    assert move is not None and (move.get("years_min"), move.get("years_max")) == (5.0, 5.0), got
    first = got.get(("healthcare-assistant", "staff-nurse"))
    assert first is not None and (first.get("years_min"), first.get("years_max")) == (3.0, 3.0), got
    assert not any(b == "healthcare-assistant" for _, b in got), got


# --- transitions.verb (years): a time told as added, "two to three more years", is the time before the move -------


def test_more_years_of_experience_are_the_time_before_the_move(tmp_path: Path) -> None:
    page = (
        "Library careers\n\n"
        "Shelvers start on the returns trolley. With two to three more years of experience, a library assistant can"
        " be promoted to librarian.\n"
    )
    got = moves(read(tmp_path, page))
    move = got.get(("library-assistant", "librarian"))
    assert move is not None and (move.get("years_min"), move.get("years_max")) == (2.0, 3.0), got


# --- transitions.clause: "before they become B" moves the role opening the clause ----------------------------------


def test_before_they_become_moves_the_role_opening_the_sentence(tmp_path: Path) -> None:
    page = (
        "Working in a florist's shop\n\n"
        "Junior florists usually spend 18 months on the shop floor before they become senior florists.\n"
    )
    got = moves(read(tmp_path, page))
    move = got.get(("junior-florist", "senior-florist"))
    assert move is not None and (move.get("years_min"), move.get("years_max")) == (1.5, 1.5), got
