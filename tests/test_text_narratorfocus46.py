"""What the narrator's work centred on, told with "my" and a noun of focus (stop 46).

"My focus was the night audit": the work of the post the narrator holds then, as "my job was ..." is. Each page is
written for the test, in a trade the rules were not written from (a hotel, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_my_focus_names_the_work_of_the_post_held_then(tmp_path: Path) -> None:
    text = (
        "# Nine years on the night desk\n\n"
        "In my first post I worked as a night auditor at a large hotel in Bath. My focus was cash reconciliation.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("reconciliation" in s for s in got.get("night-auditor", set())), got
    # (the rule off: the sentence is the narrator's own story and names nothing)
    off = needs(read(tmp_path, text, frozenset({"requirements.narrator-focus"})))
    assert not any("reconciliation" in s for s in off.get("night-auditor", set())), off


def test_my_main_focus_in_a_school_story(tmp_path: Path) -> None:
    text = (
        "# From classroom to office\n\n"
        "I spent six years as a school bursar in Derby. My main focus was budget planning for the governors.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("budget" in s for s in got.get("school-bursar", set())), got
