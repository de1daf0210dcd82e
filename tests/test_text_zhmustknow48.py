"""A Chinese cue of what a post must know, a word of need before 了解 ("他们需要了解A、B和C", "还要了解X方面的知识"),
opens a list of that post's needs (stop 48, zh.must-know); a field's knowledge, "A和B方面的知识", is named by its
fields, and a broad noun after 的 ("货运的流程") keeps what it is of. Before, the lists were not read (了解 was no
cue), and a field's knowledge was named "知识". A line's label is still read after the cue.

The page is written for the test, in a trade other than e-commerce (a hotel's front desk).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

FRONT_DESK = """酒店前台接待员岗位职责

1.办理入住:前台接待员负责办理入住和退房手续。他们需要了解房型、价格政策和会员制度。
2.礼宾服务:前台接待员还要了解本地交通、餐饮和旅游方面的知识。
3.行李服务:前台接待员负责行李寄存。
4.寄送服务:前台接待员需要了解快递和货运的流程。
"""


def test_what_must_be_known_is_needed(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FRONT_DESK)).get("前台接待员", set())
    assert {"房型", "价格政策", "会员制度"} <= got, got


def test_fields_of_knowledge_are_named(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FRONT_DESK)).get("前台接待员", set())
    assert {"本地交通", "餐饮", "旅游"} <= got, got
    assert "知识" not in got, got


def test_a_broad_noun_keeps_what_it_is_of(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FRONT_DESK)).get("前台接待员", set())
    assert any(name.endswith("货运流程") for name in got), got
    assert "流程" not in got, got


def test_the_lines_label_is_still_read(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FRONT_DESK)).get("前台接待员", set())
    assert "办理入住" in got, got


def test_switched_off_nothing_is_known(tmp_path: Path) -> None:
    got = needs(read(tmp_path, FRONT_DESK, frozenset({"zh.must-know"}))).get("前台接待员", set())
    assert "房型" not in got and "餐饮" not in got, got
