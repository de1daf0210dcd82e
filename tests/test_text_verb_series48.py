"""Requirement links, stop 48: a series of three or more verbs sharing one object ("sorting, folding and labelling
the linen") is one duty as the page says it (texts written here, in other trades than the pages read)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_WARD = (
    "Ward housekeeper\n\n"
    "A ward housekeeper keeps the ward tidy. Their main duties include sorting, folding, and labelling the clean"
    " linen.\n"
)

_YARD = "# Yard Foreman\n\n## Duties\n\n- Recruiting, inducting, rostering and appraising yard hands\n"


def _aliases(tmp_path: Path, text: str, role: str) -> list[str]:
    g = read(tmp_path, text)
    return [
        alias.lower()
        for u, v, key in g.edges(keys=True)
        if key == "REQUIRES" and u == role
        for alias in g.nodes[v].get("aliases") or ()
    ]


def test_a_verb_series_after_a_filler_word_is_one_piece(tmp_path: Path) -> None:
    # (before, "include sorting, folding" was cut from the last verb at "and": only the labelling was read)
    got = needs(read(tmp_path, _WARD))["ward-housekeeper"]
    assert {"clean linen sorting", "clean linen folding", "clean linen labelling"} <= got


def test_the_series_as_written_is_the_alias_of_its_last_duty(tmp_path: Path) -> None:
    assert "sorting, folding, and labelling clean linen" in _aliases(tmp_path, _WARD, "ward-housekeeper")


def test_a_series_in_a_list_item_is_said_whole_too(tmp_path: Path) -> None:
    said = _aliases(tmp_path, _YARD, "yard-foreman")
    assert "recruiting, inducting, rostering and appraising yard hands" in said
    assert "recruiting yard hands" in said  # (each verb's own duty keeps its own words)
