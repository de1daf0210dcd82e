"""General readings the seed articles (translated Chinese career pieces) need, each tested on pages we wrote
ourselves in other trades' words: a list of example jobs whose first example is a kind of work rather than a
post ("jobs such as home care, ward managers, midwives"), entrants who start at the bottom of the ladder told next,
a start in the last words of a route's titles ("start with customer service"), and a post named by its work after
"a job in" ("a good job in sales and lettings positions"), and a career's later step to a bare title after a word
of praise ("to become a qualified chef").
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_an_example_list_of_jobs_keeps_its_posts_after_a_kind_of_work(tmp_path: Path) -> None:
    # the first example names a kind of work, not a post: it is skipped, the posts after it are still read
    text = (
        "Hospital careers\n\n"
        "The new wards created many new occupations, such as home care, bed managers, midwives, porters, etc.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"bed-manager", "midwife", "porter"} <= found
    assert "home-care" not in found


def test_an_example_list_still_needs_posts(tmp_path: Path) -> None:
    # kinds of work alone, or a single post, make no list of posts
    text = "Plenty of jobs came with the port, such as shipping, customs, haulage and welders.\n"
    found = roles(read(tmp_path, text))
    assert not {"shipping", "custom", "haulage", "welder"} & found


def test_entrants_who_start_at_the_bottom_enter_at_the_lowest_rung_of_the_ladder_told_next(tmp_path: Path) -> None:
    text = (
        "Careers on building sites\n\n"
        "Most apprentices who join the trade start at the very bottom.\n\n"
        "The usual route is site operative, bricklayer, site foreman, and site manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("apprentice", "site-operative") in found
    assert found["apprentice", "site-operative"]["kind"] == "entry"
    assert ("apprentice", "bricklayer") not in found
    assert ("site-foreman", "site-manager") in found


def test_entrants_with_no_word_of_the_bottom_enter_at_no_rung(tmp_path: Path) -> None:
    text = (
        "Careers on building sites\n\n"
        "Most apprentices who join the trade stay for years.\n\n"
        "The usual route is site operative, bricklayer, site foreman, and site manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert not [pair for pair in found if pair[0] == "apprentice"]


def test_a_start_in_the_last_words_of_the_routes_titles_is_a_start_in_its_lowest_of_them(tmp_path: Path) -> None:
    text = (
        "Careers at a water utility\n\n"
        "The usual route is walk-in customer service, telephone customer service, billing clerk, team leader"
        " and branch manager.\n\n"
        "Most of us start with customer service. After a year of that, I tried to become a billing clerk or team"
        " leader.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("walk-in-customer-service", "billing-clerk") in found
    assert ("walk-in-customer-service", "team-leader") in found
    assert {e["rule"] for e in found["walk-in-customer-service", "team-leader"]["evidence"]} == {
        "transitions.start-tail"
    }
    assert ("telephone-customer-service", "team-leader") not in found


def test_a_start_in_words_that_end_no_title_of_the_page_starts_nowhere(tmp_path: Path) -> None:
    text = (
        "Careers at a water utility\n\n"
        "The usual route is meter reader, billing clerk, team leader and branch manager.\n\n"
        "Most of us start with customer service. After a year of that, I tried to become a billing clerk or team"
        " leader.\n"
    )
    found = moves(read(tmp_path, text))
    assert not [pair for pair in found if "customer" in pair[0]]
    assert ("meter-reader", "team-leader") not in found


def _aliases(tmp_path: Path, text: str) -> dict[str, list[str]]:
    g = read(tmp_path, text)
    return {n: list(data.get("aliases") or ()) for n, data in g.nodes(data=True) if data.get("label") == "Role"}


def test_a_post_named_by_two_joined_fields_after_a_job_in_is_a_role_with_its_written_name(tmp_path: Path) -> None:
    found = _aliases(tmp_path, "Doing a good job in sales and lettings positions takes patience and a clear voice.\n")
    assert "sales-and-lettings" in found
    assert "sales and lettings positions" in found["sales-and-lettings"]
    found = _aliases(tmp_path, "Staff who work in claims and recoveries roles answer calls all day.\n")
    assert "claims-and-recovery" in found


def test_time_spent_in_posts_names_no_post_and_a_move_keeps_its_post_word_as_an_alias(tmp_path: Path) -> None:
    assert not _aliases(tmp_path, "He spent a year in data entry positions before he left.\n")
    found = _aliases(tmp_path, "After two years she moved to quality control positions.\n")
    assert found.get("quality-control") == ["quality control positions"]


def test_a_told_step_to_a_bare_title_after_praise_leaves_from_the_post_reached_before(tmp_path: Path) -> None:
    text = (
        "Working in hotels\n\n"
        "I started as a porter. After a year of that, I tried to be a receptionist. If you work hard, it will"
        " take 2 to 3 years at the fastest to become a qualified chef.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("porter", "receptionist") in found
    assert ("receptionist", "chef") in found
    assert (found["receptionist", "chef"]["years_min"], found["receptionist", "chef"]["years_max"]) == (2, 3)
    assert ("porter", "chef") not in found
