"""Chinese posts read by general rules (stop 40).

Each page here is written for the test, in a trade other than e-commerce (a flower shop), so that what is tested is
the wording, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

FLOWER_SHOP = """花店岗位与薪资

花店助理的工作主要是协助店长做好每日的盘点和订单统计工作。

初级销售人员的月薪一般在3000元至4500元之间，中高级花艺师的月薪在6000元以上。
"""


def test_a_post_assisted_a_middle_to_senior_rank_and_a_name_with_staff(tmp_path: Path) -> None:
    g = read(tmp_path, FLOWER_SHOP)
    got = roles(g)
    assert "店长" in got, got  # the post 协助 (assist) takes, before the work done with it
    assert "店助" not in got, got  # "花店助理": a shop's 助理, no 店助 inside it
    assert "中高级花艺师" in got and "高级花艺师" not in got, got
    names = {a for n, data in g.nodes(data=True) for a in data.get("aliases") or ()}
    staff = [n for n in got if n.startswith("初级")]
    assert any(a.endswith("人员") for a in names) or any(n.endswith("人员") for n in staff), (got, names)
    off = read(tmp_path, FLOWER_SHOP, frozenset({"zh.staff-names"}))
    assert not any(a.endswith("人员") for n, d in off.nodes(data=True) for a in d.get("aliases") or ())
