"""A series of three needs, no comma before its last "and", judged critical by a plural verb (stop 46).

Each page is written for the test, in a trade the rules were not written from (a hospital ward, a kitchen).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Ward Manager\n\n"
    "We are looking for a Ward Manager to lead our surgical ward.\n\n"
    "Understanding of the patient population, community health services and seasonal infection trends are"
    " critical to this role.\n"
)


def test_each_item_of_a_plain_series_is_a_need(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-manager", set())
    assert {"community health services", "seasonal infection trends"} <= got, got
    assert any("patient population" in s for s in got), got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.essential-series"}))).get("ward-manager", set())
    assert not any("infection" in s for s in off), off


def test_an_opening_phrase_before_the_comma_is_no_item(tmp_path: Path) -> None:
    text = "Head Chef\n\nWe are hiring a Head Chef for our bistro.\n\nIn busy kitchens, speed and calm are vital.\n"
    got = needs(read(tmp_path, text)).get("head-chef", set())
    assert not any("kitchen" in s for s in got), got
