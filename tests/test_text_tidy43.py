"""Rules switched off one at a time read as their ids say (stop 43's tidying, from texts of our own).

The wording, roles and trades here are our own (a locksmith); each test fails on the code before the change it is
about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read

#: a list of a locksmith's duties: an item opening with a verb of duty between two items opening with a label of
#: their duty (requirements.duty-label)
_LABELLED_DUTIES = (
    "Locksmith\n\n"
    "A day on the van\n\n"
    "- Night Calls: Open locked doors for tenants who are shut out late\n"
    "- Repair worn cylinder locks\n"
    "- Security Surveys: Check the locks and window catches of a whole house\n"
)


def test_labelled_duty_items_vouch_for_their_neighbour_by_their_own_rule(tmp_path: Path) -> None:
    # the items with labels make the item between them one of a list of duties whatever requirements.noun-verbs
    # says (before, that rule's switch turned the labels' test off)
    got = needs(read(tmp_path, _LABELLED_DUTIES, frozenset({"requirements.noun-verbs"}))).get("locksmith", set())
    assert named(got, "cylinder", "lock"), got
    # and with requirements.duty-label switched off they vouch for nothing
    got = needs(read(tmp_path, _LABELLED_DUTIES, frozenset({"requirements.duty-label"}))).get("locksmith", set())
    assert not named(got, "cylinder", "lock"), got
    got = needs(read(tmp_path, _LABELLED_DUTIES)).get("locksmith", set())
    assert named(got, "cylinder", "lock") and named(got, "night", "calls"), got


def test_an_asides_label_vouches_for_no_duty_item_next_to_it(tmp_path: Path) -> None:
    # "Goal:" and "Example:" are asides (as requirements.duty-label reads them when naming a duty), no labels of a
    # duty: the item between them is in no list of duties by them
    page = (
        "Locksmith\n\n"
        "A day on the van\n\n"
        "- Goal: Open every locked door within the hour of the call\n"
        "- Repair worn cylinder locks\n"
        "- Example: Check the locks and window catches of a whole house\n"
    )
    got = needs(read(tmp_path, page)).get("locksmith", set())
    assert not named(got, "cylinder", "lock"), got


def test_a_question_closed_by_a_full_width_mark_is_no_duty(tmp_path: Path) -> None:
    page = (
        "How a key shop should staff its counter.\n"
        "Key Cutter\n"
        "Shop Assistant\n"
        "Key Cutter\n"
        "Needs experience with key blanks\n"
        "Responsible for the finish of every key\n"
        "Does the new key turn smoothly？ Does it open the lock first time？\n"
    )
    got = needs(read(tmp_path, page)).get("key-cutter", set())
    assert named(got, "blanks"), got
    assert not named(got, "turn") and not named(got, "open"), got
