"""Items of a list of duties the loader dropped, inside a list it reads for the page's role (stop 38).

The wording, roles and trades here are our own (a hotel's night desk, a bus depot); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- requirements.duty-items: a gerund opening an item takes the plural after it as its object ------------------


def test_gerund_item_before_a_plural_that_is_also_a_verb(tmp_path: Path) -> None:
    page = (
        "Night Porter\n\n"
        "Night porters look after a hotel's guests and its building overnight.\n\n"
        "  • Checking guests in after midnight\n"
        "  • Preparing invoices for early departures\n"
        "  • Updating records of lost property\n"
        "  • Patrolling the corridors and car park\n\n"
        "Free meals on shift and a uniform are provided.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "night-porter"}
    assert "invoice-preparation" in skills, got
    assert not any("meal" in s or "uniform" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.duty-items"})))
    assert "invoice-preparation" not in {s for _, s in off}, off


def test_a_plural_noun_and_its_verb_still_no_duty(tmp_path: Path) -> None:
    page = (
        "Night Porter\n\n"
        "Night porters look after a hotel's guests and its building overnight.\n\n"
        "Checking guests in after midnight is part of the job.\n"
        "Staffing levels are low at night.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("staffing" in s for _, s in got), got


# --- requirements.duty-items: an item two items of its list vouch for, past one opening otherwise ---------------


def test_item_among_duty_items_past_one_opening_otherwise(tmp_path: Path) -> None:
    page = (
        "Dental Receptionist\n\n"
        "As a dental receptionist you welcome patients to the surgery.\n\n"
        "* Booking check-ups\n"
        "* Answering the phones\n"
        "* Texting patients about their visits\n"
        "* Filing the patient notes\n"
        "* Must be 18 or over\n"
        "* Monday to Friday, 8am to 6pm\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "dental-receptionist"}
    assert any("filing" in s for s in skills), got
    assert not any("18" in s or "monday" in s for s in skills), got


# --- requirements.tagged-verbs: a series of duties after a post whose first verb no table holds ------------------


def test_series_after_a_post_opened_by_a_verb_no_table_holds(tmp_path: Path) -> None:
    page = (
        "Gallery Attendant\n\n"
        "Gallery attendants work in the rooms of a city museum.\n\n"
        "A gallery attendant introduces the exhibits, answers visitor questions and leads group tours.\n"
        "The attendant enjoys a staff discount, free parking and a pension.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "gallery-attendant"}
    assert any("exhibit" in s for s in skills), got
    assert not any("discount" in s or "parking" in s or "pension" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.tagged-verbs"})))
    assert not any("exhibit" in s for _, s in off), off


# --- requirements.duty-items: a post after "with", past the item's verb and its object, is a partner ------------


def test_item_naming_whom_the_duty_is_done_with(tmp_path: Path) -> None:
    page = (
        "Bakery Supervisor\n\n"
        "Bakery supervisors run the early shift at a high street bakery.\n\n"
        "  • Checking ovens before the first bake\n"
        "  • Testing new recipes with the head baker\n"
        "  • Ordering flour from the mill\n"
        "  • Training apprentices\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "bakery-supervisor"}
    assert any("recipe" in s for s in skills), got
    assert not any(role == "head-baker" for role, _ in got), got
