"""Chinese pages, stop 48: a field and a word of activity ("活动策划", "视觉设计") after a verb of doing or covering
some work, with or without a short field of it between, is the work, no post (texts written here, in other trades
than the pages read)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import read, roles

_HEAD = "岗位介绍\n\n行政主管负责日常管理。"


@pytest.mark.parametrize(
    ("sentence", "work"),
    [
        ("其工作涉及酒店视觉设计、客房布置。", "酒店视觉设计"),  # (涉及: what the work involves)
        ("其职责涵盖校园活动策划、课程安排。", "活动策划"),  # (涵盖: what the duties cover)
    ],
)
def test_the_work_a_post_covers_names_no_post(tmp_path: Path, sentence: str, work: str) -> None:
    got = roles(read(tmp_path, _HEAD + sentence + "\n"))
    assert "行政主管" in got and work not in got


def test_a_field_between_the_verb_and_the_work_keeps_it_work(tmp_path: Path) -> None:
    text = "医院后勤岗位\n\n后勤主管负责病房物资管理，并协同护士长完成病区活动策划。\n"
    got = roles(read(tmp_path, text))
    assert {"后勤主管", "护士长"} <= got and "活动策划" not in got


def test_a_post_of_such_a_head_is_still_read(tmp_path: Path) -> None:
    got = roles(read(tmp_path, "酒店岗位\n\n活动策划负责节日活动方案，并向市场经理汇报。\n"))
    assert "活动策划" in got
