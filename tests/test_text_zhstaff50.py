"""A head that names an activity too (客服, 运营, 采购 ...) with 人员 (staff) right after it names the post of the staff
who do that work (stop 50, zh.staff-heads): in prose ("客服人员负责处理客人投诉"), its duties are that post's, not the
page's; as the whole cell of a table's column of posts ("客服人员 | 处理客人投诉"), the row is that post's. Before, the
head was read as the work, its duties went to the page's post and the table's row was no post's.

The pages are written for the test, in a trade other than e-commerce (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles

PROSE = """酒店前台岗位介绍

酒店前台负责办理入住和退房手续。

客服人员负责处理客人投诉,回答预订咨询。
"""

TABLE = """酒店各岗位职责一览

岗位名称 | 主要职责 |
前台接待 | 办理入住、退房手续。 |
客服人员 | 处理客人投诉、回答预订咨询。 |
"""

OTHERS = """酒店前台岗位介绍

酒店前台负责办理入住和退房手续。

相关人员负责检查消防通道,工作人员负责清点布草。
"""


def test_staff_of_an_activity_are_a_post_in_prose(tmp_path: Path) -> None:
    got = needs(read(tmp_path, PROSE))
    assert any("投诉" in name for name in got.get("客服", set())), got
    assert not any("投诉" in name for name in got.get("酒店前台", set())), got


def test_a_cell_of_staff_is_its_row_s_post(tmp_path: Path) -> None:
    g = read(tmp_path, TABLE)
    assert "客服人员" in roles(g), roles(g)
    assert any("投诉" in name for name in needs(g).get("客服人员", set())), needs(g)


def test_staff_after_no_word_of_work_are_no_post(tmp_path: Path) -> None:
    g = read(tmp_path, OTHERS)
    assert not any("人员" in key or key in {"相关", "工作"} for key in roles(g)), roles(g)


def test_switched_off_the_staff_are_no_post(tmp_path: Path) -> None:
    off = frozenset({"zh.staff-heads"})
    assert not any("投诉" in name for name in needs(read(tmp_path, PROSE, off)).get("客服", set()))
    assert "客服人员" not in roles(read(tmp_path, TABLE, off))
