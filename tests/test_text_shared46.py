"""Word sets two rules of stop 46 wrote each for themselves are one set, asked by both (stop 46 review).

The reader of mentions (mentions.scheme-posts) and the story's reader of steps (transitions.told) each kept the nouns
of a graduate scheme; a noun added to one only would make a scheme's post that no step of the story holds.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read

from careergraph.loaders import text_extract, text_story


def test_the_nouns_of_a_scheme_are_one_set() -> None:
    assert text_extract.SCHEME_NOUNS is text_story.SCHEME_NOUNS


def test_a_graduate_intake_joined_is_the_storys_first_post(tmp_path: Path) -> None:
    page = (
        "My story\n\n"
        "I joined the county hospital's graduate intake in 2016. Two years later I became a ward manager.\n"
    )
    assert ("graduate", "ward-manager") in moves(read(tmp_path, page))
