"""Parity: every query gives the same answer from networkx and from a Neo4j store (a real Neo4j server)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import networkx as nx
import pytest

from careergraph.graph.errors import CareerGraphError
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.graph.schema import Label
from careergraph.queries import (
    career_path,
    learning_plan,
    neighbors,
    next_roles,
    previous_roles,
    similar_roles,
    skill_gap,
)
from careergraph.queries.remote import next_roles as remote_next_roles

pytestmark = pytest.mark.live


@pytest.fixture(scope="module")
def kb_store(bolt_server: Any, _kb_graph: nx.MultiDiGraph) -> Iterator[Neo4jStore]:
    """The bundled knowledge base pushed to the live server, once for this module."""
    with bolt_server.store() as store:
        store.push(_kb_graph, batch_size=50, replace=True)
        yield store


def _roles(g: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, label in g.nodes(data="label") if label == Label.ROLE.value)


def _same(ask: Callable[[Any], Any], g: nx.MultiDiGraph, store: Neo4jStore) -> None:
    """The answer (or the error) from both stores is the same."""
    try:
        local: Any = ask(g)
    except CareerGraphError as exc:
        with pytest.raises(type(exc)) as caught:
            ask(store)
        assert str(caught.value) == str(exc)
        return
    remote = ask(store)
    assert type(remote) is type(local)
    if isinstance(local, list):
        assert [item.to_dict() for item in remote] == [item.to_dict() for item in local]
    else:
        assert remote.to_dict() == local.to_dict()


def test_next_and_previous_roles(kb_store: Neo4jStore, _kb_graph: nx.MultiDiGraph) -> None:
    for role in _roles(_kb_graph):
        _same(lambda s, r=role: next_roles(s, r), _kb_graph, kb_store)
        _same(lambda s, r=role: previous_roles(s, r), _kb_graph, kb_store)


@pytest.mark.parametrize(
    ("source", "target", "options"),
    [
        ("operations assistant", "operations director", {}),
        ("operations assistant", "senior operator", {}),
        ("operations assistant", "director", {"k": 3}),
        ("pre-sales customer service", "operations director", {"by": "years"}),
        ("operations director", "operations assistant", {}),  # no route: same NoCareerPath message
        ("store manger", "director", {}),  # a typo: same RoleNotFound with suggestions
    ],
)
def test_career_path(kb_store: Neo4jStore, _kb_graph: nx.MultiDiGraph, source: str, target: str, options: Any) -> None:
    _same(lambda s: career_path(s, source, target, **options), _kb_graph, kb_store)


def test_career_paths_between_many_pairs(kb_store: Neo4jStore, _kb_graph: nx.MultiDiGraph) -> None:
    roles = _roles(_kb_graph)
    for source in roles[::5]:
        for target in roles[1::7]:
            _same(lambda s, a=source, b=target: career_path(s, a, b), _kb_graph, kb_store)


def test_skill_gap_and_learning_plan(kb_store: Neo4jStore, _kb_graph: nx.MultiDiGraph) -> None:
    pairs = [
        ("operations assistant", "store manager"),
        ("operations assistant", "operations director"),
        ("pre-sales customer service", "after-sales customer service"),
        ("store manager", "operations assistant"),
    ]
    for current, target in pairs:
        _same(lambda s, a=current, b=target: skill_gap(s, a, b), _kb_graph, kb_store)
        _same(lambda s, a=current, b=target: learning_plan(s, a, b), _kb_graph, kb_store)
    _same(lambda s: skill_gap(s, "store manager", have=["data tracking", "data analysis"]), _kb_graph, kb_store)
    _same(lambda s: skill_gap(s, "store manager", have=["no such skill"]), _kb_graph, kb_store)
    _same(lambda s: skill_gap(s, "nobody", "store manager", have=["data analysis"]), _kb_graph, kb_store)
    _same(lambda s: skill_gap(s, "store manager"), _kb_graph, kb_store)


def test_similar_roles(kb_store: Neo4jStore, _kb_graph: nx.MultiDiGraph) -> None:
    for role in _roles(_kb_graph):
        _same(lambda s, r=role: similar_roles(s, r, k=5), _kb_graph, kb_store)


@pytest.mark.parametrize("depth", [1, 2, 3])
def test_neighbors(kb_store: Neo4jStore, _kb_graph: nx.MultiDiGraph, depth: int) -> None:
    for name in ["store manager", "Data tracking and recording", "customer-service", "店长", "nothing like it"]:
        _same(lambda s, n=name: neighbors(s, n, depth), _kb_graph, kb_store)


def test_a_plain_object_is_refused() -> None:
    with pytest.raises(TypeError, match="Neo4jStore"):
        remote_next_roles(object(), "store manager")  # type: ignore[arg-type]
