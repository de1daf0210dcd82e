"""Posts named in running text that the loader did not read (stop 38): plural posts as subjects, CV lines.

The wording, posts and trades here are our own (a hotel, a rail depot, a swimming pool); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

# --- mentions.titles: a plural post after an opening phrase and a comma, before a verb of needing or earning --------


def test_a_plural_post_after_an_opening_phrase_before_a_verb_of_needing_is_a_post(tmp_path: Path) -> None:
    page = (
        "Jobs at the Quayside Hotel\n\n"
        "Day to day, housekeepers need a sharp eye. At the depot, shunters earn extra for nights. "
        "On the wards, porters who lift patients must hold a manual handling certificate.\n"
    )
    found = roles(read(tmp_path, page))
    assert {"housekeeper", "shunter", "porter"} <= found, found


def test_a_plural_after_an_opening_phrase_before_another_verb_is_no_post(tmp_path: Path) -> None:
    page = "News\n\nIn 2019, managers met in Leeds to talk about the pay round.\n"
    assert "manager" not in roles(read(tmp_path, page))


# --- mentions.inverted-titles: a trade's post, a comma, its place and years on a CV's line ------------------------


def test_a_post_then_its_place_and_years_on_a_cv_line_is_the_post_alone(tmp_path: Path) -> None:
    page = (
        "Sam Reyes\n\n"
        "Work history\n"
        "Lifeguard, Riverside Lido, 2015-2017\n"
        "Porter | Grand Hotel | 2019 - 2021\n"
        "Manager, Account Management, 2021 - present\n"
    )
    found = roles(read(tmp_path, page))
    assert {"lifeguard", "porter", "manager-account-management"} <= found, found
    assert not any(key.startswith("lifeguard-") for key in found), found


# --- mentions.titles: "train" as the trade of the post after it, not a verb of training -----------------------------


def test_train_before_a_post_names_its_trade(tmp_path: Path) -> None:
    page = (
        "Working on the railway\n\n"
        "Train drivers earn £60,000 after training. A train manager checks tickets. "
        "She became a train guard in 2010.\n"
    )
    found = roles(read(tmp_path, page))
    assert {"train-driver", "train-manager", "train-guard"} <= found, found


def test_train_as_a_verb_before_posts_opens_no_title(tmp_path: Path) -> None:
    page = "Depot supervisor\n\nDuties\n- Train drivers to use the radio\n- Train new staff\n"
    found = roles(read(tmp_path, page))
    assert not any(key.startswith("train-") for key in found), found


# --- mentions.titles: a one-word post, a bracket of how it is held, then its pay -----------------------------------


def test_a_post_and_a_bracket_of_how_it_is_held_before_its_pay_is_a_post(tmp_path: Path) -> None:
    page = (
        "Vacancies at the Mill Bakery\n\n"
        "Baker (full time) - £24,500\n"
        "Cashier (part-time) - £10.90 an hour\n"
        "Driver (see below) - £21,000\n"
    )
    found = roles(read(tmp_path, page))
    assert {"baker", "cashier"} <= found, found


# --- mentions.titles: "mate" as a friend is no post -----------------------------------------------------------------


def test_mate_as_a_friend_is_no_post_and_as_a_post_held_is_one(tmp_path: Path) -> None:
    page = "Kennel Assistant\n\nMy mate told me about the kennels, and I asked a mate who works there.\n"
    assert "mate" not in roles(read(tmp_path, page))
    held = "Ferry jobs\n\nI worked as a mate on a coaster before I came ashore.\n"
    assert "mate" in roles(read(tmp_path, held, name="held.txt"))


# --- mentions.titles: several "X who V" clauses in one sentence -----------------------------------------------------


def test_the_next_plural_post_with_its_own_who_clause_is_a_post(tmp_path: Path) -> None:
    page = (
        "Hotel night team\n\n"
        "Porters who carry the late bags and receptionists who check guests in share one break room.\n"
    )
    found = roles(read(tmp_path, page))
    assert {"porter", "receptionist"} <= found, found
