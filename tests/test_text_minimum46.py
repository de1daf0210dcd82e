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


def test_the_minimum_wage_is_no_need(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HEAD + "The practice pays at least the minimum wage.\n")).get("dental-nurse", set())
    assert not any("wage" in s for s in got), got
