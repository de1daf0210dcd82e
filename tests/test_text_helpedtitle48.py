"""A post's title written in title case after a verb of helping is whom the duty helps (stop 48): "supports the
Concierge with wine storage and stocktakes" names the work helped with (Wine storage and stocktakes), as "the team"
does; before, a title with no ending of a post was read as a thing supported (Concierge support).

Each page is written for the test, in a trade the rules were not written from (a restaurant's floor team).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Commis Waiter\n\nA commis waiter works on the restaurant floor.\n\n"


def test_the_work_a_titled_post_is_helped_with_is_read(tmp_path: Path) -> None:
    text = _HEAD + "The commis waiter supports the Concierge with wine storage and stocktakes.\n"
    got = needs(read(tmp_path, text)).get("commis-waiter", set())
    assert any("wine storage" in s for s in got), got
    assert not any("concierge" in s for s in got), got


def test_people_in_small_letters_are_still_read_so(tmp_path: Path) -> None:
    text = _HEAD + "The commis waiter supports the team with table settings.\n"
    got = needs(read(tmp_path, text)).get("commis-waiter", set())
    assert "table settings" in got, got
