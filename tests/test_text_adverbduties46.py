"""A line of duties opening with adverbs of how the duty is done ("Regularly check the fire exits") is read from its
verb (requirements.adverb-duties), and a duty of acting as the holder of things ("Act as the owner for infection
control standards", "serve as manager for ward rotas and budgeting") names the things held, as "take ownership of"
names its object (stop 46); before, the first named nothing and the second only the acting ("Serving"). The pages
and items are our own, in trades the rules were not written from (a hospital, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

_PAGE = (
    "SUMMARY The Ward Sister, Surgery is responsible for leading the nursing team on a busy surgical ward.\n"
    "The right person for this post stays calm on a busy shift.\n"
    "Lead the nursing team on the ward and plan staffing rotas.\n"
    "Regularly and carefully check the fire exits.\n"
    "Act as the owner for infection control standards across the unit.\n"
    "Train new nurses in ward routines.\n"
)


def test_adverbs_before_the_verb_open_a_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-sister", set())
    assert "fire exit checking" in got, got
    assert "infection control standards" in got, got


def test_the_rule_switched_off_leaves_the_line_unread(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE, disabled=frozenset({"requirements.adverb-duties"}))).get("ward-sister", set())
    assert "fire exit checking" not in got, got
    assert "new nurse training" in got, got


def test_acting_as_the_holder_names_the_things_held() -> None:
    names = [n.name for n in skill_names("Serve as manager for guest complaints, room allocation and budgeting.")]
    assert names == ["Guest complaints", "Room allocation", "Budgeting"], names
    names = [n.name for n in skill_names("Act as the lead for cleaning standards across the hotel")]
    assert names == ["Cleaning standards"], names


def test_acting_as_a_post_stood_in_for_names_no_thing_held() -> None:
    assert [n.name for n in skill_names("Act as the duty manager when the manager is away")] == []
    # (a post's field before the holder: a post stood in for, not a holder of the things after "of")
    assert "Night shift" not in [n.name for n in skill_names("Act as team leader of the night shift")]
