"""Unbulleted rungs under a progression heading on a page that names no post before them (stop 40, the lead).

The pages are written for the test (a bakery, a buyer's page): what is tested is the shape of the list.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_unbulleted_titles_under_a_progression_heading_are_a_ladder(tmp_path: Path) -> None:
    text = (
        "Bakery Careers\n\n"
        "Typical progression\n"
        "Bakery assistant\n"
        "Baker\n"
        "Head baker\n"
        "Bakery manager\n\n"
        "Bakers mix doughs and bake bread.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert found == {("bakery-assistant", "baker"), ("baker", "head-baker"), ("head-baker", "bakery-manager")}


def test_the_same_list_with_bullets_reads_the_same(tmp_path: Path) -> None:
    text = "Bakery Careers\n\nCareer progression\n- Bakery assistant\n- Baker\n- Head baker\n"
    assert set(moves(read(tmp_path, text))) == {("bakery-assistant", "baker"), ("baker", "head-baker")}


def test_on_a_page_about_one_post_the_list_is_still_its_next_steps(tmp_path: Path) -> None:
    text = (
        "Buyer\n\n"
        "A buyer chooses the ranges a shop sells.\n\n"
        "Career progression\n"
        "- Senior buyer\n"
        "- Buying manager\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert ("buyer", "senior-buyer") in found
    assert ("senior-buyer", "buying-manager") not in found
