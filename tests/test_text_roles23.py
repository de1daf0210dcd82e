"""Titles that pages we wrote ourselves name and an earlier reading missed: a field's staff ("kitchen staff",
"back-office staff") is a post, while "temporary staff", "all staff" and "training staff" (a duty) are not.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles


def test_a_fields_staff_is_a_post(tmp_path: Path) -> None:
    text = (
        "Duties of Back-office Staff\n\n"
        "Kitchen staff must wear hairnets. Housekeeping staff clean the rooms. Our warehouse staff pick orders.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"back-office-staff", "kitchen-staff", "housekeeping-staff", "warehouse-staff"} <= found


def test_staff_by_how_they_are_employed_or_as_an_object_are_no_post(tmp_path: Path) -> None:
    text = (
        "Hotel news\n\n"
        "We hire temporary staff in December. All staff must attend the briefing. The manager is responsible for"
        " training staff and monitoring staff rotas. Staff turnover is high. We staff the desk with students.\n"
    )
    found = roles(read(tmp_path, text))
    assert not {r for r in found if r.endswith("staff")}


def test_a_staff_pages_lists_are_that_posts_duties(tmp_path: Path) -> None:
    text = (
        "Key Duties for Back-office Staff\n\n"
        "Following is the list of duties for back-office staff in an online shop:\n\n"
        "- Upload products onto the store\n"
        "- Edit product images\n"
        "- Answer supplier emails\n"
    )
    got = needs(read(tmp_path, text)).get("back-office-staff", set())
    assert any("product" in name for name in got)


def test_a_post_written_as_x_director_and_director_of_x_is_one_role(tmp_path: Path) -> None:
    text = (
        "Becoming a director of nursing\n\n"
        "A nursing director leads the wards. Ward managers can move up to director of nursing after five years.\n"
    )
    g = read(tmp_path, text)
    found = roles(g)
    assert "director-of-nursing" in found
    assert "nursing-director" not in found
    assert "Nursing director" in g.nodes["director-of-nursing"].get("aliases", [])


def test_a_verb_and_its_object_end_the_field_after_of(tmp_path: Path) -> None:
    text = "Careers in logistics\n\nA head of logistics oversees all deliveries. The head of fleet runs the depots.\n"
    found = roles(read(tmp_path, text))
    assert {"head-of-logistics", "head-of-fleet"} <= found
    assert not {"head-of-logistics-oversees", "head-of-fleet-runs"} & found


def test_staff_of_a_service_no_title_lexicon_names_are_a_post(tmp_path: Path) -> None:
    text = "Restaurant jobs\n\nOur wait staff earn tips, and door staff check tickets.\n"
    assert {"wait-staff", "door-staff"} <= roles(read(tmp_path, text))


def test_a_job_title_line_naming_one_post_two_ways(tmp_path: Path) -> None:
    text = (
        "Job Title: Ward Clerk / Medical Receptionist\n"
        "Department: Outpatients\n\n"
        "Key Responsibilities\n"
        "- Book patient appointments\n"
        "- Keep patient records up to date\n"
    )
    g = read(tmp_path, text)
    assert "ward-clerk" in roles(g)
    assert "ward-clerk-medical-receptionist" not in roles(g)
    assert "Medical Receptionist" in g.nodes["ward-clerk"].get("aliases", [])
    assert any("appointment" in name for name in needs(g).get("ward-clerk", set()))
