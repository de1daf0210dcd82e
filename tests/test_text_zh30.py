"""Chinese job titles whose head or field the title lexicon of careergraph.loaders.text_zh lacked: the posts of
livestream selling and platform work (直播中控, 信息流投手, 助播, 副播, 操盘手, 小二, 掌柜, 达人经纪人, 模特, 博主),
chief officers in 官 (首席增长官), and short forms (店助, 总助, 高管); fields such as 招商, 商家, 行业, 海外, 在线.
Our own short pages, about a livestream studio and a shop's staff.
"""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts
from careergraph.loaders.text_zh import titles_in


def _titles(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in titles_in(text)]


def test_posts_of_a_livestream_studio_are_titles() -> None:
    text = "直播间配备主播、助播、副播和直播中控各一名,另招信息流投手两名,由达人经纪人统一管理。"
    assert _titles(text) == ["主播", "助播", "副播", "直播中控", "信息流投手", "达人经纪人"]


def test_platform_and_shop_posts_are_titles() -> None:
    text = "他从淘宝小二做起,后来成为天猫掌柜,又做过电商操盘手、招商经理和海外运营专员。"
    assert _titles(text) == ["淘宝小二", "天猫掌柜", "电商操盘手", "招商经理", "海外运营专员"]


def test_a_chief_officer_in_guan_and_short_forms_are_titles() -> None:
    assert _titles("首席增长官向总助和店助布置任务,高管周会上再议。") == ["首席增长官", "总助", "店助", "高管"]


def test_a_field_before_a_word_of_a_thing_is_still_no_title() -> None:
    # (行业 and 商家 are fields now: before 经验 / 数据 they name no post)
    assert _titles("要求三年以上行业经验,熟悉商家数据。") == []


def test_a_stage_line_with_a_new_head_is_a_rung_of_the_ladder() -> None:
    text = "助播(0-1年):配合主播完成直播。\n主播(1-3年):负责直播带货。\n"
    facts = extract_facts(default_vocabulary(), "doc.txt", text)
    record = facts.transitions[("助播", "主播")] if ("助播", "主播") in facts.transitions else None
    assert record is not None, sorted(facts.transitions)
    assert (record["years_min"], record["years_max"]) == (0.0, 1.0)


def test_fields_of_shops_channels_and_selling_open_titles() -> None:
    text = "抖音小店运营、天猫旗舰店店长、直播带货主播、京东自营采购经理、私域流量运营、淘系运营、直播间运营都在招人。"
    assert _titles(text) == ["抖音小店运营", "天猫旗舰店店长", "直播带货主播", "京东自营采购经理", "私域流量运营",
                             "淘系运营", "直播间运营"]


def test_a_field_and_yuan_or_shi_are_a_person_word() -> None:
    # (计划 is a field: with 员 after it, the word of a person who plans; 员工, staff, stays no post)
    assert _titles("供应链计划员与数据分析专员对接,计划员工排班。") == ["供应链计划员", "数据分析专员"]


def test_promotion_of_a_shop_is_a_duty_not_a_post() -> None:
    # (推广, promotion, is work done far more often than a post: "负责店铺推广" is a duty)
    text = "推广专员\n岗位职责：\n1、负责店铺推广；\n2、APP推广合作洽谈。\n"
    assert ("推广专员", "店铺推广") in _needs(text)


def test_analysis_as_a_verb_opens_no_title() -> None:
    # (分析 is no field of its own: "analyse the sales"; only 数据分析 opens a title)
    found = _titles("负责监控线上销售数据,分析销售情况。")
    assert "分析销售" not in found and "线上销售" not in found


def _needs(text: str) -> set[tuple[str, str]]:
    return set(extract_facts(default_vocabulary(), "doc.txt", text).requires)


def test_a_head_alone_labelling_a_line_owns_its_duties() -> None:
    # (a bakery's posts: 面点 is no head, 领班 is one; the duties after the colon are the post's)
    text = "后厨岗位\n领班:安排当班人手,检查出品质量。\n"
    assert {("领班", "安排当班人手"), ("领班", "检查出品质量")} <= _needs(text)


def test_a_post_worked_with_is_part_of_a_duty() -> None:
    text = "仓库岗位\n理货员:配合仓管员盘点库存,整理货架。\n"
    found = _needs(text)
    assert ("理货员", "整理货架") in found
    assert any(role == "理货员" and "盘点库存" in skill for role, skill in found), found


def test_a_clause_glossing_the_holder_names_no_duty() -> None:
    text = "门店岗位\n店助:门店的日常帮手者,协助店长排班。\n"
    found = _needs(text)
    assert not any(skill.endswith("者") for _, skill in found), found
    assert any(role == "店助" and "排班" in skill for role, skill in found), found


def test_working_as_a_post_is_the_post() -> None:
    # 做 before a field and a head of a person: working as that post, not doing some work
    assert _titles("两年后他转岗做产品经理。") == ["产品经理"]
    assert "店铺运营" not in _titles("主要做店铺运营。")


COURIER_AD = (
    "快递派送员\n"
    "工作描述\n"
    "1. 按路线派送包裹\n"
    "2. 处理客户签收问题\n"
    "职位要求\n"
    "1. 两年以上快递派送经验\n"
    "2. 有货车驾驶经验者优先\n"
    "3. 普通话二级以上\n"
    "4. 每天派件80单以上\n"
)


def test_section_names_without_a_colon_open_duties_and_requirements() -> None:
    found = _needs(COURIER_AD)
    assert {("快递派送员", "按路线派送包裹"), ("快递派送员", "处理客户签收问题")} <= found


def test_how_much_is_asked_is_cut_from_a_requirement_not_the_requirement() -> None:
    skills = {skill for role, skill in _needs(COURIER_AD) if role == "快递派送员"}
    assert {"快递派送经验", "货车驾驶经验", "普通话二级"} <= skills
    assert not any("以上" in s or "优先" in s or "两年" in s for s in skills), skills


def test_a_sum_of_money_asked_at_least_is_still_no_skill() -> None:
    assert not _needs("客服专员\n任职要求：\n1、月销售额100万以上\n2、月薪5000元以上\n")


def _moves(text: str) -> set[tuple[str, str]]:
    return set(extract_facts(default_vocabulary(), "doc.txt", text).transitions)


def test_a_word_framing_a_stage_cue_is_no_duty() -> None:
    text = "厨房岗位的成长路线\n帮厨(0-1年):独立负责切配，月薪4000元。\n厨师(1-3年):负责热菜出品。\n"
    found = _needs(text)
    assert ("帮厨", "切配") in found
    assert ("帮厨", "独立") not in found


def test_a_story_goes_on_from_a_move_whose_source_it_left_unsaid() -> None:
    # (the title sums the story up; the narrator's moves chain from one another, not from the page's post)
    text = (
        "我是怎么从理货员做到物流经理的\n"
        "毕业后我在一家超市打工。\n"
        "后来店长让我转做仓管员，主要负责出入库登记。\n"
        "两年后我升为仓库组长，又过了三年成为物流经理。\n"
    )
    found = _moves(text)
    assert {("仓管员", "仓库组长"), ("仓库组长", "物流经理")} <= found
    assert ("物流经理", "仓管员") not in found
    assert ("店长", "仓管员") not in found  # (the manager had the narrator move)


def test_a_place_the_lexicon_lacks_before_a_post_is_part_of_its_title() -> None:
    text = "水果店店长、快递站站长和停车场管理员都由药店店员兼任过。"
    assert _titles(text) == ["水果店店长", "快递站站长", "停车场管理员", "药店店员"]
    # ("our shop", "this shop": no place's name)
    assert _titles("本店店长和这家店店员") == ["店长", "店员"]
