"""Roles a page names in its own title lines and team descriptions (stop 37's role recall)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label
from careergraph.loaders.text import load_documents


def roles_of(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False)
    assert not result.problems
    g: nx.MultiDiGraph = result.graph
    return {n for n, label in g.nodes(data="label") if label == Label.ROLE.value}


def test_a_capitalised_head_alone_named_with_its_duty_is_a_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "How a ferry's deck team works\n\n"
        "The Operator checks the ramp before loading. On long crossings the Assistant counts the deck cargo, "
        "and each Host greets foot passengers.\n",
    )
    assert {"operator", "assistant", "host"} <= found


def test_a_capitalised_head_naming_a_thing_is_no_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Press the Assistant button on the till. The Lead Generation form sits below. I thanked the Host.\n",
    )
    assert not {"assistant", "lead", "host"} & found
