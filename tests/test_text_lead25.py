"""Small general readings added in stop 25 by the lead (our own text, trades other than e-commerce)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import add_node, add_relationship, new_graph
from careergraph.loaders.text_quality import compare
from tests.text_helpers import moves, read, roles


def test_two_posts_compared_with_vs_are_two_titles(tmp_path: Path) -> None:
    page = (
        "Sous Chef vs Head Chef: How the Two Jobs Differ\n\n"
        "A sous chef runs the line. A head chef versus Kitchen Manager is a question of scale.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"sous-chef", "head-chef", "kitchen-manager"} <= got
    assert not {r for r in got if "vs" in r.split("-") or "versus" in r.split("-")}


def _graph(role: str, skills: list[str]) -> nx.MultiDiGraph:
    g = new_graph()
    add_node(g, Label.ROLE, role, key=role)
    for skill in skills:
        add_node(g, Label.SKILL, skill, key=skill)
        add_relationship(g, RelType.REQUIRES, role, skill)
    return g


def test_the_lenient_skill_match_reads_chinese_names_inside_others_as_english_words() -> None:
    reference = _graph("仓库主管", ["仓储设备维护", "市场洞察力", "沟通协调能力"])
    # one name written inside another matches, as "creative marketing" matches "dynamic blend of creative marketing"
    found = _graph("仓库主管", ["各类仓储设备维护", "洞察力", "沟通能力", "客户关系"])
    links = {s.name: s for s in compare(found, reference)}["role->skill links"]
    assert links.found == 2
    # a shared word of ability alone ("能力") or a name that is not inside the other makes no match
    assert links.extra == ["仓库主管 -> 客户关系", "仓库主管 -> 沟通能力"]


def test_an_arrow_ladder_written_without_spaces_is_read(tmp_path: Path) -> None:
    page = (
        "Kitchen careers\n\nThe usual route: Commis Chef->Chef de Partie->Sous Chef->Head Chef.\n\n"
        "Front: Runner→Waiter→Head Waiter.\n"
    )
    got = moves(read(tmp_path, page))
    assert {("commis-chef", "chef-de-partie"), ("sous-chef", "head-chef"), ("runner", "waiter")} <= set(got)
    assert ("waiter", "head-waiter") in got
