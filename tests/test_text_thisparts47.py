"""Right after a sentence of a post's duties, "This <noun> includes A, B and C" whose noun was named in that
sentence lists the parts of the thing worked on, more work of the post; and "This includes" may open with a noun
of action after an adjective ("daily coordination of A, B and C") as it does after "the"
(requirements.this-parts, stop 47); before, both lists named nothing. The page is our own, in a trade the rule was
not written from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

_PAGE = (
    "Ward Sister\n\n"
    "The ward sister draws up the nursing rota. This rota includes night cover, student placements, and annual"
    " leave.\n\n"
    "The ward sister runs the ward office. This includes daily coordination of admissions, bed transfers, and"
    " discharge letters.\n"
)


def test_the_parts_of_the_thing_worked_on_are_work_of_the_post(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-sister", set())
    assert "night cover" in got, got
    assert "student placements" in got, got


def test_a_noun_of_action_after_an_adjective_opens_the_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-sister", set())
    assert "bed transfers" in got, got
    assert "discharge letters" in got, got


def test_the_rule_switched_off_leaves_the_lists_unread(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE, disabled=frozenset({"requirements.this-parts"}))).get("ward-sister", set())
    assert "night cover" not in got, got
    assert "bed transfers" not in got, got


def test_a_gerund_before_a_noun_of_action_still_opens_the_work(tmp_path: Path) -> None:
    # ("checking documentation of ..."): the gerund is the work, as before this-parts, no adjective of the noun
    page = (
        "Ward Sister\n\n"
        "The ward sister runs the ward office. This includes checking documentation of admissions and answering"
        " calls.\n"
    )
    got = needs(read(tmp_path, page)).get("ward-sister", set())
    assert any("checking" in s for s in got), got


def test_a_modal_used_before_is_no_thing_worked_on(tmp_path: Path) -> None:
    # ("This will include ..." after a sentence with "will"): no noun after "This", so no parts of a thing
    page = "Ward Sister\n\nThe ward sister will clean the day room. This will include setup, lighting and sound.\n"
    assert "requirements.this-parts" not in rules_of(read(tmp_path, page), "ward-sister")
