"""Adjacency: the roles after and before a role, similar roles, and any node's neighbours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx

from careergraph.graph.cache import cached
from careergraph.graph.errors import CareerGraphError
from careergraph.graph.schema import Label, RelType
from careergraph.queries import remote
from careergraph.queries.names import resolve_node, resolve_role
from careergraph.queries.results import SKILL_WEIGHT, Neighbor, ResultList, RoleLink, SimilarRole, check_count

if TYPE_CHECKING:  # numpy and scipy load only for the all-roles similarity
    import scipy.sparse as sp

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


def _links(g: nx.MultiDiGraph, role: str, *, outgoing: bool) -> ResultList:
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
    return ResultList(sorted(links, key=lambda link: link.name.lower()))


def next_roles(g: nx.MultiDiGraph, role: str) -> ResultList:
    """The roles a role leads to.

    Parameters
    ----------
    g : networkx.MultiDiGraph or Neo4jStore
        A careergraph graph, or a Neo4j store (answered with parameterised Cypher).
    role : str
        Key, name or alias of the role.

    Returns
    -------
    ResultList of RoleLink
        One per ``TRANSITIONS_TO`` out of the role, by name, with the move's
        kind, years and evidence; ``.to_frame()`` gives a table.

    Raises
    ------
    RoleNotFound
        No role is called that.

    Examples
    --------
    >>> import careergraph
    >>> [r.name for r in next_roles(careergraph.build(), "operations assistant")]
    ['E-commerce operator', 'Store manager']
    """
    if not isinstance(g, nx.Graph):  # a Neo4jStore: the same answer through Cypher
        return remote.next_roles(g, role)
    return _links(g, role, outgoing=True)


def previous_roles(g: nx.MultiDiGraph, role: str) -> ResultList:
    """The roles that lead to a role (its feeder roles).

    Parameters
    ----------
    g : networkx.MultiDiGraph or Neo4jStore
        A careergraph graph, or a Neo4j store (answered with parameterised Cypher).
    role : str
        Key, name or alias of the role.

    Returns
    -------
    ResultList of RoleLink
        One per ``TRANSITIONS_TO`` into the role, by name.

    Raises
    ------
    RoleNotFound
        No role is called that.

    Examples
    --------
    >>> import careergraph
    >>> [r.key for r in previous_roles(careergraph.build(), "after-sales customer service")]
    ['pre-sales-customer-service']
    """
    if not isinstance(g, nx.Graph):  # a Neo4jStore: the same answer through Cypher
        return remote.previous_roles(g, role)
    return _links(g, role, outgoing=False)


@dataclass
class _Profiles:
    """Each role's required skills (with importance) and job groups, and the reverse index."""

    skills: dict[str, dict[str, int]]
    groups: dict[str, set[str]]
    roles_by_skill: dict[str, dict[str, int]]
    roles_by_group: dict[str, set[str]]


def _build_profiles(g: nx.MultiDiGraph) -> _Profiles:
    roles = [n for n, label in g.nodes(data="label") if label == Label.ROLE.value]
    profiles = _Profiles({r: {} for r in roles}, {r: set() for r in roles}, {}, {})
    for role in roles:
        for _, v, k, d in g.out_edges(role, keys=True, data=True):
            if k == RelType.REQUIRES.value:
                importance = int(d.get("importance", 1))
                profiles.skills[role][v] = importance
                profiles.roles_by_skill.setdefault(v, {})[role] = importance
            elif k == RelType.IN_GROUP.value:
                profiles.groups[role].add(v)
                profiles.roles_by_group.setdefault(v, set()).add(role)
    return profiles


def _profiles(g: nx.MultiDiGraph) -> _Profiles:
    return cached(g, "role-profiles", _build_profiles)


def _similar(
    g: nx.MultiDiGraph, p: _Profiles, key: str, other: str, skill_score: float, group_score: float
) -> SimilarRole:
    skills_a, skills_b = p.skills[key], p.skills[other]
    shared = sorted(skills_a.keys() & skills_b.keys(), key=lambda s: (-min(skills_a[s], skills_b[s]), s))
    return SimilarRole(
        key=other,
        name=g.nodes[other]["name"],
        score=round(SKILL_WEIGHT * skill_score + (1 - SKILL_WEIGHT) * group_score, 4),
        skill_score=round(skill_score, 4),
        group_score=round(group_score, 4),
        shared_skills=[g.nodes[s]["name"] for s in shared],
        shared_groups=[g.nodes[x]["name"] for x in sorted(p.groups[key] & p.groups[other])],
    )


def _rank(g: nx.MultiDiGraph, scored: dict[str, tuple[float, float]], k: int) -> list[str]:
    def combined(other: str) -> float:
        skill_score, group_score = scored[other]
        return round(SKILL_WEIGHT * skill_score + (1 - SKILL_WEIGHT) * group_score, 4)

    kept = [o for o in scored if combined(o) > 0]
    return sorted(kept, key=lambda o: (-combined(o), g.nodes[o]["name"].lower()))[:k]


def similar_roles(g: nx.MultiDiGraph, role: str, k: int = 5, *, related: bool = False) -> ResultList:
    """The ``k`` roles most like ``role``.

    Parameters
    ----------
    g : networkx.MultiDiGraph or Neo4jStore
        A careergraph graph, or a Neo4j store (answered with parameterised Cypher).
    role : str
        Key, name or alias of the role.
    k : int, default 5
        How many roles to return.
    related : bool, default False
        Also list, after them, up to ``k`` of O*NET's related occupations of
        the role (of its aligned O*NET occupation for a role of ours), each
        marked in ``related`` (similar work by O*NET's ranking, not a move;
        :func:`careergraph.queries.standard.related_occupations`). Only on a
        networkx graph.

    Returns
    -------
    ResultList of SimilarRole
        Best first, each with its score and the skills and groups shared.

    Raises
    ------
    RoleNotFound
        No role is called that.
    ValueError
        ``k`` is not a whole number of at least 1.

    Notes
    -----
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
    k = check_count(k, "k")
    if not isinstance(g, nx.Graph):  # a Neo4jStore: the same answer through Cypher
        if related:
            raise CareerGraphError("related occupations need the graph itself: pull it from Neo4j first")
        return remote.similar_roles(g, role, k)
    key = resolve_role(g, role)
    if related:
        from careergraph.queries.standard import related_occupations

        return ResultList([*similar_roles(g, key, k), *related_occupations(g, key, k)])
    p = _profiles(g)
    mine = p.skills[key]
    # Only roles sharing a skill or a group can score above zero: walk the reverse index.
    mins: dict[str, int] = {}
    for skill, a in mine.items():
        for other, b in p.roles_by_skill[skill].items():
            mins[other] = mins.get(other, 0) + min(a, b)
    overlap: dict[str, int] = {}
    for group in p.groups[key]:
        for other in p.roles_by_group[group]:
            overlap[other] = overlap.get(other, 0) + 1
    total = sum(mine.values())
    scored: dict[str, tuple[float, float]] = {}
    for other in (mins.keys() | overlap.keys()) - {key}:
        low = mins.get(other, 0)
        high = total + sum(p.skills[other].values()) - low
        shared_groups = overlap.get(other, 0)
        union = len(p.groups[key]) + len(p.groups[other]) - shared_groups
        scored[other] = (low / high if high else 0.0, shared_groups / union if union else 0.0)
    return ResultList(_similar(g, p, key, other, *scored[other]) for other in _rank(g, scored, k))


def _thermometer(roles: list[str], by_role: dict[str, dict[str, int]]) -> sp.csr_matrix:
    """Rows of 0/1 with one column per (skill, level t <= importance): row dot products are sums of minimums."""
    import numpy as np
    import scipy.sparse as sp

    cols: dict[tuple[str, int], int] = {}
    indptr, indices = [0], []
    for role in roles:
        for skill, importance in by_role[role].items():
            for level in range(1, importance + 1):
                indices.append(cols.setdefault((skill, level), len(cols)))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return sp.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)), shape=(len(roles), len(cols)))


def all_similar_roles(g: nx.MultiDiGraph, k: int = 5, *, block: int = 512) -> dict[str, ResultList]:
    """:func:`similar_roles` for every role at once, through sparse matrices.

    With integer importances, ``min(a, b)`` is the number of levels
    ``t = 1..5`` both reach, so with one 0/1 column per (skill, level) the sum
    of minimums for every pair of roles is one sparse product ``B @ B.T``; the
    sum of maximums is ``rowsum_i + rowsum_j - min``. Rows are scored in blocks
    of ``block`` roles to bound memory.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> fast = all_similar_roles(g, k=3)["store-manager"]
    >>> [r.key for r in fast] == [r.key for r in similar_roles(g, "store-manager", k=3)]
    True
    """
    import numpy as np

    k, block = check_count(k, "k"), check_count(block, "block")
    p = _profiles(g)
    roles = sorted(p.skills)
    if not roles:
        return {}
    b = _thermometer(roles, p.skills)
    m = _thermometer(roles, {r: dict.fromkeys(p.groups[r], 1) for r in roles})
    skill_sums = np.asarray(b.sum(axis=1)).ravel()
    group_sizes = np.asarray(m.sum(axis=1)).ravel()
    bt, mt = b.T.tocsc(), m.T.tocsc()
    names = np.array([g.nodes[r]["name"].lower() for r in roles])
    result: dict[str, ResultList] = {}
    for first in range(0, len(roles), block):
        rows = slice(first, min(first + block, len(roles)))
        mins = (b[rows] @ bt).toarray()
        highs = skill_sums[rows, None] + skill_sums[None, :] - mins
        skill_scores = np.divide(mins, highs, out=np.zeros_like(mins), where=highs > 0)
        inter = (m[rows] @ mt).toarray()
        unions = group_sizes[rows, None] + group_sizes[None, :] - inter
        group_scores = np.divide(inter, unions, out=np.zeros_like(inter), where=unions > 0)
        combined = np.round(SKILL_WEIGHT * skill_scores + (1 - SKILL_WEIGHT) * group_scores, 4)
        for offset in range(combined.shape[0]):
            i = first + offset
            row = combined[offset]
            row[i] = 0.0
            cutoff = np.partition(row, -k)[-k] if k < len(row) else 0.0
            candidates = np.flatnonzero((row >= cutoff) & (row > 0))
            order = sorted(candidates, key=lambda j: (-row[j], names[j]))[:k]
            result[roles[i]] = ResultList(
                _similar(g, p, roles[i], roles[j], float(skill_scores[offset, j]), float(group_scores[offset, j]))
                for j in order
            )
    return result


def neighbors(g: nx.MultiDiGraph, name: str, depth: int = 1) -> ResultList:
    """Every node within ``depth`` relationships of a node, in either direction.

    Parameters
    ----------
    g : networkx.MultiDiGraph or Neo4jStore
        A careergraph graph, or a Neo4j store (answered with parameterised Cypher).
    name : str
        Key, name or alias of any role, skill or job group.
    depth : int, default 1
        How many relationships away to look.

    Returns
    -------
    ResultList of Neighbor
        By distance, label and name; each says which relationship reached it
        and in which direction.

    Raises
    ------
    NodeNotFound
        No node is called that.
    ValueError
        ``depth`` is not a whole number of at least 1.

    Notes
    -----
    A skill's neighbours are the roles requiring it, a group's its roles, a
    role's its skills, groups, and the roles it moves or hands work to/from.

    Examples
    --------
    >>> import careergraph
    >>> near = neighbors(careergraph.build(), "Data tracking and recording")
    >>> sorted({n.label for n in near}), {n.relationship for n in near}
    (['Role'], {'REQUIRES'})
    """
    depth = check_count(depth, "depth")
    if not isinstance(g, nx.Graph):  # a Neo4jStore: the same answer through Cypher
        return remote.neighbors(g, name, depth)
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
    return ResultList(sorted(found, key=lambda n: (n.distance, n.label, n.name.lower())))
