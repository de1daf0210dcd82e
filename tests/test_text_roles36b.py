"""Roles (stop 36, second helper): words read as posts that are not posts.

The wording here is our own (a removals firm, a bakery, a rail depot, a garden centre), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_list_in_another_nouns_clause_after_jobs_include_names_no_posts(tmp_path: Path) -> None:
    text = (
        "Removals Crew Member\n\n"
        "Crew jobs include lifting heavy pieces that include wardrobes, pianos, fridges and garden furniture.\n"
    )
    got = roles(read(tmp_path, text))
    assert "removals-crew-member" in got
    assert not {"wardrobe", "piano", "fridge", "garden-furniture"} & got


def test_segments_of_the_trade_are_no_posts(tmp_path: Path) -> None:
    text = (
        "Rail Depot Cleaner\n\n"
        "Depot jobs fall into four segments: interior cleaning, exterior washing, waste removal and toilet servicing.\n"
    )
    got = roles(read(tmp_path, text))
    assert not {"interior-cleaning", "exterior-washing", "waste-removal", "toilet-servicing"} & got


def test_a_list_of_posts_after_jobs_include_is_still_read(tmp_path: Path) -> None:
    text = "Garden centre jobs include cashier, plant area assistant, delivery driver and café supervisor.\n"
    got = roles(read(tmp_path, text))
    assert {"cashier", "plant-area-assistant", "delivery-driver"} <= got


def test_a_verb_of_needing_is_no_part_of_the_title_after_it(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\n"
        "Most hotels require night porters to hold a first aid certificate. The post also requires night porters"
        " to check guests in after midnight.\n"
    )
    got = roles(read(tmp_path, text))
    assert "night-porter" in got
    assert not {r for r in got if r.startswith(("require", "hotels-require"))}


def test_an_author_line_with_one_name_or_none_names_no_post(tmp_path: Path) -> None:
    text = (
        "Pastry Cook Job Description\n\n"
        "Author: Morwenna\n"
        "Published: 4 June 2023\n\n"
        "Guides | 5 Min Read\n"
        "author\n\n"
        "Pastry cooks make tarts, choux and laminated doughs for the bakery counter.\n"
    )
    got = roles(read(tmp_path, text))
    assert "pastry-cook" in got
    assert not {r for r in got if r.endswith("author")}


def test_a_rank_said_again_before_places_names_no_post(tmp_path: Path) -> None:
    text = (
        "Courier Rider\n\n"
        "Parcel volumes for courier riders are moving from the metros to Tier 2 and Tier 3 towns this year.\n"
    )
    got = roles(read(tmp_path, text))
    assert "courier-rider" in got
    assert not {"tier-2", "tier-3"} & got


def test_a_count_joined_to_a_head_names_a_thing_not_a_post(tmp_path: Path) -> None:
    text = (
        "Coach Driver\n\n"
        "Coach drivers take school groups on day trips. You will drive a fifty-two seat coach or a twelve-seater"
        " minibus, and some routes use a two-wheeler for the courier runs.\n"
    )
    got = roles(read(tmp_path, text))
    assert "coach-driver" in got
    assert not {"twelve-seater", "two-wheeler"} & got
