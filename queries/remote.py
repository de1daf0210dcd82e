"""The queries on a Neo4j store: the same answers as on networkx, through Cypher.

:func:`career_path`, :func:`skill_gap`, :func:`learning_plan`,
:func:`next_roles`, :func:`previous_roles`, :func:`similar_roles` and
:func:`neighbors` in :mod:`careergraph.queries` hand a
:class:`~careergraph.graph.neo4j_store.Neo4jStore` to the functions here, which
return the same result types.

Each reads only what its question needs, with parameterised Cypher from
:mod:`careergraph.graph.cypher`: names (key, name, aliases) for resolving what
the user typed; the transitions for a career path (the same networkx
algorithm then runs on them, so ties break the same way); the required skills
and groups of the few roles involved. The scoring and ordering then reuse the
networkx code on that small graph, so both stores always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from careergraph.graph import cypher as q
from careergraph.graph.errors import CareerGraphError
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import new_graph
from careergraph.queries.names import resolve_node, resolve_role
from careergraph.queries.results import CareerPath, LearningPlan, Neighbor, ResultList, RoleLink, SkillGap

__all__ = [
    "career_path",
    "learning_plan",
    "neighbors",
    "next_roles",
    "previous_roles",
    "similar_roles",
    "skill_gap",
]


def _check(store: Any) -> Neo4jStore:
    if not isinstance(store, Neo4jStore):
        raise TypeError(f"expected a networkx graph or a Neo4jStore, not {type(store).__name__}")
    return store


def _props(row: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: q.decode_value(name, row[name]) for name in names if row.get(name) is not None}


def _names(store: Neo4jStore, labels: Iterable[Label]) -> nx.MultiDiGraph:
    """A graph of the nodes of ``labels`` with their key, name and aliases only."""
    g = new_graph()
    for label in labels:
        for row in store.read(q.node_names(label)):
            g.add_node(
                row["key"],
                label=label.value,
                key=row["key"],
                name=row["name"],
                aliases=list(row["aliases"] or []),
                evidence=[],
            )
    return g


def _role_node(g: nx.MultiDiGraph, key: str, name: str) -> None:
    if key not in g:
        g.add_node(key, label=Label.ROLE.value, key=key, name=name, aliases=[], evidence=[])


def _resolve(store: Neo4jStore, name: str, label: Label | None, into: nx.MultiDiGraph | None = None) -> str:
    """What ``name`` means, as :func:`careergraph.queries.resolve` does; a key needs no name list.

    With ``into``, the node (key and name) is added to that graph.
    """
    labels = list(Label) if label is None else [label]
    for each in labels:
        rows = store.read(q.node_by_key(each), {"key": name}) if isinstance(name, str) else []
        if rows:
            if into is not None:
                _role_node(into, rows[0]["key"], rows[0]["name"])
            return name
    g = _names(store, labels)
    key = resolve_role(g, name) if label is Label.ROLE else resolve_node(g, name)
    if into is not None:
        _role_node(into, key, g.nodes[key]["name"])
    return key


def _with_transitions(store: Neo4jStore, *roles: str) -> tuple[nx.MultiDiGraph, list[str]]:
    """The roles named (resolved) and every transition, with the names of the roles they join."""
    g = new_graph()
    keys = [_resolve(store, role, Label.ROLE, into=g) for role in roles]
    rel = RelType.TRANSITIONS_TO.value
    for row in store.read(q.transitions()):
        _role_node(g, row["source"], row["source_name"])
        _role_node(g, row["target"], row["target_name"])
        props = _props(row, ("kind", "years_min", "years_max", "evidence"))
        props.setdefault("evidence", [])
        g.add_edge(row["source"], row["target"], key=rel, type=rel, **props)
    return g, keys


def _add_required_skills(store: Neo4jStore, g: nx.MultiDiGraph, roles: Iterable[str]) -> None:
    rel = RelType.REQUIRES.value
    for row in store.read_keys(q.required_skills(), sorted(set(roles))):
        if row["skill"] not in g:
            g.add_node(row["skill"], label=Label.SKILL.value, key=row["skill"], name=row["name"], aliases=[])
        props = _props(row, ("importance",))
        g.add_edge(row["role"], row["skill"], key=rel, type=rel, evidence=[], **props)


def _add_groups(store: Neo4jStore, g: nx.MultiDiGraph, roles: Iterable[str]) -> None:
    rel = RelType.IN_GROUP.value
    for row in store.read_keys(q.role_groups(), sorted(set(roles))):
        if row["grp"] not in g:
            g.add_node(row["grp"], label=Label.JOB_GROUP.value, key=row["grp"], name=row["name"], aliases=[])
        g.add_edge(row["role"], row["grp"], key=rel, type=rel, evidence=[])


def _links(store: Neo4jStore, role: str, *, outgoing: bool) -> ResultList:
    key = _resolve(store, role, Label.ROLE)
    links = []
    for row in store.read(q.role_links(outgoing=outgoing), {"key": key}):
        props = _props(row, ("kind", "years_min", "years_max", "evidence"))
        links.append(
            RoleLink(
                row["key"],
                row["name"],
                props.get("kind"),
                props.get("years_min"),
                props.get("years_max"),
                props.get("evidence", []),
            )
        )
    return ResultList(sorted(links, key=lambda link: link.name.lower()))


def next_roles(store: Neo4jStore, role: str) -> ResultList:
    """:func:`careergraph.queries.next_roles` on a Neo4j store."""
    return _links(_check(store), role, outgoing=True)


def previous_roles(store: Neo4jStore, role: str) -> ResultList:
    """:func:`careergraph.queries.previous_roles` on a Neo4j store."""
    return _links(_check(store), role, outgoing=False)


def career_path(store: Neo4jStore, source: str, target: str, *, by: Any = "steps", k: int = 1) -> CareerPath:
    """:func:`careergraph.queries.career_path` on a Neo4j store (the transitions read with one query)."""
    from careergraph.queries import paths  # interim: replaced by Cypher in the database

    g, (start, end) = _with_transitions(_check(store), source, target)
    return paths.career_path(g, start, end, by=by, k=k)


def skill_gap(
    store: Neo4jStore, current: str, target: str | None = None, *, have: Iterable[str] | None = None
) -> SkillGap:
    """:func:`careergraph.queries.skill_gap` on a Neo4j store."""
    from careergraph.queries import gaps, paths  # interim: replaced by Cypher in the database

    _check(store)
    if (have is None) == (target is None):
        return gaps.skill_gap(new_graph(), current, target, have=have)  # the same usage error as on networkx
    if have is not None:
        g, (goal,) = _with_transitions(store, current)
        for name, node in _names(store, [Label.SKILL]).nodes(data=True):
            g.add_node(name, **node)
        _add_required_skills(store, g, [goal])
        return gaps.skill_gap(g, goal, target, have=have)
    assert target is not None
    g, (start, goal) = _with_transitions(store, current, target)
    try:
        route = paths.career_path(g, start, goal).roles
    except CareerGraphError:
        route = []
    _add_required_skills(store, g, [start, goal, *route])
    return gaps.skill_gap(g, start, goal)


def learning_plan(store: Neo4jStore, current: str, target: str, *, by: str = "steps") -> LearningPlan:
    """:func:`careergraph.queries.learning_plan` on a Neo4j store."""
    from careergraph.queries import gaps, paths  # interim: replaced by Cypher in the database

    g, (start, goal) = _with_transitions(_check(store), current, target)
    route = paths.career_path(g, start, goal, by="years" if by == "years" else "steps").roles
    _add_required_skills(store, g, route)
    return gaps.learning_plan(g, start, goal, by=by)


def similar_roles(store: Neo4jStore, role: str, k: int = 5) -> ResultList:
    """:func:`careergraph.queries.similar_roles` on a Neo4j store.

    Reads the roles sharing a skill or a group with ``role`` and the skills and
    groups of those roles only; the scoring is the networkx one.
    """
    from careergraph.queries import adjacency  # interim: replaced by Cypher in the database

    g = new_graph()
    key = _resolve(_check(store), role, Label.ROLE, into=g)
    roles = [key]
    for row in store.read(q.roles_sharing(), {"key": key}):
        _role_node(g, row["key"], row["name"])
        roles.append(row["key"])
    _add_required_skills(store, g, roles)
    _add_groups(store, g, roles)
    return adjacency.similar_roles(g, key, k)


def neighbors(store: Neo4jStore, name: str, depth: int = 1) -> ResultList:
    """:func:`careergraph.queries.neighbors` on a Neo4j store: one query per step outward."""
    if depth < 1:
        raise ValueError(f"depth must be at least 1, not {depth!r}")
    start = _resolve(_check(store), name, None)
    seen = {start}
    frontier = [start]
    found: list[Neighbor] = []
    for distance in range(1, depth + 1):
        if not frontier:
            break
        hops: dict[str, list[tuple[str, str, str]]] = {}
        about: dict[str, tuple[str, str]] = {}
        for row in store.read_keys(q.touching(), frontier):
            hops.setdefault(row["node"], []).append((row["other"], row["rel"], row["direction"]))
            about[row["other"]] = (row["name"], row["label"])
        nxt = []
        for node in frontier:
            for other, rel, direction in sorted(hops.get(node, [])):
                if other in seen:
                    continue
                seen.add(other)
                nxt.append(other)
                other_name, label = about[other]
                found.append(Neighbor(other, other_name, label, rel, direction, distance))
        frontier = nxt
    return ResultList(sorted(found, key=lambda n: (n.distance, n.label, n.name.lower())))
