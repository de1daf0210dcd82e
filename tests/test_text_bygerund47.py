"""The means a sentence fronts before its post: "By checking every room before release, a housekeeping supervisor
ensures ..." (stop 47); the gerund's duty is the post's, and a list inside the means is no clause of its own.

Each page is written for the test, in a trade the rules were not written from (a hotel, a bakery).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_the_fronted_means_is_the_posts_work(tmp_path: Path) -> None:
    text = (
        "Housekeeping Supervisor\n\nA housekeeping supervisor works in a hotel.\n\n"
        "By checking every room before release, a housekeeping supervisor ensures that guests find clean rooms.\n"
    )
    got = needs(read(tmp_path, text)).get("housekeeping-supervisor", set())
    assert any("room" in s and "check" in s for s in got), got


def test_a_list_inside_the_means_is_no_clause(tmp_path: Path) -> None:
    text = (
        "Head Baker\n\nA head baker runs a bakery.\n\n"
        "By managing relationships with suppliers, farmers and millers, the head baker keeps costs low.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("relationships" in s for s in got.get("head-baker", set())), got
    assert not got.get("farmer"), got
