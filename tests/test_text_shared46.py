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


def test_the_spells_of_training_and_their_posts_are_one_table() -> None:
    # (transitions.spell-length kept the pairs of mentions.spell-posts again, turned round)
    assert text_extract._SPELL_HOLDERS == frozenset(text_extract._SPELL_POSTS.values())
    assert text_extract._SPELL_LENGTH.search("a six-month traineeship") is not None


def test_a_trainee_spells_length_is_the_time_held(tmp_path: Path) -> None:
    page = (
        "My story\n\n"
        "I did a one-year traineeship at the joinery.\n\n"
        "When my traineeship ended, I was asked to stay as a site carpenter. In 2021 I became site manager.\n"
    )
    got = moves(read(tmp_path, page)).get(("trainee", "site-carpenter"))
    assert got is not None and got.get("years_min") == 1.0, got
