"""Two verbs opening a duty before the bare object they share, the second one the namer's tables do not hold (stop
49): "Define and categorize guest requests" names the duty by both verbs as written (Defining and categorizing guest
requests); before, the unknown second verb was read as a word of the object (Categorize guest request definition),
or the duty was named by the second verb alone.

Each page is written for the test, in a trade the rules were not written from (a hotel's front of house).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Hotel Porter\n\nA hotel porter works in the lobby of a city hotel.\n\nResponsibilities\n"


def _got(tmp_path: Path, duty: str) -> set[str]:
    return needs(read(tmp_path, _HEAD + f"- {duty}\n- Carry luggage to the rooms\n")).get("hotel-porter", set())


def test_a_second_verb_the_tables_lack_names_the_duty_with_the_first(tmp_path: Path) -> None:
    got = _got(tmp_path, "Define and categorize guest requests")
    assert "defining and categorizing guest requests" in got, got


def test_a_second_verb_of_retouching_is_no_word_of_the_object(tmp_path: Path) -> None:
    got = _got(tmp_path, "Edit and retouch menu cards")
    assert "editing and retouching menu cards" in got, got


def test_two_verbs_in_their_s_form_both_name_the_duty(tmp_path: Path) -> None:
    got = _got(tmp_path, "Books and confirms taxis for guests")
    assert any(s.startswith("booking and confirming taxis") for s in got), got


def test_a_noun_after_the_first_verb_is_no_verb(tmp_path: Path) -> None:
    got = _got(tmp_path, "Research and development projects")
    assert not any("researching and" in s for s in got), got


def test_a_piece_of_a_series_in_small_letters_is_left(tmp_path: Path) -> None:
    text = _HEAD + "- Work with the housekeepers to track, update and sanitize luggage trolleys\n"
    got = needs(read(tmp_path, text)).get("hotel-porter", set())
    assert not any("updating and sanitizing" in s for s in got), got
