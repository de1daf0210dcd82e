"""Chinese headings that name a post's section by its duties and its vocational abilities: "1.接待员的岗位职责和职业
能力要求" (stop 47); and one opened by a word that may also name the work ("3.策划的岗位职责"). The lines under each,
to the next such heading, are that post's, not the first post the page names.

The page is written for the test, in a trade other than e-commerce (a hotel's front office).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

FRONT_OFFICE = """酒店前厅团队岗位介绍

酒店前厅常见的岗位包括接待员、礼宾员、策划。

一、前厅人员岗位职责和职业能力要求

1.接待员的岗位职责和职业能力要求
接待员是前厅的门面,负责办理入住和退房手续。

2.礼宾员的岗位职责和职业能力要求
礼宾员每天负责行李寄存和引领客人。

3.策划的岗位职责和职业能力要求
策划每月拟定节日活动方案。
"""


def test_each_posts_section_holds_its_own_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FRONT_OFFICE))
    desk = " | ".join(sorted(got.get("接待员", set())))
    assert "退房" in desk, got
    assert "行李" in " | ".join(sorted(got.get("礼宾员", set()))), got
    assert "活动方案" in " | ".join(sorted(got.get("策划", set()))), got
    assert "行李" not in desk and "活动方案" not in desk, got


def test_a_heading_names_no_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FRONT_OFFICE))
    assert not any("能力要求" in s for skills in got.values() for s in skills), got
