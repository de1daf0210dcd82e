"""A need said to be the minimum: "A GCSE in English is minimum; ..." (stop 46).

Each page is written for the test, in a trade the rules were not written from (a dental surgery).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Dental Nurse\n\nWe are hiring a Dental Nurse.\n\n"


def test_what_is_the_minimum_is_a_need(tmp_path: Path) -> None:
    text = _HEAD + "A GCSE in English is minimum; many nurses also hold a diploma in dental nursing.\n"
    got = needs(read(tmp_path, text)).get("dental-nurse", set())
    assert any("gcse" in s for s in got), got


def test_a_minimum_said_of_an_amount_is_no_need(tmp_path: Path) -> None:
    # ("minimum" before what it is the least of judges nothing: before, the test's page, "pays at least the minimum
    # wage", held no verb of being the judgement could follow, and it could not fail)
    got = needs(read(tmp_path, _HEAD + "The notice period is minimum one month.\n")).get("dental-nurse", set())
    assert not any("notice" in s for s in got), got
