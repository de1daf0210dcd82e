"""A Chinese list item whose label names no post and whose text after the colon opens with a full title as its
subject ("- 团队协作精神:前台接待需要与客房部紧密配合") names a skill of that post (zh.skill-labels, stop 46); before,
such items read nothing. The page is our own, in a trade the rules were not written from (a hotel front desk).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "前台接待的职业素质\n"
    "- 沟通能力强:前台接待需要与客人、同事等多方沟通。\n"
    "- 团队协作精神:前台接待需要与客房部紧密配合。\n"
    "- 小李:曾在酒店前台工作三年。\n"
    "- 晋升空间:前台接待→前台主管。\n"
)


def test_the_label_is_a_skill_of_the_post_after_the_colon(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("前台接待", set())
    assert {"沟通能力强", "团队协作精神"} <= got, got
    assert "小李" not in got, got  # (a person's name labels a line that names no post after the colon)
    assert "晋升空间" not in got, got  # (a move after the colon: the label names no skill)


def test_the_rule_switched_off_reads_nothing_there(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE, disabled=frozenset({"zh.skill-labels"}))).get("前台接待", set())
    assert "团队协作精神" not in got, got


def test_labels_of_the_ads_topics_and_sections_name_no_skill(tmp_path: Path) -> None:
    page = (
        "前台接待招聘\n"
        "- 岗位职责:前台接待需要负责客人入住登记。\n"
        "- 工作地点:前台接待需要在上海工作。\n"
        "- 团队协作精神:前台接待需要与客房部紧密配合。\n"
    )
    got = needs(read(tmp_path, page)).get("前台接待", set())
    assert "团队协作精神" in got, got
    assert not {"岗位职责", "工作地点"} & got, got
    assert "客人入住登记" in got, got  # (the duties after a section's label are read as before)
