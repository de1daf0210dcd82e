"""Moves told on pages of kinds the rules were not written from (stop 28)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, moves, read


def test_a_bare_title_after_then_to_is_the_next_step_of_a_move_told_before_it(tmp_path: Path) -> None:
    page = "Kitchen work\n\nMost cooks move from kitchen porter to line cook, then to supervisor or sous chef.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("kitchen-porter", "line-cook"), ("line-cook", "supervisor"), ("line-cook", "sous-chef")} <= got
    assert ("kitchen-porter", "supervisor") not in got
    page = "Kitchen work\n\nMost cooks move from kitchen porter to line cook, and finally to supervisor.\n"
    assert ("line-cook", "supervisor") in set(moves(read(tmp_path, page)))


def test_a_word_of_order_before_to_without_a_move_told_reads_no_title(tmp_path: Path) -> None:
    page = "Kitchen work\n\nThe line cook preps sauces and then to supervisor rotas, checks the fridges.\n"
    assert not moves(read(tmp_path, page))


def test_posts_in_brackets_after_a_rank_post_are_the_rungs_a_chain_runs_through(tmp_path: Path) -> None:
    page = "Gardening jobs\n\nMost careers progress from apprentice gardener to a supervisory role (like crew lead or"
    page += " shift lead), then to assistant estate manager, and finally to estate manager.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("apprentice-gardener", "crew-lead"), ("apprentice-gardener", "shift-lead")} <= got
    assert {("crew-lead", "assistant-estate-manager"), ("shift-lead", "assistant-estate-manager")} <= got
    assert ("assistant-estate-manager", "estate-manager") in got
    assert not {m for m in got if "supervisor" in m}
    assert ("apprentice-gardener", "estate-manager") not in got


def test_a_rank_post_with_no_examples_after_it_is_still_where_a_move_goes(tmp_path: Path) -> None:
    page = "Gardening jobs\n\nGardeners can be promoted to a supervisory role (usually after five years).\n"
    assert ("gardener", "supervisor") in set(moves(read(tmp_path, page)))


def test_further_advancement_goes_on_from_the_last_step_of_the_sentence_before(tmp_path: Path) -> None:
    page = "Kitchen work\n\nMost cooks move from kitchen porter to line cook, then to sous chef or pastry chef."
    page += " Further advancement can lead to positions such as head chef or executive chef.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("sous-chef", "head-chef"), ("pastry-chef", "executive-chef")} <= got
    assert not {("line-cook", "head-chef"), ("line-cook", "executive-chef")} & got


def test_a_later_step_told_by_they_starts_from_the_last_step_not_the_one_it_left(tmp_path: Path) -> None:
    page = "Kitchen work\n\nMost cooks move from kitchen porter to line cook, then to sous chef."
    page += " They can later move to positions such as head chef.\n"
    got = set(moves(read(tmp_path, page)))
    assert ("sous-chef", "head-chef") in got
    assert ("line-cook", "head-chef") not in got


_ADVICE = "  • Learn the building. Know every floor. Greet every guest by name.\n"


def test_how_to_steps_that_name_posts_among_other_words_are_a_ladder_of_those_posts(tmp_path: Path) -> None:
    page = "Hotel careers\n\nHotels reward hard work.\n\nStep 1: Master the Porter Role\n\nLearn the basics.\n\n"
    page += _ADVICE * 4 + "\nStep 2: Take on a Bell Captain or Concierge Role\n\n" + _ADVICE * 4
    page += "\nStep 3: Prepare for the Hotel Manager Job\n\nThe hotel manager runs it all.\n"
    g = read(tmp_path, page)
    got = set(moves(g))
    assert {("porter", "bell-captain"), ("porter", "concierge")} <= got
    assert {("bell-captain", "hotel-manager"), ("concierge", "hotel-manager")} <= got
    assert not {n for n in g.nodes if "master" in n or "prepare" in n}


def test_a_how_to_step_naming_no_post_is_no_rung(tmp_path: Path) -> None:
    page = "Hotel careers\n\nStep 1: Master the Porter Role\n\nLearn the basics.\n\nStep 2: Prepare for the Exams\n\n"
    page += "Study hard.\n"
    g = read(tmp_path, page)
    assert not moves(g)
    assert not {n for n in g.nodes if "exam" in n}


def test_posts_listed_after_a_chinese_verb_of_moving_are_each_a_move_from_its_subject(tmp_path: Path) -> None:
    page = "面包师的职业发展\n\n面包学徒可以晋升为面包师、烘焙主管或门店经理等职位。\n"
    got = set(moves(read(tmp_path, page)))
    assert {("学徒", "面包师"), ("学徒", "烘焙主管"), ("学徒", "门店经理")} <= got
    assert ("面包师", "烘焙主管") not in got


def test_predicates_after_a_move_from_a_to_b_go_on_from_b_each_in_turn(tmp_path: Path) -> None:
    page = "Gardening jobs\n\nWith effort you can move from groundskeeper to crew lead in about 14 months, become an"
    page += " assistant estate manager at 18 months, and reach estate manager within three years.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("groundskeeper", "crew-lead"), ("crew-lead", "assistant-estate-manager")} <= got
    assert ("assistant-estate-manager", "estate-manager") in got
    assert ("groundskeeper", "assistant-estate-manager") not in got


def test_reach_alone_is_no_move(tmp_path: Path) -> None:
    page = "Gardening jobs\n\nYou can reach the estate manager by phone, and the crew lead by radio.\n"
    assert not moves(read(tmp_path, page))


def test_a_how_to_step_toward_a_units_management_is_a_rung_of_its_manager(tmp_path: Path) -> None:
    page = "Hotel careers\n\nHotels reward hard work.\n\nStep 1: Master the Porter Role\n\nLearn the basics.\n\n"
    page += "Step 2: Take on a Bell Captain Role\n\nLearn more.\n\nStep 3: Prepare for Hotel Management\n\nRun it.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("porter", "bell-captain"), ("bell-captain", "hotel-manager")} <= got


def test_an_offer_of_a_post_accepted_is_a_move_to_it(tmp_path: Path) -> None:
    page = "My story\n\nI was hired as a loader in 2019. I accepted the supervisor offer five months later.\n"
    assert ("loader", "supervisor") in set(moves(read(tmp_path, page)))
    page = "My story\n\nI was hired as a loader in 2019. I got the supervisor offer but turned it down.\n"
    assert ("loader", "supervisor") not in set(moves(read(tmp_path, page)))


def test_posts_listed_under_a_move_sentence_ending_in_a_colon_are_where_the_page_role_moves(tmp_path: Path) -> None:
    page = "Porter\n\nA porter carries guests' bags and keeps the lobby tidy.\n\n"
    page += "Hotels offer many paths. Experienced porters can advance to roles such as:\n\n  • Bell captain or head"
    page += " concierge\n"
    page += "  • Front office manager\n\nPay\n\nPorters earn little.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("porter", "bell-captain"), ("porter", "head-concierge"), ("porter", "front-office-manager")} <= got


def test_a_list_after_a_colon_with_no_verb_of_movement_is_no_list_of_moves(tmp_path: Path) -> None:
    page = "Porter\n\nA porter carries guests' bags and keeps the lobby tidy.\n\n"
    page += "Hotels offer many paths. Porters answer to roles such as:\n\n  • Bell captain\n  • Front office manager\n"
    page += "\nPay\n\nPorters earn little.\n"
    assert not moves(read(tmp_path, page))


def test_the_list_under_a_how_to_step_naming_one_post_is_that_posts_needs(tmp_path: Path) -> None:
    page = "Building trades\n\nSites reward steady hands.\n\nStep 1: Master the Labourer Role\n\n"
    page += "Everyone starts somewhere, so you need patience.\n\n"
    page += "  • Excel at Site Safety: Wear the gear. Report hazards, sweep walkways and lift with care.\n"
    page += "  • Learn the Site: Watch the crews. Understand concrete pouring, scaffold inspection and setting out.\n"
    page += "\nStep 2: Take on a Site Supervisor Role\n\nNow you lead others.\n\n"
    page += "  • Run the Morning Briefing: Plan the day's tasks and assign the gangs.\n"
    g = read(tmp_path, page)
    got = links(g)
    assert ("labourer", "site-supervisor") in set(moves(g))
    assert {("labourer", "concrete-pouring"), ("labourer", "scaffold-inspection")} <= got
    assert any(role == "labourer" and "safety" in skill for role, skill in got)
    assert ("site-supervisor", "morning-briefing") in got
    # the label names the need: what the item says after it is how to show it
    assert not {skill for role, skill in got if "hazard" in skill or "walkway" in skill}
