"""Role rules of stop 41's second round, on short pages of our own in other trades."""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles

from careergraph.loaders.text_extract import _person_compound


def test_hand_after_a_word_of_a_place_is_a_post(tmp_path: Path) -> None:
    g = read(tmp_path, "The livery yard hires a stablehand every spring.\n")
    assert "stablehand" in roles(g)
    g = read(tmp_path, "Kennel pay\n\nKennelhand: £20,500\nYard manager: £26,000\n")
    assert pay(g, "kennelhand") == [(20500.0, 20500.0, "GBP", "year")]


def test_hand_words_that_name_no_one() -> None:
    assert _person_compound("lefthand") is None
    assert _person_compound("beforehand") is None
    assert _person_compound("newman") is None  # (-man still needs the lemma table: a surname)


def test_counted_plural_compound_is_a_post(tmp_path: Path) -> None:
    g = read(tmp_path, "Each spring the livery yard takes on two stablehands.\n")
    assert "stablehand" in roles(g)
