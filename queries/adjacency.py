"""Adjacency: the roles after and before a role, similar roles, and any node's neighbours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from careergraph.graph.schema import Label, RelType
from careergraph.queries.names import resolve_node, resolve_role
from careergraph.queries.results import Result, frame_of

__all__ = [
    "SKILL_WEIGHT",
    "Neighbor",
    "RoleLink",
    "SimilarRole",
    "all_similar_roles",
    "neighbors",
    "next_roles",
    "previous_roles",
    "similar_roles",
]

#: Share of the similarity score that comes from skills; the rest from job groups.
SKILL_WEIGHT = 0.8


@dataclass
class RoleLink(Result):
    """A role one transition away, with the move's kind, years and evidence."""

    key: str
    name: str
    kind: str | None
    years_min: float | None
    years_max: float | None
    evidence: list[dict[str, Any]]


@dataclass
class SimilarRole(Result):
    """A role similar to another: the score and what they share."""

    key: str
    name: str
    score: float
    skill_score: float
    group_score: float
    shared_skills: list[str]
    shared_groups: list[str]


@dataclass
class Neighbor(Result):
    """A node near another: its label, how far, and the relationship that reached it."""

    key: str
    name: str
    label: str
    relationship: str
    direction: str
    distance: int


def _links(g: nx.MultiDiGraph, role: str, *, outgoing: bool) -> list[RoleLink]:
    key = resolve_role(g, role)
    rel = RelType.TRANSITIONS_TO.value
    edges = g.out_edges(key, keys=True, data=True) if outgoing else g.in_edges(key, keys=True, data=True)
    links = []
    for u, v, k, d in edges:
        if k != rel:
            continue
        other = v if outgoing else u
        links.append(
            RoleLink(
                other,
                g.nodes[other]["name"],
                d.get("kind"),
                d.get("years_min"),
                d.get("years_max"),
                list(d.get("evidence", [])),
            )
        )
    return sorted(links, key=lambda link: link.name.lower())


def next_roles(g: nx.MultiDiGraph, role: str) -> list[RoleLink]:
    """The roles a role leads to, by name.

    Examples
    --------
    >>> import careergraph
    >>> [r.name for r in next_roles(careergraph.build(), "operations assistant")]
    ['E-commerce operator', 'Store manager']
    """
    return _links(g, role, outgoing=True)


def previous_roles(g: nx.MultiDiGraph, role: str) -> list[RoleLink]:
    """The roles that lead to a role (its feeder roles), by name.

    Examples
    --------
    >>> import careergraph
    >>> [r.key for r in previous_roles(careergraph.build(), "after-sales customer service")]
    ['pre-sales-customer-service']
    """
    return _links(g, role, outgoing=False)


def _targets(g: nx.MultiDiGraph, key: str, rel: RelType) -> dict[str, int]:
    return {v: int(d.get("importance", 1)) for _, v, k, d in g.out_edges(key, keys=True, data=True) if k == rel.value}


def _weighted_jaccard(a: dict[str, int], b: dict[str, int]) -> float:
    keys = a.keys() | b.keys()
    high = sum(max(a.get(x, 0), b.get(x, 0)) for x in keys)
    return 0.0 if high == 0 else sum(min(a.get(x, 0), b.get(x, 0)) for x in keys) / high


def _jaccard(a: set[str], b: set[str]) -> float:
    union = a | b
    return 0.0 if not union else len(a & b) / len(union)


def _similar(g: nx.MultiDiGraph, key: str, other: str, skill_score: float, group_score: float) -> SimilarRole:
    skills_a, skills_b = _targets(g, key, RelType.REQUIRES), _targets(g, other, RelType.REQUIRES)
    groups_a, groups_b = set(_targets(g, key, RelType.IN_GROUP)), set(_targets(g, other, RelType.IN_GROUP))
    shared = sorted(skills_a.keys() & skills_b.keys(), key=lambda s: (-min(skills_a[s], skills_b[s]), s))
    return SimilarRole(
        key=other,
        name=g.nodes[other]["name"],
        score=round(SKILL_WEIGHT * skill_score + (1 - SKILL_WEIGHT) * group_score, 4),
        skill_score=round(skill_score, 4),
        group_score=round(group_score, 4),
        shared_skills=[g.nodes[s]["name"] for s in shared],
        shared_groups=[g.nodes[x]["name"] for x in sorted(groups_a & groups_b)],
    )


def _rank(results: list[SimilarRole], k: int) -> list[SimilarRole]:
    kept = [r for r in results if r.score > 0]
    return sorted(kept, key=lambda r: (-r.score, r.name.lower()))[:k]


def similar_roles(g: nx.MultiDiGraph, role: str, k: int = 5) -> list[SimilarRole]:
    """The ``k`` roles most like ``role``.

    The score is ``0.8 * weighted Jaccard`` of the two roles' required skills
    (importance as weight: the sum of the smaller importances over the sum of
    the larger) plus ``0.2 * Jaccard`` of their job groups. Roles with a score
    of zero are left out; ties go by name.

    Examples
    --------
    >>> import careergraph
    >>> best = similar_roles(careergraph.build(), "after-sales customer service", k=1)[0]
    >>> best.name, best.score > 0.5
    ('In-sale customer service', True)
    """
    key = resolve_role(g, role)
    skills = _targets(g, key, RelType.REQUIRES)
    groups = set(_targets(g, key, RelType.IN_GROUP))
    results = []
    for other, label in g.nodes(data="label"):
        if label != Label.ROLE.value or other == key:
            continue
        s = _weighted_jaccard(skills, _targets(g, other, RelType.REQUIRES))
        j = _jaccard(groups, set(_targets(g, other, RelType.IN_GROUP)))
        if s or j:
            results.append(_similar(g, key, other, s, j))
    return _rank(results, k)


def _incidence(g: nx.MultiDiGraph, roles: list[str], rel: RelType) -> tuple[sp.csr_matrix, list[str]]:
    row_of = {r: i for i, r in enumerate(roles)}
    cols: dict[str, int] = {}
    rows, columns, values = [], [], []
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == rel.value and u in row_of:
            rows.append(row_of[u])
            columns.append(cols.setdefault(v, len(cols)))
            values.append(int(d.get("importance", 1)))
    matrix = sp.csr_matrix((values, (rows, columns)), shape=(len(roles), len(cols)), dtype=np.int32)
    return matrix, list(cols)


def all_similar_roles(g: nx.MultiDiGraph, k: int = 5) -> dict[str, list[SimilarRole]]:
    """:func:`similar_roles` for every role at once, through sparse matrices.

    With integer importances 1-5, ``min(a, b)`` is the number of thresholds
    ``t = 1..5`` both reach, so the sum of minimums over all role pairs is
    ``sum_t B_t @ B_t.T`` for the 0/1 matrices ``B_t = (W >= t)``; the sum of
    maximums is ``rowsum_i + rowsum_j - min``.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> fast = all_similar_roles(g, k=3)["store-manager"]
    >>> [r.key for r in fast] == [r.key for r in similar_roles(g, "store-manager", k=3)]
    True
    """
    roles = sorted(n for n, label in g.nodes(data="label") if label == Label.ROLE.value)
    w, _ = _incidence(g, roles, RelType.REQUIRES)
    mins = sp.csr_matrix((len(roles), len(roles)), dtype=np.int64)
    top = int(w.max()) if w.nnz else 0
    for t in range(1, top + 1):
        b = (w >= t).astype(np.int64)
        mins = mins + b @ b.T
    sums = np.asarray(w.sum(axis=1)).ravel().astype(np.float64)
    mins = mins.tocoo()
    skill_scores = sp.coo_matrix(
        (mins.data / (sums[mins.row] + sums[mins.col] - mins.data), (mins.row, mins.col)), shape=mins.shape
    ).tocsr()
    m, _ = _incidence(g, roles, RelType.IN_GROUP)
    m = (m > 0).astype(np.int64)
    inter = (m @ m.T).tocoo()
    sizes = np.asarray(m.sum(axis=1)).ravel().astype(np.float64)
    group_scores = sp.coo_matrix(
        (inter.data / (sizes[inter.row] + sizes[inter.col] - inter.data), (inter.row, inter.col)), shape=inter.shape
    ).tocsr()
    combined = (SKILL_WEIGHT * skill_scores + (1 - SKILL_WEIGHT) * group_scores).tocsr()
    result: dict[str, list[SimilarRole]] = {}
    for i, key in enumerate(roles):
        start, end = combined.indptr[i], combined.indptr[i + 1]
        cols, scores = combined.indices[start:end], combined.data[start:end]
        order = sorted(
            (j for j in range(len(cols)) if cols[j] != i and scores[j] > 0),
            key=lambda j: (-round(float(scores[j]), 4), g.nodes[roles[cols[j]]]["name"].lower()),
        )[:k]
        result[key] = [
            _similar(g, key, roles[cols[j]], float(skill_scores[i, cols[j]]), float(group_scores[i, cols[j]]))
            for j in order
        ]
    return result


def neighbors(g: nx.MultiDiGraph, name: str, depth: int = 1) -> list[Neighbor]:
    """Every node within ``depth`` relationships of a node, in either direction.

    A skill's neighbours are the roles requiring it, a group's its roles, a
    role's its skills, groups, and the roles it moves or hands work to/from.

    Examples
    --------
    >>> import careergraph
    >>> near = neighbors(careergraph.build(), "Data tracking and recording")
    >>> sorted({n.label for n in near}), {n.relationship for n in near}
    (['Role'], {'REQUIRES'})
    """
    if depth < 1:
        raise ValueError(f"depth must be at least 1, not {depth!r}")
    start = resolve_node(g, name)
    seen = {start}
    frontier = [start]
    found: list[Neighbor] = []
    for distance in range(1, depth + 1):
        nxt = []
        for node in frontier:
            hops = [(v, k, "out") for _, v, k in g.out_edges(node, keys=True)]
            hops += [(u, k, "in") for u, _, k in g.in_edges(node, keys=True)]
            for other, rel, direction in sorted(hops):
                if other in seen:
                    continue
                seen.add(other)
                nxt.append(other)
                data = g.nodes[other]
                found.append(Neighbor(other, data["name"], data["label"], rel, direction, distance))
        frontier = nxt
    return sorted(found, key=lambda n: (n.distance, n.label, n.name.lower()))


def links_frame(items: list[RoleLink]) -> pd.DataFrame:
    """A table of :class:`RoleLink` results."""
    return frame_of(items, ["key", "name", "kind", "years_min", "years_max"])
