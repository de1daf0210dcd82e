"""Chinese pages, stop 39: layouts of recruitment pages and career sites met on pages the rules were not written
from (our own text: a hotel, a bakery, a school, a factory, a warehouse)."""

from __future__ import annotations

import itertools

from text_helpers import zh_needs

from careergraph.loaders.text_zh import chinese_lines, read_chinese


def test_posts_numbered_in_brackets_each_own_the_duties_under_them() -> None:
    text = (
        "某度假酒店2025年招聘简章\n\n一、招聘岗位\n\n（一）客房服务员（4名）\n岗位职责：清扫客房，更换布草，补充客用品。\n"
        "任职条件：身体健康，吃苦耐劳。\n\n（二）西餐厅收银员（1名）\n岗位职责：办理餐费结算，核对当日营业款。\n"
        "任职条件：熟悉收银系统。\n"
    )
    needs = zh_needs(text)
    assert {"清扫客房", "更换布草"} <= needs["客房服务员"]
    assert {"办理餐费结算", "核对当日营业款"} <= needs["西餐厅收银员"]
    assert not needs["客房服务员"] & needs["西餐厅收银员"]


def test_posts_numbered_in_figures_each_own_the_duties_under_them() -> None:
    text = (
        "烘焙工坊常见岗位\n\n1. 面包烘焙师\n\n职责:\n  • 按配方制作面包和西点;\n  • 控制烤箱温度。\n\n"
        "2. 门店店员\n\n职责:\n  • 陈列面包;\n  • 为顾客打包结账。\n"
    )
    needs = zh_needs(text)
    assert "控制烤箱温度" in needs["面包烘焙师"]
    assert "陈列面包" in needs["门店店员"] and "陈列面包" not in needs["面包烘焙师"]


def test_a_numbered_list_of_posts_with_no_section_under_each_is_no_heading() -> None:
    text = "车间晋升通道：\n1. 操作工\n2. 班组长\n3. 车间主任\n车间主任负责排产计划。\n"
    needs = zh_needs(text)
    assert set(needs) == {"车间主任"}


def test_a_table_column_of_what_each_post_does_names_its_duties() -> None:
    text = (
        "连锁药店岗位与工资\n\n| 岗位 | 月薪 | 日常工作 |\n| --- | --- | --- |\n"
        "| 营业员 | 4000-5000元 | 药品陈列、顾客接待 |\n"
        "| 执业药师 | 7000-9000元 | 审核处方、用药指导 |\n\n| 岗位 | 工作地点 |\n| 店长 | 杭州 |\n"
    )
    needs = zh_needs(text)
    assert needs["营业员"] == {"药品陈列", "顾客接待"}
    assert needs["执业药师"] == {"审核处方", "用药指导"}
    assert "店长" not in needs  # (where the post works is no duty)


def test_a_head_in_ren_before_staff_or_manpower_ends_no_title() -> None:
    # 负责人员 is 负责 (in charge of) and the staff, no 负责人 (the person in charge); 人力, 人才, 人数 alike
    text = "前厅经理：负责人员排班和新员工培训。\n车间主任负责人力调配，合伙人数不超过三名。\n"
    facts = read_chinese(text, chinese_lines(text))
    assert {r.name for r in facts.roles} == {"前厅经理", "车间主任"}
    assert "人员排班" in zh_needs(text)["前厅经理"]
    text = "项目负责人：统筹施工进度。他是门店负责人。"
    assert {r.name for r in read_chinese(text, chinese_lines(text)).roles} == {"项目负责人", "门店负责人"}


def test_fuze_in_the_name_of_the_person_in_charge_opens_no_duty() -> None:
    text = "客房部负责人：安排楼层清洁，检查房间卫生。\n"
    assert zh_needs(text) == {"客房部负责人": {"安排楼层清洁", "检查房间卫生"}}


def test_hosts_are_posts() -> None:
    # 主持人 (a host: of a wedding, a show, a resort's entertainment) after its field or unit
    text = (
        "我在婚庆公司做了三年活动主持人，后来当上策划总监。\n电台节目主持人负责串词和嘉宾访谈。\n"
        "度假村娱乐部主持人月薪6000元\n"
    )
    roles = {r.name for r in read_chinese(text, chinese_lines(text)).roles}
    assert {"活动主持人", "节目主持人", "娱乐部主持人"} <= roles


def test_a_ladder_of_rank_words_goes_on_to_the_stems_post_of_a_higher_head() -> None:
    text = (
        "物业保安晋升路线\n初级保安：负责门岗值守，月薪3500元。\n中级保安：负责夜间巡逻。\n"
        "高级保安：负责监控室值班。\n保安主管：负责排班和考核。\n保安经理：负责整个小区的安全管理。\n"
    )
    moves = {(m.source, m.target) for m in read_chinese(text, chinese_lines(text)).moves}
    rungs = ["初级保安", "中级保安", "高级保安", "保安主管", "保安经理"]
    assert set(itertools.pairwise(rungs)) <= moves


def test_a_post_of_a_lower_head_after_the_ladder_leaves_it_whole() -> None:
    text = "客服晋升路线\n初级客服：回复咨询。\n中级客服：处理售后。\n高级客服：处理纠纷。\n客服助理：整理报表。\n"
    moves = {(m.source, m.target) for m in read_chinese(text, chinese_lines(text)).moves}
    assert {("初级客服", "中级客服"), ("中级客服", "高级客服")} <= moves
    assert not any("客服助理" in move for move in moves)


def test_a_lead_verb_that_is_a_head_before_its_object_is_no_post() -> None:
    text = "片区经理：巡查各分店，督导门店执行陈列标准。\n区域督导：每周巡店。\n"
    facts = read_chinese(text, chinese_lines(text))
    assert {r.name for r in facts.roles} == {"片区经理", "区域督导"}
    assert "督导门店执行陈列标准" in zh_needs(text)["片区经理"]


def test_a_level_code_and_a_space_before_the_title_labelling_a_line() -> None:
    text = "仓储职级\nW1 拣货员：拣选商品，核对数量。\nW2 仓管员：登记出入库。\nW3 仓库主管：安排班次，组织盘点。\n"
    facts = read_chinese(text, chinese_lines(text))
    assert {(m.source, m.target) for m in facts.moves} == {("拣货员", "仓管员"), ("仓管员", "仓库主管")}
    needs = zh_needs(text)
    assert needs["拣货员"] == {"拣选商品", "核对数量"}
    assert needs["仓库主管"] == {"安排班次", "组织盘点"}


def test_levels_named_in_chinese_make_a_ladder_and_their_lines_name_duties() -> None:
    text = (
        "后厨职级\n一级：洗碗工。清洗餐具，整理碗柜。\n二级：帮厨，切配食材。\n三级：厨师，按菜单出品。\n"
        "四级：厨师长。制定菜单，控制成本，满两年可申请晋升。\n"
    )
    facts = read_chinese(text, chinese_lines(text))
    rungs = ["洗碗工", "帮厨", "厨师", "厨师长"]
    assert {(m.source, m.target) for m in facts.moves} == set(itertools.pairwise(rungs))
    needs = zh_needs(text)
    assert needs["洗碗工"] == {"清洗餐具", "整理碗柜"}
    assert needs["帮厨"] == {"切配食材"}
    assert needs["厨师长"] == {"制定菜单", "控制成本"}


def test_a_table_of_skills_or_steps_names_the_roles_skills_not_posts() -> None:
    text = (
        "客房服务员需要会什么\n一、客房服务员的核心技能\n| 技能类别 | 具体内容 |\n| 铺床技巧 | 三分钟内铺好一张床 |\n"
        "| 清洁消毒 | 按标准消毒洁具 |\n二、客房服务员的工作流程\n| 阶段 | 内容说明 |\n| 接班检查 | 查看交班记录 |\n"
        "| 布草更换 | 更换床单被套 |\n"
    )
    facts = read_chinese(text, chinese_lines(text))
    assert {r.name for r in facts.roles} == {"客房服务员"}
    assert {"铺床技巧", "清洁消毒", "接班检查", "布草更换"} <= zh_needs(text)["客房服务员"]


def test_a_grid_of_skills_by_level_is_no_list_of_the_open_roles_skills() -> None:
    text = "客房服务员晋升\n| 能力 | 初级要求 | 高级要求 |\n| 铺床技巧 | 五分钟一张 | 三分钟一张 |\n"
    assert "铺床技巧" not in zh_needs(text).get("客房服务员", set())


def test_a_numbered_area_of_work_in_a_duties_section_is_a_duty_not_a_post() -> None:
    text = (
        "宴会销售经理做什么\n一、宴会销售经理的主要工作内容\n1. 宴会策划\n根据客人预算拟定宴会方案。\n"
        "2. 婚礼与会议策划\n对接新人和会务公司。\n二、任职要求\n1. 酒店销售经验\n"
    )
    facts = read_chinese(text, chinese_lines(text))
    assert {r.name for r in facts.roles} == {"宴会销售经理"}
    assert {"宴会策划", "婚礼与会议策划"} <= zh_needs(text)["宴会销售经理"]


def test_a_cue_in_a_clause_saying_which_holders_of_a_post_lists_no_needs() -> None:
    text = "后厨工资一览\n厨师月薪5000元左右，具有五年以上经验的中高级厨师则能拿到更高的工资。\n"
    assert zh_needs(text) == {}
    text = "厨师：具备熟练的刀工、火候控制能力。\n"
    assert zh_needs(text) == {"厨师": {"刀工", "火候控制能力"}}


def test_headings_that_speak_to_the_reader_open_duties_and_needs() -> None:
    text = (
        "健身教练（8-12K）\n【你将负责】\n1. 带领会员上团课\n2. 制定训练计划\n【我们希望你】\n1. 持有健身教练证\n"
        "2. 性格开朗\n【你需要知道的晋升路径】\n1. 助理教练\n"
    )
    needs = zh_needs(text)["健身教练"]
    assert {"带领会员上团课", "制定训练计划", "性格开朗"} <= needs
    assert "助理教练" not in needs


def test_a_duty_then_its_parts_after_baokuo_are_duties_each() -> None:
    text = (
        "客房部经理\n岗位职责：\n1. 负责客房部的日常运营，包括员工排班、布草管理、成本核算等；\n"
        "2. 收集住客意见，包括房间温度、早餐口味。\n"
    )
    needs = zh_needs(text)["客房部经理"]
    assert {"员工排班", "布草管理", "成本核算"} <= needs
    assert not {"房间温度", "早餐口味"} & needs  # (examples of what is collected, no work of their own)


def test_a_field_or_a_word_of_manner_before_a_modifier_in_de_is_no_duty() -> None:
    text = "外卖专员：负责美团、饿了么平台的订单处理，提供及时、准确的配送信息。\n"
    needs = zh_needs(text)["外卖专员"]
    assert "订单处理" in needs
    assert not {"美团", "提供及时"} & needs


def test_a_clause_of_what_a_duty_is_for_is_no_duty() -> None:
    text = (
        "烘焙店长\n岗位职责：\n1. 清点原料库存，避免断货；\n2. 设计节日礼盒包装，帮助提升门店销量；\n"
        "3. 培训新员工，以及检查卫生。\n"
    )
    needs = zh_needs(text)["烘焙店长"]
    assert {"清点原料库存", "设计节日礼盒包装", "培训新员工", "检查卫生"} <= needs
    assert not {"避免断货", "帮助提升门店销量"} & needs
    text = "面点师：制作早餐点心，以便门店七点开门营业。\n"
    assert zh_needs(text) == {"面点师": {"制作早餐点心"}}


def test_a_line_of_work_whose_posts_the_page_names_is_no_post() -> None:
    text = (
        "婚宴团队分工\n宴会策划是酒店营销部的一块重要业务。\n宴会策划专员负责婚宴布置。\n"
        "宴会策划主管负责审核方案。\n"
    )
    roles = {r.name for r in read_chinese(text, chinese_lines(text)).roles}
    assert roles == {"宴会策划专员", "宴会策划主管"}
    text = "宴会策划：负责婚宴方案设计。\n宴会策划主管负责审核方案。\n"
    assert "宴会策划" in {r.name for r in read_chinese(text, chinese_lines(text)).roles}


def test_connectives_opening_a_clause_are_no_part_of_a_duty() -> None:
    text = "夜班保安：除了夜间巡逻，还要检查消防通道，同时登记来访车辆。\n"
    assert zh_needs(text) == {"夜班保安": {"夜间巡逻", "检查消防通道", "登记来访车辆"}}
