"""Chinese links read by general rules (stop 43).

Each page here is written for the test, in a trade other than e-commerce (a bakery), so that what is tested is the
wording, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

# a chatty page on one post: its duties and needs told to the reader in short sentences opening with 要, outside any
# section of duties
BAKERY = """面包店学徒岗位职责和任职要求(面包店学徒辛苦吗)

面包店学徒,你能不能干?

面包店学徒是烘焙行业的入门职位。今天就说说这个岗位要干啥。

先说工作内容。你要帮师傅揉面团。每天要清洗烤盘。还要提前称量原料。有时候还要打扫操作间。

那需要什么能力呢?首先要有耐心。其次要细心。还要有体力。

学历方面,初中就行。但最好懂点食品卫生知识。要想转正,就要多练手。
"""


def test_told_duties_are_the_pages_posts(tmp_path: Path) -> None:
    g = read(tmp_path, BAKERY, name="bakery_zh.txt")
    got = needs(g).get("面包店学徒", set())
    for skill in ("帮师傅揉面团", "清洗烤盘", "称量原料", "打扫操作间", "耐心", "细心", "体力", "食品卫生知识"):
        assert skill in got, (skill, got)
    assert not any("干啥" in s or "转正" in s or "练手" in s for s in got), got
    assert "师傅" not in needs(g), needs(g)  # whom the duty is done with owns none of it


def test_told_duties_off(tmp_path: Path) -> None:
    g = read(tmp_path, BAKERY, disabled=frozenset({"zh.told-duties"}), name="bakery_zh.txt")
    got = needs(g).get("面包店学徒", set())
    assert "清洗烤盘" not in got and "耐心" not in got, got


# an ad whose duties name the kind of place the work is done on by examples before 等
BOOKING = """酒店预订员

岗位职责：
1、负责携程、飞猪等平台的订单确认、退订处理；
2、负责美团等平台房态图片、价格日历的更新。
"""


def test_examples_of_the_place_are_no_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, BOOKING, name="booking_zh.txt")).get("酒店预订员", set())
    for skill in ("订单确认", "退订处理", "房态图片"):
        assert any(skill in s for s in got), (skill, got)
    assert not {"携程", "飞猪", "美团"} & got, got


# a barber's page opening with a reader's question about what the post needs, then saying it
BARBER = """理发师的成长之路

“做了两年学徒,想当理发师,却不知道要具备哪些能力,该从哪里下手?”这是很多学徒的困惑。

理发师需要熟练掌握剪发技巧、烫染技术。
"""


def test_a_question_names_no_needs(tmp_path: Path) -> None:
    got = needs(read(tmp_path, BARBER, name="barber_zh.txt"))
    held = {s for skills in got.values() for s in skills}
    assert "剪发技巧" in got.get("理发师", set()), got
    assert not any("哪" in s or "能力" == s for s in held), got
    off = needs(read(tmp_path, BARBER, disabled=frozenset({"zh.asked-needs"}), name="barber_zh.txt"))
    assert any("哪" in s for skills in off.values() for s in skills), off


# a gardener's duties, each closing with a clause of what it brings about
GARDENER = """园艺师

岗位职责：
1、负责苗木的日常养护，提升园区整体景观效果；
2、设计花境方案、绿篱造型，塑造统一的园林风格，增强游客对园区的好感度。
"""


def test_what_a_duty_brings_about_is_no_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, GARDENER, name="garden_zh.txt")).get("园艺师", set())
    assert "日常养护" in got and "设计花境方案" in got, got
    assert not any("景观效果" in s or "园林风格" in s or "好感度" in s for s in got), got


# a tailor glossed as the people who do some work, and what that work includes
TAILOR = """裁缝师的收入怎么样

裁缝师是指在服装店或工作室里从事服装制作工作的人员,包括量体、打版、缝制等工作。
"""


def test_a_posts_gloss_lists_its_work(tmp_path: Path) -> None:
    got = needs(read(tmp_path, TAILOR, name="tailor_zh.txt")).get("裁缝师", set())
    assert {"量体", "打版", "缝制"} <= got, got
    off = needs(read(tmp_path, TAILOR, disabled=frozenset({"zh.defined-work"}), name="tailor_zh.txt"))
    assert "量体" not in off.get("裁缝师", set()), off


# a pastry cook's prospects: the post it moves to closes one sentence, what the move asks follows in the next
PASTRY = """面点师的晋升

面点师的晋升空间主要包括晋升为面点主管、行政总厨等职位。晋升的关键在于不断积累经验,同时具备良好的沟通能力和成本控制能力。
"""


def test_what_a_move_asks_is_the_movers(tmp_path: Path) -> None:
    got = needs(read(tmp_path, PASTRY, name="pastry_zh.txt"))
    assert {"沟通能力", "成本控制能力"} <= got.get("面点师", set()), got
    assert "沟通能力" not in got.get("行政总厨", set()), got


# (stop 44) a florist's posts, each labelling its line; a later sentence of a line names another post in passing
FLORIST_LINES = """门店花艺岗位介绍

- 花艺专员:专注婚礼花艺设计、花材采购。据统计,专业花艺岗约占门店人数三成。
- 花店店长:负责门店排班、成本核算。
"""


def test_a_later_sentence_naming_a_post_leaves_the_label_its_duties(tmp_path: Path) -> None:
    g = read(tmp_path, FLORIST_LINES, name="florist_lines_zh.txt")
    got = needs(g).get("花艺专员", set())
    assert {"婚礼花艺设计", "花材采购"} <= got, got  # (专注, "focus on", frames the duty)
    assert {"门店排班", "成本核算"} <= needs(g).get("花店店长", set()), needs(g)
    off = read(tmp_path, FLORIST_LINES, disabled=frozenset({"zh.label-sentence"}), name="florist_lines_zh.txt")
    assert not needs(off).get("花艺专员"), needs(off)


# (stop 44) one sentence, a clause for each rung of a florist's ladder, each opened by its post
FLORIST_RUNGS = """花店岗位的晋升

一般来说,初级花艺师需掌握80%常见花材养护方法,高级花艺师需具备插花设计能力,而晋升店长则需要具备成本控制能力。
"""


def test_each_posts_clause_lists_its_own_needs(tmp_path: Path) -> None:
    g = read(tmp_path, FLORIST_RUNGS, name="florist_rungs_zh.txt")
    got = needs(g)
    assert "常见花材养护方法" in got.get("初级花艺师", set()), got  # (the share, 80%, is no part of the name)
    assert "插花设计能力" in got.get("高级花艺师", set()), got
    assert "成本控制能力" in got.get("店长", set()), got
    assert not got.get("初级花艺师", set()) & {"插花设计能力", "成本控制能力"}, got
    off = read(tmp_path, FLORIST_RUNGS, disabled=frozenset({"zh.post-clauses"}), name="florist_rungs_zh.txt")
    assert "常见花材养护方法" not in needs(off).get("初级花艺师", set()), needs(off)


# (stop 44) a pay page on one post, its head alone standing for it beside a level of it ("初级司机"), and the
# abilities of those who earn more, announced, each item named by its label, before the article's next numbered part
DRIVER_PAY = """货车司机薪资概况

1. 薪资水平

货车司机的薪资差别很大。初级司机的月薪一般在5000-7000元之间。

2. 个人能力

具备以下能力的司机更容易拿到高薪:

  • 驾驶技术:开车平稳,少出事故。
  • 沟通能力:与货主沟通装卸时间。
  • 专业知识:对车辆保养有深入了解,能够给车队提出建议。

3. 车辆类型

开冷藏车的司机工资更高。
"""


def test_the_heads_needs_are_the_one_post_of_its_field(tmp_path: Path) -> None:
    g = read(tmp_path, DRIVER_PAY, name="driver_pay_zh.txt")
    got = needs(g).get("货车司机", set())
    assert {"驾驶技术", "沟通能力", "专业知识"} <= got, needs(g)
    assert "车辆类型" not in got and "建议" not in got, got
    off = read(tmp_path, DRIVER_PAY, disabled=frozenset({"zh.field-head"}), name="driver_pay_zh.txt")
    assert not needs(off).get("货车司机"), needs(off)


def test_an_announced_list_ends_at_an_item_marked_otherwise(tmp_path: Path) -> None:
    off = read(
        tmp_path, DRIVER_PAY, disabled=frozenset({"zh.announced-items"}), name="driver_pay_zh.txt"
    )
    got = needs(off).get("货车司机", set())
    assert "专业知识" not in got, got  # (before: the label read as a group's, over the text after it)
    assert "车辆类型" in got, got  # (before: the next numbered part read as one more item)


# (stop 44) a flower shop's team, one item per post, one of them labelled by a word that also names the work (运营)
FLOWER_TEAM = """开一家花店需要几个人?

  • 花艺师:负责花束设计、花材修剪。
  • 运营:负责店铺活动安排及数据监控。
  • 店员:负责收银、打包。
"""


def test_a_head_labelling_an_item_among_posts_is_a_post(tmp_path: Path) -> None:
    g = read(tmp_path, FLOWER_TEAM, name="flower_team_zh.txt")
    got = needs(g)
    assert {"店铺活动安排", "数据监控"} <= got.get("运营", set()), got
    assert not got.get("花艺师", set()) & {"店铺活动安排", "数据监控"}, got
    off = read(tmp_path, FLOWER_TEAM, disabled=frozenset({"zh.sibling-labels"}), name="flower_team_zh.txt")
    assert "运营" not in needs(off), needs(off)


# (stop 44) a post's duties said to cover a list, then what they aim at
FLORIST_COVERS = """花店店长岗位介绍

花店店长是门店的核心职位。它的职责涵盖排班管理、花材采购、客户维护等方面,旨在让门店卖出更多花。
"""


def test_duties_said_to_cover_a_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FLORIST_COVERS, name="florist_covers_zh.txt")).get("花店店长", set())
    assert {"排班管理", "花材采购", "客户维护"} <= got, got
    assert not any("旨在" in s or "卖出" in s for s in got), got  # (what the duties aim at is none of them)


def test_a_post_glossing_the_subject_owns_nothing(tmp_path: Path) -> None:
    text = FLORIST_COVERS.replace("门店的核心职位", "门店的负责人")
    g = read(tmp_path, text, name="florist_gloss_zh.txt")
    assert {"排班管理", "花材采购", "客户维护"} <= needs(g).get("花店店长", set()), needs(g)
    assert "负责人" not in needs(g), needs(g)
    off = read(tmp_path, text, disabled=frozenset({"zh.copula-post"}), name="florist_gloss_zh.txt")
    assert "负责人" in needs(off), needs(off)


# (stop 44) a bare verb of work after 的 names the work on the thing before it
FLORIST_PLANS = """花店店长岗位职责

1、负责节日花礼方案的策划和执行;
2、负责门店的排班。
"""


def test_a_bare_verb_after_de_keeps_its_object(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FLORIST_PLANS, name="florist_plans_zh.txt")).get("花店店长", set())
    assert "节日花礼方案策划和执行" in got, got  # (before: "策划和执行" alone)
    assert "排班" in got, got  # (a thing done after 的 stays named alone)


# (stop 44) items opening with a clause of purpose before the duty it is for
FLORIST_PURPOSES = """花店店长岗位职责:
- 为了吸引顾客,策划节日促销活动。
- 为了保持花材新鲜,每天检查冷柜温度。
"""


def test_a_clause_of_purpose_opening_an_item_is_no_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FLORIST_PURPOSES, name="florist_purposes_zh.txt")).get("花店店长", set())
    assert {"策划节日促销活动", "每天检查冷柜温度"} <= got, got
    assert not any(s.startswith("为了") for s in got), got


# (stop 44) a bakery's posts, each alone on its line with its English name in brackets, its number on a line of
# its own above, over the sections of its duties and skills; one of them no title the lexicon knows
BAKERY_TEAM = """面包房岗位分工

面包房里一般有这些岗位:

1.

面包师(Baker)

职责

:负责制作面包,确保出品稳定。

技能要求

:熟悉发酵工艺。

2.

面包房助理(Bakery Assistant)

职责

:负责整理货架。

技能要求

:具备基本的食品卫生知识。

3.

裱花指导(Cake Decorating Lead)

职责

:负责设计蛋糕裱花样式。
"""


def test_glossed_post_headings_own_their_sections(tmp_path: Path) -> None:
    got = needs(read(tmp_path, BAKERY_TEAM, name="bakery_team_zh.txt"))
    assert {"整理货架", "食品卫生知识"} <= got.get("面包房助理", set()), got
    assert "设计蛋糕裱花样式" in got.get("裱花指导", set()), got
    assert not got.get("面包师", set()) & {"整理货架", "食品卫生知识", "设计蛋糕裱花样式"}, got
    off = needs(read(tmp_path, BAKERY_TEAM, disabled=frozenset({"zh.glossed-headings"}), name="bakery_team_zh.txt"))
    assert "裱花指导" not in off and "面包房助理" not in off, off


def test_and_before_a_latin_word_splits_two_duties(tmp_path: Path) -> None:
    page = "超市收银组长岗位职责:\n1、负责核对送货单与POS机流水;\n2、负责退货纠纷及VIP会员投诉。\n"
    got = needs(read(tmp_path, page, name="cashier_lead_zh.txt")).get("超市收银组长", set())
    assert {"核对送货单", "pos机流水", "退货纠纷", "vip会员投诉"} <= {s.lower() for s in got}, got


def test_documents_named_in_title_marks(tmp_path: Path) -> None:
    page = "仓库主管岗位职责:\n1、定期输出《月度库存盘点报告》,提出改进建议;\n2、熟悉《安全生产法》《消防法》。\n"
    got = needs(read(tmp_path, page, name="warehouse_lead_zh.txt")).get("仓库主管", set())
    assert {"月度库存盘点报告", "安全生产法", "消防法"} <= got, got  # (before: none, or with the marks)
