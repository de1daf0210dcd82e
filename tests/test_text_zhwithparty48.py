"""A Chinese item of work done with a party, "与客人互动", "与前台经理沟通排班" (与 / 和 / 跟 / 同 / 向, the party,
then a verb of dealing with people: 互动, 沟通, 协调, 对接, 交流, and at most a few words after it), names a duty as
written, as "liaise with guests" does in English (stop 48). Before, every item opening with 与 was taken for a
clause of whom the work is done with and dropped. An item of mere company ("和同事一起巡视大堂") is still no skill.

The page is written for the test, in a trade other than e-commerce (a hotel lobby).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

LOBBY = """酒店大堂副理岗位职责

1.大堂副理负责与客人互动、处理投诉、与前台经理沟通排班等工作。
2.大堂副理负责和同事一起巡视大堂。
"""


def test_work_with_a_party_is_a_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, LOBBY)).get("大堂副理", set())
    assert {"与客人互动", "处理投诉", "与前台经理沟通排班"} <= got, got


def test_mere_company_is_no_skill(tmp_path: Path) -> None:
    got = needs(read(tmp_path, LOBBY)).get("大堂副理", set())
    assert not any(name.startswith("和同事") for name in got), got
