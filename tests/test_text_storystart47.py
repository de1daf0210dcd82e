"""A story told in the first person that goes back to its start ("I started working at the hotel in 2016, ..."):
the post held there is the first one told, not the one told last; and a list of things learned whose last item has
a lead of its own ("... and the basics of bookkeeping") names each item (stop 47).

Each page is written for the test, in a trade the rules were not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_STORY = (
    "My move from night auditor to revenue manager\n\n"
    "When friends asked, I said I was a night auditor, and now that I am a revenue manager they ask again.\n\n"
    "I started working at the Grand Hotel in 2016, on the night shift in the back office. "
    "I learned Opera, Excel, and the basics of bookkeeping.\n\n"
    "In 2021 the hotel made me revenue manager.\n"
)


def test_the_story_start_is_the_first_post(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _STORY))
    assert {"opera", "excel", "bookkeeping"} <= got.get("night-auditor", set()), got
    assert not got.get("revenue-manager"), got


def test_the_last_item_is_named_without_its_lead(tmp_path: Path) -> None:
    text = (
        "Head Housekeeper\n\nA head housekeeper runs the housekeeping team.\n\n"
        "I was a head housekeeper for ten years. I learned rota planning, laundry care, and the basics of budgeting.\n"
    )
    got = needs(read(tmp_path, text)).get("head-housekeeper", set())
    assert {"rota planning", "laundry care", "budgeting"} <= got, got


def test_a_start_naming_a_post_is_no_return(tmp_path: Path) -> None:
    text = _STORY.replace("I started working at the Grand Hotel in 2016", "I started as a revenue manager in 2016")
    got = needs(read(tmp_path, text))
    assert not got.get("night-auditor"), got
