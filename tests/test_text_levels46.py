"""Levels a post grows to, each with its pay in brackets, as its next rungs (stop 46, transitions.level-growth).

The pages are written for the test, in trades the rule was not written from (a welding shop, a dental practice),
so that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

_WELDER = (
    "Junior Welder: Role and Pay\n\nA junior welder joins metal parts in a fabrication shop. The average salary for"
    " junior level is about $2,100 per month, with growth potential to middle ($2,400–3,200) and senior ($3,600+)"
    " levels.\n"
)


def test_the_levels_grown_to_are_the_post_s_next_rungs(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _WELDER))
    assert ("junior-welder", "middle-welder") in found
    assert ("middle-welder", "senior-welder") in found
    assert ("junior-welder", "senior-welder") not in found


def test_levels_named_with_no_word_of_growth_are_no_rungs(tmp_path: Path) -> None:
    text = _WELDER.replace("with growth potential to", "compared with")
    assert moves(read(tmp_path, text)) == {}


def test_the_switch_is_the_rule_s(tmp_path: Path) -> None:
    assert moves(read(tmp_path, _WELDER, frozenset({"transitions.level-growth"}))) == {}
