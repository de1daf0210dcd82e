"""Moves and titles that pages we wrote ourselves state and an earlier reading missed: a way up named between the
verb and its post ("rise through the ranks to B", "going up in the ranks as B"), a later step after alternatives
("as A or B ... they could go on to become C"), and two-word titles whose first word is a verb elsewhere ("call
agent", "show host").
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, needs, pay, read, roles


def test_a_way_up_between_the_verb_and_the_post(tmp_path: Path) -> None:
    text = (
        "Haulage careers\n\n"
        "A dispatcher who does well can rise through the ranks to fleet manager.\n\n"
        "Porters often go up the ladder to head porter after two years.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("dispatcher", "fleet-manager") in got
    assert ("porter", "head-porter") in got


def test_going_up_in_the_ranks_as_two_posts_then_a_step_from_either(tmp_path: Path) -> None:
    text = (
        "Careers in a garden centre\n\n"
        "Take one example: a yard hand might become a plant clerk before getting a position as a senior plant clerk,"
        " then going up in the ranks as a deputy centre manager or nursery manager. The keenest could go on to"
        " become a garden centre owner in time.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("senior-plant-clerk", "deputy-centre-manager") in got
    assert ("senior-plant-clerk", "nursery-manager") in got
    assert ("deputy-centre-manager", "garden-centre-owner") in got
    assert ("nursery-manager", "garden-centre-owner") in got
    assert ("plant-clerk", "garden-centre-owner") not in got


def test_going_to_a_person_is_still_no_move(tmp_path: Path) -> None:
    text = "Help desk tips\n\nIf a caller is rude, a new agent should go to a team leader at once.\n"
    assert not moves(read(tmp_path, text))


def test_a_lexicon_pair_whose_first_word_is_a_verb_elsewhere(tmp_path: Path) -> None:
    text = (
        "Contact centre jobs\n\n"
        "I started as a call agent in Leeds. Our show hosts present the evening sales.\n\n"
        "They call agents back after each shift.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"call-agent", "show-host"} <= found


def test_a_duty_or_a_quality_before_customer_service_names_no_post(tmp_path: Path) -> None:
    text = (
        "Working in a help centre\n\n"
        "Part of the floor lead's job is to supervise customer service. Shift managers review customer services"
        " each week. This first job helps you develop customer service and patience. All utilities require customer"
        " service.\n\n"
        "- Strong customer service and problem-solving abilities\n\n"
        "Some of the best-paying customer service work is in banking.\n\n"
        "Tmall customer service is the first post many school leavers take.\n"
    )
    found = roles(read(tmp_path, text))
    assert not {r for r in found if r.endswith("customer-service") and r != "tmall-customer-service"}
    assert "tmall-customer-service" in found


def test_an_arrow_chain_written_from_the_top_down(tmp_path: Path) -> None:
    text = (
        "Library staffing\n\n"
        "The usual structure:\n"
        "Branch Manager (Head of Branch) → Duty Supervisors/Senior Assistants → Library Assistants (Clerks) →"
        " Trainees\n"
    )
    got = moves(read(tmp_path, text))
    assert ("trainee", "library-assistant") in got
    assert ("library-assistant", "duty-supervisor") in got
    assert ("library-assistant", "senior-assistant") in got
    assert ("duty-supervisor", "branch-manager") in got
    assert ("senior-assistant", "branch-manager") in got
    assert not [pair for pair in got if "head-of-branch" in pair]
    assert ("branch-manager", "duty-supervisor") not in got


def test_an_arrow_chain_from_the_bottom_up_keeps_its_order(tmp_path: Path) -> None:
    text = "Library staffing\n\nTrainee → Library Assistant → Duty Supervisor → Branch Manager\n"
    got = moves(read(tmp_path, text))
    assert ("trainee", "library-assistant") in got
    assert ("duty-supervisor", "branch-manager") in got
    assert ("branch-manager", "duty-supervisor") not in got


def test_people_counted_in_a_list_are_no_ladder(tmp_path: Path) -> None:
    text = (
        "Why start at the front desk\n\n"
        "Many general managers, directors, and senior leaders started their careers at the front desk.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("general-manager", "director") not in got
    assert ("director", "senior-leader") not in got


def test_this_can_lead_to_goes_on_from_every_post_started_in(tmp_path: Path) -> None:
    text = (
        "Working in a print shop\n\n"
        "Newcomers usually start on the shop floor as a binder, finisher or print assistant. This can lead to a"
        " press supervisor post as you gain experience.\n"
    )
    got = moves(read(tmp_path, text))
    assert {("binder", "press-supervisor"), ("finisher", "press-supervisor")} <= set(got)
    assert ("print-assistant", "press-supervisor") in got


def test_this_opening_a_sentence_without_a_modal_is_no_subject(tmp_path: Path) -> None:
    text = "Working in a print shop\n\nThis guide was written by a press supervisor.\n"
    assert not moves(read(tmp_path, text))


def test_chinese_title_lines_rising_by_rank_word_are_a_ladder(tmp_path: Path) -> None:
    text = (
        "仓库管理员的职业发展路径\n\n"
        "初级仓库管理员\n- 主要职责:负责收货和上架。\n"
        "中级仓库管理员\n- 主要职责:负责盘点和库存分析。\n"
        "高级仓库管理员\n- 主要职责:负责团队排班。\n"
    )
    got = moves(read(tmp_path, text))
    assert ("初级仓库管理员", "中级仓库管理员") in got
    assert ("中级仓库管理员", "高级仓库管理员") in got


def test_chinese_title_lines_of_kinds_are_no_ladder(tmp_path: Path) -> None:
    text = "运营岗位介绍\n\n内容运营\n- 负责写稿。\n活动运营\n- 负责活动。\n用户运营\n- 负责社群。\n"
    assert not moves(read(tmp_path, text))


def test_a_dash_ladder_whose_line_breaks_were_lost_opens_with_a_dash(tmp_path: Path) -> None:
    text = (
        "Growing in payroll\n\n"
        "The usual career progression in payroll looks like this: - Payroll Clerk - Payroll Officer - Payroll"
        " Supervisor - Payroll Manager\n"
    )
    got = moves(read(tmp_path, text))
    assert ("payroll-clerk", "payroll-officer") in got
    assert ("payroll-officer", "payroll-supervisor") in got
    assert ("payroll-supervisor", "payroll-manager") in got


def test_a_step_after_posts_only_tried_for_goes_on_from_the_last(tmp_path: Path) -> None:
    text = (
        "My first years on a building site\n\n"
        "I started as a labourer. Later I tried to be a scaffolder or a site clerk. With luck it takes two years"
        " to become a qualified site supervisor.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("scaffolder", "site-supervisor") not in got


def test_a_list_of_stages_naming_posts_by_example_then_by_title(tmp_path: Path) -> None:
    text = (
        "- Entry-Level Positions: You can begin with positions like kennel assistant or dog walker. You learn.\n"
        "- Supervisory Roles: Later you can move into supervisory roles like kennel supervisor or head groomer.\n"
        "- Assistant Kennel Manager: This role is a step towards the top.\n"
        "- Kennel Manager: The goal. You run the whole site.\n"
    )
    got = moves(read(tmp_path, text))
    assert {("kennel-assistant", "kennel-supervisor"), ("dog-walker", "head-groomer")} <= set(got)
    assert ("kennel-supervisor", "assistant-kennel-manager") in got
    assert ("assistant-kennel-manager", "kennel-manager") in got
    assert ("kennel-assistant", "assistant-kennel-manager") not in got
    assert not [pair for pair in got if "supervisor" in pair and pair[0] == "supervisor"]


def test_a_chinese_pay_table_whose_columns_are_posts(tmp_path: Path) -> None:
    text = (
        "仓储岗位薪资参考\n\n"
        "地区 | 初级仓管月薪(元) | 仓库组长或主管月薪(元) |\n"
        "华东 | 3500-4500 | 6000-8000 |\n"
        "华南 | 3000-4000 | 5500-7500 |\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "初级仓管")) == [(3000.0, 4000.0, "CNY", "month"), (3500.0, 4500.0, "CNY", "month")]
    assert (6000.0, 8000.0, "CNY", "month") in pay(g, "仓库组长")


def test_a_list_of_titles_right_before_a_ladder_heading_is_a_ladder(tmp_path: Path) -> None:
    text = (
        "- Pool Attendant\n- Lifeguard\n- Second Assistant Pool Manager\n- First Assistant Pool Manager\n"
        "- Pool Manager\nMoving Up the Ladder\nMost leisure centres promote from within.\n"
    )
    got = moves(read(tmp_path, text))
    assert ("pool-attendant", "lifeguard") in got
    assert ("lifeguard", "second-assistant-pool-manager") in got
    assert ("second-assistant-pool-manager", "first-assistant-pool-manager") in got
    assert ("first-assistant-pool-manager", "pool-manager") in got


def test_a_list_of_titles_before_another_heading_is_no_ladder(tmp_path: Path) -> None:
    text = "- Pool Attendant\n- Lifeguard\n- Pool Manager\nOpening hours\nWe open at six.\n"
    assert not moves(read(tmp_path, text))


def test_chinese_staff_is_no_post_ending_in_yuan(tmp_path: Path) -> None:
    text = "仓库管理建议\n\n根据员工的表现制定晋升标准，激发员工的积极性。\n"
    assert not [r for r in roles(read(tmp_path, text)) if r.endswith("员")]


def test_a_story_told_backwards_with_before(tmp_path: Path) -> None:
    text = "How I became a head gardener\n\nBefore I became a head gardener, I was an estate gardener for six years.\n"
    got = moves(read(tmp_path, text))
    assert ("estate-gardener", "head-gardener") in got
    assert (
        got["estate-gardener", "head-gardener"]["years_min"],
        got["estate-gardener", "head-gardener"]["years_max"],
    ) == (6, 6)


def test_before_that_names_the_post_held_before_a_move_told_first(tmp_path: Path) -> None:
    text = "My story\n\nI became a head gardener in 2021.\n\nBefore that I was an estate gardener for six years.\n"
    assert ("estate-gardener", "head-gardener") in moves(read(tmp_path, text))


def test_promoted_again_this_time_to(tmp_path: Path) -> None:
    text = "My story\n\nI worked as a ward clerk for a year. Then I was promoted again, this time to ward manager.\n"
    assert ("ward-clerk", "ward-manager") in moves(read(tmp_path, text))


def test_the_items_under_a_chinese_title_line_are_its_duties(tmp_path: Path) -> None:
    text = (
        "仓库岗位说明\n\n"
        "初级仓库管理员\n- 主要职责:负责收货登记,核对入库单据。\n"
        "高级仓库管理员\n- 主要职责:负责库存盘点,安排班组人员。\n"
    )
    got = needs(read(tmp_path, text))
    assert any("收货" in n for n in got.get("初级仓库管理员", set()))
    assert any("盘点" in n for n in got.get("高级仓库管理员", set()))
    assert not any("盘点" in n for n in got.get("初级仓库管理员", set()))


def test_a_move_into_a_field_then_the_post_of_that_field(tmp_path: Path) -> None:
    text = (
        "Jobs in a newsroom\n\n"
        "From a job as an editorial assistant, you could progress into sports reporting. As a sports reporter, you"
        " cover matches and write match reports.\n"
    )
    assert ("editorial-assistant", "sports-reporter") in moves(read(tmp_path, text))


def test_a_field_then_a_post_of_another_field_is_no_move(tmp_path: Path) -> None:
    text = (
        "Jobs in a newsroom\n\n"
        "From a job as an editorial assistant, you could progress into sports reporting. As a sub-editor, you"
        " check copy.\n"
    )
    assert not moves(read(tmp_path, text))
