"""Role recall and precision, stop 32: kinds of miss and extra found on real development pages, each rule tested on
our own short text in another trade."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_a_title_opening_the_name_of_a_body_or_a_scheme_is_no_post(tmp_path: Path) -> None:
    page = (
        "Nursing pay in 2025\n\n"
        "A survey from the Theatre Nurse Association found that pay rose. Trusts must meet their Safe Staffing"
        " Responsibility duties. I joined the Charge Nurse Development Programme after two years as a ward clerk.\n"
    )
    got = roles(read(tmp_path, page))
    assert "ward-clerk" in got
    assert not {"theatre-nurse", "charge-nurse"} & got


def test_a_tier_of_management_that_work_is_handed_up_to_is_no_post(tmp_path: Path) -> None:
    page = (
        "Site engineer\n\n"
        "Site engineers write weekly safety logs that are reviewed by upper management. They prepare cost"
        " reports for senior management. After ten years many move on to senior management.\n"
    )
    got = roles(read(tmp_path, page))
    assert "senior-management" in got
    assert "upper-management" not in got


def test_two_units_a_post_runs_joined_by_or_name_two_posts(tmp_path: Path) -> None:
    page = (
        "Careers at the bank\n\n"
        "Tellers can later rise to Branch or Area Manager, and a few to Regional or National Sales Director.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"branch-manager", "area-manager", "regional-sales-director", "national-sales-director"} <= got
    assert not {"branch-or-area-manager", "regional-or-national-sales-director"} & got


def test_a_field_said_two_ways_with_or_stays_one_post(tmp_path: Path) -> None:
    page = "Hotel jobs\n\nShe was promoted to Food or Beverage Manager after a year as a waiter.\n"
    assert "food-or-beverage-manager" in roles(read(tmp_path, page))


def test_a_chinese_activity_head_before_its_work_or_its_managing_is_no_post(tmp_path: Path) -> None:
    page = (
        "酒店岗位制度\n"
        "第一条 本制度旨在规范酒店礼宾工作。\n"
        "第二条 车队调度与执行由调度主管负责。\n"
        "第三条 礼宾员可以向财务管理方向发展，成为财务主管。\n"
    )
    got = roles(read(tmp_path, page))
    assert {"礼宾员", "调度主管", "财务主管"} <= got
    assert not {"酒店礼宾", "车队调度", "财务"} & got


def test_a_chinese_head_alone_is_not_the_junior_post_of_that_head(tmp_path: Path) -> None:
    page = "餐厅岗位说明\n小型餐厅可能只设初级领班岗位。\n领班:有机会晋升,如成为餐厅经理。\n"
    g = read(tmp_path, page)
    assert "领班" in roles(g)
    assert ("领班", "餐厅经理") in moves(g)
    assert ("初级领班", "餐厅经理") not in moves(g)


def test_a_chinese_line_label_the_page_quotes_as_a_post_is_that_post(tmp_path: Path) -> None:
    page = (
        "酒店岗位对比\n"
        "关于“楼层服务”和“餐厅传菜”两个职位的区别如下。\n"
        "楼层服务:有机会晋升,如成为客房主管。\n"
        "餐厅传菜:有机会晋升,如成为餐厅领班。\n"
    )
    g = read(tmp_path, page)
    assert {"楼层服务", "餐厅传菜"} <= roles(g)
    assert {("楼层服务", "客房主管"), ("餐厅传菜", "餐厅领班")} <= set(moves(g))
    assert ("客房主管", "餐厅领班") not in moves(g)


def test_a_chinese_head_alone_after_or_takes_the_field_of_the_title_before_it(tmp_path: Path) -> None:
    page = "酒店晋升\n行李员可以晋升为礼宾主管或经理。\n前厅经理负责前厅运营。\n"
    g = read(tmp_path, page)
    assert {("行李员", "礼宾主管"), ("行李员", "礼宾经理")} <= set(moves(g))
    assert ("行李员", "前厅经理") not in moves(g)


def test_two_one_word_titles_slashed_are_the_post_the_page_names_by_both(tmp_path: Path) -> None:
    page = (
        "Porter Cleaner\n\n"
        "A porter cleaner keeps the hotel lobby tidy. As a porter/cleaner you will also carry luggage.\n"
    )
    got = roles(read(tmp_path, page))
    assert "porter-cleaner" in got
    assert not {"porter", "cleaner"} & got


def test_a_head_in_the_plural_counted_after_a_verb_of_hiring_is_a_post(tmp_path: Path) -> None:
    page = (
        "Bank news\n\n"
        "A Leeds lender is hiring up to 60 agents for its new branch, and will recruit 12 managers next year."
        " It made 100 agents of change redundant.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"agent", "manager"} <= got


def test_a_word_of_how_the_service_is_given_names_no_service_post(tmp_path: Path) -> None:
    page = (
        "Front desk agent\n\n"
        "A front desk agent greets guests and is responsible for providing direct customer service and attentive"
        " customer service at check-in.\n"
    )
    got = roles(read(tmp_path, page))
    assert "front-desk-agent" in got
    assert not {"direct-customer-service", "attentive-customer-service"} & got


def test_an_opening_phrase_of_place_run_into_the_subject_is_no_part_of_its_title(tmp_path: Path) -> None:
    page = (
        "Night porter\n\n"
        "In our busy city centre hotel night porters will check the doors. In this fast paced environment porters"
        " must stay calm.\n"
    )
    got = roles(read(tmp_path, page))
    assert "night-porter" in got
    assert not {"city-centre-hotel-night-porter", "hotel-night-porter", "environment-porter"} & got


def test_a_boss_spoken_of_as_big_or_total_is_no_post(tmp_path: Path) -> None:
    page = (
        "From kitchen porter to head chef\n\n"
        "I went from kitchen porter to being a total boss of the kitchen, picked by the big boss of the group.\n"
    )
    got = roles(read(tmp_path, page))
    assert "kitchen-porter" in got
    assert not {"total-boss", "big-boss"} & got


def test_an_expert_the_lexicon_has_no_title_for_is_a_standing_not_a_post(tmp_path: Path) -> None:
    page = (
        "Cladding advice\n\n"
        "Speak with one of our cladding experts today. As a subject matter expert on fire safety, she advises"
        " site managers.\n"
    )
    got = roles(read(tmp_path, page))
    assert "site-manager" in got
    assert not {"cladding-expert", "subject-matter-expert"} & got


def test_a_closed_compound_with_a_capital_inside_is_a_brand_not_a_post(tmp_path: Path) -> None:
    page = "Night shift at the depot\n\nThe crew use the AutoLoader on nights, and the Telecaller books the slots.\n"
    got = roles(read(tmp_path, page))
    assert "telecaller" in got
    assert "autoloader" not in got
