"""Careers told in shapes the development stories barely hold (stop 42, the moves helper).

Each page is written for the test, in trades the rules were not written from (a park's grounds team, a tailor's
shop, a boatyard, a kennel), so that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_posts_with_bracketed_years_joined_by_slashes_are_a_career(tmp_path: Path) -> None:
    text = "Tom Reed\n\nGardener (2012-2016) / Head gardener (2016-2020) / Estate manager (2020-)\n"
    found = moves(read(tmp_path, text))
    assert set(found) == {("gardener", "head-gardener"), ("head-gardener", "estate-manager")}
    assert found["gardener", "head-gardener"]["years_min"] == 4.0


def test_an_article_after_the_join_and_an_open_span_on_its_own_line(tmp_path: Path) -> None:
    text = "About me\n\nI have been a cutter (2009-2013) and a head cutter (2013-2019) at the shop.\n"
    assert set(moves(read(tmp_path, text))) == {("cutter", "head-cutter")}
    lines = "Ana Cole\n\nBoat painter, Clyde Yard (2011-2015)\nYard manager, Clyde Yard (2015 – )\n"
    assert set(moves(read(tmp_path, lines))) == {("boat-painter", "yard-manager")}


def test_posts_with_years_of_experience_in_brackets_are_no_career(tmp_path: Path) -> None:
    text = "Kennel roles\n\nKennel assistant (0-2 years) / Kennel supervisor (2-5 years)\n"
    assert not moves(read(tmp_path, text))


def test_a_first_post_then_the_current_one_is_a_move(tmp_path: Path) -> None:
    text = "Kennel life\n\nMy first job was as a kennel assistant. My current role is kennel manager.\n"
    assert set(moves(read(tmp_path, text))) == {("kennel-assistant", "kennel-manager")}
    text = "Ben Hale\n\nBen was a cutter for nine years. His current job is head cutter at a shop in Leeds.\n"
    found = moves(read(tmp_path, text))
    assert set(found) == {("cutter", "head-cutter")}
    assert found["cutter", "head-cutter"]["years_min"] == 9.0


def test_a_current_role_that_names_no_post_is_no_move(tmp_path: Path) -> None:
    text = "Kennel life\n\nI started as a kennel assistant. My current role is to train the new staff.\n"
    assert not moves(read(tmp_path, text))
    text = "Kennel jobs\n\nIf your current job is kennel assistant, you may apply to be a kennel supervisor.\n"
    assert ("kennel-assistant", "kennel-supervisor") not in moves(read(tmp_path, text))


def test_my_internship_is_the_post_of_an_intern(tmp_path: Path) -> None:
    text = (
        "A summer at the practice\n\n"
        "Since week two of my internship, I played the role of a kennel supervisor while ours was away.\n"
    )
    assert set(moves(read(tmp_path, text))) == {("intern", "kennel-supervisor")}
    text = (
        "Boatyard notes\n\n"
        "During my apprenticeship I learned to sand hulls. After the apprenticeship I was hired as a boat painter.\n"
    )
    assert set(moves(read(tmp_path, text))) == {("apprentice", "boat-painter")}


def test_an_internship_named_as_a_thing_is_no_post(tmp_path: Path) -> None:
    text = (
        "A summer at the practice\n\n"
        "My internship offer came in May. I was hired as a kennel assistant. That week summed up my internship.\n"
    )
    g = read(tmp_path, text)
    assert "intern" not in g.nodes
    assert not moves(g)


def test_a_post_held_under_a_later_dated_heading_follows_the_one_before(tmp_path: Path) -> None:
    text = (
        "My year in boats\n\n"
        "MARCH 2014\n"
        "I was working as a boat painter at the yard, sketching hulls on the side.\n"
        "AUGUST 2015\n"
        "As the only boat designer for the small craft team, it was a thrill to see my first launch.\n"
    )
    assert set(moves(read(tmp_path, text))) == {("boat-painter", "boat-designer")}


def test_the_same_post_opening_a_sentence_with_no_dated_heading_is_no_move(tmp_path: Path) -> None:
    text = (
        "My year in boats\n\n"
        "I was working as a boat painter at the yard.\n"
        "As the only boat designer for the small craft team, it was a thrill to see my first launch.\n"
    )
    assert not moves(read(tmp_path, text))


def test_a_post_after_then_as_follows_the_one_worked_as(tmp_path: Path) -> None:
    text = "Tailoring\n\nI worked as a cutter, then as a head cutter.\n"
    assert set(moves(read(tmp_path, text))) == {("cutter", "head-cutter")}


def test_posts_dated_by_the_calendar_with_the_verb_left_out_are_a_career(tmp_path: Path) -> None:
    text = "Tailoring\n\nI was a cutter from 2009 to 2013 and a head cutter from 2013 to 2020.\n"
    found = moves(read(tmp_path, text))
    assert set(found) == {("cutter", "head-cutter")}
    assert found["cutter", "head-cutter"]["years_min"] == 4.0
    text = "Tailoring\n\nAnna worked as a cutter at a Leeds shop in 2009 and as a head cutter in York by 2015.\n"
    assert set(moves(read(tmp_path, text))) == {("cutter", "head-cutter")}


def test_posts_joined_with_no_dates_or_a_dated_non_post_are_no_career(tmp_path: Path) -> None:
    text = "Tailoring\n\nI was a cutter in 2009 and a member of the guild in 2012.\n"
    assert not moves(read(tmp_path, text))


def test_a_named_person_who_now_runs_a_place_as_a_post_moved_there(tmp_path: Path) -> None:
    text = "Florist profile\n\nAfter six years as a florist, Nadia now runs the shop as store manager.\n"
    found = moves(read(tmp_path, text))
    assert set(found) == {("florist", "store-manager")}
    assert found["florist", "store-manager"]["years_min"] == 6.0
    text = "Florist profile\n\nNadia, who started as a florist, now runs the shop as store manager.\n"
    assert set(moves(read(tmp_path, text))) == {("florist", "store-manager")}
    text = "Florist profile\n\nNadia went on to run the shop as store manager after six years as a florist.\n"
    assert set(moves(read(tmp_path, text))) == {("florist", "store-manager")}


def test_a_post_s_holders_opening_a_sentence_are_no_person(tmp_path: Path) -> None:
    text = "Florist careers\n\nI was a florist.\n\nManagers now see florists as store managers in the making.\n"
    assert not moves(read(tmp_path, text))


def test_an_opening_aside_of_a_post_and_how_long_it_was_held_leads_to_the_post_now(tmp_path: Path) -> None:
    text = "Florist profile\n\nA florist for six years, Nadia now runs the shop as store manager.\n"
    found = moves(read(tmp_path, text))
    assert set(found) == {("florist", "store-manager")}
    assert found["florist", "store-manager"]["years_min"] == 6.0
    text = "Florist profile\n\nA florist for six years, Nadia loved the work.\n"
    assert not moves(read(tmp_path, text))


def test_a_post_turned_another_is_a_move(tmp_path: Path) -> None:
    text = "Shop news\n\nNadia, a florist turned store manager, opened a second shop in May.\n"
    assert set(moves(read(tmp_path, text))) == {("florist", "store-manager")}
    text = "Shop news\n\nMeet Nadia, a florist-turned-store-manager from Leeds.\n"
    g = read(tmp_path, text)
    assert set(moves(g)) == {("florist", "store-manager")}
    assert "florist-turned-store-manager" not in g.nodes


def test_a_post_a_person_turned_to_is_no_move(tmp_path: Path) -> None:
    text = "Shop news\n\nThe florist who turned down the store manager post opened a shop.\n"
    assert not moves(read(tmp_path, text))


def test_formerly_or_once_a_post_opening_a_sentence_is_the_post_before_its_move(tmp_path: Path) -> None:
    text = "Florist profile\n\nFormerly a florist, Nadia now runs the shop as store manager.\n"
    assert set(moves(read(tmp_path, text))) == {("florist", "store-manager")}
    text = "Florist profile\n\nOnce a florist, she now runs the shop as store manager.\n"
    assert set(moves(read(tmp_path, text))) == {("florist", "store-manager")}
    text = "Florist profile\n\nOnce a florist, always a florist: Nadia still arranges the window.\n"
    assert not moves(read(tmp_path, text))


def test_a_second_span_told_by_its_count_alone_is_the_next_post(tmp_path: Path) -> None:
    text = "Florist profile\n\nNadia spent two years as a florist and three as a shop supervisor.\n"
    found = moves(read(tmp_path, text))
    assert set(found) == {("florist", "shop-supervisor")}
    assert found["florist", "shop-supervisor"]["years_min"] == 2.0
    text = "Florist profile\n\nNadia spent two years as a florist and three in the shop.\n"
    assert not moves(read(tmp_path, text))
