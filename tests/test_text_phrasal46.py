"""Phrasal verbs whose object alone names the skill are one table (text_requirements._PHRASAL), asked alike wherever
a duty is read: "take part in" opens a series of duties as "take care of" does (stop 46 review).

Each item is written for the test, in a trade the rules were not written from (a hospital ward).
"""

from __future__ import annotations

from careergraph.loaders.text_requirements import skill_names


def test_a_series_opened_by_take_part_in_names_each_duty() -> None:
    # (before, "take part in" was known only to the namer of one duty, not to the reader asking whether the item
    # opens with a verb: the whole item came back as one name)
    names = [n.name for n in skill_names("Take part in ward rounds, file notes and greet visitors")]
    assert names == ["Ward rounds", "Note filing", "Visitor greeting"], names


def test_what_is_taken_ownership_of_is_named_before_the_next_duty() -> None:
    names = [n.name for n in skill_names("Take ownership of the bed board and update the discharge list")]
    assert names[:1] == ["Bed board"], names


def test_looking_into_and_taking_care_of_name_their_object() -> None:
    assert [n.name for n in skill_names("Look into late deliveries")] == ["Late deliveries"]
    assert [n.name for n in skill_names("Taking care of the linen store")] == ["Linen store"]


def test_a_pronoun_after_the_preposition_names_no_one() -> None:
    # ("listen to residents": Listening to residents; "listen to them carefully" named the adverb, Listening to
    # carefully, when the pronoun was dropped as if it were an article)
    assert [n.name for n in skill_names("Listen to residents and their families")] == ["Listening to residents"]
    assert not any("carefully" in n.name for n in skill_names("Listen to them carefully"))
    assert not any("regularly" in n.name for n in skill_names("Check on them regularly", predicate=True))


def test_a_verb_of_caring_before_for_names_the_duty_with_its_object() -> None:
    # (before, "care" and "cater" were no verbs the namer knew, and the reading of "for" and the object, written for
    # them, was never reached: the item came back whole)
    assert [n.name for n in skill_names("Care for patients on the ward")] == ["Caring for patients"]
    assert [n.name for n in skill_names("Cater for large groups")] == ["Catering for large groups"]
    assert [n.name for n in skill_names("Provide customer care for guests")] == ["Customer care"]
