"""Titles and first-person careers that an earlier reading got wrong: compounds that open with a verb ("help
desk"), a title's end before a participle clause, verbs taken for a title's first word, numbered grades in a
flattened table, and a story that tells one post after another without a verb of moving.

The wording here is our own (hospitals, hotels, kitchens, insurance, pharmacies), unlike the development sets.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_a_verb_that_names_the_work_with_its_noun_opens_a_title(tmp_path: Path) -> None:
    g = read(tmp_path, "After nursing school she spent a year as a help desk technician at the hospital.")
    assert "help-desk-technician" in roles(g)
    assert "desk-technician" not in roles(g)
    # the verb before any other noun is still a verb, not part of a title
    g = read(tmp_path, "Ward clerks help staff nurses with the admissions paperwork.")
    assert "help-staff-nurse" not in roles(g)


def test_a_title_ends_before_a_participle_clause(tmp_path: Path) -> None:
    g = read(tmp_path, "I began as a subcontractor fitting kitchens in new homes, then joined a hotel group.")
    assert "subcontractor" in roles(g)
    # a gerund naming the work before a head is still part of the title
    g = read(tmp_path, "In 2019 he joined the bank as a lending support officer.")
    assert "lending-support-officer" in roles(g)


def test_a_word_after_a_subject_or_an_adverb_of_frequency_is_a_verb(tmp_path: Path) -> None:
    text = (
        "When people imagine the route into pharmacy management, they often picture dispensing technicians "
        "stepping up. We train pharmacy assistants on the job."
    )
    found = roles(read(tmp_path, text))
    assert {"dispensing-technician", "pharmacy-assistant"} <= found
    assert not {k for k in found if k.startswith(("picture", "train"))}


def test_a_participle_is_no_title_head(tmp_path: Path) -> None:
    g = read(tmp_path, "The head chef plans and prices set menus tailored to each season.")
    assert roles(g) == {"head-chef"}


def test_numbered_grades_in_a_flattened_table_are_rungs(tmp_path: Path) -> None:
    text = (
        "Claims department titles\n\n"
        "Title Grade Claims Adjuster 1 Code: 4101 Level: A1 Claims Adjuster 2 Code: 4102 Level: A2 "
        "Claims Manager 1 Code: 4201 Level: M1 Claims Manager 2 Code: 4202 Level: M2"
    )
    g = read(tmp_path, text)
    found = roles(g)
    assert {"claims-adjuster-1", "claims-adjuster-2", "claims-manager-1", "claims-manager-2"} <= found
    assert not {k for k in found if k.startswith("grade")}
    assert ("claims-adjuster-1", "claims-adjuster-2") in moves(g)
    assert ("claims-manager-1", "claims-manager-2") in moves(g)
    # a title with a number that the page names once is no numbered rung
    g = read(tmp_path, "Pharmacist 1 of our team opens the shop at eight.")
    assert not {k for k in roles(g) if k.endswith("-1")}


def test_a_story_that_tells_one_post_after_another_moves_between_them(tmp_path: Path) -> None:
    text = (
        "When I turned eighteen I needed money, so I ended up working at a garden centre as a cashier. "
        "That first job led to a second one at a seaside hotel. At the hotel I was a night porter, and I also "
        "cleaned the lobby."
    )
    assert ("cashier", "night-porter") in moves(read(tmp_path, text))
    text = (
        "I started my career as a locum pharmacist covering holidays. After about a year of that I wanted a "
        "steady post. My first role at the county hospital was as a ward pharmacist."
    )
    assert ("locum-pharmacist", "ward-pharmacist") in moves(read(tmp_path, text))


def test_posts_told_out_of_order_or_of_other_people_are_no_moves(tmp_path: Path) -> None:
    text = (
        "I worked as a sous chef for three years. His first job was as a dishwasher, and my sister was a "
        "waitress. I still cook."
    )
    found = moves(read(tmp_path, text))
    assert ("sous-chef", "dishwasher") not in found
    assert ("sous-chef", "waitress") not in found
    # where the career started, told after the post reached today
    text = "Today I'm a hotel manager. I started my career as a night porter. My first job was as a bellboy."
    found = moves(read(tmp_path, text))
    assert ("hotel-manager", "night-porter") not in found
    assert ("hotel-manager", "bellboy") not in found


def test_an_abbreviation_a_page_writes_out_elsewhere_is_that_title(tmp_path: Path) -> None:
    text = (
        "Ward careers\n\n"
        "Staff nurses work under the Ward Manager, and ward managers report to the Matron. After a few years "
        "a staff nurse can become a WM. WMs can become Matron."
    )
    g = read(tmp_path, text)
    assert ("staff-nurse", "ward-manager") in moves(g)
    assert ("ward-manager", "matron") in moves(g)
    assert "wm" not in roles(g)
    # capitals that stand for no title on the page, or for a thing, are none
    text = "Pharmacy technicians track NPS weekly. A pharmacy technician needs PT skills and a PT certificate."
    assert roles(read(tmp_path, text)) == {"pharmacy-technician"}


def test_two_titles_sharing_an_abbreviated_head_are_both_named(tmp_path: Path) -> None:
    text = (
        "Hotel ladder\n\n"
        "Senior receptionists can become the Front Office Duty Manager or the Night Duty Manager. "
        "The Front Office and Night DM can become Hotel Managers."
    )
    found = moves(read(tmp_path, text))
    assert ("front-office-duty-manager", "hotel-manager") in found
    assert ("night-duty-manager", "hotel-manager") in found


def test_a_gerund_after_a_preposition_is_a_duty_not_a_title(tmp_path: Path) -> None:
    text = "The head nurse is responsible for mentoring and managing junior nurses. We need listing editors."
    found = roles(read(tmp_path, text))
    assert "junior-nurse" in found
    assert "managing-junior-nurse" not in found
    # a gerund right before the head, after a preposition, is the work the title names
    assert "listing-editor" in roles(read(tmp_path, "Demand is growing for listing editors."))


def test_the_initials_rule_can_be_switched_off(tmp_path: Path) -> None:
    text = "Staff nurses work under the Ward Manager. After a few years a staff nurse can become a WM."
    assert ("staff-nurse", "ward-manager") in moves(read(tmp_path, text))
    assert ("staff-nurse", "ward-manager") not in moves(read(tmp_path, text, frozenset({"mentions.initials"})))
