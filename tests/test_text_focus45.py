"""What a post's work centres on, said with the noun 'focus' (stop 45).

"hiring a night porter ..., with a strong focus on guest safety and fire checks", "Their main focus is patient
records": the things after 'focus on' or 'focus is' are the post's work. Each page is written for the test, in a
trade the rules were not written from (a hotel, a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_with_a_focus_on_names_the_posts_work(tmp_path: Path) -> None:
    text = (
        "# Night Porter\n\n"
        "We are hiring a night porter to look after the hotel overnight, with a strong focus on guest safety and "
        "fire checks.\n"
    )
    got = needs(read(tmp_path, text)).get("night-porter", set())
    assert any("safety" in s for s in got), got
    assert any("fire" in s for s in got), got


def test_their_focus_is_names_the_posts_work(tmp_path: Path) -> None:
    text = "# Ward Clerk\n\nTheir main focus is patient records and discharge letters.\n"
    got = needs(read(tmp_path, text)).get("ward-clerk", set())
    assert any("record" in s for s in got), got
    assert any("discharge" in s for s in got), got


def test_a_firms_focus_or_a_trends_names_no_work(tmp_path: Path) -> None:
    text = (
        "# Night Porter\n\n"
        "We are a hotel group with a focus on luxury breaks and spa days.\n\n"
        "The industry has a growing focus on online bookings.\n"
    )
    got = needs(read(tmp_path, text)).get("night-porter", set())
    assert not any("spa" in s or "booking" in s for s in got), got
