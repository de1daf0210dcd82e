"""A graduate scheme a person joined, read as the post they held (stop 46, mentions.scheme-posts).

The pages are written for the test, in trades the rule was not written from (a hotel group, a building firm), so
that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_a_graduate_scheme_joined_is_the_first_post_of_the_story(tmp_path: Path) -> None:
    text = (
        "Staff story\n\nI started my career in 2015 when I joined the group's hospitality graduate scheme after a"
        " degree in French. Currently I'm Front Office Manager at the Leeds hotel.\n"
    )
    assert ("graduate", "front-office-manager") in moves(read(tmp_path, text))


def test_a_scheme_joined_by_a_person_told_of_in_the_third_person(tmp_path: Path) -> None:
    text = "Her story\n\nShe joined the firm's graduate programme in 2016. She is now a site manager.\n"
    assert ("graduate", "site-manager") in moves(read(tmp_path, text))


def test_a_scheme_spoken_of_names_no_post(tmp_path: Path) -> None:
    text = "Careers\n\nGraduate schemes are hard to get into. Many people join a graduate scheme after university.\n"
    assert "graduate" not in roles(read(tmp_path, text))


def test_the_switch_is_the_rule_s(tmp_path: Path) -> None:
    text = "Her story\n\nShe joined the firm's graduate programme in 2016. She is now a site manager.\n"
    assert ("graduate", "site-manager") not in moves(read(tmp_path, text, frozenset({"mentions.scheme-posts"})))
