"""Chinese titles of several field words across a word the lexicon lacks (stop 46).

The page is written for the test, in a trade other than e-commerce (cold-chain haulage), so that what is tested is
how a title is bounded, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_zh import bridged_tail, titles_in

# a post named by two field words, a word the lexicon lacks (车辆, vehicles) and a title the lexicon knows (调度主管)
HAULAGE = """物流冷链车辆调度主管的工作职责

物流冷链车辆调度主管负责安排每天的出车计划。
物流冷链车辆调度主管需要具备以下要求:
1.熟悉冷藏车温控:能看懂温度记录。
2.路线规划:能根据订单安排送货路线。
"""


def test_title_runs_back_over_an_unknown_word() -> None:
    t = "物流冷链车辆调度主管负责排班。"
    assert [t[a:b] for a, b, _ in titles_in(t)] == ["物流冷链车辆调度主管"]
    assert bridged_tail("物流冷链车辆调度主管") == "车辆调度主管"
    # a verb of doing opening the fields keeps the title as read; so does a particle in the word
    t = "负责物流冷链车辆调度主管的排班。"
    assert [t[a:b] for a, b, _ in titles_in(t)] == ["调度主管"]
    t = "物流冷链的调度主管负责排班。"
    assert [t[a:b] for a, b, _ in titles_in(t)] == ["调度主管"]


def test_the_long_title_owns_the_duties(tmp_path: Path) -> None:
    g = read(tmp_path, HAULAGE, name="haulage_zh.txt")
    got = needs(g)
    assert "调度主管" not in got, got
    assert any("出车计划" in s for s in got.get("物流冷链车辆调度主管", set())), got
    names = [d.get("aliases") for _, d in g.nodes(data=True) if d.get("name") == "物流冷链车辆调度主管"]
    assert names and "车辆调度主管" in (names[0] or []), names
