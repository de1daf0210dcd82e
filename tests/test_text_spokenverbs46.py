"""Verbs of dealing with people by word that the derived verb table lacks ("tell", "reassure") open duties (stop 46).

Each page is written for the test, in a trade the rules were not written from (a children's ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

_PAGE = (
    "Play Specialist\n\n"
    "Play specialists work on children's wards. They run games, tell stories, answer questions and reassure"
    " anxious parents.\n"
)


def test_a_duty_of_telling_in_a_series_is_read(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("play-specialist", set())
    assert "telling stories" in got, got
    assert any("anxious parents" in s for s in got), got


def test_the_duty_is_named_by_its_gerund() -> None:
    names = [(n.name, n.alias) for n in skill_names("Tell stories to the younger patients")]
    assert names and names[0] == ("Telling stories", "tell stories"), names
