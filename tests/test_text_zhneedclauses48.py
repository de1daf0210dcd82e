"""Clauses of duties after a Chinese post (or 她们 / 他们 for it) and a word of need (需要, 需), split at commas:
"病房护士需要与病人家属沟通,测量体温和血压,记录护理日志,确保病人安全" (stop 48, zh.need-clauses). Each clause opened
by a verb of work is a duty of the post; a clause of purpose or outcome (确保, 保证) ends them, a first clause of whom
the work is done with (与X沟通) and a clause of means (通过电话) name none. Before, only a line's label or first
clause was read.

The page is written for the test, in a trade other than e-commerce (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

WARD = """病房护士岗位职责

1.日常护理:病房护士需要与病人家属沟通,测量体温和血压,记录护理日志,确保病人安全。
2.药品管理:她们还需要协助完成配药、发药、核对等工作,保证每一次用药都准确。
3.联系家属:病房护士需要通过电话和邮件与家属保持联系。
"""


def _got(tmp_path: Path, off: frozenset[str] = frozenset()) -> set[str]:
    return needs(read(tmp_path, WARD, off)).get("护士", set())


def test_each_clause_is_a_duty(tmp_path: Path) -> None:
    got = _got(tmp_path)
    assert {"测量体温", "记录护理日志"} <= got, got
    assert {"配药", "发药", "核对"} <= got, got


def test_purpose_partners_and_means_name_nothing(tmp_path: Path) -> None:
    got = _got(tmp_path)
    assert not any("确保" in name or "保证" in name or "安全" in name for name in got), got
    assert not any("沟通" in name or "电话" in name or "邮件" in name for name in got), got


def test_switched_off_the_clauses_are_not_read(tmp_path: Path) -> None:
    got = _got(tmp_path, frozenset({"zh.need-clauses"}))
    assert "记录护理日志" not in got and "测量体温" not in got, got


CLINIC = """门诊护士岗位职责

1.分诊:门诊护士需要测量血压,以及登记病人信息。
2.录入:门诊护士尤其需要整理病历,使用电子系统录入医嘱。
3.协作:其他科室的同事尤其需要借用轮椅,填写借用记录。
"""


def test_and_also_and_use_go_on_with_the_duties(tmp_path: Path) -> None:
    # (以及 is "and", 使用 is "use": neither opens a clause of purpose that ends the duties)
    got = needs(read(tmp_path, CLINIC)).get("护士", set())
    assert any("登记病人信息" in name for name in got), got
    assert any("录入医嘱" in name for name in got), got


def test_especially_is_no_pronoun_for_the_post(tmp_path: Path) -> None:
    # (尤其, "especially", ends in 其 but stands for no post: the need is the colleagues')
    got = needs(read(tmp_path, CLINIC)).get("护士", set())
    assert "整理病历" in got, got
    assert not any("借用" in name for name in got), got
