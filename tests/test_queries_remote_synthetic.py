"""Parity on a synthetic graph: every query answered inside Neo4j equals the networkx answer, ties included.

The synthetic graph (:func:`careergraph.graph.synthetic.synthetic_graph`) has many routes of
equal length and equal years, so it checks that both backends break ties the same way.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import networkx as nx
import pytest

from careergraph.graph.errors import CareerGraphError
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.graph.schema import Label
from careergraph.graph.synthetic import synthetic_graph
from careergraph.queries import (
    career_path,
    learning_plan,
    neighbors,
    next_roles,
    previous_roles,
    remote,
    resolve,
    similar_roles,
    skill_gap,
)

pytestmark = pytest.mark.live


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return synthetic_graph(roles=160, skills=300, requires=1500, transitions=520, groups=6, seed=11)


@pytest.fixture(scope="module")
def store(bolt_server: Any, graph: nx.MultiDiGraph) -> Iterator[Neo4jStore]:
    with bolt_server.store() as s:
        s.push(graph, replace=True)
        yield s


def _answer(ask: Callable[[Any], Any], where: Any) -> Any:
    try:
        result = ask(where)
    except CareerGraphError as exc:
        return type(exc).__name__, str(exc)
    return [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()


def _same(ask: Callable[[Any], Any], g: nx.MultiDiGraph, store: Neo4jStore) -> Any:
    local = _answer(ask, g)
    assert _answer(ask, store) == local
    return local


def _pairs(g: nx.MultiDiGraph, n: int) -> list[tuple[str, str]]:
    roles = sorted(k for k, label in g.nodes(data="label") if label == Label.ROLE.value)
    rng = random.Random(3)
    return [(rng.choice(roles), rng.choice(roles)) for _ in range(n)]


def test_routes_by_steps_with_alternatives(graph: nx.MultiDiGraph, store: Neo4jStore) -> None:
    found = 0
    for source, target in _pairs(graph, 40):
        local = _same(lambda s, a=source, b=target: career_path(s, a, b), graph, store)
        found += isinstance(local, dict)
        _same(lambda s, a=source, b=target: career_path(s, a, b, k=3), graph, store)
    assert found >= 10  # enough pairs with a route to mean something


def _within_bound(path: dict[str, Any], extra: int) -> bool:
    fewest = min(len(p["roles"]) for p in [path, *path["alternatives"]])
    return all(len(p["roles"]) - fewest <= extra for p in [path, *path["alternatives"]])


def test_routes_by_years_within_the_documented_bound(graph: nx.MultiDiGraph, store: Neo4jStore) -> None:
    compared = 0
    for source, target in _pairs(graph, 40):
        for k in (1, 2):
            local = _answer(lambda s, a=source, b=target, k=k: career_path(s, a, b, by="years", k=k), graph)
            steps = _answer(lambda s, a=source, b=target: career_path(s, a, b), graph)
            if isinstance(local, dict) and isinstance(steps, dict):
                bound = len(steps["roles"]) - 1 + remote.YEARS_EXTRA_MOVES
                if any(len(p["roles"]) - 1 > bound for p in [local, *local["alternatives"]]):
                    continue  # a faster route longer than the bound: documented as not seen
            remote_answer = _answer(lambda s, a=source, b=target, k=k: career_path(s, a, b, by="years", k=k), store)
            assert remote_answer == local
            compared += 1
    assert compared >= 60


def test_gaps_plans_links_similar_and_neighbours(graph: nx.MultiDiGraph, store: Neo4jStore) -> None:
    for source, target in _pairs(graph, 12):
        _same(lambda s, a=source, b=target: skill_gap(s, a, b), graph, store)
        _same(lambda s, a=source, b=target: learning_plan(s, a, b), graph, store)
        _same(lambda s, a=source: next_roles(s, a), graph, store)
        _same(lambda s, b=target: previous_roles(s, b), graph, store)
        _same(lambda s, a=source: similar_roles(s, a, k=4), graph, store)
        _same(lambda s, a=source: neighbors(s, a, 2), graph, store)
    _same(lambda s: skill_gap(s, "Role 7", have=["skill 1", "SKILL-2", "Skills 3"]), graph, store)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("role 12", Label.ROLE),
        ("ROLE-12", Label.ROLE),
        ("Roles 12", None),
        ("skill-40", Label.SKILL),
        ("group 2", None),
    ],
)
def test_names_resolve_in_the_database(graph: nx.MultiDiGraph, store: Neo4jStore, name: str, label: Any) -> None:
    assert remote.resolve_name(store, name, label)[0] == resolve(graph, name, label)


def test_unknown_names_raise_the_same_error(graph: nx.MultiDiGraph, store: Neo4jStore) -> None:
    for name in ["Role 99999", "rol 1", "nothing at all"]:
        _same(lambda s, n=name: next_roles(s, n), graph, store)
        _same(lambda s, n=name: neighbors(s, n), graph, store)


def test_long_names_and_many_aliases_resolve_as_on_networkx(bolt_server: Any) -> None:
    """Names past an index entry's size and hundreds of aliases push, and resolve in the database as on networkx."""
    g = synthetic_graph(roles=6, skills=4, requires=8, transitions=6, groups=2, seed=2)
    long_name = "Chief " + "very " * 1200 + "senior officer"  # about 6 KB
    g.nodes["role-1"]["name"] = long_name
    g.nodes["role-2"]["aliases"] = [f"alias number {i} of a role with many" for i in range(600)]
    with bolt_server.store() as s:
        s.push(g, replace=True)
        for name in [long_name, long_name.upper(), "alias number 599 of a role with many", "Role 3", "nothing"]:
            _same(lambda where, n=name: next_roles(where, n), g, s)
            _same(lambda where, n=name: neighbors(where, n), g, s)
