"""Cached indexes (graph/cache.py): an O(1) version check that still sees every supported edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph.cache import CareerGraph, cached, refresh
from careergraph.graph.ladybug_store import embedded
from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import add_node, add_relationship, add_salary, load, new_graph, save
from careergraph.queries import career_path, next_roles, resolve_role, similar_roles

EV = [{"doc": "hand.txt", "note": "made up for the test"}]


def _ladder() -> CareerGraph:
    g = new_graph()
    for name in ("junior", "middle", "senior", "other"):
        add_node(g, Label.ROLE, name, evidence=EV)
    add_relationship(g, RelType.TRANSITIONS_TO, "junior", "middle", years_min=1, years_max=1, evidence=EV)
    add_relationship(g, RelType.TRANSITIONS_TO, "middle", "senior", years_min=1, years_max=1, evidence=EV)
    add_node(g, Label.SKILL, "excel", evidence=EV)
    add_relationship(g, RelType.REQUIRES, "junior", "excel", importance=3, evidence=EV)
    return g


def _warm(g: nx.MultiDiGraph) -> None:
    """Build every cached index, so a stale one would answer the next question."""
    career_path(g, "junior", "senior")
    career_path(g, "junior", "senior", by="years")
    resolve_role(g, "Junior")
    similar_roles(g, "junior")
    embedded(g).run("MATCH (r:Role) RETURN count(r) AS n")


def _next(g: nx.MultiDiGraph, role: str = "junior") -> list[str]:
    return [link.key for link in next_roles(g, role)]


def _cypher_roles(g: nx.MultiDiGraph) -> int:
    return int(embedded(g).run("MATCH (r:Role) RETURN count(r) AS n").loc[0, "n"])


EDITS: dict[str, tuple[Callable[[CareerGraph], object], Callable[[CareerGraph], object]]] = {
    # name: (edit, what a query now answers)
    "store add_node (new)": (
        lambda g: add_node(g, Label.ROLE, "intern", evidence=EV),
        lambda g: (resolve_role(g, "interns"), _cypher_roles(g)),
    ),
    "store add_node (merged alias)": (
        lambda g: add_node(g, Label.ROLE, "junior", aliases=["trainee"], evidence=EV),
        lambda g: resolve_role(g, "trainee"),
    ),
    "store add_relationship (new)": (
        lambda g: add_relationship(g, RelType.TRANSITIONS_TO, "junior", "senior", evidence=EV),
        lambda g: career_path(g, "junior", "senior").roles,
    ),
    "store add_relationship (merged years)": (
        lambda g: add_relationship(g, RelType.TRANSITIONS_TO, "junior", "middle", years_max=9, evidence=EV),
        lambda g: career_path(g, "junior", "senior", by="years").years_max,
    ),
    "store add_relationship (second type on a linked pair)": (
        lambda g: (
            add_relationship(g, RelType.REQUIRES, "middle", "excel", importance=3, evidence=EV),
            add_relationship(g, RelType.REQUIRES, "other", "excel", importance=3, evidence=EV),
        ),
        lambda g: [r.key for r in similar_roles(g, "junior")],
    ),
    "store add_salary": (
        lambda g: add_salary(g, "senior", doc="pay.txt", min=10, max=20),
        lambda g: float(embedded(g).run("MATCH (r:Role {key: 'senior'}) RETURN r.salary_max AS m").loc[0, "m"]),
    ),
    "networkx add_node": (
        lambda g: g.add_node("x", label="Role", key="x", name="X ray", aliases=[], evidence=[]),
        lambda g: resolve_role(g, "x ray"),
    ),
    "networkx add_edge": (
        lambda g: g.add_edge("junior", "senior", key="TRANSITIONS_TO", type="TRANSITIONS_TO", evidence=[]),
        lambda g: career_path(g, "junior", "senior").roles,
    ),
    "networkx add_edges_from": (
        lambda g: g.add_edges_from([("junior", "other", "TRANSITIONS_TO", {"type": "TRANSITIONS_TO", "evidence": []})]),
        lambda g: _next(g),
    ),
    "networkx remove_edge": (
        lambda g: g.remove_edge("middle", "senior", "TRANSITIONS_TO"),
        lambda g: career_path(g, "junior", "senior").roles,
    ),
    "networkx remove_edges_from": (
        lambda g: g.remove_edges_from([("junior", "middle", "TRANSITIONS_TO")]),
        lambda g: _next(g),
    ),
    "networkx remove_node": (lambda g: g.remove_node("middle"), lambda g: (_next(g), _cypher_roles(g))),
    "networkx remove_nodes_from": (lambda g: g.remove_nodes_from(["middle", "other"]), lambda g: _cypher_roles(g)),
    "networkx update": (
        lambda g: g.update(edges=[("other", "senior", "TRANSITIONS_TO", {"type": "TRANSITIONS_TO", "evidence": []})]),
        lambda g: _next(g, "other"),
    ),
    "networkx clear_edges": (lambda g: g.clear_edges(), lambda g: _next(g)),
    "networkx relabel_nodes in place": (
        lambda g: nx.relabel_nodes(g, {"middle": "mid"}, copy=False),
        lambda g: _next(g),
    ),
    "attribute edited in place, then refresh": (
        lambda g: (g.nodes["junior"]["aliases"].append("rookie"), refresh(g)),
        lambda g: resolve_role(g, "rookie"),
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_every_supported_edit_gives_fresh_answers(name: str) -> None:
    edit, ask = EDITS[name]
    g = _ladder()
    _warm(g)
    before = g.version
    stale = _answer(ask, g)
    edit(g)
    assert g.version > before
    fresh = _answer(ask, g)
    assert fresh != stale
    rebuilt = _ladder()  # the same edit on a graph that never had a cache answers the same
    edit(rebuilt)
    assert _answer(ask, rebuilt) == fresh


def _answer(ask: Callable[[CareerGraph], object], g: CareerGraph) -> object:
    try:
        return ask(g)
    except LookupError as exc:  # no such role, no path: an answer too
        return type(exc).__name__


def test_clear_empties_every_answer() -> None:
    g = _ladder()
    _warm(g)
    g.clear()
    assert _cypher_roles(g) == 0
    with pytest.raises(LookupError):
        resolve_role(g, "junior")


def test_a_hit_costs_no_walk_over_the_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    g = _ladder()
    calls = []
    assert cached(g, "probe", lambda h: calls.append(1) or len(h)) == 5
    monkeypatch.setattr(g, "_adj", None)  # a check that walked the adjacency would fail now
    assert cached(g, "probe", lambda h: calls.append(1) or len(h)) == 5 and calls == [1]


def test_views_and_plain_graphs_are_still_checked() -> None:
    g = _ladder()
    view = g.subgraph(["junior", "middle", "senior"])
    assert _next(view) == ["middle"]
    g.add_edge("junior", "senior", key="TRANSITIONS_TO", type="TRANSITIONS_TO", evidence=[])
    assert _next(view) == ["middle", "senior"]  # the view shares the graph's data, not its version
    plain = nx.MultiDiGraph(g)
    assert _next(plain) == ["middle", "senior"]
    plain.remove_edge("junior", "senior", "TRANSITIONS_TO")
    assert _next(plain) == ["middle"]


@pytest.mark.parametrize("fmt", ["json", "graphml", "csv"])
def test_loaded_and_copied_graphs_are_versioned(tmp_path: Path, fmt: str) -> None:
    g = load(save(_ladder(), tmp_path / f"g.{fmt}", format=fmt), format=fmt)
    assert isinstance(g, CareerGraph) and isinstance(g.copy(), CareerGraph)
    _warm(g)
    g.add_edge("junior", "senior", key="TRANSITIONS_TO", type="TRANSITIONS_TO", evidence=[])
    assert career_path(g, "junior", "senior").roles == ["junior", "senior"]
