"""A page ending on a list item with no stop, after items that end in one, is not cut off when the item's last
word is one the page has used whole before (stop 46). The wording, roles and trade here (a hotel) are our own.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

BANQUETS = (
    "Banquet Supervisor\n\n"
    "Our banquet team serves weddings and dinners.\n\n"
    "Duties:\n"
    "- Set up the function rooms.\n"
    "- Check the table linen.\n"
    "- Coordinate with the kitchen team\n"
)


def test_last_item_of_a_whole_word_is_read(tmp_path: Path) -> None:
    own = {skill for role, skill in links(read(tmp_path, BANQUETS)) if role == "banquet-supervisor"}
    assert "kitchen-team-coordination" in own, own


def test_last_item_of_a_word_never_seen_is_still_cut_off(tmp_path: Path) -> None:
    page = BANQUETS[: -len("team\n")] + "tea"
    own = {skill for role, skill in links(read(tmp_path, page)) if role == "banquet-supervisor"}
    assert not any("tea" in skill.split("-") for skill in own), own


def test_last_item_of_sentences_without_a_last_stop_is_still_cut_off(tmp_path: Path) -> None:
    page = BANQUETS.replace("team\n", "team.\n") + "- Buffets: lay out the food. Buffets may\n"
    own = {skill for role, skill in links(read(tmp_path, page)) if role == "banquet-supervisor"}
    assert not any(skill.endswith("-may") for skill in own), own
