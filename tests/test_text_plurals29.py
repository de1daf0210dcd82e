"""Skill names made from plurals of nouns that end in a single 's' ("buses", "statuses", "lenses").

Our own wording, in a bus depot and an optician's; the test fails on the code before the change.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read


def test_a_plural_in_es_of_a_noun_in_s_names_the_noun_not_a_word_in_se(tmp_path: Path) -> None:
    page = (
        "Depot Supervisor\n\n"
        "Responsibilities:\n"
        "- Inspect the buses before the morning run\n"
        "- Update the order statuses\n"
        "- Clean the scanner lenses\n"
        "- Answer the nurses on the staff bus\n"
    )
    got = {skill for role, skill in links(read(tmp_path, page)) if role == "depot-supervisor"}
    words = {w for skill in got for w in skill.split("-")}
    assert {"bus", "status", "lens"} <= words, got
    assert not {"buse", "statuse", "lense"} & words, got
    # (a noun that ends in "se" keeps its "e")
    assert "nurse" in words or not any("nurs" in w for w in words), got
