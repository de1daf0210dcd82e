"""An item of needs naming the field of an experience in words a post's title is read in (stop 46).

"Proven experience in hospitality customer service" is the experience's field, no other post the item is about.
Each page is written for the test, in a trade the rules were not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Front Office Manager\n\n"
    "Requirements\n\n"
    "- Proven experience in hotel or hospitality customer service.\n"
    "- Fluent spoken English.\n"
)


def test_a_field_worded_as_a_post_is_read_as_the_experience(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("front-office-manager", set())
    assert any("hospitality customer service" in s for s in got), got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.field-posts"}))).get("front-office-manager", set())
    assert not any("hospitality customer service" in s for s in off), off


def test_working_with_a_post_is_no_field(tmp_path: Path) -> None:
    text = _PAGE.replace(
        "Proven experience in hotel or hospitality customer service", "Experience working with a Night Manager"
    )
    got = needs(read(tmp_path, text)).get("front-office-manager", set())
    assert not any("night manager" in s for s in got), got
