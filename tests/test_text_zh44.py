"""Chinese links read by general rules (stop 44).

Each page here is written for the test, in a trade other than e-commerce (a hospital, a hotel, a school, a building
site), so that what is tested is the wording, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, zh_needs

# a post's duties under a heading that names them with a word other than 岗位 ("核心职责"), and a guide's "一、主要工作"
# over numbered areas, each with a line of what it holds
WARD = """病房护士长

核心职责

负责病区护理排班。

检查护理文书书写质量。

安全第一:交接班时清点药品。

一、主要工作

1. 病区物资管理

包括药品请领、器械消毒等。
"""


def test_duties_named_core_or_main_work(tmp_path: Path) -> None:
    got = needs(read(tmp_path, WARD, name="ward_zh.txt")).get("护士长", set())
    for skill in ("病区护理排班", "检查护理文书书写质量", "病区物资管理", "药品请领", "器械消毒"):
        assert any(skill in s for s in got), (skill, got)
    assert not any("安全" in s for s in got), got  # a motto labelling a line names no duty


# a hotel's ad: a label cue's list parted by semicolons, and requirement lines whose clauses outside a cue's name
# needs of their own
HOTEL = """前台接待员

技能要求:熟练掌握前台收银系统;了解客房预订流程;有一定的英语口语能力。

任职要求:
2年以上酒店前台经验,熟悉入住登记;持有健康证。
根据客人需求和入住记录,推荐合适房型。
"""


def test_label_list_over_semicolons_and_rest_of_section_lines(tmp_path: Path) -> None:
    got = needs(read(tmp_path, HOTEL, name="hotel_zh.txt")).get("前台接待员", set())
    for skill in ("前台收银系统", "客房预订流程", "英语口语能力", "酒店前台经验", "入住登记", "健康证"):
        assert any(skill in s for s in got), (skill, got)
    assert "入住记录" not in got, got  # what the duty after it rests on is no need


def test_cue_rest_off(tmp_path: Path) -> None:
    g = read(tmp_path, HOTEL, disabled=frozenset({"zh.cue-rest"}), name="hotel_zh.txt")
    got = needs(g).get("前台接待员", set())
    assert not any("酒店前台经验" in s or "英语口语" in s for s in got), got


# a pharmacy's page of posts: the assistant's duties name the post it helps before a cue of their own
PHARMACY = """1.

药剂师(Pharmacist)

职责

:负责审核处方,指导用药。

技能要求

:熟悉药品分类。

2.

药剂助理(Pharmacy Assistant)

职责

:协助药剂师进行开药前的准备工作,如清点库存、摆放药品等;在配药过程中负责支持药剂师,分装药品、登记批号等。
"""


def test_post_helped_owns_no_duties(tmp_path: Path) -> None:
    got = zh_needs(PHARMACY)
    assert "登记批号" in got.get("药剂助理", set()), got
    assert "登记批号" not in got.get("药剂师", set()), got


# a building site's ad: the use of a tool, what is to be understood, a table's cells parted by spaces, and work and
# the bare verb after 与 that is done on it
SITE = """施工员

岗位职责:
现场管理 安排班组、检查进度
材料台账登记与更新

任职要求:
熟练掌握测量仪器的使用;
对施工规范和安全标准有深入理解。
"""


def test_item_names_of_use_understanding_cells_and_bare_verbs(tmp_path: Path) -> None:
    got = needs(read(tmp_path, SITE, name="site_zh.txt")).get("施工员", set())
    for skill in ("现场管理", "安排班组", "材料台账登记与更新", "测量仪器", "施工规范", "安全标准"):
        assert skill in got, (skill, got)
    assert not {"使用", "更新"} & got, got


# a page on a hotel post's pay: what the better-paid people have, told by the people who have it
CONCIERGE = """酒店礼宾员工资多少

1. 能力与收入
有经验的礼宾员或具备较强外语能力、礼仪知识的员工,往往能拿到更多小费。
"""


def test_what_holders_have_not_what_they_get(tmp_path: Path) -> None:
    got = needs(read(tmp_path, CONCIERGE, name="concierge_zh.txt")).get("酒店礼宾员", set())
    assert {"外语能力", "礼仪知识"} <= {s.removeprefix("较强") for s in got}, got
    assert not any("员工" in s or "小费" in s for s in got), got


# a hospital's records post: tools named in Latin letters and the work done with them
RECORDS = """病案统计员

任职要求:
熟悉病案编码规则,能使用SPSS/Excel进行统计分析。
"""


def test_tools_and_the_work_done_with_them(tmp_path: Path) -> None:
    got = needs(read(tmp_path, RECORDS, name="records_zh.txt")).get("统计员", set())
    assert {"spss", "excel", "统计分析"} <= got, got
