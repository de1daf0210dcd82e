"""Years written short and years in brackets along a "to" chain, on pages we wrote ourselves (a bakery, a hotel,
a building site): "yrs" / "yr" in prose ("after 2 yrs", "3-5yrs") count as years as "years" does, and a rung's
years in brackets between the titles of "from A (2 years) to B (3 years) to C" are the time before each move.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def _years(move: dict) -> tuple[float | None, float | None]:
    return move.get("years_min"), move.get("years_max")


def test_years_written_yrs_in_a_sentence(tmp_path: Path) -> None:
    found = moves(read(tmp_path, "Bakery assistants usually become shift bakers after 2 yrs.\n"))
    assert _years(found["bakery-assistant", "shift-baker"]) == (2.0, 2.0)


def test_a_span_of_yrs_glued_to_its_number(tmp_path: Path) -> None:
    text = "It takes 3-5yrs to move from site supervisor to site manager.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["site-supervisor", "site-manager"]) == (3.0, 5.0)


def test_a_word_with_yr_inside_it_is_no_year(tmp_path: Path) -> None:
    # ("lyrics" holds the letters; no number of years is stated)
    text = "Pianists who write lyrics often become music directors after some time.\n"
    for move in moves(read(tmp_path, text)).values():
        assert _years(move) == (None, None)


def test_years_in_brackets_along_a_to_chain(tmp_path: Path) -> None:
    text = "Most of our staff go from porter (2 years) to head porter (3-4 yrs) to concierge manager.\n"
    found = moves(read(tmp_path, text))
    assert _years(found["porter", "head-porter"]) == (2.0, 2.0)
    assert _years(found["head-porter", "concierge-manager"]) == (3.0, 4.0)


def test_a_chain_without_years_keeps_none(tmp_path: Path) -> None:
    found = moves(read(tmp_path, "Most of our staff go from porter to head porter to concierge manager.\n"))
    assert set(found) >= {("porter", "head-porter"), ("head-porter", "concierge-manager")}
    assert all(_years(move) == (None, None) for move in found.values())
