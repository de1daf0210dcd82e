"""Titles that pages we wrote ourselves name and an earlier reading missed: agent nouns listed with a title ("as an
assessor, invigilator or exam administrator"), a one-word title after a word of order ("the first bartender"), and
a lexicon title whose first word is a verb elsewhere ("most reach truck operators").
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_agent_nouns_listed_with_a_title_are_posts(tmp_path: Path) -> None:
    text = (
        "Exam centre jobs\n\n"
        "Most people begin as an assessor, invigilator or exam administrator before they run a centre.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"assessor", "invigilator", "exam-administrator"} <= found


def test_agent_nouns_outside_a_list_of_posts_are_not(tmp_path: Path) -> None:
    text = "Exam centre jobs\n\nThe printer, scanner and exam administrator share one room.\n"
    found = roles(read(tmp_path, text))
    assert not {"printer", "scanner"} & found


def test_a_one_word_title_after_a_word_of_order(tmp_path: Path) -> None:
    text = "My story\n\nThey opened a pub and kept me on as the first bartender.\n"
    assert "bartender" in roles(read(tmp_path, text))


def test_a_lexicon_title_opening_with_a_verb(tmp_path: Path) -> None:
    text = "Warehouse pay\n\nMost reach truck operators earn more than pickers.\n"
    assert "reach-truck-operator" in roles(read(tmp_path, text))


def test_a_one_word_title_after_a_word_of_experience_but_not_of_praise(tmp_path: Path) -> None:
    text = "Farm pay\n\nAn experienced driver earns more. You must be a good communicator.\n"
    found = roles(read(tmp_path, text))
    assert "driver" in found
    assert "communicator" not in found


def test_capitals_spelt_out_as_a_thing_are_no_post(tmp_path: Path) -> None:
    text = (
        "Night Auditor\n\nWhat You Do:\n- Balance the day's accounts\n- Update the PMS (property management system)\n"
    )
    assert "pms" not in roles(read(tmp_path, text))
