"""Role recall and precision, stop 29: posts the loader missed or made up (our own text, trades other than
e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_chinese_label_glossed_as_the_one_who_does_the_work_is_a_post(tmp_path: Path) -> None:
    # a kitchen's team, each post a label and a colon, glossed as "the ...-er of the service" (者)
    page = (
        "厨房团队有哪些分工?\n"
        "主厨:一次宴席的主导者,决定菜单和口味。\n\n"
        "砧板:一次宴席的备料者,配合主厨切配原料。\n\n"
        "打荷:一次宴席的传递者,配合主厨完成出菜。\n\n"
        "采购:一次宴席的备货者,按菜单买齐食材。\n\n"
        "要求:身体健康,能吃苦。\n"
    )
    got = roles(read(tmp_path, page))
    assert {"砧板", "打荷", "采购"} <= got
    assert "要求" not in got
