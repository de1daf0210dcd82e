"""Transitions (stop 38, round 2): sentence shapes seen on development pages and in our own probes, each tested on our
own wording.

Every text here is our own wording, unlike any document of the corpus or the seeds.
"""

from __future__ import annotations

from pathlib import Path

from tests.text_helpers import extract, moves

# --- transitions.clause: a step told to the reader after a list's bullet ------------------------------------------


def test_bulleted_progress_to_on_a_role_page(tmp_path: Path) -> None:
    # a role's page lists what the job leads to as a bullet opening with the bare verb, after a round bullet
    text = (
        "Bakery supervisor\n\n"
        "Bakery supervisors run the early shift of a craft bakery and keep the ovens to time.\n\n"
        "Quick facts\n"
        "  • Start work at four in the morning\n"
        "  • Progress to production manager or head baker\n\n"
        "As a bakery supervisor you will lead a team of six bakers.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("bakery-supervisor", "production-manager") in found
    assert ("bakery-supervisor", "head-baker") in found


def test_bulleted_duty_moves_no_one(tmp_path: Path) -> None:
    # a bullet of duties opening with a bare verb that is no move ("Work", "Go") names no post: no move
    text = (
        "Bakery supervisor\n\n"
        "Bakery supervisors run the early shift of a craft bakery.\n\n"
        "  • Work alongside the head baker on the weekend rota\n"
        "  • Go through the orders with the production manager\n"
    )
    assert moves(extract(tmp_path, text)) == {}


# --- transitions.told: a post taken as "the role of B" ------------------------------------------------------------


def test_took_on_the_role_of(tmp_path: Path) -> None:
    text = (
        "I joined the Lakeside Garden Centre as a seasonal plant assistant in 2014. After three years I took on the"
        " role of nursery supervisor, and in 2021 I was given the position of centre manager.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("seasonal-plant-assistant", "nursery-supervisor") in found
    assert found[("seasonal-plant-assistant", "nursery-supervisor")].get("years_min") == 3.0
    assert ("nursery-supervisor", "centre-manager") in found


def test_given_the_position_of_after_years(tmp_path: Path) -> None:
    text = "I was a yard shunter for four years. Last month I was given the position of yard controller.\n"
    found = moves(extract(tmp_path, text))
    assert ("yard-shunter", "yard-controller") in found


def test_the_role_of_hoped_for_or_refused_moves_no_one(tmp_path: Path) -> None:
    # a hope, a post not given, and another person's post move no one
    text = (
        "I was a yard shunter for four years. I hope to take on the role of yard controller one day. I was not"
        " given the position of depot manager. My colleague took on the role of shift planner.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("yard-shunter", "yard-controller") not in found
    assert ("yard-shunter", "depot-manager") not in found
    assert ("yard-shunter", "shift-planner") not in found


# --- transitions.told: "the appointment of X as B" names a person to B ------------------------------------------


def test_announced_the_appointment_of(tmp_path: Path) -> None:
    text = (
        "Westbrook Dairies names new plant director\n\n"
        "Westbrook Dairies today announced the appointment of Oliver Grant as Plant Director. He previously"
        " served as Milk Reception Supervisor at the Taunton site.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("milk-reception-supervisor", "plant-director") in found


def test_announced_the_appointment_of_joined_as(tmp_path: Path) -> None:
    text = (
        "Westbrook Dairies today announced the appointment of Oliver Grant as Plant Director. Grant joined the"
        " business as a tanker driver in 2003.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("tanker-driver", "plant-director") in found


def test_joined_as_then_most_recently(tmp_path: Path) -> None:
    # the post joined, then the one held last, lead up to the post the person is named to
    text = (
        "Westbrook Dairies has announced the appointment of Oliver Grant as Plant Director. Grant started his career"
        " as a tanker driver and was most recently Milk Reception Supervisor at the Taunton site.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("tanker-driver", "milk-reception-supervisor") in found
    assert ("milk-reception-supervisor", "plant-director") in found
    assert ("tanker-driver", "plant-director") not in found


def test_who_joined_as_previously_served_as(tmp_path: Path) -> None:
    # a relative clause of the person named: the post joined is no subject of the post held "previously"
    text = (
        "Westbrook Dairies today announced the appointment of Oliver Grant as Plant Director. Grant, who joined"
        " the business as a tanker driver in 2003, previously served as Milk Reception Supervisor.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("tanker-driver", "milk-reception-supervisor") in found
    assert ("milk-reception-supervisor", "plant-director") in found
    assert ("milk-reception-supervisor", "tanker-driver") not in found


def test_appointment_of_a_place_moves_no_one(tmp_path: Path) -> None:
    text = (
        "Westbrook Dairies welcomed the appointment of Taunton as its new hub. Owner Jim Cole, who trained as a"
        " cheesemaker in France, previously ran a farm shop.\n"
    )
    assert moves(extract(tmp_path, text)) == {}


# --- structure.next-roles: a list of where careers start leads to the page's role ----------------------------------


def test_listed_starts_lead_to_the_pages_role(tmp_path: Path) -> None:
    text = (
        "Life as a ward sister\n\n"
        "Ward sisters run a hospital ward day to day.\n\n"
        "Most ward sisters start their careers in one of the following job roles:\n\n"
        "  • as a healthcare assistant on a busy ward\n"
        "  • as a staff nurse after qualifying\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("healthcare-assistant", "ward-sister") in found
    assert ("staff-nurse", "ward-sister") in found
    assert ("ward-sister", "healthcare-assistant") not in found


def test_listed_next_posts_still_follow_the_pages_role(tmp_path: Path) -> None:
    text = (
        "Life as a ward sister\n\n"
        "Ward sisters run a hospital ward day to day.\n\n"
        "After a few years, the next step in your career could be one of the following job roles:\n\n"
        "  • Matron, with several wards in your care\n"
        "  • Director of nursing\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("ward-sister", "matron") in found


# --- transitions.narrated: a bare rung of the sentence is where its next step starts -------------------------------


def test_bare_rung_breaks_the_story_chain(tmp_path: Path) -> None:
    # the step to the laundry manager starts from the bare "supervisor" rung, not from the post told before
    text = "I started as a laundry assistant. I rose to supervisor, then to laundry manager.\n"
    found = moves(extract(tmp_path, text))
    assert ("laundry-assistant", "supervisor") in found
    assert ("supervisor", "laundry-manager") in found
    assert ("laundry-assistant", "laundry-manager") not in found


# --- structure.heading-ladder: numbered titles over paragraphs on a ladder page ------------------------------------


def test_numbered_titles_on_a_ladder_page_are_rungs(tmp_path: Path) -> None:
    # each numbered title is over a paragraph naming its holders (which ends the list's reading as a ladder)
    text = (
        "Bakery career ladder\n\n"
        "1. Bakery Assistant\n\n"
        "Bakery assistants weigh ingredients, clean down and learn the ovens.\n\n"
        "2. Craft Baker\n\n"
        "Craft bakers make the bread and pastry themselves.\n\n"
        "3. Bakery Manager\n\n"
        "Bakery managers run the shop and the bakehouse.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("bakery-assistant", "craft-baker") in found
    assert ("craft-baker", "bakery-manager") in found


def test_numbered_titles_on_a_jobs_list_are_no_rungs(tmp_path: Path) -> None:
    text = (
        "Bakery jobs near you this week\n\n"
        "1. Bakery Assistant\n\n"
        "Early starts, weekends, nine pounds an hour.\n\n"
        "2. Craft Baker\n\n"
        "Sourdough experience wanted.\n"
    )
    assert moves(extract(tmp_path, text)) == {}


# --- transitions.clause: "there is / are" before a noun of moving on a role's page ---------------------------------


def test_there_are_opportunities_for_progression_to(tmp_path: Path) -> None:
    text = (
        "Kennel Assistant - Full Time\n\n"
        "About the job\n"
        "You will feed and walk the dogs, clean the runs and keep the records.\n\n"
        "Your future with us\n"
        "There are good opportunities for progression to Kennel Supervisor. There was a promotion to Kennel Manager"
        " at our other site last spring. There is no promotion to Practice Manager from this post.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("kennel-assistant", "kennel-supervisor") in found
    assert ("kennel-assistant", "kennel-manager") not in found
    assert ("kennel-assistant", "practice-manager") not in found
