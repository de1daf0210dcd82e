"""'include' after a post's work named further back, or after the time spent as a post (stop 45).

"A day in the life of a dog groomer can include ...", "A typical day for a roofer would include ...", "I had a busy
year as a site manager, which included ...": the list is the post's duties, as "the groomer's work includes ..."
is. Each page is written for the test, in a trade the rules were not written from (a grooming parlour, a building
site, a hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_a_day_in_the_life_of_a_post_can_include_its_duties(tmp_path: Path) -> None:
    text = "A day in the life of a dog groomer can include bathing dogs, clipping nails and cleaning ears.\n"
    got = needs(read(tmp_path, text)).get("dog-groomer", set())
    assert any("bath" in s for s in got), got
    assert any("nail" in s for s in got), got


def test_a_typical_day_for_a_post_would_include_its_duties(tmp_path: Path) -> None:
    text = "A typical day for a ward nurse would include checking patients and writing handover notes.\n"
    got = needs(read(tmp_path, text)).get("ward-nurse", set())
    assert any("patient" in s for s in got), got
    assert any("handover" in s for s in got), got


def test_a_year_as_a_post_which_included_work_names_its_duties(tmp_path: Path) -> None:
    text = (
        "I have had a hectic 2019 as a site manager, which included checking the scaffolding and "
        "hiring roofers.\n"
    )
    got = needs(read(tmp_path, text)).get("site-manager", set())
    assert any("scaffold" in s for s in got), got
    assert any("roofer" in s for s in got), got


def test_which_includes_what_the_post_gives_names_no_duty(tmp_path: Path) -> None:
    text = "I moved to Leeds as a ward nurse, which includes a free parking space and a gym.\n"
    got = needs(read(tmp_path, text)).get("ward-nurse", set())
    assert not any("parking" in s for s in got), got
