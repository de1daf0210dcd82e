"""A career listed a line a year, each line a verb of taking up a post with no subject (stop 46,
structure.dated-verbs).

The pages are written for the test, in trades the rule was not written from (a building site, a hotel kitchen),
so that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

_SITE = (
    "Career profile\n\nPriya Nair\n\n"
    "2009–2012 Studied civil engineering at Leeds.\n\n"
    "2012 Worked as a site labourer at Stone Brothers Ltd.\n\n"
    "2014 Promoted to site foreman.\n\n"
    "2017 Appointed to site manager.\n\n"
    "2021 Joined Harbour Build as a construction director.\n"
)


def test_lines_dated_by_their_years_with_a_verb_are_a_career(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _SITE))
    assert set(found) == {
        ("site-labourer", "site-foreman"),
        ("site-foreman", "site-manager"),
        ("site-manager", "construction-director"),
    }


def test_the_years_between_two_dated_lines_are_the_time_held(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _SITE))
    assert found["site-labourer", "site-foreman"].get("years_max") == 2.0
    assert found["site-foreman", "site-manager"].get("years_max") == 3.0
    assert found["site-manager", "construction-director"].get("years_max") == 4.0


def test_a_dated_line_with_no_post_taken_up_is_no_step(tmp_path: Path) -> None:
    text = (
        "Career profile\n\nTom Reid\n\n2015 Worked with the head chef on the new menu.\n\n"
        "2016 Promoted to sous chef.\n\n2019 Completed a course in pastry.\n"
    )
    assert moves(read(tmp_path, text)) == {}


def test_the_switch_is_the_rule_s(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _SITE, frozenset({"structure.dated-verbs"})))
    assert ("site-foreman", "site-manager") not in found
