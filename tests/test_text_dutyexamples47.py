"""The examples of a duty's object after its subject post and verb: "The groundsman looks after the grounds,
including lawn care and hedge cutting" (stop 47), named as written, as an imperative's examples are; not the places a
post works in ("... in many venues, including ...").

Each page is written for the test, in a trade the rules were not written from (a school's grounds team).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Groundsman\n\nA groundsman works at a school.\n\n"


def test_the_examples_of_a_posts_duty_are_its_work(tmp_path: Path) -> None:
    text = _HEAD + "The groundsman manages the grounds, including lawn care and hedge cutting.\n"
    got = needs(read(tmp_path, text)).get("groundsman", set())
    assert {"lawn care", "hedge cutting"} <= got, got


def test_the_examples_of_places_worked_in_are_no_work(tmp_path: Path) -> None:
    text = _HEAD + "Groundsmen maintain pitches in many venues, including golf courses and racecourses.\n"
    got = needs(read(tmp_path, text)).get("groundsman", set())
    assert "pitch maintenance" in got, got
    assert not any("golf" in s or "racecourse" in s for s in got), got


def test_the_examples_of_parties_dealt_with_are_no_work(tmp_path: Path) -> None:
    # (the parties and places of the cue reader's examples_of_places count here too: suppliers, clients, stores ...)
    text = _HEAD + "The groundsman deals with our suppliers, including two seed merchants and a fuel depot.\n"
    got = needs(read(tmp_path, text)).get("groundsman", set())
    assert not any("depot" in s or "merchant" in s for s in got), got
