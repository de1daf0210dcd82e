"""After a post in the plural as subject, a verb of work that is a noun as often, before an object of one word and a
preposition or the sentence's end, is a verb ("Ward clerks order stationery for the ward") (stop 46). The wording,
roles and trade here (a hospital) are our own.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read


def test_plural_post_then_a_noun_verb_and_a_lone_object(tmp_path: Path) -> None:
    page = "Work on a hospital ward\n\nWard clerks order stationery for the ward. Porters carry linen.\n"
    found = links(read(tmp_path, page))
    assert ("ward-clerk", "stationery-ordering") in found, found


def test_a_noun_phrase_after_the_post_names_no_duty(tmp_path: Path) -> None:
    page = "Work on a hospital ward\n\nWard clerks pay varies with grade. Porters carry linen.\n"
    found = links(read(tmp_path, page))
    assert not any(role == "ward-clerk" for role, _ in found), found


def test_every_word_of_how_often_closes_the_lone_object(tmp_path: Path) -> None:
    # (the words of how often are one set, text_requirements.FREQUENCY_WORDS: the list here had 'daily' and 'weekly'
    # but not 'monthly')
    for often in ("daily", "weekly", "monthly"):
        page = f"Work on a hospital ward\n\nWard clerks order stationery {often}. Porters carry linen.\n"
        found = links(read(tmp_path, page))
        assert ("ward-clerk", "stationery-ordering") in found, (often, found)
