"""Moves told in a story in wordings the first round of stop 41 left unread (stop 41, second round).

Each page here is written for the test, in trades the rules were not written from (a hotel kitchen, a sawmill,
a ferry, a garden estate), so that what is tested is the shape of the statement.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_years_in_a_post_that_prepared_the_teller_for_a_role_as_another_is_a_move(tmp_path: Path) -> None:
    text = "Kitchen story\n\nYears as a line cook prepared me for my role as sous chef at the hotel.\n"
    assert ("line-cook", "sous-chef") in moves(read(tmp_path, text))


def test_a_post_played_then_a_post_acted_in_are_the_tellers_posts_in_turn(tmp_path: Path) -> None:
    text = (
        "Summer at the mill\n\nDuring my summer placement at the sawmill I played the role of a shift assistant"
        " while the regular one was away. However, acting as a shift manager in the last week was a new challenge"
        " that worried me.\n"
    )
    assert ("shift-assistant", "shift-manager") in moves(read(tmp_path, text))


def test_a_dj_is_a_post_and_the_move_from_it_is_read(tmp_path: Path) -> None:
    text = (
        "Radio days\n\nI was a music radio DJ for ten years before I was hired as a podcast producer at a"
        " sports network.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("music-radio-dj", "podcast-producer") in found, found


def test_posts_dated_after_a_colon_or_held_since_a_year_are_a_career_in_order(tmp_path: Path) -> None:
    text = "My path\n\nFerry deckhand: 2014 to 2018\nFerry mechanic: since 2018\n"
    assert moves(read(tmp_path, text)).get(("ferry-deckhand", "ferry-mechanic"), {}).get("years_min") == 4.0
    text = "My path\n\nKennel assistant (2015-2019)\nVeterinary nurse (since 2019)\n"
    assert ("kennel-assistant", "veterinary-nurse") in moves(read(tmp_path, text))


def test_posts_listed_with_how_long_each_was_held_are_a_career_in_the_order_told(tmp_path: Path) -> None:
    text = "Ward life\n\nMy posts: porter (4 years), ward clerk (3 years), ward manager (since 2022).\n"
    found = moves(read(tmp_path, text))
    assert found.get(("porter", "ward-clerk"), {}).get("years_min") == 4.0, found
    assert found.get(("ward-clerk", "ward-manager"), {}).get("years_min") == 3.0, found


def test_a_one_word_post_alone_on_a_dated_line_is_read(tmp_path: Path) -> None:
    text = "My years at the yard\n\n2012: boat painter\n2017: shipwright\n"
    assert ("boat-painter", "shipwright") in moves(read(tmp_path, text))


def test_a_post_held_before_the_one_reached_from_a_post_named_first_in_a_profile_leads_to_that_post(
    tmp_path: Path,
) -> None:
    # a profile names the post held now first; the move into it is told next; "before that" goes further back
    text = (
        "Meet Nadia, our new head gardener\n\n"
        "Nadia was promoted to head gardener in May after four years as a gardener. Before that she worked"
        " summers as a nursery assistant while she studied.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("gardener", "head-gardener") in found
    assert ("nursery-assistant", "gardener") in found
    assert ("nursery-assistant", "head-gardener") not in found
