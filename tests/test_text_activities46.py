"""The work a page names as examples of a post's activities: "Daily activities like boiler checks, fire drills and
..." (stop 46); not pastimes ("social activities such as quiz nights") nor what activities are for.

Each page is written for the test, in a trade the rules were not written from (a hospital's estates team).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Estates Manager\n\nOnce a hospital grows, it needs an estates manager.\n\n"


def test_activities_like_name_the_work(tmp_path: Path) -> None:
    text = _HEAD + (
        "Daily estates activities like boiler checks, fire drills, and roof inspections are enough to keep one"
        " person busy.\n"
    )
    got = needs(read(tmp_path, text)).get("estates-manager", set())
    assert {"boiler checks", "fire drills", "roof inspections"} <= got, got


def test_pastimes_and_purposes_are_no_work(tmp_path: Path) -> None:
    text = _HEAD + (
        "Staff enjoy social activities such as quiz nights and football.\n\n"
        "The team runs supporting activities to help bring key projects to fruition.\n"
    )
    got = needs(read(tmp_path, text)).get("estates-manager", set())
    assert not any("quiz" in s or "fruition" in s for s in got), got


def test_pastimes_named_by_a_word_with_a_hyphen_are_no_work(tmp_path: Path) -> None:
    # ("extra-curricular" is three tokens: the word listed whole was never met, and the pastimes were read as work)
    text = _HEAD + "Staff also run extra-curricular activities such as a chess club and a choir.\n"
    got = needs(read(tmp_path, text)).get("estates-manager", set())
    assert not any("chess" in s or "choir" in s for s in got), got
