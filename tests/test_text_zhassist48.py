"""A Chinese cue of help given, 协助 before the work ("协助领班进行客房的检查、设备调试、布草清点等工作"), opens a
list of the post's duties (stop 48, zh.assist-cue); the post helped is no part of them, and a bare verb after 的
keeps what it works on ("客房的检查": 客房检查). Help named inside brackets glosses the skill before it
("基础能力(协助...)"), and help received ("在领班的协助下") opens nothing. Before, a line whose only verb was 协助
named nothing but its label.

The page is written for the test, in a trade other than e-commerce (a hotel's housekeeping).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

ROOMS = """客房服务员岗位职责

一、工作内容
- 早班准备:协助领班进行客房的检查、设备调试、布草清点等工作。
- 基础能力(协助领班巡视楼层)
"""


def _got(tmp_path: Path, off: frozenset[str] = frozenset()) -> set[str]:
    return needs(read(tmp_path, ROOMS, off)).get("客房服务员", set())


def test_the_work_helped_with_is_a_duty(tmp_path: Path) -> None:
    got = _got(tmp_path)
    assert {"客房检查", "设备调试", "布草清点"} <= got, got
    assert not any("领班" in name for name in got), got


def test_help_in_brackets_opens_no_list(tmp_path: Path) -> None:
    got = _got(tmp_path)
    assert not any("巡视" in name for name in got), got


def test_switched_off_the_list_is_not_read(tmp_path: Path) -> None:
    got = _got(tmp_path, frozenset({"zh.assist-cue"}))
    assert "设备调试" not in got and "布草清点" not in got, got


CONCIERGE = """礼宾员岗位职责

- 行李服务:礼宾员配合前台进行行李寄存、叫车服务等工作。
- 交接:礼宾员辅助大堂经理完成贵宾接待。
- 团队:各班次之间配合得当,交接顺畅。
"""


def test_the_work_after_other_verbs_of_helping_is_a_duty(tmp_path: Path) -> None:
    # (配合 and 辅助 give help as 协助 does, where a verb of doing follows: the work is the post's duty)
    got = needs(read(tmp_path, CONCIERGE)).get("礼宾员", set())
    assert {"行李寄存", "叫车服务"} <= got, got
    assert any("贵宾接待" in name for name in got), got
    assert not any("得当" in name or "前台" in name for name in got), got
