"""Moves stated in ways the loader did not read before stop 27: tiers of posts in Chinese headings."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles

HOTEL_TIERS = (
    "酒店前厅的晋升路径\n\n"
    "初级岗位\n\n"
    "前台接待员:办理入住和退房手续。\n\n"
    "客房服务员:清扫客房,补充用品。\n\n"
    "中级岗位\n\n"
    "前台主管:安排前台排班,处理投诉。\n\n"
    "客房主管:检查客房卫生。\n\n"
    "高级岗位\n\n"
    "前台经理/大堂经理:管理前厅的全部工作。\n\n"
    "高层管理岗位\n\n"
    "总经理:全面负责酒店经营。\n\n"
    "建议\n\n"
    "保持微笑:每位员工都应做到。\n"
)


def test_posts_under_rising_tier_headings_move_along_their_line_of_work(tmp_path: Path) -> None:
    got = set(moves(read(tmp_path, HOTEL_TIERS)))
    assert {("前台接待员", "前台主管"), ("客房服务员", "客房主管")} <= got
    assert {("前台主管", "前台经理"), ("前台主管", "大堂经理")} <= got  # (a slash: two posts at one rung)
    assert {("前台经理", "总经理"), ("大堂经理", "总经理")} <= got  # (no line of work: from the rung before)
    # two posts of one tier, or of two lines of work, are no move
    assert not {("前台接待员", "客房服务员"), ("前台接待员", "客房主管"), ("客房主管", "前台经理")} & got
    assert not {k for k in got if "保持微笑" in k}


def test_a_new_line_of_work_moves_from_the_post_below_that_no_other_continues(tmp_path: Path) -> None:
    page = HOTEL_TIERS.replace("客房主管:检查客房卫生。", "礼宾主管:安排行李服务。")
    got = set(moves(read(tmp_path, page)))
    assert ("客房服务员", "礼宾主管") in got
    assert ("前台接待员", "礼宾主管") not in got


def test_tiers_that_do_not_rise_or_a_page_about_no_rise_give_no_moves(tmp_path: Path) -> None:
    falling = HOTEL_TIERS.replace("初级岗位", "高层岗位")
    got = set(moves(read(tmp_path, falling)))
    assert ("前台接待员", "前台主管") not in got
    plain = HOTEL_TIERS.replace("酒店前厅的晋升路径", "酒店前厅的岗位介绍")
    assert not moves(read(tmp_path, plain))
    assert {"前台接待员", "前台主管"} <= roles(read(tmp_path, plain))


def test_a_first_step_with_its_source_named_is_a_next_rung(tmp_path: Path) -> None:
    page = (
        "Careers in a hotel lobby\n\n"
        "The first ladder of promotion for a porter is the position of head porter.\n\n"
        "The first step up for a head porter is usually to concierge supervisor.\n\n"
        "The next rung of the ladder for a concierge supervisor is the role of front office manager.\n"
    )
    got = set(moves(read(tmp_path, page)))
    assert {("porter", "head-porter"), ("head-porter", "concierge-supervisor")} <= got
    assert ("concierge-supervisor", "front-office-manager") in got


def test_a_first_job_with_no_source_named_is_no_move(tmp_path: Path) -> None:
    page = "Head porter\n\nThe first job for most school leavers is porter.\n"
    assert ("porter", "head-porter") not in moves(read(tmp_path, page))
    assert ("head-porter", "porter") not in moves(read(tmp_path, page))


def test_a_career_told_back_from_the_post_held_now_leads_up_to_it(tmp_path: Path) -> None:
    got = set(moves(read(tmp_path, "My story\n\nI am a head chef now. My first job was as a kitchen porter.\n")))
    assert ("kitchen-porter", "head-chef") in got
    assert ("head-chef", "kitchen-porter") not in got  # (the first job came first)
    page = "My story\n\nI am 30 and have been a head chef for two years. It took me a month to get my job as a commis"
    page += " chef.\n"
    assert ("commis-chef", "head-chef") in set(moves(read(tmp_path, page)))
    page = "My story\n\nI'm a head chef now. I was hired as a commis chef in 2010, then became sous chef in 2014.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("commis-chef", "sous-chef"), ("sous-chef", "head-chef")} <= got  # (the last post told leads up)
    assert ("head-chef", "commis-chef") not in got


def test_a_start_told_in_the_sentence_of_the_post_held_now(tmp_path: Path) -> None:
    got = set(moves(read(tmp_path, "My story\n\nI'm now a head chef, but I started out as a kitchen porter.\n")))
    assert got == {("kitchen-porter", "head-chef")}


def test_a_post_told_after_a_post_held_in_the_past_is_no_start(tmp_path: Path) -> None:
    page = "My story\n\nI was a kitchen porter for a year. Then I started as a commis chef at another hotel.\n"
    assert ("commis-chef", "kitchen-porter") not in set(moves(read(tmp_path, page)))
    page = "My story\n\nI am a sous chef at a busy hotel. Last year I was promoted to head chef.\n"
    assert set(moves(read(tmp_path, page))) == {("sous-chef", "head-chef")}


def test_a_post_worked_as_right_after_a_move_follows_it(tmp_path: Path) -> None:
    page = "My story\n\nI was a kitchen porter. From there, I became a line cook. I worked as a sous chef there.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("kitchen-porter", "line-cook"), ("line-cook", "sous-chef")} <= got
    page = "My story\n\nFrom there, I became a line cook. I worked as a sous chef at the same place.\n"
    assert ("line-cook", "sous-chef") in set(moves(read(tmp_path, page)))
    page = "My story\n\nFrom there, I became a line cook. The pay was poor. I worked as a sous chef at weekends.\n"
    assert ("line-cook", "sous-chef") not in set(moves(read(tmp_path, page)))  # (not right after the move)


def test_a_post_told_then_after_a_post_held_follows_it(tmp_path: Path) -> None:
    page = "My story\n\nI got my first job as a kitchen porter. Then I worked as a commis chef.\n"
    assert ("kitchen-porter", "commis-chef") in set(moves(read(tmp_path, page)))
    page = "My story\n\nI was a kitchen porter for two years. Later I was a commis chef at a hotel.\n"
    assert ("kitchen-porter", "commis-chef") in set(moves(read(tmp_path, page)))
    page = "My story\n\nI was a kitchen porter for two years. I was a commis chef who loved pastry.\n"
    assert ("kitchen-porter", "commis-chef") not in set(moves(read(tmp_path, page)))


def test_a_post_named_before_is_the_next_step_is_the_next_rung(tmp_path: Path) -> None:
    page = (
        "Careers at a garage\n\n"
        "Senior mechanic is a common next step for a trainee mechanic.\n\n"
        "For senior mechanics, workshop supervisor is the next step.\n"
    )
    got = set(moves(read(tmp_path, page)))
    assert {("trainee-mechanic", "senior-mechanic"), ("senior-mechanic", "workshop-supervisor")} <= got
    page = "Trainee mechanic\n\nSenior mechanic is the next step up.\n"
    assert ("trainee-mechanic", "senior-mechanic") in set(moves(read(tmp_path, page)))


def test_a_post_that_is_no_subject_of_the_next_step_is_no_rung(tmp_path: Path) -> None:
    page = "Trainee mechanic\n\nCalling the senior mechanic is the next step.\n"
    assert not moves(read(tmp_path, page))
    page = "Trainee mechanic\n\nThe senior mechanic is the next step in the repair process.\n"
    assert not moves(read(tmp_path, page))


def test_holders_who_have_worked_or_spent_years_as_a_post_came_from_it(tmp_path: Path) -> None:
    page = (
        "Careers in public libraries\n\n"
        "Most library managers have worked as senior librarians or library assistants.\n\n"
        "Most senior librarians spent several years as library assistants.\n"
    )
    got = set(moves(read(tmp_path, page)))
    assert {("senior-librarian", "library-manager"), ("library-assistant", "library-manager")} <= got
    assert ("library-assistant", "senior-librarian") in got
    page = "Careers in public libraries\n\nLibrary managers have worked as a team for years.\n"
    assert not moves(read(tmp_path, page))


def test_titles_listed_with_rising_years_are_a_ladder(tmp_path: Path) -> None:
    page = "Careers at a garage\n\nTrainee mechanic (0-2 years), senior mechanic (2-5 years), workshop supervisor"
    page += " (5+ years).\n"
    got = moves(read(tmp_path, page))
    assert {("trainee-mechanic", "senior-mechanic"), ("senior-mechanic", "workshop-supervisor")} <= set(got)
    page = "Careers at a garage\n\nWe hired trainee mechanics (2 years), senior mechanics (1 year), workshop"
    page += " supervisors (5 years).\n"
    assert not moves(read(tmp_path, page))  # (years that do not rise: no ladder)


def test_a_question_where_a_post_leads_and_its_answer(tmp_path: Path) -> None:
    page = "Library careers\n\nQ: What comes after senior librarian?\nA: Usually library manager.\n"
    assert ("senior-librarian", "library-manager") in moves(read(tmp_path, page))
    page = "Library careers\n\nWhere can a library assistant go next? Many move into senior librarian roles.\n"
    assert ("library-assistant", "senior-librarian") in moves(read(tmp_path, page))


def test_a_question_how_to_reach_a_post_is_no_place_a_career_stands(tmp_path: Path) -> None:
    page = "Library careers\n\nHow do you become a library manager? Many move up to it.\n\nSenior librarian, usually.\n"
    got = set(moves(read(tmp_path, page)))
    assert not {k for k in got if k[0] == "library-manager"}


def test_a_later_step_after_an_aside_of_time_passing(tmp_path: Path) -> None:
    page = "Library careers\n\nLibrary assistants can progress to senior librarian and, with experience, to library"
    page += " manager.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("library-assistant", "senior-librarian"), ("senior-librarian", "library-manager")} <= got
    assert ("library-assistant", "library-manager") not in got
    page = "Library careers\n\nLibrary assistants can be promoted to senior librarian and, in some towns, library"
    page += " manager.\n"
    assert ("senior-librarian", "library-manager") not in set(moves(read(tmp_path, page)))  # (an aside of place)


def test_a_list_under_a_how_to_heading_of_a_ladder_is_a_ladder(tmp_path: Path) -> None:
    page = "Careers at a garage\n\nHow to climb the ladder\n\n1. Trainee mechanic\n2. Senior mechanic\n"
    page += "3. Workshop supervisor\n"
    got = set(moves(read(tmp_path, page)))
    assert {("trainee-mechanic", "senior-mechanic"), ("senior-mechanic", "workshop-supervisor")} <= got
    page = "Trainee mechanic\n\nCareer paths to other trades\n\n- Senior mechanic\n- Workshop supervisor\n"
    assert ("senior-mechanic", "workshop-supervisor") not in set(moves(read(tmp_path, page)))  # (a direction)


def test_tiers_listing_their_posts_after_a_colon(tmp_path: Path) -> None:
    page = "酒店前厅的晋升路径\n\n初级岗位:前台接待员、客房服务员\n中级岗位:前台主管、客房主管\n高级岗位:前台经理\n"
    got = set(moves(read(tmp_path, page)))
    assert {("前台接待员", "前台主管"), ("客房服务员", "客房主管"), ("前台主管", "前台经理")} <= got
    assert not {("前台接待员", "客房主管"), ("客房主管", "前台经理")} & got
    page = "酒店前厅的晋升路径\n\n初级岗位:负责接待客人\n中级岗位:负责管理前台主管\n"
    assert not moves(read(tmp_path, page))


def test_chinese_then_to_and_promoted_from(tmp_path: Path) -> None:
    page = "酒店职业发展\n\n从前台接待员做起,两年后升为前台主管,再到前台经理。\n"
    assert {("前台接待员", "前台主管"), ("前台主管", "前台经理")} <= set(moves(read(tmp_path, page)))
    page = "酒店职业发展\n\n客房主管通常由优秀的客房服务员提拔。\n"
    assert ("客房服务员", "客房主管") in moves(read(tmp_path, page))
    page = "酒店职业发展\n\n从客房服务员晋升为客房主管需要两年。\n"
    assert ("客房主管", "客房服务员") not in moves(read(tmp_path, page))


def test_posts_filled_internally_by_a_post(tmp_path: Path) -> None:
    page = "Library careers\n\nSenior librarian vacancies are often filled internally by library assistants.\n"
    assert ("library-assistant", "senior-librarian") in moves(read(tmp_path, page))
    page = "Library careers\n\nSenior librarian vacancies are advertised online by library assistants.\n"
    assert not moves(read(tmp_path, page))


def test_holders_who_have_been_a_post_for_years_came_from_it(tmp_path: Path) -> None:
    page = "Library careers\n\nMost library managers have been senior librarians for several years.\n"
    assert ("senior-librarian", "library-manager") in moves(read(tmp_path, page))
    page = "Library careers\n\nLibrary managers have been busy for years.\n"
    assert not moves(read(tmp_path, page))


def test_the_post_that_comes_next(tmp_path: Path) -> None:
    page = "Library careers\n\nAfter the library assistant role comes the senior librarian role.\n"
    assert ("library-assistant", "senior-librarian") in moves(read(tmp_path, page))
    page = "Library careers\n\nLibrary assistants are promoted to senior librarian. After that comes the library"
    page += " manager.\n"
    assert ("senior-librarian", "library-manager") in moves(read(tmp_path, page))
    page = "Library careers\n\nAfter that comes a lot of paperwork for the library manager.\n"
    assert not moves(read(tmp_path, page))


def test_holders_said_to_be_a_post_who_were_promoted_came_from_it(tmp_path: Path) -> None:
    page = "Library careers\n\nSenior librarians are library assistants who have been promoted.\n"
    assert ("library-assistant", "senior-librarian") in moves(read(tmp_path, page))
    page = "Library careers\n\nSenior librarians are library assistants who work weekends.\n"
    assert not moves(read(tmp_path, page))


def test_each_post_listed_as_worked_after_a_move_follows_it(tmp_path: Path) -> None:
    page = "My story\n\nFrom there, I became a line cook. I worked as a sous chef, pastry chef, and started a supper"
    page += " club.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("line-cook", "sous-chef"), ("line-cook", "pastry-chef")} <= got
    assert ("sous-chef", "pastry-chef") not in got  # (posts of one list: no move between them)


def test_holders_who_were_a_post_once(tmp_path: Path) -> None:
    page = "Library careers\n\nMany library managers were senior librarians once.\n"
    assert ("senior-librarian", "library-manager") in moves(read(tmp_path, page))
    page = "Library careers\n\nLibrary managers were busy once.\n"
    assert not moves(read(tmp_path, page))
