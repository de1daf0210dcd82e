"""Chinese job pages in the forms retail, logistics, hospitality and e-commerce career pages take (job ads,
ladders, stories, Q&A, pay lists, a team's posts), each our own short text: what careergraph.loaders.text_zh
missed or got wrong on them.
"""

from __future__ import annotations

from careergraph.graph.schema import Label
from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts
from careergraph.loaders.text_zh import titles_in


def _titles(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in titles_in(text)]


def _moves(text: str) -> set[tuple[str, str]]:
    return set(extract_facts(default_vocabulary(), "doc.txt", text).transitions)


def test_a_field_the_lexicon_lacks_is_not_cut_inside_a_known_word() -> None:
    # (企划 and 筹备 are no lexicon words: the field before 专员 / 主管 reaches back over whole words only)
    assert _titles("招聘电商商品企划专员一名。") == ["电商商品企划专员"]
    assert _titles("现招门店开业筹备主管。") == ["门店开业筹备主管"]


def test_a_title_may_have_four_words_before_its_head() -> None:
    text = "物流园招聘跨境电商海外仓储主管,另招冷链物流配送调度员。"
    assert _titles(text) == ["跨境电商海外仓储主管", "冷链物流配送调度员"]


def test_more_verbs_of_moving_a_post_to_another() -> None:
    # (可升 after a modal, a direction of growth, 竞聘 and 转去做: each moves a post to the next)
    text = "学徒做满两年可升厨师，厨师表现好的可以往厨师长方向发展。"
    assert {("学徒", "厨师"), ("厨师", "厨师长")} <= _moves(text)
    assert ("保安", "保安主管") in _moves("保安干满三年可以竞聘保安主管。")
    assert ("领班", "采购专员") in _moves("有的领班会转去做采购专员。")


def test_a_direction_that_names_no_post_and_a_report_to_a_post_are_no_moves() -> None:
    assert not _moves("她每周向店长汇报。")
    assert not _moves("收银员也可以往管理方向发展。")
    assert not _moves("本店面向店长招聘助手。")


def test_an_alternative_move_starts_where_the_last_move_started() -> None:
    found = _moves("配送员干满一年可以升为配送组长，也可以转做调度员。")
    assert {("配送员", "配送组长"), ("配送员", "调度员")} <= found
    assert ("配送组长", "调度员") not in found
    # (还, "further", goes on from where the last move ended)
    assert ("收银组长", "店长") in _moves("收银员可以升为收银组长，还可以再升为店长。")


def test_a_dashed_ladder_under_a_heading_that_speaks_of_growth() -> None:
    text = "## 厨房晋升路径\n学徒——厨师——主厨——行政总厨\n"
    assert {("学徒", "厨师"), ("厨师", "主厨"), ("主厨", "行政总厨")} <= _moves(text)
    text = "仓库的发展通道：\n理货员—仓管员—仓库主管\n"
    assert {("理货员", "仓管员"), ("仓管员", "仓库主管")} <= _moves(text)
    # (under a heading that speaks of no ladder a dash joins no rungs: a contact, a list of posts)
    assert not _moves("联系方式：\n店长-王先生\n")
    assert not _moves("招聘岗位：\n理货员-仓管员\n")


def test_more_heads_fields_and_ranks_of_retail_hotel_and_logistics_posts() -> None:
    text = "酒店设有大堂副理、夜审、总机话务员和洗碗工；超市设课长、储备干部和兼职收银员。"
    assert _titles(text) == ["大堂副理", "夜审", "总机话务员", "洗碗工", "课长", "储备干部", "兼职收银员"]
    text = "物流园有叉车司机、货车司机、库管员、分拣工；药店招执业药师；另招夜班收银员和前台接待。"
    assert _titles(text) == ["叉车司机", "货车司机", "库管员", "分拣工", "执业药师", "夜班收银员", "前台接待"]


def test_a_worker_in_gong_is_no_word_of_work_or_tools() -> None:
    assert _titles("装卸工作由外包完成，熟练操作工具，参与分拣工作。") == []


def test_a_head_that_names_an_activity_is_no_post_alone_in_prose() -> None:
    text = "请到收银台付款，接待客户要热情，前台系统升级了，调度中心在二楼。"
    assert not _roles(text)


def _roles(text: str) -> set[str]:
    facts = extract_facts(default_vocabulary(), "doc.txt", text)
    return {key for key, node in facts.nodes.items() if node["label"] == Label.ROLE}


def test_a_verb_of_leading_people_is_no_part_of_the_post_it_leads() -> None:
    assert _titles("车间主任：每天带领拣选组长开会。") == ["车间主任", "拣选组长"]
    assert _titles("区域经理需要督导门店助理。") == ["区域经理", "门店助理"]
    assert _titles("培训专员和培训发展专员。") == ["培训专员", "培训发展专员"]  # (培训 a field here)
    assert "班组长" in _titles("班组长：带领作业员完成拣货。")
    assert _titles("需要一名库存管理专员。") == ["库存管理专员"]  # (管理 just before the head: the work)


def test_stages_named_by_their_place_in_order_are_a_ladder() -> None:
    text = (
        "美发师的成长\n"
        "第一阶段：助理，负责洗头和吹发；\n"
        "第二阶段：发型师，独立为顾客剪发；\n"
        "第三阶段：店长，负责门店经营。\n"
    )
    found = _moves(text)
    assert {("助理", "发型师"), ("发型师", "店长")} <= found
    assert not _moves("第一步：先做客服，熟悉产品；\n第二步：学习数据分析。\n")


def test_a_story_moves_by_taking_up_a_post_transfer_and_where_one_is_now() -> None:
    text = "他一开始在车间做学徒，两年后调到质检部做质检员，后来担任质检组长，现在是车间主任。"
    found = extract_facts(default_vocabulary(), "doc.txt", text).transitions
    assert {("学徒", "质检员"), ("质检员", "质检组长"), ("质检组长", "车间主任")} <= set(found)
    # (the two years are the time before the transfer, not before the later moves)
    assert found[("质检组长", "车间主任")].get("years_min") is None


def test_when_a_post_holder_is_away_or_held_before_is_no_move() -> None:
    assert not _moves("当主管不在时，由领班负责。本岗位由店长担任。曾担任过运营主管者优先。")


def test_a_word_that_moves_only_before_a_post_leaves_a_duty_line_alone() -> None:
    text = "直播岗位\n场控：把控直播节奏，向主播反馈弹幕问题。\n"
    assert ("场控", "把控直播节奏") in set(extract_facts(default_vocabulary(), "doc.txt", text).requires)


def _needs(text: str) -> set[tuple[str, str]]:
    return set(extract_facts(default_vocabulary(), "doc.txt", text).requires)


def test_an_ads_pay_after_its_requirements_is_none_of_them() -> None:
    text = "面点师\n任职要求\n1. 两年以上面点经验\n薪资待遇\n月薪6000-8000元\n"
    assert {skill for _, skill in _needs(text)} == {"面点经验"}
    text = "洗车员\n要求：\n- 能吃苦\n工资：底薪4000+提成\n上班时间：早八晚六\n"
    assert {skill for _, skill in _needs(text)} == {"能吃苦"}


def test_items_numbered_in_chinese_numerals_under_a_section_are_items() -> None:
    text = "保洁员\n工作职责：\n一、清洁公共区域；\n二、补充洗手间用品。\n三、任职要求\n一、身体健康，能吃苦。\n"
    found = _needs(text)
    assert {("保洁员", "清洁公共区域"), ("保洁员", "补充洗手间用品")} <= found
    assert ("保洁员", "任职要求") not in found  # (a section's name, no punctuation: still a heading)


def test_the_time_a_move_from_one_post_to_another_takes() -> None:
    text = "从售票员到售票组长，一般需要两到三年；售票组长到售票主管大概要4年。"
    found = extract_facts(default_vocabulary(), "doc.txt", text).transitions
    assert (found[("售票员", "售票组长")]["years_min"], found[("售票员", "售票组长")]["years_max"]) == (2.0, 3.0)
    assert found[("售票组长", "售票主管")]["years_min"] == 4.0
    assert not _moves("从周一到周五都需要上班，从仓库到门店要两年前就规划好。")


def test_a_head_and_yuan_is_a_word_of_a_person() -> None:
    assert _titles("小区招聘保安员两名，另招客服员工一名。") == ["保安员", "客服"]
    assert ("保安员", "保安队长") in _moves("保安员干满两年可升保安队长。")


def test_heads_of_an_activity_listed_among_a_teams_posts_are_posts() -> None:
    assert {"调度", "客服", "站长", "快递员"} <= _roles("快递网点的岗位有：站长、快递员、调度和客服。")
    assert {"接待", "礼宾员"} <= _roles("酒店前厅团队由大堂经理、礼宾员、接待和行李员组成。")
    assert not _roles("他负责运营、客服和调度。") & {"运营", "客服", "调度"}


def test_a_posts_name_and_a_section_name_alone_on_a_line_open_that_posts_section() -> None:
    text = "面包师岗位职责及任职要求\n1. 按配方制作面包；\n2. 清洁烤箱和操作台。\n"
    assert {("面包师", "按配方制作面包"), ("面包师", "清洁烤箱")} <= _needs(text)
    assert ("叉车司机", "会看单据") in _needs("叉车司机的任职要求\n- 会看单据\n")


def test_a_storys_posts_from_the_first_to_now_are_moves() -> None:
    found = _moves("从最早的洗碗工，到配菜员，再到现在的主厨，我用了十年。")
    assert {("洗碗工", "配菜员"), ("配菜员", "主厨")} <= found
    assert ("洗碗工", "主厨") not in found


def test_zhuan_alone_moves_a_post_its_clause_names() -> None:
    assert ("保洁员", "客房服务员") in _moves("保洁员能不能转客房服务员？")
    assert ("配送员", "调度员") in _moves("配送员干两年后转调度员的人不少。")
    assert ("保安", "监控员") in _moves("保安做满一年后可以转监控员。")
    assert not _moves("转正后工资涨了，要转化率高。")


def test_knowing_or_running_some_work_is_no_post() -> None:
    assert not _roles("要求熟悉会员运营，了解社群运营，擅长活动策划。")
    assert ("组长", "统筹门店运营") in _needs("前厅岗位\n组长：统筹门店运营，安排排班。\n")
    assert {"产品经理", "店长"} <= _roles("了解产品经理的工作，熟悉店长职责。")  # (posts of persons stay posts)


def test_finishing_an_apprenticeship_is_no_post() -> None:
    # (出师: done with one's apprenticeship; the apprentice becomes the cook)
    assert "出师" not in _roles("学徒三年，出师后成为厨师。")
    assert ("学徒", "厨师") in _moves("学徒三年，出师后成为厨师。")


def test_product_categories_and_channels_open_titles() -> None:
    text = "招聘母婴店长、女装运营、家电采购经理、商品详情页设计师、海外社媒运营和短视频编导各一名。"
    assert _titles(text) == ["母婴店长", "女装运营", "家电采购经理", "商品详情页设计师", "海外社媒运营", "短视频编导"]
    assert "财务" in _roles("网点的岗位有：网点经理、快递员、财务。")
    assert not _roles("女装数据很好，家电经验优先，负责财务。")


def test_the_post_of_a_work_named_with_gang_is_a_post() -> None:
    facts = extract_facts(default_vocabulary(), "doc.txt", "商场招聘导购岗位三名，月薪5000-6000元。")
    assert [(pay["role"], pay["min"]) for pay in facts.salaries] == [("导购", 5000.0)]
    assert not _roles("他负责导购和运营工作。")


def test_pay_told_as_what_a_post_can_earn() -> None:
    text = "问：面点师一个月能拿多少？\n答：新手面点师能拿4000-5000，面点主管年薪能到12万以上。\n"
    facts = extract_facts(default_vocabulary(), "doc.txt", text)
    got = {(pay["role"], pay["min"], pay["max"], pay["period"]) for pay in facts.salaries}
    assert {("面点师", 4000.0, 5000.0, "month"), ("面点主管", 120000.0, None, "year")} <= got
    assert not extract_facts(default_vocabulary(), "doc.txt", "理货员每单能赚5元，一次能拿3件。").salaries


def test_short_labels_of_duties_and_requirements_on_a_line() -> None:
    text = "岗位：加油站站长\n职责：安排加油员排班，检查油品库存\n要求：有加油站工作经验，会开票\n"
    found = _needs(text)
    assert {("加油站站长", "检查油品库存"), ("加油站站长", "会开票")} <= found


def test_a_head_alone_and_a_section_name_open_that_posts_section() -> None:
    assert ("保安", "巡查园区") in _needs("保安岗位职责\n1. 巡查园区；\n2. 登记来访车辆。\n")
    assert ("导购", "介绍商品") in _needs("导购岗位职责\n1. 介绍商品；\n")


def test_the_time_each_rung_takes_said_under_a_ladder() -> None:
    text = "修车铺的晋升路线：\n学徒→修理员→技师\n每一级大约需要两年。\n"
    found = extract_facts(default_vocabulary(), "doc.txt", text).transitions
    assert found[("学徒", "修理员")].get("years_min") == 2.0
    assert found[("修理员", "技师")].get("years_max") == 2.0


def test_a_head_alone_is_the_full_post_not_a_trainees_title_ending_in_it() -> None:
    text = "见习领班\n岗位职责：协助安排服务员排班。\n表现优秀者半年可晋升领班。\n"
    assert ("见习领班", "领班") in _moves(text)
    assert {"副主管", "主管"} <= _roles("超市的岗位有：收银员、副主管、主管。")


def test_becoming_regular_and_rising_after_keyi_are_moves() -> None:
    assert ("见习药师", "药师") in _moves("见习药师一年后转正为药师。")
    assert ("仓管员", "仓库主管") in _moves("仓管员做得好可以升仓库主管。")
    assert not _moves("试用期三个月，转正后月薪5000元，可以升级会员。")


def test_the_last_of_the_works_a_verb_of_doing_lists_is_work() -> None:
    assert not _roles("她负责会员招募和活动策划，也熟悉数据分析和内容运营。")
    assert {"店长", "店铺运营"} <= _roles("门店有店长和店铺运营各一名。")


def test_zucheng_after_a_title_makes_no_department() -> None:
    # (组成, "make up", is no 组, a unit: the team's last post is a post)
    assert "理货" in _roles("仓库班组由组长、叉车司机和理货组成。")
    assert not _roles("客服组负责售后。") & {"客服"}
