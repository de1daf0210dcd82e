"""Moves told in stories and on pages about where a post leads, tested on texts of our own in other trades (a
rail depot, a hotel, a farm, a council office): the wordings blind probes of ours showed the loader missing."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_clause_opening_before_that_after_a_comma_tells_the_post_held_earlier(tmp_path: Path) -> None:
    text = (
        "Depot people\n\n"
        "I have been the depot's yard manager since 2020; before that I was a shunter for nine years.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("shunter", "yard-manager") in found
    assert ("yard-manager", "shunter") not in found


def test_a_clause_opening_previously_after_but_tells_the_post_held_earlier(tmp_path: Path) -> None:
    text = "Hotel people\n\nShe is head concierge today, but previously she was a night porter at the same hotel.\n"
    found = moves(read(tmp_path, text))
    assert ("night-porter", "head-concierge") in found
    assert ("head-concierge", "night-porter") not in found
