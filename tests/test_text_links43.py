"""Requirement links read from duty sentences that are no list items (stop 42, from texts of our own): "you" under
a heading on a page of several posts, the post given a thing after "provide ... with", a "need" that closes a
relative clause ("the drugs they need") being no requirement cue, and the post a question asks about owning the
duty lines between its answer's sentences.

The wording, roles and trades here are our own (hotel posts, a ward, a plumbing firm); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read


def test_you_under_a_heading_is_its_post_on_a_page_of_several(tmp_path: Path) -> None:
    page = (
        "About Sea View Hotels\n\n"
        "Our hotels welcome guests all year round.\n\n"
        "Hotel Roles\n\n"
        "Night Porter\n\n"
        "Night Porters keep the hotel safe after dark. In this role, you will lock the doors at midnight and check"
        " the fire alarms.\n\n"
        "Head Receptionist\n\n"
        "Head Receptionists run the front desk and report to the Front Office Manager.\n\n"
        "Front Office Manager\n\n"
        "Front Office Managers lead the desk teams.\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("night-porter", set()), "fire", "alarm"), got
    assert not named(got.get("front-office-manager", set()), "alarm"), got


def test_a_post_provided_with_a_thing_is_no_hand_off(tmp_path: Path) -> None:
    page = (
        "Hotel careers\n\n"
        "Our hotels hire for many posts.\n\n"
        "Head Housekeeper\n\n"
        "Head housekeepers run the cleaning teams. You will provide room attendants with fresh linen and clear"
        " rotas.\n"
    )
    got = needs(read(tmp_path, page)).get("head-housekeeper", set())
    assert named(got, "linen"), got
    assert not named(got, "attendant"), got


def test_what_others_need_is_no_need_of_the_post(tmp_path: Path) -> None:
    page = (
        "Ward Sister\n\n"
        "Ward sisters run a hospital ward.\n\n"
        "You will check the drugs they need, and cut falls through careful checks.\n"
    )
    got = needs(read(tmp_path, page)).get("ward-sister", set())
    assert named(got, "drug", "check"), got  # (before, only what came after "need" was read)
    assert named(got, "falls"), got


def test_the_post_asked_about_owns_the_duty_lines_between_the_answers(tmp_path: Path) -> None:
    page = (
        "A Ward Clerk keeps the records of a hospital ward in order. On a busy ward, the Ward Administrator may also"
        " be responsible for booking patient transport.\n"
        "When hiring a Ward Clerk, many hospitals use titles such as Ward Secretary or Medical Receptionist.\n"
        "What does a Ward Clerk do, typically?\n"
        "Keeps the admission list\n"
        "A Ward Administrator works with the nurses to keep the cupboards stocked and the forms ready.\n"
        "Updates patient records\n"
        "A Ward Administrator checks each record against the doctors' notes and the admission list.\n"
        "Answers the ward telephone\n"
        "A Ward Clerk takes messages for the families.\n"
    )
    got = needs(read(tmp_path, page)).get("ward-clerk", set())
    assert named(got, "patient", "record"), got
    assert named(got, "telephone"), got


def test_an_adverb_in_ally_before_the_verb_is_no_part_of_the_duty(tmp_path: Path) -> None:
    page = (
        "Plumber\n\n"
        "Plumbers fit and repair water systems in homes.\n\n"
        "Plumbers are expected to continually check pressure gauges and report leaks to the site office.\n"
    )
    got = needs(read(tmp_path, page)).get("plumber", set())
    assert named(got, "pressure", "gauge"), got
    assert not named(got, "continually"), got



def test_the_papers_a_posts_holders_hold_are_asked_of_it(tmp_path: Path) -> None:
    page = (
        "Pharmacist\n\n"
        "Pharmacists check prescriptions and advise patients on their medicines.\n\n"
        "Pharmacists typically hold a degree in pharmacy. Relief pharmacists usually have a full driving licence.\n"
        "Pharmacists have the keys to the drug store.\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("pharmacist", set()), "pharmacy", "degree"), got
    assert named(got.get("relief-pharmacist", set()), "driving", "licence"), got
    assert not named(got.get("pharmacist", set()), "key"), got


def test_two_verbs_of_moving_share_one_load(tmp_path: Path) -> None:
    page = (
        "Fruit market porter\n\n"
        "Fruit market porters move fresh produce around the market.\n\n"
        "You will stand through long early shifts and may need to lift and carry crates of fruit.\n"
    )
    got = needs(read(tmp_path, page)).get("fruit-market-porter", set())
    assert named(got, "lifting", "carrying", "crates"), got


def test_posts_listed_each_with_a_clause_of_duty(tmp_path: Path) -> None:
    page = (
        "Depot careers\n\n"
        "Our depot hires for many posts.\n\n"
        "The depot team includes mechanics and electricians who fix the vans when they break, forklift drivers who"
        " load the lorries, and cleaners who sweep the yard.\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("forklift-driver", set()), "lorry"), got
    assert named(got.get("cleaner", set()), "yard"), got
    assert not named(got.get("cleaner", set()), "lorry"), got
