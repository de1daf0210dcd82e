"""Career stories (stop 36, from texts of our own): the duties a narrator tells belong to the post the story holds
at that point. The wording, roles and trades here are our own (a hotel kitchen, a garage); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- transitions.told: an age phrase between the verb and "as" ------------------------------------------------------


def test_an_age_phrase_before_the_first_post(tmp_path: Path) -> None:
    page = (
        "How it started\n\n"
        "I started out in the trade at the tender age of sixteen as a kitchen porter. I would scrub the trays and "
        "sweep the kitchen floor after every service.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "kitchen-porter" and "tray" in skill for role, skill in got), got
