"""First-person stories told in order (stop 27): a move told in the past, then the posts after it."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_post_worked_as_after_a_move_told_in_the_past_follows_it(tmp_path: Path) -> None:
    page = "My story\n\nI became a head gardener in 2015. I worked as a groundskeeper at the abbey.\n"
    got = set(moves(read(tmp_path, page)))
    assert ("head-gardener", "groundskeeper") in got
    assert ("groundskeeper", "head-gardener") not in got


def test_a_post_worked_as_before_a_move_told_in_the_past_leads_to_it(tmp_path: Path) -> None:
    page = "My story\n\nI became a head gardener in 2015. I worked as a groundskeeper before that.\n"
    got = set(moves(read(tmp_path, page)))
    assert ("groundskeeper", "head-gardener") in got
    assert ("head-gardener", "groundskeeper") not in got


def test_a_move_to_the_post_held_now_still_follows_the_posts_told_after_it(tmp_path: Path) -> None:
    page = "My story\n\nI've just been promoted to head gardener. Six years ago I joined as a groundskeeper.\n"
    assert ("groundskeeper", "head-gardener") in set(moves(read(tmp_path, page)))


def test_a_ladder_told_after_the_post_held_now_leads_up_to_it_from_its_last_rung(tmp_path: Path) -> None:
    page = "My story\n\nI am a head gardener. I worked as a groundskeeper for three years, then as an assistant"
    page += " gardener.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("groundskeeper", "assistant-gardener"), ("assistant-gardener", "head-gardener")} <= got
    assert ("groundskeeper", "head-gardener") not in got


def test_a_list_under_a_ladder_heading_runs_up_when_its_titles_tell_no_rank(tmp_path: Path) -> None:
    page = "Working at a seaside hotel\n\n## Portering career ladder\n\n- Porter\n- Assistant Bellman\n- Bell Captain\n"
    got = set(moves(read(tmp_path, page, name="doc.md")))
    assert {("porter", "assistant-bellman"), ("assistant-bellman", "bell-captain")} <= got
    assert ("assistant-bellman", "porter") not in got
    # a list whose titles tell their ranks may still run from the top down
    page = "## Portering career ladder\n\n- Front Office Manager\n- Bell Supervisor\n- Porter\n"
    got = set(moves(read(tmp_path, page, name="doc.md")))
    assert {("porter", "bell-supervisor"), ("bell-supervisor", "front-office-manager")} <= got


_INTRO = (
    "Hotels take on people of every sort, from the laundry to the front desk. Some come for one summer and some"
    " stay thirty years, and the keen ones rise fast. This guide follows one corner of the building: the bell"
    " desk, where a guest is first greeted and last waved off. Expect long shifts on your feet.\n\n"
)


def test_rung_headings_under_a_ladder_heading_far_down_the_page_are_a_ladder(tmp_path: Path) -> None:
    page = "# Hotel work explained\n\n" + _INTRO + "## Bell Desk Career Ladder\n\n### Porter\n\nCarries the bags.\n\n"
    page += "### Bell Captain\n\nRuns the bell desk.\n\n### Front Office Manager\n\nRuns the front office.\n"
    got = set(moves(read(tmp_path, page, name="doc.md")))
    assert {("porter", "bell-captain"), ("bell-captain", "front-office-manager")} <= got


def test_role_headings_under_a_heading_that_names_no_ladder_are_no_ladder(tmp_path: Path) -> None:
    page = "# Hotel work explained\n\n" + _INTRO + "## Bell Desk Jobs\n\n### Porter\n\nCarries the bags.\n\n"
    page += "### Bell Captain\n\nRuns the bell desk.\n\n## Career Ladder\n\nAsk us.\n\n### Front Office Manager\n\nRuns"
    page += " the front office.\n"
    assert not moves(read(tmp_path, page, name="doc.md"))
    directed = "# Hotel work explained\n\n" + _INTRO + "## Path to Bell Captain\n\n### Porter\n\nCarries the bags.\n\n"
    directed += "### Bell Captain\n\nRuns the bell desk.\n\n### Front Office Manager\n\nRuns the front office.\n"
    assert ("bell-captain", "front-office-manager") not in moves(read(tmp_path, directed, name="doc.md"))


def test_the_first_rung_of_a_listed_ladder_may_be_a_title_no_vocabulary_names(tmp_path: Path) -> None:
    page = "Bell desk work\n\nBell Desk Career Ladder\n\n1. Porter: carries the bags.\n"
    page += "2. Bell Captain: runs the desk.\n3. Front Office Manager: runs the front office.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("porter", "bell-captain"), ("bell-captain", "front-office-manager")} <= got
    dashed = page.replace(": ", " - ")
    got = set(moves(read(tmp_path, dashed)))
    assert ("porter", "bell-captain") in got
    assert not {k for k in got if "carries" in k[0]}  # (the description is no part of the title)
    noted = page.replace("Porter: carries the bags", "Note: read this first")
    assert not {k for k in moves(read(tmp_path, noted)) if k[0] == "note"}
