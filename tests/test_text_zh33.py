"""Chinese pages, stop 33: stage lines with a number and a motto, and a post after 做 (our own text, other trades)."""

from __future__ import annotations

from careergraph.loaders.text_zh import chinese_lines, read_chinese, titles_in


def test_numbered_stage_lines_with_a_motto_after_a_dash_are_a_ladder() -> None:
    text = "酒店前厅成长路径\n01 第一阶段:前台接待(0-1年)—— 打好基础\n必备能力:\n1. 熟悉入住退房流程\n"
    text += "02 第二阶段:前台主管(1-3年)—— 带好班组\n"
    facts = read_chinese(text, chinese_lines(text))
    assert [(m.source, m.target, m.years) for m in facts.moves] == [("前台接待", "前台主管", (0.0, 1.0))]
    assert not {n.skill for n in facts.needs} & {"打好基础", "带好班组", "02 第二阶段"}


def test_a_post_whose_field_the_lexicon_lacks_after_zuo_is_read_whole() -> None:
    for text, post in (("后来她在银行做理财经理。", "理财经理"), ("他转去做车间主任。", "车间主任")):
        assert post in [text[a:b] for a, b, _ in titles_in(text)]
