"""A post named as the "entry point" to another is where that post's holders start (stop 44): "A is the usual
entry point for B", "A (the entry point to this career path for most B)", and on a page about B, "A is a common
entry point into this career". Before, "entry point" moved no one. Each page is written for the test, in a trade
the rules were not written from (a hospital, a hotel, a building firm).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_post_named_the_entry_point_for_another_leads_to_it(tmp_path: Path) -> None:
    for said, move in (
        ("Healthcare assistant is the usual entry point for staff nurses.", ("healthcare-assistant", "staff-nurse")),
        ("I started as a night porter (the entry point to this career path for most receptionists).",
         ("night-porter", "receptionist")),
        ("A labourer job is often the entry point to site supervisor posts.", ("labourer", "site-supervisor")),
    ):
        assert move in set(moves(read(tmp_path, f"Careers\n\n{said}\n"))), said


def test_an_entry_point_into_this_career_leads_to_the_page_s_post(tmp_path: Path) -> None:
    text = "Staff Nurse\n\nHealthcare assistant is a common entry point into this career.\n"
    assert set(moves(read(tmp_path, text))) == {("healthcare-assistant", "staff-nurse")}


def test_a_point_that_is_no_entry_point_moves_no_one(tmp_path: Path) -> None:
    for said in (
        "At this point the staff nurse hands over to the ward manager.",
        "The receptionist is the first point of contact for the night porter.",
        "The entry point for deliveries is staffed by a porter.",
    ):
        assert not moves(read(tmp_path, f"Careers\n\n{said}\n")), said
