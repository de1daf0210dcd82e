"""A Chinese title framed by 在 and 中 is the field worked in, not who does the duties after it (stop 46).

"收银主管在门店运营中承担着关键职责。他们要安排排班": 他们 are the cashier supervisors, not
门店运营. Each page is written for the test, in a trade the rules were not written from (a supermarket, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_a_title_framed_as_a_field_owns_no_duties(tmp_path: Path) -> None:
    text = "收银主管的工作内容\n\n收银主管在门店运营中承担着关键职责。他们每天要负责收银管理,并且安排排班、核对账目。\n"
    got = needs(read(tmp_path, text))
    assert "安排排班" in got.get("收银主管", set()), got
    assert not got.get("门店运营"), got
    # (the rule off: the field named last takes the duties)
    off = needs(read(tmp_path, text, frozenset({"zh.field-frame"})))
    assert "安排排班" in off.get("门店运营", set()), off


def test_a_title_after_zai_with_no_field_word_still_owns(tmp_path: Path) -> None:
    text = "前台接待的工作\n\n前台接待在酒店大堂工作。他们负责办理入住、接听电话。\n"
    got = needs(read(tmp_path, text))
    assert any("入住" in s for s in got.get("前台接待", set())), got
