"""The post a page is about (its subject role), stated the ways job ads and role pages state it (stop 39).

The wording, roles and trades here are our own (a hotel's laundry, a bakery, a rail depot); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- structure.opening-subject: "Reporting to the X, the Y will ...": Y is the page's post, X whom it answers to ---


def test_subject_after_an_opening_phrase_of_whom_it_reports_to(tmp_path: Path) -> None:
    page = (
        "Join our hotel\n\n"
        "Reporting to the Head Housekeeper, the Laundry Attendant is responsible for all the linen of the hotel.\n\n"
        "- Wash and press the table linen\n"
        "- Fold towels for the guest rooms\n"
        "- Count the sheets back from each floor\n"
    )
    got = links(read(tmp_path, page))
    own = {skill for role, skill in got if role == "laundry-attendant"}
    assert any("towel" in s for s in own), got
    assert not any(role == "head-housekeeper" for role, _ in got), got


def test_subject_after_a_partner_phrase_in_a_later_sentence(tmp_path: Path) -> None:
    page = (
        "Careers at the Mill Bakery\n\n"
        "We bake for twelve cafes across the county. Working alongside the Head Baker, the Shift Lead will run our"
        " early production line.\n\n"
        "- Plan the order of the morning bakes\n"
        "- Check oven temperatures every hour\n"
    )
    got = links(read(tmp_path, page))
    own = {skill for role, skill in got if role == "shift-lead"}
    assert any("oven" in s or "temperature" in s for s in own), got
    assert not any(role == "head-baker" for role, _ in got), got


def test_partner_phrase_before_you_makes_no_subject_of_the_partner(tmp_path: Path) -> None:
    page = (
        "Join the depot\n\n"
        "Reporting to the Depot Manager, you will keep our trains in service.\n\n"
        "- Couple and uncouple the carriages\n"
        "- Check the brakes before each move\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "depot-manager" for role, _ in got), got
