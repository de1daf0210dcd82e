"""Chinese job pages of many trades in the forms career pages take (pay and rank tables, job ads, ladders, stories),
each our own short text: what careergraph.loaders.text_zh missed or got wrong on them.
"""

from __future__ import annotations

from careergraph.loaders.text_zh import chinese_lines, read_chinese


def _facts(text: str):  # type: ignore[no-untyped-def]
    return read_chinese(text, chinese_lines(text))


def test_a_rank_table_whose_posts_are_its_second_column() -> None:
    # (the rank code comes first: the column headed 岗位 names the rungs, the other columns are read by their headers)
    text = "银行网点职级表\n| 职级 | 岗位 | 月薪 |\n| B1 | 柜员 | 5000-6000元 |\n| B2 | 大堂经理 | 7000-9000元 |\n"
    facts = _facts(text)
    assert [(m.source, m.target) for m in facts.moves] == [("柜员", "大堂经理")]
    pay = sorted((p.role, p.low, p.high) for p in facts.pay)
    assert pay == [("大堂经理", 7000.0, 9000.0), ("柜员", 5000.0, 6000.0)]
