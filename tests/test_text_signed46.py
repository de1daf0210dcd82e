"""A first-person story signed with the teller's name and post (stop 46, transitions.signed).

The pages are written for the test, in trades the rule was not written from (a hotel, a hospital), so that what is
tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

_HOTEL = (
    "Growing with us\n\nI started as a receptionist in 2015. In 2017 I joined the group as a front office"
    " supervisor.\n\nToday I look after the whole front desk, and I still love it.\n\n"
    "– Anna Berg, Front Office Manager\n\nRelated stories:\n"
)


def test_the_post_signed_is_where_the_story_leads(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _HOTEL))
    assert ("front-office-supervisor", "front-office-manager") in found
    assert ("receptionist", "front-office-manager") not in found


def test_a_signed_post_the_story_told_as_a_step_is_no_new_step(tmp_path: Path) -> None:
    text = (
        "My story\n\nI started as a ward clerk in 2012. In 2016 I was promoted to medical secretary.\n\n"
        "- Sam Okoro, Medical Secretary\n"
    )
    assert set(moves(read(tmp_path, text))) == {("ward-clerk", "medical-secretary")}


def test_a_story_told_of_another_person_is_not_signed_by_its_writer(tmp_path: Path) -> None:
    text = (
        "Her story\n\nShe started as a ward clerk in 2012. In 2016 she was promoted to medical secretary.\n\n"
        "- Sam Okoro, Practice Manager\n"
    )
    assert ("medical-secretary", "practice-manager") not in moves(read(tmp_path, text))


def test_the_switch_is_the_rule_s(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _HOTEL, frozenset({"transitions.signed"})))
    assert ("front-office-supervisor", "front-office-manager") not in found
