"""Roles named with hyphens, or with their holder's sex before them (stop 37, from the fresh27 development set).

The wording, roles and trades here are our own (a ferry, a theatre, a bakery, a hospital); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

# --- mentions.titles: a title of the lexicon written with hyphens between its words --------------------------------


def test_a_lexicon_title_ending_in_a_thing_word_is_read_with_hyphens_between_its_words(tmp_path: Path) -> None:
    page = (
        "The ferry company is hiring two deck-hands for the summer, and a night key-holder for the terminal shop.\n"
        "Previous work as a bar-tender is welcome.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"deck-hand", "key-holder", "bar-tender"} <= got, got


def test_a_hyphenated_word_ending_in_a_thing_word_that_is_no_title_stays_none(tmp_path: Path) -> None:
    page = "Bring a place-holder for the name card and a cake-server to the bakery party.\n"
    got = roles(read(tmp_path, page))
    assert not {"place-holder", "cake-server", "server", "holder"} & got, got


# --- mentions.titles: a verb and its particle joined by a hyphen open a title ---------------------------------------


def test_a_verb_and_its_particle_joined_by_a_hyphen_are_one_modifier_of_the_title(tmp_path: Path) -> None:
    page = (
        "At the theatre, Dana started as a make-up artist. Later the bakery group sent her to failing shops as a"
        " turn-around consultant.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"make-up-artist", "turn-around-consultant"} <= got, got


# --- mentions.titles: the holder's sex is no part of the post's name ------------------------------------------------


def test_the_holders_sex_before_a_title_is_left_out_of_its_name(tmp_path: Path) -> None:
    page = (
        "The hospital's female nurses and male nurses are paid the same.\n"
        "I meet a lot of other female porters when we take our break together.\n"
    )
    got = roles(read(tmp_path, page))
    assert not any(key.startswith(("female-", "male-")) for key in got), got
    assert "nurse" in got and "porter" in got, got


# --- mentions.listed-agents: heads in the plural listed after an opener before a title in the plural ----------------


def test_plural_heads_listed_after_includes_before_a_plural_title_are_posts(tmp_path: Path) -> None:
    page = "The bakery's night team includes welders and oven engineers who keep the line running.\n"
    got = roles(read(tmp_path, page))
    assert "welder" in got, got
    off = roles(read(tmp_path, page, frozenset({"mentions.listed-agents"})))
    assert "welder" not in off, off


# --- mentions.person-compounds: an errand's boy or girl as the first post of a span "from X to Y" -------------------


def test_an_errands_boy_or_girl_is_a_post_as_the_first_of_a_span_from_x_to_a_post(tmp_path: Path) -> None:
    page = (
        "Arthur joined the hotel in 1971 and worked his way up from bell boy to head concierge.\n"
        "His sister rose from office girl to editor at the paper across the road.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"bell-boy", "office-girl", "head-concierge"} <= got, got


def test_a_boy_or_girl_by_age_in_a_span_from_x_to_y_is_no_post(tmp_path: Path) -> None:
    page = "He grew from little boy to baker in that kitchen, and from school girl to the head of the family.\n"
    got = roles(read(tmp_path, page))
    assert not {"little-boy", "school-girl"} & got, got


# --- mentions.titles: a tier of workers by skill or season heading its own section ----------------------------------


def test_a_tier_of_workers_heading_its_own_section_is_a_post(tmp_path: Path) -> None:
    page = (
        "Jobs at the bakery\n\n"
        "Skilled Workers\n\n"
        "Skilled workers include bakers and pastry chefs who run the ovens.\n\n"
        "Seasonal Workers\n\n"
        "Each December the bakery takes on extra hands to pack hampers.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"skilled-worker", "seasonal-worker"} <= got, got


def test_a_tier_of_workers_in_prose_stays_no_post(tmp_path: Path) -> None:
    # (workers named by their season are a post in prose too since stop 41: tests/test_text_roles42.py)
    page = "The rail depot needs skilled workers, and casual workers help in summer.\n"
    got = roles(read(tmp_path, page))
    assert not {"skilled-worker", "casual-worker"} & got, got


# --- mentions.titles: a sector's worker named as a person ------------------------------------------------------------


def test_a_sectors_worker_after_an_article_or_before_who_is_a_post(tmp_path: Path) -> None:
    page = (
        "In 2024 a typical hotel porter took home about £11.80 an hour, while a retail worker averaged £11.50.\n\n"
        "Domestic workers who stay with one agency for three years often run a household's staff.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"retail-worker", "domestic-worker"} <= got, got


def test_a_sectors_workers_as_a_crowd_stay_no_post(tmp_path: Path) -> None:
    page = "The new law gives retail workers a pay rise. Retail workers in big towns gain the most from it.\n"
    got = roles(read(tmp_path, page))
    assert "retail-worker" not in got, got


# --- mentions.titles: a Latin abbreviation of an example opens no title --------------------------------------------


def test_a_latin_abbreviation_of_an_example_is_no_part_of_a_title(tmp_path: Path) -> None:
    page = (
        "Seasonal posts, eg kitchen porter, start in May. The van also drops off special orders eg baker supplies,"
        " and larger loads ie caterer equipment go by lorry.\n"
    )
    got = roles(read(tmp_path, page))
    assert "kitchen-porter" in got, got
    assert not any(key.startswith(("eg-", "ie-")) or "-eg-" in key or "-ie-" in key for key in got), got


def test_membership_of_a_union_before_a_title_is_left_out_of_its_name(tmp_path: Path) -> None:
    page = (
        "Most union guards on our line started in the ticket office. The non-union cleaners are agency staff now,"
        " so ask your union rep before you sign anything.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"guard", "cleaner", "union-rep"} <= got, got
    assert not {"union-guard", "non-union-cleaner"} & got, got
