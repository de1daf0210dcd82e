"""A post the narrator took, named after "as", and its work after a comma (stop 46).

"I stayed on as a ward clerk for the surgical unit, responsible for the bed bookings": the cue's work is the post's,
though the sentence is told in the first person. Each page is written for the test, in a trade the rules were not
written from (a hospital, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_work_set_off_by_a_comma_after_a_post_held_as_is_the_posts(tmp_path: Path) -> None:
    text = (
        "# My years at the infirmary\n\n"
        "After my placement I stayed on as a ward clerk for the surgical unit in Leeds, responsible for the"
        " admissions desk and booking beds. Three years later I became a ward manager.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("admissions" in s for s in got.get("ward-clerk", set())), got
    assert any("booking" in s for s in got.get("ward-clerk", set())), got
    # (the rule off: the sentence is the narrator's own story and names nothing)
    off = needs(read(tmp_path, text, frozenset({"requirements.held-as-duty"})))
    assert not off.get("ward-clerk"), off


def test_a_clause_of_its_own_before_the_comma_is_no_post_held_as(tmp_path: Path) -> None:
    text = (
        "# How I got into hotels\n\n"
        "I joined the hotel as a night porter when I was nineteen, responsible for my own rent at last.\n"
    )
    got = needs(read(tmp_path, text))
    assert not got.get("night-porter"), got
