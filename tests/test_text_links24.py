"""Requirement links, stop 24: what a role does or needs, read from more page shapes (texts written here, in
other trades than the pages the rules were read from)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read, roles

# --- structure.hyphens: a hyphen typed as another character ------------------------------------

_NB = "\u2011"  # a non-breaking hyphen, as some pages type it inside a word
_DRONE = (
    f"Drone jobs\n\n"
    f"1. Drone{_NB}survey pilot\n\n"
    f"A drone{_NB}survey pilot is the one responsible for the flight plan of each site.\n\n"
    f"In broad terms, drone{_NB}survey pilots take care of:\n\n"
    f"  • Checking the weather: they read the forecast before each flight.\n"
    f"  • Logging flight hours: they keep a record for the insurer.\n"
)


def test_a_non_breaking_hyphen_inside_a_title_is_read_as_a_hyphen(tmp_path: Path) -> None:
    g = read(tmp_path, _DRONE)
    assert "drone-survey-pilot" in roles(g)
    assert named(needs(g).get("drone-survey-pilot", set()), "flight plan")


def test_quotes_keep_the_characters_the_page_typed(tmp_path: Path) -> None:
    g = read(tmp_path, _DRONE)
    quotes = [e["quote"] for e in g.nodes["drone-survey-pilot"]["evidence"]]
    assert quotes and all(_NB in q for q in quotes if "rone" in q)
    assert all(q in _DRONE for q in quotes)


def test_the_hyphens_can_be_switched_off(tmp_path: Path) -> None:
    g = read(tmp_path, _DRONE, frozenset({"structure.hyphens"}))
    assert "drone-survey-pilot" not in roles(g)
