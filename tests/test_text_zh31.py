"""Chinese job pages of many trades in the forms career pages take (pay and rank tables, job ads, ladders, stories),
each our own short text: what careergraph.loaders.text_zh missed or got wrong on them.
"""

from __future__ import annotations

from careergraph.loaders.text_zh import chinese_lines, read_chinese, titles_in


def _titles(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in titles_in(text)]


def _facts(text: str):  # type: ignore[no-untyped-def]
    return read_chinese(text, chinese_lines(text))


def test_a_rank_table_whose_posts_are_its_second_column() -> None:
    # (the rank code comes first: the column headed 岗位 names the rungs, the other columns are read by their headers)
    text = "银行网点职级表\n| 职级 | 岗位 | 月薪 |\n| B1 | 柜员 | 5000-6000元 |\n| B2 | 大堂经理 | 7000-9000元 |\n"
    facts = _facts(text)
    assert [(m.source, m.target) for m in facts.moves] == [("柜员", "大堂经理")]
    pay = sorted((p.role, p.low, p.high) for p in facts.pay)
    assert pay == [("大堂经理", 7000.0, 9000.0), ("柜员", 5000.0, 6000.0)]


def test_items_under_a_numbered_heading_that_is_a_post_alone_are_its_duties() -> None:
    text = "工地各岗位说明\n一、安全员\n1. 巡查施工现场安全隐患；\n2. 组织班前安全教育。\n"
    text += "二、材料员\n1. 负责材料进场验收；\n2. 登记材料台账。\n"
    needs = {(n.role, n.skill) for n in _facts(text).needs}
    assert {("安全员", "组织班前安全教育"), ("材料员", "登记材料台账")} <= needs
    assert not any(role == "安全员" and "材料" in skill for role, skill in needs)


def test_a_bare_range_after_a_post_opening_a_line_of_an_ad_is_its_pay() -> None:
    text = "物业公司诚聘\n保安员 3800-4500 包住\n保洁主管：4500-5500\n工程维修工 2019-2021 年入职者优先\n"
    pay = [(p.role, p.low, p.high, p.period) for p in _facts(text).pay]
    assert pay == [("保安员", 3800.0, 4500.0, "month"), ("保洁主管", 4500.0, 5500.0, "month")]


def test_lines_labelled_by_titles_rising_by_rank_word_are_a_ladder() -> None:
    text = "育婴师的成长之路\n初级育婴师：照料婴儿起居，月薪5000元。\n"
    text += "中级育婴师：能制定辅食计划。\n高级育婴师：能指导早教。\n"
    moves = [(m.source, m.target, m.rule) for m in _facts(text).moves]
    assert moves == [("初级育婴师", "中级育婴师", "zh.rank-labels"), ("中级育婴师", "高级育婴师", "zh.rank-labels")]


def test_a_table_whose_later_column_gives_rising_levels_is_a_ladder() -> None:
    text = "车间岗位\n岗位 | 级别 | 说明\n操作工 | 1级 | 上岗满三月\n班长 | 3级 | 带一个班\n车间主任 | 5级 | 管全车间\n"
    moves = [(m.source, m.target) for m in _facts(text).moves]
    assert moves == [("操作工", "班长"), ("班长", "车间主任")]
    text = text.replace("3级", "7级")  # (levels that neither rise nor fall make no ladder)
    assert not _facts(text).moves


def test_a_column_of_bare_ranges_in_a_table_of_titles_is_their_pay() -> None:
    text = "快递网点岗位一览\n岗位 | 班次 | 参考\n快递员 | 早班 | 5000-8000\n网点主管 | 全天 | 7000-9000\n"
    pay = sorted((p.role, p.low, p.high, p.period) for p in _facts(text).pay)
    assert pay == [("快递员", 5000.0, 8000.0, "month"), ("网点主管", 7000.0, 9000.0, "month")]
    assert not _facts(text.replace("7000-9000", "2019-2021")).pay


def test_a_label_naming_a_group_of_requirements_leads_its_items() -> None:
    text = "招聘：塔吊司机\n任职要求：\n一、资质要求：持塔吊操作证；\n个人素质：身体健康，无恐高症；\n"
    skills = {n.skill for n in _facts(text).needs}
    assert {"持塔吊操作证", "无恐高症"} <= skills
    assert not skills & {"资质要求", "个人素质"}


def test_a_numbered_heading_naming_a_post_and_how_many_are_hired_is_that_post() -> None:
    text = "物业招聘\n一、保洁员 3名\n薪资：4000元/月\n二、维修工 1名\n薪资：6000-7000元/月\n"
    pay = sorted((p.role, p.low, p.high) for p in _facts(text).pay)
    assert pay == [("保洁员", 4000.0, 4000.0), ("维修工", 6000.0, 7000.0)]


def test_more_posts_of_banks_shops_hospitals_and_sites() -> None:
    assert _titles("药师做满五年可以考主管药师。") == ["药师", "主管药师"]
    assert _titles("厨房帮工转正后做切配。") == ["厨房帮工"]
    assert "前台值班长" in _titles("夜班由前台值班长负责。")
    assert _titles("信用社柜员可升支行副行长。") == ["柜员", "支行副行长"]
    assert _titles("商场专柜员工统一培训。") == []  # (a counter's staff, 员工, is no teller, 柜员)


def _moves(text: str) -> set[tuple[str, str]]:
    return {(m.source, m.target) for m in _facts(text).moves}


def test_more_verbs_of_moving_to_a_post() -> None:
    # (发展为 a growth, 转岗成了 a change, 考上 a post won by exam, 转岗到 a unit to work as a post there)
    assert _moves("调度员干满三年可以发展为车队长。") == {("调度员", "车队长")}
    assert _moves("他在食堂做帮厨，后来转岗成了厨师。") == {("帮厨", "厨师")}
    assert _moves("她先做收费员，后来考上了稽查员。") == {("收费员", "稽查员")}
    assert _moves("我先做护理员，后来转岗到康复科做康复师。") == {("护理员", "康复师")}


def test_an_ads_clause_opening_with_yaoqiu_asks_for_what_follows() -> None:
    text = "车队招聘\n货车司机 8000-12000，要求持A2驾照\n装卸工 5000-6000 要求能吃苦\n"
    needs = {(n.role, n.skill) for n in _facts(text).needs}
    assert needs == {("货车司机", "持A2驾照"), ("装卸工", "能吃苦")}
    assert not _facts("按客户要求完成装修方案。").needs  # (a customer's demands: no clause opens with it)


def test_a_heading_of_skills_opens_a_list_of_what_the_post_needs() -> None:
    text = "如何成为一名药剂师\n药剂师负责审核处方。\n关键技能：\n- 药品调配\n- 用药咨询\n"
    needs = {(n.role, n.skill) for n in _facts(text).needs}
    assert {("药剂师", "药品调配"), ("药剂师", "用药咨询")} <= needs


def test_a_titles_line_of_duties_with_a_clause_of_pay_keeps_its_duties() -> None:
    text = "物流岗位介绍\n快递员：片区派件，月薪6000-9000元。\n仓管员：干满1年，能独立盘点库存。\n"
    needs = {(n.role, n.skill) for n in _facts(text).needs}
    assert {("快递员", "片区派件"), ("仓管员", "能独立盘点库存")} <= needs
    assert not _facts("物流岗位\n理货员：1-2年，月薪4000元。\n").needs


def test_a_title_naming_a_certificate_is_no_post() -> None:
    assert _titles("需持有导游员证，有营养师资格证者优先。") == []
    assert _titles("他考了电工执照，后来升为维修主管。") == ["维修主管"]


def test_a_verb_of_reaching_a_post_in_shang_is_no_part_of_its_field() -> None:
    assert _titles("后来当上维修主管。") == ["维修主管"]
    assert _moves("他先做保安，后来当上维修主管。") == {("保安", "维修主管")}


def test_a_seat_of_a_hotline_and_a_field_of_medicine_open_titles() -> None:
    # (坐席 takes a field the lexicon lacks as 专员 does; 医药 is a field)
    assert _titles("燃气公司招聘热线坐席，另招医药仓管员。") == ["热线坐席", "医药仓管员"]


def test_where_one_is_now_may_name_the_employer_before_the_post() -> None:
    assert _moves("他先做保安，现在是酒店的保安经理。") == {("保安", "保安经理")}
    assert _moves("她先做护理员，如今已是医院的护士长。") == {("护理员", "护士长")}


def test_a_titles_label_may_say_how_many_are_hired_and_its_benefits_are_no_duties() -> None:
    text = "餐馆招工\n洗碗工 3名：清洗餐具，包吃住\n"
    assert {(n.role, n.skill) for n in _facts(text).needs} == {("洗碗工", "清洗餐具")}


def test_lines_labelled_by_rising_level_codes_are_a_ladder() -> None:
    text = "软件公司职级\nP4：初级工程师，写代码\nP5：工程师，独立开发\nP6：高级工程师，带人\n"
    assert _moves(text) == {("初级工程师", "工程师"), ("工程师", "高级工程师")}
    assert not _moves("软件公司职级\nP4：初级工程师，写代码\nP6：高级工程师，带人\n")  # (not one by one)
