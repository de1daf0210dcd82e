"""The length of a training spell a story states once is the time its post was held (stop 46,
transitions.spell-length). The pages are written for the test, in a hotel and a joiner's workshop."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

_HOTEL = (
    "My story\n\nI came to the hotel for a summer internship for six months, and I loved the place.\n\n"
    "When my internship ended, I was asked to stay as a night manager. Two years later I became front office"
    " manager.\n"
)


def test_the_spell_s_length_is_the_step_s_time(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _HOTEL))
    assert found["intern", "night-manager"].get("years_max") == 0.5


def test_a_spell_of_two_lengths_gives_none(tmp_path: Path) -> None:
    text = _HOTEL.replace("and I loved the place", "then a second internship for a year")
    found = moves(read(tmp_path, text))
    assert found["intern", "night-manager"].get("years_max") is None


def test_a_spell_length_written_before_its_noun(tmp_path: Path) -> None:
    text = (
        "My story\n\nI did a two-year apprenticeship at the workshop.\n\nWhen my apprenticeship ended, I was asked"
        " to stay as a joiner. In 2019 I became workshop manager.\n"
    )
    assert moves(read(tmp_path, text))["apprentice", "joiner"].get("years_max") == 2.0


def test_the_switch_is_the_rule_s(tmp_path: Path) -> None:
    found = moves(read(tmp_path, _HOTEL, frozenset({"transitions.spell-length"})))
    assert found["intern", "night-manager"].get("years_max") is None
